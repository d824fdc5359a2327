package pipeline_test

import (
	"context"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/pipeline"
	"github.com/kiln-ml/kiln/tensor"
)

// tinyModernBert writes a random ModernBERT checkpoint of arch for the
// tiny ModernBERT-style tokenizer (testdata/modernbert: 381 tokens,
// [PAD] 379) into a temporary directory.
func tinyModernBert(t *testing.T, arch, extra string) string {
	t.Helper()
	config := `{"model_type": "modernbert", "architectures": ["` + arch + `"], "vocab_size": 384, "hidden_size": 16,
		"num_hidden_layers": 3, "num_attention_heads": 2, "intermediate_size": 12, "pad_token_id": 379,
		"local_attention": 4, "global_attn_every_n_layers": 2, "max_position_embeddings": 64` + extra + `}`
	cfg, err := models.ParseConfig([]byte(config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, arch)
	if err != nil {
		t.Fatal(err)
	}
	f, err := frontend.Build("weights", func(g *frontend.Graph) error { return m.Build(g, models.Spec{Batch: 1, Seq: 4}, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	ts := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		x := make([]float32, p.Type.Shape.NumElements())
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.5)
		}
		if ts[p.Name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), ts, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func openDir(t *testing.T, task, dir string) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(context.Background(), task, dir, pipeline.Options{Backend: "interp", TokenizerDir: filepath.Join("testdata", "modernbert")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// TestModernBertFillMask: the fill-mask pipeline on a ModernBERT (no
// token types; [MASK] taking the space before it) ranks the candidates
// of the mask as the softmax of the model's own logits there.
func TestModernBertFillMask(t *testing.T) {
	p := openDir(t, pipeline.FillMask, tinyModernBert(t, "ModernBertForMaskedLM", ""))
	text := "The capital of France is [MASK]."
	res, err := p.FillMask(context.Background(), []string{text})
	if err != nil {
		t.Fatal(err)
	}
	enc, err := p.Tokenizer.Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := models.RowsTensor([][]int{enc.IDs}, "ids")
	out, err := p.Model.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(enc.IDs)}, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	mask, _ := p.Tokenizer.TokenToID("[MASK]")
	pos := -1
	for i, id := range enc.IDs {
		if id == mask {
			pos = i
		}
	}
	logits := out[models.OutputLogits].Float64s()
	V := out[models.OutputLogits].Shape[2]
	row := logits[pos*V : (pos+1)*V]
	lse := math.Inf(-1)
	for _, l := range row {
		lse = math.Max(lse, l)
	}
	z := 0.0
	for _, l := range row {
		z += math.Exp(l - lse)
	}
	if len(res) != 1 || len(res[0].Masks) != 1 || len(res[0].Masks[0]) != 5 {
		t.Fatalf("results %+v", res)
	}
	prev := math.Inf(1)
	for k, c := range res[0].Masks[0] {
		want := math.Exp(row[c.Token]-lse) / z
		if !near(c.Score, want, 1e-5*want+1e-7) || c.Score > prev {
			t.Errorf("candidate %d: token %d p=%.7f, want %.7f (descending)", k, c.Token, c.Score, want)
		}
		prev = c.Score
	}
	for tok := range row { // nothing better was left out
		if p := math.Exp(row[tok]-lse) / z; p > res[0].Masks[0][4].Score+1e-7 && !slicesHasToken(res[0].Masks[0], tok) {
			t.Errorf("token %d (p=%.7f) beats the 5th candidate", tok, p)
		}
	}
}

func slicesHasToken(cs []pipeline.Candidate, tok int) bool {
	for _, c := range cs {
		if c.Token == tok {
			return true
		}
	}
	return false
}

// TestModernBertMeanPoolingPadding: text classification with
// classifier_pooling "mean" gives each text the same scores in a padded
// batch as alone (the mean is over the attention mask; the sliding
// layers' window and the padding mask combine).
func TestModernBertMeanPoolingPadding(t *testing.T) {
	p := openDir(t, pipeline.TextClassification, tinyModernBert(t, "ModernBertForSequenceClassification", `, "classifier_pooling": "mean", "num_labels": 3`))
	texts := []string{"Hello world! How are you doing today?", "Paris", "The quick brown fox jumps over the lazy dog."}
	batch, err := p.Classify(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		alone, err := p.Classify(context.Background(), []string{text})
		if err != nil {
			t.Fatal(err)
		}
		for j := range alone[0] {
			if a, b := alone[0][j], batch[i][j]; a.Label != b.Label || !near(a.Score, b.Score, 1e-5) {
				t.Errorf("text %d label %d: alone %+v, in the padded batch %+v", i, j, a, b)
			}
		}
	}
}
