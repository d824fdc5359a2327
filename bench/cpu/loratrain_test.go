package cpu

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
)

// TestSmallLoRATrain runs the LoRA training workload at tiny shapes (GPT-2
// with n_embd 64, 2 layers, vocab 1000; 2 x 16 tokens) and checks its
// figures: the base's and the adapter's parameter counts (from the config,
// not the program), the target (base + 15%) and the ratio to it, RSS
// phases that are ordered (a peak at least the start and the end), the
// step speed from the step times, and a first loss of about ln(vocab) for
// every run (the adapter's B starts at zero: the base's loss), the same
// with and without gradient checkpointing.
func TestSmallLoRATrain(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if _, err := resetPeakRSS(); err != nil {
		t.Skip(err)
	}
	rep, err := Run(context.Background(), Options{Small: true, MinTime: 20 * time.Millisecond, Workloads: []string{"lora-train"}})
	if err != nil {
		t.Fatal(err)
	}
	fig, ok := rep.Details["gpt2-lora-train"].(loraFigures)
	if !ok {
		t.Fatalf("details[gpt2-lora-train] is %T", rep.Details["gpt2-lora-train"])
	}
	c, l, v, npos, r := 64, 2, 1000, 1024, 16
	base := int64(v*c + npos*c + l*(12*c*c+13*c) + 2*c)
	// Per layer, (A r x in, B out x r) for c_attn (c -> 3c), attn.c_proj
	// (c -> c), c_fc (c -> 4c) and mlp.c_proj (4c -> c).
	lora := int64(l * r * ((c + 3*c) + (c + c) + (c + 4*c) + (4*c + c)))
	if fig.BaseParams != base || fig.Full.TrainedParams != base || fig.LoRA.TrainedParams != lora || fig.LoRARemat.TrainedParams != lora {
		t.Errorf("params: base %d (want %d), full trains %d, LoRA %d (want %d)", fig.BaseParams, base, fig.Full.TrainedParams, fig.LoRA.TrainedParams, lora)
	}
	if want := float64(4*base) / (1 << 20) * 1.15; math.Abs(fig.TargetMiB-want) > 1e-9*want {
		t.Errorf("target %v MiB, want %v", fig.TargetMiB, want)
	}
	if fig.RatioTarget != fig.LoRA.PeakMiB/fig.TargetMiB || fig.TargetMet != (fig.RatioTarget <= 1) {
		t.Errorf("ratio %v met %v for peak %v / target %v", fig.RatioTarget, fig.TargetMet, fig.LoRA.PeakMiB, fig.TargetMiB)
	}
	for name, run := range map[string]loraRun{"lora": fig.LoRA, "lora-checkpointed": fig.LoRARemat, "full": fig.Full} {
		for phase, p := range map[string]rssPhase{"load": run.Load, "compile": run.Compile, "steps": run.Steps} {
			if !(p.StartMiB > 0) || p.PeakMiB < p.StartMiB || p.PeakMiB < p.EndMiB || p.EndFileMiB > p.EndMiB {
				t.Errorf("%s %s: %+v", name, phase, p)
			}
		}
		if run.PeakMiB != max(run.Load.PeakMiB, run.Compile.PeakMiB, run.Steps.PeakMiB) {
			t.Errorf("%s: peak %v is not the phases' highest", name, run.PeakMiB)
		}
		if len(run.StepRunsS) != loraSteps || run.TokensPerS != 32/median(run.StepRunsS) {
			t.Errorf("%s: steps %v, %v tokens/s", name, run.StepRunsS, run.TokensPerS)
		}
		if math.Abs(run.Loss-math.Log(float64(v))) > 0.1 {
			t.Errorf("%s: first loss %v, want about ln(%d)", name, run.Loss, v)
		}
		if run.StateMiB != float64(8*run.TrainedParams)/(1<<20) || !(run.WorkspaceMiB > 0) {
			t.Errorf("%s: state %v MiB, workspace %v MiB", name, run.StateMiB, run.WorkspaceMiB)
		}
	}
	// Checkpointing recomputes the same forward: the same first loss.
	if math.Abs(fig.LoRARemat.Loss-fig.LoRA.Loss) > 1e-6*fig.LoRA.Loss {
		t.Errorf("first loss %v checkpointed, %v not", fig.LoRARemat.Loss, fig.LoRA.Loss)
	}
	var row *Result
	for i := range rep.Results {
		if rep.Results[i].Workload == "gpt2-124m-lora-train-rss-2x16" {
			row = &rep.Results[i]
		}
	}
	if row == nil || row.Unit != "MiB" || row.Kiln != fig.LoRA.PeakMiB || row.PeerValue != fig.Full.PeakMiB {
		t.Fatalf("result row %+v", row)
	}
	t.Logf("%+v", fig)
	t.Logf("%s: %s", row.Workload, row.Note)
}
