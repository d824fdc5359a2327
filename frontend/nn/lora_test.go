package nn_test

import (
	"math/rand/v2"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// oneModule adapts exactly the module at path.
type oneModule struct {
	path    string
	rank    int
	scaling float64
}

func (o oneModule) LoRA(m nn.Module) *nn.LoRA {
	if m.Path != o.path {
		return nil
	}
	return &nn.LoRA{A: o.path + ".lora_A.weight", B: o.path + ".lora_B.weight", Rank: o.rank, Scaling: o.scaling}
}

func TestAdapterDType(t *testing.T) {
	for dt, want := range map[ir.DType]ir.DType{ir.BFloat16: ir.Float32, ir.Float16: ir.Float32, ir.Float32: ir.Float32, ir.Float64: ir.Float64} {
		if got := nn.AdapterDType(dt); got != want {
			t.Errorf("AdapterDType(%s) = %s, want %s", dt, got, want)
		}
	}
}

// TestLoRAOnHalfBase builds a Linear of a bf16 (and an f16) model with a
// LoRA update and checks PEFT's casts exactly on interp: lora_A and
// lora_B are float32 parameters, x is cast to float32 for them
// (_cast_input_dtype), the float32 update is added to the base result
// in float32 and the sum is rounded once to the base's dtype. The
// reference emulates each op's rounding in Go (interp rounds every op's
// result to its dtype), so the comparison is bit for bit.
func TestLoRAOnHalfBase(t *testing.T) {
	const in, out, rank, n = 6, 5, 2, 3
	const scaling = 1.75
	for _, dt := range []ir.DType{ir.BFloat16, ir.Float16} {
		t.Run(dt.String(), func(t *testing.T) {
			round := func(v float64) float64 {
				if dt == ir.BFloat16 {
					return float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(v))))
				}
				return float64(tensor.Float16ToFloat32(tensor.Float32ToFloat16(float32(v))))
			}
			f32 := func(v float64) float64 { return float64(float32(v)) }
			f, err := frontend.Build("lora_half", func(g *frontend.Graph) error {
				nn.WithAdapters(g, oneModule{"fc", rank, scaling})
				s := nn.NewScope(g, dt)
				l := nn.NewLinear(s.Sub("fc"), in, out, false)
				g.Return(frontend.Out("y", l.Forward(g.Param("x", dt, n, in))))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(1, 2))
			vals := map[string][]float64{}
			in32 := map[string]*tensor.Tensor{}
			for _, p := range f.Params {
				want := dt
				if p.Name == "fc.lora_A.weight" || p.Name == "fc.lora_B.weight" {
					want = ir.Float32
				}
				if p.Type.DType != want {
					t.Fatalf("parameter %s is %s, want %s", p.Name, p.Type, want)
				}
				v := make([]float64, p.Type.Shape.NumElements())
				for i := range v {
					v[i] = rng.Float64()*2 - 1
					if want == dt {
						v[i] = round(v[i])
					} else {
						v[i] = f32(v[i])
					}
				}
				vals[p.Name] = v
				if in32[p.Name], err = tensor.FromFloat64(p.Type.DType, p.Type.Shape, v); err != nil {
					t.Fatal(err)
				}
			}
			if got := f.Results[0].Type.DType; got != dt {
				t.Fatalf("result is %s, want the base's %s", got, dt)
			}
			args, _, err := nn.Bind(f, in32)
			if err != nil {
				t.Fatal(err)
			}
			outs, err := interp.Eval(f, args...)
			if err != nil {
				t.Fatal(err)
			}
			got := outs[0].Float64s()
			x, w, a, b := vals["x"], vals["fc.weight"], vals["fc.lora_A.weight"], vals["fc.lora_B.weight"]
			for i := 0; i < n; i++ {
				xa := make([]float64, rank) // f32(x Aᵀ)
				for r := 0; r < rank; r++ {
					s := 0.0
					for k := 0; k < in; k++ {
						s += x[i*in+k] * a[r*in+k]
					}
					xa[r] = f32(s)
				}
				for o := 0; o < out; o++ {
					base := 0.0
					for k := 0; k < in; k++ {
						base += x[i*in+k] * w[o*in+k]
					}
					u := 0.0
					for r := 0; r < rank; r++ {
						u += xa[r] * b[o*rank+r]
					}
					want := round(f32(round(base) + f32(f32(u)*scaling)))
					if g := got[i*out+o]; g != want {
						t.Fatalf("y[%d,%d] = %v, want %v (PEFT's casts: bf16 base + float32 update, rounded once)", i, o, g, want)
					}
				}
			}
		})
	}
}

// TestLoRAOnFloat32BaseUnchanged: on a float32 model the update adds no
// convert (the program is what it was before adapters could be wider).
func TestLoRAOnFloat32BaseUnchanged(t *testing.T) {
	f, err := frontend.Build("lora_f32", func(g *frontend.Graph) error {
		nn.WithAdapters(g, oneModule{"fc", 2, 2})
		l := nn.NewLinear(nn.NewScope(g, ir.Float32).Sub("fc"), 4, 3, true)
		g.Return(frontend.Out("y", l.Forward(g.Param("x", ir.Float32, 2, 4))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range f.Values {
		if v.Op == ir.OpConvert {
			t.Errorf("float32 LoRA program converts: %s", v.LongString())
		}
		if v.Type.DType.IsFloat() && v.Type.DType != ir.Float32 {
			t.Errorf("float32 LoRA program holds %s", v.LongString())
		}
	}
}
