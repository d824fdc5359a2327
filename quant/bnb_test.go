package quant

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestFP4MatchesKernelTree checks the FP4 table against bitsandbytes'
// CUDA dequantization tree (dDequantizeFP4Tree), whose float literals are
// written out below.
func TestFP4MatchesKernelTree(t *testing.T) {
	tree := map[int]float32{0b000: 0, 0b001: 5.208333333e-03, 0b010: 0.66666667, 0b011: 1,
		0b100: 0.33333333, 0b101: 0.5, 0b110: 0.16666667, 0b111: 0.25}
	for code := 0; code < 16; code++ {
		want := tree[code&7]
		if code&8 != 0 {
			want = -want
		}
		if FP4[code] != want {
			t.Errorf("FP4[%04b] = %v, the kernel tree gives %v", code, FP4[code], want)
		}
	}
	if NF4[0] != -1 || NF4[7] != 0 || NF4[15] != 1 {
		t.Errorf("NF4 ends %v %v %v", NF4[0], NF4[7], NF4[15])
	}
}

// TestBNB8RoundTrip checks LLM.int8() dequantization: int8 * SCB, then
// times 1/127 as bitsandbytes' float32 constant, each step in float32.
func TestBNB8RoundTrip(t *testing.T) {
	const out, in = 12, 20
	rng := rand.New(rand.NewSource(3))
	q := make([]int64, out*in)
	for i := range q {
		q[i] = int64(rng.Intn(255) - 127)
	}
	scb := randScales(t, rng, ir.Float32, out)
	for i := range scb {
		scb[i] = scb[i]*100 + 0.1
	}
	tensors := map[string]*tensor.Tensor{
		"m.weight":        intT(t, ir.Int8, ir.Shape{out, in}, q),
		"m.SCB":           floatT(t, ir.Float32, ir.Shape{out}, scb),
		"m.weight_format": intT(t, ir.Uint8, ir.Shape{}, []int64{0}),
		"n.weight":        floatT(t, ir.Float16, ir.Shape{2, 2}, []float64{1, 2, 3, 4}), // llm_int8_skip_modules
	}
	want := make([]float32, out*in)
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			p := float32(float32(q[o*in+i]) * float32(scb[o]))
			want[o*in+i] = p * float32(7.874015718698502e-3)
		}
	}
	got, err := dequantizeAll(t, `{"quant_method":"bitsandbytes","load_in_8bit":true,"load_in_4bit":false,"llm_int8_threshold":6.0,"llm_int8_skip_modules":["n"],"llm_int8_has_fp16_weight":false}`, tensors)
	if err != nil {
		t.Fatal(err)
	}
	mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{out, in}, want)
	if _, ok := got["m.SCB"]; ok {
		t.Fatal("m.SCB still shown")
	}
	if got["n.weight"].DType != ir.Float16 {
		t.Fatal("the unquantized module changed")
	}
	tensors["m.weight_format"] = intT(t, ir.Uint8, ir.Shape{}, []int64{1})
	if _, err := dequantizeAll(t, `{"quant_method":"bitsandbytes","load_in_8bit":true}`, tensors); err == nil {
		t.Fatal("weight_format 1 (a tiled layout) was accepted")
	}
}

// build4bit quantizes nothing: it draws random codes and block scales for
// an [out, in] weight and packs them as bitsandbytes serializes Params4bit.
func build4bit(t *testing.T, rng *rand.Rand, quantType string, nested bool, out, in, blocksize int, dt ir.DType) (map[string]*tensor.Tensor, []float32) {
	n := out * in
	nblocks := (n + blocksize - 1) / blocksize
	codes := make([]uint8, n)
	for i := range codes {
		codes[i] = uint8(rng.Intn(16))
	}
	tensors := map[string]*tensor.Tensor{}
	tensors["m.weight"] = intT(t, ir.Uint8, ir.Shape{(n + 1) / 2, 1}, bytesToInts(Pack4bit(codes)))
	state := map[string]any{"quant_type": quantType, "blocksize": blocksize, "dtype": torchName[dt], "shape": []int{out, in}}
	absmax := make([]float32, nblocks)
	const nestedBlock = 256
	if nested {
		code := make([]float64, 256) // a stand-in for create_dynamic_map: any float32 table
		for i := range code {
			code[i] = float64(i-128) / 128
		}
		nabs := make([]float64, (nblocks+nestedBlock-1)/nestedBlock)
		for i := range nabs {
			nabs[i] = float64(float32(0.1 + rng.Float64()))
		}
		offset := float64(float32(0.37))
		idx := make([]int64, nblocks)
		for b := range idx {
			idx[b] = int64(rng.Intn(256))
			absmax[b] = float32(float32(code[idx[b]])*float32(nabs[b/nestedBlock])) + float32(offset)
		}
		tensors["m.weight.absmax"] = intT(t, ir.Uint8, ir.Shape{nblocks}, idx)
		tensors["m.weight.nested_absmax"] = floatT(t, ir.Float32, ir.Shape{len(nabs)}, nabs)
		tensors["m.weight.nested_quant_map"] = floatT(t, ir.Float32, ir.Shape{256}, code)
		state["nested_blocksize"] = nestedBlock
		state["nested_dtype"] = "float32"
		state["nested_offset"] = offset
	} else {
		a := make([]float64, nblocks)
		for b := range a {
			a[b] = float64(float32(rng.Float64()))
			absmax[b] = float32(a[b])
		}
		tensors["m.weight.absmax"] = floatT(t, ir.Float32, ir.Shape{nblocks}, a)
	}
	table := NF4
	if quantType == "fp4" {
		table = FP4
	}
	qm := make([]float64, 16)
	for i, v := range table {
		qm[i] = float64(v)
	}
	tensors["m.weight.quant_map"] = floatT(t, ir.Float32, ir.Shape{16}, qm)
	js := jsonBytes(t, state)
	tensors["m.weight.quant_state.bitsandbytes__"+quantType] = intT(t, ir.Uint8, ir.Shape{len(js)}, js)
	want := make([]float32, n)
	for k := range want {
		want[k] = table[codes[k]] * absmax[k/blocksize]
	}
	r, err := roundTo(dt, ir.Shape{out, in}, want)
	if err != nil {
		t.Fatal(err)
	}
	return tensors, r.Float32s()
}

// torchName is str(torch dtype).strip("torch."), as bitsandbytes writes it.
var torchName = map[ir.DType]string{ir.Float16: "float16", ir.BFloat16: "bfloat16", ir.Float32: "float32"}

func bytesToInts(b []uint8) []int64 {
	out := make([]int64, len(b))
	for i, c := range b {
		out[i] = int64(c)
	}
	return out
}

// TestBNB4RoundTrip covers nf4 and fp4, with and without double
// quantization, an odd element count and a partial last block.
func TestBNB4RoundTrip(t *testing.T) {
	const out, in = 7, 45 // 315 values: 5 blocks of 64, the last partial; odd count
	n := 0
	for _, qt := range []string{"nf4", "fp4"} {
		for _, nested := range []bool{false, true} {
			for _, dt := range []ir.DType{ir.Float16, ir.BFloat16, ir.Float32} {
				n++
				t.Run(fmt.Sprintf("%s_nested%v_%s", qt, nested, dt), func(t *testing.T) {
					rng := rand.New(rand.NewSource(int64(n)))
					tensors, want := build4bit(t, rng, qt, nested, out, in, 64, dt)
					cfg := fmt.Sprintf(`{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":%q,"bnb_4bit_use_double_quant":%v,"bnb_4bit_compute_dtype":"bfloat16","bnb_4bit_quant_storage":"uint8"}`, qt, nested)
					got, err := dequantizeAll(t, cfg, tensors)
					if err != nil {
						t.Fatal(err)
					}
					mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{out, in}, want)
					if len(got) != 1 {
						t.Fatalf("view shows %d tensors, want only m.weight", len(got))
					}
				})
			}
		}
	}
}
