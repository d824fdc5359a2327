package quant

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// AWQ layouts (AutoAWQ), 4-bit, for a Linear of in x out with
// G = in/group_size groups:
//
// GEMM (versions gemm, exllama, ipex):
//
//	qweight int32 [in, out/8]   word c of row i holds q[i][8c+AWQOrder[n]] in nibble n
//	qzeros  int32 [G, out/8]    the same packing of z[g][o]
//	scales  float [G, out]
//
// GEMV:
//
//	qweight int32 [out, in/8]   word c of row o holds q[o][8c+n] in nibble n
//	qzeros  int32 [out, W]      the same packing of z[o][g], g < G; W = calculateZerosWidth
//	scales  float [out, 8W]     columns g < G used, the rest padding
//
// and the float weight, as the Linear's [out, in], is
// (q - z) * scale over the row's group, computed in float32 and rounded to
// the scales' dtype (AutoAWQ's dequantize_gemm: int8 - int8, times half).

// AWQOrder is AutoAWQ's GEMM nibble order: nibble n of a word holds column
// AWQOrder[n] of its group of 8.
var AWQOrder = [8]int{0, 2, 4, 6, 1, 3, 5, 7}

// calculateZerosWidth is AutoAWQ's qzeros width for GEMV: the number of
// groups rounded up to whole words, then to a multiple of 1, 2 or 4 words
// for group sizes >= 128, 64 and 32. Other group sizes are refused there.
func calculateZerosWidth(in, groupSize int) (int, error) {
	mult := 0
	switch {
	case groupSize >= 128:
		mult = 1
	case groupSize == 64:
		mult = 2
	case groupSize == 32:
		mult = 4
	default:
		return 0, fmt.Errorf("group_size = %d: AutoAWQ's GEMV packing takes 32, 64 or >= 128", groupSize)
	}
	w := (in/groupSize + 7) / 8
	return (w + mult - 1) / mult * mult, nil
}

// awqLinear is one AWQ-quantized Linear, validated from tensor types.
type awqLinear struct {
	prefix     string
	cfg        AWQConfig
	in, out    int
	groupSize  int
	zerosWidth int // GEMV only
	scaleDType ir.DType
}

// planAWQ checks the shapes and dtypes of prefix's tensors against cfg.
func planAWQ(prefix string, cfg AWQConfig, info func(string) (ir.Type, bool)) (*awqLinear, error) {
	l := &awqLinear{prefix: prefix, cfg: cfg}
	qw, qz, sc := prefix+".qweight", prefix+".qzeros", prefix+".scales"
	if _, ok := info(prefix + ".g_idx"); ok {
		return nil, fmt.Errorf("%s.g_idx: present, but AWQ has no g_idx (is this a GPTQ checkpoint?)", prefix)
	}
	t, _ := info(qw)
	layout := "[in_features, out_features/8] (version gemm)"
	if cfg.GEMV {
		layout = "[out_features, in_features/8] (version gemv)"
	}
	if t.DType != ir.Int32 || len(t.Shape) != 2 || t.Shape[0] == 0 || t.Shape[1] == 0 {
		return nil, fmt.Errorf("%s: %s%v, want int32 %s", qw, t.DType, t.Shape, layout)
	}
	st, ok := info(sc)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s is AWQ-packed)", sc, qw)
	}
	if !isFloatDType(st.DType) || len(st.Shape) != 2 {
		return nil, fmt.Errorf("%s: %s%v, want a rank-2 float16, bfloat16 or float32 tensor", sc, st.DType, st.Shape)
	}
	zt, ok := info(qz)
	if !ok {
		return nil, fmt.Errorf("%s: missing (%s is AWQ-packed)", qz, qw)
	}
	if zt.DType != ir.Int32 {
		return nil, fmt.Errorf("%s: dtype %s, want int32", qz, zt.DType)
	}
	l.scaleDType = st.DType
	if cfg.GEMV {
		l.out, l.in = t.Shape[0], t.Shape[1]*8
	} else {
		l.in, l.out = t.Shape[0], t.Shape[1]*8
	}
	l.groupSize = cfg.GroupSize
	if l.groupSize == -1 {
		l.groupSize = l.in
	}
	if l.in%l.groupSize != 0 {
		return nil, fmt.Errorf("%s: in_features = %d is not a multiple of group_size = %d", qw, l.in, cfg.GroupSize)
	}
	groups := l.in / l.groupSize
	if !cfg.GEMV {
		if err := want2D(st, sc, groups, l.out); err != nil {
			return nil, fmt.Errorf("%w (in_features/group_size, out_features from %s)", err, qw)
		}
		if err := want2D(zt, qz, groups, l.out/8); err != nil {
			return nil, fmt.Errorf("%w (in_features/group_size, out_features/8 from %s)", err, qw)
		}
		return l, nil
	}
	w, err := calculateZerosWidth(l.in, l.groupSize)
	if err != nil {
		return nil, err
	}
	l.zerosWidth = w
	if err := want2D(zt, qz, l.out, w); err != nil {
		return nil, fmt.Errorf("%w (out_features from %s, AutoAWQ's zeros width for in_features = %d, group_size = %d)", err, qw, l.in, cfg.GroupSize)
	}
	if err := want2D(st, sc, l.out, 8*w); err != nil {
		return nil, fmt.Errorf("%w (out_features from %s, 8 x the zeros width)", err, qw)
	}
	return l, nil
}

// dequantize reads the packed tensors and returns the float32 [out, in]
// weight.
func (l *awqLinear) dequantize(get func(string) (*tensor.Tensor, error)) (*tensor.Tensor, error) {
	u, err := l.unpack(get)
	if err != nil {
		return nil, err
	}
	return u.dequantize()
}

// unpack reads the packed tensors into integers, zero points and float32
// scales.
func (l *awqLinear) unpack(get func(string) (*tensor.Tensor, error)) (*intLinear, error) {
	qw, qz, sc := l.prefix+".qweight", l.prefix+".qzeros", l.prefix+".scales"
	qweight, qzeros, scales, err := readPacked(get, qw, qz, sc)
	if err != nil {
		return nil, err
	}
	in, out, gs := l.in, l.out, l.groupSize
	groups := in / gs
	u := &intLinear{name: l.prefix, in: in, out: out, groups: groups, bits: 4, gidx: make([]int, in),
		q: make([]int32, out*in), zeros: make([]int32, out*groups), scales: make([]float32, out*groups), scaleDType: l.scaleDType}
	for i := range u.gidx {
		u.gidx[i] = i / gs
	}
	if l.cfg.GEMV {
		sw := 8 * l.zerosWidth
		for o := 0; o < out; o++ {
			for i := 0; i < in; i++ {
				u.q[o*in+i] = int32(qweight[o*(in/8)+i/8]>>(4*(i%8))) & 0xF
			}
			for g := 0; g < groups; g++ {
				u.zeros[o*groups+g] = int32(qzeros[o*l.zerosWidth+g/8]>>(4*(g%8))) & 0xF
				u.scales[o*groups+g] = scales[o*sw+g]
			}
		}
		return u, nil
	}
	var nibble [8]int // column c%8 lives in nibble nibble[c%8]
	for n, c := range AWQOrder {
		nibble[c] = n
	}
	ow := out / 8
	for i := 0; i < in; i++ {
		for o := 0; o < out; o++ {
			u.q[o*in+i] = int32(qweight[i*ow+o/8]>>(4*nibble[o%8])) & 0xF
		}
	}
	for g := 0; g < groups; g++ {
		for o := 0; o < out; o++ {
			u.zeros[o*groups+g] = int32(qzeros[g*ow+o/8]>>(4*nibble[o%8])) & 0xF
			u.scales[o*groups+g] = scales[g*out+o]
		}
	}
	return u, nil
}

// PackAWQGEMM packs q[i][o] ([in, out]) and z[g][o] ([groups, out]), each
// < 16, into AutoAWQ's GEMM qweight [in, out/8] and qzeros [groups, out/8].
func PackAWQGEMM(q, z []uint32, in, out int) (qweight, qzeros []uint32) {
	pack := func(vals []uint32, rows int) []uint32 {
		words := make([]uint32, rows*out/8)
		for r := 0; r < rows; r++ {
			for c := 0; c < out/8; c++ {
				for n, src := range AWQOrder {
					words[r*out/8+c] |= (vals[r*out+8*c+src] & 0xF) << (4 * n)
				}
			}
		}
		return words
	}
	return pack(q, in), pack(z, len(z)/out)
}

// PackAWQGEMV packs q[o][i] ([out, in]) and z[o][g] ([out, groups]) into
// AutoAWQ's GEMV qweight [out, in/8] and qzeros [out, width] (width from
// AutoAWQ's calculate_zeros_width; unused nibbles zero).
func PackAWQGEMV(q, z []uint32, in, out, groupSize int) (qweight, qzeros []uint32, width int, err error) {
	width, err = calculateZerosWidth(in, groupSize)
	if err != nil {
		return nil, nil, 0, err
	}
	groups := in / groupSize
	qweight = make([]uint32, out*in/8)
	qzeros = make([]uint32, out*width)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			qweight[o*in/8+i/8] |= (q[o*in+i] & 0xF) << (4 * (i % 8))
		}
		for g := 0; g < groups; g++ {
			qzeros[o*width+g/8] |= (z[o*groups+g] & 0xF) << (4 * (g % 8))
		}
	}
	return qweight, qzeros, width, nil
}
