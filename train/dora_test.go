package train

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// TestDoRAGradients checks the gradient autodiff takes of a DoRA adapter
// (magnitude, lora_A, lora_B) through a whole model against finite
// differences, on llama-tiny (Linear q/v) and gpt2-tiny (Conv1D c_attn
// with biases), in float64 on interp, of the loss Σ logits ∘ w. PEFT detaches the weight norm, so the reference is
// the same loss with every stop_gradient replaced by a constant holding
// its value: its finite differences are the detached gradient. The
// magnitudes are rescaled first so that magnitude/norm is not 1. The
// test also checks that the undetached loss's finite differences differ
// for lora_B (the check can tell the two apart).
func TestDoRAGradients(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model finite differences")
	}
	for _, tc := range []struct{ model, cfg string }{
		{"llama-tiny", `{"r": 2, "lora_alpha": 4, "target_modules": ["q_proj", "v_proj"], "use_dora": true, "init_lora_weights": false}`},
		{"gpt2-tiny", `{"r": 2, "lora_alpha": 8, "target_modules": ["c_attn"], "fan_in_fan_out": true, "use_dora": true, "init_lora_weights": false}`},
	} {
		t.Run(tc.model, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "models", tc.model)
			r, err := models.NewRunner(fixture.Model(t, dir), fixture.Checkpoint(t, dir), interp.New(), ir.Float64, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			cfg, err := peft.ParseTrainingConfig([]byte(tc.cfg), "c.json", r.Model().Config().Common().ModelType)
			if err != nil {
				t.Fatal(err)
			}
			a, err := NewLoRA(r, cfg, "c.json", 4)
			if err != nil {
				t.Fatal(err)
			}
			vals := map[string]*tensor.Tensor{}
			var wrt []string
			for i, n := range a.Names() {
				x, _ := a.Tensor(n)
				if x.Shape.Rank() == 1 { // a magnitude: move it off the norm
					v := x.Float64s()
					for j := range v {
						v[j] *= 1 + 0.3*math.Sin(float64(i+3*j))
					}
					x, _ = tensor.FromFloat64(ir.Float32, x.Shape, v)
				}
				vals[n] = x
				wrt = append(wrt, n)
			}
			if a, err = a.WithTensors(vals); err != nil {
				t.Fatal(err)
			}
			if err := r.SetAdapter(a); err != nil {
				t.Fatal(err)
			}
			// The loss is Σ logits ∘ w for a fixed w, in float64 (the
			// models' token loss is float32, too coarse for differences).
			f, err := frontend.Build("dora_grad", func(g *frontend.Graph) error {
				if err := r.BuildGraph(g, models.Spec{Batch: 1, Seq: 5}); err != nil {
					return err
				}
				var logits *frontend.Tensor
				for i, n := range g.Func().ResultNames {
					if n == models.OutputLogits {
						logits = g.Lift(g.Func().Results[i])
					}
				}
				if logits == nil {
					return fmt.Errorf("no %s result", models.OutputLogits)
				}
				if logits.DType() != ir.Float64 {
					return fmt.Errorf("logits are %s, want float64", logits.DType())
				}
				w := make([]float64, logits.Type().Shape.NumElements())
				for i := range w {
					w[i] = math.Sin(float64(7*i + 1))
				}
				axes := make([]int, logits.Rank())
				for i := range axes {
					axes[i] = i
				}
				loss := logits.Mul(g.ConstFloats(ir.Float64, logits.Shape(), w)).Sum(axes...)
				g.Func().SetResults([]*ir.Value{loss.Value()}, []string{models.OutputLoss})
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.BindWeights(f); err != nil {
				t.Fatal(err)
			}
			args := graphArgs(t, r, f)
			detached := constantStopGradients(t, f, args)
			gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
			if err != nil {
				t.Fatal(err)
			}
			out, err := interp.Eval(gf, args...)
			if err != nil {
				t.Fatal(err)
			}
			lossOf := func(fn *ir.Func) float64 {
				o, err := interp.Eval(fn, args...)
				if err != nil {
					t.Fatal(err)
				}
				return lossResult(t, fn, o)
			}
			undetachedDiffers := false
			for k, n := range wrt {
				grad := out[len(f.Results)+k].Float64s()
				idx := paramIndex(f, n)
				x := args[idx].Float64s()
				for _, j := range []int{0, len(x) / 3, len(x) - 1} {
					const eps = 1e-6
					fd := func(fn *ir.Func) float64 {
						v := x[j]
						set := func(y float64) {
							x[j] = y
							args[idx], _ = tensor.FromFloat64(ir.Float64, args[idx].Shape, x)
						}
						set(v + eps)
						hi := lossOf(fn)
						set(v - eps)
						lo := lossOf(fn)
						set(v)
						return (hi - lo) / (2 * eps)
					}
					want := fd(detached)
					if d := math.Abs(grad[j] - want); !(d <= 1e-5*(1+math.Abs(want))) {
						t.Errorf("d loss / d %s[%d] = %.9g, finite difference with the norm held %.9g", n, j, grad[j], want)
					}
					if full := fd(f); math.Abs(full-want) > 1e-4*(1+math.Abs(want)) {
						undetachedDiffers = true
					}
				}
			}
			if !undetachedDiffers {
				t.Error("the undetached loss has the same finite differences: the check cannot see the detached norm")
			}
		})
	}
}

// graphArgs returns f's arguments: its weights and adapter tensors as the
// Runner holds them (BindWeights first) and deterministic inputs
// (labels = ids, a mask of ones).
func graphArgs(t *testing.T, r *models.Runner, f *ir.Func) []*tensor.Tensor {
	t.Helper()
	args := make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		var err error
		if !models.IsInputName(p.Name) {
			if args[i], err = r.Session().Download(p.Name); err != nil {
				t.Fatal(err)
			}
			continue
		}
		vals := make([]int64, p.Type.Shape.NumElements())
		for j := range vals {
			switch p.Name {
			case models.InputIDs, models.InputLabels:
				vals[j] = int64(j*97+13) % 500
			case models.InputAttentionMask:
				vals[j] = 1
			case models.InputPositionIDs:
				vals[j] = int64(j)
			default:
				t.Fatalf("input %s: not filled by the test", p.Name)
			}
		}
		if args[i], err = tensor.FromInt64(p.Type.DType, p.Type.Shape, vals); err != nil {
			t.Fatal(err)
		}
	}
	return args
}

// constantStopGradients returns a copy of f in which every stop_gradient
// is a constant holding its value at args.
func constantStopGradients(t *testing.T, f *ir.Func, args []*tensor.Tensor) *ir.Func {
	t.Helper()
	probe := f.Clone()
	var sg []*ir.Value
	var names []string
	for _, v := range probe.Values {
		if v.Op == ir.OpStopGradient {
			sg = append(sg, v)
			names = append(names, fmt.Sprint("sg", len(sg)))
		}
	}
	if len(sg) == 0 {
		t.Fatal("the DoRA program has no stop_gradient")
	}
	probe.SetResults(sg, names)
	vals, err := interp.Eval(probe, args...)
	if err != nil {
		t.Fatal(err)
	}
	c := f.Clone()
	i := 0
	if err := c.Rewrite(func(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
		if v.Op != ir.OpStopGradient {
			return nil, nil
		}
		i++
		return e.Constant(v.Type, vals[i-1].Data, v.Pos)
	}); err != nil {
		t.Fatal(err)
	}
	return c
}

func paramIndex(f *ir.Func, name string) int {
	for i, p := range f.Params {
		if p.Name == name {
			return i
		}
	}
	panic("no parameter " + name)
}

func lossResult(t *testing.T, f *ir.Func, out []*tensor.Tensor) float64 {
	t.Helper()
	for i, n := range f.ResultNames {
		if n == models.OutputLoss {
			return out[i].Float64s()[0]
		}
	}
	t.Fatal("no loss result")
	return 0
}

// TestNewDoRAMagnitude: a new DoRA adapter's magnitudes are the L2 norms of
// the base weight's output rows (lora_B is zero: init_lora_weights true),
// for a Linear (llama-tiny q_proj, (out, in)) and a Conv1D (gpt2-tiny
// c_attn, (in, out): columns), within float32 rounding.
func TestNewDoRAMagnitude(t *testing.T) {
	b := interp.New()
	for _, tc := range []struct {
		model, module string
		conv          bool
	}{
		{"llama-tiny", "model.layers.1.self_attn.q_proj", false},
		{"gpt2-tiny", "transformer.h.0.attn.c_attn", true},
	} {
		dir := filepath.Join("..", "testdata", "models", tc.model)
		r := loadRunner(t, dir, b)
		cfg, err := peft.ParseTrainingConfig([]byte(`{"r": 2, "use_dora": true, "fan_in_fan_out": `+fmt.Sprint(tc.conv)+`}`), "c.json", r.Model().Config().Common().ModelType)
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewLoRA(r, cfg, "c.json", 1)
		if err != nil {
			t.Fatal(err)
		}
		mag, ok := a.Tensor(peft.KeyPrefix + tc.module + ".lora_magnitude_vector")
		if !ok {
			t.Fatalf("%s: no magnitude for %s among %v", tc.model, tc.module, a.Names())
		}
		w, err := fixture.Checkpoint(t, dir).TensorAs(tc.module+".weight", ir.Float64)
		if err != nil {
			t.Fatal(err)
		}
		rows, cols := w.Shape[0], w.Shape[1]
		wv, got := w.Float64s(), mag.Float64s()
		out := rows
		if tc.conv {
			out = cols
		}
		if len(got) != out {
			t.Fatalf("%s: magnitude has %d entries, want %d", tc.model, len(got), out)
		}
		for o := 0; o < out; o++ {
			var ss float64
			for i := 0; i < len(wv)/out; i++ {
				var x float64
				if tc.conv {
					x = wv[i*cols+o]
				} else {
					x = wv[o*cols+i]
				}
				ss += x * x
			}
			if want := math.Sqrt(ss); math.Abs(got[o]-want) > 1e-6*want {
				t.Fatalf("%s: magnitude[%d] = %v, the row norm is %v", tc.model, o, got[o], want)
			}
		}
	}
}
