package autodiff_test

import (
	"math"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// autocastDot is loss = sum(x @ w^T) over float32 x (3, 5) and w (4, 5)
// after passes.Autocast(bf16), differentiated with opts, and inputs whose
// values are mostly not bf16 numbers.
func autocastDot(t *testing.T, opts autodiff.Options) (gf *ir.Func, xs, ws []float64, x, w *tensor.Tensor) {
	t.Helper()
	f, err := ir.Parse(`func @f {
  %0 = parameter : f32[3,5] "x"
  %1 = parameter : f32[4,5] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[3,4]
  %3 = reduce %2 {kind=sum, axes=[0,1]} : f32[] "loss"
  return %3
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Autocast(f, ir.BFloat16); err != nil {
		t.Fatal(err)
	}
	gf, err = autodiff.Grad(f, []string{"x", "w"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	xs, ws = make([]float64, 15), make([]float64, 20)
	for i := range xs {
		xs[i] = 1 + float64(i)/7
	}
	for i := range ws {
		ws[i] = -1 + float64(i)/9
	}
	x, _ = tensor.FromFloat64(ir.Float32, ir.Shape{3, 5}, xs)
	w, _ = tensor.FromFloat64(ir.Float32, ir.Shape{4, 5}, ws)
	return gf, xs, ws, x, w
}

// TestAutocastDotGradient differentiates loss = sum(x @ w^T) after
// passes.Autocast(bf16): the dot runs on bf16 copies of the float32
// parameters, so dloss/dw[j,k] = sum_i bf16(x)[i,k] and dloss/dx[i,k] =
// sum_j bf16(w)[j,k], exactly (small integer-free sums, float32
// accumulation). The gradients must be float32, of the parameters' shapes,
// and equal those sums: the gradient flows through the converts into
// float32 parameter gradients.
func TestAutocastDotGradient(t *testing.T) {
	gf, xs, ws, x, w := autocastDot(t, autodiff.Options{})
	bf := func(v float64) float64 {
		return float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(v))))
	}
	wantX, wantW := make([]float64, 15), make([]float64, 20)
	for i := 0; i < 3; i++ {
		for k := 0; k < 5; k++ {
			for j := 0; j < 4; j++ {
				wantX[i*5+k] += bf(ws[j*5+k])
			}
		}
	}
	for j := 0; j < 4; j++ {
		for k := 0; k < 5; k++ {
			for i := 0; i < 3; i++ {
				wantW[j*5+k] += bf(xs[i*5+k])
			}
		}
	}
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			out := runOn(t, b, gf, []*tensor.Tensor{x, w})
			for i, want := range [][]float64{wantX, wantW} {
				g := out[1+i]
				if g.DType != ir.Float32 {
					t.Fatalf("%s is %s, want float32", gf.ResultNames[1+i], g.Type())
				}
				for k, got := range g.Float64s() {
					if math.Abs(got-want[k]) > 1e-6*math.Abs(want[k]) {
						t.Errorf("%s[%d] = %v, want %v (the sum of bf16 operands)", gf.ResultNames[1+i], k, got, want[k])
					}
				}
			}
		})
	}
}

// TestHalfCotangents differentiates the autocast dot of
// TestAutocastDotGradient with Options.HalfCotangents: the backward dots
// of the bf16 dot must return bf16 (torch's grad_output dtype), so each
// gradient is its float32 sum rounded once to bf16, and then converted
// to the float32 parameters' float32 gradients.
func TestHalfCotangents(t *testing.T) {
	gf, xs, ws, x, w := autocastDot(t, autodiff.Options{HalfCotangents: true})
	halfDots := 0
	for _, v := range gf.Values {
		if v.Op == ir.OpDotGeneral && v.Type.DType == ir.BFloat16 {
			halfDots++
		}
	}
	if halfDots != 3 { // the forward's and the two gradient products
		t.Errorf("%d bf16 dot_generals, want 3:\n%s", halfDots, gf)
	}
	bf := func(v float64) float64 {
		return float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(v))))
	}
	wantX, wantW := make([]float64, 15), make([]float64, 20)
	for i := 0; i < 3; i++ {
		for k := 0; k < 5; k++ {
			for j := 0; j < 4; j++ {
				wantX[i*5+k] += bf(ws[j*5+k])
				wantW[j*5+k] += bf(xs[i*5+k])
			}
		}
	}
	for i := range wantX {
		wantX[i] = bf(wantX[i])
	}
	for i := range wantW {
		wantW[i] = bf(wantW[i])
	}
	out := runOn(t, interp.New(), gf, []*tensor.Tensor{x, w})
	for i, want := range [][]float64{wantX, wantW} {
		g := out[1+i]
		if g.DType != ir.Float32 {
			t.Fatalf("%s is %s, want float32", gf.ResultNames[1+i], g.Type())
		}
		for k, got := range g.Float64s() {
			if got != want[k] {
				t.Errorf("%s[%d] = %v, want %v (the bf16-rounded sum)", gf.ResultNames[1+i], k, got, want[k])
			}
		}
	}
}

// TestAutocastModelGradients differentiates gpt2-tiny (forward with the
// causal-LM loss; its wte is both the embedding table, gathered in
// float32, and the LM head, a bf16 dot) after passes.Autocast(bf16) with
// respect to every weight, on interp and llvm, and compares with the
// float32 program's gradients on interp: every gradient float32, each
// gradient's norm within 5% and its elements within 5% of its largest
// magnitude (bf16 activations and weights in the dots; observed 0.11% and
// 0.73%, llama-tiny 0.15% and 1.3%). One model: each llvm compile of a
// whole-model gradient costs ~10 s.
func TestAutocastModelGradients(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model gradients on interp and llvm")
	}
	for _, name := range []string{"gpt2-tiny"} {
		t.Run(name, func(t *testing.T) {
			f, args, wrt := fixture.TinyModel(t, name, models.Spec{Batch: 2, Seq: 8, Labels: true})
			ref, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
			if err != nil {
				t.Fatal(err)
			}
			want := resultsByName(t, ref, runOn(t, interp.New(), ref, args))
			ac := f.Clone()
			if err := passes.Autocast(ac, ir.BFloat16); err != nil {
				t.Fatal(err)
			}
			gf, err := autodiff.Grad(ac, wrt, autodiff.Options{Loss: models.OutputLoss})
			if err != nil {
				t.Fatal(err)
			}
			for bname, b := range testbackends.CPU(t) {
				t.Run(bname, func(t *testing.T) {
					got := resultsByName(t, gf, runOn(t, b, gf, args))
					var worstNorm, worstElem float64
					for _, p := range wrt {
						n := "grad/" + p
						g, w := got[n], want[n]
						if g.DType != ir.Float32 {
							t.Errorf("%s is %s, want float32", n, g.Type())
							continue
						}
						gv, wv := g.Float64s(), w.Float64s()
						var gn, wn, scale, diff float64
						for i := range wv {
							gn += gv[i] * gv[i]
							wn += wv[i] * wv[i]
							scale = math.Max(scale, math.Abs(wv[i]))
							diff = math.Max(diff, math.Abs(gv[i]-wv[i]))
						}
						gn, wn = math.Sqrt(gn), math.Sqrt(wn)
						if wn == 0 {
							continue
						}
						rn, re := math.Abs(gn-wn)/wn, diff/scale
						worstNorm, worstElem = math.Max(worstNorm, rn), math.Max(worstElem, re)
						if rn > 0.05 || re > 0.05 {
							t.Errorf("%s: |g| %.4g vs float32 %.4g (%.2g), max diff %.2g of max %.3g", n, gn, wn, rn, diff, scale)
						}
					}
					t.Logf("%d gradients: worst norm error %.2g, worst element error %.2g of the largest", len(wrt), worstNorm, worstElem)
				})
			}
		})
	}
}

func resultsByName(t *testing.T, f *ir.Func, out []*tensor.Tensor) map[string]*tensor.Tensor {
	t.Helper()
	m := map[string]*tensor.Tensor{}
	for i, n := range f.ResultNames {
		m[n] = out[i]
	}
	return m
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
