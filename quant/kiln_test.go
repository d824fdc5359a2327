package quant

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// kilnWeight reads a KilnLinear the way docs/quant.md ("kiln's packing")
// and ir.QuantMatmulAttrs specify it, independently of kilnPack: the
// float32 [out, in] weight round_to(scales' dtype, scale * (q - zero)),
// its columns put back in the checkpoint's input order by Perm (packed
// input j is input Perm[j]).
func kilnWeight(t *testing.T, k *KilnLinear) []float32 {
	t.Helper()
	out, rowBytes := k.QWeight.Shape[0], k.QWeight.Shape[1]
	in := rowBytes * 8 / k.Bits
	groups := in / k.GroupSize
	if !k.Scales.Shape.Equal(ir.Shape{out, groups}) || !k.Zeros.Shape.Equal(k.Scales.Shape) || k.Zeros.DType != k.Scales.DType {
		t.Fatalf("scales %s%v, zeros %s%v for qweight %v", k.Scales.DType, k.Scales.Shape, k.Zeros.DType, k.Zeros.Shape, k.QWeight.Shape)
	}
	s, z := k.Scales.Float64s(), k.Zeros.Float64s()
	col := make([]int, in) // column of packed input i
	for i := range col {
		col[i] = i
	}
	if k.Perm != nil {
		if k.Perm.DType != ir.Int32 || !k.Perm.Shape.Equal(ir.Shape{in}) {
			t.Fatalf("perm %s%v, want int32 [%d]", k.Perm.DType, k.Perm.Shape, in)
		}
		seen := make([]bool, in)
		for j, i := range k.Perm.Int64s() {
			if i < 0 || int(i) >= in || seen[i] {
				t.Fatalf("perm[%d] = %d: not a permutation of %d inputs", j, i, in)
			}
			seen[i], col[j] = true, int(i)
		}
	}
	w := make([]float32, out*in)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			var q byte
			if k.Bits == 8 {
				q = k.QWeight.Data[o*rowBytes+i]
			} else {
				q = k.QWeight.Data[o*rowBytes+32*(i/32)/2+i%16]
				if i%32 >= 16 {
					q >>= 4
				}
				q &= 15
			}
			g := o*groups + i/k.GroupSize
			p := float32(s[g]) * (float32(q) - float32(z[g]))
			r, err := tensor.FromFloat64(k.Scales.DType, ir.Shape{1}, []float64{float64(p)})
			if err != nil {
				t.Fatal(err)
			}
			w[o*in+col[i]] = float32(r.Float64s()[0])
		}
	}
	return w
}

// checkKilnPack converts module "m" of tensors and compares the weight its
// kiln packing gives with Dequantize's, bit for bit; wantPerm: whether the
// packing must carry a permutation (act-order).
func checkKilnPack(t *testing.T, cfgJSON string, tensors map[string]*tensor.Tensor, wantBits, wantGroup int, wantPerm bool) *KilnLinear {
	t.Helper()
	deq, err := dequantizeAll(t, cfgJSON, tensors)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseQuantizationConfig([]byte(cfgJSON))
	if err != nil {
		t.Fatal(err)
	}
	ck := writeCheckpoint(t, tensors)
	if mods := KilnModules(ck); len(mods) != 1 || mods[0] != "m" {
		t.Fatalf("KilnModules = %v, want [m]", mods)
	}
	k, err := PackKiln(ck, cfg, "m")
	if err != nil {
		t.Fatal(err)
	}
	if k.Bits != wantBits || k.GroupSize != wantGroup || (k.Perm != nil) != wantPerm {
		t.Fatalf("bits %d group %d perm %v, want %d %d %v", k.Bits, k.GroupSize, k.Perm != nil, wantBits, wantGroup, wantPerm)
	}
	mustEqualFloats(t, "kiln packing of m", floatT(t, ir.Float32, deq["m.weight"].Shape, toF64(kilnWeight(t, k))), deq["m.weight"].Shape, deq["m.weight"].Float32s())
	return k
}

func toF64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// TestPackKilnGPTQ: GPTQ 4 and 8 bits, v1 and v2 zeros (v1's zero point
// 2^bits included), one group or several, every scales dtype, with and
// without a stored (trivial) g_idx, and act-order (shuffled g_idx: packed
// with a permutation; one group: g_idx all 0, no permutation).
func TestPackKilnGPTQ(t *testing.T) {
	const in, out = 128, 24
	for n, c := range []gptqCase{
		{bits: 4, group: 32, scaleDT: ir.Float16},
		{bits: 4, group: -1, v2: true, scaleDT: ir.BFloat16},
		{bits: 8, group: 64, scaleDT: ir.Float32},
		{bits: 8, group: 16, v2: true, scaleDT: ir.Float16},
		{bits: 4, group: 32, descAct: true, scaleDT: ir.Float16},
		{bits: 4, group: 64, descAct: true, v2: true, scaleDT: ir.BFloat16},
		{bits: 8, group: 16, descAct: true, scaleDT: ir.Float32},
		{bits: 4, group: -1, descAct: true, scaleDT: ir.Float16},
	} {
		t.Run(fmt.Sprintf("bits%d_group%d_v2_%v_descact_%v", c.bits, c.group, c.v2, c.descAct), func(t *testing.T) {
			tensors, _ := buildGPTQ(t, c, in, out, int64(40+n))
			if n%2 == 1 && !c.descAct {
				delete(tensors, "m.g_idx")
			}
			gs := c.group
			if gs == -1 {
				gs = in
			}
			checkKilnPack(t, c.config(), tensors, c.bits, gs, c.descAct && gs < in)
		})
	}
}

// TestPackKilnAWQ: AWQ's GEMM and GEMV layouts.
func TestPackKilnAWQ(t *testing.T) {
	const in, out, group = 128, 16, 32
	rng := rand.New(rand.NewSource(5))
	groups := in / group
	q := make([]uint32, in*out)
	z := make([]uint32, groups*out)
	for i := range q {
		q[i] = uint32(rng.Intn(16))
	}
	for i := range z {
		z[i] = uint32(rng.Intn(16))
	}
	scales := randScales(t, rng, ir.Float16, groups*out)
	t.Run("gemm", func(t *testing.T) {
		qweight, qzeros := PackAWQGEMM(q, z, in, out)
		tensors := map[string]*tensor.Tensor{
			"m.qweight": wordsT(t, ir.Shape{in, out / 8}, qweight),
			"m.qzeros":  wordsT(t, ir.Shape{groups, out / 8}, qzeros),
			"m.scales":  floatT(t, ir.Float16, ir.Shape{groups, out}, scales),
		}
		checkKilnPack(t, fmt.Sprintf(`{"quant_method":"awq","bits":4,"group_size":%d,"zero_point":true,"version":"gemm"}`, group), tensors, 4, group, false)
	})
	t.Run("gemv", func(t *testing.T) {
		qweight, qzeros, width, err := PackAWQGEMV(q, z, in, out, group)
		if err != nil {
			t.Fatal(err)
		}
		sc := make([]float64, out*8*width)
		for o := 0; o < out; o++ {
			for g := 0; g < groups; g++ {
				sc[o*8*width+g] = scales[o*groups+g]
			}
		}
		tensors := map[string]*tensor.Tensor{
			"m.qweight": wordsT(t, ir.Shape{out, in / 8}, qweight),
			"m.qzeros":  wordsT(t, ir.Shape{out, width}, qzeros),
			"m.scales":  floatT(t, ir.Float16, ir.Shape{out, 8 * width}, sc),
		}
		checkKilnPack(t, fmt.Sprintf(`{"quant_method":"awq","bits":4,"group_size":%d,"zero_point":true,"version":"gemv"}`, group), tensors, 4, group, false)
	})
}

// TestPackKilnRefuses: act-order groups of unequal sizes, 3-bit GPTQ, 4-bit
// groups that are not multiples of 32 and bitsandbytes are errors naming
// the reason.
func TestPackKilnRefuses(t *testing.T) {
	for _, c := range []struct {
		c    gptqCase
		want string
	}{
		{gptqCase{bits: 8, group: 40, descAct: true, scaleDT: ir.Float16}, "act-order group"}, // 40, 40, 16 inputs
		{gptqCase{bits: 3, group: 32, scaleDT: ir.Float16}, "bits = 3"},
		{gptqCase{bits: 4, group: 16, scaleDT: ir.Float16}, "multiple of 32"},
	} {
		tensors, _ := buildGPTQ(t, c.c, 96, 32, 3)
		cfg, err := ParseQuantizationConfig([]byte(c.c.config()))
		if err != nil {
			t.Fatal(err)
		}
		_, err = PackKiln(writeCheckpoint(t, tensors), cfg, "m")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "m") {
			t.Errorf("%+v: error %v, want one naming %q", c.c, err, c.want)
		}
	}
	cfg, err := ParseQuantizationConfig([]byte(`{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4"}`))
	if err != nil {
		t.Fatal(err)
	}
	tensors, _ := buildGPTQ(t, gptqCase{bits: 4, group: 32, scaleDT: ir.Float16}, 64, 8, 1)
	if _, err := PackKiln(writeCheckpoint(t, tensors), cfg, "m"); err == nil || !strings.Contains(err.Error(), "codebook") {
		t.Errorf("bitsandbytes: %v", err)
	}
}
