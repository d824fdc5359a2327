package tensor

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

func TestFromFloat64Rounding(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		dt   ir.DType
		in   []float64
		want []int64 // expected Int64s() of the result
	}{
		{ir.Int64, []float64{2.9, -2.9, 0.5, -0.5, nan, 1e300, -1e300}, []int64{2, -2, 0, 0, 0, math.MaxInt64, math.MinInt64}},
		{ir.Int32, []float64{2147483648, -2147483649, 3.99}, []int64{-2147483648, 2147483647, 3}},
		{ir.Int8, []float64{127, 128, 300, -129, -1.5}, []int64{127, -128, 44, 127, -1}},
		{ir.Uint8, []float64{255, 256, -1, 3.7}, []int64{255, 0, 255, 3}},
		{ir.Int16, []float64{32768, -7.9}, []int64{-32768, -7}},
		{ir.Bool, []float64{0, -0.0, 0.1, nan, -3}, []int64{0, 0, 1, 1, 1}},
	}
	for _, tc := range tests {
		x, err := FromFloat64(tc.dt, ir.Shape{len(tc.in)}, tc.in)
		if err != nil {
			t.Fatal(err)
		}
		got := x.Int64s()
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("FromFloat64(%v, %v)[%d] = %d, want %d", tc.dt, tc.in[i], i, got[i], tc.want[i])
			}
		}
	}
}

func TestFloatDoubleRoundingLikePyTorch(t *testing.T) {
	// 1 + 2^-11 + 2^-40 is above the f16 tie in float64, but float32 rounds it
	// to exactly the tie, which then goes to even (1.0): torch does the same.
	v := 1 + 0x1p-11 + 0x1p-40
	x, _ := FromFloat64(ir.Float16, nil, []float64{v})
	if got := x.Float64s()[0]; got != 1 {
		t.Errorf("f64 %v -> f16 = %v, want 1 (rounded through float32)", v, got)
	}
	y, _ := FromFloat64(ir.BFloat16, nil, []float64{1 + 0x1p-8 + 0x1p-30})
	if got := y.Float64s()[0]; got != 1 {
		t.Errorf("f64 -> bf16 = %v, want 1 (rounded through float32)", got)
	}
}

func TestFromInt64Wraps(t *testing.T) {
	tests := []struct {
		dt   ir.DType
		in   int64
		want float64
	}{
		{ir.Int8, 200, -56},
		{ir.Uint8, -1, 255},
		{ir.Int16, 70000, 4464},
		{ir.Int32, 1 << 32, 0},
		{ir.Float32, 16777217, 16777216},
		{ir.Float64, 1 << 53, 1 << 53},
		{ir.BFloat16, 257, 256},
		{ir.Float16, 2049, 2048},
		{ir.Float16, 1 << 20, math.Inf(1)},
		{ir.Bool, -7, 1},
	}
	for _, tc := range tests {
		x, err := ScalarInt64(tc.dt, tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := x.Float64s()[0]; got != tc.want {
			t.Errorf("ScalarInt64(%v, %d) = %v, want %v", tc.dt, tc.in, got, tc.want)
		}
	}
}

func TestConvertEveryPair(t *testing.T) {
	vals := []float64{0, 1, -2, 3.5, 100, -0.25}
	for _, src := range ir.AllDTypes() {
		in, err := FromFloat64(src, ir.Shape{2, 3}, vals)
		if err != nil {
			t.Fatal(err)
		}
		for _, dst := range ir.AllDTypes() {
			out, err := in.Convert(dst)
			if err != nil {
				t.Fatalf("%v->%v: %v", src, dst, err)
			}
			if out.DType != dst || !out.Shape.Equal(in.Shape) || out.Validate() != nil {
				t.Fatalf("%v->%v: bad result %v", src, dst, out)
			}
			// Converting the source's values directly from float64 must agree
			// with converting through the source dtype, except for the bool and
			// integer paths, where the source already lost the fraction.
			want, _ := FromFloat64(dst, in.Shape, in.Float64s())
			if !out.Equal(want) {
				t.Errorf("%v->%v: got %v want %v", src, dst, out.Float64s(), want.Float64s())
			}
		}
	}
}

func TestReaders(t *testing.T) {
	x, err := FromInt64(ir.Int16, ir.Shape{2, 2}, []int64{-3, 0, 7, 1000})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Float32s(); got[0] != -3 || got[3] != 1000 {
		t.Errorf("Float32s = %v", got)
	}
	if got := x.Bools(); got[0] != true || got[1] != false {
		t.Errorf("Bools = %v", got)
	}
	v, err := x.At(1, 1)
	if err != nil || v != 1000 {
		t.Errorf("At(1,1) = %v, %v", v, err)
	}
	if _, err := x.At(2, 0); err == nil {
		t.Error("At out of range: no error")
	}
	if _, err := x.At(0); err == nil {
		t.Error("At with wrong rank: no error")
	}
	b, _ := FromBool(ir.Shape{3}, []bool{true, false, true})
	if got := b.Int64s(); got[0] != 1 || got[1] != 0 || got[2] != 1 {
		t.Errorf("bool Int64s = %v", got)
	}
	if s := x.String(); s != "i16[2,2]{-3, 0, 7, 1000}" {
		t.Errorf("String = %q", s)
	}
	big, _ := New(ir.Float32, ir.Shape{10})
	if s := big.String(); !strings.HasSuffix(s, ", ...}") {
		t.Errorf("String of 10 elements = %q", s)
	}
}

func TestConstructorErrors(t *testing.T) {
	if _, err := FromFloat32(ir.Shape{2, 2}, []float32{1, 2, 3}); err == nil {
		t.Error("FromFloat32 with 3 values for [2,2]: no error")
	}
	if _, err := New(ir.Invalid, ir.Shape{1}); err == nil {
		t.Error("New(Invalid): no error")
	}
	if _, err := New(ir.Float32, ir.Shape{-1}); err == nil {
		t.Error("New with negative dim: no error")
	}
	if _, err := New(ir.Float64, ir.Shape{1 << 40, 1 << 40}); err == nil {
		t.Error("New with overflowing shape: no error")
	}
	bad := &Tensor{DType: ir.Float32, Shape: ir.Shape{2}, Data: make([]byte, 7)}
	if bad.Validate() == nil || bad.Float64s() != nil {
		t.Error("invalid tensor accepted")
	}
	if _, err := bad.Convert(ir.Float16); err == nil {
		t.Error("Convert of invalid tensor: no error")
	}
	if s := bad.String(); !strings.Contains(s, "invalid") {
		t.Errorf("String of invalid tensor = %q", s)
	}
}

func TestCloneAndEqual(t *testing.T) {
	x, _ := FromFloat32(ir.Shape{2}, []float32{1, float32(math.NaN())})
	c := x.Clone()
	if !x.Equal(c) {
		t.Fatal("clone differs")
	}
	c.Data[0] ^= 1
	if x.Equal(c) || x.Data[0] == c.Data[0] {
		t.Fatal("clone aliases the original")
	}
	y, _ := FromFloat32(ir.Shape{1, 2}, []float32{1, float32(math.NaN())})
	if x.Equal(y) {
		t.Fatal("different shapes compare equal")
	}
}
