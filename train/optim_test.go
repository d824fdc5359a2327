package train

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// ulps is the distance of a and b in float32 units in the last place.
func ulps(a, b float32) int64 {
	if a == b {
		return 0
	}
	if math.IsNaN(float64(a)) || math.IsNaN(float64(b)) {
		return math.MaxInt64
	}
	ord := func(f float32) int64 {
		i := int64(int32(math.Float32bits(f)))
		if i < 0 {
			i = math.MinInt32 - i
		}
		return i
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return d
}

func randVals(r *rand.Rand, n int, scale float32) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = (r.Float32()*2 - 1) * scale
	}
	return out
}

func mustConfig(t *testing.T, optim string, edit func(*OptimizerConfig)) OptimizerConfig {
	t.Helper()
	c, err := DefaultOptimizerConfig(optim)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&c)
	}
	return c
}

type optimCase struct {
	name    string
	cfg     OptimizerConfig
	maxNorm float64
	// maxULP bounds elementwise rules, which follow torch's order exactly;
	// rules with a reduction (clipping, Adafactor's RMS and means) may sum
	// in another order, so they are bounded by relTol times the largest
	// magnitude of the tensor instead (cancellation amplifies an ulp).
	maxULP int64
	relTol float64
}

func optimCases(t *testing.T) []optimCase {
	return []optimCase{
		{"adamw_wd", mustConfig(t, "adamw_torch", func(c *OptimizerConfig) { c.WeightDecay = 0.05 }), 0, 0, 0},
		{"adamw_fused_name_lerp_high_weight", mustConfig(t, "adamw_torch_fused", func(c *OptimizerConfig) { c.Beta1, c.Beta2, c.Epsilon = 0.3, 0.95, 1e-6 }), 0, 0, 0},
		{"adam_l2", mustConfig(t, "adamw_torch", func(c *OptimizerConfig) { c.Rule, c.WeightDecay = RuleAdam, 0.1 }), 0, 0, 0},
		{"adamw_clipped", mustConfig(t, "adamw_torch", func(c *OptimizerConfig) { c.WeightDecay = 0.01 }), 0.5, 0, 1e-5},
		{"adamw_not_clipped", mustConfig(t, "adamw_torch", nil), 1e3, 0, 1e-5},
		{"sgd", mustConfig(t, "sgd", func(c *OptimizerConfig) { c.WeightDecay = 0.01 }), 0, 0, 0},
		{"sgd_momentum_dampening", mustConfig(t, "sgd", func(c *OptimizerConfig) { c.Momentum, c.Dampening, c.WeightDecay = 0.9, 0.25, 0.01 }), 0, 0, 0},
		{"sgd_nesterov", mustConfig(t, "sgd", func(c *OptimizerConfig) { c.Momentum, c.Nesterov = 0.8, true }), 0, 0, 0},
		{"adafactor_trainer", mustConfig(t, "adafactor", func(c *OptimizerConfig) { c.WeightDecay = 0.01 }), 0, 0, 1e-5},
		{"adafactor_relative_scaled_beta1", mustConfig(t, "adafactor", func(c *OptimizerConfig) {
			c.RelativeStep, c.ScaleParameter, c.WarmupInit = true, true, true
			c.HasAdafactorBeta1, c.AdafactorBeta1, c.WeightDecay = true, 0.9, 0.1
		}), 0, 0, 1e-5},
	}
}

// TestOptimizerMatchesHost runs three steps of every rule through a
// session on interp and llvm and compares parameters, state and grad_norm
// with the float32 host re-implementation; the update compiles once.
func TestOptimizerMatchesHost(t *testing.T) {
	ctx := context.Background()
	specs := []struct {
		name  string
		shape []int
	}{
		{"h.0.attn.c_attn.weight", []int{3, 4}},
		{"h.0.attn.c_attn.bias", []int{4}},
		{"h.0.ln_1.weight", []int{4}},
		{"model.layers.0.mlp.up_proj.weight", []int{2, 5}},
	}
	lrs := []float64{1e-3, 5e-4, 2e-3}
	for bname, b := range testbackends.CPU(t) {
		for _, tc := range optimCases(t) {
			t.Run(bname+"/"+tc.name, func(t *testing.T) {
				r := rand.New(rand.NewPCG(1, uint64(len(tc.name))))
				s := session.New[string](b, backends.CompileOptions{})
				defer s.Close()
				var params []OptimParam
				host := make([]*hostParam, len(specs))
				for i, sp := range specs {
					n := 1
					for _, d := range sp.shape {
						n *= d
					}
					vals := randVals(r, n, 1)
					x, err := tensor.FromFloat32(sp.shape, vals)
					if err != nil {
						t.Fatal(err)
					}
					if err := s.Upload(sp.name, x); err != nil {
						t.Fatal(err)
					}
					typ := ir.Type{DType: ir.Float32, Shape: sp.shape}
					decay := Decays(sp.name, nil)
					params = append(params, OptimParam{Name: sp.name, Type: typ, Decay: decay})
					hp := &hostParam{shape: sp.shape, p: append([]float32(nil), vals...), decay: decay}
					for _, st := range tc.cfg.States(typ) {
						hp.state = append(hp.state, make([]float32, st.Type.Shape.NumElements()))
					}
					host[i] = hp
				}
				opt, err := NewOptimizer(s, "update", tc.cfg, params, tc.maxNorm)
				if err != nil {
					t.Fatal(err)
				}
				for step, lr := range lrs {
					grads := map[string]backends.Buffer{}
					hostGrads := make([][]float32, len(specs))
					for i, sp := range specs {
						hostGrads[i] = randVals(r, len(host[i].p), 0.3)
						x, _ := tensor.FromFloat32(sp.shape, hostGrads[i])
						buf, err := b.Upload(x)
						if err != nil {
							t.Fatal(err)
						}
						grads[sp.name] = buf
					}
					normBuf, err := opt.Step(ctx, grads, lr)
					if err != nil {
						t.Fatal(err)
					}
					if tc.maxNorm > 0 {
						want := hostClip(hostGrads, tc.maxNorm)
						if clips := float64(want) > tc.maxNorm; clips == strings.HasSuffix(tc.name, "not_clipped") {
							t.Fatalf("case %s: norm %v against max_grad_norm %v does not test what the name says", tc.name, want, tc.maxNorm)
						}
						if normBuf == nil {
							t.Fatal("no grad_norm with clipping on")
						}
						nt, err := normBuf.Download()
						if err != nil {
							t.Fatal(err)
						}
						normBuf.Free()
						if got := nt.Float32s()[0]; ulps(got, want) > 4 {
							t.Errorf("step %d grad_norm = %v, host %v", step+1, got, want)
						}
					} else if normBuf != nil {
						t.Error("grad_norm without clipping")
					}
					sc, err := tc.cfg.Scalars(step+1, lr)
					if err != nil {
						t.Fatal(err)
					}
					for i := range specs {
						hostStep(tc.cfg, host[i], hostGrads[i], sc)
					}
					for i, sp := range specs {
						compareBuffer(t, s, sp.name, host[i].p, tc, step+1)
						for j, st := range tc.cfg.States(params[i].Type) {
							compareBuffer(t, s, StateName(sp.name, st.Suffix), host[i].state[j], tc, step+1)
						}
					}
				}
				if got := s.Stats().Compiles; got != 1 {
					t.Errorf("%d compiles over %d steps, want 1", got, len(lrs))
				}
				if opt.Steps() != len(lrs) {
					t.Errorf("Steps() = %d, want %d", opt.Steps(), len(lrs))
				}
			})
		}
	}
}

func compareBuffer(t *testing.T, s *session.Session[string], name string, want []float32, tc optimCase, step int) {
	t.Helper()
	x, err := s.Download(name)
	if err != nil {
		t.Fatal(err)
	}
	got := x.Float32s()
	if tc.relTol == 0 {
		for i := range want {
			if d := ulps(got[i], want[i]); d > tc.maxULP {
				t.Errorf("step %d %s[%d] = %v, host %v (%d ulps, max %d)", step, name, i, got[i], want[i], d, tc.maxULP)
				return
			}
		}
		return
	}
	var scale float64
	for _, w := range want {
		scale = math.Max(scale, math.Abs(float64(w)))
	}
	for i := range want {
		if d := math.Abs(float64(got[i]) - float64(want[i])); !(d <= tc.relTol*scale) {
			t.Errorf("step %d %s[%d] = %v, host %v (|diff| %g > %g * %g)", step, name, i, got[i], want[i], d, tc.relTol, scale)
			return
		}
	}
}
