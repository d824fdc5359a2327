package cpu

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/weights"
)

// The LoRA training workloads (issue #16, CPU acceptance): AdamW steps of
// a LoRA adapter (r 16 on every linear layer) on a random float32 base,
// with the process's peak RSS set against the base weights' bytes.
// lora-train trains GPT-2 (c_attn, attn and mlp c_proj, c_fc; Conv1D,
// fan_in_fan_out) on the train workload's GPT-2-124M-shaped model and
// measures full fine-tuning's peak RSS on the same model and tokens for
// comparison; lora-train-llama trains a Llama-3.2-1B-shaped model (q, k,
// v, o, gate, up and down projections), LoRA only (full fine-tuning would
// need ~19 GiB).
const (
	// loraRSSTarget is the target: peak RSS of LoRA training at
	// most the base weights' bytes times 1 + loraRSSTarget.
	loraRSSTarget = 0.15
	// loraBatch x loraSeq are the tokens of one step.
	loraBatch, loraSeq = 4, 128
	// loraSteps are the timed steps after one warm-up step.
	loraSteps = 3
)

// loraBase is one base model of the LoRA training workloads.
type loraBase struct {
	// label prefixes the result rows ("gpt2-124m": gpt2-124m-lora-train-rss-4x128).
	label string
	// detail is the report's details key of the loraFigures.
	detail string
	// config is the model's config.json (Small shrinks it, smallConfig).
	config map[string]any
	// modelType is the config's model_type, for PEFT's defaults.
	modelType string
	// loraJSON is the LoraConfig trained (PEFT's names); targets names
	// its modules for the notes.
	loraJSON, targets string
	// batches are the LoRA runs' batch sizes (each at loraSeq tokens,
	// plain then with every layer checkpointed), in order; smallBatches
	// replace them with Small (the harness's tests: each run is a
	// compile of several seconds).
	batches, smallBatches []int
	// full adds full fine-tuning at loraBatch x loraSeq, last.
	full bool
}

var (
	gpt2LoRA = loraBase{
		label: "gpt2-124m", detail: "gpt2-lora-train", config: mapWith(gpt2Config, "tie_word_embeddings", true), modelType: "gpt2",
		loraJSON: `{"r": 16, "lora_alpha": 32, "lora_dropout": 0, "fan_in_fan_out": true,
		"target_modules": ["c_attn", "c_proj", "c_fc"]}`,
		targets: "c_attn/c_proj/c_fc", batches: []int{loraBatch, 1}, smallBatches: []int{2, 1}, full: true,
	}
	// llamaLoRA starts with the smaller batch: the larger one's plain
	// step keeps ~4x the activations.
	llamaLoRA = loraBase{
		label: "llama-1b", detail: "llama-lora-train", config: llama1bConfig, modelType: "llama",
		loraJSON: `{"r": 16, "lora_alpha": 32, "lora_dropout": 0,
		"target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]}`,
		targets: "q/k/v/o/gate/up/down_proj", batches: []int{1, loraBatch}, smallBatches: []int{1},
	}
)

// runs are the base's training runs, with Small or not.
func (b loraBase) runs(small bool) []loraRun {
	batches, seq, fullBatch := b.batches, loraSeq, loraBatch
	if small {
		batches, seq, fullBatch = b.smallBatches, 16, 2
	}
	var out []loraRun
	for _, batch := range batches {
		out = append(out, loraRun{Name: "lora", Batch: batch, Seq: seq, LoRA: true},
			loraRun{Name: "lora-checkpointed", Batch: batch, Seq: seq, LoRA: true, Checkpointed: true})
	}
	if b.full {
		out = append(out, loraRun{Name: "full", Batch: fullBatch, Seq: seq})
	}
	return filterLoRARuns(out, os.Getenv("KILN_BENCH_LORA_RUNS"))
}

// filterLoRARuns keeps the runs named in names (comma-separated run names:
// lora, lora-checkpointed, full; empty keeps all). Names that match no run
// leave none: loraTrainBase reports that as an error.
func filterLoRARuns(runs []loraRun, names string) []loraRun {
	if names == "" {
		return runs
	}
	want := map[string]bool{}
	for _, n := range strings.Split(names, ",") {
		want[strings.TrimSpace(n)] = true
	}
	var out []loraRun
	for _, r := range runs {
		if want[r.Name] {
			out = append(out, r)
		}
	}
	return out
}

// loraRun is one training configuration's figures: the RSS of each phase
// (load: checkpoint open and weights uploaded; compile: adapter creation
// and train.NewStep; steps: a warm-up and the timed steps), the peak over
// all of them, and the step's speed.
type loraRun struct {
	Name         string   `json:"name"`
	Batch        int      `json:"batch"`
	Seq          int      `json:"seq"`
	LoRA         bool     `json:"lora"`
	Checkpointed bool     `json:"checkpointed"` // every layer (gradient_checkpointing)
	Load         rssPhase `json:"load"`
	Compile      rssPhase `json:"compile"`
	Steps        rssPhase `json:"steps"`
	PeakMiB      float64  `json:"peak_mib"`
	// RatioTarget is PeakMiB over the target (base weights + 15%).
	RatioTarget   float64 `json:"peak_over_target"`
	TrainedParams int64   `json:"trained_params"`
	// StateMiB is the optimizer state (AdamW: 2 x 4 bytes per trained
	// parameter); WorkspaceMiB the step program's planned workspace
	// (llvm.Stats).
	StateMiB     float64   `json:"optimizer_state_mib"`
	WorkspaceMiB float64   `json:"workspace_mib"`
	CompileS     float64   `json:"compile_s"`
	StepRunsS    []float64 `json:"step_runs_s"`
	StepS        float64   `json:"step_s"`
	TokensPerS   float64   `json:"tokens_per_s"`
	Loss         float64   `json:"first_loss"`
}

// loraFigures are the workload's report details.
type loraFigures struct {
	Model      string  `json:"model"` // loraBase.label
	Config     string  `json:"lora_config"`
	BaseParams int64   `json:"base_params"`
	BaseMiB    float64 `json:"base_weights_mib"`
	HarnessMiB float64 `json:"harness_rss_mib"` // the process before loading (Go runtime, bench tables)
	TargetMiB  float64 `json:"target_mib"`      // BaseMiB x (1 + loraRSSTarget)
	// GCPercent is the Go collector's setting when the runs start
	// (train.LowerGCPercent, which lowers it after collections once the
	// weights make the heap large: 2 at the Llama base).
	GCPercent int `json:"gc_percent"`
	// Runs are loraBase.runs': LoRA plain and with every layer
	// checkpointed at each batch, then full fine-tuning where measured.
	Runs []loraRun `json:"runs"`
}

// loraTrain is the lora-train workload: LoRA training of GPT-2 and full
// fine-tuning's peak beside it.
func (s *suite) loraTrain(ctx context.Context) error { return s.loraTrainBase(ctx, gpt2LoRA) }

// loraTrainLlama is the lora-train-llama workload: LoRA training of a
// Llama-3.2-1B-shaped model.
func (s *suite) loraTrainLlama(ctx context.Context) error { return s.loraTrainBase(ctx, llamaLoRA) }

// loraTrainBase measures the peak RSS and step speed of b's training runs
// (see loraFigures), with the Go collector set as kiln train sets it. Each
// phase's peak is the process's VmHWM after a reset (resetPeakRSS); the
// compiler (llc) runs in child processes, which these figures leave out.
func (s *suite) loraTrainBase(ctx context.Context, b loraBase) error {
	cfg := s.modelCfg(b.config)
	runs := b.runs(s.o.Small)
	if len(runs) == 0 {
		return fmt.Errorf("KILN_BENCH_LORA_RUNS=%q names no run of %s (lora, lora-checkpointed, full)", os.Getenv("KILN_BENCH_LORA_RUNS"), b.label)
	}
	s.logf("%s LoRA training (r 16 on %s; adamw_torch): %d runs", b.label, b.targets, len(runs))
	dir, err := os.MkdirTemp("", "kiln-bench-lora-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	m, f, ckpt, err := writeTrainCheckpoint(dir, cfg, models.Spec{Batch: runs[0].Batch, Seq: runs[0].Seq, Labels: true})
	if err != nil {
		return err
	}
	// Each run opens the checkpoint itself, as a training process does.
	ckpt.Close()
	fig := loraFigures{Model: b.label, Config: b.loraJSON, GCPercent: 100}
	for _, p := range f.Params {
		if !models.IsInputName(p.Name) {
			fig.BaseParams += int64(p.Type.Shape.NumElements())
		}
	}
	fig.BaseMiB = mib(4 * fig.BaseParams)
	fig.TargetMiB = fig.BaseMiB * (1 + loraRSSTarget)
	if os.Getenv("GOGC") == "" {
		fig.GCPercent = train.GCPercent
	}
	defer train.LowerGCPercent()()
	harness, err := resetPeakRSS()
	if err != nil {
		return err
	}
	fig.HarnessMiB = mib(harness)
	path := filepath.Join(dir, "model.safetensors")
	for _, v := range runs {
		tag := fmt.Sprintf("%s-%dx%d", v.Name, v.Batch, v.Seq)
		spec := models.Spec{Batch: v.Batch, Seq: v.Seq, Labels: true}
		fs, err := frontend.Build("train_"+m.Arch(), func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
		if err != nil {
			return err
		}
		host, err := trainInputs(fs, spec, rand.New(rand.NewSource(5)), vocabOf(cfg))
		if err != nil {
			return err
		}
		be := &wsRecorder{Backend: &llvm.Backend{CacheDir: filepath.Join(dir, "cache-"+tag)}}
		run := v
		if err := s.loraTrainRun(ctx, b, m, f, path, be, spec, host, &run); err != nil {
			return fmt.Errorf("%s %s: %w", b.label, tag, err)
		}
		run.RatioTarget = run.PeakMiB / fig.TargetMiB
		s.logf("  %s: peak RSS %.0f MiB = %.2f x the target (load %.0f, compile %.0f, steps %.0f); %.0f tokens/s", tag, run.PeakMiB,
			run.RatioTarget, run.Load.PeakMiB, run.Compile.PeakMiB, run.Steps.PeakMiB, run.TokensPerS)
		fig.Runs = append(fig.Runs, run)
	}
	s.rep.Details[b.detail] = fig
	var full *loraRun
	if last := fig.Runs[len(fig.Runs)-1]; !last.LoRA {
		full = &last
	}
	for _, run := range fig.Runs {
		if run.LoRA {
			s.add(loraResult(b, fig, run, full))
		}
	}
	return nil
}

// loraTrainRun loads the checkpoint at path on be, sets a fresh adapter
// of b.loraJSON when run.LoRA (else trains every weight), compiles the
// AdamW step (with gradient checkpointing when remat is set) and runs a warm-up and loraSteps timed steps on host.
func (s *suite) loraTrainRun(ctx context.Context, b loraBase, m models.Model, f *ir.Func, path string, be *wsRecorder, spec models.Spec, host map[string]*tensor.Tensor, run *loraRun) error {
	var remat *passes.RematPolicy
	if run.Checkpointed {
		remat = &passes.RematPolicy{}
	}
	var ckpt *weights.Checkpoint
	var r *models.Runner
	defer func() {
		if r != nil {
			r.Close()
		}
		if ckpt != nil {
			ckpt.Close()
		}
	}()
	var err error
	if run.Load, err = measurePhase(func() error {
		if ckpt, err = weights.Open(path); err != nil {
			return err
		}
		if r, err = models.NewRunner(m, ckpt, be, ir.Float32, models.CompileOptions{}); err != nil {
			return err
		}
		return r.BindWeights(f)
	}); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	opt, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		return err
	}
	opt.WeightDecay = trainWeightDecay
	stepCfg := train.StepConfig{Optimizer: opt, MaxGradNorm: 1, NoDropout: true, Loss: train.LossNormMean, Remat: remat}
	var step *train.Step
	if run.Compile, err = measurePhase(func() error {
		t := time.Now()
		if run.LoRA {
			pc, err := peft.ParseTrainingConfig([]byte(b.loraJSON), "lora_config.json", b.modelType)
			if err != nil {
				return err
			}
			a, err := train.NewLoRA(r, pc, "lora_config.json", 42)
			if err != nil {
				return err
			}
			if err := r.SetAdapter(a); err != nil {
				return err
			}
			stepCfg.Trainable = func(name string) bool { _, ok := a.Tensor(name); return ok }
		}
		step, err = train.NewStep(ctx, r, spec, stepCfg)
		run.CompileS = time.Since(t).Seconds()
		return err
	}); err != nil {
		return fmt.Errorf("compile: %w", err)
	}
	for _, p := range step.Params() {
		run.TrainedParams += int64(p.Type.Shape.NumElements())
	}
	run.StateMiB = mib(8 * run.TrainedParams)
	run.WorkspaceMiB = mib(int64(be.ws))
	if run.Steps, err = measurePhase(func() error {
		for i := range loraSteps + 1 {
			t := time.Now()
			res, err := step.Run(ctx, []map[string]*tensor.Tensor{host}, trainLR)
			if err != nil {
				return err
			}
			if i == 0 {
				run.Loss = res.LossValue
			} else {
				run.StepRunsS = append(run.StepRunsS, time.Since(t).Seconds())
			}
			res.Free()
		}
		return nil
	}); err != nil {
		return fmt.Errorf("steps: %w", err)
	}
	run.PeakMiB = max(run.Load.PeakMiB, run.Compile.PeakMiB, run.Steps.PeakMiB)
	run.StepS = median(run.StepRunsS)
	run.TokensPerS = float64(spec.Batch*spec.Seq) / run.StepS
	return nil
}

// loraResult is a LoRA run's line: its peak RSS against the base
// weights + 15%, with full fine-tuning's next to it when measured (nil:
// not).
func loraResult(b loraBase, fig loraFigures, run loraRun, full *loraRun) Result {
	met := "NOT met"
	if run.RatioTarget <= 1 {
		met = "met"
	}
	ckpt := ""
	if run.Checkpointed {
		ckpt = ", every layer checkpointed"
	}
	fullNote := "full fine-tuning not run"
	if full != nil {
		fullNote = fmt.Sprintf("full fine-tuning %dx%d: %.0f MiB, %.0f tokens/s", full.Batch, full.Seq, full.PeakMiB, full.TokensPerS)
	}
	note := fmt.Sprintf("peak RSS of LoRA training (r 16 on %s, %.2fM trained params, AdamW%s) %.0f MiB = %.2f x the target (base weights %.0f MiB + 15%% = %.0f MiB): %s; peak by phase: load %.0f, compile %.0f, steps %.0f MiB (planned step workspace %.0f MiB); %.0f tokens/s (median of %d steps); %s; the process held %.0f MiB before loading; GOGC %d",
		b.targets, float64(run.TrainedParams)/1e6, ckpt, run.PeakMiB, run.RatioTarget, fig.BaseMiB, fig.TargetMiB, met,
		run.Load.PeakMiB, run.Compile.PeakMiB, run.Steps.PeakMiB, run.WorkspaceMiB, run.TokensPerS, len(run.StepRunsS),
		fullNote, fig.HarnessMiB, fig.GCPercent)
	res := Result{Workload: fmt.Sprintf("%s-%s-train-rss-%dx%d", b.label, run.Name, run.Batch, run.Seq), Unit: "MiB", Kiln: run.PeakMiB, Note: note}
	if full != nil {
		res = res.WithPeer("full fine-tuning", full.PeakMiB)
	}
	return res
}

// wsRecorder is the llvm backend noting the largest planned workspace of
// the programs it compiles (the step's: the
// LoRA workload and TestRematTradeoff).
type wsRecorder struct {
	*llvm.Backend
	ws int
}

func (w *wsRecorder) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	exe, err := w.Backend.Compile(f, opts)
	if err == nil {
		if st, ok := llvm.Stats(exe); ok {
			w.ws = max(w.ws, st.WSBytes)
		}
	}
	return exe, err
}
