package quant

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// FuzzParseQuantizationConfig: any bytes either parse into exactly one
// method's config with valid values or give an error; never a panic.
func FuzzParseQuantizationConfig(f *testing.F) {
	for _, s := range []string{
		`{"quant_method":"gptq","bits":4,"group_size":128,"desc_act":false,"sym":true,"checkpoint_format":"gptq"}`,
		`{"quant_method":"gptq","bits":3,"group_size":-1,"desc_act":true,"format":"gptq_v2","dynamic":null}`,
		`{"quant_method":"awq","bits":4,"group_size":128,"zero_point":true,"version":"gemv","modules_to_not_convert":null}`,
		`{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4","bnb_4bit_use_double_quant":true,"bnb_4bit_compute_dtype":"bfloat16"}`,
		`{"load_in_8bit":true,"llm_int8_threshold":6.0,"llm_int8_skip_modules":["lm_head"]}`,
		`{"quant_method":"fp8"}`, `null`, `{}`, `{"quant_method":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseQuantizationConfig(data)
		if err != nil {
			return
		}
		set := 0
		if c.GPTQ != nil {
			set++
			if b := c.GPTQ.Bits; b != 2 && b != 3 && b != 4 && b != 8 || c.GPTQ.GroupSize == 0 || c.GPTQ.GroupSize < -1 {
				t.Fatalf("accepted %+v", c.GPTQ)
			}
		}
		if c.AWQ != nil {
			set++
			if c.AWQ.Bits != 4 || c.AWQ.GroupSize == 0 || c.AWQ.GroupSize < -1 {
				t.Fatalf("accepted %+v", c.AWQ)
			}
		}
		if c.BNB != nil {
			set++
			if c.BNB.LoadIn4bit == c.BNB.LoadIn8bit {
				t.Fatalf("accepted %+v", c.BNB)
			}
		}
		if set != 1 {
			t.Fatalf("%d method configs set for %q", set, data)
		}
	})
}

// FuzzParseQuantState: any bytes either parse into a valid quant_state or
// give an error.
func FuzzParseQuantState(f *testing.F) {
	f.Add([]byte(`{"quant_type": "nf4", "blocksize": 64, "dtype": "float16", "shape": [64, 176]}`))
	f.Add([]byte(`{"quant_type": "fp4", "blocksize": 64, "dtype": "bfloat16", "shape": [7, 45], "nested_blocksize": 256, "nested_dtype": "float32", "nested_offset": 0.0123}`))
	f.Add([]byte(`{"quant_type": "nf4", "blocksize": 64, "dtype": "float16", "shape": [9223372036854775807, 2]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := ParseQuantState(data, "w")
		if err != nil {
			return
		}
		if !validBlocksize(q.Blocksize) || len(q.Shape) != 2 || q.Shape[0] <= 0 || q.Shape[1] <= 0 {
			t.Fatalf("accepted %+v", q)
		}
	})
}

// fuzzTensors builds tensors of fuzzed shapes, filled from data.
type fuzzTensors map[string]*tensor.Tensor

func (m fuzzTensors) info(n string) (ir.Type, bool) {
	t, ok := m[n]
	if !ok {
		return ir.Type{}, false
	}
	return t.Type(), true
}

func (m fuzzTensors) get(n string) (*tensor.Tensor, error) {
	t, ok := m[n]
	if !ok {
		return nil, fmt.Errorf("no %s", n)
	}
	return t, nil
}

func (m fuzzTensors) add(name string, dt ir.DType, shape ir.Shape, data []byte) {
	t, err := tensor.New(dt, shape)
	if err != nil {
		return
	}
	copy(t.Data, data)
	m[name] = t
}

// FuzzDequantizeLayouts plans and dequantizes fuzzed tensor shapes and
// contents in every layout: planning either refuses the shapes or
// dequantization succeeds (or reports a bad g_idx) with the planned
// shape; never a panic or an out-of-range read.
func FuzzDequantizeLayouts(f *testing.F) {
	f.Add(uint8(0), uint8(4), int16(32), uint8(8), uint8(32), uint8(2), uint8(4), uint8(2), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(uint8(1), uint8(4), int16(16), uint8(64), uint8(6), uint8(4), uint8(6), uint8(4), []byte{0xff, 0x10})
	f.Add(uint8(2), uint8(4), int16(32), uint8(16), uint8(32), uint8(16), uint8(4), uint8(32), []byte{7})
	f.Add(uint8(3), uint8(3), int16(-1), uint8(9), uint8(64), uint8(1), uint8(6), uint8(96), []byte{3, 3})
	f.Add(uint8(4), uint8(0), int16(64), uint8(7), uint8(45), uint8(0), uint8(0), uint8(0), []byte{0x44})
	// 4-bit shapes kiln's codebook packing takes: in_features 64 with
	// blocks of 32, 128 with double-quantized blocks of 64.
	f.Add(uint8(4), uint8(0), int16(64), uint8(3), uint8(63), uint8(0), uint8(0), uint8(0), []byte{0x5a, 0x13})
	f.Add(uint8(4), uint8(1), int16(64), uint8(2), uint8(127), uint8(0), uint8(0), uint8(0), []byte{0x77, 0x01, 0xc3})
	// Act-order GPTQ kiln's packing takes (a permutation): 64 inputs,
	// 4 bits, two groups of 32 whose g_idx (fill(4)'s int32 words) are
	// interleaved.
	actOrder := make([]byte, 256)
	for k := range actOrder {
		var b byte
		if i := k / 4; k%4 == 0 && (i*7)%64 < 32 {
			b = 1
		}
		actOrder[(k+4)%256] = b ^ byte(k*4)
	}
	f.Add(uint8(3), uint8(2), int16(32), uint8(8), uint8(8), uint8(2), uint8(1), uint8(64), actOrder)
	f.Fuzz(func(t *testing.T, kind, bits uint8, group int16, d0, d1, d2, d3, d4 uint8, data []byte) {
		m := fuzzTensors{}
		fill := func(i int) []byte {
			out := make([]byte, 4096)
			for k := range out {
				if len(data) > 0 {
					out[k] = data[(k+i)%len(data)] ^ byte(k*i)
				}
			}
			return out
		}
		gs := int(group)
		switch kind % 5 {
		case 0, 3: // GPTQ
			b := []int{2, 3, 4, 8}[int(bits)%4]
			if gs != -1 && gs <= 0 {
				gs = 32
			}
			m.add("m.qweight", ir.Int32, ir.Shape{int(d0), int(d1)}, fill(1))
			m.add("m.qzeros", ir.Int32, ir.Shape{int(d2), int(d3)}, fill(2))
			m.add("m.scales", ir.Float16, ir.Shape{int(d2), int(d1)}, fill(3))
			if kind%5 == 3 {
				m.add("m.g_idx", ir.Int32, ir.Shape{int(d4)}, fill(4))
			}
			l, err := planGPTQ("m", GPTQConfig{Bits: b, GroupSize: gs, V2: d4%2 == 0}, m.info)
			if err != nil {
				return
			}
			check(t, l.out, l.in, func() (*tensor.Tensor, error) { return l.dequantize(m.get) }, kind%5 == 3)
			checkKiln(t, func() (*intLinear, error) { return l.unpack(m.get) })
		case 1, 2: // AWQ GEMM, GEMV
			if gs != -1 && gs <= 0 {
				gs = 32
			}
			gemv := kind%5 == 2
			m.add("m.qweight", ir.Int32, ir.Shape{int(d0), int(d1)}, fill(1))
			m.add("m.qzeros", ir.Int32, ir.Shape{int(d2), int(d3)}, fill(2))
			m.add("m.scales", ir.Float16, ir.Shape{int(d2), int(d4)}, fill(3))
			l, err := planAWQ("m", AWQConfig{Bits: 4, GroupSize: gs, GEMV: gemv}, m.info)
			if err != nil {
				return
			}
			check(t, l.out, l.in, func() (*tensor.Tensor, error) { return l.dequantize(m.get) }, false)
			checkKiln(t, func() (*intLinear, error) { return l.unpack(m.get) })
		case 4: // bitsandbytes 4-bit
			nested := bits%2 == 1
			st := &QuantState{QuantType: "nf4", Blocksize: 32 << (bits % 4), DType: "float16", Shape: []int{int(d0) + 1, int(d1) + 1}}
			if nested {
				off := 0.5
				st.NestedOffset, st.NestedBlocksize, st.NestedDType = &off, 256, "float32"
			}
			n := st.Shape[0] * st.Shape[1]
			nb := (n + st.Blocksize - 1) / st.Blocksize
			m.add("m.weight", ir.Uint8, ir.Shape{(n + 1 - int(d2%2)*2) / 2, 1}, fill(1))
			if nested {
				m.add("m.weight.absmax", ir.Uint8, ir.Shape{nb}, fill(2))
				m.add("m.weight.nested_absmax", ir.Float32, ir.Shape{(nb + 255) / 256}, fill(3))
				m.add("m.weight.nested_quant_map", ir.Float32, ir.Shape{256 - int(d3%2)}, fill(4))
			} else {
				m.add("m.weight.absmax", ir.Float32, ir.Shape{nb - int(d3%2)}, fill(2))
			}
			l, err := planBNB4("m", st, &BNBConfig{LoadIn4bit: true, QuantType: "nf4", DoubleQuant: nested}, m.info)
			if err != nil {
				return
			}
			check(t, st.Shape[0], st.Shape[1], func() (*tensor.Tensor, error) { return l.dequantize(m.get) }, false)
			checkCodebook(t, l, m.get)
		}
	})
}

func check(t *testing.T, out, in int, load func() (*tensor.Tensor, error), mayRefuseData bool) {
	w, err := load()
	if err != nil {
		if mayRefuseData {
			return
		}
		t.Fatalf("planned, then failed: %v", err)
	}
	if w.DType != ir.Float32 || !w.Shape.Equal(ir.Shape{out, in}) {
		t.Fatalf("dequantized %s%v, planned [%d %d]", w.DType, w.Shape, out, in)
	}
}

// checkKiln: a module kiln's packing takes (kilnPack without error) reads
// back, through the packing's definition, as the dequantized weight.
func checkKiln(t *testing.T, unpack func() (*intLinear, error)) {
	u, err := unpack()
	if err != nil {
		return
	}
	k, err := u.kilnPack()
	if err != nil {
		if u.bits == 4 || u.bits == 8 {
			if !strings.Contains(err.Error(), "act-order") && !strings.Contains(err.Error(), "multiple of") {
				t.Fatalf("kilnPack refused with %v", err)
			}
		}
		return
	}
	if u.bits != 4 && u.bits != 8 {
		t.Fatalf("kilnPack took %d bits", u.bits)
	}
	w, err := u.dequantize()
	if err != nil {
		t.Fatal(err)
	}
	got, want := kilnWeight(t, k), w.Float32s()
	for i := range want {
		if got[i] != want[i] && !(got[i] != got[i] && want[i] != want[i]) { // NaN scales give NaN both ways
			t.Fatalf("kiln packing [%d] = %g, dequantized %g", i, got[i], want[i])
		}
	}
}

// checkCodebook: a planned 4-bit module that kiln's codebook packing takes
// (bnb4Packable) packs without error and reads back, through
// quant_matmul_codebook's definition, as the dequantized weight; one it
// refuses is refused by packKiln too.
func checkCodebook(t *testing.T, l *bnb4Linear, get getter) {
	k, err := l.packKiln(get)
	if why := l.bnb4Packable(); why != "" {
		if err == nil {
			t.Fatalf("packed a module bnb4Packable refuses (%s)", why)
		}
		return
	}
	if err != nil {
		t.Fatalf("packable, then failed: %v", err)
	}
	w, err := l.dequantize(get)
	if err != nil {
		t.Fatal(err)
	}
	out, in := l.state.Shape[0], l.state.Shape[1]
	if !k.QWeight.Shape.Equal(ir.Shape{out, in / 2}) || !k.Absmax.Shape.Equal(ir.Shape{out, in / k.GroupSize}) || k.Code.Shape.NumElements() != 16 {
		t.Fatalf("packed shapes %v %v %v for [%d %d]", k.QWeight.Shape, k.Absmax.Shape, k.Code.Shape, out, in)
	}
	ws, am, code := w.Float32s(), k.Absmax.Float32s(), k.Code.Float32s()
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			b := k.QWeight.Data[o*in/2+i/32*16+i%16]
			if i%32 >= 16 {
				b >>= 4
			}
			v, err := roundTo(k.DType, ir.Shape{1}, []float32{code[b&15] * am[o*(in/k.GroupSize)+i/k.GroupSize]})
			if err != nil {
				t.Fatal(err)
			}
			got, want := v.Float32s()[0], ws[o*in+i]
			if got != want && !(got != got && want != want) {
				t.Fatalf("[%d %d]: %v through the packing, %v dequantized", o, i, got, want)
			}
		}
	}
}
