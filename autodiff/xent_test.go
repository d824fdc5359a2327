package autodiff_test

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// xentCase checks linear_cross_entropy's rule on random shapes: n rows
// split into chunks of chunk rows (0: one chunk, chosen from V), with and
// without a bias; a third of the labels ignored and one out of range
// (clamped by the op).
func xentCase(name string, chunk int, bias bool) fdCase {
	return fdCase{name: name, make: func(r *rand.Rand) ([]input, body) {
		n, c, v := 4+r.Intn(4), 1+r.Intn(3), 2+r.Intn(4)
		labels := intIn(r, "labels", 0, v, n)
		labels.vals[1] = -100
		labels.vals[n-1] = float64(v + 1)
		for j := 4; j < n; j += 3 {
			labels.vals[j] = -100
		}
		ins := []input{floatIn(r, "h", nil, n, c), floatIn(r, "w", nil, v, c), labels}
		if bias {
			ins = append(ins, floatIn(r, "bias", nil, v))
		}
		return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			var b *frontend.Tensor
			if bias {
				b = xs[3]
			}
			return frontend.LinearCrossEntropy(xs[0], xs[1], b, xs[2], -100, chunk)
		}
	}}
}

func TestLinearCrossEntropyRule(t *testing.T) {
	var cases []fdCase
	for _, chunk := range []int{0, 1, 2, 3} { // 2 and 3 leave a short last chunk for most n
		cases = append(cases, xentCase(fmt.Sprintf("chunk_%d", chunk), chunk, false), xentCase(fmt.Sprintf("chunk_%d_bias", chunk), chunk, true))
	}
	// The rule through a tied head: w is used by the op and by the
	// embedding lookup that made h, so its gradient sums both.
	cases = append(cases, fdCase{name: "tied_embedding", make: func(r *rand.Rand) ([]input, body) {
		v, c := 3+r.Intn(3), 2
		ins := []input{floatIn(r, "w", nil, v, c), intIn(r, "ids", 0, v, 5), intIn(r, "labels", 0, v, 5)}
		return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			h := xs[0].Take(xs[1], 0).Tanh()
			return frontend.LinearCrossEntropy(h, xs[0], nil, xs[2], -100, 2)
		}
	}})
	runCases(t, cases)
}

// TestLinearCrossEntropyRuleHalf: bfloat16 operands get float32
// gradients, close to the float64 gradient of the same values.
func TestLinearCrossEntropyRuleHalf(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	ins := []input{floatIn(r, "h", nil, 5, 3), floatIn(r, "w", nil, 4, 3), intIn(r, "labels", 0, 4, 5)}
	ins[2].vals[2] = -100
	build := func(dt ir.DType) *ir.Func {
		return buildLoss(t, rand.New(rand.NewSource(9)), ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return frontend.LinearCrossEntropy(xs[0].AsType(dt), xs[1].AsType(dt), nil, xs[2], -100, 2).AsType(ir.Float64)
		})
	}
	// Through the converts the gradient reaches the float64 inputs; the
	// bf16 program must agree with the float64 one to bf16 precision.
	want, got := gradsOf(t, build(ir.Float64), ins), gradsOf(t, build(ir.BFloat16), ins)
	for name, w := range want {
		for i := range w {
			if d := got[name][i] - w[i]; d > 2e-2 || d < -2e-2 {
				t.Errorf("bf16 d loss / d %s[%d] = %.5f, float64 %.5f", name, i, got[name][i], w[i])
			}
		}
	}
}

// gradsOf returns the gradients of f's loss with respect to the inputs
// marked wrt, evaluated on interp, by input name.
func gradsOf(t *testing.T, f *ir.Func, ins []input) map[string][]float64 {
	t.Helper()
	var wrt []string
	for _, in := range ins {
		if in.wrt {
			wrt = append(wrt, in.name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{})
	if err != nil {
		t.Fatalf("Grad: %v", err)
	}
	out, err := interp.Eval(gf, tensors(t, ins)...)
	if err != nil {
		t.Fatalf("eval: %v", err)
	}
	res := map[string][]float64{}
	for i, name := range wrt {
		res[name] = out[len(f.Results)+i].Float64s()
	}
	return res
}

// TestLinearCrossEntropyGradOnLLVM runs the gradient function of a
// chunked linear_cross_entropy (short last chunk, bias, ignored and
// clamped labels) on llvm, where the op and its recomputed backward are
// decomposed, and compares it with interp.
func TestLinearCrossEntropyGradOnLLVM(t *testing.T) {
	b := llvm.Default()
	if err := b.Available(); err != nil {
		t.Skipf("llvm unavailable: %v", err)
	}
	r := rand.New(rand.NewSource(3))
	ins, body := xentCase("llvm", 3, true).make(r)
	f := buildLoss(t, r, ins, body)
	gf, err := autodiff.Grad(f, []string{"h", "w", "bias"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := interp.Eval(gf, tensors(t, ins)...)
	if err != nil {
		t.Fatal(err)
	}
	exe, err := b.Compile(gf, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatal(err)
	}
	var args []backends.Buffer
	for _, x := range tensors(t, ins) {
		buf, err := b.Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, buf)
	}
	outs, err := exe.Run(args, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range outs {
		got, err := o.Download()
		if err != nil {
			t.Fatal(err)
		}
		w, g := want[i].Float64s(), got.Float64s()
		for j := range w {
			if d := math.Abs(g[j] - w[j]); d > 1e-9*(1+math.Abs(w[j])) {
				t.Errorf("%s[%d]: llvm %.12g, interp %.12g", gf.ResultNames[i], j, g[j], w[j])
			}
		}
	}
}

// TestLinearCrossEntropyWideChunks: with Options.WideChunks the gradient
// runs in GradChunkRowsFor's chunks (one (V, C) dw product each), without
// it in the forward's ChunkRowsFor chunks.
func TestLinearCrossEntropyWideChunks(t *testing.T) {
	const n, c, v = wideN, wideC, wideV
	f := wideXent(t)
	a := &ir.LinearCrossEntropyAttrs{IgnoreIndex: -100}
	for _, wide := range []bool{false, true} {
		gf, err := autodiff.Grad(f, []string{"h", "w"}, autodiff.Options{WideChunks: wide})
		if err != nil {
			t.Fatal(err)
		}
		products := 0 // dw products: (V, C) dot_generals
		for _, x := range gf.Values {
			if x.Op == ir.OpDotGeneral && x.Type.Shape.Equal(ir.Shape{v, c}) {
				products++
			}
		}
		rows := a.ChunkRowsFor(n, v)
		if wide {
			rows = a.GradChunkRowsFor(n, v, c)
		}
		if want := (n + rows - 1) / rows; products != want {
			t.Errorf("WideChunks %v: %d dw products, want %d (chunks of %d rows)", wide, products, want, rows)
		}
		// The forward op runs in the same chunks with WideChunks (its
		// chunk_rows set), in its own cache-sized ones without.
		for _, x := range gf.Values {
			if x.Op == ir.OpLinearCrossEntropy {
				got := x.Attrs.(*ir.LinearCrossEntropyAttrs).ChunkRowsFor(n, v)
				if want := a.ChunkRowsFor(n, v); wide && got != rows || !wide && got != want {
					t.Errorf("WideChunks %v: forward chunks of %d rows, want %d", wide, got, map[bool]int{true: rows, false: want}[wide])
				}
			}
		}
		for _, x := range f.Values {
			if x.Op == ir.OpLinearCrossEntropy && x.Attrs.(*ir.LinearCrossEntropyAttrs).ChunkRows != 0 {
				t.Errorf("Grad changed the input function's chunk_rows")
			}
		}
		t.Logf("WideChunks %v: %d chunks of %d rows", wide, products, rows)
	}
}

// TestLinearCrossEntropySharesForwardLSE: after the standard pipeline
// (decompose, CSE) the gradient's chunks read the forward's row
// logsumexp: the (R, V) logits GEMMs are the forward's alone (one per
// chunk, not two), and no reduction runs over the backward's (V, R)
// recomputed logits. With and without WideChunks.
func TestLinearCrossEntropySharesForwardLSE(t *testing.T) {
	const n, c, v = wideN, wideC, wideV
	f := wideXent(t)
	for _, wide := range []bool{false, true} {
		gf, err := autodiff.Grad(f, []string{"h", "w"}, autodiff.Options{WideChunks: wide})
		if err != nil {
			t.Fatal(err)
		}
		if err := passes.Standard(nil, nil).Run(gf, passes.Options{}); err != nil {
			t.Fatal(err)
		}
		forward, backwardReductions, chunks := 0, 0, 0
		for _, x := range gf.Values {
			if x.Op == ir.OpDotGeneral && x.Type.Shape.Rank() == 2 && x.Type.Shape[1] == v {
				forward++
			}
			if x.Op == ir.OpDotGeneral && x.Type.Shape.Rank() == 2 && x.Type.Shape[0] == v && x.Type.Shape[1] != c {
				chunks++
			}
			if x.Op == ir.OpReduce && x.Args[0].Type.Shape.Rank() == 2 && x.Args[0].Type.Shape[0] == v {
				backwardReductions++
			}
		}
		if forward != chunks || chunks == 0 || backwardReductions != 0 {
			t.Errorf("WideChunks %v: %d (R, V) logits products for %d chunks, %d reductions over (V, R) logits; want one per chunk and none",
				wide, forward, chunks, backwardReductions)
		}
	}
}

// The shape of the wide-chunk tests: GPT-2's vocabulary, rows enough for
// several chunks, a small hidden size.
const wideN, wideC, wideV = 2048, 96, 50000

// wideXent is loss = sum(linear_cross_entropy(h, w, labels)) at that shape.
func wideXent(t *testing.T) *ir.Func {
	t.Helper()
	const n, c, v = wideN, wideC, wideV
	f, err := frontend.Build("xent", func(g *frontend.Graph) error {
		h, w := g.Param("h", ir.Float32, n, c), g.Param("w", ir.Float32, v, c)
		y := g.Param("labels", ir.Int64, n)
		g.Return(frontend.Out("loss", frontend.LinearCrossEntropy(h, w, nil, y, -100, 0).Sum()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}
