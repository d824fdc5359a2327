package passes_test

import (
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// TestAutocastModels runs gpt2-tiny's and llama-tiny's forward (with the
// causal-LM loss) under Autocast(bf16) on interp and llvm and compares
// each result with the float32 program on interp: within 1.5e-2 of its
// largest magnitude (bf16 keeps 8 significant bits; observed 0.65% to
// 0.9% for logits and hidden states, 1e-5 to 1e-4 for the loss). It also checks the rewrite
// did what autocast means: every dot_general and attention runs on bf16
// operands, every layer_norm/rms_norm/log_softmax on float32 ones; and
// that a second Autocast changes nothing. A linear layer's product with a
// bias stays float32 until the bias is added, and the sum is rounded to
// bf16 (torch's addmm): that dot_general's result may be float32 when its
// add's result is converted to bf16.
func TestAutocastModels(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model forward on interp and llvm")
	}
	for _, name := range []string{"gpt2-tiny", "llama-tiny"} {
		t.Run(name, func(t *testing.T) {
			f, args, _ := fixture.TinyModel(t, name, models.Spec{Batch: 2, Seq: 8, Labels: true})
			want := run(t, f, args)
			ac := f.Clone()
			if err := passes.Autocast(ac, ir.BFloat16); err != nil {
				t.Fatal(err)
			}
			if err := ir.Check(ac); err != nil {
				t.Fatal(err)
			}
			checkSignature(t, f, ac)
			checkAutocastOps(t, ac)
			again := ac.Clone()
			if err := passes.Autocast(again, ir.BFloat16); err != nil {
				t.Fatal(err)
			}
			if again.String() != ac.String() {
				t.Errorf("Autocast is not idempotent: a second run changed the program")
			}
			for bname, b := range testbackends.CPU(t) {
				t.Run(bname, func(t *testing.T) {
					got := runOn(t, b, ac, args)
					for i, n := range f.ResultNames {
						w, g := want[i].Float64s(), got[i].Float64s()
						var worst, scale float64
						for j := range w {
							worst = math.Max(worst, math.Abs(g[j]-w[j]))
							scale = math.Max(scale, math.Abs(w[j]))
						}
						t.Logf("%s: max |bf16 - f32| = %.3g, max |f32| = %.3g (%.2g)", n, worst, scale, worst/scale)
						if worst > 1.5e-2*scale {
							t.Errorf("%s: autocast differs from float32 by %.3g, more than 1.5e-2 of %.3g", n, worst, scale)
						}
					}
				})
			}
		})
	}
}

// checkAutocastOps checks the ops autocast must place.
func checkAutocastOps(t *testing.T, f *ir.Func) {
	t.Helper()
	counts := map[ir.Op]int{}
	users := map[*ir.Value][]*ir.Value{}
	for _, v := range f.Values {
		for _, x := range v.Args {
			users[x] = append(users[x], v)
		}
	}
	roundedToBF16 := func(v *ir.Value) bool {
		for _, u := range users[v] {
			if u.Op != ir.OpConvert || u.Type.DType != ir.BFloat16 {
				return false
			}
		}
		return len(users[v]) > 0
	}
	addmm := 0
	for _, v := range f.Values {
		want := ir.Invalid
		switch v.Op {
		case ir.OpDotGeneral, ir.OpAttention:
			want = ir.BFloat16
		case ir.OpLayerNorm, ir.OpRMSNorm, ir.OpLogSoftmax, ir.OpSoftmax:
			want = ir.Float32
		default:
			continue
		}
		counts[v.Op]++
		if u := users[v]; v.Op == ir.OpDotGeneral && v.Type.DType == ir.Float32 && len(u) == 1 && u[0].Op == ir.OpAdd && roundedToBF16(u[0]) {
			addmm++
			if dt := v.Args[0].Type.DType; dt != want {
				t.Errorf("%s runs on %s, want %s", v.LongString(), dt, want)
			}
			continue
		}
		if dt := v.Args[0].Type.DType; dt != want || v.Type.DType != want {
			t.Errorf("%s runs on %s, want %s", v.LongString(), dt, want)
		}
	}
	if counts[ir.OpDotGeneral] == 0 || counts[ir.OpAttention]+counts[ir.OpSoftmax] == 0 {
		t.Errorf("no dots or attention in the model (%v): the test checks nothing", counts)
	}
	t.Logf("%d of %d dot_generals are linear layers with a bias (addmm)", addmm, counts[ir.OpDotGeneral])
}

// runOn compiles f on b and runs it on args.
func runOn(t *testing.T, b backends.Backend, f *ir.Func, args []*tensor.Tensor) []*tensor.Tensor {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatalf("%s: compile: %v", b.Name(), err)
	}
	bufs := make([]backends.Buffer, len(args))
	for i, a := range args {
		if bufs[i], err = b.Upload(a); err != nil {
			t.Fatal(err)
		}
		defer bufs[i].Free()
	}
	outs, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatalf("%s: run: %v", b.Name(), err)
	}
	res := make([]*tensor.Tensor, len(outs))
	for i, o := range outs {
		if res[i], err = o.Download(); err != nil {
			t.Fatal(err)
		}
		o.Free()
	}
	return res
}
