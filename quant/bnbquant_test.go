package quant

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// nearestCode is the index of the entry of code nearest to x, ties to the
// lower index (what the kernels' strict ">" trees amount to).
func nearestCode(code []float32, x float32) uint8 {
	best, bestD := 0, math.Inf(1)
	for i, c := range code {
		if d := math.Abs(float64(x) - float64(c)); d < bestD {
			best, bestD = i, d
		}
	}
	return uint8(best)
}

func TestQuantizeNF4IsNearestWithTiesDown(t *testing.T) {
	// The tree's thresholds are the float32 midpoints of the codebook's
	// neighbours (to the literals' precision).
	for i, th := range nf4Thresholds {
		mid := (float64(NF4[i]) + float64(NF4[i+1])) / 2
		if math.Abs(float64(th)-mid) > 1e-6 {
			t.Errorf("threshold %d = %v, midpoint %v", i, th, mid)
		}
		// A value on the threshold goes to the lower code; just above, the upper.
		if got := quantizeNF4(th); got != uint8(i) {
			t.Errorf("quantizeNF4(threshold %d = %v) = %d, want %d (ties go down)", i, th, got, i)
		}
		if got := quantizeNF4(math.Nextafter32(th, 2)); got != uint8(i+1) {
			t.Errorf("quantizeNF4(just above threshold %d) = %d, want %d", i, got, i+1)
		}
	}
	rng := newRand(1)
	for k := 0; k < 20000; k++ {
		x := float32(rng.Float64()*2 - 1)
		near := false
		for _, th := range nf4Thresholds {
			near = near || math.Abs(float64(x-th)) < 1e-6
		}
		if got, want := quantizeNF4(x), nearestCode(NF4[:], x); got != want && !near {
			t.Fatalf("quantizeNF4(%v) = %d, nearest code %d", x, got, want)
		}
	}
	if got := quantizeNF4(float32(math.NaN())); got != 0 {
		t.Errorf("quantizeNF4(NaN) = %d, want 0 (the kernel's tree)", got)
	}
}

func TestQuantizeFP4IsNearestMagnitude(t *testing.T) {
	rng := newRand(2)
	for k := 0; k < 20000; k++ {
		x := float32(rng.Float64()*2 - 1)
		got := quantizeFP4(x)
		if (got&8 != 0) != (x < 0) {
			t.Fatalf("quantizeFP4(%v) = %04b: sign bit", x, got)
		}
		// The magnitude tree's pivots are midpoints of the magnitudes (to
		// the literals' precision) except between 0 and 0.0625/12, where
		// bitsandbytes pivots at 0.00260417 (half of 0.0625/12).
		mags := FP4[:8]
		want := nearestCode(mags, float32(math.Abs(float64(x))))
		if got&7 != want && math.Abs(math.Abs(float64(x))-float64(FP4[want])) > 1e-6 {
			// Allow disagreement only right at a pivot.
			d := math.Abs(math.Abs(float64(x)) - float64(FP4[got&7]))
			if math.Abs(d-math.Abs(math.Abs(float64(x))-float64(FP4[want]))) > 1e-6 {
				t.Fatalf("quantizeFP4(%v) = %d (%v), nearest magnitude code %d (%v)", x, got&7, FP4[got&7], want, FP4[want])
			}
		}
	}
	if got := quantizeFP4(-0.0); got != 0 {
		t.Errorf("quantizeFP4(-0) = %d, want 0 (x < 0 is false)", got)
	}
}

// TestDynamicMapMatchesTorch compares DynamicMap with the nested_quant_map
// torch's create_dynamic_map produced in testdata/quant/bnb-fp4-dq
// (scripts/quant_fixture.py).
func TestDynamicMapMatchesTorch(t *testing.T) {
	ck, err := weights.Open(filepath.Join("..", "testdata", "quant", "bnb-fp4-dq"))
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	var name string
	for _, n := range ck.Names() {
		if strings.HasSuffix(n, ".nested_quant_map") {
			name = n
			break
		}
	}
	if name == "" {
		t.Fatal("no nested_quant_map in the fixture")
	}
	ref, err := ck.Tensor(name)
	if err != nil {
		t.Fatal(err)
	}
	want, got := ref.Float32s(), DynamicMap()
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Errorf("DynamicMap()[%d] = %v (%08x), torch %v (%08x)", i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
		}
	}
}

func TestQuantizeDynamicIsNearest(t *testing.T) {
	code := DynamicMap()
	rng := newRand(3)
	for k := 0; k < 20000; k++ {
		x := float32(rng.Float64()*2 - 1)
		if k%4 == 0 {
			x *= 1e-3
		}
		got, want := quantizeDynamic(&code, x), nearestCode(code[:], x)
		if got != want && code[got] != code[want] {
			dg, dw := math.Abs(float64(x-code[got])), math.Abs(float64(x-code[want]))
			if dg-dw > 1e-7*math.Abs(float64(x)) {
				t.Fatalf("quantizeDynamic(%v) = %d (%v), nearest %d (%v)", x, got, code[got], want, code[want])
			}
		}
	}
}

func TestQuantizeBnB8(t *testing.T) {
	// Row 0: absmax 127 so the scale is 1: halves round to even.
	// Row 1: all zero: SCB 0, codes 0. Row 2: float16 rounding first.
	w := floatT(t, ir.Float32, ir.Shape{3, 4}, []float64{127, 2.5, -3.5, 0.5, 0, 0, 0, 0, 1, -0.5, 0.25, 1.00001})
	q, scb, err := QuantizeBnB8(w)
	if err != nil {
		t.Fatal(err)
	}
	wantQ := []int8{127, 2, -4, 0, 0, 0, 0, 0, 127, -64, 32, 127}
	for i, b := range q.Data {
		if int8(b) != wantQ[i] {
			t.Fatalf("q = %v, want %v", q.Data, wantQ)
		}
	}
	if s := scb.Float32s(); s[0] != 127 || s[1] != 0 || s[2] != 1 {
		t.Fatalf("SCB = %v, want [127 0 1] (1.00001 rounds to 1 in float16)", s)
	}
	if _, _, err := QuantizeBnB8(floatT(t, ir.Float32, ir.Shape{4}, []float64{1, 2, 3, 4})); err == nil {
		t.Fatal("a 1-D weight was accepted")
	}
}

// refDequant4 is the 4-bit dequantization of the stored codes written
// here from the format (high nibble first, nested absmax by the formula).
func refDequant4(t *testing.T, ts map[string]*tensor.Tensor, st QuantState, dt ir.DType) []float32 {
	n := st.Shape[0] * st.Shape[1]
	code := NF4
	if st.QuantType == "fp4" {
		code = FP4
	}
	am := ts["weight.absmax"]
	var absmax []float32
	if st.Nested() {
		nested, qmap := ts["weight.nested_absmax"].Float32s(), ts["weight.nested_quant_map"].Float32s()
		for b, q := range am.Data {
			absmax = append(absmax, float32(qmap[q]*nested[b/256])+float32(*st.NestedOffset))
		}
	} else {
		absmax = am.Float32s()
	}
	out := make([]float32, n)
	for k := range out {
		b := ts["weight"].Data[k/2]
		nib := b >> 4
		if k%2 == 1 {
			nib = b & 15
		}
		out[k] = code[nib] * absmax[k/64]
	}
	r, err := roundTo(dt, ir.Shape{n}, out)
	if err != nil {
		t.Fatal(err)
	}
	return r.Float32s()
}

func TestQuantizeBnB4RoundTrip(t *testing.T) {
	rng := newRand(4)
	for _, shape := range []ir.Shape{{4, 64}, {3, 67}, {40, 520}} { // 201 values: odd, a partial block; 20800: 325 blocks, 2 nested
		for _, qt := range []string{"nf4", "fp4"} {
			for _, double := range []bool{false, true} {
				for _, dt := range []ir.DType{ir.Float16, ir.BFloat16, ir.Float32} {
					name := fmt.Sprintf("%v-%s-double%v-%s", shape, qt, double, dt)
					n := shape.NumElements()
					vals := make([]float64, n)
					for i := range vals {
						vals[i] = rng.NormFloat64() * 0.05
					}
					for i := 0; i < 64 && i < n; i++ {
						vals[i] = 0 // an all-zero block
					}
					w := floatT(t, ir.Float32, shape, vals)
					b, err := QuantizeBnB4(w, qt, 64, double, dt)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					// Codes are the kernel's for float32(v)*float32(1/absmax).
					r, _ := roundTo(dt, shape, w.Float32s())
					rv := r.Float32s()
					q := func(x float32) uint8 {
						if qt == "nf4" {
							return quantizeNF4(x)
						}
						return quantizeFP4(x)
					}
					for blk := 0; blk*64 < n; blk++ {
						am := blockAbsmax(rv[blk*64 : min(n, blk*64+64)])
						for k := blk * 64; k < min(n, blk*64+64); k++ {
							nib := b.Tensors["weight"].Data[k/2] >> 4
							if k%2 == 1 {
								nib = b.Tensors["weight"].Data[k/2] & 15
							}
							if want := q(float32(rv[k] * float32(1/am))); nib != want {
								t.Fatalf("%s: code %d = %d, want %d", name, k, nib, want)
							}
						}
					}
					if n%2 == 1 {
						if got, want := b.Tensors["weight"].Data[n/2]&15, q(0); got != want && blockAbsmax(rv[n/64*64:]) != 0 {
							t.Fatalf("%s: padding nibble %d, want the code of 0 = %d", name, got, want)
						}
					}
					// Write, read with the existing reader, compare with refDequant4.
					tensors := map[string]*tensor.Tensor{}
					for k, v := range b.Tensors {
						tensors["m."+k] = v
					}
					got, err := dequantizeAll(t, fmt.Sprintf(`{"quant_method": "bitsandbytes", "load_in_4bit": true, "bnb_4bit_quant_type": %q, "bnb_4bit_use_double_quant": %v}`, qt, double), tensors)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					mustEqualFloats(t, name, got["m.weight"], shape, refDequant4(t, b.Tensors, b.State, dt))
					// And the weight is close to the original.
					// (Double quantization adds the absmax's own 8-bit error,
					// about 1% of the largest absmax, even to an all-zero block.)
					deq, maxAbs := got["m.weight"].Float32s(), float64(blockAbsmax(rv))
					for k := range deq {
						am := blockAbsmax(rv[k/64*64 : min(n, k/64*64+64)])
						tol := 0.2*float64(am) + 1e-6
						if double {
							tol += 0.02 * maxAbs
						}
						if math.Abs(float64(deq[k]-rv[k])) > tol {
							t.Fatalf("%s: weight %d dequantizes to %v, was %v (block absmax %v)", name, k, deq[k], rv[k], am)
						}
					}
				}
			}
		}
	}
}

func TestQuantizeBnBErrors(t *testing.T) {
	w := floatT(t, ir.Float32, ir.Shape{2, 64}, make([]float64, 128))
	for _, c := range []struct {
		err  func() error
		want string
	}{
		{func() error { _, err := QuantizeBnB4(w, "int4", 64, false, ir.Float16); return err }, "bnb_4bit_quant_type"},
		{func() error { _, err := QuantizeBnB4(w, "nf4", 128, false, ir.Float16); return err }, "blocksize 128"},
		{func() error { _, err := QuantizeBnB4(w, "nf4", 64, false, ir.Int8); return err }, "weight dtype"},
		{func() error { o := BnBOptions{LoadIn4bit: true, QuantType: "nf8"}; return o.Check() }, "--bnb-4bit-quant-type"},
		{func() error { o := BnBOptions{LoadIn4bit: true, LoadIn8bit: true}; return o.Check() }, "--load-in-8bit"},
		{func() error { o := BnBOptions{LoadIn4bit: true, Blocksize: 128}; return o.Check() }, "blocksize 128"},
		{func() error { o := BnBOptions{LoadIn4bit: true, ComputeDType: "int8"}; return o.Check() }, "--bnb-4bit-compute-dtype"},
		{func() error { o := BnBOptions{LoadIn8bit: true, DoubleQuant: true}; return o.Check() }, "--bnb-4bit-use-double-quant"},
	} {
		if err := c.err(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one naming %q", err, c.want)
		}
	}
}

func TestBnBConverts(t *testing.T) {
	def := BnBOptions{}
	skip := BnBOptions{SkipModules: []string{"mlp", "model.layers.0.self_attn.q_proj", "k_proj"}}
	for _, c := range []struct {
		o      *BnBOptions
		module string
		want   bool
	}{
		{&def, "lm_head", false},
		{&def, "model.layers.0.mlp.down_proj", true},
		{&skip, "lm_head", true}, // an explicit list replaces the default
		{&skip, "model.layers.0.mlp.down_proj", false},
		{&skip, "model.layers.0.self_attn.q_proj", false},
		{&skip, "model.layers.1.self_attn.q_proj", true},
		{&skip, "model.layers.1.self_attn.k_proj", false},
	} {
		if got := c.o.Converts(c.module); got != c.want {
			t.Errorf("SkipModules %v: Converts(%s) = %v, want %v", c.o.SkipModules, c.module, got, c.want)
		}
	}
}

func TestQuantStateJSON(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{{6, "6.0"}, {0.0001, "0.0001"}, {1e-05, "1e-05"}, {0.123, "0.123"}, {1e16, "1e+16"}, {-2.5e-07, "-2.5e-07"}, {float64(float32(0.1)), "0.10000000149011612"}} {
		if got := pyFloat(c.v); got != c.want {
			t.Errorf("pyFloat(%v) = %s, want %s", c.v, got, c.want)
		}
	}
	off := 0.015625
	st := QuantState{QuantType: "nf4", Blocksize: 64, DType: "bfloat16", Shape: []int{3, 67}, NestedBlocksize: 256, NestedDType: "float32", NestedOffset: &off}
	js, _ := st.MarshalJSON()
	want := `{"quant_type": "nf4", "blocksize": 64, "dtype": "bfloat16", "shape": [3, 67], "nested_blocksize": 256, "nested_dtype": "float32", "nested_offset": 0.015625}`
	if string(js) != want {
		t.Fatalf("quant_state %s\nwant %s", js, want)
	}
	back, err := ParseQuantState(js, "x")
	if err != nil || back.NestedBlocksize != 256 || *back.NestedOffset != off || back.DType != "bfloat16" {
		t.Fatalf("ParseQuantState: %+v, %v", back, err)
	}
}
