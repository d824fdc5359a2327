package passes_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// roundInputs are float32 values around every rounding boundary of
// float16 and bfloat16 near each float16 value (the value, its float32
// neighbours, float16's midpoints below and above and their neighbours,
// bfloat16's midpoints and theirs), a dense sample of all float32 bit
// patterns, and the specials.
func roundInputs() []float32 {
	var out []float32
	add := func(b int64) {
		if b >= 0 && b <= math.MaxUint32 {
			if f := math.Float32frombits(uint32(b)); f == f {
				out = append(out, f)
			}
		}
	}
	for h := 0; h < 1<<16; h++ {
		base := ir.Float16ToFloat32(uint16(h))
		if base != base {
			continue
		}
		b := int64(math.Float32bits(base))
		for _, d := range []int64{0, -1, 1, 0x1000 - 1, 0x1000, 0x1000 + 1, -0x1000 - 1, -0x1000, -0x1000 + 1, 0x8000 - 1, 0x8000, 0x8000 + 1, -0x8000} {
			add(b + d)
		}
	}
	r := rand.New(rand.NewSource(1))
	for b := int64(0); b < 1<<32; b += 1 + int64(r.Intn(8192)) {
		add(b)
	}
	for _, f := range []float64{math.Inf(1), math.Inf(-1), math.MaxFloat32, -math.MaxFloat32, 65504, 65519.99, 65520, 3.3895e38, 0x1p100, 0x1p-126, 0x1p-14, 0x1p-24, 0x1p-25, 0x1.8p-25} {
		out = append(out, float32(f))
	}
	return out
}

// TestRoundFloat32Exactly runs passes.RoundFloat32Exactly's expression
// on interp over roundInputs and compares each result with float16's and
// bfloat16's own rounding (ir.Float32ToFloat16 / ir.Float32ToBFloat16,
// round to nearest even, overflow to Inf): equal for every value, up to
// the sign of a zero result; NaN stays NaN.
func TestRoundFloat32Exactly(t *testing.T) {
	in := roundInputs()
	x, err := tensor.FromFloat32(ir.Shape{len(in)}, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, dt := range []ir.DType{ir.Float16, ir.BFloat16} {
		f, err := frontend.Build("round", func(g *frontend.Graph) error {
			g.Return(frontend.Out("r", passes.RoundFloat32Exactly(g.Param("x", ir.Float32, len(in)), dt)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range f.Values {
			if v.Op == ir.OpConvert {
				t.Fatalf("%s: the rounding holds a convert: %s", dt, v.LongString())
			}
		}
		got, err := interp.Eval(f, x)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for i, r := range got[0].Float32s() {
			var want float32
			if dt == ir.Float16 {
				want = ir.Float16ToFloat32(ir.Float32ToFloat16(in[i]))
			} else {
				want = ir.BFloat16ToFloat32(ir.Float32ToBFloat16(in[i]))
			}
			if r != want && !(r != r && want != want) {
				if bad++; bad <= 10 {
					t.Errorf("%s: %g (bits %08x) rounds to %g, want %g", dt, in[i], math.Float32bits(in[i]), r, want)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d values wrong", dt, bad, len(in))
		}
	}
	if len(in) < 1000000 {
		t.Fatalf("only %d inputs", len(in))
	}
}
