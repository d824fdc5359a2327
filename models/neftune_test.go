package models_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestNEFTuneZeroAlphaIsSameProgram: alpha 0 emits nothing: with an
// all-zero dropout config the training program with alpha 0 is exactly
// the evaluation program (no seed, no RNG, no mask-length ops), and with
// dropout its RNG ops are the dropout sites only. alpha > 0 adds exactly
// one RNG op (the dropout sites are unchanged) and the seed input, also
// for a config without dropout. (That alpha 0 gives the IR of the code
// before NEFTune was checked once by hand: see docs/train.md.)
func TestNEFTuneZeroAlphaIsSameProgram(t *testing.T) {
	for _, c := range []struct {
		js, arch string
		sites    int // dropout sites
	}{
		{gpt2Small + `}`, "GPT2LMHeadModel", 1 + 2*3},
		{gpt2Small + `, "embd_pdrop": 0, "attn_pdrop": 0, "resid_pdrop": 0}`, "GPT2LMHeadModel", 0},
		{bertSmall + `}`, "BertForMaskedLM", 1 + 2*3},
		{bertSmall + `, "hidden_dropout_prob": 0, "attention_probs_dropout_prob": 0}`, "BertForSequenceClassification", 0},
		{llamaSmall + `}`, "LlamaForCausalLM", 0},
		{llamaSmall + `, "attention_dropout": 0.1}`, "LlamaForCausalLM", 2},
	} {
		eval := models.Spec{Batch: 2, Seq: 4, Labels: true}
		_, evalProg := buildProgram(t, c.js, c.arch, eval, ir.Float32)
		train := eval
		train.Dropout, train.NEFTuneAlpha = true, 0
		_, zero := buildProgram(t, c.js, c.arch, train, ir.Float32)
		if rng, _ := opCounts(zero); rng != c.sites {
			t.Errorf("%s %s: %d RNG ops, want the %d dropout sites", c.arch, train, rng, c.sites)
		}
		if c.sites == 0 && zero.String() != evalProg.String() {
			t.Errorf("%s %s: alpha 0 without dropout is not the evaluation program", c.arch, train)
		}
		train.NEFTuneAlpha = 5
		_, noisy := buildProgram(t, c.js, c.arch, train, ir.Float32)
		if rng, _ := opCounts(noisy); rng != c.sites+1 {
			t.Errorf("%s %s: %d RNG ops, want %d (the dropout sites and one noise site)", c.arch, train, rng, c.sites+1)
		}
		if p := noisy.ParamByName(models.InputDropoutSeed); p == nil || p.Type.DType != ir.Int64 || p.Type.Shape.Rank() != 0 {
			t.Errorf("%s %s: seed input %v, want an int64 scalar", c.arch, train, p)
		}
	}
	if s := (models.Spec{Batch: 1, Seq: 2, Dropout: true, NEFTuneAlpha: 5}).String(); !strings.Contains(s, "neft5") {
		t.Errorf("Spec.String() %q does not name the NEFTune alpha", s)
	}
}

// paramsReached lists the parameters v depends on.
func paramsReached(v *ir.Value) map[string]bool {
	out := map[string]bool{}
	seen := map[*ir.Value]bool{}
	var walk func(v *ir.Value)
	walk = func(v *ir.Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		if v.Op == ir.OpParameter {
			out[v.Name] = true
		}
		for _, a := range v.Args {
			walk(a)
		}
	}
	walk(v)
	return out
}

// TestNEFTuneSite: the noise is added to the output of the module
// transformers' get_input_embeddings() returns (GPT-2's wte, BERT's
// word_embeddings, Llama's embed_tokens), before position or token-type
// embeddings: one Add takes the gathered table rows (depending on the
// table and input_ids only) and the noise (depending on the RNG).
func TestNEFTuneSite(t *testing.T) {
	for _, c := range []struct{ js, arch, table string }{
		{gpt2Small + `}`, "GPT2LMHeadModel", "transformer.wte.weight"},
		{bertSmall + `}`, "BertForMaskedLM", "bert.embeddings.word_embeddings.weight"},
		{llamaSmall + `}`, "LlamaForCausalLM", "model.embed_tokens.weight"},
	} {
		_, f := buildProgram(t, c.js, c.arch, models.Spec{Batch: 2, Seq: 4, Labels: true, Dropout: true, NEFTuneAlpha: 5}, ir.Float32)
		found := 0
		for _, v := range f.Values {
			if v.Op != ir.OpAdd || len(v.Args) != 2 {
				continue
			}
			for i := range 2 {
				emb, noise := paramsReached(v.Args[i]), paramsReached(v.Args[1-i])
				if len(emb) == 2 && emb[c.table] && emb[models.InputIDs] && noise[models.InputDropoutSeed] && noise[models.InputAttentionMask] && len(noise) == 2 {
					found++
				}
			}
		}
		if found != 1 {
			t.Errorf("%s: %d adds of noise to the %s rows, want 1", c.arch, found, c.table)
		}
	}
}

// TestNEFTuneSpecErrors: a negative or non-finite alpha, and noise in
// evaluation mode, are spec errors naming the field.
func TestNEFTuneSpecErrors(t *testing.T) {
	for _, c := range []struct {
		spec models.Spec
		want string
	}{
		{models.Spec{Batch: 1, Seq: 2, Dropout: true, NEFTuneAlpha: -1}, "NEFTuneAlpha -1"},
		{models.Spec{Batch: 1, Seq: 2, Dropout: true, NEFTuneAlpha: math.NaN()}, "NEFTuneAlpha NaN"},
		{models.Spec{Batch: 1, Seq: 2, Dropout: true, NEFTuneAlpha: math.Inf(1)}, "NEFTuneAlpha +Inf"},
		{models.Spec{Batch: 1, Seq: 2, NEFTuneAlpha: 5}, "NEFTuneAlpha needs Dropout"},
	} {
		c0, err := models.ParseConfig([]byte(llamaSmall+`}`), "config.json")
		if err != nil {
			t.Fatal(err)
		}
		m, err := models.New(c0, "")
		if err != nil {
			t.Fatal(err)
		}
		_, err = frontend.Build("test", func(g *frontend.Graph) error { return m.Build(g, c.spec, ir.Float32) })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("spec %s: error %v, want one containing %q", c.spec, err, c.want)
		}
	}
}

// neftuneMag is alpha / sqrt(L*d) in float32, as torch computes it.
func neftuneMag(alpha float64, length, width int) float64 {
	return float64(float32(alpha) / float32(math.Sqrt(float64(length*width))))
}

// checkUniform checks that d (n draws) is uniform in [-mag, mag]: every
// |d| within mag (plus slack for the float32 rounding of x + u), the
// largest |d| above 0.99 mag (so the bound is mag, not a smaller one), the
// mean within 5 standard deviations of 0, the variance within 5 standard
// deviations of mag²/3 and each quarter of the range holding a quarter of
// the draws within 5 standard deviations.
func checkUniform(t *testing.T, what string, d []float64, mag, slack float64) {
	t.Helper()
	n := float64(len(d))
	var sum, sq, top float64
	var bins [4]float64
	for _, x := range d {
		if math.Abs(x) > mag+slack {
			t.Fatalf("%s: |noise| %g above the bound %g", what, math.Abs(x), mag)
		}
		sum += x
		sq += x * x
		top = math.Max(top, math.Abs(x))
		bins[min(3, max(0, int((x+mag)/(2*mag)*4)))]++
	}
	mean, variance := sum/n, sq/n
	if sd := mag / math.Sqrt(3*n); math.Abs(mean) > 5*sd {
		t.Errorf("%s: mean %g, want 0 within %g", what, mean, 5*sd)
	}
	want := mag * mag / 3
	if sd := mag * mag * math.Sqrt(4.0/45/n); math.Abs(variance-want) > 5*sd {
		t.Errorf("%s: variance %g, want %g within %g", what, variance, want, 5*sd)
	}
	if top < 0.99*mag {
		t.Errorf("%s: largest |noise| %g, want near the bound %g", what, top, mag)
	}
	for i, b := range bins {
		if sd := math.Sqrt(0.25 * 0.75 / n); math.Abs(b/n-0.25) > 5*sd {
			t.Errorf("%s: quarter %d of the range holds %.4f of the draws, want 0.25 within %.4f", what, i, b/n, 5*sd)
		}
	}
	t.Logf("%s: n %d, bound %.6g, max %.6g, mean %.3g, variance/(mag²/3) %.4f", what, len(d), mag, top, mean, variance/want)
}

// embedForward runs r's program for spec on ids and mask (B, T) and
// returns hidden_states.0.
func embedForward(t *testing.T, r *models.Runner, spec models.Spec, ids, mask []int64, seed int64) []float64 {
	t.Helper()
	in := map[string]*tensor.Tensor{
		models.InputIDs:           i64(t, ids, spec.Batch, spec.Seq),
		models.InputAttentionMask: i64(t, mask, spec.Batch, spec.Seq),
	}
	if spec.Dropout {
		s, err := tensor.ScalarInt64(ir.Int64, seed)
		if err != nil {
			t.Fatal(err)
		}
		in[models.InputDropoutSeed] = s
	}
	out, err := r.Forward(context.Background(), spec, in)
	if err != nil {
		t.Fatalf("%s: %v", spec, err)
	}
	return out[models.HiddenState(0)].Float64s()
}

// neftuneBatch is a (4, 16) batch whose rows attend their first lens[i]
// tokens (right padding).
func neftuneBatch(lens [4]int) (ids, mask []int64) {
	const seq = 16
	for i, n := range lens {
		for p := range seq {
			ids = append(ids, int64(1+(i*seq+p)*37%500))
			m := int64(0)
			if p < n {
				m = 1
			}
			mask = append(mask, m)
		}
	}
	return ids, mask
}

// TestNEFTuneNoiseStatistics runs Llama's embeddings (hidden_states.0 of
// the llama-tiny fixture, d = 64) with and without alpha 5 on interp: the
// difference is uniform in ±alpha/sqrt(L*d) with L the batch's padded
// length (16 when a row attends all 16 positions; 12 when the rows, in a
// 16-wide program, attend at most 12, as one micro-batch of an
// accumulated step padded beyond its own longest row), over every
// element, padding included, as transformers' hook does. The same seed
// gives the same noise bit for bit, another seed other noise.
func TestNEFTuneNoiseStatistics(t *testing.T) {
	dir := fixtureDir("llama-tiny")
	r, _ := newRunner(t, loadModel(t, dir, "LlamaModel"), dir, interp.New(), backends.CompileOptions{}) // no LM head: faster
	const alpha, width = 5.0, 64
	eval := models.Spec{Batch: 4, Seq: 16, HiddenStates: true}
	train := eval
	train.Dropout, train.NEFTuneAlpha = true, alpha
	for _, c := range []struct {
		lens   [4]int
		length int
		seed   int64
	}{
		{[4]int{16, 10, 5, 16}, 16, 7},
		{[4]int{12, 3, 12, 7}, 12, -3},
	} {
		ids, mask := neftuneBatch(c.lens)
		base := embedForward(t, r, eval, ids, mask, 0)
		noisy := embedForward(t, r, train, ids, mask, c.seed)
		diff := make([]float64, len(base))
		for i := range base {
			diff[i] = noisy[i] - base[i]
		}
		checkUniform(t, fmt.Sprintf("lengths %v", c.lens), diff, neftuneMag(alpha, c.length, width), 1e-6)

		again := embedForward(t, r, train, ids, mask, c.seed)
		other := embedForward(t, r, train, ids, mask, c.seed+1)
		same := 0
		for i := range noisy {
			if again[i] != noisy[i] {
				t.Fatalf("seed %d twice: element %d %g vs %g", c.seed, i, again[i], noisy[i])
			}
			if other[i] == noisy[i] {
				same++
			}
		}
		if same > len(noisy)/100 {
			t.Errorf("seeds %d and %d give %d of %d equal elements", c.seed, c.seed+1, same, len(noisy))
		}
	}
}

// TestNEFTuneBeforeDropout runs GPT-2's embeddings (hidden_states.0 of the
// gpt2-tiny fixture: dropout(wte + noise + wpe), embd_pdrop 0.1, d = 64)
// in training mode with and without alpha 5 and one seed: the noise is
// added before the embedding dropout and leaves its mask unchanged (the
// same elements are zero), and on the kept elements the difference times
// (1 - p) is uniform in ±alpha/sqrt(L*d). (Elements where wte + wpe is
// exactly 0 in evaluation mode are left out: dropped or not, they are 0.)
func TestNEFTuneBeforeDropout(t *testing.T) {
	dir := fixtureDir("gpt2-tiny")
	r, _ := newRunner(t, loadModel(t, dir, "GPT2Model"), dir, interp.New(), backends.CompileOptions{})
	const alpha, width, keep = 5.0, 64, 0.9
	drop := models.Spec{Batch: 4, Seq: 16, HiddenStates: true, Dropout: true}
	noise := drop
	noise.NEFTuneAlpha = alpha
	ids, mask := neftuneBatch([4]int{9, 14, 14, 2})
	const seed = 12345
	plain := embedForward(t, r, models.Spec{Batch: 4, Seq: 16, HiddenStates: true}, ids, mask, 0)
	base := embedForward(t, r, drop, ids, mask, seed)
	noisy := embedForward(t, r, noise, ids, mask, seed)
	var diff []float64
	zeros := 0
	for i := range base {
		if plain[i] == 0 {
			continue // wte + wpe is 0 here: dropped or not, base is 0
		}
		if (base[i] == 0) != (noisy[i] == 0) {
			t.Errorf("element %d: %g without noise, %g with: the dropout mask changed", i, base[i], noisy[i])
		}
		if base[i] == 0 {
			zeros++
			continue
		}
		diff = append(diff, (noisy[i]-base[i])*keep)
	}
	if n := float64(len(base)); math.Abs(float64(zeros)/n-(1-keep)) > 5*math.Sqrt(keep*(1-keep)/n) {
		t.Errorf("%d of %d elements dropped, want about %g of them", zeros, len(base), 1-keep)
	}
	checkUniform(t, "gpt2 kept elements", diff, neftuneMag(alpha, 14, width), 1e-6)
}
