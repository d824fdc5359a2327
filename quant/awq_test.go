package quant

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// awqReverseOrder is AutoAWQ's AWQ_REVERSE_ORDER: after the nibbles of a
// word are laid out by shift (nibble n at position n), position p of the
// group holds column reverse[p]'s inverse; unpack reads column j from
// position awqReverseOrder[j].
var awqReverseOrder = [8]int{0, 4, 1, 5, 2, 6, 3, 7}

// unpackAWQReference is AutoAWQ's unpack_awq + reverse_awq_order on one
// row of words: shift out every nibble, then permute by the reverse order.
func unpackAWQReference(row []uint32) []int32 {
	shifted := make([]int32, 8*len(row))
	for c, w := range row {
		for n := 0; n < 8; n++ {
			shifted[8*c+n] = int32(w>>(4*n)) & 0xF
		}
	}
	out := make([]int32, len(shifted))
	for c := 0; c < len(row); c++ {
		for j := 0; j < 8; j++ {
			out[8*c+j] = shifted[8*c+awqReverseOrder[j]]
		}
	}
	return out
}

// TestAWQGEMMRoundTrip packs random 4-bit values with AWQ_ORDER, checks
// them against AutoAWQ's unpacking, and checks the dequantized weight.
func TestAWQGEMMRoundTrip(t *testing.T) {
	const in, out = 64, 48
	for n, group := range []int{16, -1} {
		t.Run(fmt.Sprint("group", group), func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(n)))
			gs := group
			if gs == -1 {
				gs = in
			}
			groups := in / gs
			q := make([]uint32, in*out)
			z := make([]uint32, groups*out)
			for i := range q {
				q[i] = uint32(rng.Intn(16))
			}
			for i := range z {
				z[i] = uint32(rng.Intn(16))
			}
			qweight, qzeros := PackAWQGEMM(q, z, in, out)
			for i := 0; i < in; i++ {
				row := unpackAWQReference(qweight[i*out/8 : (i+1)*out/8])
				for o := 0; o < out; o++ {
					if uint32(row[o]) != q[i*out+o] {
						t.Fatalf("packed q[%d][%d] unpacks as %d by AutoAWQ's order, want %d", i, o, row[o], q[i*out+o])
					}
				}
			}
			scales := randScales(t, rng, ir.Float16, groups*out)
			tensors := map[string]*tensor.Tensor{
				"m.qweight": wordsT(t, ir.Shape{in, out / 8}, qweight),
				"m.qzeros":  wordsT(t, ir.Shape{groups, out / 8}, qzeros),
				"m.scales":  floatT(t, ir.Float16, ir.Shape{groups, out}, scales),
			}
			want := make([]float32, out*in)
			for o := 0; o < out; o++ {
				for i := 0; i < in; i++ {
					g := i / gs
					want[o*in+i] = roundedProduct(t, ir.Float16, scales[g*out+o], int(q[i*out+o])-int(z[g*out+o]))
				}
			}
			cfg := fmt.Sprintf(`{"quant_method":"awq","bits":4,"group_size":%d,"zero_point":true,"version":"gemm","modules_to_not_convert":null}`, group)
			got, err := dequantizeAll(t, cfg, tensors)
			if err != nil {
				t.Fatal(err)
			}
			mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{out, in}, want)
		})
	}
}

// TestAWQGEMVRoundTrip covers the GEMV packing and its padded zeros and
// scales widths for group sizes 32, 64 and 128.
func TestAWQGEMVRoundTrip(t *testing.T) {
	const in, out = 256, 16
	for n, c := range []struct{ group, width int }{{32, 4}, {64, 2}, {128, 1}} {
		t.Run(fmt.Sprint("group", c.group), func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(10 + n)))
			groups := in / c.group
			q := make([]uint32, out*in)
			z := make([]uint32, out*groups)
			for i := range q {
				q[i] = uint32(rng.Intn(16))
			}
			for i := range z {
				z[i] = uint32(rng.Intn(16))
			}
			qweight, qzeros, width, err := PackAWQGEMV(q, z, in, out, c.group)
			if err != nil {
				t.Fatal(err)
			}
			if width != c.width {
				t.Fatalf("zeros width %d, AutoAWQ's calculate_zeros_width gives %d", width, c.width)
			}
			sw := 8 * width
			used := randScales(t, rng, ir.Float16, out*groups)
			scales := make([]float64, out*sw)
			for o := 0; o < out; o++ {
				for g := 0; g < sw; g++ {
					if g < groups {
						scales[o*sw+g] = used[o*groups+g]
					} else {
						scales[o*sw+g] = 1e4 // padding, never read
					}
				}
			}
			tensors := map[string]*tensor.Tensor{
				"m.qweight": wordsT(t, ir.Shape{out, in / 8}, qweight),
				"m.qzeros":  wordsT(t, ir.Shape{out, width}, qzeros),
				"m.scales":  floatT(t, ir.Float16, ir.Shape{out, sw}, scales),
			}
			want := make([]float32, out*in)
			for o := 0; o < out; o++ {
				for i := 0; i < in; i++ {
					g := i / c.group
					want[o*in+i] = roundedProduct(t, ir.Float16, used[o*groups+g], int(q[o*in+i])-int(z[o*groups+g]))
				}
			}
			cfg := fmt.Sprintf(`{"quant_method":"awq","bits":4,"group_size":%d,"zero_point":true,"version":"gemv"}`, c.group)
			got, err := dequantizeAll(t, cfg, tensors)
			if err != nil {
				t.Fatal(err)
			}
			mustEqualFloats(t, "m.weight", got["m.weight"], ir.Shape{out, in}, want)
		})
	}
}
