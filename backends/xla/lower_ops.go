package xla

import (
	"fmt"
	"math"

	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
	"github.com/gomlx/go-xla/pkg/types/shapes"

	"github.com/kiln-ml/kiln/ir"
)

var unaryOps = map[ir.Op]func(*stablehlo.Value) (*stablehlo.Value, error){
	ir.OpNeg: stablehlo.Negate, ir.OpAbs: stablehlo.Abs, ir.OpExp: stablehlo.Exponential,
	ir.OpLog: stablehlo.Log, ir.OpLog1p: stablehlo.LogPlusOne, ir.OpSqrt: stablehlo.Sqrt,
	ir.OpRsqrt: stablehlo.Rsqrt, ir.OpTanh: stablehlo.Tanh, ir.OpErf: stablehlo.Erf,
	ir.OpSin: stablehlo.Sine, ir.OpCos: stablehlo.Cosine, ir.OpSigmoid: stablehlo.Logistic,
	ir.OpSign: stablehlo.Sign, ir.OpFloor: stablehlo.Floor, ir.OpCeil: stablehlo.Ceil,
	ir.OpRound: stablehlo.RoundNearestEven, ir.OpNot: stablehlo.Not, ir.OpIsFinite: stablehlo.IsFinite,
}

func (l *lowerer) unary(op ir.Op, x *stablehlo.Value, d ir.DType) (*stablehlo.Value, error) {
	if d == ir.Uint8 {
		// StableHLO's signed-only ops, on unsigned bytes: -x wraps, |x| = x,
		// sign(x) is 0 or 1.
		switch op {
		case ir.OpNeg:
			z, err := l.fullInt(d, 0, x)
			if err != nil {
				return nil, err
			}
			return stablehlo.Subtract(z, x)
		case ir.OpAbs:
			return x, nil
		case ir.OpSign:
			nz, err := l.convert(x, d, ir.Bool)
			if err != nil {
				return nil, err
			}
			return l.convert(nz, ir.Bool, d)
		}
	}
	f, ok := unaryOps[op]
	if !ok {
		return nil, fmt.Errorf("no unary lowering for %s", op)
	}
	return f(x)
}

var binaryOps = map[ir.Op]func(a, b *stablehlo.Value) (*stablehlo.Value, error){
	ir.OpAdd: stablehlo.Add, ir.OpSub: stablehlo.Subtract, ir.OpMul: stablehlo.Multiply,
	ir.OpDiv: stablehlo.Divide, ir.OpPow: stablehlo.Power, ir.OpMax: stablehlo.Maximum,
	ir.OpMin: stablehlo.Minimum, ir.OpAnd: stablehlo.And, ir.OpOr: stablehlo.Or, ir.OpXor: stablehlo.Xor,
	ir.OpRemainder: stablehlo.Remainder, ir.OpShiftLeft: stablehlo.ShiftLeft,
	ir.OpShiftRightLogical: stablehlo.ShiftRightLogical, ir.OpShiftRightArithmetic: stablehlo.ShiftRightArithmetic,
}

func (l *lowerer) binary(op ir.Op, a, b *stablehlo.Value, t ir.Type) (*stablehlo.Value, error) {
	d := t.DType
	if d == ir.Bool {
		switch op {
		case ir.OpMax:
			op = ir.OpOr
		case ir.OpMin:
			op = ir.OpAnd
		}
	}
	if !d.IsFloat() && d != ir.Bool && (op == ir.OpDiv || op == ir.OpRemainder) {
		return l.intDivRem(op, a, b, d)
	}
	f, ok := binaryOps[op]
	if !ok {
		return nil, fmt.Errorf("no binary lowering for %s", op)
	}
	return f(a, b)
}

// intDivRem makes integer division total, as the IR defines it: x/0 = -1
// (all bits set), x%0 = x, MinInt/-1 = MinInt and MinInt%-1 = 0.
func (l *lowerer) intDivRem(op ir.Op, a, b *stablehlo.Value, d ir.DType) (*stablehlo.Value, error) {
	zero, err := l.fullInt(d, 0, a)
	if err != nil {
		return nil, err
	}
	one, err := l.fullInt(d, 1, a)
	if err != nil {
		return nil, err
	}
	isZero, err := l.compare(b, zero, ir.EQ, d)
	if err != nil {
		return nil, err
	}
	bad := isZero
	var ovf *stablehlo.Value
	if d.IsSigned() {
		minV, err := l.fullInt(d, -1<<(8*d.Size()-1), a)
		if err != nil {
			return nil, err
		}
		negOne, err := l.fullInt(d, -1, a)
		if err != nil {
			return nil, err
		}
		isMin, err := l.compare(a, minV, ir.EQ, d)
		if err != nil {
			return nil, err
		}
		isNeg1, err := l.compare(b, negOne, ir.EQ, d)
		if err != nil {
			return nil, err
		}
		if ovf, err = stablehlo.And(isMin, isNeg1); err != nil {
			return nil, err
		}
		if bad, err = stablehlo.Or(isZero, ovf); err != nil {
			return nil, err
		}
	}
	safe, err := stablehlo.Select(bad, one, b)
	if err != nil {
		return nil, err
	}
	var r, onOvf, onZero *stablehlo.Value
	if op == ir.OpDiv {
		r, err = stablehlo.Divide(a, safe)
		onOvf = a
		if err == nil {
			onZero, err = l.fullInt(d, -1, a)
		}
	} else {
		r, err = stablehlo.Remainder(a, safe)
		onOvf, onZero = zero, a
	}
	if err != nil {
		return nil, err
	}
	if ovf != nil {
		if r, err = stablehlo.Select(ovf, onOvf, r); err != nil {
			return nil, err
		}
	}
	return stablehlo.Select(isZero, onZero, r)
}

// closure2 builds a binary scalar combiner (lhs, rhs) -> f(lhs, rhs).
func (l *lowerer) closure2(d ir.DType, f func(a, b *stablehlo.Value) (*stablehlo.Value, error)) (*stablehlo.Function, error) {
	dt, err := dtypeOf(d)
	if err != nil {
		return nil, err
	}
	l.closures++
	c := l.fn.Closure()
	x, err := c.NamedInput(fmt.Sprintf("c%d_lhs", l.closures), shapes.Make(dt))
	if err != nil {
		return nil, err
	}
	y, err := c.NamedInput(fmt.Sprintf("c%d_rhs", l.closures), shapes.Make(dt))
	if err != nil {
		return nil, err
	}
	r, err := f(x, y)
	if err != nil {
		return nil, err
	}
	return c, c.Return(r)
}

// reduce: floats of 16 bits accumulate in f32 (the IR rounds once).
func (l *lowerer) reduce(x *stablehlo.Value, t ir.Type, a *ir.ReduceAttrs) (*stablehlo.Value, error) {
	d := t.DType
	acc := d
	if (d == ir.Float16 || d == ir.BFloat16) && (a.Kind == ir.ReduceSum || a.Kind == ir.ReduceProd) {
		acc = ir.Float32
		var err error
		if x, err = l.convert(x, d, acc); err != nil {
			return nil, err
		}
	}
	var init *stablehlo.Value
	var op ir.Op
	var err error
	switch a.Kind {
	case ir.ReduceSum:
		op = ir.OpAdd
		init, err = l.scalarInt(acc, 0)
	case ir.ReduceProd:
		op = ir.OpMul
		init, err = l.scalarInt(acc, 1)
	case ir.ReduceMax, ir.ReduceMin:
		op = ir.OpMax
		if a.Kind == ir.ReduceMin {
			op = ir.OpMin
		}
		lo, hi := rangeOf(acc)
		if acc.IsFloat() {
			v := math.Inf(-1)
			if a.Kind == ir.ReduceMin {
				v = math.Inf(1)
			}
			init, err = l.scalar(acc, v)
		} else if a.Kind == ir.ReduceMax {
			init, err = l.scalarInt(acc, lo)
		} else {
			init, err = l.scalarInt(acc, hi)
		}
	default:
		return nil, fmt.Errorf("invalid reduce kind %d", a.Kind)
	}
	if err != nil {
		return nil, err
	}
	if acc == ir.Bool {
		switch op {
		case ir.OpAdd, ir.OpMax:
			op = ir.OpOr
		case ir.OpMul, ir.OpMin:
			op = ir.OpAnd
		}
	}
	comb, err := l.closure2(acc, binaryOps[op])
	if err != nil {
		return nil, err
	}
	r, err := stablehlo.Reduce(x, init, comb, a.Axes...)
	if err != nil {
		return nil, err
	}
	return l.convert(r, acc, d)
}

// rangeOf is the lowest and highest value of an integer or bool dtype.
func rangeOf(d ir.DType) (lo, hi int64) {
	switch d {
	case ir.Bool:
		return 0, 1
	case ir.Uint8:
		return 0, 255
	}
	if !d.IsInt() {
		return 0, 0
	}
	n := 8 * d.Size()
	return -1 << (n - 1), 1<<(n-1) - 1
}

// argReduce finds the first index of the extreme value along the axis
// with plain reductions, which XLA emits as fast parallel kernels: m =
// max (or min) over the axis, then the smallest index where x == m; for
// floats the first NaN wins (NaN counts as the extreme), found the same
// way. The sentinel n (the axis size) marks "no such index".
func (l *lowerer) argReduce(x *stablehlo.Value, t ir.Type, a *ir.ArgAttrs, isMax bool) (*stablehlo.Value, error) {
	d := t.DType
	n := t.Shape[a.Axis]
	rt := ir.Type{DType: a.Out, Shape: append(append(ir.Shape{}, t.Shape[:a.Axis]...), t.Shape[a.Axis+1:]...)}
	if n == 0 || rt.Shape.NumElements() == 0 {
		return l.zeros(rt)
	}
	kind := ir.ReduceMax
	if !isMax {
		kind = ir.ReduceMin
	}
	m, err := l.reduce(x, t, &ir.ReduceAttrs{Kind: kind, Axes: []int{a.Axis}})
	if err != nil {
		return nil, err
	}
	var keep []int
	for dd := range t.Shape {
		if dd != a.Axis {
			keep = append(keep, dd)
		}
	}
	sh, err := shapeOf(t)
	if err != nil {
		return nil, err
	}
	mb, err := stablehlo.BroadcastInDim(m, sh, keep)
	if err != nil {
		return nil, err
	}
	idx, err := l.fn.Iota(shapes.Make(dtypes.Int64, t.Shape...), a.Axis)
	if err != nil {
		return nil, err
	}
	big, err := l.fullInt(ir.Int64, int64(n), idx)
	if err != nil {
		return nil, err
	}
	it := ir.Type{DType: ir.Int64, Shape: t.Shape}
	firstWhere := func(p *stablehlo.Value) (*stablehlo.Value, error) {
		c, err := stablehlo.Select(p, idx, big)
		if err != nil {
			return nil, err
		}
		return l.reduce(c, it, &ir.ReduceAttrs{Kind: ir.ReduceMin, Axes: []int{a.Axis}})
	}
	eq, err := l.compare(x, mb, ir.EQ, d)
	if err != nil {
		return nil, err
	}
	r, err := firstWhere(eq)
	if err != nil {
		return nil, err
	}
	if d.IsFloat() {
		isNaN, err := l.compare(x, x, ir.NE, d)
		if err != nil {
			return nil, err
		}
		nanAt, err := firstWhere(isNaN)
		if err != nil {
			return nil, err
		}
		bigR, err := l.fullInt(ir.Int64, int64(n), nanAt)
		if err != nil {
			return nil, err
		}
		has, err := l.compare(nanAt, bigR, ir.LT, ir.Int64)
		if err != nil {
			return nil, err
		}
		if r, err = stablehlo.Select(has, nanAt, r); err != nil {
			return nil, err
		}
	}
	return l.convert(r, ir.Int64, a.Out)
}

// gather lowers tf.gather(params, indices, axis, batch_dims) with clamped
// indices (StableHLO clamps start indices so the size-1 slice fits).
func (l *lowerer) gather(x, idx *stablehlo.Value, xt, it ir.Type, a *ir.GatherAttrs, rt ir.Type) (*stablehlo.Value, error) {
	if xt.Shape[a.Axis] == 0 || rt.Shape.NumElements() == 0 {
		return l.zeros(rt)
	}
	idx, err := l.convert(idx, it.DType, ir.Int64)
	if err != nil {
		return nil, err
	}
	R, bd, mid := xt.Shape.Rank(), a.BatchDims, it.Shape.Rank()-a.BatchDims
	var offset, batch []int
	sizes := make([]int, R)
	for d := 0; d < R; d++ {
		sizes[d] = xt.Shape[d]
		switch {
		case d < bd:
			batch = append(batch, d)
			sizes[d] = 1
		case d == a.Axis:
			sizes[d] = 1
		case d < a.Axis:
			offset = append(offset, d)
		default:
			offset = append(offset, d-1+mid)
		}
	}
	return stablehlo.Gather(x, idx, it.Shape.Rank(), offset, []int{a.Axis}, batch, batch, []int{a.Axis}, sizes, false)
}

// scatterAdd adds updates where gather would read; out-of-range indices
// are skipped (StableHLO skips windows that do not fit).
func (l *lowerer) scatterAdd(x, idx, up *stablehlo.Value, xt, it, ut ir.Type, a *ir.GatherAttrs) (*stablehlo.Value, error) {
	if ut.Shape.NumElements() == 0 || xt.Shape.NumElements() == 0 {
		return x, nil
	}
	idx, err := l.convert(idx, it.DType, ir.Int64)
	if err != nil {
		return nil, err
	}
	d := xt.DType
	op := ir.OpAdd
	if d == ir.Bool {
		op = ir.OpOr
	}
	comb, err := l.closure2(d, binaryOps[op])
	if err != nil {
		return nil, err
	}
	R, bd, mid := xt.Shape.Rank(), a.BatchDims, it.Shape.Rank()-a.BatchDims
	var window, batch []int
	for dd := 0; dd < R; dd++ {
		switch {
		case dd < bd:
			batch = append(batch, dd)
		case dd == a.Axis:
		case dd < a.Axis:
			window = append(window, dd)
		default:
			window = append(window, dd-1+mid)
		}
	}
	return stablehlo.Scatter(x, idx, up, window, []int{a.Axis}, batch, batch, []int{a.Axis}, it.Shape.Rank(), false, false, comb)
}

// zeros is a zero tensor of type t.
func (l *lowerer) zeros(t ir.Type) (*stablehlo.Value, error) {
	s, err := l.scalarInt(t.DType, 0)
	if err != nil {
		return nil, err
	}
	sh, err := shapeOf(t)
	if err != nil {
		return nil, err
	}
	return stablehlo.BroadcastInDim(s, sh, nil)
}

// precision: f32/f64 products run at full precision (no TF32).
func precision(d ir.DType) types.DotGeneralPrecisionType {
	if d == ir.Float32 || d == ir.Float64 {
		return types.DotGeneralPrecisionHighest
	}
	return types.DotGeneralPrecisionDefault
}

func (l *lowerer) dot(x, y *stablehlo.Value, d ir.DType, a *ir.DotAttrs) (*stablehlo.Value, error) {
	if !d.IsFloat() && d != a.Out {
		var err error
		if x, err = l.convert(x, d, a.Out); err != nil {
			return nil, err
		}
		if y, err = l.convert(y, d, a.Out); err != nil {
			return nil, err
		}
		d = a.Out
	}
	if r, ok, err := l.gemv(x, y, d, a); ok || err != nil {
		return r, err
	}
	b := stablehlo.DotGeneral(x, a.LhsContract, a.LhsBatch, y, a.RhsContract, a.RhsBatch).
		Precision(precision(d), precision(d))
	if d != a.Out {
		od, err := dtypeOf(a.Out)
		if err != nil {
			return nil, err
		}
		b = b.OutputDType(od)
	}
	return b.Done()
}

// gemv lowers a float dot whose lhs is a single vector (no batch dims,
// every free dim of size 1: a decode step's projections) as multiply and
// reduce in f32 (f64 stays f64), so XLA emits a row reduction over the
// weight instead of a Triton GEMM whose M = 1 tiling runs 32-48 blocks on
// 132 SMs. Off by default: on an H200 it was slower for llama-1b decode
// (318 vs 354 tok/s, two runs each) and within noise for llama-8b; set
// KILN_XLA_GEMV=1 to use it. ok is false when it does not apply.
func (l *lowerer) gemv(x, y *stablehlo.Value, d ir.DType, a *ir.DotAttrs) (r *stablehlo.Value, ok bool, err error) {
	xs, ys := x.Shape().Dimensions, y.Shape().Dimensions
	if !l.useGEMV || !d.IsFloat() || len(a.LhsBatch) > 0 || len(a.LhsContract) == 0 {
		return nil, false, nil
	}
	isC := map[int]bool{}
	for _, c := range a.LhsContract {
		isC[c] = true
	}
	var perm []int
	for i, n := range xs {
		if !isC[i] {
			if n != 1 {
				return nil, false, nil
			}
			perm = append(perm, i)
		}
	}
	nfree := len(perm)
	perm = append(perm, a.LhsContract...)
	for i := 1; i < len(a.RhsContract); i++ {
		if a.RhsContract[i] <= a.RhsContract[i-1] {
			return nil, false, nil
		}
	}
	rfree := 1
	var csizes, outDims []int
	for i := 0; i < nfree; i++ {
		outDims = append(outDims, 1)
	}
	rc := map[int]bool{}
	for _, c := range a.RhsContract {
		rc[c] = true
	}
	for i, n := range ys {
		if !rc[i] {
			rfree *= n
			outDims = append(outDims, n)
		}
	}
	for _, c := range a.LhsContract {
		csizes = append(csizes, xs[c])
	}
	if rfree < 256 {
		return nil, false, nil // small: leave it to XLA's dot
	}
	acc := ir.Float32
	if d == ir.Float64 {
		acc = ir.Float64
	}
	adt, _ := dtypeOf(acc)
	if x, err = l.convert(x, d, acc); err != nil {
		return nil, true, err
	}
	if y, err = l.convert(y, d, acc); err != nil {
		return nil, true, err
	}
	if x, err = stablehlo.Transpose(x, perm...); err != nil {
		return nil, true, err
	}
	if x, err = stablehlo.Reshape(x, shapes.Make(adt, csizes...)); err != nil {
		return nil, true, err
	}
	if x, err = stablehlo.BroadcastInDim(x, shapes.Make(adt, ys...), a.RhsContract); err != nil {
		return nil, true, err
	}
	p, err := stablehlo.Multiply(x, y)
	if err != nil {
		return nil, true, err
	}
	sum, err := l.reduce(p, ir.Type{DType: acc, Shape: ir.Shape(ys)}, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: a.RhsContract})
	if err != nil {
		return nil, true, err
	}
	if sum, err = stablehlo.Reshape(sum, shapes.Make(adt, outDims...)); err != nil {
		return nil, true, err
	}
	r, err = l.convert(sum, acc, a.Out)
	return r, true, err
}

func (l *lowerer) conv(x, k *stablehlo.Value, xt ir.Type, a *ir.ConvAttrs) (*stablehlo.Value, error) {
	n := xt.Shape.Rank() - 2
	pads := make([][2]int, n)
	spatial := make([]int, n)
	for i := range pads {
		pads[i] = [2]int{a.PadLow[i], a.PadHigh[i]}
		spatial[i] = i + 2
	}
	p := precision(xt.DType)
	return stablehlo.Convolution(x, k, a.Strides, pads, nil, a.Dilation,
		0, 1, spatial, 1, 0, spatial, 0, 1, spatial, a.Groups, 1, p, p)
}
