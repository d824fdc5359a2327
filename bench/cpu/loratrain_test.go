package cpu

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
)

// loraShape is a run a LoRA workload must report, in order.
type loraShape struct {
	name        string
	batch       int
	lora, remat bool
}

// runSmallLoRA runs a LoRA workload with Small and returns its report's
// figures (details key detail) and result rows by workload name.
func runSmallLoRA(t *testing.T, workload, detail string) (loraFigures, map[string]Result) {
	t.Helper()
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if _, err := resetPeakRSS(); err != nil {
		t.Skip(err)
	}
	rep, err := Run(context.Background(), Options{Small: true, MinTime: 20 * time.Millisecond, Workloads: []string{workload}})
	if err != nil {
		t.Fatal(err)
	}
	fig, ok := rep.Details[detail].(loraFigures)
	if !ok {
		t.Fatalf("details[%s] is %T", detail, rep.Details[detail])
	}
	rows := map[string]Result{}
	for _, row := range rep.Results {
		rows[row.Workload] = row
	}
	return fig, rows
}

// checkLoRAFigures checks a Small LoRA workload's figures: the base's and
// the adapter's parameter counts (from the config, not the program), the
// target (base + 15%) and the ratio to it, the runs in order, RSS phases
// that are ordered (a peak at least the start and the end), the step
// speed from the step times, a first loss of about ln(vocab) for every
// run (the adapter's B starts at zero: the base's loss), the same with and
// without gradient checkpointing, a smaller workspace checkpointed, and a
// result row per LoRA run (full fine-tuning's peak beside it when the
// workload has a full run).
func checkLoRAFigures(t *testing.T, label string, fig loraFigures, rows map[string]Result, base, lora int64, vocab int, want []loraShape) {
	t.Helper()
	if fig.Model != label {
		t.Errorf("model %q, want %q", fig.Model, label)
	}
	if fig.BaseParams != base {
		t.Errorf("base params %d, want %d", fig.BaseParams, base)
	}
	if want := float64(4*base) / (1 << 20) * 1.15; math.Abs(fig.TargetMiB-want) > 1e-9*want {
		t.Errorf("target %v MiB, want %v", fig.TargetMiB, want)
	}
	if len(fig.Runs) != len(want) {
		t.Fatalf("%d runs, want %d", len(fig.Runs), len(want))
	}
	var full *loraRun
	if last := fig.Runs[len(fig.Runs)-1]; !last.LoRA {
		full = &last
	}
	losses := map[int]float64{}
	workspace := map[int][2]float64{} // batch: plain, checkpointed
	nrows := 0
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
		if math.Abs(run.Loss-math.Log(float64(vocab))) > 0.1 {
			t.Errorf("%s: first loss %v, want about ln(%d)", name, run.Loss, vocab)
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
		ws := workspace[run.Batch]
		if run.Checkpointed {
			ws[1] = run.WorkspaceMiB
		} else {
			ws[0] = run.WorkspaceMiB
		}
		workspace[run.Batch] = ws
		nrows++
		row, ok := rows[fmt.Sprintf("%s-%s-train-rss-%dx16", label, run.Name, run.Batch)]
		switch {
		case !ok || row.Unit != "MiB" || row.Kiln != run.PeakMiB:
			t.Errorf("%s: result row %+v (present %v)", name, row, ok)
		case full != nil && row.PeerValue != full.PeakMiB:
			t.Errorf("%s: peer %v, full fine-tuning's peak %v", name, row.PeerValue, full.PeakMiB)
		case full == nil && (row.Peer != "" || row.PeerValue != 0):
			t.Errorf("%s: peer %q %v without a full run", name, row.Peer, row.PeerValue)
		}
	}
	if len(rows)-2 != nrows {
		t.Errorf("%d result rows, want one per LoRA run (%d)", len(rows)-2, nrows) // less fma-peak, read-bandwidth
	}
	// Checkpointing every layer keeps fewer activations.
	for batch, ws := range workspace {
		if ws[1] >= ws[0] {
			t.Errorf("batch %d: workspace %v MiB checkpointed, %v not", batch, ws[1], ws[0])
		}
	}
	t.Logf("%+v", fig)
}

// TestSmallLoRATrain runs the GPT-2 LoRA training workload at tiny shapes
// (n_embd 64, 2 layers, vocab 1000; 2 x 16 and 1 x 16 tokens) and checks
// its figures (checkLoRAFigures), full fine-tuning's among them.
func TestSmallLoRATrain(t *testing.T) {
	fig, rows := runSmallLoRA(t, "lora-train", "gpt2-lora-train")
	c, l, v, npos, r := 64, 2, 1000, 1024, 16
	base := int64(v*c + npos*c + l*(12*c*c+13*c) + 2*c)
	// Per layer, (A r x in, B out x r) for c_attn (c -> 3c), attn.c_proj
	// (c -> c), c_fc (c -> 4c) and mlp.c_proj (4c -> c).
	lora := int64(l * r * ((c + 3*c) + (c + c) + (c + 4*c) + (4*c + c)))
	want := []loraShape{{"lora", 2, true, false}, {"lora-checkpointed", 2, true, true}, {"lora", 1, true, false}, {"lora-checkpointed", 1, true, true}, {"full", 2, false, false}}
	checkLoRAFigures(t, "gpt2-124m", fig, rows, base, lora, v, want)
	t.Logf("%s", rows["gpt2-124m-lora-train-rss-2x16"].Note)
}

// TestSmallLoRATrainLlama runs the Llama LoRA training workload at tiny
// shapes (hidden 64, 2 layers, 4 query and 2 key/value heads of 16,
// intermediate 128, vocab 1000, tied embeddings; 1 x 16 tokens) and checks its figures (checkLoRAFigures), without a full
// fine-tuning run.
func TestSmallLoRATrainLlama(t *testing.T) {
	fig, rows := runSmallLoRA(t, "lora-train-llama", "llama-lora-train")
	c, l, v, kv, inter, r := 64, 2, 1000, 2*16, 128, 16
	// Embedding (tied head), per layer q, k, v, o, gate, up, down and two
	// RMSNorm scales, the final norm.
	base := int64(v*c + l*(c*c+2*c*kv+c*c+3*c*inter+2*c) + c)
	// Per layer, (A r x in, B out x r) for the seven projections.
	lora := int64(l * r * (2*(c+c) + 2*(c+kv) + 2*(c+inter) + (inter + c)))
	want := []loraShape{{"lora", 1, true, false}, {"lora-checkpointed", 1, true, true}}
	checkLoRAFigures(t, "llama-1b", fig, rows, base, lora, v, want)
	t.Logf("%s", rows["llama-1b-lora-train-rss-1x16"].Note)
}

// TestUnknownWorkload checks that a workload name the suite does not have
// is an error naming it, before anything is measured.
func TestUnknownWorkload(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	_, err := Run(context.Background(), Options{Small: true, Workloads: []string{"lora-train", "lora-llama"}})
	if err == nil || !strings.Contains(err.Error(), `"lora-llama"`) || !strings.Contains(err.Error(), "lora-train-llama") {
		t.Fatalf("error %v, want one naming lora-llama and listing the workloads", err)
	}
}

func TestFilterLoRARuns(t *testing.T) {
	runs := gpt2LoRA.runs(true)
	names := func(rs []loraRun) (out []string) {
		for _, r := range rs {
			out = append(out, fmt.Sprintf("%s/%d", r.Name, r.Batch))
		}
		return out
	}
	if got := filterLoRARuns(runs, ""); len(got) != len(runs) {
		t.Errorf("empty filter kept %v of %v", names(got), names(runs))
	}
	got := filterLoRARuns(runs, "lora-checkpointed, full")
	for _, r := range got {
		if r.Name != "lora-checkpointed" && r.Name != "full" {
			t.Errorf("kept %s", r.Name)
		}
	}
	if len(got) == 0 || len(got) == len(runs) {
		t.Errorf("filter kept %v of %v", names(got), names(runs))
	}
	if got := filterLoRARuns(runs, "lora-chekpointed"); len(got) != 0 {
		t.Errorf("a misspelt name kept %v", names(got))
	}
}
