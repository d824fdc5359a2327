package ir

import (
	"strings"
	"testing"
)

// TestShapeQuantMatmul: result (..., N) in x's dtype, and each operand
// constraint of the packing refused with a message naming it.
func TestShapeQuantMatmul(t *testing.T) {
	x, q, s := T(Float32, 2, 3, 64), T(Uint8, 5, 32), T(Float16, 5, 2)
	got, err := shapeQuantMatmul([]Type{x, q, s, s}, &QuantMatmulAttrs{Bits: 4, GroupSize: 32})
	if err != nil || !got.Equal(T(Float32, 2, 3, 5)) {
		t.Fatalf("got %v, %v; want f32[2,3,5]", got, err)
	}
	for _, c := range []struct {
		args []Type
		a    QuantMatmulAttrs
		want string
	}{
		{[]Type{x, q, s, s}, QuantMatmulAttrs{Bits: 3, GroupSize: 32}, "bits = 3"},
		{[]Type{T(Int32, 64), q, s, s}, QuantMatmulAttrs{Bits: 4, GroupSize: 32}, "x must be a float"},
		{[]Type{x, q, s, s}, QuantMatmulAttrs{Bits: 4, GroupSize: 48}, "divide K = 64"},
		{[]Type{x, q, T(Float16, 5, 4), T(Float16, 5, 4)}, QuantMatmulAttrs{Bits: 4, GroupSize: 16}, "multiple of 32"},
		{[]Type{x, T(Int8, 5, 32), s, s}, QuantMatmulAttrs{Bits: 4, GroupSize: 32}, "qweight must be uint8 (N, 32)"},
		{[]Type{x, q, s, s}, QuantMatmulAttrs{Bits: 8, GroupSize: 32}, "qweight must be uint8 (N, 64)"},
		{[]Type{x, q, T(Float16, 4, 2), T(Float16, 4, 2)}, QuantMatmulAttrs{Bits: 4, GroupSize: 32}, "scales must be float (5, 2)"},
		{[]Type{x, q, s, T(Float32, 5, 2)}, QuantMatmulAttrs{Bits: 4, GroupSize: 32}, "zeros"},
	} {
		if _, err := shapeQuantMatmul(c.args, &c.a); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v %+v: error %v, want %q", c.args, c.a, err, c.want)
		}
	}
}
