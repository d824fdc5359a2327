package peft

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Delta returns scaling · B·A as float32 (out, in), transposed to (in, out)
// when fanInFanOut (Conv1D's layout): PEFT's get_delta_weight. Products
// accumulate in float64 and are rounded once.
func Delta(a, b *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error) {
	if len(a.Shape) != 2 || len(b.Shape) != 2 || a.Shape[0] != b.Shape[1] {
		return nil, fmt.Errorf("lora_A %v and lora_B %v are not (r, in) and (out, r)", a.Shape, b.Shape)
	}
	r, in, out := a.Shape[0], a.Shape[1], b.Shape[0]
	av, bv := a.Float64s(), b.Float64s()
	d := make([]float32, out*in)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			var s float64
			for k := 0; k < r; k++ {
				s += bv[o*r+k] * av[k*in+i]
			}
			if fanInFanOut {
				d[i*out+o] = float32(s * scaling)
			} else {
				d[o*in+i] = float32(s * scaling)
			}
		}
	}
	shape := ir.Shape{out, in}
	if fanInFanOut {
		shape = ir.Shape{in, out}
	}
	return tensor.FromFloat32(shape, d)
}

// MergeWeight returns w + delta in w's dtype, as PEFT's merge does in
// place: for a float32 w one float32 addition; for a 16-bit w the delta is
// first rounded to w's dtype (PEFT casts it to the weight's dtype) and the
// sum is rounded again (torch adds 16-bit tensors in float32 and rounds).
// The merged 16-bit weight is therefore not w + delta exactly; unmerging
// by subtraction would not restore w, which is why kiln unmerges by
// reloading the base weight.
func MergeWeight(w, delta *tensor.Tensor) (*tensor.Tensor, error) {
	if !w.Shape.Equal(delta.Shape) {
		return nil, fmt.Errorf("base weight is %v but the adapter's update is %v", w.Shape, delta.Shape)
	}
	if !w.DType.IsFloat() {
		return nil, fmt.Errorf("base weight is %s, not a float", w.DType)
	}
	d := delta
	if w.DType != ir.Float32 && w.DType != ir.Float64 {
		var err error
		if d, err = delta.Convert(w.DType); err != nil {
			return nil, err
		}
	}
	wv, dv := w.Float32s(), d.Float32s()
	sum := make([]float32, len(wv))
	for i := range wv {
		sum[i] = wv[i] + dv[i]
	}
	if w.DType == ir.Float64 {
		w64, d64 := w.Float64s(), delta.Float64s()
		s := make([]float64, len(w64))
		for i := range w64 {
			s[i] = w64[i] + d64[i]
		}
		return tensor.FromFloat64(ir.Float64, w.Shape, s)
	}
	t, err := tensor.FromFloat32(w.Shape, sum)
	if err != nil || w.DType == ir.Float32 {
		return t, err
	}
	return t.Convert(w.DType)
}

// Merge is Delta then MergeWeight: the models.MergeFunc a Runner merges with.
func Merge(w, a, b *tensor.Tensor, scaling float64, fanInFanOut bool) (*tensor.Tensor, error) {
	d, err := Delta(a, b, scaling, fanInFanOut)
	if err != nil {
		return nil, err
	}
	return MergeWeight(w, d)
}
