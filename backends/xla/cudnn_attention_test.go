package xla

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// attnLossGrad builds loss = Σ attention(q, k, v[, mask]) ∘ w in dtype dt
// and its gradients with respect to q, k and v (AttentionGrad values).
func attnLossGrad(t *testing.T, dt ir.DType, b, hq, hkv, tq, d int, causal, mask bool) *ir.Func {
	t.Helper()
	f, err := frontend.Build("attn_loss", func(g *frontend.Graph) error {
		q, k, v := g.Param("q", dt, b, hq, tq, d), g.Param("k", dt, b, hkv, tq, d), g.Param("v", dt, b, hkv, tq, d)
		w := g.Param("w", ir.Float32, b, hq, tq, d)
		o := frontend.AttentionOptions{Causal: causal}
		if mask {
			o.Mask = g.Param("mask", ir.Bool, b, tq)
		}
		out := frontend.Attention(q, k, v, o)
		g.Return(frontend.Out("loss", out.AsType(ir.Float32).Mul(w).Sum()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gf, err := autodiff.Grad(f, []string{"q", "k", "v"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return gf
}

// TestCuDNNAttentionEmit checks, without a device, that a bf16 attention
// and its gradients lower to one forward and one backward cuDNN call
// (with the bias variant for a padding mask) and no placeholder is left,
// and that f32 attention and Target{} keep the decomposition.
func TestCuDNNAttentionEmit(t *testing.T) {
	cases := []struct {
		name         string
		dt           ir.DType
		mask         bool
		target       Target
		fwd, bwd     string
		customCalls  int
		placeholders int
	}{
		{"bf16_mask", ir.BFloat16, true, Target{CuDNNAttention: true}, "__cudnn$fmhaScaleBiasSoftmax(", "__cudnn$fmhaScaleBiasSoftmaxBackward(", 2, 0},
		{"f16_causal", ir.Float16, false, Target{CuDNNAttention: true}, "__cudnn$fmhaSoftmax(", "__cudnn$fmhaSoftmaxBackward(", 2, 0},
		{"f32_decomposed", ir.Float32, true, Target{CuDNNAttention: true}, "", "", 0, 0},
		{"bf16_no_target", ir.BFloat16, true, Target{}, "", "", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := attnLossGrad(t, c.dt, 2, 4, 2, 16, 8, true, c.mask)
			m, err := EmitFor(f, backends.CompileOptions{}, c.target)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(m.Text, "stablehlo.custom_call"); n != c.customCalls {
				t.Fatalf("%d custom calls, want %d:\n%s", n, c.customCalls, m.Text)
			}
			for _, s := range []string{c.fwd, c.bwd} {
				if s != "" && !strings.Contains(m.Text, s) {
					t.Errorf("no %s call", s)
				}
			}
			if c.customCalls > 0 && strings.Contains(m.Text, "stablehlo.iota") {
				t.Errorf("a placeholder iota is left:\n%s", m.Text)
			}
		})
	}
}

// TestCuDNNAttentionMatchesInterp runs the loss and gradients of bf16
// attention (causal with a padding mask that leaves a row without keys,
// GQA; and full attention) through cuDNN on a CUDA device and compares
// them with interp's float64 reference within bf16's resolution.
func TestCuDNNAttentionMatchesInterp(t *testing.T) {
	b := Default()
	if err := b.Available(); err != nil {
		t.Skipf("no PJRT plugin: %v", err)
	}
	if !cudnnTarget(b.path).CuDNNAttention {
		t.Skipf("not a CUDA plugin (%s)", b.path)
	}
	for _, c := range []struct {
		name         string
		causal, mask bool
	}{{"causal_mask_gqa", true, true}, {"full", false, false}} {
		t.Run(c.name, func(t *testing.T) {
			B, Hq, Hkv, T, D := 2, 4, 2, 64, 64
			f := attnLossGrad(t, ir.BFloat16, B, Hq, Hkv, T, D, c.causal, c.mask)
			r := rand.New(rand.NewPCG(1, 2))
			randT := func(dt ir.DType, dims ...int) *tensor.Tensor {
				xs := make([]float64, ir.Shape(dims).NumElements())
				for i := range xs {
					xs[i] = r.NormFloat64()
				}
				x, err := tensor.FromFloat64(dt, ir.Shape(dims), xs)
				if err != nil {
					t.Fatal(err)
				}
				return x
			}
			args := []*tensor.Tensor{randT(ir.BFloat16, B, Hq, T, D), randT(ir.BFloat16, B, Hkv, T, D), randT(ir.BFloat16, B, Hkv, T, D), randT(ir.Float32, B, Hq, T, D)}
			if c.mask {
				keep := make([]bool, B*T)
				for i := range keep {
					keep[i] = i < T-5 || i >= T+40 // row 0: the last 5 keys off; row 1: only the last 24
				}
				m, err := tensor.FromBool(ir.Shape{B, T}, keep)
				if err != nil {
					t.Fatal(err)
				}
				args = append(args, m)
			}
			want, err := interp.Eval(f, args...)
			if err != nil {
				t.Fatal(err)
			}
			exe, err := b.Compile(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			m, err := EmitFor(f, backends.CompileOptions{}, cudnnTarget(b.path))
			if err != nil || !strings.Contains(m.Text, "__cudnn$fmha") {
				t.Fatalf("the program does not use cuDNN attention (%v)", err)
			}
			bufs := make([]backends.Buffer, len(args))
			for i, a := range args {
				if bufs[i], err = b.Upload(a); err != nil {
					t.Fatal(err)
				}
				defer bufs[i].Free()
			}
			outs, err := exe.Run(bufs, backends.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for i, o := range outs {
				got, err := o.Download()
				o.Free()
				if err != nil {
					t.Fatal(err)
				}
				gv, wv := got.Float64s(), want[i].Float64s()
				var scale, worst float64
				for j := range wv {
					scale = math.Max(scale, math.Abs(wv[j]))
				}
				for j := range wv {
					worst = math.Max(worst, math.Abs(gv[j]-wv[j]))
				}
				t.Logf("%s: max |cuDNN - interp| %.3g of max |interp| %.3g", f.ResultNames[i], worst, scale)
				if !(worst <= 2e-2*scale) {
					t.Errorf("%s: max |cuDNN - interp| %.3g exceeds 2%% of max |interp| %.3g", f.ResultNames[i], worst, scale)
				}
			}
		})
	}
}
