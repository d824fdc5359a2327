package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// evalPadIndex pads the second dimension of concatenated predictions and
// labels, as the HF Trainer's EvalLoopContainer(padding_index=-100) does.
const evalPadIndex = -100

// concatPadded concatenates xs along dimension 0 as transformers'
// nested_concat / torch_pad_and_concatenate do: when every tensor has
// rank 1 or the same second dimension they are stacked as they are;
// otherwise each is padded on the right of dimension 1 to the largest with
// -100. The dtypes and the dimensions after the second must agree.
func concatPadded(xs []*tensor.Tensor) (*tensor.Tensor, error) {
	if len(xs) == 0 {
		return nil, fmt.Errorf("nothing to concatenate")
	}
	first := xs[0]
	rows, width := 0, 0
	for i, x := range xs {
		if x.DType != first.DType || len(x.Shape) != len(first.Shape) || len(x.Shape) == 0 {
			return nil, fmt.Errorf("batch %d: %s%v does not stack with batch 1's %s%v", i+1, x.DType, x.Shape, first.DType, first.Shape)
		}
		for d := 2; d < len(x.Shape); d++ {
			if x.Shape[d] != first.Shape[d] {
				return nil, fmt.Errorf("batch %d: shape %v does not stack with batch 1's %v", i+1, x.Shape, first.Shape)
			}
		}
		rows += x.Shape[0]
		if len(x.Shape) > 1 {
			width = max(width, x.Shape[1])
		}
	}
	shape := first.Shape.Clone()
	shape[0] = rows
	if len(shape) > 1 {
		shape[1] = width
	}
	out, err := tensor.New(first.DType, shape)
	if err != nil {
		return nil, err
	}
	inner := 1 // elements per position of dimension 1
	for d := 2; d < len(shape); d++ {
		inner *= shape[d]
	}
	elem := first.DType.Size()
	if len(shape) > 1 {
		if err := fillPad(out); err != nil {
			return nil, err
		}
	}
	at := 0 // output row
	for _, x := range xs {
		if len(shape) == 1 {
			copy(out.Data[at*elem:], x.Data)
			at += x.Shape[0]
			continue
		}
		src := x.Shape[1] * inner * elem
		dst := width * inner * elem
		for r := 0; r < x.Shape[0]; r++ {
			copy(out.Data[(at+r)*dst:], x.Data[r*src:(r+1)*src])
		}
		at += x.Shape[0]
	}
	return out, nil
}

// fillPad sets every element of x to evalPadIndex in x's dtype.
func fillPad(x *tensor.Tensor) error {
	n := x.NumElements()
	if n == 0 {
		return nil
	}
	var one *tensor.Tensor
	var err error
	if x.DType.IsInt() {
		one, err = tensor.FromInt64(x.DType, ir.Shape{1}, []int64{evalPadIndex})
	} else {
		one, err = tensor.FromFloat64(x.DType, ir.Shape{1}, []float64{evalPadIndex})
	}
	if err != nil {
		return fmt.Errorf("padding with %d: %w", evalPadIndex, err)
	}
	for i := 0; i < n; i++ {
		copy(x.Data[i*len(one.Data):], one.Data)
	}
	return nil
}
