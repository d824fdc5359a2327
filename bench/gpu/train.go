package gpu

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/weights"
)

// TrainOptions configures the training benchmark (issue #14's GPU goal:
// GPT-2 124M, batch 16 x 1024, bf16, AdamW, tokens/s against HF eager and
// torch.compile, peak device memory against HF's).
type TrainOptions struct {
	Model   string // a Configs name; default gpt2-124m
	Backend string // default xla
	Batch   int    // default 16
	Seq     int    // default 1024
	BF16    bool   // autocast semantics (the HF baseline uses bf16 autocast)
	Warmup  int    // untimed steps after the compile; default 2
	Steps   int    // timed steps; default 10
	// HFScript is hf_train_baseline.py; empty: no Hugging Face peer.
	HFScript string
	// Remat, when set, checkpoints the step (TrainingArguments'
	// gradient_checkpointing; see train.StepConfig.Remat).
	Remat *passes.RematPolicy
	// Mask passes an all-ones attention_mask (the program with a padding
	// mask) instead of none.
	Mask bool
	// Python runs HFScript (default "python3", as Options.Python).
	Python string
	Log    io.Writer
	// HostProfile, when set, receives a Go CPU profile (pprof) of the
	// timed steps: where the host spends the time between the device's
	// kernels (uploads, PJRT calls, result handling).
	HostProfile io.Writer
	// adapt, when set, changes the runner and the step's configuration
	// before the step is built (the LoRA bench sets its adapter and
	// StepConfig.Trainable there) and returns how many parameters train.
	adapt func(r *models.Runner, cfg *train.StepConfig) (trained int64, err error)
	// lr is the learning rate of every step (default 3e-4).
	lr float64
	// dtype is the Runner's weight dtype (Invalid: float32). The LoRA
	// bench loads its frozen base in bf16 (float32 adapters).
	dtype ir.DType
}

// TrainNumbers are kiln's figures for one training configuration.
type TrainNumbers struct {
	Params int64 `json:"params"`
	// TrainedParams, when not 0, is how many of them train (LoRA: the
	// adapter's, on top of Params); 0 means all of Params train.
	TrainedParams int64   `json:"trained_params,omitempty"`
	CompileS      float64 `json:"compile_s"`                  // NewStep (after the LoRA adapter's creation): building, differentiating, compiling
	FirstStepS    float64 `json:"first_step_s"`               // the first Run (uploads, first execution)
	StepS         float64 `json:"step_s"`                     // mean of the timed steps (loss downloaded each step)
	TokensPerS    float64 `json:"tokens_per_s"`               // Batch*Seq / StepS
	TFLOPs6N      float64 `json:"approx_tflops_6N,omitempty"` // full training: 6 x Params FLOPs per token
	// TFLOPs4N is the LoRA figure: 4 x Params FLOPs per token (the
	// forward and the activations' backward; the frozen base takes no
	// weight gradient), the adapter's and attention's FLOPs left out.
	TFLOPs4N     float64 `json:"approx_tflops_4N,omitempty"`
	PeakMemMiB   float64 `json:"peak_device_mem_mib"` // nvidia-smi used memory above the start
	FirstLoss    float64 `json:"first_loss"`
	LastLoss     float64 `json:"last_loss"`
	StepCompiles int     `json:"timed_step_compiles"` // 0: nothing recompiled between steps
}

// TrainReport is kiln's figures next to the HF baseline's output.
type TrainReport struct {
	Model    string         `json:"model"`
	Remat    string         `json:"remat,omitempty"`
	Mask     bool           `json:"attention_mask,omitempty"`
	Backend  string         `json:"backend"`
	Batch    int            `json:"batch"`
	Seq      int            `json:"seq"`
	BF16     bool           `json:"bf16"`
	GPU      string         `json:"gpu"`
	Kiln     *TrainNumbers  `json:"kiln"`
	HF       map[string]any `json:"hf,omitempty"`
	HFError  string         `json:"hf_error,omitempty"`
	KilnErr  string         `json:"kiln_error,omitempty"`
	Finished string         `json:"finished"`
}

func (o *TrainOptions) defaults() {
	if o.Model == "" {
		o.Model = "gpt2-124m"
	}
	if o.Backend == "" {
		o.Backend = "xla"
	}
	if o.Batch == 0 {
		o.Batch = 16
	}
	if o.Seq == 0 {
		o.Seq = 1024
	}
	if o.Warmup == 0 {
		o.Warmup = 2
	}
	if o.Steps == 0 {
		o.Steps = 10
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Python == "" {
		o.Python = "python3"
	}
	if o.lr == 0 {
		o.lr = 3e-4
	}
}

// RunTrainBench measures kiln's compiled training step on random weights of
// o.Model and then, in the same process run, the HF baseline script for the
// same shapes (kiln first, so its buffers are freed before torch starts).
func RunTrainBench(ctx context.Context, o TrainOptions) (*TrainReport, error) {
	o.defaults()
	rep := &TrainReport{Model: o.Model, Backend: o.Backend, Batch: o.Batch, Seq: o.Seq, BF16: o.BF16, GPU: GPUName(), Mask: o.Mask}
	if o.Remat != nil {
		rep.Remat = fmt.Sprintf("every %d block(s)", max(o.Remat.EveryNLayers, 1))
	}
	k, err := measureTrain(ctx, o)
	if err != nil {
		rep.KilnErr = err.Error()
		fmt.Fprintf(o.Log, "kiln: %v\n", err)
	}
	rep.Kiln = k
	if o.HFScript != "" {
		cmd := exec.CommandContext(ctx, o.Python, o.HFScript, fmt.Sprint(o.Batch), fmt.Sprint(o.Seq))
		cmd.Stderr = o.Log
		out, err := cmd.Output()
		if err != nil {
			rep.HFError = err.Error()
		} else if err := json.Unmarshal(lastJSON(out), &rep.HF); err != nil {
			rep.HFError = fmt.Sprintf("reading %s output: %v", o.HFScript, err)
		}
	}
	rep.Finished = time.Now().UTC().Format(time.RFC3339)
	return rep, nil
}

func measureTrain(ctx context.Context, o TrainOptions) (*TrainNumbers, error) {
	dir, err := os.MkdirTemp("", "kiln-trainbench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	k := &TrainNumbers{}
	if k.Params, err = writeModel(dir, o.Model, 1); err != nil {
		return nil, err
	}
	cfg, err := models.LoadConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	m, err := models.New(cfg, "")
	if err != nil {
		return nil, err
	}
	ckpt, err := weights.Open(dir)
	if err != nil {
		return nil, err
	}
	defer ckpt.Close()
	b, err := backends.Get(o.Backend)
	if err != nil {
		return nil, err
	}
	mem := startMemPoll()
	defer mem.stop()
	dt := o.dtype
	if dt == ir.Invalid {
		dt = ir.Float32
	}
	r, err := models.NewRunner(m, ckpt, b, dt, models.CompileOptions{})
	if err != nil {
		return nil, err
	}
	defer r.Close()
	opt, err := train.DefaultOptimizerConfig("adamw_torch_fused")
	if err != nil {
		return nil, err
	}
	opt.WeightDecay = 0.01
	// No attention_mask, as hf_train_baseline.py calls the model (and as
	// the Trainer runs unpadded updates): every row is full.
	spec := models.Spec{Batch: o.Batch, Seq: o.Seq, Labels: true, NoPadding: !o.Mask}
	stepCfg := train.StepConfig{Optimizer: opt, MaxGradNorm: 1, BF16: o.BF16, NoDropout: true /* hf_train_baseline.py: pdrop 0 */, Remat: o.Remat}
	t0 := time.Now()
	if o.adapt != nil {
		if k.TrainedParams, err = o.adapt(r, &stepCfg); err != nil {
			return nil, err
		}
	}
	step, err := train.NewStep(ctx, r, spec, stepCfg)
	if err != nil {
		return nil, err
	}
	k.CompileS = time.Since(t0).Seconds()
	fmt.Fprintf(o.Log, "  %s: %d params, step compiled in %.1fs\n", o.Model, k.Params, k.CompileS)

	vocab := cfg.Common().VocabSize
	ids := make([]int64, o.Batch*o.Seq)
	for i := range ids {
		ids[i] = int64((i*7919 + 11) % vocab)
	}
	idT, err := tensor.FromInt64(ir.Int64, ir.Shape{o.Batch, o.Seq}, ids)
	if err != nil {
		return nil, err
	}
	inputs, err := models.CompleteInputs(m, spec, map[string]*tensor.Tensor{models.InputIDs: idT, models.InputLabels: idT})
	if err != nil {
		return nil, err
	}
	run := func() (float64, error) {
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{inputs}, o.lr)
		if err != nil {
			return 0, err
		}
		res.Free()
		return res.LossValue, nil // read by Run: the step has finished
	}
	t1 := time.Now()
	if k.FirstLoss, err = run(); err != nil {
		return nil, err
	}
	k.FirstStepS = time.Since(t1).Seconds()
	for i := 1; i < o.Warmup; i++ {
		if _, err := run(); err != nil {
			return nil, err
		}
	}
	before := r.Compiles()
	if o.HostProfile != nil {
		if err := pprof.StartCPUProfile(o.HostProfile); err != nil {
			return nil, fmt.Errorf("host profile: %w", err)
		}
	}
	t2 := time.Now()
	for i := 0; i < o.Steps; i++ {
		if k.LastLoss, err = run(); err != nil {
			return nil, err
		}
	}
	k.StepS = time.Since(t2).Seconds() / float64(o.Steps)
	if o.HostProfile != nil {
		pprof.StopCPUProfile()
	}
	k.StepCompiles = r.Compiles() - before
	tokens := float64(o.Batch * o.Seq)
	k.TokensPerS = tokens / k.StepS
	if k.TrainedParams == 0 {
		k.TFLOPs6N = 6 * float64(k.Params) * tokens / k.StepS / 1e12
	} else {
		k.TFLOPs4N = 4 * float64(k.Params) * tokens / k.StepS / 1e12
	}
	k.PeakMemMiB = mem.stop()
	if err := profiledStep(func() error { _, err := run(); return err }); err != nil {
		return nil, err
	}
	flops := "6N"
	if k.TrainedParams != 0 {
		flops = "4N"
	}
	fmt.Fprintf(o.Log, "  kiln %s: %.0f tok/s (%.3f s/step, ~%.1f TFLOP/s by %s), peak %.0f MiB, loss %.4f -> %.4f\n",
		o.Backend, k.TokensPerS, k.StepS, k.TFLOPs6N+k.TFLOPs4N, flops, k.PeakMemMiB, k.FirstLoss, k.LastLoss)
	return k, nil
}
