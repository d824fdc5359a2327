package quant

import (
	"fmt"
	"strings"
	"sync"

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
//
// Perm, for act-order GPTQ (a g_idx that is not i / group_size), is the
// int32 [in] permutation of the inputs the packing holds: packed input j
// is the checkpoint's input Perm[j] (actOrderPerm: sorted by group,
// stably), so quant_matmul(x[..., Perm], ...) is x @ weight.T. nil: the
// inputs are in their own order.
type KilnLinear struct {
	QWeight, Scales, Zeros *tensor.Tensor
	Perm                   *tensor.Tensor
	Bits, GroupSize        int
}

// PackKiln converts the quantized Linear at prefix (the module name, e.g.
// "model.layers.0.self_attn.q_proj") of ck, in cfg's format, into kiln's
// packing. GPTQ with 4 or 8 bits and AWQ (every version kiln reads) are
// converted; the group size must divide in_features (GPTQ's -1: one group
// of in_features), and 4 bits need groups of a multiple of 32. Act-order
// GPTQ (a g_idx that is not i / group_size) is packed with its inputs
// sorted by group (KilnLinear.Perm); its groups must all hold
// in_features / groups inputs. Refused, with the reason: 2- and 3-bit
// GPTQ, and bitsandbytes (nf4/fp4
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

// kilnPack writes u in kiln's packing, its inputs sorted by group first
// when g_idx is not i / group_size (act-order: KilnLinear.Perm). Zero
// points must fit the packing's arithmetic exactly (they are stored as
// floats in the scales' dtype: integers up to 2^bits, exact in every
// float dtype).
func (u *intLinear) kilnPack() (*KilnLinear, error) {
	if u.bits != 4 && u.bits != 8 {
		return nil, fmt.Errorf("bits = %d: kiln's packing holds 4 and 8 bits", u.bits)
	}
	perm, identity, err := actOrderPerm(u.gidx, u.groups)
	if err != nil {
		return nil, err
	}
	var permT *tensor.Tensor
	if !identity {
		if permT, err = permTensor(perm); err != nil {
			return nil, err
		}
		u = u.permuteInputs(perm)
	}
	gs := u.in / u.groups
	for i, g := range u.gidx { // the packing's invariant, which the sort establishes
		if g != i/gs {
			return nil, fmt.Errorf("internal: permuted g_idx[%d] = %d, not %d", i, g, i/gs)
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
	return &KilnLinear{QWeight: qw, Scales: scales, Zeros: zeros, Perm: permT, Bits: u.bits, GroupSize: gs}, nil
}

// inDType is vals (each representable in dt) as a tensor of dtype dt.
func inDType(dt ir.DType, shape ir.Shape, vals []float32) (*tensor.Tensor, error) {
	t, err := tensor.FromFloat32(shape, vals)
	if err != nil || dt == ir.Float32 {
		return t, err
	}
	return t.Convert(dt)
}

// KilnSpec describes a module DequantizeKiln shows in kiln's packing.
type KilnSpec struct {
	Bits, GroupSize int
	ScaleDType      ir.DType
	// Codebook marks a bitsandbytes 4-bit module (quant_matmul_codebook:
	// .kiln_absmax and .kiln_code instead of scales and zeros), whose
	// weights round to WeightDType (the quant_state's dtype).
	Codebook    bool
	WeightDType ir.DType
	// Permuted marks an act-order GPTQ module packed with its inputs
	// sorted by group: "<module>.kiln_perm" (int32 [in], KilnLinear.Perm)
	// gathers x before quant_matmul. False when g_idx is i / group_size.
	Permuted bool
}

// Names of a kiln-packed module's tensors, beside its bias (the parameter
// leaves of frontend/nn's quantized Linear).
const (
	KilnQWeightSuffix = ".kiln_qweight"
	KilnScalesSuffix  = ".kiln_scales"
	KilnZerosSuffix   = ".kiln_zeros"
	KilnPermSuffix    = ".kiln_perm"
)

// DequantizeKiln is Dequantize for backends with quant_matmul kernels: it
// returns a checkpoint that shows every bitsandbytes 4-bit module whose
// in_features is a multiple of its blocksize as "<module>.kiln_qweight",
// ".kiln_absmax" and ".kiln_code" (KilnCodebookLinear's tensors, for
// quant_matmul_codebook), every GPTQ/AWQ module kiln's packing
// holds (4 or 8 bits, groups dividing in_features and, for 4 bits,
// multiples of 32; act-order groups all of one size) as
// "<module>.kiln_qweight", ".kiln_scales" and ".kiln_zeros" (PackKiln's
// tensors, converted when first read), with ".kiln_perm" too for an
// act-order module whose g_idx is not i / group_size (KilnSpec.Permuted;
// the stored g_idx are read here to decide), instead of a float
// "<module>.weight", and every other quantized module dequantized as
// Dequantize does; and the packed modules' specs by module name.
func DequantizeKiln(ck *weights.Checkpoint, cfg *Config) (*weights.Checkpoint, map[string]KilnSpec, error) {
	dq, err := Dequantize(ck, cfg)
	if err != nil {
		return nil, nil, err
	}
	specs := map[string]KilnSpec{}
	if cfg.Method == BitsAndBytes && cfg.BNB.LoadIn4bit {
		out, specs, err := dequantizeKilnBnB4(ck, dq, cfg)
		if err != nil {
			dq.Close()
			return nil, nil, err
		}
		return out, specs, nil
	}
	if cfg.Method != GPTQ && cfg.Method != AWQ {
		return dq, specs, nil
	}
	var hide []string
	add := map[string]weights.Computed{}
	cache := newPackCache[*KilnLinear]()
	for _, m := range KilnModules(ck) {
		var spec KilnSpec
		var in, out int
		if cfg.Method == GPTQ {
			l, err := planGPTQ(m, *cfg.GPTQ, ck.Info)
			if err != nil || (cfg.GPTQ.Bits != 4 && cfg.GPTQ.Bits != 8) {
				continue
			}
			gidx, err := l.gidxOf(ck.Tensor)
			if err != nil {
				continue // Dequantize reports it
			}
			_, identity, err := actOrderPerm(gidx, l.groups)
			if err != nil {
				continue // groups the packing cannot hold: dequantized
			}
			spec = KilnSpec{Bits: cfg.GPTQ.Bits, GroupSize: l.in / l.groups, ScaleDType: l.scaleDType, Permuted: !identity}
			in, out = l.in, l.out
		} else {
			l, err := planAWQ(m, *cfg.AWQ, ck.Info)
			if err != nil {
				continue
			}
			spec = KilnSpec{Bits: 4, GroupSize: l.groupSize, ScaleDType: l.scaleDType}
			in, out = l.in, l.out
		}
		if spec.Bits == 4 && spec.GroupSize%32 != 0 {
			continue
		}
		specs[m] = spec
		hide = append(hide, m+".weight")
		groups := in / spec.GroupSize
		m := m
		reads := 3
		if spec.Permuted {
			reads = 4
		}
		get := func(pick func(*KilnLinear) *tensor.Tensor) func() (*tensor.Tensor, error) {
			return func() (*tensor.Tensor, error) {
				k, err := cache.get(m, reads, func() (*KilnLinear, error) {
					k, err := PackKiln(ck, cfg, m)
					if err == nil && (k.Perm != nil) != (reads == 4) {
						err = fmt.Errorf("quant: %s: %s: packed with permutation %v, planned %v", ck.Path(), m, k.Perm != nil, reads == 4)
					}
					return k, err
				})
				if err != nil {
					return nil, err
				}
				return pick(k), nil
			}
		}
		add[m+KilnQWeightSuffix] = weights.Computed{Type: ir.T(ir.Uint8, out, in*spec.Bits/8), Load: get(func(k *KilnLinear) *tensor.Tensor { return k.QWeight })}
		add[m+KilnScalesSuffix] = weights.Computed{Type: ir.T(spec.ScaleDType, out, groups), Load: get(func(k *KilnLinear) *tensor.Tensor { return k.Scales })}
		add[m+KilnZerosSuffix] = weights.Computed{Type: ir.T(spec.ScaleDType, out, groups), Load: get(func(k *KilnLinear) *tensor.Tensor { return k.Zeros })}
		if spec.Permuted {
			add[m+KilnPermSuffix] = weights.Computed{Type: ir.T(ir.Int32, in), Load: get(func(k *KilnLinear) *tensor.Tensor { return k.Perm })}
		}
	}
	out, err := weights.Derive(dq, hide, add)
	if err != nil {
		dq.Close()
		return nil, nil, err
	}
	return out, specs, nil
}

// packCache keeps a module's packing until each of its reads tensors was
// read, so that each module is packed once however its tensors are asked
// for.
type packCache[T any] struct {
	mu     sync.Mutex
	packed map[string]*packEntry[T]
}

type packEntry[T any] struct {
	k     T
	reads int
}

func newPackCache[T any]() *packCache[T] {
	return &packCache[T]{packed: map[string]*packEntry[T]{}}
}

// get returns module m's packing, made by pack on the first of its reads
// reads and dropped after the last.
func (c *packCache[T]) get(m string, reads int, pack func() (T, error)) (T, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.packed[m]
	if e == nil {
		k, err := pack()
		if err != nil {
			return k, err
		}
		e = &packEntry[T]{k: k}
		c.packed[m] = e
	}
	if e.reads++; e.reads == reads {
		delete(c.packed, m)
	}
	return e.k, nil
}
