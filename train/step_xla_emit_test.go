package train

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/xla"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/session"
)

// TestStepLowersToStableHLO builds the train step's programs (fused, and
// accumulate + apply) for a decoder with tied weights, a GQA decoder in
// bf16 autocast and a BERT classifier, and lowers each through the xla
// backend's pipeline to StableHLO. It needs no PJRT plugin, so CI checks
// that every op a training step uses (the attention and cross-entropy
// backward rules, scatter-add, the optimizer, the non-finite guard, the
// dropout and NEFTune noise) has an
// xla lowering; TestStepGPT2MatchesTorchAdamW runs
// one where a GPU is.
func TestStepLowersToStableHLO(t *testing.T) {
	cases := []struct {
		model   string
		accum   int
		bf16    bool
		dropout bool    // train mode: RNG and attention built from primitives
		neftune float64 // NEFTune alpha (train mode)
	}{
		{"gpt2-tiny", 1, false, false, 0},
		{"llama-tiny", 2, true, false, 0},
		{"bert-tiny-cls", 2, false, false, 0},
		{"gpt2-tiny", 2, true, true, 0},
		{"bert-tiny-cls", 1, false, true, 0},
		{"llama-tiny", 2, true, true, 5}, // no dropout in its config: the seed is NEFTune's
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s_dropout_%v_neftune_%g", c.model, c.dropout, c.neftune), func(t *testing.T) {
			r := fixture.Runner(t, fixture.ModelDir(c.model), interp.New())
			opt, err := DefaultOptimizerConfig("adamw_torch")
			if err != nil {
				t.Fatal(err)
			}
			step, err := NewStep(context.Background(), r, models.Spec{Batch: 2, Seq: 6, Labels: true},
				StepConfig{NoDropout: !c.dropout, Optimizer: opt, MaxGradNorm: 1, Accumulation: c.accum, BF16: c.bf16, NEFTuneAlpha: c.neftune})
			if err != nil {
				t.Fatal(err)
			}
			if step.Dropout() != c.dropout {
				t.Fatalf("Dropout() = %v, want %v", step.Dropout(), c.dropout)
			}
			progs := map[string]*session.Program{"fused": step.fused, "accumulate": step.accProg, "apply": step.apply}
			n := 0
			for name, p := range progs {
				if p == nil {
					continue
				}
				n++
				mod, err := xla.Emit(p.Func, backends.CompileOptions{})
				if err != nil {
					t.Fatalf("%s program: %v", name, err)
				}
				if len(mod.Text) == 0 {
					t.Fatalf("%s program: empty StableHLO", name)
				}
			}
			if want := map[bool]int{true: 2, false: 1}[c.accum > 1]; n != want {
				t.Fatalf("%d programs, want %d", n, want)
			}
		})
	}
}

// TestRematBarriersLowerToOptimizationBarrier: with gradient
// checkpointing, the step's remat barriers reach StableHLO as
// stablehlo.optimization_barrier (which XLA's CSE does not see through), one
// per non-scalar, non-boolean barrier, and none without it.
func TestRematBarriersLowerToOptimizationBarrier(t *testing.T) {
	r := fixture.Runner(t, fixture.ModelDir("gpt2-tiny"), interp.New())
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	for _, remat := range []bool{false, true} {
		cfg := StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1}
		if remat {
			cfg.Remat = &passes.RematPolicy{}
		}
		step, err := NewStep(context.Background(), r, models.Spec{Batch: 2, Seq: 6, Labels: true}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, v := range step.fused.Func.Values {
			if passes.IsRematBarrier(v) && v.Type.DType != ir.Bool && v.Type.Shape.Rank() > 0 {
				want++
			}
		}
		if remat && want == 0 {
			t.Fatal("the checkpointed step has no barrier: the check proves nothing")
		}
		mod, err := xla.Emit(step.fused.Func, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(mod.Text, `"stablehlo.optimization_barrier"`); got != want {
			t.Errorf("remat %v: %d optimization barriers, want %d", remat, got, want)
		}
		for _, line := range strings.Split(mod.Text, "\n") {
			if strings.Contains(line, "optimization_barrier") {
				t.Logf("%s", strings.TrimSpace(line))
				break
			}
		}
	}
}
