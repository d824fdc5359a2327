package quant

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// GPTQ layout (AutoGPTQ / GPTQModel, checkpoint_format gptq and gptq_v2),
// for a Linear of in_features x out_features and G = ceil(in/group_size)
// groups (group_size -1: G = 1):
//
//	qweight int32 [in*bits/32, out]  column o is the stream of q[i][o], i = 0..in-1
//	qzeros  int32 [G, out*bits/32]   row g is the stream of z[g][o], o = 0..out-1
//	scales  float [G, out]
//	g_idx   int32 [in]               group of input row i (default i / group_size)
//
// and the float weight, stored transposed as the Linear's [out, in], is
//
//	weight[o][i] = scales[g][o] * (q[i][o] - zero[g][o]),  g = g_idx[i]
//
// with zero = z + 1 for gptq (v1 stores zero-1) and zero = z for gptq_v2,
// computed in float32 and rounded to the scales' dtype as torch does for
// int * half.

// gptqLinear is one GPTQ-quantized Linear, validated from tensor types.
type gptqLinear struct {
	prefix     string
	cfg        GPTQConfig
	in, out    int
	groups     int
	hasGIdx    bool
	scaleDType ir.DType
}

func (l *gptqLinear) names() (qweight, qzeros, scales, gidx string) {
	return l.prefix + ".qweight", l.prefix + ".qzeros", l.prefix + ".scales", l.prefix + ".g_idx"
}

// planGPTQ checks the shapes and dtypes of prefix's tensors against cfg.
func planGPTQ(prefix string, cfg GPTQConfig, info func(string) (ir.Type, bool)) (*gptqLinear, error) {
	l := &gptqLinear{prefix: prefix, cfg: cfg}
	qw, qz, sc, gi := l.names()
	bits := cfg.Bits
	t, _ := info(qw)
	if t.DType != ir.Int32 || len(t.Shape) != 2 {
		return nil, fmt.Errorf("%s: %s%v, want int32 [in_features*bits/32, out_features]", qw, t.DType, t.Shape)
	}
	rows := t.Shape[0]
	l.out = t.Shape[1]
	if bits == 3 {
		if rows%3 != 0 {
			return nil, fmt.Errorf("%s: %d rows is not a multiple of 3: bits = 3 packs 32 input rows in 3 words", qw, rows)
		}
		l.in = rows / 3 * 32
	} else {
		l.in = rows * 32 / bits
	}
	if l.in == 0 || l.out == 0 {
		return nil, fmt.Errorf("%s: empty shape %v", qw, t.Shape)
	}
	if gt, ok := info(gi); ok {
		if gt.DType != ir.Int32 && gt.DType != ir.Int64 || len(gt.Shape) != 1 || gt.Shape[0] != l.in {
			return nil, fmt.Errorf("%s: %s%v, want int32 [%d] (in_features from %s and bits = %d)", gi, gt.DType, gt.Shape, l.in, qw, bits)
		}
		l.hasGIdx = true
	} else if cfg.DescAct {
		return nil, fmt.Errorf("%s: missing; desc_act = true needs each row's group", gi)
	}
	gs := cfg.GroupSize
	if gs == -1 {
		gs = l.in
	}
	l.groups = (l.in + gs - 1) / gs
	st, ok := info(sc)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s is GPTQ-packed)", sc, qw)
	}
	if !isFloatDType(st.DType) {
		return nil, fmt.Errorf("%s: dtype %s, want float16, bfloat16 or float32", sc, st.DType)
	}
	if err := want2D(st, sc, -1, l.out); err != nil {
		return nil, err
	}
	if st.Shape[0] != l.groups {
		return nil, fmt.Errorf("%s: %d groups, but group_size = %d over in_features = %d gives %d", sc, st.Shape[0], cfg.GroupSize, l.in, l.groups)
	}
	l.scaleDType = st.DType
	zt, ok := info(qz)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s is GPTQ-packed)", qz, qw)
	}
	if l.out*bits%32 != 0 {
		return nil, fmt.Errorf("%s: out_features = %d does not pack into whole words at bits = %d", qz, l.out, bits)
	}
	if zt.DType != ir.Int32 {
		return nil, fmt.Errorf("%s: dtype %s, want int32", qz, zt.DType)
	}
	if err := want2D(zt, qz, l.groups, l.out*bits/32); err != nil {
		return nil, fmt.Errorf("%w (groups from %s, out_features*bits/32)", err, sc)
	}
	return l, nil
}

// dequantize reads the packed tensors and returns the float32 [out, in]
// weight.
func (l *gptqLinear) dequantize(get func(string) (*tensor.Tensor, error)) (*tensor.Tensor, error) {
	u, err := l.unpack(get)
	if err != nil {
		return nil, err
	}
	return u.dequantize()
}

// unpack reads the packed tensors into integers, zero points (with v1's
// +1 applied) and float32 scales.
func (l *gptqLinear) unpack(get func(string) (*tensor.Tensor, error)) (*intLinear, error) {
	qw, qz, sc, _ := l.names()
	qweight, qzeros, scales, err := readPacked(get, qw, qz, sc)
	if err != nil {
		return nil, err
	}
	gidx, err := l.gidxOf(get)
	if err != nil {
		return nil, err
	}
	bits, out, in := l.cfg.Bits, l.out, l.in
	u := &intLinear{name: l.prefix, in: in, out: out, groups: l.groups, bits: bits, gidx: gidx,
		q: make([]int32, out*in), zeros: make([]int32, out*l.groups), scales: make([]float32, out*l.groups), scaleDType: l.scaleDType}
	zw := out * bits / 32
	for g := 0; g < l.groups; g++ {
		row := qzeros[g*zw : (g+1)*zw]
		for o := 0; o < out; o++ {
			z := int32(unpackStream(func(w int) uint32 { return row[w] }, o, bits))
			if !l.cfg.V2 {
				z++ // v1 stores zero-1
			}
			u.zeros[o*l.groups+g] = z
			u.scales[o*l.groups+g] = scales[g*out+o]
		}
	}
	per, mask := 32/bits, uint32(1)<<bits-1
	for o := 0; o < out; o++ {
		col := func(w int) uint32 { return qweight[w*out+o] }
		for i := 0; i < in; i++ {
			if bits == 3 {
				u.q[o*in+i] = int32(unpackStream(col, i, bits))
			} else { // whole values per word: the stream read without its straddling case
				u.q[o*in+i] = int32(qweight[(i/per)*out+o] >> (bits * (i % per)) & mask)
			}
		}
	}
	return u, nil
}

// PackGPTQ packs integer weights q[i][o] (row-major [in, out], each <
// 2^bits) and zero points zero[g][o] ([groups, out]) into GPTQ's qweight
// and qzeros words, storing zero-1 unless v2. It is the layout's
// specification run backwards, for tests and fixture writers.
func PackGPTQ(q []uint32, zero []int32, in, out, bits int, v2 bool) (qweight, qzeros []uint32) {
	rowsPerCol := (in*bits + 31) / 32
	qweight = make([]uint32, rowsPerCol*out)
	col := make([]uint32, in)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			col[i] = q[i*out+o]
		}
		for w, word := range PackStream(col, bits) {
			qweight[w*out+o] = word
		}
	}
	groups := len(zero) / out
	for g := 0; g < groups; g++ {
		row := make([]uint32, out)
		for o := 0; o < out; o++ {
			z := zero[g*out+o]
			if !v2 {
				z--
			}
			row[o] = uint32(z) & (1<<bits - 1)
		}
		qzeros = append(qzeros, PackStream(row, bits)...)
	}
	return qweight, qzeros
}
