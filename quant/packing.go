package quant

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// GPTQ and AWQ pack low-bit integers into int32 words as one contiguous
// little-endian bit stream: value k of a stream occupies bits
// [k*bits, (k+1)*bits), the first word holding bits 0..31. For 2, 4 and 8
// bits a word holds 32/bits whole values; GPTQ's 3-bit packing is the same
// stream over 3 words per 32 values, so a value may straddle two words
// (AutoGPTQ's pack writes values 10 and 21 across word boundaries exactly
// so).

// unpackStream returns value k of the stream whose word w is word(w).
func unpackStream(word func(w int) uint32, k, bits int) uint32 {
	pos := k * bits
	w, off := pos/32, pos%32
	v := word(w) >> off
	if off+bits > 32 {
		v |= word(w+1) << (32 - off)
	}
	return v & (1<<bits - 1)
}

// PackStream packs vals (each < 2^bits) into ceil(len*bits/32) words as
// the stream unpackStream reads. It is the inverse the round-trip tests
// and fixture writers use.
func PackStream(vals []uint32, bits int) []uint32 {
	out := make([]uint32, (len(vals)*bits+31)/32)
	for k, v := range vals {
		v &= 1<<bits - 1
		pos := k * bits
		w, off := pos/32, pos%32
		out[w] |= v << off
		if off+bits > 32 {
			out[w+1] |= v >> (32 - off)
		}
	}
	return out
}

// words32 returns a tensor's elements as uint32 words; it must be int32.
func words32(t *tensor.Tensor, name string) ([]uint32, error) {
	if t.DType != ir.Int32 {
		return nil, fmt.Errorf("%s: dtype %s, want int32 packed words", name, t.DType)
	}
	vals := t.Int64s()
	out := make([]uint32, len(vals))
	for i, v := range vals {
		out[i] = uint32(v)
	}
	return out, nil
}

// WordsTensor wraps packed words as an int32 tensor of shape shape.
func WordsTensor(shape ir.Shape, words []uint32) (*tensor.Tensor, error) {
	vals := make([]int64, len(words))
	for i, w := range words {
		vals[i] = int64(int32(w))
	}
	return tensor.FromInt64(ir.Int32, shape, vals)
}

// roundTo rounds float32 values to dtype dt (nearest-even, as
// tensor.to(dt)) and returns them as a float32 tensor of shape shape:
// the reference kernels compute each dequantized value in float32 and
// store it in the scales' (or quant_state's) dtype.
func roundTo(dt ir.DType, shape ir.Shape, vals []float32) (*tensor.Tensor, error) {
	t, err := tensor.FromFloat32(shape, vals)
	if err != nil || dt == ir.Float32 {
		return t, err
	}
	r, err := t.Convert(dt)
	if err != nil {
		return nil, err
	}
	return r.Convert(ir.Float32)
}

// isFloatDType reports the float dtypes scales may have.
func isFloatDType(dt ir.DType) bool {
	return dt == ir.Float16 || dt == ir.BFloat16 || dt == ir.Float32
}

// want2D checks that t is a rank-2 tensor of the given dims (-1: any).
func want2D(t ir.Type, name string, rows, cols int) error {
	if len(t.Shape) != 2 {
		return fmt.Errorf("%s: shape %v, want rank 2", name, t.Shape)
	}
	if (rows >= 0 && t.Shape[0] != rows) || (cols >= 0 && t.Shape[1] != cols) {
		return fmt.Errorf("%s: shape %v, want [%s, %s]", name, t.Shape, dimStr(rows), dimStr(cols))
	}
	return nil
}

func dimStr(d int) string {
	if d < 0 {
		return "?"
	}
	return fmt.Sprint(d)
}

// readPacked reads a quantized Linear's packed weight and zero points (32-bit
// words) and its scales (as float32), each by its checkpoint name.
func readPacked(get func(string) (*tensor.Tensor, error), qw, qz, sc string) (qweight, qzeros []uint32, scales []float32, err error) {
	qwT, err := get(qw)
	if err != nil {
		return nil, nil, nil, err
	}
	if qweight, err = words32(qwT, qw); err != nil {
		return nil, nil, nil, err
	}
	qzT, err := get(qz)
	if err != nil {
		return nil, nil, nil, err
	}
	if qzeros, err = words32(qzT, qz); err != nil {
		return nil, nil, nil, err
	}
	scT, err := get(sc)
	if err != nil {
		return nil, nil, nil, err
	}
	return qweight, qzeros, scT.Float32s(), nil
}
