package peft

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// MergeDoRA returns the DoRA-merged weight of w, as PEFT's
// DoraLinearVariant.merge: with V = W + scaling·B·A (W in the (out, in)
// layout; w is (in, out) when fanInFanOut) and n the L2 norm of each
// output row of V, the merged weight is (magnitude / n) · V, in w's dtype.
// V is formed in float32 (the update rounded once, as Delta); the norms
// accumulate in float64 and are rounded to float32. For a 16-bit w the
// result is rounded once at the end, where PEFT rounds each step in the
// weight's dtype: the two differ by a few units in the last place.
func MergeDoRA(w, a, b, magnitude *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error) {
	v, norms, at, err := updatedRows(w, a, b, scaling, fanInFanOut)
	if err != nil {
		return nil, err
	}
	out, in := b.Shape[0], a.Shape[1]
	if len(magnitude.Shape) != 1 || magnitude.Shape[0] != out {
		return nil, fmt.Errorf("DoRA magnitude is %v, want [%d]", magnitude.Shape, out)
	}
	mv := magnitude.Float32s()
	for o := 0; o < out; o++ {
		f := mv[o] / norms[o]
		for i := 0; i < in; i++ {
			v[at(o, i)] *= f
		}
	}
	t, err := tensor.FromFloat32(w.Shape, v)
	if err != nil || w.DType == ir.Float32 {
		return t, err
	}
	return t.Convert(w.DType)
}

// DoRAMagnitude is the magnitude vector PEFT's DoraLinearLayer.update_layer
// gives a new DoRA module: the L2 norm of each output row of
// W + scaling·B·A (W is w, transposed when fanInFanOut), float32 (out).
// With lora_B zero (init_lora_weights true or "gaussian") it is the norm
// of each row of the base weight, so the new adapter leaves the model
// unchanged. Norms accumulate in float64 and are rounded once.
func DoRAMagnitude(w, a, b *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error) {
	_, norms, _, err := updatedRows(w, a, b, scaling, fanInFanOut)
	if err != nil {
		return nil, err
	}
	return tensor.FromFloat32(ir.Shape{len(norms)}, norms)
}

// updatedRows forms V = W + scaling·B·A in float32 (in w's layout) and the
// float32 L2 norm of each of its output rows; at(o, i) indexes V[o][i].
func updatedRows(w, a, b *tensor.Tensor, scaling float64, fanInFanOut bool) (v, norms []float32, at func(o, i int) int, err error) {
	d, err := Delta(a, b, scaling, fanInFanOut)
	if err != nil {
		return nil, nil, nil, err
	}
	if !w.Shape.Equal(d.Shape) {
		return nil, nil, nil, fmt.Errorf("base weight is %v but the adapter's update is %v", w.Shape, d.Shape)
	}
	if !w.DType.IsFloat() {
		return nil, nil, nil, fmt.Errorf("base weight is %s, not a float", w.DType)
	}
	out, in := b.Shape[0], a.Shape[1]
	wv, dv := w.Float32s(), d.Float32s()
	v = make([]float32, len(wv))
	for i := range wv {
		v[i] = wv[i] + dv[i]
	}
	at = func(o, i int) int {
		if fanInFanOut {
			return i*out + o
		}
		return o*in + i
	}
	norms = make([]float32, out)
	for o := 0; o < out; o++ {
		var ss float64
		for i := 0; i < in; i++ {
			x := float64(v[at(o, i)])
			ss += x * x
		}
		norms[o] = float32(math.Sqrt(ss))
	}
	return v, norms, at, nil
}
