package quant

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStreamRoundTrip packs random values at every GPTQ width and reads
// them back exactly.
func TestStreamRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, bits := range []int{2, 3, 4, 8} {
		vals := make([]uint32, 96)
		for i := range vals {
			vals[i] = uint32(rng.Intn(1 << bits))
		}
		words := PackStream(vals, bits)
		if len(words) != 96*bits/32 {
			t.Fatalf("bits %d: %d words", bits, len(words))
		}
		for k, v := range vals {
			if got := unpackStream(func(w int) uint32 { return words[w] }, k, bits); got != v {
				t.Fatalf("bits %d: value %d = %d, want %d", bits, k, got, v)
			}
		}
	}
}

// autoGPTQPack3 is AutoGPTQ's 3-bit pack loop for one column of 32 values,
// transcribed from its structure (10 values, a value split 2+1 bits, 10
// values shifted by 1, a value split 1+2, 10 values shifted by 2).
func autoGPTQPack3(v []uint32) [3]uint32 {
	var q [3]uint32
	i := 0
	for j := i; j < i+10; j++ {
		q[0] |= v[j] << (3 * (j - i))
	}
	i += 10
	q[0] |= v[i] << 30
	q[1] |= (v[i] >> 2) & 1
	i++
	for j := i; j < i+10; j++ {
		q[1] |= v[j] << (3*(j-i) + 1)
	}
	i += 10
	q[1] |= v[i] << 31
	q[2] |= (v[i] >> 1) & 3
	i++
	for j := i; j < i+10; j++ {
		q[2] |= v[j] << (3*(j-i) + 2)
	}
	return q
}

// TestThreeBitMatchesAutoGPTQ checks the stream reading of 3-bit words
// against AutoGPTQ's explicit cross-word packing.
func TestThreeBitMatchesAutoGPTQ(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for trial := 0; trial < 50; trial++ {
		v := make([]uint32, 32)
		for i := range v {
			v[i] = uint32(rng.Intn(8))
		}
		ref := autoGPTQPack3(v)
		got := PackStream(v, 3)
		if got[0] != ref[0] || got[1] != ref[1] || got[2] != ref[2] {
			t.Fatalf("PackStream %08x, AutoGPTQ %08x", got, ref)
		}
		for k := range v {
			if u := unpackStream(func(w int) uint32 { return ref[w] }, k, 3); u != v[k] {
				t.Fatalf("value %d = %d, want %d", k, u, v[k])
			}
		}
	}
}

type gptqCase struct {
	bits, group int
	descAct, v2 bool
	scaleDT     ir.DType
}

// buildGPTQ makes random GPTQ tensors for module "m" (in x out) and the
// weight the spec's formula gives.
func buildGPTQ(t *testing.T, c gptqCase, in, out int, seed int64) (map[string]*tensor.Tensor, []float32) {
	rng := rand.New(rand.NewSource(seed))
	gs := c.group
	if gs == -1 {
		gs = in
	}
	groups := (in + gs - 1) / gs
	maxq := 1 << c.bits
	q := make([]uint32, in*out)
	for i := range q {
		q[i] = uint32(rng.Intn(maxq))
	}
	zero := make([]int32, groups*out)
	for i := range zero {
		if c.v2 {
			zero[i] = int32(rng.Intn(maxq))
		} else {
			zero[i] = int32(1 + rng.Intn(maxq)) // v1 stores zero-1 in bits
		}
	}
	gidx := make([]int64, in)
	for i := range gidx {
		gidx[i] = int64(i / gs)
	}
	if c.descAct {
		rng.Shuffle(in, func(a, b int) { gidx[a], gidx[b] = gidx[b], gidx[a] })
	}
	scales := randScales(t, rng, c.scaleDT, groups*out)
	qweight, qzeros := PackGPTQ(q, zero, in, out, c.bits, c.v2)
	tensors := map[string]*tensor.Tensor{
		"m.qweight": wordsT(t, ir.Shape{in * c.bits / 32, out}, qweight),
		"m.qzeros":  wordsT(t, ir.Shape{groups, out * c.bits / 32}, qzeros),
		"m.scales":  floatT(t, c.scaleDT, ir.Shape{groups, out}, scales),
		"m.g_idx":   intT(t, ir.Int32, ir.Shape{in}, gidx),
		"m.bias":    floatT(t, ir.Float16, ir.Shape{out}, make([]float64, out)),
	}
	want := make([]float32, out*in)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			g := int(gidx[i])
			want[o*in+i] = roundedProduct(t, c.scaleDT, scales[g*out+o], int(q[i*out+o])-int(zero[g*out+o]))
		}
	}
	return tensors, want
}

func (c gptqCase) config() string {
	format := "gptq"
	if c.v2 {
		format = "gptq_v2"
	}
	return fmt.Sprintf(`{"quant_method":"gptq","bits":%d,"group_size":%d,"desc_act":%v,"sym":false,"checkpoint_format":%q,"damp_percent":0.01,"true_sequential":true}`,
		c.bits, c.group, c.descAct, format)
}

// TestGPTQRoundTrip packs random integers in every supported layout and
// checks that loading dequantizes them by the spec's formula, exactly.
func TestGPTQRoundTrip(t *testing.T) {
	const in, out = 96, 64
	var cases []gptqCase
	for _, bits := range []int{2, 3, 4, 8} {
		cases = append(cases,
			gptqCase{bits: bits, group: 32, scaleDT: ir.Float16},
			gptqCase{bits: bits, group: -1, v2: true, scaleDT: ir.Float16},
			gptqCase{bits: bits, group: 40, descAct: true, scaleDT: ir.BFloat16}, // 3 groups, the last partial
		)
	}
	cases = append(cases, gptqCase{bits: 4, group: 16, scaleDT: ir.Float32, v2: true})
	for n, c := range cases {
		t.Run(strings.Trim(c.config()[30:70], ","), func(t *testing.T) {
			tensors, want := buildGPTQ(t, c, in, out, int64(n))
			got, err := dequantizeAll(t, c.config(), tensors)
			if err != nil {
				t.Fatal(err)
			}
			mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{out, in}, want)
			if _, ok := got["m.bias"]; !ok {
				t.Fatal("m.bias is gone")
			}
			for _, hidden := range []string{"m.qweight", "m.qzeros", "m.scales", "m.g_idx"} {
				if _, ok := got[hidden]; ok {
					t.Fatalf("%s is still shown", hidden)
				}
			}
		})
	}
}

// TestGPTQWithoutGIdx derives each row's group from group_size when g_idx
// is not stored (allowed without desc_act).
func TestGPTQWithoutGIdx(t *testing.T) {
	c := gptqCase{bits: 4, group: 32, scaleDT: ir.Float16}
	tensors, want := buildGPTQ(t, c, 64, 32, 9)
	delete(tensors, "m.g_idx")
	got, err := dequantizeAll(t, c.config(), tensors)
	if err != nil {
		t.Fatal(err)
	}
	mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{32, 64}, want)
	c.descAct = true
	if _, err := dequantizeAll(t, c.config(), tensors); err == nil || !strings.Contains(err.Error(), "m.g_idx: missing; desc_act") {
		t.Fatalf("desc_act without g_idx: %v", err)
	}
}

// TestGPTQV1ZeroOffset pins v1's stored zero-1 with a hand-packed word:
// stored zero 7 (4-bit) is zero point 8, so q = 10 with scale 0.5 is 1.0.
func TestGPTQV1ZeroOffset(t *testing.T) {
	in, out := 8, 8
	qweight := make([]uint32, out)
	for o := range qweight {
		qweight[o] = 0xAAAAAAAA // every q = 10
	}
	qzeros := []uint32{0x77777777} // every stored zero = 7
	sc := make([]float64, out)
	for i := range sc {
		sc[i] = 0.5
	}
	tensors := map[string]*tensor.Tensor{
		"m.qweight": wordsT(t, ir.Shape{1, out}, qweight),
		"m.qzeros":  wordsT(t, ir.Shape{1, 1}, qzeros),
		"m.scales":  floatT(t, ir.Float16, ir.Shape{1, out}, sc),
	}
	for _, v := range []struct {
		format string
		want   float32
	}{{"gptq", 1.0}, {"gptq_v2", 1.5}} {
		got, err := dequantizeAll(t, `{"quant_method":"gptq","bits":4,"group_size":-1,"checkpoint_format":"`+v.format+`"}`, tensors)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range got["m.weight"].Float32s() {
			if x != v.want {
				t.Fatalf("%s: weight %g, want %g", v.format, x, v.want)
			}
		}
	}
	// A stored 15 is zero point 16 in v1 (the +1 is per value, no carry):
	// q = 10 with scale 0.5 is -3.
	tensors["m.qzeros"] = wordsT(t, ir.Shape{1, 1}, []uint32{0xFFFFFFFF})
	got, err := dequantizeAll(t, `{"quant_method":"gptq","bits":4,"group_size":-1}`, tensors)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range got["m.weight"].Float32s()[:in] {
		if x != -3 {
			t.Fatalf("stored zero 15: weight %g, want -3", x)
		}
	}
}
