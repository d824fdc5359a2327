package ir

import (
	"errors"
	"fmt"
	"math"
)

// Shape rules: one per op-table row (named in the Shape column). Each
// receives the operand types and the attrs (already checked to be of the
// op's attrs type) and returns the result type or why the operands are
// invalid.

func shapeDeclared(args []Type, attrs any) (Type, error) {
	return Type{}, errors.New("source ops have declared types")
}

func checkDType(t Type) error {
	if !t.DType.Valid() {
		return fmt.Errorf("invalid dtype %s", t.DType)
	}
	for _, d := range t.Shape {
		if d < 0 {
			return fmt.Errorf("negative dimension in %s", t.Shape)
		}
	}
	return nil
}

func shapeSameNumeric(args []Type, _ any) (Type, error) {
	if args[0].DType == Bool {
		return Type{}, errors.New("bool operand, want a number")
	}
	return args[0], checkDType(args[0])
}

func shapeSameFloat(args []Type, _ any) (Type, error) {
	if !args[0].DType.IsFloat() {
		return Type{}, fmt.Errorf("dtype %s, want a float type", args[0].DType)
	}
	return args[0], nil
}

func shapeAxisFloat(args []Type, attrs any) (Type, error) {
	if ax := attrs.(*AxisAttrs).Axis; ax < 0 || ax >= args[0].Shape.Rank() {
		return Type{}, fmt.Errorf("axis %d out of range for rank %d", ax, args[0].Shape.Rank())
	}
	return shapeSameFloat(args, attrs)
}

// finiteNonNegative reports whether x is a finite number >= 0.
func finiteNonNegative(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

func shapeSameBoolOrInt(args []Type, _ any) (Type, error) {
	if d := args[0].DType; d != Bool && !d.IsInt() {
		return Type{}, fmt.Errorf("dtype %s, want bool or an integer type", d)
	}
	return args[0], nil
}

func shapeIsFinite(args []Type, _ any) (Type, error) {
	if !args[0].DType.IsFloat() {
		return Type{}, fmt.Errorf("dtype %s, want a float type", args[0].DType)
	}
	return Type{Bool, args[0].Shape}, nil
}

func sameTypes(args []Type) error {
	for _, a := range args[1:] {
		if !a.Equal(args[0]) {
			return errors.New("operand types differ (the IR does not broadcast: use broadcast_in_dim)")
		}
	}
	return checkDType(args[0])
}

func shapeBinaryAny(args []Type, _ any) (Type, error) { return args[0], sameTypes(args) }

func shapeBinaryNumeric(args []Type, a any) (Type, error) {
	if err := sameTypes(args); err != nil {
		return Type{}, err
	}
	return shapeSameNumeric(args, a)
}

func shapeBinaryFloat(args []Type, a any) (Type, error) {
	if err := sameTypes(args); err != nil {
		return Type{}, err
	}
	return shapeSameFloat(args, a)
}

func shapeBinaryBoolOrInt(args []Type, a any) (Type, error) {
	if err := sameTypes(args); err != nil {
		return Type{}, err
	}
	return shapeSameBoolOrInt(args, a)
}

func shapeBinaryInt(args []Type, _ any) (Type, error) {
	if err := sameTypes(args); err != nil {
		return Type{}, err
	}
	if !args[0].DType.IsInt() {
		return Type{}, fmt.Errorf("dtype %s, want an integer type", args[0].DType)
	}
	return args[0], nil
}

func shapeCompare(args []Type, attrs any) (Type, error) {
	if err := sameTypes(args); err != nil {
		return Type{}, err
	}
	if d := attrs.(*CompareAttrs).Dir; d > GE {
		return Type{}, fmt.Errorf("invalid comparison %d", d)
	}
	return Type{Bool, args[0].Shape}, nil
}

func shapeSelect(args []Type, _ any) (Type, error) {
	if args[0].DType != Bool {
		return Type{}, fmt.Errorf("predicate dtype %s, want bool", args[0].DType)
	}
	if !args[0].Shape.Equal(args[1].Shape) {
		return Type{}, errors.New("predicate shape differs from the values' shape")
	}
	return args[1], sameTypes(args[1:])
}

func shapeConvert(args []Type, attrs any) (Type, error) {
	to := attrs.(*ConvertAttrs).To
	if !to.Valid() {
		return Type{}, fmt.Errorf("invalid target dtype %s", to)
	}
	return Type{to, args[0].Shape}, nil
}

func checkAxes(axes []int, rank int, what string, strictlyIncreasing bool) error {
	for i, a := range axes {
		if a < 0 || a >= rank {
			return fmt.Errorf("%s %v: %d out of range for rank %d", what, axes, a, rank)
		}
		if strictlyIncreasing && i > 0 && a <= axes[i-1] {
			return fmt.Errorf("%s %v must be strictly increasing", what, axes)
		}
	}
	return nil
}

func checkPerm(perm []int, rank int, what string) error {
	if len(perm) != rank {
		return fmt.Errorf("%s %v has %d entries, want %d", what, perm, len(perm), rank)
	}
	seen := make([]bool, rank)
	for _, p := range perm {
		if p < 0 || p >= rank || seen[p] {
			return fmt.Errorf("%s %v is not a permutation of 0..%d", what, perm, rank-1)
		}
		seen[p] = true
	}
	return nil
}

func shapeBroadcast(args []Type, attrs any) (Type, error) {
	a := attrs.(*BroadcastAttrs)
	in := args[0].Shape
	if err := checkDType(Type{args[0].DType, a.Shape}); err != nil {
		return Type{}, err
	}
	if len(a.Dims) != len(in) {
		return Type{}, fmt.Errorf("dims %v has %d entries, want operand rank %d", a.Dims, len(a.Dims), len(in))
	}
	if err := checkAxes(a.Dims, len(a.Shape), "dims", true); err != nil {
		return Type{}, err
	}
	for i, d := range a.Dims {
		if in[i] != 1 && in[i] != a.Shape[d] {
			return Type{}, fmt.Errorf("operand dim %d (size %d) cannot broadcast to result dim %d (size %d)", i, in[i], d, a.Shape[d])
		}
	}
	return Type{args[0].DType, a.Shape.Clone()}, nil
}

func shapeReshape(args []Type, attrs any) (Type, error) {
	s := attrs.(*ReshapeAttrs).Shape
	if err := checkDType(Type{args[0].DType, s}); err != nil {
		return Type{}, err
	}
	if s.NumElements() != args[0].Shape.NumElements() {
		return Type{}, fmt.Errorf("cannot reshape %s (%d elements) to %s (%d elements)", args[0].Shape, args[0].Shape.NumElements(), s, s.NumElements())
	}
	return Type{args[0].DType, s.Clone()}, nil
}

func shapeTranspose(args []Type, attrs any) (Type, error) {
	p := attrs.(*TransposeAttrs).Perm
	in := args[0].Shape
	if err := checkPerm(p, len(in), "perm"); err != nil {
		return Type{}, err
	}
	out := make(Shape, len(p))
	for i, d := range p {
		out[i] = in[d]
	}
	return Type{args[0].DType, out}, nil
}

func shapeSlice(args []Type, attrs any) (Type, error) {
	a := attrs.(*SliceAttrs)
	in := args[0].Shape
	if len(a.Start) != len(in) || len(a.Limit) != len(in) || len(a.Stride) != len(in) {
		return Type{}, fmt.Errorf("start/limit/stride need %d entries each", len(in))
	}
	out := make(Shape, len(in))
	for i := range in {
		s, l, st := a.Start[i], a.Limit[i], a.Stride[i]
		if st < 1 || s < 0 || l < s || l > in[i] {
			return Type{}, fmt.Errorf("dim %d: slice [%d:%d:%d] invalid for size %d", i, s, l, st, in[i])
		}
		out[i] = (l - s + st - 1) / st
	}
	return Type{args[0].DType, out}, nil
}

func checkIndexScalars(idx []Type, rank int) error {
	if len(idx) != rank {
		return fmt.Errorf("%d start indices, want one per dim (%d)", len(idx), rank)
	}
	for i, t := range idx {
		if !t.DType.IsInt() || t.Shape.Rank() != 0 {
			return fmt.Errorf("start index %d is %s, want an integer scalar", i, t)
		}
	}
	return nil
}

func shapeDynamicSlice(args []Type, attrs any) (Type, error) {
	sz := attrs.(*DynamicSliceAttrs).Sizes
	in := args[0].Shape
	if err := checkIndexScalars(args[1:], len(in)); err != nil {
		return Type{}, err
	}
	if len(sz) != len(in) {
		return Type{}, fmt.Errorf("sizes %v need %d entries", sz, len(in))
	}
	for i := range in {
		if sz[i] < 0 || sz[i] > in[i] {
			return Type{}, fmt.Errorf("dim %d: size %d exceeds %d", i, sz[i], in[i])
		}
	}
	return Type{args[0].DType, Shape(sz).Clone()}, nil
}

func shapeDynamicUpdateSlice(args []Type, _ any) (Type, error) {
	in, up := args[0], args[1]
	if up.DType != in.DType || up.Shape.Rank() != in.Shape.Rank() {
		return Type{}, errors.New("update must have the operand's dtype and rank")
	}
	for i := range in.Shape {
		if up.Shape[i] > in.Shape[i] {
			return Type{}, fmt.Errorf("dim %d: update size %d exceeds %d", i, up.Shape[i], in.Shape[i])
		}
	}
	return in, checkIndexScalars(args[2:], in.Shape.Rank())
}

func shapeConcat(args []Type, attrs any) (Type, error) {
	ax := attrs.(*ConcatAttrs).Axis
	first := args[0]
	if ax < 0 || ax >= first.Shape.Rank() {
		return Type{}, fmt.Errorf("axis %d out of range for rank %d", ax, first.Shape.Rank())
	}
	out := first.Shape.Clone()
	for _, a := range args[1:] {
		if a.DType != first.DType || a.Shape.Rank() != first.Shape.Rank() {
			return Type{}, errors.New("operands must share dtype and rank")
		}
		for i := range a.Shape {
			if i != ax && a.Shape[i] != first.Shape[i] {
				return Type{}, fmt.Errorf("dim %d differs (%d vs %d)", i, a.Shape[i], first.Shape[i])
			}
		}
		out[ax] += a.Shape[ax]
	}
	return Type{first.DType, out}, nil
}

func shapePad(args []Type, attrs any) (Type, error) {
	a := attrs.(*PadAttrs)
	in := args[0].Shape
	if args[1].Shape.Rank() != 0 || args[1].DType != args[0].DType {
		return Type{}, errors.New("padding value must be a scalar of the operand's dtype")
	}
	if len(a.Low) != len(in) || len(a.High) != len(in) || len(a.Interior) != len(in) {
		return Type{}, fmt.Errorf("low/high/interior need %d entries each", len(in))
	}
	out := make(Shape, len(in))
	for i, n := range in {
		if a.Interior[i] < 0 {
			return Type{}, fmt.Errorf("dim %d: negative interior padding", i)
		}
		core := n
		if n > 0 {
			core = n + (n-1)*a.Interior[i]
		}
		out[i] = a.Low[i] + core + a.High[i]
		if out[i] < 0 {
			return Type{}, fmt.Errorf("dim %d: padding gives negative size %d", i, out[i])
		}
	}
	return Type{args[0].DType, out}, nil
}

func gatherShape(op, idx Type, a *GatherAttrs) (Shape, error) {
	if !idx.DType.IsInt() {
		return nil, fmt.Errorf("indices dtype %s, want an integer type", idx.DType)
	}
	if a.BatchDims < 0 || a.BatchDims > a.Axis || a.Axis >= op.Shape.Rank() || a.BatchDims > idx.Shape.Rank() {
		return nil, fmt.Errorf("axis %d / batch_dims %d invalid for operand rank %d, indices rank %d", a.Axis, a.BatchDims, op.Shape.Rank(), idx.Shape.Rank())
	}
	for i := 0; i < a.BatchDims; i++ {
		if op.Shape[i] != idx.Shape[i] {
			return nil, fmt.Errorf("batch dim %d differs: operand %d, indices %d", i, op.Shape[i], idx.Shape[i])
		}
	}
	out := append(Shape{}, op.Shape[:a.Axis]...)
	out = append(out, idx.Shape[a.BatchDims:]...)
	return append(out, op.Shape[a.Axis+1:]...), nil
}

func shapeGather(args []Type, attrs any) (Type, error) {
	s, err := gatherShape(args[0], args[1], attrs.(*GatherAttrs))
	return Type{args[0].DType, s}, err
}

func shapeScatterAdd(args []Type, attrs any) (Type, error) {
	s, err := gatherShape(args[0], args[1], attrs.(*GatherAttrs))
	if err != nil {
		return Type{}, err
	}
	if args[2].DType != args[0].DType || !args[2].Shape.Equal(s) {
		return Type{}, fmt.Errorf("updates must be %s", Type{args[0].DType, s})
	}
	return args[0], nil
}

func shapeReduce(args []Type, attrs any) (Type, error) {
	a := attrs.(*ReduceAttrs)
	in := args[0].Shape
	if a.Kind > ReduceProd {
		return Type{}, fmt.Errorf("invalid reduce kind %d", a.Kind)
	}
	if err := checkAxes(a.Axes, len(in), "axes", true); err != nil {
		return Type{}, err
	}
	return Type{args[0].DType, removeAxes(in, a.Axes)}, nil
}

func removeAxes(in Shape, axes []int) Shape {
	out := Shape{}
	j := 0
	for i, d := range in {
		if j < len(axes) && axes[j] == i {
			j++
			continue
		}
		out = append(out, d)
	}
	return out
}

func shapeArg(args []Type, attrs any) (Type, error) {
	a := attrs.(*ArgAttrs)
	in := args[0]
	if in.DType == Bool {
		return Type{}, errors.New("bool operand")
	}
	if a.Axis < 0 || a.Axis >= in.Shape.Rank() || in.Shape[a.Axis] == 0 {
		return Type{}, fmt.Errorf("axis %d invalid for %s (must exist and be non-empty)", a.Axis, in.Shape)
	}
	if a.Out != Int32 && a.Out != Int64 {
		return Type{}, fmt.Errorf("out dtype %s, want i32 or i64", a.Out)
	}
	return Type{a.Out, removeAxes(in.Shape, []int{a.Axis})}, nil
}

func shapeDot(args []Type, attrs any) (Type, error) {
	a := attrs.(*DotAttrs)
	l, r := args[0], args[1]
	if l.DType != r.DType || l.DType == Bool {
		return Type{}, errors.New("operands must share a numeric dtype")
	}
	if !a.Out.Valid() || a.Out == Bool || a.Out.IsFloat() != l.DType.IsFloat() {
		return Type{}, fmt.Errorf("out dtype %s invalid for %s operands", a.Out, l.DType)
	}
	if len(a.LhsBatch) != len(a.RhsBatch) || len(a.LhsContract) != len(a.RhsContract) {
		return Type{}, errors.New("batch and contracting dims must pair up")
	}
	lused := make([]bool, l.Shape.Rank())
	rused := make([]bool, r.Shape.Rank())
	mark := func(dims []int, used []bool, side string) error {
		for _, d := range dims {
			if d < 0 || d >= len(used) || used[d] {
				return fmt.Errorf("%s dim %d out of range or repeated", side, d)
			}
			used[d] = true
		}
		return nil
	}
	for _, e := range []error{mark(a.LhsBatch, lused, "lhs"), mark(a.LhsContract, lused, "lhs"), mark(a.RhsBatch, rused, "rhs"), mark(a.RhsContract, rused, "rhs")} {
		if e != nil {
			return Type{}, e
		}
	}
	out := Shape{}
	for i := range a.LhsBatch {
		if l.Shape[a.LhsBatch[i]] != r.Shape[a.RhsBatch[i]] {
			return Type{}, fmt.Errorf("batch dims %d/%d differ", a.LhsBatch[i], a.RhsBatch[i])
		}
		out = append(out, l.Shape[a.LhsBatch[i]])
	}
	for i := range a.LhsContract {
		if l.Shape[a.LhsContract[i]] != r.Shape[a.RhsContract[i]] {
			return Type{}, fmt.Errorf("contracting dims %d/%d differ (%d vs %d)", a.LhsContract[i], a.RhsContract[i], l.Shape[a.LhsContract[i]], r.Shape[a.RhsContract[i]])
		}
	}
	for i, d := range l.Shape {
		if !lused[i] {
			out = append(out, d)
		}
	}
	for i, d := range r.Shape {
		if !rused[i] {
			out = append(out, d)
		}
	}
	return Type{a.Out, out}, nil
}

func shapeConv(args []Type, attrs any) (Type, error) {
	a := attrs.(*ConvAttrs)
	in, k := args[0], args[1]
	if in.DType != k.DType || !in.DType.IsFloat() {
		return Type{}, errors.New("input and kernel must share a float dtype")
	}
	n := in.Shape.Rank() - 2
	if n < 1 || k.Shape.Rank() != n+2 {
		return Type{}, errors.New("input (N,C,spatial...) and kernel (O,C/groups,spatial...) need equal rank >= 3")
	}
	if len(a.Strides) != n || len(a.PadLow) != n || len(a.PadHigh) != n || len(a.Dilation) != n {
		return Type{}, fmt.Errorf("strides/pad_low/pad_high/dilation need %d entries each", n)
	}
	g := a.Groups
	if g < 1 || in.Shape[1]%g != 0 || k.Shape[0]%g != 0 || in.Shape[1]/g != k.Shape[1] {
		return Type{}, fmt.Errorf("groups %d incompatible with %d input channels and kernel %s", g, in.Shape[1], k.Shape)
	}
	out := Shape{in.Shape[0], k.Shape[0]}
	for i := 0; i < n; i++ {
		if a.Strides[i] < 1 || a.Dilation[i] < 1 {
			return Type{}, errors.New("strides and dilation must be >= 1")
		}
		span := (k.Shape[i+2]-1)*a.Dilation[i] + 1
		padded := in.Shape[i+2] + a.PadLow[i] + a.PadHigh[i]
		if padded < span {
			out = append(out, 0)
			continue
		}
		out = append(out, (padded-span)/a.Strides[i]+1)
	}
	return Type{in.DType, out}, nil
}

func shapeRNG(args []Type, attrs any) (Type, error) {
	a := attrs.(*RNGAttrs)
	if args[0].DType != Int64 || args[0].Shape.Rank() != 0 {
		return Type{}, fmt.Errorf("key is %s, want i64[]", args[0])
	}
	if !a.DType.IsFloat() || a.Dist > Normal {
		return Type{}, errors.New("rng needs a float dtype and a known distribution")
	}
	t := Type{a.DType, a.Shape.Clone()}
	return t, checkDType(t)
}

func shapeNorm(args []Type, attrs any) (Type, error) {
	x := args[0]
	if eps := attrs.(*NormAttrs).Eps; !finiteNonNegative(eps) {
		return Type{}, fmt.Errorf("eps %v must be finite and >= 0", eps)
	}
	if !x.DType.IsFloat() {
		return Type{}, fmt.Errorf("dtype %s, want a float type", x.DType)
	}
	for _, w := range args[1:] {
		r := w.Shape.Rank()
		if w.DType != x.DType || r < 1 || r > x.Shape.Rank() || !w.Shape.Equal(x.Shape[x.Shape.Rank()-r:]) {
			return Type{}, errors.New("weight/bias must match the trailing dims and dtype of x")
		}
		if !w.Shape.Equal(args[1].Shape) {
			return Type{}, errors.New("weight and bias shapes differ")
		}
	}
	return x, nil
}

func shapeAttention(args []Type, attrs any) (Type, error) {
	a := attrs.(*AttentionAttrs)
	want := 3
	for _, f := range []bool{a.HasMask, a.HasPositions, a.HasSinks} {
		if f {
			want++
		}
	}
	if len(args) != want {
		return Type{}, fmt.Errorf("%d operands, the flags ask for %d", len(args), want)
	}
	q, k, v := args[0], args[1], args[2]
	if !q.DType.IsFloat() || k.DType != q.DType || v.DType != q.DType {
		return Type{}, errors.New("q, k, v must share a float dtype")
	}
	if q.Shape.Rank() != 4 || k.Shape.Rank() != 4 || v.Shape.Rank() != 4 {
		return Type{}, errors.New("q, k, v must be (B, H, T, D)")
	}
	b, hq, tq, d := q.Shape[0], q.Shape[1], q.Shape[2], q.Shape[3]
	hkv, tk := k.Shape[1], k.Shape[2]
	if k.Shape[0] != b || v.Shape[0] != b || k.Shape[3] != d || v.Shape[1] != hkv || v.Shape[2] != tk {
		return Type{}, errors.New("k must be (B, Hkv, Tk, D) and v (B, Hkv, Tk, Dv)")
	}
	if hkv == 0 || hq%hkv != 0 {
		return Type{}, fmt.Errorf("query heads %d not a multiple of key/value heads %d", hq, hkv)
	}
	if a.Window < 0 || !finiteNonNegative(a.SoftCap) || math.IsNaN(a.Scale) || math.IsInf(a.Scale, 0) {
		return Type{}, errors.New("window and softcap must be >= 0 (softcap finite), scale finite")
	}
	if a.SymmetricWindow && a.Window == 0 {
		return Type{}, errors.New("symmetric_window needs window > 0")
	}
	mi, pi, si := a.OptionalArgs()
	if mi >= 0 {
		if m := args[mi]; m.DType != Bool || !m.Shape.Equal(Shape{b, tk}) {
			return Type{}, fmt.Errorf("mask is %s, want bool[%d,%d]", m, b, tk)
		}
	}
	if pi >= 0 {
		if p := args[pi]; !p.DType.IsInt() || !(p.Shape.Equal(Shape{tq}) || p.Shape.Equal(Shape{b, tq})) {
			return Type{}, fmt.Errorf("positions are %s, want integer [%d] or [%d,%d]", p, tq, b, tq)
		}
	}
	if si >= 0 {
		if s := args[si]; s.DType != q.DType || !s.Shape.Equal(Shape{hq}) {
			return Type{}, fmt.Errorf("sinks are %s, want %s[%d]", s, q.DType, hq)
		}
	}
	return Type{q.DType, Shape{b, hq, tq, v.Shape[3]}}, nil
}

// shapeAttentionGrad: the operands of the forward Attention (q, k, v,
// mask, positions) must type-check as Attention does, o and do must have
// its result type, and the result is operand wrt's type.
func shapeAttentionGrad(args []Type, attrs any) (Type, error) {
	a := attrs.(*AttentionGradAttrs)
	if a.Wrt < 0 || a.Wrt > 2 {
		return Type{}, fmt.Errorf("wrt = %d, want 0 (q), 1 (k) or 2 (v)", a.Wrt)
	}
	if len(args) < 5 {
		return Type{}, fmt.Errorf("%d operands, want q, k, v, o, do and the flagged mask and positions", len(args))
	}
	fwd := append(append([]Type{}, args[:3]...), args[5:]...)
	o, err := shapeAttention(fwd, a.Forward())
	if err != nil {
		return Type{}, err
	}
	if !args[3].Equal(o) || !args[4].Equal(o) {
		return Type{}, fmt.Errorf("o is %s and do %s, want the attention's %s", args[3], args[4], o)
	}
	return args[a.Wrt], nil
}

// shapeLinearCrossEntropy: h (N, C) float, w (V, C) and the optional bias
// (V) of h's dtype, labels (N) integer; the result is the per-row loss
// (N) in float32 (float64 for float64 operands).
func shapeLinearCrossEntropy(args []Type, attrs any) (Type, error) {
	a := attrs.(*LinearCrossEntropyAttrs)
	h, w, labels := args[0], args[1], args[2]
	if !h.DType.IsFloat() || h.Shape.Rank() != 2 {
		return Type{}, fmt.Errorf("h is %s, want a float (N, C)", h)
	}
	n, c := h.Shape[0], h.Shape[1]
	if w.DType != h.DType || w.Shape.Rank() != 2 || w.Shape[1] != c {
		return Type{}, fmt.Errorf("w is %s, want %s[V,%d]", w, h.DType, c)
	}
	if !labels.DType.IsInt() || !labels.Shape.Equal(Shape{n}) {
		return Type{}, fmt.Errorf("labels are %s, want integer [%d]", labels, n)
	}
	if len(args) == 4 {
		if b := args[3]; b.DType != h.DType || !b.Shape.Equal(Shape{w.Shape[0]}) {
			return Type{}, fmt.Errorf("bias is %s, want %s[%d]", b, h.DType, w.Shape[0])
		}
	}
	if a.ChunkRows < 0 {
		return Type{}, fmt.Errorf("chunk_rows %d, want >= 0 (0: chosen from the vocabulary size)", a.ChunkRows)
	}
	out := Float32
	if h.DType == Float64 {
		out = Float64
	}
	return Type{out, Shape{n}}, nil
}

// shapeExpertMatmul: x (N, S, Cin) with S = K or 1, w (E, Cout, Cin) (or
// (E, Cin, Cout) with TransposeW) of x's float dtype, indices (N, K)
// integer; result (N, K, Cout) in x's dtype.
func shapeExpertMatmul(args []Type, attrs any) (Type, error) {
	a := attrs.(*ExpertMatmulAttrs)
	x, w, idx := args[0], args[1], args[2]
	if !x.DType.IsFloat() {
		return Type{}, fmt.Errorf("x must be a float tensor, got %s", x)
	}
	if w.DType != x.DType {
		return Type{}, fmt.Errorf("weights %s must have x's dtype %s", w, x.DType)
	}
	if !idx.DType.IsInt() || idx.Shape.Rank() != 2 {
		return Type{}, fmt.Errorf("indices must be an integer (N, K) tensor, got %s", idx)
	}
	if x.Shape.Rank() != 3 || w.Shape.Rank() != 3 {
		return Type{}, fmt.Errorf("want x (N, S, Cin) and w (E, Cout, Cin), got %s and %s", x, w)
	}
	n, k := idx.Shape[0], idx.Shape[1]
	if x.Shape[0] != n || (x.Shape[1] != k && x.Shape[1] != 1) {
		return Type{}, fmt.Errorf("x %s must be (%d, %d or 1, Cin) for indices %s", x, n, k, idx)
	}
	cin, cout := w.Shape[2], w.Shape[1]
	if a.TransposeW {
		cin, cout = cout, cin
	}
	if x.Shape[2] != cin {
		return Type{}, fmt.Errorf("x %s has Cin %d but weights %s (transpose_w %v) take %d", x, x.Shape[2], w, a.TransposeW, cin)
	}
	if w.Shape[0] == 0 && n*k > 0 {
		return Type{}, fmt.Errorf("weights %s hold no experts for %d routed rows", w, n*k)
	}
	return Type{x.DType, Shape{n, k, cout}}, nil
}

// shapeQuantMatmul: x (..., K) float, qweight uint8 (N, K*bits/8), scales
// and zeros (N, K/group_size) of one float dtype; result (..., N) in x's
// dtype. See QuantMatmulAttrs for the packing's constraints.
func shapeQuantMatmul(args []Type, attrs any) (Type, error) {
	a := attrs.(*QuantMatmulAttrs)
	x, q, s, z := args[0], args[1], args[2], args[3]
	if a.Bits != 4 && a.Bits != 8 {
		return Type{}, fmt.Errorf("bits = %d, want 4 or 8", a.Bits)
	}
	if !x.DType.IsFloat() || x.Shape.Rank() < 1 {
		return Type{}, fmt.Errorf("x must be a float tensor of rank >= 1, got %s", x)
	}
	k := x.Shape[x.Shape.Rank()-1]
	if a.GroupSize <= 0 || k%a.GroupSize != 0 {
		return Type{}, fmt.Errorf("group_size = %d must be > 0 and divide K = %d", a.GroupSize, k)
	}
	if a.Bits == 4 && a.GroupSize%32 != 0 {
		return Type{}, fmt.Errorf("group_size = %d: 4-bit packing needs a multiple of 32", a.GroupSize)
	}
	if q.DType != Uint8 || q.Shape.Rank() != 2 || q.Shape[1] != k*a.Bits/8 {
		return Type{}, fmt.Errorf("qweight must be uint8 (N, %d) for K = %d at %d bits, got %s", k*a.Bits/8, k, a.Bits, q)
	}
	n, g := q.Shape[0], k/a.GroupSize
	if !s.DType.IsFloat() || !s.Shape.Equal(Shape{n, g}) {
		return Type{}, fmt.Errorf("scales must be float (%d, %d), got %s", n, g, s)
	}
	if z.DType != s.DType || !z.Shape.Equal(s.Shape) {
		return Type{}, fmt.Errorf("zeros %s must have scales' type %s", z, s)
	}
	out := append(Shape{}, x.Shape[:x.Shape.Rank()-1]...)
	return Type{x.DType, append(out, n)}, nil
}

// shapeQuantMatmulCodebook: x (..., K) float, qweight uint8 (N, K/2),
// absmax float32 (N, K/group_size), code float32 (16); result (..., N) in
// x's dtype. See QuantMatmulCodebookAttrs.
func shapeQuantMatmulCodebook(args []Type, attrs any) (Type, error) {
	a := attrs.(*QuantMatmulCodebookAttrs)
	x, q, s, c := args[0], args[1], args[2], args[3]
	switch a.DType {
	case Float32, Float16, BFloat16:
	default:
		return Type{}, fmt.Errorf("dtype = %s: the weights round to float32, float16 or bfloat16", a.DType)
	}
	if !x.DType.IsFloat() || x.Shape.Rank() < 1 {
		return Type{}, fmt.Errorf("x must be a float tensor of rank >= 1, got %s", x)
	}
	k := x.Shape[x.Shape.Rank()-1]
	if a.GroupSize <= 0 || a.GroupSize%32 != 0 || k%a.GroupSize != 0 {
		return Type{}, fmt.Errorf("group_size = %d must be a positive multiple of 32 (the 4-bit packing's block) dividing K = %d", a.GroupSize, k)
	}
	if q.DType != Uint8 || q.Shape.Rank() != 2 || q.Shape[1] != k/2 {
		return Type{}, fmt.Errorf("qweight must be uint8 (N, %d) for K = %d at 4 bits, got %s", k/2, k, q)
	}
	n, g := q.Shape[0], k/a.GroupSize
	if s.DType != Float32 || !s.Shape.Equal(Shape{n, g}) {
		return Type{}, fmt.Errorf("absmax must be float32 (%d, %d), got %s", n, g, s)
	}
	if c.DType != Float32 || !c.Shape.Equal(Shape{16}) {
		return Type{}, fmt.Errorf("code must be a float32 (16) table, got %s", c)
	}
	out := append(Shape{}, x.Shape[:x.Shape.Rank()-1]...)
	return Type{x.DType, append(out, n)}, nil
}
