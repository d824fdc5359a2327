package cpu

import (
	"context"
	"fmt"
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
	if fig.BaseParams != base {
		t.Errorf("base params %d, want %d", fig.BaseParams, base)
	}
	if want := float64(4*base) / (1 << 20) * 1.15; math.Abs(fig.TargetMiB-want) > 1e-9*want {
		t.Errorf("target %v MiB, want %v", fig.TargetMiB, want)
	}
	type shape struct {
		name        string
		batch       int
		lora, remat bool
	}
	want := []shape{{"lora", 2, true, false}, {"lora-checkpointed", 2, true, true}, {"lora", 1, true, false}, {"lora-checkpointed", 1, true, true}, {"full", 2, false, false}}
	if len(fig.Runs) != len(want) {
		t.Fatalf("%d runs, want %d", len(fig.Runs), len(want))
	}
	rows := map[string]Result{}
	for _, row := range rep.Results {
		rows[row.Workload] = row
	}
	full := fig.Runs[len(fig.Runs)-1]
	losses := map[int]float64{}
	for i, run := range fig.Runs {
		w := want[i]
		name := fmt.Sprintf("%s-%dx16", run.Name, run.Batch)
		if run.Name != w.name || run.Batch != w.batch || run.Seq != 16 || run.LoRA != w.lora || run.Checkpointed != w.remat {
			t.Errorf("run %d: %s lora %v checkpointed %v, want %+v", i, name, run.LoRA, run.Checkpointed, w)
		}
		trained := lora
		if !w.lora {
			trained = base
		}
		if run.TrainedParams != trained {
			t.Errorf("%s: %d trained params, want %d", name, run.TrainedParams, trained)
		}
		for phase, p := range map[string]rssPhase{"load": run.Load, "compile": run.Compile, "steps": run.Steps} {
			if !(p.StartMiB > 0) || p.PeakMiB < p.StartMiB || p.PeakMiB < p.EndMiB || p.EndFileMiB > p.EndMiB {
				t.Errorf("%s %s: %+v", name, phase, p)
			}
		}
		if run.PeakMiB != max(run.Load.PeakMiB, run.Compile.PeakMiB, run.Steps.PeakMiB) || run.RatioTarget != run.PeakMiB/fig.TargetMiB {
			t.Errorf("%s: peak %v (ratio %v) is not the phases' highest over the target", name, run.PeakMiB, run.RatioTarget)
		}
		if len(run.StepRunsS) != loraSteps || run.TokensPerS != float64(run.Batch*16)/median(run.StepRunsS) {
			t.Errorf("%s: steps %v, %v tokens/s", name, run.StepRunsS, run.TokensPerS)
		}
		// B starts at zero: the base's loss, about ln(vocab); with
		// checkpointing the same forward, so the same loss.
		if math.Abs(run.Loss-math.Log(float64(v))) > 0.1 {
			t.Errorf("%s: first loss %v, want about ln(%d)", name, run.Loss, v)
		}
		if l, ok := losses[run.Batch]; ok && math.Abs(run.Loss-l) > 1e-6*l {
			t.Errorf("%s: first loss %v, another run of its shape %v", name, run.Loss, l)
		}
		losses[run.Batch] = run.Loss
		if run.StateMiB != float64(8*run.TrainedParams)/(1<<20) || !(run.WorkspaceMiB > 0) {
			t.Errorf("%s: state %v MiB, workspace %v MiB", name, run.StateMiB, run.WorkspaceMiB)
		}
		if !w.lora {
			continue
		}
		row, ok := rows[fmt.Sprintf("gpt2-124m-%s-train-rss-%dx16", run.Name, run.Batch)]
		if !ok || row.Unit != "MiB" || row.Kiln != run.PeakMiB || row.PeerValue != full.PeakMiB {
			t.Errorf("%s: result row %+v (present %v)", name, row, ok)
		}
	}
	// Checkpointing every layer keeps fewer activations.
	if fig.Runs[1].WorkspaceMiB >= fig.Runs[0].WorkspaceMiB {
		t.Errorf("workspace %v MiB checkpointed, %v not", fig.Runs[1].WorkspaceMiB, fig.Runs[0].WorkspaceMiB)
	}
	t.Logf("%+v", fig)
	t.Logf("%s", rows["gpt2-124m-lora-train-rss-2x16"].Note)
}
