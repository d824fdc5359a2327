package backendtest

import (
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// allCases lists every op case of the suite.
func allCases() []opCase {
	var cs []opCase
	for _, part := range [][]opCase{
		sourceCases(), unaryCases(), binaryCases(), compareSelectCases(), convertCases(),
		shapeCases(), indexCases(), gatherCases(), reduceCases(), dotCases(), convCases(),
		rngCases(), compositeCases(), stopGradientCases(), attentionCases(), attentionGradCases(), xentCases(), expertMatmulCases(), quantMatmulCases(), quantMatmulCodebookCases(), collectiveCases(),
	} {
		cs = append(cs, part...)
	}
	return cs
}

// simple is a case computing op(attrs)(p0, p1, ...) with one parameter per
// input; set want or ref on the result.
func simple(name string, op ir.Op, attrs any, inputs ...*tensor.Tensor) opCase {
	return opCase{name: name, op: op, inputs: inputs, build: func(g *frontend.Graph) {
		ps := make([]*frontend.Tensor, len(inputs))
		for i, in := range inputs {
			ps[i] = param(g, in.Type())
		}
		ret(g, g.Emit(op, attrs, ps...))
	}}
}

// groupOpsOn lists, in table order, the ops of group g that the op table
// accepts on operands of dtype d with a result of dtype d: the ops whose
// cases on d come from a reference table (refUnary, refIntUnary,
// refFloatBinary, refIntBinary). Iterating the generated group instead of
// a copied list makes a new op of the table need a reference, which
// TestReferencesCoverOpGroups demands.
func groupOpsOn(g ir.OpGroup, d ir.DType) []ir.Op {
	var out []ir.Op
	for _, op := range g.Ops() {
		args := make([]*ir.Value, op.Info().MinArgs)
		for i := range args {
			args[i] = &ir.Value{ID: i, Op: ir.OpParameter, Type: ir.T(d, 2)}
		}
		if rt, err := ir.InferType(op, nil, args); err == nil && rt.DType == d {
			out = append(out, op)
		}
	}
	return out
}

func (c opCase) expect(want ...*tensor.Tensor) opCase { c.want = want; return c }

func (c opCase) signedZeros() opCase { c.zeroSign = true; return c }

func (c opCase) withTol(tol float64) opCase { c.tol = tol; return c }

// withWantTol sets a tolerance for the expected values only (the random
// comparison against interp keeps the dtype's tolerance).
func (c opCase) withWantTol(tol float64) opCase { c.wantTol = tol; return c }

func (c opCase) withRef(ref func(in []*tensor.Tensor) []*tensor.Tensor) opCase {
	c.ref = ref
	return c
}

// refOne adapts a one-result reference.
func refOne(f func(in []*tensor.Tensor) *tensor.Tensor) func([]*tensor.Tensor) []*tensor.Tensor {
	return func(in []*tensor.Tensor) []*tensor.Tensor { return []*tensor.Tensor{f(in)} }
}

// mapFloat is the reference of an elementwise float op: f on the float64
// values of the operands, rounded to dtype out.
func mapFloat(out ir.DType, f func(xs ...float64) float64) func([]*tensor.Tensor) []*tensor.Tensor {
	return refOne(func(in []*tensor.Tensor) *tensor.Tensor {
		vals := make([][]float64, len(in))
		for i, t := range in {
			vals[i] = t.Float64s()
		}
		res := make([]float64, in[0].NumElements())
		args := make([]float64, len(in))
		for e := range res {
			for i := range in {
				args[i] = vals[i][e]
			}
			res[e] = f(args...)
		}
		return tf(out, in[0].Shape, res...)
	})
}

// mapInt is the reference of an elementwise integer op: f on the int64
// values, wrapped to dtype out.
func mapInt(out ir.DType, f func(xs ...int64) int64) func([]*tensor.Tensor) []*tensor.Tensor {
	return refOne(func(in []*tensor.Tensor) *tensor.Tensor {
		vals := make([][]int64, len(in))
		for i, t := range in {
			vals[i] = t.Int64s()
		}
		res := make([]int64, in[0].NumElements())
		args := make([]int64, len(in))
		for e := range res {
			for i := range in {
				args[i] = vals[i][e]
			}
			res[e] = f(args...)
		}
		return ti(out, in[0].Shape, res...)
	})
}

var (
	nan    = math.NaN()
	inf    = math.Inf(1)
	negZ   = math.Copysign(0, -1)
	floats = []ir.DType{ir.Float32, ir.Float64, ir.BFloat16, ir.Float16}
	ints   = []ir.DType{ir.Int8, ir.Uint8, ir.Int16, ir.Int32, ir.Int64}
)

// intEdges are interesting values of an integer dtype, including its
// extremes (wrapped into the dtype).
func intEdges(d ir.DType) []int64 {
	switch d {
	case ir.Int8:
		return []int64{-128, -7, -1, 0, 1, 2, 7, 127}
	case ir.Uint8:
		return []int64{0, 1, 2, 7, 128, 200, 255}
	case ir.Int16:
		return []int64{-32768, -300, -1, 0, 1, 3, 32767}
	case ir.Int32:
		return []int64{math.MinInt32, -7, -1, 0, 1, 3, 100000, math.MaxInt32}
	}
	return []int64{math.MinInt64, -7, -1, 0, 1, 3, 1 << 40, math.MaxInt64}
}

// grid returns a[i,j] = xs[i] and b[i,j] = ys[j] as float tensors.
func gridF(d ir.DType, xs, ys []float64) (a, b *tensor.Tensor) {
	av := make([]float64, 0, len(xs)*len(ys))
	bv := make([]float64, 0, len(xs)*len(ys))
	for _, x := range xs {
		for _, y := range ys {
			av, bv = append(av, x), append(bv, y)
		}
	}
	s := sh(len(xs), len(ys))
	return tf(d, s, av...), tf(d, s, bv...)
}

// gridI is gridF for integers.
func gridI(d ir.DType, xs, ys []int64) (a, b *tensor.Tensor) {
	av := make([]int64, 0, len(xs)*len(ys))
	bv := make([]int64, 0, len(xs)*len(ys))
	for _, x := range xs {
		for _, y := range ys {
			av, bv = append(av, x), append(bv, y)
		}
	}
	s := sh(len(xs), len(ys))
	return ti(d, s, av...), ti(d, s, bv...)
}

// wrapTo reinterprets the low bits of x as a value of integer dtype d.
func wrapTo(d ir.DType, x int64) int64 { return ti(d, nil, x).Int64s()[0] }

// widthOf is the bit width of an integer dtype.
func widthOf(d ir.DType) int64 { return int64(8 * d.Size()) }
