package quant

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Quantizing as bitsandbytes does (BitsAndBytesConfig's load_in_8bit /
// load_in_4bit), written from bitsandbytes' kernels:
//
//   - LLM.int8() (int8_vectorwise_quant on the weight cast to float16):
//     SCB[o] = max_i |w[o,i]| (float32), q = round_half_even(float32(w) *
//     s), s = float32(float32(1 / SCB[o]) * 127), 0 for a NaN product (an
//     all-zero row). bitsandbytes' torch (CPU) kernel writes the scale as
//     127.0 / row_stats, which torch evaluates as row_stats.reciprocal() *
//     127 (two roundings: TestQuantizeBnB8MatchesTorchFixture); its CUDA
//     kernel's __fdividef(127, absmax) multiplies by an approximate
//     reciprocal, which can differ in the last bit of the scale and so,
//     for a product within an ulp of a half-integer, in the code.
//   - 4-bit (quantize_4bit): the weight in its dtype, flattened row-major
//     into blocks of blocksize values; absmax[b] = max |v| (float32); each
//     value v becomes the code the kernel's comparison tree picks for
//     float32(v) * float32(1 / absmax[b]) (NF4: the count of the tree's
//     thresholds that the value is strictly above, so a tie goes to the
//     lower code; FP4: the sign bit then the magnitude tree); two codes a
//     byte, the first in the high nibble. An odd count's last low nibble is
//     the code of 0 (the kernel pads the block with zeros).
//   - Double quantization: offset = mean(absmax) (float32, from a float64
//     sum: torch's CUDA reduction order is not reproducible, so the last
//     bit may differ from torch's; the offset is stored, and dequantizing
//     uses the stored value), then quantize_blockwise(absmax - offset,
//     blocksize 256) with the dynamic map: per block absmax2 and the code
//     the kernel's binary search plus midpoint rule picks for
//     float32(x) * float32(1 / absmax2).

// BnBBlocksize is the 4-bit block size transformers' bitsandbytes
// integration quantizes with; kiln quantizes with it only.
const BnBBlocksize = 64

// bnbNestedBlocksize is the block size of double quantization.
const bnbNestedBlocksize = 256

// nf4Thresholds are the decision points of bitsandbytes' dQuantizeNF4
// tree, ascending: the code of x is the number of thresholds x is above.
var nf4Thresholds = [15]float32{
	-0.8480964004993439, -0.6106329262256622, -0.4599952697753906, -0.33967943489551544,
	-0.23460740596055984, -0.13791173323988914, -0.045525018125772476, 0.03979014977812767,
	0.1202552504837513, 0.2035212516784668, 0.2920137718319893, 0.3893125355243683,
	0.5016634166240692, 0.6427869200706482, 0.8614784181118011,
}

// quantizeNF4 is dQuantizeNF4: a NaN (0 * Inf, an all-zero block) is
// above no threshold and gets code 0.
func quantizeNF4(x float32) uint8 {
	var c uint8
	for _, t := range nf4Thresholds {
		if x > t {
			c++
		}
	}
	return c
}

// quantizeFP4 is dQuantizeFP4: bit 3 is the sign (x < 0), the low bits
// the magnitude's code by the kernel's comparison tree.
func quantizeFP4(x float32) uint8 {
	var sign uint8
	if x < 0 {
		sign = 8
	}
	a := float32(math.Abs(float64(x)))
	switch {
	case a > 0.29166667:
		switch {
		case a > 0.583333:
			if a > 0.8333333 {
				return 3 + sign
			}
			return 2 + sign
		case a > 0.4166667:
			return 5 + sign
		default:
			return 4 + sign
		}
	case a > 0.0859375:
		if a > 0.20833333 {
			return 7 + sign
		}
		return 6 + sign
	case a > 0.00260417:
		return 1 + sign
	default:
		return sign
	}
}

// DynamicMap is bitsandbytes' create_dynamic_map(signed=True,
// max_exponent_bits=7, total_bits=8): the 256-entry code double
// quantization stores absmax in, ascending. Each entry is float32(float32(
// 10^(i-6)) * mean) of float32 midpoints of torch.linspace(0.1, 1, 2^i+1)
// (linspace32), plus 0 and 1, padded with zeros.
func DynamicMap() [256]float32 {
	var data []float32
	for i := 0; i < 7; i++ {
		steps := 1<<i + 1
		b := linspace32(0.1, 1, steps)
		scale := float32(math.Pow(10, float64(i-6)))
		for k := 0; k+1 < steps; k++ {
			mean := float32(float32(b[k]+b[k+1]) / 2)
			data = append(data, float32(scale*mean), float32(-scale*mean))
		}
	}
	data = append(data, 0, 1)
	var out [256]float32
	copy(out[:], data)
	sortFloat32(out[:])
	return out
}

// linspace32 is torch.linspace(start, end, steps, dtype=float32) on the CPU
// by its scalar formula, start + step*k below the halfway index and end -
// step*(steps-1-k) from it, each a fused multiply-add (one rounding), as
// torch's compiled kernel computes it (checked against torch's map in
// TestDynamicMapMatchesTorch). The float64 expressions are exact: the
// products of a float32 and a small integer and their sums fit in 53 bits.
func linspace32(start, end float32, steps int) []float32 {
	step := float32((end - start) / float32(steps-1))
	out := make([]float32, steps)
	half := steps / 2
	for k := range out {
		if k < half {
			out[k] = float32(float64(start) + float64(step)*float64(k))
		} else {
			out[k] = float32(float64(end) - float64(step)*float64(steps-k-1))
		}
	}
	return out
}

func sortFloat32(v []float32) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// quantizeDynamic is the 8-bit kernel's dQuantize (not stochastic): a
// binary search from index 127 in steps 64..1, then the nearer neighbour
// by the float32 midpoint.
func quantizeDynamic(code *[256]float32, x float32) uint8 {
	pivot, upperPivot, lowerPivot := 127, 255, 0
	lower, upper := float32(-1), float32(1)
	val := code[pivot]
	for i := 64; i > 0; i >>= 1 {
		if x > val {
			lowerPivot, lower = pivot, val
			pivot += i
		} else {
			upperPivot, upper = pivot, val
			pivot -= i
		}
		val = code[pivot]
	}
	if upperPivot == 255 {
		upper = code[upperPivot]
	}
	if lowerPivot == 0 {
		lower = code[lowerPivot]
	}
	if x > val {
		if mid := float32(float32(upper+val) * 0.5); x > mid {
			return uint8(upperPivot)
		}
		return uint8(pivot)
	}
	if mid := float32(float32(lower+val) * 0.5); x < mid {
		return uint8(lowerPivot)
	}
	return uint8(pivot)
}

// blockAbsmax returns max |v| over vals[start:end] as float32.
func blockAbsmax(vals []float32) float32 {
	var m float32
	for _, v := range vals {
		if a := float32(math.Abs(float64(v))); a > m {
			m = a
		}
	}
	return m
}

// QuantizeBnB8 quantizes an [out, in] weight as LLM.int8() does (the
// weight is first rounded to float16, as Int8Params does): the int8
// "weight" [out, in] and float32 "SCB" [out] of a Linear8bitLt state dict.
func QuantizeBnB8(w *tensor.Tensor) (q, scb *tensor.Tensor, err error) {
	if len(w.Shape) != 2 {
		return nil, nil, fmt.Errorf("weight %v: want [out_features, in_features]", w.Shape)
	}
	out, in := w.Shape[0], w.Shape[1]
	f32, err := w.Convert(ir.Float32)
	if err != nil {
		return nil, nil, err
	}
	h, err := roundTo(ir.Float16, w.Shape, f32.Float32s())
	if err != nil {
		return nil, nil, err
	}
	vals := h.Float32s()
	if q, err = tensor.New(ir.Int8, ir.Shape{out, in}); err != nil {
		return nil, nil, err
	}
	scales := make([]float32, out)
	for o := 0; o < out; o++ {
		row := vals[o*in : (o+1)*in]
		absmax := blockAbsmax(row)
		scales[o] = absmax
		s := float32(float32(1/absmax) * 127) // +Inf for an all-zero row: 0 * Inf = NaN -> 0
		for i, v := range row {
			x := float64(float32(v * s))
			var c int8
			if !math.IsNaN(x) {
				c = int8(max(-128, min(127, math.RoundToEven(x))))
			}
			q.Data[o*in+i] = byte(c)
		}
	}
	scb, err = tensor.FromFloat32(ir.Shape{out}, scales)
	return q, scb, err
}

// BnB4 is one Linear quantized to 4 bits: its tensors under the names a
// Linear4bit state dict gives them, relative to "<module>." ("weight",
// "weight.absmax", "weight.quant_map", with double quantization
// "weight.nested_absmax" and "weight.nested_quant_map", and
// "weight.quant_state.bitsandbytes__<type>", the JSON quant_state).
type BnB4 struct {
	Tensors map[string]*tensor.Tensor
	State   QuantState
}

// QuantizeBnB4 quantizes an [out, in] weight as bitsandbytes'
// quantize_4bit does: the weight rounded to dtype (the model's torch_dtype:
// float16, bfloat16 or float32, the quant_state's dtype), quantType nf4 or
// fp4, blocksize 64 (the only one kiln quantizes with), with double
// quantization of absmax when double is set. Errors name the argument.
func QuantizeBnB4(w *tensor.Tensor, quantType string, blocksize int, double bool, dtype ir.DType) (*BnB4, error) {
	if len(w.Shape) != 2 {
		return nil, fmt.Errorf("weight %v: want [out_features, in_features]", w.Shape)
	}
	var quantize func(float32) uint8
	var code [16]float32
	switch quantType {
	case "nf4":
		quantize, code = quantizeNF4, NF4
	case "fp4":
		quantize, code = quantizeFP4, FP4
	default:
		return nil, fmt.Errorf("bnb_4bit_quant_type %q: want nf4 or fp4", quantType)
	}
	if blocksize != BnBBlocksize {
		return nil, fmt.Errorf("blocksize %d: kiln quantizes 4-bit weights in blocks of %d, as transformers' bitsandbytes integration", blocksize, BnBBlocksize)
	}
	dtName, ok := map[ir.DType]string{ir.Float16: "float16", ir.BFloat16: "bfloat16", ir.Float32: "float32"}[dtype]
	if !ok {
		return nil, fmt.Errorf("weight dtype %s: want float16, bfloat16 or float32", dtype)
	}
	f32, err := w.Convert(ir.Float32)
	if err != nil {
		return nil, err
	}
	r, err := roundTo(dtype, w.Shape, f32.Float32s())
	if err != nil {
		return nil, err
	}
	vals := r.Float32s()
	n := len(vals)
	nblocks := (n + blocksize - 1) / blocksize
	absmax := make([]float32, nblocks)
	packed := make([]byte, (n+1)/2)
	for b := 0; b < nblocks; b++ {
		blk := vals[b*blocksize : min(n, (b+1)*blocksize)]
		absmax[b] = blockAbsmax(blk)
		inv := float32(1 / absmax[b])
		for j := 0; j < len(blk); j += 2 {
			k := b*blocksize + j
			hi := quantize(float32(blk[j] * inv))
			var lo uint8
			if k+1 < n {
				lo = quantize(float32(blk[j+1] * inv))
			} else {
				lo = quantize(float32(0 * inv)) // the kernel's zero padding
			}
			packed[k/2] = hi<<4 | lo
		}
	}
	st := QuantState{QuantType: quantType, Blocksize: blocksize, DType: dtName, Shape: []int{w.Shape[0], w.Shape[1]}}
	ts := map[string]*tensor.Tensor{}
	if ts["weight"], err = bytesTensor(ir.Shape{len(packed), 1}, packed); err != nil {
		return nil, err
	}
	if ts["weight.quant_map"], err = tensor.FromFloat32(ir.Shape{16}, code[:]); err != nil {
		return nil, err
	}
	if !double {
		ts["weight.absmax"], err = tensor.FromFloat32(ir.Shape{nblocks}, absmax)
	} else {
		err = nestAbsmax(ts, &st, absmax)
	}
	if err != nil {
		return nil, err
	}
	js, err := st.MarshalJSON()
	if err != nil {
		return nil, err
	}
	if ts["weight.quant_state.bitsandbytes__"+quantType], err = bytesTensor(ir.Shape{len(js)}, js); err != nil {
		return nil, err
	}
	return &BnB4{Tensors: ts, State: st}, nil
}

// nestAbsmax double-quantizes absmax into ts and records it in st.
func nestAbsmax(ts map[string]*tensor.Tensor, st *QuantState, absmax []float32) error {
	var sum float64
	for _, a := range absmax {
		sum += float64(a)
	}
	offset := float32(sum / float64(len(absmax)))
	centred := make([]float32, len(absmax))
	for i, a := range absmax {
		centred[i] = a - offset
	}
	code := DynamicMap()
	nb := (len(centred) + bnbNestedBlocksize - 1) / bnbNestedBlocksize
	nested := make([]float32, nb)
	q := make([]byte, len(centred))
	for b := 0; b < nb; b++ {
		blk := centred[b*bnbNestedBlocksize : min(len(centred), (b+1)*bnbNestedBlocksize)]
		nested[b] = blockAbsmax(blk)
		inv := float32(1 / nested[b])
		for j, x := range blk {
			q[b*bnbNestedBlocksize+j] = quantizeDynamic(&code, float32(x*inv))
		}
	}
	var err error
	if ts["weight.absmax"], err = bytesTensor(ir.Shape{len(q)}, q); err != nil {
		return err
	}
	if ts["weight.nested_absmax"], err = tensor.FromFloat32(ir.Shape{nb}, nested); err != nil {
		return err
	}
	if ts["weight.nested_quant_map"], err = tensor.FromFloat32(ir.Shape{256}, code[:]); err != nil {
		return err
	}
	off := float64(offset)
	st.NestedBlocksize, st.NestedDType, st.NestedOffset = bnbNestedBlocksize, "float32", &off
	return nil
}

// MarshalJSON writes the quant_state as bitsandbytes' pack_dict_to_tensor
// does (json.dumps of the non-tensor items in as_dict's order, with
// Python's ", " and ": " separators).
func (q QuantState) MarshalJSON() ([]byte, error) {
	if len(q.Shape) != 2 {
		return nil, fmt.Errorf("quant_state shape %v: want [out_features, in_features]", q.Shape)
	}
	s := fmt.Sprintf(`{"quant_type": %q, "blocksize": %d, "dtype": %q, "shape": [%d, %d]`, q.QuantType, q.Blocksize, q.DType, q.Shape[0], q.Shape[1])
	if q.Nested() {
		s += fmt.Sprintf(`, "nested_blocksize": %d, "nested_dtype": %q, "nested_offset": %s`, q.NestedBlocksize, q.NestedDType, pyFloat(*q.NestedOffset))
	}
	return []byte(s + "}"), nil
}

// pyFloat formats v as Python's repr does: the shortest digits that
// round-trip, in fixed notation for decimal exponents -4 to 15 (with ".0"
// when integral) and otherwise as d.ddde±XX.
func pyFloat(v float64) string {
	sci := strconv.FormatFloat(v, 'e', -1, 64) // -d.ddde-XX
	i := strings.IndexByte(sci, 'e')
	exp, _ := strconv.Atoi(sci[i+1:])
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		return fmt.Sprintf("%se%s%02d", sci[:i], sign, exp)
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsRune(s, '.') {
		s += ".0"
	}
	return s
}

func bytesTensor(shape ir.Shape, b []byte) (*tensor.Tensor, error) {
	t, err := tensor.New(ir.Uint8, shape)
	if err != nil {
		return nil, err
	}
	copy(t.Data, b)
	return t, nil
}
