package nn_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// blockConfig describes one pre-norm transformer block for the acceptance
// test: norm -> causal GQA attention with RoPE -> residual -> norm -> MLP
// -> residual.
type blockConfig struct {
	name               string
	dt                 ir.DType
	b, t, c            int // batch, sequence, hidden
	hq, hkv, d, inter  int // query heads, kv heads, head dim, MLP width
	layerNorm          bool
	gated              bool // Llama gate/up/down MLP; else fc1 -> act -> fc2
	bias               bool
	act                string
	rope               nn.RopeConfig
	maskLastKeyOfBatch int  // -1: no padding mask
	qkNorm             bool // Qwen3: RMSNorm of q and k per head before RoPE
	tol                float64
}

var blockConfigs = []blockConfig{
	{
		name: "llama_rms_silu_gqa_f32", dt: ir.Float32, b: 2, t: 5, c: 16, hq: 4, hkv: 2, d: 4, inter: 24,
		gated: true, act: "silu", rope: nn.RopeConfig{Theta: 10000, Dim: 4}, maskLastKeyOfBatch: -1, tol: 1e-5,
	},
	{
		name: "layernorm_gelu_mqa_llama3_mask_f64", dt: ir.Float64, b: 2, t: 6, c: 12, hq: 3, hkv: 1, d: 4, inter: 20,
		layerNorm: true, bias: true, act: "gelu_pytorch_tanh",
		rope:               nn.RopeConfig{Type: "llama3", Theta: 500, Dim: 4, Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxPositionEmbeddings: 16},
		maskLastKeyOfBatch: 1, tol: 1e-5,
	},
	{
		name: "partial_rotary_gelu_f32", dt: ir.Float32, b: 1, t: 7, c: 16, hq: 2, hkv: 2, d: 8, inter: 32,
		gated: true, act: "gelu", rope: nn.RopeConfig{Type: "linear", Theta: 10000, Dim: 4, Factor: 2}, maskLastKeyOfBatch: -1, tol: 1e-5,
	},
	{
		name: "qwen3_qknorm_f32", dt: ir.Float32, b: 1, t: 4, c: 8, hq: 4, hkv: 2, d: 4, inter: 12,
		gated: true, act: "silu", rope: nn.RopeConfig{Theta: 1e6, Dim: 4}, maskLastKeyOfBatch: -1, qkNorm: true, tol: 1e-5,
	},
}

// buildBlock writes the block with frontend and nn, as a model file would.
func buildBlock(c blockConfig) (*ir.Func, error) {
	return frontend.Build(c.name, func(g *frontend.Graph) error {
		layer := nn.NewScope(g, c.dt).Sub("model").Sub("layers").Index(0)
		x := g.Param("hidden_states", c.dt, c.b, c.t, c.c) // (B, T, C)
		norm := func(name string) func(*frontend.Tensor) *frontend.Tensor {
			if c.layerNorm {
				return nn.NewLayerNorm(layer.Sub(name), c.c, 1e-5, nn.LayerNormOptions{}).Forward
			}
			return nn.NewRMSNorm(layer.Sub(name), c.c, 1e-6).Forward
		}
		attn := nn.NewSelfAttention(layer.Sub("self_attn"), nn.AttentionConfig{
			Hidden: c.c, Heads: c.hq, KVHeads: c.hkv, HeadDim: c.d, QKVBias: c.bias, OutBias: c.bias,
			Options: frontend.AttentionOptions{Causal: true},
		})
		if c.qkNorm {
			attn.QNorm = nn.NewRMSNorm(layer.Sub("self_attn").Sub("q_norm"), c.d, 1e-6).Forward
			attn.KNorm = nn.NewRMSNorm(layer.Sub("self_attn").Sub("k_norm"), c.d, 1e-6).Forward
		}
		rot, err := nn.NewRotary(c.rope)
		if err != nil {
			return err
		}
		cos, sin := rot.CosSin(g.Arange(ir.Int64, c.t), c.dt) // (T, rotary dim)
		var extra *frontend.AttentionOptions
		if c.maskLastKeyOfBatch >= 0 {
			extra = &frontend.AttentionOptions{Mask: g.Param("attention_mask", ir.Int64, c.b, c.t)}
		}
		h := x.Add(attn.Forward(norm("input_layernorm")(x), cos, sin, extra)) // (B, T, C)
		var mlp func(*frontend.Tensor) *frontend.Tensor
		if c.gated {
			m, err := nn.NewGatedMLP(layer.Sub("mlp"), c.c, c.inter, c.bias, c.act)
			if err != nil {
				return err
			}
			mlp = m.Forward
		} else {
			act, err := nn.Activation(c.act)
			if err != nil {
				return err
			}
			fc1 := nn.NewLinear(layer.Sub("mlp").Sub("fc1"), c.c, c.inter, c.bias)
			fc2 := nn.NewLinear(layer.Sub("mlp").Sub("fc2"), c.inter, c.c, c.bias)
			mlp = func(x *frontend.Tensor) *frontend.Tensor { return fc2.Forward(act(fc1.Forward(x))) }
		}
		out := h.Add(mlp(norm("post_attention_layernorm")(h)))
		g.Return(frontend.Out("hidden_states", out))
		return nil
	})
}

// TestTransformerBlockMatchesReference is the frontend's acceptance test:
// the block built with frontend+nn runs on interp and agrees with a plain
// float64 implementation written from the math (blockRef) within tol.
func TestTransformerBlockMatchesReference(t *testing.T) {
	for _, c := range blockConfigs {
		t.Run(c.name, func(t *testing.T) {
			f, err := buildBlock(c)
			if err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(1, uint64(len(c.name))))
			inputs := map[string]*tensor.Tensor{}
			for _, p := range f.Params {
				n := p.Type.Shape.NumElements()
				vals := make([]float64, n)
				switch {
				case p.Name == "attention_mask":
					for i := range vals {
						vals[i] = 1
					}
					vals[c.maskLastKeyOfBatch*c.t+c.t-1] = 0
				case p.Name == "hidden_states":
					for i := range vals {
						vals[i] = rng.NormFloat64()
					}
				default:
					// Weights: fan-in scaled uniform; norm weights near 1.
					fanIn := p.Type.Shape[p.Type.Shape.Rank()-1]
					for i := range vals {
						vals[i] = (2*rng.Float64() - 1) / math.Sqrt(float64(fanIn))
						if p.Type.Shape.Rank() == 1 && isNormWeight(p.Name) {
							vals[i] = 1 + 0.3*vals[i]
						}
					}
				}
				tt, err := tensor.FromFloat64(p.Type.DType, p.Type.Shape, vals)
				if err != nil {
					t.Fatal(err)
				}
				inputs[p.Name] = tt
			}
			// Reference, from the same (dtype-rounded) numbers.
			vals := map[string][]float64{}
			for n, tt := range inputs {
				vals[n] = tt.Float64s()
			}
			want := blockRef(c, vals)
			compare := func(t *testing.T, got []float64) {
				if len(got) != len(want) {
					t.Fatalf("%d outputs, want %d", len(got), len(want))
				}
				worst := 0.0
				for i := range want {
					d := math.Abs(got[i] - want[i])
					if !(d <= c.tol) { // also catches NaN
						t.Fatalf("element %d: got %v, want %v (|diff| %g > %g)", i, got[i], want[i], d, c.tol)
					}
					worst = max(worst, d)
				}
				t.Logf("%d elements, max |diff| %.3g", len(want), worst)
			}
			t.Run("composites", func(t *testing.T) { compare(t, runInterp(t, f, inputs)) })

			// The same program with every composite op (norms, attention,
			// activations, softmax) decomposed by the standard pipeline,
			// as a backend without fused kernels would run it.
			t.Run("decomposed", func(t *testing.T) {
				d, err := buildBlock(c)
				if err != nil {
					t.Fatal(err)
				}
				if err := passes.Standard(func(ir.Op) bool { return false }, backends.NewEvaluator(interp.New())).Run(d, passes.Options{Verify: true}); err != nil {
					t.Fatal(err)
				}
				for _, v := range d.Values {
					if v.Op.Has(ir.FlagComposite) {
						t.Fatalf("composite %s left after decompose", v.Op)
					}
				}
				compare(t, runInterp(t, d, inputs))
			})

			// The printed IR parses back to the same text.
			text := f.String()
			back, err := ir.Parse(text)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if back.String() != text {
				t.Errorf("print -> parse -> print differs")
			}
		})
	}
}

func isNormWeight(name string) bool {
	return strings.HasSuffix(name, "layernorm.weight") || strings.HasSuffix(name, "_norm.weight")
}

// runInterp compiles f on interp, binds inputs by name and returns the
// single result as float64s.
func runInterp(t *testing.T, f *ir.Func, inputs map[string]*tensor.Tensor) []float64 {
	t.Helper()
	args, unused, err := nn.Bind(f, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(unused) != 0 {
		t.Fatalf("unused inputs %v", unused)
	}
	be := interp.New()
	exe, err := be.Compile(f, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([]backends.Buffer, len(args))
	for i, a := range args {
		if bufs[i], err = be.Upload(a); err != nil {
			t.Fatal(err)
		}
	}
	outs, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 1 {
		t.Fatalf("%d results", len(outs))
	}
	res, err := outs[0].Download()
	if err != nil {
		t.Fatal(err)
	}
	return res.Float64s()
}

func TestBlockParameterNames(t *testing.T) {
	f, err := buildBlock(blockConfigs[0])
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"hidden_states":                                  "f32[2,5,16]",
		"model.layers.0.input_layernorm.weight":          "f32[16]",
		"model.layers.0.self_attn.q_proj.weight":         "f32[16,16]",
		"model.layers.0.self_attn.k_proj.weight":         "f32[8,16]",
		"model.layers.0.self_attn.v_proj.weight":         "f32[8,16]",
		"model.layers.0.self_attn.o_proj.weight":         "f32[16,16]",
		"model.layers.0.post_attention_layernorm.weight": "f32[16]",
		"model.layers.0.mlp.gate_proj.weight":            "f32[24,16]",
		"model.layers.0.mlp.up_proj.weight":              "f32[24,16]",
		"model.layers.0.mlp.down_proj.weight":            "f32[16,24]",
	}
	if len(f.Params) != len(want) {
		t.Errorf("%d params, want %d", len(f.Params), len(want))
	}
	for _, p := range f.Params {
		if w, ok := want[p.Name]; !ok || w != p.Type.String() {
			t.Errorf("param %s %s, want %q", p.Name, p.Type, w)
		}
	}
	if got := fmt.Sprint(f.Results[0].Type); got != "f32[2,5,16]" {
		t.Errorf("result %s", got)
	}
}

// BenchmarkBuildBlock measures graph construction (with a position lookup
// per value) for one transformer block.
func BenchmarkBuildBlock(b *testing.B) {
	c := blockConfigs[0]
	b.ReportAllocs()
	for b.Loop() {
		f, err := buildBlock(c)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(f.Values)), "values/op")
	}
}
