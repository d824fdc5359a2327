package peft_test

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// tinyAdapter describes a synthetic adapter for a tiny test model.
type tinyAdapter struct {
	model   string   // testdata/models/<model>
	dir     string   // the model's directory when not testdata/models/<model>
	config  string   // adapter_config.json
	modules []string // modules to give weights
	conv    bool     // the modules are Conv1D (weight stored (in, out))
	seed    int64
	// magnitude scales DoRA's magnitude: each output row's norm of
	// W + scaling·B·A times magnitude(rng) (nil: 1, which makes DoRA
	// equal plain LoRA).
	magnitude func(rng *rand.Rand) float64
}

func (ta tinyAdapter) modelDir() string {
	if ta.dir != "" {
		return ta.dir
	}
	return fixture.ModelDir(ta.model)
}

// withRandomBiases copies testdata/models/<model> to a temporary
// directory with every bias drawn from N(0, 0.1²) (the tiny fixtures'
// biases are zero, which would hide a layer's handling of them).
func withRandomBiases(t *testing.T, model string) string {
	t.Helper()
	src := fixture.ModelDir(model)
	dst := t.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(99))
	for _, e := range ents {
		n := e.Name()
		if strings.HasSuffix(n, ".safetensors") {
			ts, _, err := tensor.ReadSafetensors(filepath.Join(src, n))
			if err != nil {
				t.Fatal(err)
			}
			for k, x := range ts {
				if !strings.HasSuffix(k, ".bias") || strings.Contains(k, "ln_") {
					continue
				}
				v := make([]float32, x.Shape.NumElements())
				for i := range v {
					v[i] = float32(0.1 * rng.NormFloat64())
				}
				ts[k] = mustTensor(t, x.Shape, v)
			}
			if err := tensor.WriteSafetensorsFile(filepath.Join(dst, n), ts, nil); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if strings.HasSuffix(n, ".json") {
			data, err := os.ReadFile(filepath.Join(src, n))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, n), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

// make builds the adapter: A and B uniform in ±0.2 (B nonzero, so the
// update matters), DoRA magnitudes from the base weights.
func (ta tinyAdapter) make(t *testing.T) *peft.Adapter {
	t.Helper()
	cfg, err := peft.ParseConfig([]byte(ta.config), "test config")
	if err != nil {
		t.Fatal(err)
	}
	ck := fixture.Checkpoint(t, ta.modelDir())
	rng := rand.New(rand.NewSource(ta.seed))
	ts := map[string]*tensor.Tensor{}
	for _, m := range ta.modules {
		w := baseWeight(t, ck, m)
		in, out := w.Shape[1], w.Shape[0]
		if ta.conv {
			in, out = out, in
		}
		r, _ := cfg.RankAlpha(m)
		A, B := randomMatrix(t, rng, r, in), randomMatrix(t, rng, out, r)
		ts[peft.KeyPrefix+m+".lora_A.weight"], ts[peft.KeyPrefix+m+".lora_B.weight"] = A, B
		if !cfg.UseDoRA {
			continue
		}
		norms := rowNorms(t, w, A, B, cfg.Scaling(m), ta.conv)
		mag := make([]float32, out)
		for o := range mag {
			f := 1.0
			if ta.magnitude != nil {
				f = ta.magnitude(rng)
			}
			mag[o] = float32(norms[o] * f)
		}
		ts[peft.KeyPrefix+m+".lora_magnitude_vector"] = mustTensor(t, ir.Shape{out}, mag)
	}
	a, err := peft.New(fmt.Sprintf("%s-seed%d", ta.model, ta.seed), cfg, ts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// baseWeight reads module m's weight as float32 (the checkpoint may omit
// the first name component).
func baseWeight(t *testing.T, ck interface {
	Tensor(string) (*tensor.Tensor, error)
	Info(string) (ir.Type, bool)
}, m string) *tensor.Tensor {
	t.Helper()
	for _, n := range []string{m + ".weight", trimFirst(m) + ".weight"} {
		if _, ok := ck.Info(n); ok {
			w, err := ck.Tensor(n)
			if err != nil {
				t.Fatal(err)
			}
			w, err = w.Convert(ir.Float32)
			if err != nil {
				t.Fatal(err)
			}
			return w
		}
	}
	t.Fatalf("the checkpoint has no weight for %s", m)
	return nil
}

func trimFirst(s string) string {
	for i := range s {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// rowNorms is ‖W + scaling·B·A‖ per output row, in float64, computed
// directly (not with peft.Delta).
func rowNorms(t *testing.T, w, a, b *tensor.Tensor, scaling float64, conv bool) []float64 {
	t.Helper()
	r, in, out := a.Shape[0], a.Shape[1], b.Shape[0]
	wv, av, bv := w.Float64s(), a.Float64s(), b.Float64s()
	norms := make([]float64, out)
	for o := 0; o < out; o++ {
		s := 0.0
		for i := 0; i < in; i++ {
			x := 0.0
			for k := 0; k < r; k++ {
				x += bv[o*r+k] * av[k*in+i]
			}
			x *= scaling
			if conv {
				x += wv[i*out+o]
			} else {
				x += wv[o*in+i]
			}
			s += x * x
		}
		norms[o] = math.Sqrt(s)
	}
	return norms
}

func randomMatrix(t *testing.T, rng *rand.Rand, rows, cols int) *tensor.Tensor {
	v := make([]float32, rows*cols)
	for i := range v {
		v[i] = float32(rng.Float64()*0.4 - 0.2)
	}
	return mustTensor(t, ir.Shape{rows, cols}, v)
}

func mustTensor(t *testing.T, shape ir.Shape, v []float32) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromFloat32(shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// layerModules lists <prefix><layer>.<leaf> for layers 0..n-1.
func layerModules(n int, prefix string, leaves ...string) []string {
	var out []string
	for l := 0; l < n; l++ {
		for _, leaf := range leaves {
			out = append(out, fmt.Sprintf("%s%d.%s", prefix, l, leaf))
		}
	}
	return out
}

const (
	llamaLoRA = `{"peft_type": "LORA", "r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj", "down_proj"]}`
	llamaDoRA = `{"peft_type": "LORA", "r": 4, "lora_alpha": 8, "use_dora": true, "target_modules": ["q_proj", "v_proj", "down_proj"]}`
	gpt2DoRA  = `{"peft_type": "LORA", "r": 4, "lora_alpha": 8, "use_dora": true, "use_rslora": true, "fan_in_fan_out": true, "target_modules": ["c_attn", "c_proj", "c_fc"]}`
)

var (
	llamaModules = layerModules(2, "model.layers.", "self_attn.q_proj", "self_attn.v_proj", "mlp.down_proj")
	gpt2Modules  = layerModules(2, "transformer.h.", "attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj")
)

// testIDs are token ids valid for both tiny vocabularies.
var testIDs = []int64{1, 450, 4996, 17354, 1701, 3, 29871, 99}
