package frontend_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// eval builds fn over float64 parameters of the given shapes (filled with
// 0.5, 1.5, -0.25, ... patterns), runs it on interp and returns the inputs
// and the single result.
func eval(t *testing.T, shapes []ir.Shape, fn func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor) ([][]float64, []float64, ir.Shape) {
	t.Helper()
	var args []*tensor.Tensor
	var ins [][]float64
	f, err := frontend.Build("num", func(g *frontend.Graph) error {
		xs := make([]*frontend.Tensor, len(shapes))
		for i, s := range shapes {
			xs[i] = g.Param(fmt.Sprintf("x%d", i), ir.Float64, s...)
		}
		g.Return(frontend.Out("y", fn(g, xs)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range shapes {
		vals := make([]float64, s.NumElements())
		for j := range vals {
			vals[j] = float64((j*7+i*3)%11)/4 - 1.2
		}
		tt, err := tensor.FromFloat64(ir.Float64, s, vals)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, tt)
		ins = append(ins, vals)
	}
	outs, err := interp.Eval(f, args...)
	if err != nil {
		t.Fatal(err)
	}
	return ins, outs[0].Float64s(), outs[0].Shape
}

// refMatMul is numpy.matmul on row-major float64 arrays, from its
// definition (promote 1-D operands, broadcast batch dims).
func refMatMul(a []float64, as ir.Shape, b []float64, bs ir.Shape) ([]float64, ir.Shape) {
	a1, b1 := len(as) == 1, len(bs) == 1
	if a1 {
		as = ir.Shape{1, as[0]}
	}
	if b1 {
		bs = ir.Shape{bs[0], 1}
	}
	m, k, n := as[len(as)-2], as[len(as)-1], bs[len(bs)-1]
	batch, _ := frontend.BroadcastShapes(as[:len(as)-2], bs[:len(bs)-2])
	nb := batch.NumElements()
	out := make([]float64, nb*m*n)
	// index of batch element bi in an operand with batch shape s
	offset := func(bi int, s ir.Shape) int {
		idx, mul := 0, 1
		rem := bi
		for d := len(batch) - 1; d >= 0; d-- {
			c := rem % batch[d]
			rem /= batch[d]
			sd := d - (len(batch) - len(s))
			if sd >= 0 {
				if s[sd] != 1 {
					idx += c * mul
				}
				mul *= s[sd]
			}
		}
		return idx
	}
	for bi := 0; bi < nb; bi++ {
		ao := offset(bi, as[:len(as)-2]) * m * k
		bo := offset(bi, bs[:len(bs)-2]) * k * n
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				s := 0.0
				for p := 0; p < k; p++ {
					s += a[ao+i*k+p] * b[bo+p*n+j]
				}
				out[(bi*m+i)*n+j] = s
			}
		}
	}
	shape := append(ir.Shape{}, batch...)
	if !a1 {
		shape = append(shape, m)
	}
	if !b1 {
		shape = append(shape, n)
	}
	return out, shape
}

func TestMatMulValues(t *testing.T) {
	cases := []struct{ a, b ir.Shape }{
		{ir.Shape{3}, ir.Shape{3}},
		{ir.Shape{3}, ir.Shape{3, 2}},
		{ir.Shape{3}, ir.Shape{2, 3, 4}},
		{ir.Shape{2, 3}, ir.Shape{3}},
		{ir.Shape{4, 2, 3}, ir.Shape{3}},
		{ir.Shape{2, 3}, ir.Shape{3, 4}},
		{ir.Shape{5, 2, 3}, ir.Shape{3, 4}},
		{ir.Shape{2, 3}, ir.Shape{5, 3, 4}},
		{ir.Shape{2, 3}, ir.Shape{2, 5, 3, 4}},
		{ir.Shape{5, 2, 3}, ir.Shape{5, 3, 4}},
		{ir.Shape{1, 2, 3}, ir.Shape{5, 3, 4}},
		{ir.Shape{2, 1, 2, 3}, ir.Shape{3, 3, 4}},
		{ir.Shape{0, 2, 3}, ir.Shape{3, 4}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.a, c.b), func(t *testing.T) {
			ins, got, shape := eval(t, []ir.Shape{c.a, c.b}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].MatMul(xs[1])
			})
			want, wshape := refMatMul(ins[0], c.a, ins[1], c.b)
			if !shape.Equal(wshape) {
				t.Fatalf("shape %v, want %v", shape, wshape)
			}
			assertClose(t, got, want)
		})
	}
}

func assertClose(t *testing.T, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d values, want %d", len(got), len(want))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Fatalf("element %d: got %v, want %v\ngot  %v\nwant %v", i, got[i], want[i], got, want)
		}
	}
}

// TestMethodValues checks the values of methods composed from several IR
// ops against hand-computed results.
func TestMethodValues(t *testing.T) {
	// The want functions compute from the actual inputs eval generated.
	tests := []struct {
		name   string
		shapes []ir.Shape
		fn     func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor
		want   func(in [][]float64) []float64
	}{
		{"SliceStepNeg", []ir.Shape{{2, 5}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].Slice(frontend.R(-1, frontend.End), frontend.Range{Start: -5, Stop: 100, Step: 2})
		}, func(in [][]float64) []float64 { return []float64{in[0][5], in[0][7], in[0][9]} }},
		{"VarMean", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return frontend.Concat(0, xs[0].Var(-1), xs[0].Mean(1), xs[0].Variance(1, false, 1))
		}, func(in [][]float64) []float64 {
			var out, means, unb []float64
			for r := 0; r < 2; r++ {
				row := in[0][3*r : 3*r+3]
				m := (row[0] + row[1] + row[2]) / 3
				v := 0.0
				for _, x := range row {
					v += (x - m) * (x - m)
				}
				out, means, unb = append(out, v/3), append(means, m), append(unb, v/2)
			}
			return append(append(out, means...), unb...)
		}},
		{"TakeAlongAxis0", []ir.Shape{{3, 2}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			idx := g.ConstInts(ir.Int32, []int{2, 2}, []int64{2, 0, 1, 1})
			return xs[0].TakeAlongAxis(idx, 0)
		}, func(in [][]float64) []float64 {
			x := in[0]
			return []float64{x[2*2+0], x[0*2+1], x[1*2+0], x[1*2+1]}
		}},
		{"TakeAlongAxisLast", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			idx := g.ConstInts(ir.Int64, []int{2, 1}, []int64{2, 0})
			return xs[0].TakeAlongAxis(idx, -1)
		}, func(in [][]float64) []float64 { return []float64{in[0][2], in[0][3]} }},
		{"TakeEmbedding", []ir.Shape{{4, 2}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].Take(g.ConstInts(ir.Int32, []int{3}, []int64{3, 0, 3}), 0)
		}, func(in [][]float64) []float64 {
			x := in[0]
			return []float64{x[6], x[7], x[0], x[1], x[6], x[7]}
		}},
		{"BroadcastReducedMiddleAxis", []ir.Shape{{2, 3, 2}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			// x minus its max over axis 1, the softmax shift.
			x := xs[0]
			return x.Sub(x.ReduceMax(1).BroadcastReduced(x.Shape(), -2))
		}, func(in [][]float64) []float64 {
			x := in[0]
			out := make([]float64, 12)
			for b := 0; b < 2; b++ {
				for k := 0; k < 2; k++ {
					m := math.Inf(-1)
					for j := 0; j < 3; j++ {
						m = math.Max(m, x[b*6+j*2+k])
					}
					for j := 0; j < 3; j++ {
						out[b*6+j*2+k] = x[b*6+j*2+k] - m
					}
				}
			}
			return out
		}},
		{"BroadcastReducedTwoAxes", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].Sum().BroadcastReduced(ir.Shape{2, 3}, 0, 1)
		}, func(in [][]float64) []float64 {
			s := 0.0
			for _, v := range in[0] {
				s += v
			}
			return []float64{s, s, s, s, s, s}
		}},
		{"FullLike", []ir.Shape{{2, 2}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].FullLike(0.25).Mul(xs[0])
		}, func(in [][]float64) []float64 {
			return []float64{in[0][0] / 4, in[0][1] / 4, in[0][2] / 4, in[0][3] / 4}
		}},
		{"WhereBroadcast", []ir.Shape{{2, 2}, {2}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return frontend.Where(g.ConstBools([]int{2, 1}, []bool{true, false}), xs[0], xs[1])
		}, func(in [][]float64) []float64 { return []float64{in[0][0], in[0][1], in[1][0], in[1][1]} }},
		{"SplitConcatSwap", []ir.Shape{{2, 4}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			p := xs[0].Split(-1, 1, 3)
			return frontend.Concat(1, p[1], p[0])
		}, func(in [][]float64) []float64 {
			x := in[0]
			return []float64{x[1], x[2], x[3], x[0], x[5], x[6], x[7], x[4]}
		}},
		{"TransposeReshape", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].T().Reshape(-1)
		}, func(in [][]float64) []float64 {
			x := in[0]
			return []float64{x[0], x[3], x[1], x[4], x[2], x[5]}
		}},
		{"ScalarsAndSoftplus", []ir.Shape{{3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			x := xs[0].MulScalar(20) // reaches both softplus branches
			return frontend.Concat(0, x.Softplus(), xs[0].RSubScalar(1), xs[0].RDivScalar(2), xs[0].Clamp(-0.5, 0.5))
		}, func(in [][]float64) []float64 {
			var out []float64
			for _, v := range in[0] {
				if x := 20 * v; x > 20 {
					out = append(out, x)
				} else {
					out = append(out, math.Log1p(math.Exp(x)))
				}
			}
			for _, v := range in[0] {
				out = append(out, 1-v)
			}
			for _, v := range in[0] {
				out = append(out, 2/v)
			}
			for _, v := range in[0] {
				out = append(out, math.Max(-0.5, math.Min(0.5, v)))
			}
			return out
		}},
		{"SumKeepBroadcastSub", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].Sub(xs[0].SumKeep(0))
		}, func(in [][]float64) []float64 {
			x := in[0]
			out := make([]float64, 6)
			for i := range out {
				out[i] = x[i] - (x[i%3] + x[3+i%3])
			}
			return out
		}},
		{"ArgMaxAsType", []ir.Shape{{2, 3}}, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return xs[0].ArgMax(-1).AsType(ir.Float64)
		}, func(in [][]float64) []float64 {
			var out []float64
			for r := 0; r < 2; r++ {
				best := 0
				for j := 1; j < 3; j++ {
					if in[0][3*r+j] > in[0][3*r+best] {
						best = j
					}
				}
				out = append(out, float64(best))
			}
			return out
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ins, got, _ := eval(t, tc.shapes, tc.fn)
			assertClose(t, got, tc.want(ins))
		})
	}
}

// TestHalfScalarsMatchTorch checks PyTorch's rule for Python numbers with
// bfloat16 tensors: x * c is float32(x) * float32(c) rounded once to
// bfloat16 (not x times c rounded to bfloat16 first).
func TestHalfScalarsMatchTorch(t *testing.T) {
	xs := []float64{1.0078125, -3.5, 0.3359375, 100, 7.25}
	c := 1 / math.Sqrt(3)
	f, err := frontend.Build("bf16", func(g *frontend.Graph) error {
		x := g.Param("x", ir.BFloat16, len(xs))
		g.Return(frontend.Out("mul", x.MulScalar(c)), frontend.Out("add", x.AddScalar(0.1)), frontend.Out("mean", x.Mean()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	in, err := tensor.FromFloat64(ir.BFloat16, ir.Shape{len(xs)}, xs)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := interp.Eval(f, in)
	if err != nil {
		t.Fatal(err)
	}
	bf := func(v float32) float64 { return float64(ir.BFloat16ToFloat32(ir.Float32ToBFloat16(v))) }
	var mul, add []float64
	var sum float32
	for _, x := range in.Float64s() {
		mul = append(mul, bf(float32(x)*float32(c)))
		add = append(add, bf(float32(x)+float32(0.1)))
		sum += float32(x)
	}
	assertClose(t, outs[0].Float64s(), mul)
	assertClose(t, outs[1].Float64s(), add)
	assertClose(t, outs[2].Float64s(), []float64{bf(sum / float32(len(xs)))})
	// The naive single-op form differs for these inputs, so the test can
	// tell the two apart.
	differ := false
	for i, x := range in.Float64s() {
		differ = differ || bf(float32(x)*float32(bf(float32(c)))) != mul[i]
	}
	if !differ {
		t.Fatal("inputs do not distinguish the two roundings")
	}
}
