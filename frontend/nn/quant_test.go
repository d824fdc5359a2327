package nn_test

import (
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// TestQuantizedCodebookLinear: a Linear marked as a codebook spec
// declares the packed parameters (qweight (out, in/2) uint8, absmax
// (out, in/64) and code (16) float32) instead of a float weight and runs
// quant_matmul_codebook; with a ComputeDType (bnb_4bit_compute_dtype) x
// is converted to it for the op and the result back to x's dtype.
func TestQuantizedCodebookLinear(t *testing.T) {
	for _, c := range []struct {
		name    string
		compute ir.DType
		opX     ir.DType
	}{{"x_dtype", ir.Invalid, ir.Float32}, {"compute_bf16", ir.BFloat16, ir.BFloat16}} {
		t.Run(c.name, func(t *testing.T) {
			f, err := frontend.Build("q", func(g *frontend.Graph) error {
				nn.WithQuantized(g, map[string]nn.QuantSpec{"proj": {Bits: 4, GroupSize: 64, ScaleDType: ir.Float32, Codebook: true, WeightDType: ir.BFloat16, ComputeDType: c.compute}})
				s := nn.NewScope(g, ir.Float32)
				x := g.Param("x", ir.Float32, 2, 128)
				l := nn.NewLinear(s.Sub("proj"), 128, 3, false)
				if l.Weight != nil {
					t.Error("a packed Linear declared a float weight")
				}
				g.Return(frontend.Out("y", l.Forward(x)))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]ir.Type{"x": ir.T(ir.Float32, 2, 128), "proj.kiln_qweight": ir.T(ir.Uint8, 3, 64), "proj.kiln_absmax": ir.T(ir.Float32, 3, 2), "proj.kiln_code": ir.T(ir.Float32, 16)}
			if len(f.Params) != len(want) {
				t.Fatalf("params %v, want %v", f.Params, want)
			}
			for _, p := range f.Params {
				if w, ok := want[p.Name]; !ok || !p.Type.Equal(w) {
					t.Errorf("param %s %s, want %s", p.Name, p.Type, w)
				}
			}
			var op *ir.Value
			for _, v := range f.Values {
				if v.Op == ir.OpQuantMatmulCodebook {
					op = v
				}
			}
			if op == nil {
				t.Fatalf("no quant_matmul_codebook:\n%s", f)
			}
			if a := op.Attrs.(*ir.QuantMatmulCodebookAttrs); a.GroupSize != 64 || a.DType != ir.BFloat16 || op.Args[0].Type.DType != c.opX {
				t.Errorf("op %s, want x in %s", op.LongString(), c.opX)
			}
			if y := f.Results[0].Type; !y.Equal(ir.T(ir.Float32, 2, 3)) {
				t.Errorf("result %s, want f32[2,3]", y)
			}
		})
	}
}

// TestQuantizedLinearPermuted: an affine spec marked Permuted (act-order
// GPTQ) declares proj.kiln_perm int32 (in) and gathers x's last axis by it
// into quant_matmul; without Permuted no gather is emitted and x goes to
// quant_matmul as it is.
func TestQuantizedLinearPermuted(t *testing.T) {
	for _, permuted := range []bool{true, false} {
		f, err := frontend.Build("q", func(g *frontend.Graph) error {
			nn.WithQuantized(g, map[string]nn.QuantSpec{"proj": {Bits: 4, GroupSize: 32, ScaleDType: ir.Float16, Permuted: permuted}})
			s := nn.NewScope(g, ir.Float32)
			x := g.Param("x", ir.Float32, 2, 5, 64)
			l := nn.NewLinear(s.Sub("proj"), 64, 3, true)
			g.Return(frontend.Out("y", l.Forward(x)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]ir.Type{"x": ir.T(ir.Float32, 2, 5, 64), "proj.kiln_qweight": ir.T(ir.Uint8, 3, 32),
			"proj.kiln_scales": ir.T(ir.Float16, 3, 2), "proj.kiln_zeros": ir.T(ir.Float16, 3, 2), "proj.bias": ir.T(ir.Float32, 3)}
		if permuted {
			want["proj.kiln_perm"] = ir.T(ir.Int32, 64)
		}
		if len(f.Params) != len(want) {
			t.Fatalf("permuted %v: params %v, want %v", permuted, f.Params, want)
		}
		for _, p := range f.Params {
			if w, ok := want[p.Name]; !ok || !p.Type.Equal(w) {
				t.Errorf("permuted %v: param %s %s, want %s", permuted, p.Name, p.Type, w)
			}
		}
		var gathers []*ir.Value
		var op *ir.Value
		for _, v := range f.Values {
			switch v.Op {
			case ir.OpGather:
				gathers = append(gathers, v)
			case ir.OpQuantMatmul:
				op = v
			}
		}
		if op == nil {
			t.Fatalf("no quant_matmul:\n%s", f)
		}
		if !permuted {
			if len(gathers) != 0 || op.Args[0].Op != ir.OpParameter {
				t.Fatalf("trivial order: %d gathers, quant_matmul's x is %s:\n%s", len(gathers), op.Args[0].LongString(), f)
			}
			continue
		}
		if len(gathers) != 1 || op.Args[0] != gathers[0] {
			t.Fatalf("permuted: %d gathers, quant_matmul's x is %s:\n%s", len(gathers), op.Args[0].LongString(), f)
		}
		if a := gathers[0].Attrs.(*ir.GatherAttrs); a.Axis != 2 || a.BatchDims != 0 || !gathers[0].Type.Equal(ir.T(ir.Float32, 2, 5, 64)) {
			t.Errorf("gather %s, want x's last axis", gathers[0].LongString())
		}
	}
}
