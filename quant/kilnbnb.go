package quant

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// Names of a codebook-packed (bitsandbytes 4-bit) module's tensors beside
// KilnQWeightSuffix: the float32 absmax per (output, block) and the
// float32 16-entry code table (the operands of quant_matmul_codebook).
const (
	KilnAbsmaxSuffix = ".kiln_absmax"
	KilnCodeSuffix   = ".kiln_code"
)

// KilnCodebookLinear is one bitsandbytes 4-bit Linear in kiln's packing,
// the operands of the IR's quant_matmul_codebook
// (ir.QuantMatmulCodebookAttrs): QWeight uint8 [out, in/2] (kiln's 4-bit
// nibble order), Absmax float32 [out, in/GroupSize] (double quantization
// undone, as bitsandbytes' dequantize_4bit does), Code float32 [16] (the
// kernels' NF4 or FP4 table), each weight rounded to DType (the
// quant_state's dtype). quant_matmul_codebook over them computes exactly
// the product with the weight Dequantize gives.
type KilnCodebookLinear struct {
	QWeight, Absmax, Code *tensor.Tensor
	GroupSize             int
	DType                 ir.DType
}

// bnb4Packable reports why a planned 4-bit Linear cannot be held by
// quant_matmul_codebook ("" when it can): bitsandbytes blocks the
// row-major flattened weight, so its blocks are per-row groups only when
// in_features is a multiple of the blocksize, and kiln's 4-bit packing
// needs groups of a multiple of 32.
func (l *bnb4Linear) bnb4Packable() string {
	in, bs := l.state.Shape[1], l.state.Blocksize
	switch {
	case bs%32 != 0:
		return fmt.Sprintf("blocksize %d is not a multiple of 32 (kiln's 4-bit packing)", bs)
	case in%bs != 0:
		return fmt.Sprintf("in_features %d is not a multiple of blocksize %d: bitsandbytes' blocks of the flattened weight straddle rows", in, bs)
	}
	if _, ok := dtypeNamed(l.state.DType); !ok {
		return fmt.Sprintf("quant_state dtype %q", l.state.DType)
	}
	return ""
}

// packKiln converts the planned module to kiln's codebook packing.
func (l *bnb4Linear) packKiln(get getter) (*KilnCodebookLinear, error) {
	if why := l.bnb4Packable(); why != "" {
		return nil, fmt.Errorf("%s: %s", l.name(""), why)
	}
	absmax, err := l.absmax(get)
	if err != nil {
		return nil, err
	}
	wt, err := get(l.name(""))
	if err != nil {
		return nil, err
	}
	if len(wt.Data) < (l.n+1)/2 {
		return nil, fmt.Errorf("%s: %d bytes, want %d", l.name(""), len(wt.Data), (l.n+1)/2)
	}
	out, in := l.state.Shape[0], l.state.Shape[1]
	qw, err := tensor.New(ir.Uint8, ir.Shape{out, in / 2})
	if err != nil {
		return nil, err
	}
	for k := 0; k < l.n; k++ {
		b := wt.Data[k/2]
		nib := b >> 4 // bitsandbytes: the first code of a byte in its high nibble
		if k%2 == 1 {
			nib = b & 0xF
		}
		o, i := k/in, k%in
		p := &qw.Data[o*in/2+i/32*16+i%16]
		if i%32 < 16 {
			*p |= nib
		} else {
			*p |= nib << 4
		}
	}
	// Blocks are per-row groups: block b is row b / (in/bs), group b % (in/bs).
	am, err := tensor.FromFloat32(ir.Shape{out, in / l.state.Blocksize}, absmax[:l.nblocks])
	if err != nil {
		return nil, err
	}
	table := NF4
	if l.state.QuantType == "fp4" {
		table = FP4
	}
	code, err := tensor.FromFloat32(ir.Shape{16}, table[:])
	if err != nil {
		return nil, err
	}
	dt, _ := dtypeNamed(l.state.DType)
	return &KilnCodebookLinear{QWeight: qw, Absmax: am, Code: code, GroupSize: l.state.Blocksize, DType: dt}, nil
}

// dequantizeKilnBnB4 is DequantizeKiln's bitsandbytes 4-bit part: every
// module bnb4Packable accepts is shown as <module>.kiln_qweight,
// .kiln_absmax and .kiln_code instead of the float <module>.weight of dq
// (Dequantize(ck, cfg)); the others (in_features not a multiple of the
// blocksize: llama-tiny's down_proj, 176 inputs) stay dequantized.
func dequantizeKilnBnB4(ck, dq *weights.Checkpoint, cfg *Config) (*weights.Checkpoint, map[string]KilnSpec, error) {
	specs := map[string]KilnSpec{}
	var hide []string
	add := map[string]weights.Computed{}
	cache := newPackCache[*KilnCodebookLinear]()
	for _, s := range ck.Names() {
		i := strings.Index(s, stateInfix)
		if i < 0 {
			continue
		}
		prefix := s[:i]
		st, err := ck.Tensor(s)
		if err != nil {
			return nil, nil, err
		}
		qs, err := ParseQuantState(st.Data, s)
		if err != nil {
			return nil, nil, err
		}
		l, err := planBNB4(prefix, qs, cfg.BNB, ck.Info)
		if err != nil {
			return nil, nil, err // Dequantize accepted it: not reached
		}
		if l.bnb4Packable() != "" {
			continue
		}
		dt, _ := dtypeNamed(qs.DType)
		out, in, gs := qs.Shape[0], qs.Shape[1], qs.Blocksize
		specs[prefix] = KilnSpec{Bits: 4, GroupSize: gs, ScaleDType: ir.Float32, Codebook: true, WeightDType: dt}
		hide = append(hide, prefix+".weight")
		get := func(pick func(*KilnCodebookLinear) *tensor.Tensor) func() (*tensor.Tensor, error) {
			return func() (*tensor.Tensor, error) {
				k, err := cache.get(l.prefix, 3, func() (*KilnCodebookLinear, error) {
					k, err := l.packKiln(ck.Tensor)
					if err != nil {
						return nil, fmt.Errorf("quant: %s: %w", ck.Path(), err)
					}
					return k, nil
				})
				if err != nil {
					return nil, err
				}
				return pick(k), nil
			}
		}
		add[prefix+KilnQWeightSuffix] = weights.Computed{Type: ir.T(ir.Uint8, out, in/2), Load: get(func(k *KilnCodebookLinear) *tensor.Tensor { return k.QWeight })}
		add[prefix+KilnAbsmaxSuffix] = weights.Computed{Type: ir.T(ir.Float32, out, in/gs), Load: get(func(k *KilnCodebookLinear) *tensor.Tensor { return k.Absmax })}
		add[prefix+KilnCodeSuffix] = weights.Computed{Type: ir.T(ir.Float32, 16), Load: get(func(k *KilnCodebookLinear) *tensor.Tensor { return k.Code })}
	}
	out, err := weights.Derive(dq, hide, add)
	if err != nil {
		return nil, nil, err
	}
	return out, specs, nil
}
