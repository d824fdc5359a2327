package frontend

import (
	"math"

	"github.com/kiln-ml/kiln/ir"
)

// Reshape returns t with shape dims (row-major, same element count). One
// dim may be -1: it is inferred. Reshaping to the same shape returns t.
func (t *Tensor) Reshape(dims ...int) *Tensor {
	out := make(ir.Shape, len(dims))
	infer, known := -1, 1
	for i, d := range dims {
		switch {
		case d == -1 && infer < 0:
			infer = i
		case d < 0:
			t.g.fail("reshape", "cannot reshape %s to %v: only one -1 allowed, no other negative sizes", t.v.Type, dims)
		default:
			known *= d
			out[i] = d
		}
	}
	n := t.v.Type.Shape.NumElements()
	if infer >= 0 {
		if known == 0 || n%known != 0 {
			t.g.fail("reshape", "cannot reshape %s (%d elements) to %v", t.v.Type, n, dims)
		}
		out[infer] = n / known
	}
	if out.NumElements() != n {
		t.g.fail("reshape", "cannot reshape %s (%d elements) to %v (%d elements)", t.v.Type, n, dims, out.NumElements())
	}
	if out.Equal(t.v.Type.Shape) {
		return t
	}
	return t.g.emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: out}, t)
}

// Flatten merges axes start..end (inclusive, negative allowed) into one.
func (t *Tensor) Flatten(start, end int) *Tensor {
	s, e := t.axis("flatten", start), t.axis("flatten", end)
	if e < s {
		t.g.fail("flatten", "end axis %d before start axis %d for %s", end, start, t.v.Type)
	}
	sh := t.v.Type.Shape
	dims := append([]int{}, sh[:s]...)
	dims = append(dims, sh[s:e+1].NumElements())
	return t.Reshape(append(dims, sh[e+1:]...)...)
}

// Unsqueeze inserts a size-1 axis at position axis of the result
// (negative counts from the end of the result, as torch.unsqueeze).
func (t *Tensor) Unsqueeze(axis int) *Tensor {
	a := t.g.normAxis("unsqueeze", axis, t.Rank()+1, t)
	sh := t.v.Type.Shape
	dims := append([]int{}, sh[:a]...)
	dims = append(dims, 1)
	return t.Reshape(append(dims, sh[a:]...)...)
}

// Squeeze removes the given size-1 axes (all size-1 axes when none given).
func (t *Tensor) Squeeze(axes ...int) *Tensor {
	sh := t.v.Type.Shape
	drop := make([]bool, len(sh))
	if len(axes) == 0 {
		for i, d := range sh {
			drop[i] = d == 1
		}
	}
	for _, a := range t.axesOrNone("squeeze", axes) {
		if sh[a] != 1 {
			t.g.fail("squeeze", "axis %d of %s has size %d, not 1", a, t.v.Type, sh[a])
		}
		drop[a] = true
	}
	dims := []int{}
	for i, d := range sh {
		if !drop[i] {
			dims = append(dims, d)
		}
	}
	return t.Reshape(dims...)
}

func (t *Tensor) axesOrNone(op string, as []int) []int {
	if len(as) == 0 {
		return nil
	}
	return t.axes(op, as)
}

// Transpose permutes the axes: result axis i is t's axis perm[i] (negative
// entries allowed). With no arguments it reverses the axes (numpy's .T).
func (t *Tensor) Transpose(perm ...int) *Tensor {
	r := t.Rank()
	p := make([]int, r)
	if len(perm) == 0 {
		for i := range p {
			p[i] = r - 1 - i
		}
	} else {
		if len(perm) != r {
			t.g.fail("transpose", "perm %v has %d entries for %s", perm, len(perm), t.v.Type)
		}
		seen := make([]bool, r)
		for i, a := range perm {
			p[i] = t.axis("transpose", a)
			if seen[p[i]] {
				t.g.fail("transpose", "perm %v is not a permutation for %s", perm, t.v.Type)
			}
			seen[p[i]] = true
		}
	}
	identity := true
	for i, a := range p {
		identity = identity && a == i
	}
	if identity {
		return t
	}
	return t.g.emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: p}, t)
}

// SwapAxes exchanges two axes (torch.transpose(a, b)).
func (t *Tensor) SwapAxes(a, b int) *Tensor {
	a, b = t.axis("swap_axes", a), t.axis("swap_axes", b)
	p := make([]int, t.Rank())
	for i := range p {
		p[i] = i
	}
	p[a], p[b] = p[b], p[a]
	return t.Transpose(p...)
}

// T swaps the last two axes (torch's .mT); t needs rank >= 2.
func (t *Tensor) T() *Tensor {
	if t.Rank() < 2 {
		t.g.fail("T", "needs rank >= 2, got %s", t.v.Type)
	}
	return t.SwapAxes(-1, -2)
}

// End is an open slice bound: R(2, End) is Python's [2:].
const End = math.MaxInt

// Range is a Python slice start:stop:step over one axis. Negative bounds
// count from the end; bounds are clamped into the axis, as in Python.
// Step 0 means 1; negative steps are not supported.
type Range struct{ Start, Stop, Step int }

// R is the slice start:stop (step 1).
func R(start, stop int) Range { return Range{start, stop, 1} }

// All is the full slice ":".
func All() Range { return Range{0, End, 1} }

// Slice applies one Range per leading axis (remaining axes are kept
// whole), as x[a:b, c:d] in Python.
func (t *Tensor) Slice(ranges ...Range) *Tensor {
	sh := t.v.Type.Shape
	if len(ranges) > len(sh) {
		t.g.fail("slice", "%d ranges for %s", len(ranges), t.v.Type)
	}
	start := make([]int, len(sh))
	limit := make([]int, len(sh))
	stride := make([]int, len(sh))
	trivial := true
	for i, n := range sh {
		r := All()
		if i < len(ranges) {
			r = ranges[i]
		}
		if r.Step == 0 {
			r.Step = 1
		}
		if r.Step < 0 {
			t.g.fail("slice", "negative step %d on axis %d of %s is not supported", r.Step, i, t.v.Type)
		}
		s, e := clampIndex(r.Start, n), clampIndex(r.Stop, n)
		if e < s {
			e = s
		}
		start[i], limit[i], stride[i] = s, e, r.Step
		trivial = trivial && s == 0 && e == n && (r.Step == 1 || n <= 1)
	}
	if trivial {
		return t
	}
	return t.g.emit(ir.OpSlice, &ir.SliceAttrs{Start: start, Limit: limit, Stride: stride}, t)
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return min(max(i, 0), n)
}

// SliceAxis slices one axis to [start, end) with Python semantics
// (negative bounds from the end, clamped), keeping the others whole.
func (t *Tensor) SliceAxis(axis, start, end int) *Tensor {
	a := t.axis("slice_axis", axis)
	rs := make([]Range, a+1)
	for i := range rs {
		rs[i] = All()
	}
	rs[a] = R(start, end)
	return t.Slice(rs...)
}

// Concat joins tensors of equal dtype along axis (negative allowed); the
// other dims must match.
func Concat(axis int, ts ...*Tensor) *Tensor {
	if len(ts) == 0 || ts[0] == nil {
		failNoGraph("concat", "no operands")
	}
	g := ts[0].g
	a := ts[0].axis("concat", axis)
	if len(ts) == 1 {
		return ts[0]
	}
	for _, o := range ts[1:] {
		if o == nil {
			g.fail("concat", "nil operand")
		}
		if o.DType() != ts[0].DType() || o.Rank() != ts[0].Rank() {
			g.fail("concat", "operands %s and %s differ in dtype or rank", ts[0].v.Type, o.v.Type)
		}
		for i := range o.v.Type.Shape {
			if i != a && o.v.Type.Shape[i] != ts[0].v.Type.Shape[i] {
				g.fail("concat", "operands %s and %s differ off the concat axis %d", ts[0].v.Type, o.v.Type, a)
			}
		}
	}
	return g.emit(ir.OpConcat, &ir.ConcatAttrs{Axis: a}, ts...)
}

// Stack joins same-shaped tensors along a new axis.
func Stack(axis int, ts ...*Tensor) *Tensor {
	if len(ts) == 0 || ts[0] == nil {
		failNoGraph("stack", "no operands")
	}
	us := make([]*Tensor, len(ts))
	for i, t := range ts {
		if t == nil {
			ts[0].g.fail("stack", "nil operand %d", i)
		}
		us[i] = t.Unsqueeze(axis)
	}
	return Concat(axis, us...)
}

// Split cuts axis into consecutive pieces of the given sizes, which must
// sum to the axis size (torch.split with a list).
func (t *Tensor) Split(axis int, sizes ...int) []*Tensor {
	a := t.axis("split", axis)
	total := 0
	for _, s := range sizes {
		if s < 0 {
			t.g.fail("split", "negative size in %v", sizes)
		}
		total += s
	}
	if total != t.v.Type.Shape[a] {
		t.g.fail("split", "sizes %v sum to %d, axis %d of %s has %d", sizes, total, a, t.v.Type, t.v.Type.Shape[a])
	}
	out := make([]*Tensor, len(sizes))
	off := 0
	for i, s := range sizes {
		out[i] = t.SliceAxis(a, off, off+s)
		off += s
	}
	return out
}

// Chunk splits axis into n equal pieces; the size must divide evenly.
func (t *Tensor) Chunk(n, axis int) []*Tensor {
	a := t.axis("chunk", axis)
	d := t.v.Type.Shape[a]
	if n <= 0 || d%n != 0 {
		t.g.fail("chunk", "cannot cut axis %d (size %d) of %s into %d equal chunks", a, d, t.v.Type, n)
	}
	sizes := make([]int, n)
	for i := range sizes {
		sizes[i] = d / n
	}
	return t.Split(a, sizes...)
}

// Pad pads each axis with low[i] elements before and high[i] after (both
// may be negative to crop), filled with value.
func (t *Tensor) Pad(low, high []int, value float64) *Tensor {
	r := t.Rank()
	if len(low) != r || len(high) != r {
		t.g.fail("pad", "low %v / high %v need %d entries for %s", low, high, r, t.v.Type)
	}
	return t.g.emit(ir.OpPad, &ir.PadAttrs{Low: append([]int(nil), low...), High: append([]int(nil), high...), Interior: make([]int, r)}, t, t.Scalar(value))
}

// Take gathers along axis with integer indices (numpy take / tf.gather):
// result shape = t[:axis] + indices.shape + t[axis+1:]. Out-of-range
// indices are clamped (IR semantics).
func (t *Tensor) Take(indices *Tensor, axis int) *Tensor { return t.Gather(indices, axis, 0) }

// Gather is tf.gather(t, indices, axis, batch_dims): the first batchDims
// axes of t and indices are matched up.
func (t *Tensor) Gather(indices *Tensor, axis, batchDims int) *Tensor {
	if indices == nil {
		t.g.fail("gather", "nil indices")
	}
	a := t.axis("gather", axis)
	if !indices.DType().IsInt() {
		t.g.fail("gather", "indices are %s, want an integer dtype", indices.v.Type)
	}
	return t.g.emit(ir.OpGather, &ir.GatherAttrs{Axis: a, BatchDims: batchDims}, t, indices)
}

// TakeAlongAxis is torch.gather(t, axis, idx) / numpy take_along_axis:
// idx has t's rank and equal sizes except on axis; result[..., i, ...] =
// t[..., idx[..., i, ...], ...].
func (t *Tensor) TakeAlongAxis(idx *Tensor, axis int) *Tensor {
	if idx == nil {
		t.g.fail("take_along_axis", "nil indices")
	}
	a := t.axis("take_along_axis", axis)
	if idx.Rank() != t.Rank() {
		t.g.fail("take_along_axis", "indices %s must have the rank of %s", idx.v.Type, t.v.Type)
	}
	for i := range t.v.Type.Shape {
		if i != a && idx.v.Type.Shape[i] != t.v.Type.Shape[i] {
			t.g.fail("take_along_axis", "indices %s and operand %s differ off axis %d", idx.v.Type, t.v.Type, a)
		}
	}
	last := t.Rank() - 1
	if a == last {
		return t.Gather(idx, last, last)
	}
	return t.SwapAxes(a, last).Gather(idx.SwapAxes(a, last), last, last).SwapAxes(a, last)
}

// ScatterAdd returns t with updates added where Gather(indices, axis,
// batchDims) would read; out-of-range indices are skipped.
func (t *Tensor) ScatterAdd(indices, updates *Tensor, axis, batchDims int) *Tensor {
	a := t.axis("scatter_add", axis)
	return t.g.emit(ir.OpScatterAdd, &ir.GatherAttrs{Axis: a, BatchDims: batchDims}, t, indices, updates)
}

// DynamicSlice reads a block of the given sizes at run-time start offsets
// (one integer scalar per axis, clamped so the block fits).
func (t *Tensor) DynamicSlice(starts []*Tensor, sizes ...int) *Tensor {
	return t.g.emit(ir.OpDynamicSlice, &ir.DynamicSliceAttrs{Sizes: append([]int(nil), sizes...)}, append([]*Tensor{t}, starts...)...)
}

// DynamicUpdateSlice returns t with update written at run-time start
// offsets (one integer scalar per axis, clamped), as a KV-cache write.
func (t *Tensor) DynamicUpdateSlice(update *Tensor, starts ...*Tensor) *Tensor {
	return t.g.emit(ir.OpDynamicUpdateSlice, nil, append([]*Tensor{t, update}, starts...)...)
}
