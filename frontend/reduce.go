package frontend

import "github.com/kiln-ml/kiln/ir"

// Reductions take axes (negative allowed, no repeats); no axes means every
// axis. The plain forms remove the reduced axes, the Keep forms leave them
// with size 1 (torch's keepdim=True).

// Reduce applies kind over axes, keeping them as size 1 if keepdims.
func (t *Tensor) Reduce(kind ir.ReduceKind, keepdims bool, axes ...int) *Tensor {
	op := "reduce " + kind.String()
	as := t.axes(op, axes)
	if t.DType() == ir.Bool && kind != ir.ReduceMax && kind != ir.ReduceMin {
		t.g.fail(op, "bool operand %s (convert first)", t.v.Type)
	}
	r := t
	if len(as) > 0 {
		r = t.g.emit(ir.OpReduce, &ir.ReduceAttrs{Kind: kind, Axes: as}, t)
	}
	if keepdims {
		return r.Reshape(keptShape(t.v.Type.Shape, as)...)
	}
	return r
}

func keptShape(s ir.Shape, axes []int) []int {
	out := append([]int{}, s...)
	for _, a := range axes {
		out[a] = 1
	}
	return out
}

// Sum adds over axes.
func (t *Tensor) Sum(axes ...int) *Tensor { return t.Reduce(ir.ReduceSum, false, axes...) }

// SumKeep adds over axes, keeping them with size 1.
func (t *Tensor) SumKeep(axes ...int) *Tensor { return t.Reduce(ir.ReduceSum, true, axes...) }

// Prod multiplies over axes.
func (t *Tensor) Prod(axes ...int) *Tensor { return t.Reduce(ir.ReduceProd, false, axes...) }

// ReduceMax is the maximum over axes (Max is the elementwise maximum).
func (t *Tensor) ReduceMax(axes ...int) *Tensor { return t.Reduce(ir.ReduceMax, false, axes...) }

// ReduceMaxKeep is ReduceMax keeping the axes with size 1.
func (t *Tensor) ReduceMaxKeep(axes ...int) *Tensor { return t.Reduce(ir.ReduceMax, true, axes...) }

// ReduceMin is the minimum over axes (Min is the elementwise minimum).
func (t *Tensor) ReduceMin(axes ...int) *Tensor { return t.Reduce(ir.ReduceMin, false, axes...) }

// ReduceMinKeep is ReduceMin keeping the axes with size 1.
func (t *Tensor) ReduceMinKeep(axes ...int) *Tensor { return t.Reduce(ir.ReduceMin, true, axes...) }

func isHalf(dt ir.DType) bool { return dt == ir.Float16 || dt == ir.BFloat16 }

// Mean is the arithmetic mean over axes; t must be a float tensor. 16-bit
// floats are averaged in float32 and rounded once, as torch does.
func (t *Tensor) Mean(axes ...int) *Tensor { return t.mean(false, axes) }

// MeanKeep is Mean keeping the axes with size 1.
func (t *Tensor) MeanKeep(axes ...int) *Tensor { return t.mean(true, axes) }

func (t *Tensor) mean(keep bool, axes []int) *Tensor {
	if !t.DType().IsFloat() {
		t.g.fail("mean", "operand %s is not a float tensor", t.v.Type)
	}
	if isHalf(t.DType()) {
		// As torch: accumulate and divide in float32, round once.
		return t.AsType(ir.Float32).mean(keep, axes).AsType(t.DType())
	}
	n := 1
	for _, a := range t.axes("mean", axes) {
		n *= t.v.Type.Shape[a]
	}
	return t.Reduce(ir.ReduceSum, keep, axes...).DivScalar(float64(n))
}

// Var is the population variance over axes (torch.var(unbiased=False),
// what LayerNorm uses).
func (t *Tensor) Var(axes ...int) *Tensor { return t.Variance(0, false, axes...) }

// VarKeep is Var keeping the axes with size 1.
func (t *Tensor) VarKeep(axes ...int) *Tensor { return t.Variance(0, true, axes...) }

// Variance is sum((t - mean)^2) / (N - correction) over axes
// (torch.var(correction=...)); t must be a float tensor (16-bit floats
// are computed in float32 and rounded once).
func (t *Tensor) Variance(correction int, keepdims bool, axes ...int) *Tensor {
	if !t.DType().IsFloat() {
		t.g.fail("var", "operand %s is not a float tensor", t.v.Type)
	}
	if isHalf(t.DType()) {
		return t.AsType(ir.Float32).Variance(correction, keepdims, axes...).AsType(t.DType())
	}
	n := 1
	for _, a := range t.axes("var", axes) {
		n *= t.v.Type.Shape[a]
	}
	d := t.Sub(t.MeanKeep(axes...))
	return d.Mul(d).Reduce(ir.ReduceSum, keepdims, axes...).DivScalar(float64(n - correction))
}

// ArgMax returns the int64 index of the maximum along axis (first on ties).
func (t *Tensor) ArgMax(axis int) *Tensor {
	return t.g.emit(ir.OpArgMax, &ir.ArgAttrs{Axis: t.axis("argmax", axis), Out: ir.Int64}, t)
}

// ArgMin returns the int64 index of the minimum along axis (first on ties).
func (t *Tensor) ArgMin(axis int) *Tensor {
	return t.g.emit(ir.OpArgMin, &ir.ArgAttrs{Axis: t.axis("argmin", axis), Out: ir.Int64}, t)
}

// Softmax normalises exp(t) along axis (the composite op).
func (t *Tensor) Softmax(axis int) *Tensor {
	return t.g.emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: t.axis("softmax", axis)}, t)
}

// LogSoftmax is log(Softmax(axis)) computed stably (the composite op).
func (t *Tensor) LogSoftmax(axis int) *Tensor {
	return t.g.emit(ir.OpLogSoftmax, &ir.AxisAttrs{Axis: t.axis("log_softmax", axis)}, t)
}

// BroadcastReduced broadcasts t, the result of reducing a tensor of shape
// over axes (negative allowed, no repeats) with the axes removed, back to
// shape: result[i...] = t[i... without the reduced axes]. It is keepdim
// plus broadcasting in one broadcast_in_dim, what normalisations and the
// gradients of reductions need; t must have rank len(shape) - len(axes).
func (t *Tensor) BroadcastReduced(shape ir.Shape, axes ...int) *Tensor {
	const op = "broadcast_reduced"
	rank := shape.Rank()
	reduced := make([]bool, rank)
	for _, a := range axes {
		n := a
		if n < 0 {
			n += rank
		}
		if n < 0 || n >= rank {
			t.g.fail(op, "axis %d out of range for shape %s", a, shape)
		}
		if reduced[n] {
			t.g.fail(op, "axis %d repeated in %v", a, axes)
		}
		reduced[n] = true
	}
	if t.Rank() != rank-len(axes) {
		t.g.fail(op, "%s is not %s reduced over %d axes %v", t.v.Type, shape, len(axes), axes)
	}
	dims := make([]int, 0, t.Rank())
	for i, r := range reduced {
		if !r {
			dims = append(dims, i)
		}
	}
	return t.BroadcastInDim(shape, dims...)
}
