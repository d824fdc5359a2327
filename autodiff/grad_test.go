package autodiff_test

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestFanOutAndTiedWeights: a parameter used by several ops gets the sum
// of their contributions; an embedding table that is also the LM head (as
// GPT-2's wte) gets one gradient.
func TestFanOutAndTiedWeights(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		r := rand.New(rand.NewSource(seed))
		v, e := 3+r.Intn(3), 2+r.Intn(2)
		ins := []input{floatIn(r, "wte", nil, v, e), intIn(r, "ids", 0, v, 1, 4)}
		f := buildLoss(t, r, ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			wte := xs[0]
			h := wte.Take(xs[1], 0).Tanh()                  // embedding
			logits := h.MatMul(wte.T())                     // tied head
			return logits.LogSoftmax(-1).Add(wte.Sum(0, 1)) // and a third use
		})
		checkFD(t, f, ins)
	}
}

// TestMLPCrossEntropy: a two-layer MLP with a cross-entropy loss over
// integer labels (mean over the batch), all parameters checked.
func TestMLPCrossEntropy(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	b, din, hid, classes := 3, 4, 5, 3
	ins := []input{
		floatIn(r, "x", nil, b, din), intIn(r, "labels", 0, classes, b, 1),
		floatIn(r, "w1", nil, hid, din), floatIn(r, "b1", nil, hid),
		floatIn(r, "w2", nil, classes, hid), floatIn(r, "b2", nil, classes),
	}
	ins[0].wrt = false
	f, err := frontend.Build("mlp", func(g *frontend.Graph) error {
		xs := make([]*frontend.Tensor, len(ins))
		for i, in := range ins {
			xs[i] = g.Param(in.name, in.typ.DType, in.typ.Shape...)
		}
		h := xs[0].MatMulT(xs[2]).Add(xs[3]).Gelu(ir.GeluTanh)
		logits := h.MatMulT(xs[4]).Add(xs[5])
		nll := logits.LogSoftmax(-1).TakeAlongAxis(xs[1], 1).Neg()
		g.Return(frontend.Out("loss", nll.Mean(0, 1)), frontend.Out("logits", logits))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkFD(t, f, ins)
}

// TestErrors: bad arguments are refused with errors naming them.
func TestErrors(t *testing.T) {
	f, err := frontend.Build("f", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2)
		ids := g.Param("ids", ir.Int32, 2)
		g.Return(frontend.Out("loss", x.Mul(ids.AsType(ir.Float32)).Sum(0)), frontend.Out("vec", x), frontend.Out("vecx", x.Exp()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	vec, err := frontend.Build("v", func(g *frontend.Graph) error {
		g.Return(frontend.Out("y", g.Param("x", ir.Float32, 2).Exp()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    *ir.Func
		wrt  []string
		opts autodiff.Options
		want string
	}{
		{f, []string{"ids"}, autodiff.Options{}, `parameter "ids" is i32[2]; only float parameters`},
		{f, []string{"y"}, autodiff.Options{}, `no parameter "y"`},
		{f, []string{"x", "x"}, autodiff.Options{}, `"x" named twice`},
		{vec, []string{"x"}, autodiff.Options{}, "result 0 (the loss) is f32[2], want a float scalar"},
		{nil, nil, autodiff.Options{}, "nil function"},
		{f, []string{"x"}, autodiff.Options{Loss: "nope"}, `Options.Loss: function "f" has no result "nope"`},
		{f, []string{"x"}, autodiff.Options{GradPrefix: "vec"}, `would be named "vecx", which function "f" already returns`},
		{f, []string{"x"}, autodiff.Options{Loss: "vec"}, `result "vec" (the loss) is f32[2], want a float scalar`},
	} {
		_, err := autodiff.Grad(c.f, c.wrt, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Grad(%v): error %v, want one containing %q", c.wrt, err, c.want)
		}
	}
}

// TestIntegerInputsAndUnusedParams: integer parameters pass through
// (indices), a float parameter the loss ignores gets zeros, and the
// gradient results are named and typed as documented.
func TestIntegerInputsAndUnusedParams(t *testing.T) {
	f, err := frontend.Build("f", func(g *frontend.Graph) error {
		w := g.Param("w", ir.Float32, 3, 2)
		ids := g.Param("ids", ir.Int64, 2)
		g.Param("unused", ir.Float64, 4)
		g.Return(frontend.Out("loss", w.Take(ids, 0).Sum(0, 1)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gf, err := autodiff.Grad(f, []string{"w", "unused"}, autodiff.Options{GradPrefix: "d_"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(gf.ResultNames, ","); got != "loss,d_w,d_unused" {
		t.Errorf("result names %s", got)
	}
	w, _ := tensor.FromFloat32(ir.Shape{3, 2}, []float32{1, 2, 3, 4, 5, 6})
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{2}, []int64{2, 2})
	un, _ := tensor.FromFloat64(ir.Float64, ir.Shape{4}, []float64{1, 2, 3, 4})
	out, err := interp.Eval(gf, w, ids, un)
	if err != nil {
		t.Fatal(err)
	}
	// Row 2 read twice: gradient 2 there, 0 elsewhere (scatter-add).
	if got, want := out[1].Float64s(), []float64{0, 0, 0, 0, 2, 2}; !equal(got, want) {
		t.Errorf("d_w = %v, want %v", got, want)
	}
	if out[2].Type().DType != ir.Float64 || !equal(out[2].Float64s(), []float64{0, 0, 0, 0}) {
		t.Errorf("d_unused = %v %v, want float64 zeros", out[2].Type(), out[2].Float64s())
	}
}

// TestBFloat16ForwardFloat32Gradients: with bf16 parameters the gradients
// are float32 and match the float64 gradient of the same function within
// bf16's precision (the forward rounds to bf16; the backward accumulates
// in float32).
func TestBFloat16ForwardFloat32Gradients(t *testing.T) {
	build := func(dt ir.DType) *ir.Func {
		f, err := frontend.Build("f", func(g *frontend.Graph) error {
			x := g.Param("x", dt, 4, 8)
			w := g.Param("w", dt, 8, 8)
			h := x.MatMul(w).Tanh().MatMul(w) // w used twice
			h = h.RMSNorm(w.Sum(0).MulScalar(0.5), 1e-6).LayerNorm(w.Sum(1), w.Sum(0), 1e-5)
			g.Return(frontend.Out("loss", h.Square().AsType(ir.Float32).Mean(0, 1)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	r := rand.New(rand.NewSource(3))
	xv, wv := make([]float64, 32), make([]float64, 64)
	for i := range xv {
		xv[i] = float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(2*r.Float64() - 1))))
	}
	for i := range wv {
		wv[i] = float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(r.Float64()-0.5) / 2)))
	}
	run := func(dt ir.DType) []*tensor.Tensor {
		gf, err := autodiff.Grad(build(dt), []string{"x", "w"}, autodiff.Options{})
		if err != nil {
			t.Fatal(err)
		}
		x, _ := tensor.FromFloat64(dt, ir.Shape{4, 8}, xv)
		w, _ := tensor.FromFloat64(dt, ir.Shape{8, 8}, wv)
		out, err := interp.Eval(gf, x, w)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	half, ref := run(ir.BFloat16), run(ir.Float64)
	for i, name := range []string{"x", "w"} {
		g := half[1+i]
		if g.Type().DType != ir.Float32 {
			t.Fatalf("gradient of bf16 %s is %s, want float32", name, g.Type())
		}
		got, want := g.Float64s(), ref[1+i].Float64s()
		var diff, norm float64
		for j := range got {
			diff += (got[j] - want[j]) * (got[j] - want[j])
			norm += want[j] * want[j]
		}
		rel := math.Sqrt(diff / norm)
		t.Logf("gradient of %s: relative error %.3g against float64", name, rel)
		if !(rel < 0.02) || norm == 0 {
			t.Errorf("gradient of %s: relative error %.3g against float64, want < 0.02 (bf16 rounding)", name, rel)
		}
	}
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
