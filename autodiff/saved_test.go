package autodiff_test

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
)

// savedForBackward returns the values of gf (a Grad result of a function
// with nres results) that the forward computes and the backward reads:
// the forward is every ancestor of the first nres results, the backward
// every other value.
func savedForBackward(gf *ir.Func, nres int) []*ir.Value {
	fwd := map[*ir.Value]bool{}
	var mark func(v *ir.Value)
	mark = func(v *ir.Value) {
		if fwd[v] {
			return
		}
		fwd[v] = true
		for _, a := range v.Args {
			mark(a)
		}
	}
	for _, r := range gf.Results[:nres] {
		mark(r)
	}
	seen := map[*ir.Value]bool{}
	var saved []*ir.Value
	for _, v := range gf.Values {
		if fwd[v] {
			continue
		}
		for _, a := range v.Args {
			if fwd[a] && !seen[a] {
				seen[a] = true
				saved = append(saved, a)
			}
		}
	}
	return saved
}

// scoreSized returns the saved values whose last two dims are (t, t): the
// attention scores or probabilities of some head.
func scoreSized(saved []*ir.Value, t int) []string {
	var out []string
	for _, v := range saved {
		if s := v.Type.Shape; s.Rank() >= 2 && s[s.Rank()-1] == t && s[s.Rank()-2] == t {
			out = append(out, fmt.Sprintf("%s %s = %s", v, v.Type, v.Op))
		}
	}
	return out
}

// TestAttentionGradientSavesNoScores differentiates two-layer decoders
// (GPT-2 with a padding mask; Mistral with GQA and a sliding window)
// with respect to every weight and checks that nothing of shape
// (..., T, T) is kept from the forward for the backward: the Attention
// rule recomputes the probabilities. The same check on the function
// whose Attention was decomposed before Grad (the old path) finds the
// per-layer probabilities, so the check can fail.
func TestAttentionGradientSavesNoScores(t *testing.T) {
	const batch, seq = 2, 11 // seq differs from every other dim of the models
	const layers = 2         // both configs
	for _, name := range []string{"gpt2-tiny", "mistral-sliding-tiny"} {
		t.Run(name, func(t *testing.T) {
			m := fixture.Model(t, fixture.ModelDir(name))
			build := func() *ir.Func {
				f, err := frontend.Build(name, func(g *frontend.Graph) error {
					return m.Build(g, models.Spec{Batch: batch, Seq: seq, Labels: true}, ir.Float32)
				})
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			f := build()
			var wrt []string
			for _, p := range f.Params {
				if p.Type.DType.IsFloat() {
					wrt = append(wrt, p.Name)
				}
			}
			grad := func(f *ir.Func) *ir.Func {
				gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
				if err != nil {
					t.Fatal(err)
				}
				return gf
			}
			gf := grad(f)
			if bad := scoreSized(savedForBackward(gf, len(f.Results)), seq); len(bad) > 0 {
				t.Errorf("the forward keeps %d (…, %d, %d) values for the backward: %v", len(bad), seq, seq, bad)
			}
			// After a backend's cleanups (CSE may merge backward values
			// into forward ones), Attention kept fused.
			keep := func(op ir.Op) bool { return op == ir.OpAttention }
			if err := passes.Standard(keep, nil).Run(gf, passes.Options{}); err != nil {
				t.Fatal(err)
			}
			if bad := scoreSized(savedForBackward(gf, len(f.Results)), seq); len(bad) > 0 {
				t.Errorf("after the standard passes, the forward keeps %d (…, %d, %d) values for the backward: %v", len(bad), seq, seq, bad)
			}

			old := build()
			if err := passes.AttnMask(nil)(old); err != nil {
				t.Fatal(err)
			}
			savedOld := savedForBackward(grad(old), len(old.Results))
			bad := scoreSized(savedOld, seq)
			t.Logf("saved for the backward: %d values with the rule, %d through the decomposition (%d of them (…, T, T))", len(savedForBackward(grad(build()), len(f.Results))), len(savedOld), len(bad))
			if len(bad) < layers {
				t.Errorf("through the decomposition the forward keeps %d (…, %d, %d) values, want at least one per layer", len(bad), seq, seq)
			}
		})
	}
}
