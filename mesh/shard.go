package mesh

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Split cuts t along axis into parts equal blocks (block i is what the
// device of rank i holds of a tensor sharded on that axis). The axis size
// must be a multiple of parts.
func Split(t *tensor.Tensor, axis, parts int) ([]*tensor.Tensor, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("mesh: split: %w", err)
	}
	if axis < 0 || axis >= t.Shape.Rank() {
		return nil, fmt.Errorf("mesh: split: axis %d out of range for %s", axis, t.Type())
	}
	if parts < 1 || t.Shape[axis]%parts != 0 {
		return nil, fmt.Errorf("mesh: split: axis %d of %s does not split into %d equal blocks", axis, t.Type(), parts)
	}
	outer, inner := blocks(t.Shape, axis, t.DType)
	bs := t.Shape[axis] / parts * inner // bytes of one block per outer index
	out := make([]*tensor.Tensor, parts)
	for i := range out {
		sh := t.Shape.Clone()
		sh[axis] /= parts
		o, err := tensor.New(t.DType, sh)
		if err != nil {
			return nil, err
		}
		for k := 0; k < outer; k++ {
			copy(o.Data[k*bs:(k+1)*bs], t.Data[k*parts*bs+i*bs:])
		}
		out[i] = o
	}
	return out, nil
}

// Join concatenates ts (one type but for axis) along axis: the inverse of
// Split, and how a sharded result is put back together on the host.
func Join(axis int, ts ...*tensor.Tensor) (*tensor.Tensor, error) {
	if len(ts) == 0 {
		return nil, fmt.Errorf("mesh: join: no tensors")
	}
	first := ts[0]
	if axis < 0 || axis >= first.Shape.Rank() {
		return nil, fmt.Errorf("mesh: join: axis %d out of range for %s", axis, first.Type())
	}
	sh := first.Shape.Clone()
	sh[axis] = 0
	for i, t := range ts {
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("mesh: join: tensor %d: %w", i, err)
		}
		same := t.DType == first.DType && t.Shape.Rank() == first.Shape.Rank()
		for d := 0; same && d < t.Shape.Rank(); d++ {
			same = d == axis || t.Shape[d] == first.Shape[d]
		}
		if !same {
			return nil, fmt.Errorf("mesh: join: tensor %d is %s, tensor 0 is %s (they may differ on axis %d only)", i, t.Type(), first.Type(), axis)
		}
		sh[axis] += t.Shape[axis]
	}
	out, err := tensor.New(first.DType, sh)
	if err != nil {
		return nil, err
	}
	outer, _ := blocks(sh, axis, first.DType)
	off := 0
	for k := 0; k < outer; k++ {
		for _, t := range ts {
			_, inner := blocks(t.Shape, axis, t.DType)
			n := t.Shape[axis] * inner
			off += copy(out.Data[off:], t.Data[k*n:(k+1)*n])
		}
	}
	return out, nil
}

// blocks returns the number of outer indices before axis and the bytes of
// one step along axis.
func blocks(sh ir.Shape, axis int, dt ir.DType) (outer, inner int) {
	outer, inner = 1, dt.Size()
	for d, n := range sh {
		switch {
		case d < axis:
			outer *= n
		case d > axis:
			inner *= n
		}
	}
	return outer, inner
}
