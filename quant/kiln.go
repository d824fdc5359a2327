package quant

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// intLinear is one affine-quantized Linear unpacked from its checkpoint
// format: integers q [out, in], and per (output, group) a zero point and a
// scale (row-major [out, groups]); gidx gives each input's group.
type intLinear struct {
	name       string
	in, out    int
	groups     int
	bits       int
	gidx       []int
	q          []int32
	zeros      []int32
	scales     []float32
	scaleDType ir.DType
}

// dequantize is scale * (q - zero) in float32, rounded to the scales'
// dtype: the float32 [out, in] weight of the reference implementations.
func (u *intLinear) dequantize() (*tensor.Tensor, error) {
	vals := make([]float32, u.out*u.in)
	for o := 0; o < u.out; o++ {
		for i := 0; i < u.in; i++ {
			g := o*u.groups + u.gidx[i]
			vals[o*u.in+i] = u.scales[g] * float32(u.q[o*u.in+i]-u.zeros[g])
		}
	}
	return roundTo(u.scaleDType, ir.Shape{u.out, u.in}, vals)
}

// KilnLinear is one quantized Linear in kiln's packing, the operands of
// the IR's quant_matmul (ir.QuantMatmulAttrs, docs/quant.md): QWeight uint8
// [out, in*Bits/8], Scales and Zeros [out, in/GroupSize] in the
// checkpoint's scales dtype. quant_matmul over them computes exactly the
// product with the weight Dequantize gives.
type KilnLinear struct {
	QWeight, Scales, Zeros *tensor.Tensor
	Bits, GroupSize        int
}

// PackKiln converts the quantized Linear at prefix (the module name, e.g.
// "model.layers.0.self_attn.q_proj") of ck, in cfg's format, into kiln's
// packing. GPTQ with 4 or 8 bits and AWQ (every version kiln reads) are
// converted; the group size must divide in_features (GPTQ's -1: one group
// of in_features), and 4 bits need groups of a multiple of 32. Refused,
// with the reason: act-order GPTQ (a g_idx that is not i / group_size:
// its groups are not contiguous in the input order, so x would have to
// be permuted at run time), 2- and 3-bit GPTQ, and bitsandbytes (nf4/fp4
// are codebooks, not affine: they stay dequantized at load, as
// LLM.int8()'s row scales do). Callers fall back to Dequantize's float
// weight for those.
func PackKiln(ck *weights.Checkpoint, cfg *Config, prefix string) (*KilnLinear, error) {
	if cfg == nil {
		return nil, fmt.Errorf("quant: nil config")
	}
	pre := fmt.Sprintf("quant: %s: %s", ck.Path(), prefix)
	var u *intLinear
	var err error
	switch cfg.Method {
	case GPTQ:
		if b := cfg.GPTQ.Bits; b != 4 && b != 8 {
			return nil, fmt.Errorf("%s: GPTQ bits = %d: kiln's packing holds 4 and 8 bits", pre, b)
		}
		var l *gptqLinear
		if l, err = planGPTQ(prefix, *cfg.GPTQ, ck.Info); err == nil {
			u, err = l.unpack(ck.Tensor)
		}
	case AWQ:
		var l *awqLinear
		if l, err = planAWQ(prefix, *cfg.AWQ, ck.Info); err == nil {
			u, err = l.unpack(ck.Tensor)
		}
	default:
		return nil, fmt.Errorf("%s: quant_method %s is not affine group quantization (bitsandbytes nf4/fp4 are codebooks): dequantize it at load", pre, cfg.Method)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pre, err)
	}
	k, err := u.kilnPack()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pre, err)
	}
	return k, nil
}

// KilnModules lists the modules of ck that hold packed GPTQ/AWQ weights
// (the prefixes of its "*.qweight" tensors), for PackKiln.
func KilnModules(ck *weights.Checkpoint) []string {
	var out []string
	for _, n := range ck.Names() {
		if strings.HasSuffix(n, qweightSuffix) {
			out = append(out, strings.TrimSuffix(n, qweightSuffix))
		}
	}
	return out
}

// kilnPack writes u in kiln's packing. Zero points must fit the packing's
// arithmetic exactly (they are stored as floats in the scales' dtype:
// integers up to 2^bits, exact in every float dtype).
func (u *intLinear) kilnPack() (*KilnLinear, error) {
	if u.in%u.groups != 0 {
		return nil, fmt.Errorf("in_features = %d is not a multiple of its %d groups", u.in, u.groups)
	}
	gs := u.in / u.groups
	for i, g := range u.gidx {
		if g != i/gs {
			return nil, fmt.Errorf("g_idx[%d] = %d, not %d: act-order (desc_act) groups are not contiguous; kiln's packing needs the input order permuted at run time, which is not implemented", i, g, i/gs)
		}
	}
	if u.bits == 4 && gs%32 != 0 {
		return nil, fmt.Errorf("group size %d: kiln's 4-bit packing needs a multiple of 32", gs)
	}
	rowBytes := u.in * u.bits / 8
	packed := make([]byte, u.out*rowBytes)
	for o := 0; o < u.out; o++ {
		row, q := packed[o*rowBytes:][:rowBytes], u.q[o*u.in:][:u.in]
		for i, v := range q {
			if u.bits == 8 {
				row[i] = byte(v)
				continue
			}
			b := &row[i/32*16+i%16]
			if i%32 < 16 {
				*b |= byte(v & 15)
			} else {
				*b |= byte(v&15) << 4
			}
		}
	}
	qw, err := tensor.New(ir.Uint8, ir.Shape{u.out, rowBytes})
	if err != nil {
		return nil, err
	}
	copy(qw.Data, packed)
	zs := make([]float32, len(u.zeros))
	for i, z := range u.zeros {
		zs[i] = float32(z)
	}
	scales, err := inDType(u.scaleDType, ir.Shape{u.out, u.groups}, u.scales)
	if err != nil {
		return nil, err
	}
	zeros, err := inDType(u.scaleDType, ir.Shape{u.out, u.groups}, zs)
	if err != nil {
		return nil, err
	}
	return &KilnLinear{QWeight: qw, Scales: scales, Zeros: zeros, Bits: u.bits, GroupSize: gs}, nil
}

// inDType is vals (each representable in dt) as a tensor of dtype dt.
func inDType(dt ir.DType, shape ir.Shape, vals []float32) (*tensor.Tensor, error) {
	t, err := tensor.FromFloat32(shape, vals)
	if err != nil || dt == ir.Float32 {
		return t, err
	}
	return t.Convert(dt)
}
