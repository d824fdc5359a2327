package gpu

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/train"
)

// The LoRA fine-tuning benchmark (issue #16's GPU acceptance): a new
// LoRA adapter on a random-weight Llama-3.2-1B-shaped model, trained
// with AdamW in bf16 autocast at sequence 1024, against HF + PEFT
// (hf_lora_baseline.py) on the same shapes in the same run. The targets:
// kiln's tokens/s at least LoRATargetSpeedup times HF's, and its peak
// device memory at most LoRATargetMemory times HF's.
const (
	// LoRABenchConfig is the adapter trained, by PEFT's LoraConfig
	// names: r 16, lora_alpha 32 (scaling 2), every linear layer but the
	// LM head, no dropout, PEFT's default initialisation (lora_A
	// kaiming-uniform, lora_B zeros). hf_lora_baseline.py builds the same.
	LoRABenchConfig = `{"r": 16, "lora_alpha": 32, "lora_dropout": 0, "target_modules": "all-linear", "init_lora_weights": true, "bias": "none"}`
	// LoRATargetSpeedup is the target for tokens/s, kiln over HF.
	LoRATargetSpeedup = 1.5
	// LoRATargetMemory is the target for peak device memory,
	// kiln over HF.
	LoRATargetMemory = 0.7
	// loraLR is the learning rate of both sides' steps (PEFT's usual 2e-4).
	loraLR = 2e-4
)

// LoRAOptions configures RunLoRABench. The zero value is the issue's
// configuration: llama-1b, xla, 4 x 1024, bf16 autocast, HF eager and
// torch.compile when HFScript is set.
type LoRAOptions struct {
	Model   string // a Configs name; default llama-1b
	Backend string // default xla
	Batch   int    // default 4 (a common per_device_train_batch_size for a 1B model at 1024 tokens)
	Seq     int    // default 1024
	// FP32 turns bf16 autocast off (both sides); the default is bf16.
	FP32   bool
	Warmup int // untimed steps after the compile; default 2
	Steps  int // timed steps; default 10
	// Remat checkpoints every Remat.EveryNLayers-th block on kiln's side;
	// the HF side then runs with gradient_checkpointing (every layer).
	Remat *passes.RematPolicy
	// HFScript is hf_lora_baseline.py; empty: no Hugging Face peer.
	HFScript string
	// HFModes are the script's --mode values, each run in its own
	// process (so each peak is measured alone); default eager, compile.
	HFModes []string
	// BaseDType is the frozen base's dtype on both sides: "bfloat16"
	// (default: the base loaded in bf16 with float32 adapters, as HF +
	// PEFT users load it, torch_dtype=bfloat16 with PEFT's
	// autocast_adapter_dtype) or "float32" (float32 weights that
	// autocast casts to bf16 where it uses them).
	BaseDType string
	// HFBaseDType overrides BaseDType on the HF side only (default:
	// BaseDType).
	HFBaseDType string
	// Python runs HFScript (default "python3").
	Python string
	Log    io.Writer
}

// LoRARatios compare kiln with one HF mode; for the speed a ratio above 1
// favours kiln, for memory one below 1.
type LoRARatios struct {
	// TokensPerS is kiln's tokens/s over HF's (target >= 1.5).
	TokensPerS float64 `json:"tokens_per_s_kiln_over_hf"`
	// PeakMem is kiln's peak device memory over HF's, both nvidia-smi's
	// used memory above the level before the process touched the GPU
	// (target <= 0.7).
	PeakMem float64 `json:"peak_device_mem_kiln_over_hf"`
	// PeakMemVsAllocated is kiln's figure over HF's
	// torch.cuda.max_memory_allocated (torch's live tensors only: no
	// CUDA context, no allocator cache), a stricter comparison.
	PeakMemVsAllocated float64 `json:"peak_device_mem_kiln_over_hf_allocated,omitempty"`
	SpeedMet           bool    `json:"speed_target_met"`
	MemoryMet          bool    `json:"memory_target_met"`
}

// LoRAReport is kiln's figures next to HF + PEFT's for each mode.
type LoRAReport struct {
	Model      string `json:"model"`
	LoRAConfig string `json:"lora_config"`
	// BaseDType is how kiln holds the frozen base: "bfloat16" (the
	// Runner's dtype; adapter weights and their AdamW state float32) or
	// "float32" (cast to bf16 per use by autocast).
	BaseDType   string `json:"kiln_base_dtype"`
	HFBaseDType string `json:"hf_base_dtype,omitempty"`
	Optimizer   string `json:"optimizer"`
	Remat       string `json:"remat,omitempty"`
	Backend     string `json:"backend"`
	Batch       int    `json:"batch"`
	Seq         int    `json:"seq"`
	BF16        bool   `json:"bf16"`
	GPU         string `json:"gpu"`
	// Targets restates the targets the ratios are read against.
	Targets  map[string]float64     `json:"targets"`
	Kiln     *TrainNumbers          `json:"kiln"`
	HF       map[string]any         `json:"hf,omitempty"`     // by mode: the script's JSON
	Ratios   map[string]*LoRARatios `json:"ratios,omitempty"` // by mode
	HFErrors map[string]string      `json:"hf_errors,omitempty"`
	KilnErr  string                 `json:"kiln_error,omitempty"`
	Finished string                 `json:"finished"`
}

func (o *LoRAOptions) defaults() {
	if o.Model == "" {
		o.Model = "llama-1b"
	}
	if o.Batch == 0 {
		o.Batch = 4
	}
	if len(o.HFModes) == 0 {
		o.HFModes = []string{"eager", "compile"}
	}
	if o.BaseDType == "" {
		o.BaseDType = "bfloat16"
	}
	if o.HFBaseDType == "" {
		o.HFBaseDType = o.BaseDType
	}
}

// baseDTypes are the base dtypes both sides know, by torch's names.
var baseDTypes = map[string]ir.DType{"float32": ir.Float32, "bfloat16": ir.BFloat16}

// RunLoRABench trains a fresh LoRABenchConfig adapter on random weights
// of o.Model loaded in o.BaseDType with kiln (AdamW, adamw_torch_fused, weight decay 0.01,
// max_grad_norm 1, only the adapter's weights trained), timing o.Steps
// compiled steps after o.Warmup, then runs o.HFScript once per HF mode
// on the same shapes (kiln first, so that its steps run alone) and sets
// the ratios. A failure on either side is recorded in the report, not
// returned; the error is for options that cannot run at all.
func RunLoRABench(ctx context.Context, o LoRAOptions) (*LoRAReport, error) {
	o.defaults()
	if _, ok := baseDTypes[o.BaseDType]; !ok {
		return nil, fmt.Errorf("LoRA bench: BaseDType %q: want float32 or bfloat16", o.BaseDType)
	}
	if _, ok := baseDTypes[o.HFBaseDType]; !ok {
		return nil, fmt.Errorf("LoRA bench: HFBaseDType %q: want float32 or bfloat16", o.HFBaseDType)
	}
	cfg, err := configOf(o.Model)
	if err != nil {
		return nil, err
	}
	modelType, _ := cfg["model_type"].(string)
	pc, err := peft.ParseTrainingConfig([]byte(LoRABenchConfig), "LoRABenchConfig", modelType)
	if err != nil {
		return nil, err
	}
	to := TrainOptions{Model: o.Model, Backend: o.Backend, Batch: o.Batch, Seq: o.Seq, BF16: !o.FP32,
		Warmup: o.Warmup, Steps: o.Steps, Remat: o.Remat, Log: o.Log, Python: o.Python, lr: loraLR, dtype: baseDTypes[o.BaseDType]}
	to.adapt = func(r *models.Runner, sc *train.StepConfig) (int64, error) {
		a, err := train.NewLoRA(r, pc, "LoRABenchConfig", 42)
		if err != nil {
			return 0, err
		}
		if err := r.SetAdapter(a); err != nil {
			return 0, err
		}
		var n int64
		for _, name := range a.Names() {
			t, _ := a.Tensor(name)
			n += int64(t.Shape.NumElements())
		}
		sc.Trainable = func(name string) bool { _, ok := a.Tensor(name); return ok }
		return n, nil
	}
	to.defaults()
	o.Log, o.Python = to.Log, to.Python
	rep := &LoRAReport{Model: o.Model, LoRAConfig: LoRABenchConfig, BaseDType: o.BaseDType, Optimizer: "adamw_torch_fused (lr 2e-4, weight_decay 0.01, max_grad_norm 1)",
		Backend: to.Backend, Batch: to.Batch, Seq: to.Seq, BF16: to.BF16, GPU: GPUName(),
		Targets: map[string]float64{"tokens_per_s_kiln_over_hf_min": LoRATargetSpeedup, "peak_device_mem_kiln_over_hf_max": LoRATargetMemory}}
	if o.Remat != nil {
		rep.Remat = fmt.Sprintf("every %d block(s)", max(o.Remat.EveryNLayers, 1))
	}
	fmt.Fprintf(o.Log, "LoRA bench: %s, %d x %d, bf16 %v, base %s, %s\n", o.Model, to.Batch, to.Seq, to.BF16, o.BaseDType, LoRABenchConfig)
	k, err := measureTrain(ctx, to)
	if err != nil {
		rep.KilnErr = err.Error()
		fmt.Fprintf(o.Log, "kiln: %v\n", err)
	}
	rep.Kiln = k
	if o.HFScript != "" {
		rep.HFBaseDType = o.HFBaseDType
		if err := runHFLoRA(ctx, o, to, cfg, rep); err != nil {
			return nil, err
		}
	}
	rep.Finished = time.Now().UTC().Format(time.RFC3339)
	return rep, nil
}

// runHFLoRA runs the HF script once per mode with the model's config.json
// and records its JSON, its failures and the ratios against rep.Kiln.
func runHFLoRA(ctx context.Context, o LoRAOptions, to TrainOptions, cfg map[string]any, rep *LoRAReport) error {
	dir, err := os.MkdirTemp("", "kiln-lorabench-hf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	js, err := json.Marshal(cfg)
	if err != nil {
		return fmt.Errorf("model %s: config: %w", o.Model, err)
	}
	cfgPath := filepath.Join(dir, "config.json")
	if err := os.WriteFile(cfgPath, js, 0o644); err != nil {
		return err
	}
	rep.HF, rep.Ratios, rep.HFErrors = map[string]any{}, map[string]*LoRARatios{}, map[string]string{}
	for _, mode := range o.HFModes {
		args := []string{o.HFScript, "--config", cfgPath, "--batch", fmt.Sprint(to.Batch), "--seq", fmt.Sprint(to.Seq),
			"--mode", mode, "--base-dtype", o.HFBaseDType, "--warmup", fmt.Sprint(max(to.Warmup, 3)), "--steps", fmt.Sprint(to.Steps),
			"--lr", fmt.Sprint(loraLR)}
		if !to.BF16 {
			args = append(args, "--fp32")
		}
		if o.Remat != nil {
			args = append(args, "--gradient-checkpointing")
		}
		fmt.Fprintf(o.Log, "HF + PEFT %s: %s %s\n", mode, o.Python, strings.Join(args, " "))
		cmd := exec.CommandContext(ctx, o.Python, args...)
		cmd.Stderr = o.Log
		out, runErr := cmd.Output()
		var res map[string]any
		if err := json.Unmarshal(lastJSON(out), &res); err != nil {
			if runErr == nil {
				runErr = fmt.Errorf("reading %s --mode %s output: %w", o.HFScript, mode, err)
			}
		} else {
			rep.HF[mode] = res
			// The script reports its own failures as {"error": ...}
			// (and exits 1): that message says more than the exit status.
			if msg, ok := res["error"].(string); ok {
				runErr = fmt.Errorf("%s --mode %s: %s", o.HFScript, mode, msg)
			}
		}
		if runErr != nil {
			rep.HFErrors[mode] = runErr.Error()
			fmt.Fprintf(o.Log, "  HF %s: %v\n", mode, runErr)
			continue
		}
		if r := loraRatios(rep.Kiln, res); r != nil {
			rep.Ratios[mode] = r
			fmt.Fprintf(o.Log, "  kiln / HF %s: tokens/s %.2fx (target >= %.1f), peak device memory %.2fx (target <= %.1f)\n",
				mode, r.TokensPerS, LoRATargetSpeedup, r.PeakMem, LoRATargetMemory)
		}
	}
	return nil
}

// loraRatios compares kiln's numbers with one HF result (its
// tokens_per_s, smi_peak_mib and max_memory_allocated_mib); nil when
// either side has no usable figure.
func loraRatios(k *TrainNumbers, hf map[string]any) *LoRARatios {
	num := func(key string) float64 {
		v, ok := hf[key].(float64)
		if !ok || math.IsNaN(v) || v <= 0 {
			return 0
		}
		return v
	}
	tps, smi, alloc := num("tokens_per_s"), num("smi_peak_mib"), num("max_memory_allocated_mib")
	if k == nil || k.TokensPerS <= 0 || tps == 0 {
		return nil
	}
	r := &LoRARatios{TokensPerS: k.TokensPerS / tps}
	r.SpeedMet = r.TokensPerS >= LoRATargetSpeedup
	if k.PeakMemMiB > 0 && smi > 0 {
		r.PeakMem = k.PeakMemMiB / smi
		r.MemoryMet = r.PeakMem <= LoRATargetMemory
	}
	if k.PeakMemMiB > 0 && alloc > 0 {
		r.PeakMemVsAllocated = k.PeakMemMiB / alloc
	}
	return r
}
