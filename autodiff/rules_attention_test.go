package autodiff_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// attnShape is a random Attention problem: batch, key/value heads, the
// group size (query heads per kv head), queries, keys, head dims.
type attnShape struct{ b, hkv, g, tq, tk, d, dv int }

func drawAttn(r *rand.Rand) attnShape {
	tq := 1 + r.Intn(4)
	return attnShape{b: 1 + r.Intn(2), hkv: 1 + r.Intn(2), g: 1 + r.Intn(3), tq: tq, tk: tq + r.Intn(3), d: 1 + r.Intn(3), dv: 1 + r.Intn(3)}
}

// qkv returns the q, k and v inputs of s (differentiated).
func (s attnShape) qkv(r *rand.Rand) []input {
	return []input{
		floatIn(r, "q", nil, s.b, s.hkv*s.g, s.tq, s.d),
		floatIn(r, "k", nil, s.b, s.hkv, s.tk, s.d),
		floatIn(r, "v", nil, s.b, s.hkv, s.tk, s.dv),
	}
}

// attnCase checks Attention's rule on a random shape; extra adds the
// optional inputs (after q, k, v) and opts builds the options from them.
func attnCase(name string, extra func(r *rand.Rand, s attnShape) []input, opts func(r *rand.Rand, s attnShape, xs []*frontend.Tensor) frontend.AttentionOptions) fdCase {
	return fdCase{name: name, make: func(r *rand.Rand) ([]input, body) {
		s := drawAttn(r)
		ins := s.qkv(r)
		if extra != nil {
			ins = append(ins, extra(r, s)...)
		}
		return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
			return frontend.Attention(xs[0], xs[1], xs[2], opts(r, s, xs))
		}
	}}
}

// paddingMask is a (B, Tk) 0/1 mask with random holes; batch entry 0
// masks a random prefix (left padding: the first causal rows see no key)
// and, with two batch entries, entry 1 may mask everything.
func paddingMask(r *rand.Rand, s attnShape) input {
	m := intIn(r, "mask", 0, 2, s.b, s.tk)
	pre := r.Intn(s.tk + 1)
	for j := 0; j < pre; j++ {
		m.vals[j] = 0
	}
	if s.b > 1 && r.Intn(2) == 0 {
		for j := 0; j < s.tk; j++ {
			m.vals[s.tk+j] = 0
		}
	}
	return m
}

func scale(r *rand.Rand) float64 { return 0.3 + r.Float64() }

// TestAttentionRule checks the flash-style rule against finite differences
// of the fused forward (interp's Attention) for every part of the mask
// description, GQA and Tq != Tk.
func TestAttentionRule(t *testing.T) {
	runCases(t, []fdCase{
		attnCase("causal_gqa", nil, func(r *rand.Rand, _ attnShape, _ []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{Scale: scale(r), Causal: true}
		}),
		attnCase("non_causal_default_scale", nil, func(*rand.Rand, attnShape, []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{}
		}),
		attnCase("padding_mask_causal", func(r *rand.Rand, s attnShape) []input { return []input{paddingMask(r, s)} },
			func(r *rand.Rand, _ attnShape, xs []*frontend.Tensor) frontend.AttentionOptions {
				return frontend.AttentionOptions{Scale: scale(r), Causal: true, Mask: xs[3]}
			}),
		attnCase("padding_mask_only", func(r *rand.Rand, s attnShape) []input { return []input{paddingMask(r, s)} },
			func(r *rand.Rand, _ attnShape, xs []*frontend.Tensor) frontend.AttentionOptions {
				return frontend.AttentionOptions{Scale: scale(r), Mask: xs[3]}
			}),
		attnCase("sliding_window", nil, func(r *rand.Rand, _ attnShape, _ []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{Scale: scale(r), Causal: true, Window: 1 + r.Intn(3)}
		}),
		// Positions (B, Tq) anywhere in [0, Tk): rows may see no key.
		attnCase("positions_window_mask", func(r *rand.Rand, s attnShape) []input {
			return []input{paddingMask(r, s), intIn(r, "pos", 0, s.tk, s.b, s.tq)}
		}, func(r *rand.Rand, _ attnShape, xs []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{Scale: scale(r), Causal: r.Intn(2) == 0, Window: 1 + r.Intn(2), Mask: xs[3], Positions: xs[4]}
		}),
		// Positions (Tq) shared by the batch, no padding mask.
		attnCase("positions_1d_causal", func(r *rand.Rand, s attnShape) []input {
			return []input{intIn(r, "pos", 0, s.tk, s.tq)}
		}, func(r *rand.Rand, _ attnShape, xs []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{Scale: scale(r), Causal: true, Window: r.Intn(3), Positions: xs[3]}
		}),
		attnCase("sinks_softcap_mask", func(r *rand.Rand, s attnShape) []input {
			return []input{paddingMask(r, s), floatIn(r, "sinks", nil, s.hkv*s.g)}
		}, func(r *rand.Rand, _ attnShape, xs []*frontend.Tensor) frontend.AttentionOptions {
			return frontend.AttentionOptions{Scale: 2 * scale(r), Causal: true, SoftCap: 0.5 + r.Float64(), Mask: xs[3], Sinks: xs[4]}
		}),
	})
}

// TestAttentionMaskedRowsZeroGradient: in float32, rows that see no key
// (a batch entry whose padding mask is all false, a left-padded query;
// large scores) give exactly zero gradients, never NaN, with and without
// sinks (which alone would make such rows' probabilities vanish).
func TestAttentionMaskedRowsZeroGradient(t *testing.T) {
	for _, withSinks := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "sinks"}[withSinks], func(t *testing.T) {
			checkMaskedRowsZeroGradient(t, withSinks)
		})
	}
}

func checkMaskedRowsZeroGradient(t *testing.T, withSinks bool) {
	const b, h, tq, d = 2, 2, 3, 4
	f, err := frontend.Build("masked", func(g *frontend.Graph) error {
		q := g.Param("q", ir.Float32, b, h, tq, d)
		k := g.Param("k", ir.Float32, b, 1, tq, d)
		v := g.Param("v", ir.Float32, b, 1, tq, d)
		sinks := g.Param("sinks", ir.Float32, h)
		mask := g.Param("mask", ir.Bool, b, tq)
		o := frontend.Attention(q, k, v, frontend.AttentionOptions{Causal: true, Mask: mask})
		if withSinks {
			o = frontend.Attention(q, k, v, frontend.AttentionOptions{Causal: true, Mask: mask, Sinks: sinks})
		}
		// sin: a non-zero cotangent (cos 0 = 1) reaches the empty rows too.
		g.Return(frontend.Out("loss", o.Sin().Sum(0, 1, 2, 3)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gf, err := autodiff.Grad(f, []string{"q", "k", "v", "sinks"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	rnd := func(dims ...int) *tensor.Tensor {
		vals := make([]float64, ir.Shape(dims).NumElements())
		for i := range vals {
			vals[i] = 100 * (2*r.Float64() - 1) // scores far beyond exp's range
		}
		x, _ := tensor.FromFloat64(ir.Float32, ir.Shape(dims), vals)
		return x
	}
	// Entry 0 sees keys 1 and 2 (its query 0 sees none: left padding);
	// entry 1 sees nothing.
	mask, _ := tensor.FromBool(ir.Shape{b, tq}, []bool{false, true, true, false, false, false})
	out, err := interp.Eval(gf, rnd(b, h, tq, d), rnd(b, 1, tq, d), rnd(b, 1, tq, d), rnd(h), mask)
	if err != nil {
		t.Fatal(err)
	}
	dq, dk, dv, ds := out[1].Float64s(), out[2].Float64s(), out[3].Float64s(), out[4].Float64s()
	for name, g := range map[string][]float64{"q": dq, "k": dk, "v": dv, "sinks": ds} {
		for i, x := range g {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("d loss / d %s[%d] = %v", name, i, x)
			}
		}
	}
	per := h * tq * d
	for i := per; i < 2*per; i++ { // entry 1: every row empty
		if dq[i] != 0 {
			t.Errorf("d loss / d q[%d] = %v in a row that sees no key, want 0", i, dq[i])
		}
	}
	for hh := 0; hh < h; hh++ { // entry 0, query 0: an empty row
		for j := 0; j < d; j++ {
			if i := hh*tq*d + j; dq[i] != 0 {
				t.Errorf("d loss / d q[%d] = %v in a row that sees no key, want 0", i, dq[i])
			}
		}
	}
	for i := 0; i < 2*tq*d; i++ { // entry 0's key 0 and entry 1's keys: never seen
		if (i < d || i >= tq*d) && (dk[i] != 0 || dv[i] != 0) {
			t.Errorf("d loss / d k, v [%d] = %v, %v for a masked key, want 0", i, dk[i], dv[i])
		}
	}
	var nz bool
	for _, x := range dv[d : tq*d] {
		nz = nz || x != 0
	}
	if !nz {
		t.Errorf("entry 0's value gradient is zero at the keys it sees: %v", dv[:tq*d])
	}
}

// TestAttentionBFloat16: bf16 q, k, v (GQA, padding mask, causal) get
// float32 gradients within bf16's precision of the float64 ones.
func TestAttentionBFloat16(t *testing.T) {
	const b, hq, hkv, tq, d = 2, 4, 2, 5, 8
	build := func(dt ir.DType) *ir.Func {
		f, err := frontend.Build("f", func(g *frontend.Graph) error {
			q := g.Param("q", dt, b, hq, tq, d)
			k := g.Param("k", dt, b, hkv, tq, d)
			v := g.Param("v", dt, b, hkv, tq, d)
			mask := g.Param("mask", ir.Bool, b, tq)
			o := frontend.Attention(q, k, v, frontend.AttentionOptions{Causal: true, Mask: mask})
			g.Return(frontend.Out("loss", o.AsType(ir.Float32).Sin().Sum(0, 1, 2, 3)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	r := rand.New(rand.NewSource(5))
	vals := func(n int) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = float64(tensor.BFloat16ToFloat32(tensor.Float32ToBFloat16(float32(2*r.Float64() - 1))))
		}
		return out
	}
	qv, kv, vv := vals(b*hq*tq*d), vals(b*hkv*tq*d), vals(b*hkv*tq*d)
	mask, _ := tensor.FromBool(ir.Shape{b, tq}, []bool{true, true, true, true, true, false, false, true, true, true})
	run := func(dt ir.DType) []*tensor.Tensor {
		gf, err := autodiff.Grad(build(dt), []string{"q", "k", "v"}, autodiff.Options{})
		if err != nil {
			t.Fatal(err)
		}
		q, _ := tensor.FromFloat64(dt, ir.Shape{b, hq, tq, d}, qv)
		k, _ := tensor.FromFloat64(dt, ir.Shape{b, hkv, tq, d}, kv)
		v, _ := tensor.FromFloat64(dt, ir.Shape{b, hkv, tq, d}, vv)
		out, err := interp.Eval(gf, q, k, v, mask)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	half, ref := run(ir.BFloat16), run(ir.Float64)
	for i, name := range []string{"q", "k", "v"} {
		g := half[1+i]
		if g.Type().DType != ir.Float32 {
			t.Fatalf("gradient of bf16 %s is %s, want float32", name, g.Type())
		}
		got, want := g.Float64s(), ref[1+i].Float64s()
		var diff, norm float64
		for j := range got {
			diff += (got[j] - want[j]) * (got[j] - want[j])
			norm += want[j] * want[j]
		}
		rel := math.Sqrt(diff / norm)
		t.Logf("gradient of %s: relative error %.3g against float64", name, rel)
		if !(rel < 0.02) || norm == 0 {
			t.Errorf("gradient of %s: relative error %.3g against float64, want < 0.02 (bf16 rounding)", name, rel)
		}
	}
}
