package quant

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// bitsandbytes layouts.
//
// LLM.int8() (Linear8bitLt), for a Linear [out, in]:
//
//	weight        int8    [out, in]
//	SCB           float32 [out]      absmax of each row
//	weight_format uint8   (optional) 0 = row-major; other (tiled) layouts are refused
//
// weight = (float32(int8) * SCB[o]) * float32(1/127 as 7.874015718698502e-3),
// each product rounded to float32 (bitsandbytes' int8_vectorwise_dequant).
//
// 4-bit (Params4bit), the [out, in] weight flattened row-major into n values
// in blocks of blocksize:
//
//	weight                                 uint8 [ceil(n/2), 1]  two codes a byte, the first in the high nibble
//	weight.absmax                          float32 [nblocks], or uint8 [nblocks] with double quantization
//	weight.quant_map                       float32 [16]           the codebook (kiln uses the kernels' fixed tables)
//	weight.nested_absmax                   float32 [ceil(nblocks/nested_blocksize)]  (double quantization)
//	weight.nested_quant_map                float32 [256]          (double quantization)
//	weight.quant_state.bitsandbytes__<nf4|fp4>  uint8 [k]  JSON: quant_type, blocksize, dtype, shape,
//	                                       and nested_blocksize, nested_dtype, nested_offset
//
// With double quantization absmax[b] = nested_quant_map[absmax8[b]] *
// nested_absmax[b/nested_blocksize] + nested_offset (each step rounded to
// float32), and weight[k] = code[nibble] * absmax[k/blocksize] in float32,
// rounded to the quant_state's dtype.

// NF4 is bitsandbytes' NormalFloat4 codebook (float32).
var NF4 = [16]float32{
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
	-0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
	0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
	0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
}

// FP4 is bitsandbytes' FP4 (e2m1, bias 2, normalised by 12) codebook, in
// code order: bit 3 is the sign.
var FP4 = [16]float32{
	0, 0.0625 / 12, 8.0 / 12, 1, 4.0 / 12, 6.0 / 12, 2.0 / 12, 3.0 / 12,
	0, -0.0625 / 12, -8.0 / 12, -1, -4.0 / 12, -6.0 / 12, -2.0 / 12, -3.0 / 12,
}

// int8Scale is 1/127 as bitsandbytes writes it, a float32 multiplier.
const int8Scale = float32(7.874015718698502e-3)

// bnb8Linear is one LLM.int8() Linear.
type bnb8Linear struct {
	prefix  string
	out, in int
}

func planBNB8(prefix string, info func(string) (ir.Type, bool)) (*bnb8Linear, error) {
	w, scb := prefix+".weight", prefix+".SCB"
	t, ok := info(w)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s holds its row scales)", w, scb)
	}
	if t.DType != ir.Int8 || len(t.Shape) != 2 {
		return nil, fmt.Errorf("%s: %s%v, want int8 [out_features, in_features] (load_in_8bit)", w, t.DType, t.Shape)
	}
	st, _ := info(scb)
	if !isFloatDType(st.DType) || len(st.Shape) != 1 || st.Shape[0] != t.Shape[0] {
		return nil, fmt.Errorf("%s: %s%v, want float32 [%d] (out_features of %s)", scb, st.DType, st.Shape, t.Shape[0], w)
	}
	if ft, ok := info(prefix + ".weight_format"); ok && (ft.DType != ir.Uint8 && ft.DType != ir.Int64 || ft.Shape.NumElements() != 1) {
		return nil, fmt.Errorf("%s.weight_format: %s%v, want one uint8", prefix, ft.DType, ft.Shape)
	}
	return &bnb8Linear{prefix: prefix, out: t.Shape[0], in: t.Shape[1]}, nil
}

func (l *bnb8Linear) dequantize(get func(string) (*tensor.Tensor, error), has func(string) bool) (*tensor.Tensor, error) {
	if f := l.prefix + ".weight_format"; has(f) {
		ft, err := get(f)
		if err != nil {
			return nil, err
		}
		if v := ft.Int64s()[0]; v != 0 {
			return nil, fmt.Errorf("%s = %d: only the row-major layout (0) is supported, not bitsandbytes' tiled GPU layouts", f, v)
		}
	}
	wT, err := get(l.prefix + ".weight")
	if err != nil {
		return nil, err
	}
	sT, err := get(l.prefix + ".SCB")
	if err != nil {
		return nil, err
	}
	scb := sT.Float32s()
	vals := make([]float32, l.out*l.in)
	for o := 0; o < l.out; o++ {
		for i := 0; i < l.in; i++ {
			q := float32(int8(wT.Data[o*l.in+i]))
			vals[o*l.in+i] = float32(q*scb[o]) * int8Scale
		}
	}
	return tensor.FromFloat32(ir.Shape{l.out, l.in}, vals)
}

// QuantState is bitsandbytes' serialized 4-bit quant_state JSON (the
// "weight.quant_state.bitsandbytes__<type>" tensor's bytes).
type QuantState struct {
	QuantType       string   `json:"quant_type"`
	Blocksize       int      `json:"blocksize"`
	DType           string   `json:"dtype"`
	Shape           []int    `json:"shape"`
	NestedBlocksize int      `json:"nested_blocksize"`
	NestedDType     string   `json:"nested_dtype"`
	NestedOffset    *float64 `json:"nested_offset"`
}

// Nested reports double quantization.
func (q *QuantState) Nested() bool { return q.NestedOffset != nil }

// validBlocksize are the block sizes bitsandbytes quantizes with.
func validBlocksize(b int) bool {
	return b >= 32 && b <= 4096 && b&(b-1) == 0
}

// dtypeNamed maps a quant_state dtype ("float16", "bfloat16", "float32").
func dtypeNamed(s string) (ir.DType, bool) {
	switch strings.TrimPrefix(s, "torch.") {
	case "float16":
		return ir.Float16, true
	case "bfloat16":
		return ir.BFloat16, true
	case "float32":
		return ir.Float32, true
	}
	return ir.Invalid, false
}

// ParseQuantState parses and validates a serialized quant_state (name is
// the tensor's, for errors). Unknown keys are refused by name.
func ParseQuantState(data []byte, name string) (*QuantState, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil || keys == nil {
		return nil, fmt.Errorf("%s: not a JSON object", name)
	}
	known := map[string]bool{"quant_type": true, "blocksize": true, "dtype": true, "shape": true,
		"nested_blocksize": true, "nested_dtype": true, "nested_offset": true}
	for k := range keys {
		if !known[k] {
			return nil, fmt.Errorf("%s: unknown quant_state key %q", name, k)
		}
	}
	q := &QuantState{}
	if err := json.Unmarshal(data, q); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if q.QuantType != "nf4" && q.QuantType != "fp4" {
		return nil, fmt.Errorf("%s: quant_type %q, want nf4 or fp4", name, q.QuantType)
	}
	if !validBlocksize(q.Blocksize) {
		return nil, fmt.Errorf("%s: blocksize %d, want a power of two from 32 to 4096", name, q.Blocksize)
	}
	if _, ok := dtypeNamed(q.DType); !ok {
		return nil, fmt.Errorf("%s: dtype %q, want float16, bfloat16 or float32", name, q.DType)
	}
	if len(q.Shape) != 2 || q.Shape[0] <= 0 || q.Shape[1] <= 0 || q.Shape[0] > math.MaxInt32 || q.Shape[1] > math.MaxInt32/q.Shape[0] {
		return nil, fmt.Errorf("%s: shape %v, want a Linear weight's [out_features, in_features]", name, q.Shape)
	}
	if q.Nested() {
		if !validBlocksize(q.NestedBlocksize) {
			return nil, fmt.Errorf("%s: nested_blocksize %d, want a power of two from 32 to 4096", name, q.NestedBlocksize)
		}
		if strings.TrimPrefix(q.NestedDType, "torch.") != "float32" {
			return nil, fmt.Errorf("%s: nested_dtype %q, want float32", name, q.NestedDType)
		}
		if math.IsNaN(*q.NestedOffset) || math.IsInf(*q.NestedOffset, 0) {
			return nil, fmt.Errorf("%s: nested_offset is not finite", name)
		}
	} else if q.NestedBlocksize != 0 || q.NestedDType != "" {
		return nil, fmt.Errorf("%s: nested_blocksize/nested_dtype without nested_offset", name)
	}
	return q, nil
}

// bnb4Linear is one 4-bit Linear.
type bnb4Linear struct {
	prefix  string
	state   *QuantState
	n       int
	nblocks int
	nested  int // nested blocks
}

func (l *bnb4Linear) name(s string) string { return l.prefix + ".weight" + s }

// planBNB4 validates prefix's 4-bit tensors; stateKey is the quant_state
// tensor's name and state its parsed contents.
func planBNB4(prefix string, state *QuantState, cfg *BNBConfig, info func(string) (ir.Type, bool)) (*bnb4Linear, error) {
	l := &bnb4Linear{prefix: prefix, state: state}
	l.n = state.Shape[0] * state.Shape[1]
	l.nblocks = (l.n + state.Blocksize - 1) / state.Blocksize
	stateName := l.name(".quant_state.bitsandbytes__" + state.QuantType)
	if cfg.QuantType != state.QuantType {
		return nil, fmt.Errorf("%s: quant_type %s, but bnb_4bit_quant_type = %s", stateName, state.QuantType, cfg.QuantType)
	}
	if cfg.DoubleQuant != state.Nested() {
		return nil, fmt.Errorf("%s: nested (double) quantization is %v, but bnb_4bit_use_double_quant = %v", stateName, state.Nested(), cfg.DoubleQuant)
	}
	w := l.name("")
	t, ok := info(w)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s describes it)", w, stateName)
	}
	if t.DType != ir.Uint8 || t.Shape.NumElements() != (l.n+1)/2 || len(t.Shape) == 2 && t.Shape[1] != 1 || len(t.Shape) > 2 {
		return nil, fmt.Errorf("%s: %s%v, want uint8 [%d, 1] (two 4-bit codes a byte for shape %v in %s)", w, t.DType, t.Shape, (l.n+1)/2, state.Shape, stateName)
	}
	am := l.name(".absmax")
	at, ok := info(am)
	if !ok {
		return nil, fmt.Errorf("%s: missing", am)
	}
	wantAbs := ir.Float32
	if state.Nested() {
		wantAbs = ir.Uint8
	}
	if at.DType != wantAbs || len(at.Shape) != 1 || at.Shape[0] != l.nblocks {
		return nil, fmt.Errorf("%s: %s%v, want %s [%d] (blocksize %d over %d values)", am, at.DType, at.Shape, wantAbs, l.nblocks, state.Blocksize, l.n)
	}
	if qt, ok := info(l.name(".quant_map")); ok && (qt.DType != ir.Float32 || qt.Shape.NumElements() != 16) {
		return nil, fmt.Errorf("%s: %s%v, want float32 [16]", l.name(".quant_map"), qt.DType, qt.Shape)
	}
	if state.Nested() {
		l.nested = (l.nblocks + state.NestedBlocksize - 1) / state.NestedBlocksize
		na, nm := l.name(".nested_absmax"), l.name(".nested_quant_map")
		nt, ok := info(na)
		if !ok || nt.DType != ir.Float32 || len(nt.Shape) != 1 || nt.Shape[0] != l.nested {
			return nil, fmt.Errorf("%s: %s%v (present %v), want float32 [%d] (nested_blocksize %d over %d blocks)", na, nt.DType, nt.Shape, ok, l.nested, state.NestedBlocksize, l.nblocks)
		}
		mt, ok := info(nm)
		if !ok || mt.DType != ir.Float32 || len(mt.Shape) != 1 || mt.Shape[0] != 256 {
			return nil, fmt.Errorf("%s: %s%v (present %v), want float32 [256]", nm, mt.DType, mt.Shape, ok)
		}
	} else {
		for _, s := range []string{".nested_absmax", ".nested_quant_map"} {
			if _, ok := info(l.name(s)); ok {
				return nil, fmt.Errorf("%s: present, but %s has no nested_offset", l.name(s), stateName)
			}
		}
	}
	return l, nil
}

// hidden lists the tensors the dequantized weight replaces.
func (l *bnb4Linear) hidden() []string {
	return []string{l.name(""), l.name(".absmax"), l.name(".quant_map"), l.name(".nested_absmax"),
		l.name(".nested_quant_map"), l.name(".quant_state.bitsandbytes__" + l.state.QuantType)}
}

// absmax returns the float32 block scales, undoing double quantization.
func (l *bnb4Linear) absmax(get func(string) (*tensor.Tensor, error)) ([]float32, error) {
	at, err := get(l.name(".absmax"))
	if err != nil {
		return nil, err
	}
	if !l.state.Nested() {
		return at.Float32s(), nil
	}
	nt, err := get(l.name(".nested_absmax"))
	if err != nil {
		return nil, err
	}
	mt, err := get(l.name(".nested_quant_map"))
	if err != nil {
		return nil, err
	}
	nabs, code := nt.Float32s(), mt.Float32s()
	off := float32(*l.state.NestedOffset)
	out := make([]float32, l.nblocks)
	for b, q := range at.Data[:l.nblocks] {
		out[b] = float32(code[q]*nabs[b/l.state.NestedBlocksize]) + off
	}
	return out, nil
}

func (l *bnb4Linear) dequantize(get func(string) (*tensor.Tensor, error)) (*tensor.Tensor, error) {
	absmax, err := l.absmax(get)
	if err != nil {
		return nil, err
	}
	wt, err := get(l.name(""))
	if err != nil {
		return nil, err
	}
	code := &NF4
	if l.state.QuantType == "fp4" {
		code = &FP4
	}
	vals := make([]float32, l.n)
	for k := range vals {
		b := wt.Data[k/2]
		nib := b >> 4
		if k%2 == 1 {
			nib = b & 0xF
		}
		vals[k] = code[nib] * absmax[k/l.state.Blocksize]
	}
	dt, _ := dtypeNamed(l.state.DType)
	return roundTo(dt, ir.Shape{l.state.Shape[0], l.state.Shape[1]}, vals)
}

// Pack4bit packs 4-bit codes (row-major, one per weight) two a byte, the
// first in the high nibble, as bitsandbytes does; an odd count leaves the
// last low nibble zero.
func Pack4bit(codes []uint8) []uint8 {
	out := make([]uint8, (len(codes)+1)/2)
	for k, c := range codes {
		if k%2 == 0 {
			out[k/2] |= (c & 0xF) << 4
		} else {
			out[k/2] |= c & 0xF
		}
	}
	return out
}
