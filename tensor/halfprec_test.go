package tensor

import (
	"math"
	"testing"
)

func TestFloat32ToBFloat16(t *testing.T) {
	bits := math.Float32frombits
	tests := []struct {
		name string
		in   float32
		want uint16
	}{
		{"one", 1, 0x3F80},
		{"minus two", -2, 0xC000},
		{"zero", 0, 0x0000},
		{"negative zero", float32(math.Copysign(0, -1)), 0x8000},
		{"tie rounds down to even", bits(0x3F808000), 0x3F80},
		{"tie rounds up to even", bits(0x3F818000), 0x3F82},
		{"above tie rounds up", bits(0x3F808001), 0x3F81},
		{"below tie rounds down", bits(0x3F807FFF), 0x3F80},
		{"max float32 overflows to inf", math.MaxFloat32, 0x7F80},
		{"largest bf16 stays", bits(0x7F7F0000), 0x7F7F},
		{"inf", float32(math.Inf(1)), 0x7F80},
		{"-inf", float32(math.Inf(-1)), 0xFF80},
		{"nan canonical", float32(math.NaN()), 0x7FC0},
		{"negative nan with payload canonical", bits(0xFF800001), 0x7FC0},
		{"subnormal tie to even zero", bits(0x00008000), 0x0000},
		{"subnormal tie to even two", bits(0x00018000), 0x0002},
		{"subnormal exact", bits(0x00010000), 0x0001},
		{"smallest subnormal flushes", bits(0x00000001), 0x0000},
		{"carry into exponent", bits(0x3FFFFFFF), 0x4000},
	}
	for _, tc := range tests {
		if got := Float32ToBFloat16(tc.in); got != tc.want {
			t.Errorf("%s: Float32ToBFloat16(%#08x) = %#04x, want %#04x", tc.name, math.Float32bits(tc.in), got, tc.want)
		}
	}
}

func TestFloat32ToFloat16(t *testing.T) {
	tests := []struct {
		name string
		in   float32
		want uint16
	}{
		{"one", 1, 0x3C00},
		{"minus one", -1, 0xBC00},
		{"max half", 65504, 0x7BFF},
		{"just below overflow tie", 65519.99, 0x7BFF},
		{"overflow tie rounds to inf", 65520, 0x7C00},
		{"smallest subnormal", 0x1p-24, 0x0001},
		{"half of smallest subnormal ties to zero", 0x1p-25, 0x0000},
		{"three halves of smallest subnormal ties to two", 3 * 0x1p-25, 0x0002},
		{"just above half smallest subnormal", 0x1.000002p-25, 0x0001},
		{"largest subnormal", 1023 * 0x1p-24, 0x03FF},
		{"smallest normal", 0x1p-14, 0x0400},
		{"tie rounds to even down", 1 + 0x1p-11, 0x3C00},
		{"tie rounds to even up", 1 + 3*0x1p-11, 0x3C02},
		{"negative zero", float32(math.Copysign(0, -1)), 0x8000},
		{"inf", float32(math.Inf(1)), 0x7C00},
		{"-inf", float32(math.Inf(-1)), 0xFC00},
		{"nan", float32(math.NaN()), 0x7E00},
		{"negative nan", math.Float32frombits(0xFFC00001), 0xFE00},
		{"tiny underflows to zero", 1e-10, 0x0000},
	}
	for _, tc := range tests {
		if got := Float32ToFloat16(tc.in); got != tc.want {
			t.Errorf("%s: Float32ToFloat16(%g) = %#04x, want %#04x", tc.name, tc.in, got, tc.want)
		}
	}
}

// Every half-precision value widens exactly and narrows back to itself.
func TestHalfRoundTripAllBitPatterns(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		u := uint16(h)
		f := Float16ToFloat32(u)
		if f != f {
			if got := Float32ToFloat16(f); got&0x7C00 != 0x7C00 || got&0x3FF == 0 {
				t.Fatalf("f16 NaN %#04x came back as non-NaN %#04x", u, got)
			}
		} else if got := Float32ToFloat16(f); got != u {
			t.Fatalf("f16 %#04x -> %g -> %#04x", u, f, got)
		}
		b := BFloat16ToFloat32(u)
		if b != b {
			if got := Float32ToBFloat16(b); got != 0x7FC0 {
				t.Fatalf("bf16 NaN %#04x -> %#04x, want canonical 0x7FC0", u, got)
			}
		} else if got := Float32ToBFloat16(b); got != u {
			t.Fatalf("bf16 %#04x -> %g -> %#04x", u, b, got)
		}
	}
}

// The bf16 rounding is checked against an independent formulation:
// pick whichever neighbour is closer in float64, ties to the even one.
func TestBFloat16MatchesNearestNeighbour(t *testing.T) {
	for i := uint32(0); i < 1<<20; i++ {
		x := i*4093 + 0x12345 // spread over all exponents
		f := math.Float32frombits(x)
		if f != f || math.IsInf(float64(f), 0) {
			continue
		}
		lo := uint16(x >> 16)
		hi := lo + 1
		dl := math.Abs(float64(f) - float64(BFloat16ToFloat32(lo)))
		hv := float64(BFloat16ToFloat32(hi))
		if math.IsInf(hv, 0) { // IEEE rounds as if the exponent were unbounded
			hv = math.Copysign(0x1p128, hv)
		}
		dh := math.Abs(hv - float64(f))
		want := lo
		if dh < dl || (dh == dl && lo&1 == 1) {
			want = hi
		}
		if x&0xFFFF == 0 {
			want = lo
		}
		if got := Float32ToBFloat16(f); got != want {
			t.Fatalf("Float32ToBFloat16(%#08x) = %#04x, want %#04x", x, got, want)
		}
	}
}
