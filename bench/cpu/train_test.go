package cpu

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
)

// TestSmallTrain runs the training workload at tiny shapes (GPT-2 with
// n_embd 64, 2 layers, vocab 1000; 2 x 16 tokens) and checks its figures:
// the trained parameters are the tied model's (counted from the config,
// not from the program), the GFLOP/s, tokens/s, shares and fraction of
// the peak follow from the measured times, and the first step's loss is
// that of near-uniform logits over the vocabulary.
func TestSmallTrain(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	rep, err := Run(context.Background(), Options{Small: true, MinTime: 20 * time.Millisecond, Workloads: []string{"train"}})
	if err != nil {
		t.Fatal(err)
	}
	fig, ok := rep.Details["gpt2-train"].(trainFigures)
	if !ok {
		t.Fatalf("details[gpt2-train] is %T", rep.Details["gpt2-train"])
	}
	// GPT-2 small config: C 64, 2 layers, vocab 1000, 1024 positions; the
	// LM head is wte itself when tied.
	c, l, v, npos := 64, 2, 1000, 1024
	want := int64(v*c + npos*c + l*(12*c*c+13*c) + 2*c)
	if !trainTied {
		want += int64(v * c)
	}
	if fig.Params != want {
		t.Errorf("trained params %d, want %d", fig.Params, want)
	}
	if fig.Tokens != 32 || fig.Batch*fig.Seq != fig.Tokens {
		t.Errorf("tokens %d (%d x %d), want 2 x 16", fig.Tokens, fig.Batch, fig.Seq)
	}
	near := func(what string, got, want float64) {
		t.Helper()
		if !(math.Abs(got-want) <= 1e-9*math.Abs(want)) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	near("flops per step", fig.FlopsPerStep, 6*float64(want)*32)
	near("GFLOP/s", fig.GFLOPS, fig.FlopsPerStep/fig.StepS/1e9)
	near("tokens/s", fig.TokensPerS, 32/fig.StepS)
	near("fraction of peak", fig.FractionOfPeak, fig.GFLOPS/rep.Machine["fma_peak_gflops"].(float64))
	near("shares sum", fig.Shares["forward"]+fig.Shares["backward"]+fig.Shares["optimizer"], 1)
	near("backward", fig.BwdS, fig.FwdBwdMinS-fig.FwdMinS)
	near("optimizer", fig.OptS, fig.StepMinS-fig.FwdBwdMinS)
	near("forward share", fig.Shares["forward"], fig.FwdMinS/fig.StepMinS)
	if fig.StepMinS > fig.StepS || fig.FwdMinS > fig.FwdS || fig.FwdBwdMinS > fig.FwdBwdS {
		t.Errorf("a minimum above its median: %+v", fig)
	}
	if fig.TargetMet != (fig.FractionOfPeak >= 0.35) || fig.Target != 0.35 {
		t.Errorf("target %v met %v at fraction %v", fig.Target, fig.TargetMet, fig.FractionOfPeak)
	}
	for what, x := range map[string]float64{"step": fig.StepS, "forward": fig.FwdS, "fwd+bwd": fig.FwdBwdS,
		"cold compile": fig.CompileColdS, "cached compile": fig.CompileCachedS, "grad norm": fig.GradNorm} {
		if !(x > 0) {
			t.Errorf("%s = %v, want > 0", what, x)
		}
	}
	if fig.Rounds < 3 || len(fig.StepRunsS) != fig.Rounds {
		t.Errorf("%d rounds, %d step times", fig.Rounds, len(fig.StepRunsS))
	}
	// N(0, 0.02) weights give logits near 0: the loss is about ln(vocab).
	if math.Abs(fig.Loss-math.Log(float64(v))) > 0.1 {
		t.Errorf("first loss %v, want about ln(%d) = %.3f", fig.Loss, v, math.Log(float64(v)))
	}
	rows := map[string]Result{}
	for _, r := range rep.Results {
		rows[r.Workload] = r
	}
	r, ok := rows["gpt2-124m-train-2x16"]
	if !ok {
		t.Fatalf("no gpt2-124m-train-2x16 result in %v", rep.Results)
	}
	if r.Unit != "GFLOP/s" || r.Kiln != fig.GFLOPS || r.Limit != rep.Machine["fma_peak_gflops"] || r.Target != 0.35 || r.LimitIsBudget {
		t.Errorf("result %+v", r)
	}
	for _, w := range []string{"compile-gpt2-train-step-cold", "compile-gpt2-train-step-cached"} {
		if r, ok := rows[w]; !ok || r.Unit != "s" || !(r.Kiln > 0) {
			t.Errorf("%s: %+v (present %v)", w, r, ok)
		}
	}
	// The JSON report carries the figures under snake_case keys.
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Details map[string]map[string]any `json:"details"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if got := back.Details["gpt2-train"]; got["params"] != float64(want) || got["target_met"] != fig.TargetMet || got["shares"] == nil {
		t.Errorf("JSON details[gpt2-train] = %v", got)
	}
	t.Logf("%+v", fig)
	t.Logf("%s: %s", r.Workload, r.Note)
}
