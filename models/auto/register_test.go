package auto_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// bagConfig is a user-defined architecture: mean of token embeddings,
// then a linear classifier.
type bagConfig struct {
	models.Base
	Hidden int `json:"hidden_size"`
	Labels int `json:"num_labels"`
}

func (c *bagConfig) Common() *models.Base { return &c.Base }

type bagModel struct{ cfg *bagConfig }

func (m *bagModel) Arch() string                       { return "BagOfWordsClassifier" }
func (m *bagModel) Config() models.Config              { return m.cfg }
func (m *bagModel) Task() models.Task                  { return models.TaskSequenceClassification }
func (m *bagModel) WeightAliases() map[string][]string { return nil }
func (m *bagModel) Build(g *frontend.Graph, spec models.Spec, dt ir.DType) error {
	s := nn.NewScope(g, dt)
	ids := g.Param(models.InputIDs, ir.Int64, spec.Batch, spec.Seq)
	emb := nn.NewEmbedding(s.Sub("embed"), m.cfg.VocabSize, m.cfg.Hidden).Forward(ids) // (B, T, C)
	pooled := emb.Mean(1)                                                              // (B, C)
	logits := nn.NewLinear(s.Sub("classifier"), m.cfg.Hidden, m.cfg.Labels, true).Forward(pooled)
	g.Return(frontend.Out(models.OutputLogits, logits))
	return nil
}

// TestRegisterCustomArchitecture registers an architecture from outside
// package models exactly as the built-in families do, then loads and runs
// a checkpoint of it through auto.Load.
func TestRegisterCustomArchitecture(t *testing.T) {
	err := auto.Register(models.Family{
		ModelType: "bag-of-words",
		ParseConfig: func(data []byte, file string) (models.Config, error) {
			c := &bagConfig{}
			return c, models.DecodeConfig(data, file, c, &c.Base)
		},
		Architectures: map[string]func(models.Config) (models.Model, error){
			"BagOfWordsClassifier": func(c models.Config) (models.Model, error) { return &bagModel{c.(*bagConfig)}, nil },
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := auto.Register(models.Family{ModelType: "bag-of-words"}); err == nil {
		t.Fatal("second registration accepted")
	}

	dir := t.TempDir()
	cfg := `{"model_type": "bag-of-words", "architectures": ["BagOfWordsClassifier"], "vocab_size": 5, "hidden_size": 2, "num_labels": 3}`
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	emb := []float32{0, 0, 1, 0, 0, 1, 1, 1, 2, -1} // (5, 2)
	w := []float32{1, 0, 0, 1, 1, 1}                // (3, 2)
	b := []float32{0.5, -0.5, 0}                    // (3)
	mk := func(shape ir.Shape, v []float32) *tensor.Tensor { x, _ := tensor.FromFloat32(shape, v); return x }
	err = tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), map[string]*tensor.Tensor{
		"embed.weight": mk(ir.Shape{5, 2}, emb), "classifier.weight": mk(ir.Shape{3, 2}, w), "classifier.bias": mk(ir.Shape{3}, b),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := auto.Load(context.Background(), dir, auto.Options{Backend: "interp"})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 2}, []int64{1, 4})
	out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	// mean of rows 1 (1,0) and 4 (2,-1) = (1.5, -0.5); logits = W x + b.
	want := []float64{1.5 + 0.5, -0.5 - 0.5, 1.0}
	got := out[models.OutputLogits].Float64s()
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-6 {
			t.Fatalf("logits %v, want %v", got, want)
		}
	}
}
