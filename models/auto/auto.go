// Package auto is kiln's AutoConfig/AutoModel: it loads a model from a
// local directory or a Hub repo id (through package hub's cache), picks the
// family by config.json's model_type and the class by its architectures,
// and returns a Runner bound to the checkpoint's weights on a backend.
//
// The built-in families are registered by package models; user code adds
// its own with Register (the same call the built-in families make) before
// loading.
package auto

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/backends"
	_ "github.com/kiln-ml/kiln/backends/interp" // the reference backend is always available
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/weights"
)

// Options configure Load. The zero value loads on the best available
// backend in float32.
type Options struct {
	// Backend names the backend ("" = the best available, see backends.Default).
	Backend string
	// DType is the compute dtype (Invalid = float32).
	DType ir.DType
	// Arch overrides config.json's architectures[0] ("BertModel" to load
	// the base model of a BertForMaskedLM checkpoint, say).
	Arch string
	// Hub configures repo-id resolution and downloads.
	Hub hub.Options
	// Compile is passed to the backend for every program.
	Compile backends.CompileOptions
	// StrictWeights refuses a checkpoint that holds tensors the model does
	// not use (by default they are listed by Runner.UnusedWeights only).
	StrictWeights bool
	// Adapter is a PEFT LoRA adapter (a directory or a Hub repo id) applied
	// unmerged to every program (Runner.SetAdapter); "" for none.
	Adapter string
	// QuantizedKernels keeps the GPTQ/AWQ Linears kiln's packing holds
	// (4/8 bits, act-order with x gathered by its permutation;
	// quant.DequantizeKiln) quantized in memory and
	// runs them with quant_matmul (llvm: a 4-bit GEMV kernel for decode)
	// instead of dequantizing them at load, and likewise bitsandbytes 4-bit
	// Linears (saved, or quantized at load with BnB) whose in_features is
	// a multiple of the blocksize, with quant_matmul_codebook (QLoRA's
	// packed base); the other quantized modules are dequantized as usual.
	// No effect on a float checkpoint.
	QuantizedKernels bool
	// TP > 1 shards the model over TP virtual CPU devices by its
	// base_model_tp_plan (models.NewTPRunnerOn: each device's work on the
	// Backend, interp or llvm, the collectives on the host between).
	// Adapters and packed quantized kernels are refused. GPUs need the XLA/NCCL lowering of
	// the collectives, not built (docs/distributed.md).
	TP int
	// DP > 1 runs the Runner on a mesh of DP virtual CPU devices along the
	// train.DPAxis ("dp") axis (mesh.NewBackendOn over the Backend): the
	// weights are replicated, and a Trainer over it trains data-parallel
	// or FSDP (TrainingArguments.fsdp). With TP > 1 it is refused.
	DP int
	// Processes, with TP or DP > 1, spreads the mesh's devices over the
	// processes of this group (mesh.Backend.SetProcesses): each process
	// runs its own devices, the collectives and downloads go through the
	// group. Its mesh must be the one TP or DP makes (axis "tp" or "dp").
	Processes *mesh.ProcessGroup
	// BnB quantizes a float checkpoint at load as transformers'
	// BitsAndBytesConfig does (load_in_8bit / load_in_4bit, nf4/fp4, double
	// quantization; quant.BnBOptions): the Linears are quantized with
	// bitsandbytes' kernels and dequantized for compute exactly as a saved
	// bitsandbytes checkpoint of the same codes is (docs/quant.md,
	// "Quantize at load"). nil or neither flag set: no quantization.
	BnB *quant.BnBOptions
	// Logger receives notices (the fallback from llvm to a slower backend);
	// nil discards them. The library never writes to standard error.
	Logger *slog.Logger
}

// Model is a loaded model: its directory, configuration, checkpoint and
// Runner. Close releases the weights.
type Model struct {
	*models.Runner
	Dir    string
	Config models.Config
	// Quantization is config.json's quantization_config, or the one
	// Options.BnB quantized the float checkpoint with (nil for a float
	// model). A quantized checkpoint's packed Linears were dequantized at
	// load (the Runner holds float weights), except those
	// Options.QuantizedKernels kept packed (docs/quant.md).
	Quantization *quant.Config
	ckpt         *weights.Checkpoint
}

// Register adds a model family; see models.Register.
func Register(f models.Family) error { return models.Register(f) }

// Config reads the configuration of a local directory or Hub repo id.
func Config(ctx context.Context, nameOrDir string, opts Options) (models.Config, error) {
	dir, err := hub.ResolveModelPath(ctx, nameOrDir, opts.Hub)
	if err != nil {
		return nil, err
	}
	return models.LoadConfig(dir)
}

// Load resolves nameOrDir, parses its config.json, opens its checkpoint
// (safetensors, sharded or not, or pytorch_model.bin) and prepares a
// Runner. Weights are read lazily, when the first program needs them.
func Load(ctx context.Context, nameOrDir string, opts Options) (*Model, error) {
	dir, err := hub.ResolveModelPath(ctx, nameOrDir, opts.Hub)
	if err != nil {
		return nil, err
	}
	cfgPath := filepath.Join(dir, "config.json")
	if _, err := os.Stat(cfgPath); err != nil {
		return nil, fmt.Errorf("%s: no config.json: %w", dir, err)
	}
	cfg, err := models.LoadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	m, err := models.New(cfg, opts.Arch)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfgPath, err)
	}
	if opts.TP < 0 {
		return nil, fmt.Errorf("--tp %d: the tensor-parallel degree must be >= 1", opts.TP)
	}
	if opts.DP < 0 || (opts.DP > 1 && opts.TP > 1) {
		return nil, fmt.Errorf("--devices %d with --tp %d: data-parallel training runs over devices >= 1, and not on a tensor-parallel model", opts.DP, opts.TP)
	}
	if opts.DP > 1 && opts.Backend != "" && opts.Backend != "interp" && opts.Backend != "llvm" {
		return nil, fmt.Errorf("--devices %d: data-parallel training runs on virtual CPU devices (interp or llvm on each); backend %q cannot run it (GPUs need the XLA/NCCL lowering, not built)", opts.DP, opts.Backend)
	}
	if opts.TP > 1 {
		switch {
		case opts.Backend != "" && opts.Backend != "interp" && opts.Backend != "llvm":
			return nil, fmt.Errorf("tp %d: tensor parallelism runs on virtual CPU devices (interp or llvm on each); backend %q cannot run it (GPUs need the XLA/NCCL lowering, not built)", opts.TP, opts.Backend)
		case opts.Adapter != "":
			return nil, fmt.Errorf("tp %d: adapters on a tensor-parallel model are not implemented", opts.TP)
		case opts.QuantizedKernels:
			return nil, fmt.Errorf("tp %d: quantized kernels on a tensor-parallel model are not implemented (leave them off: the weights are dequantized at load)", opts.TP)
		}
	}
	var b backends.Backend
	if opts.Backend == "" {
		b, err = DefaultBackend(opts.Logger)
	} else {
		b, err = backends.Get(opts.Backend)
	}
	if err != nil {
		return nil, err
	}
	dt := opts.DType
	if dt == ir.Invalid {
		dt = ir.Float32
	}
	ck, err := weights.Open(dir)
	if err != nil {
		return nil, err
	}
	// A quantized checkpoint (GPTQ, AWQ, bitsandbytes) is dequantized at
	// load: its packed Linears show up as float "<module>.weight" tensors.
	var qc *quant.Config
	var packed map[string]quant.KilnSpec
	if opts.BnB.Enabled() {
		// Quantize at load: the float Linears become bitsandbytes tensors,
		// read back as a bitsandbytes checkpoint is.
		q, err := quantizeOpened(ck, m, cfgPath, *opts.BnB)
		if err != nil {
			ck.Close()
			return nil, err
		}
		qc = q.Options.Config()
		if opts.QuantizedKernels {
			// QLoRA's base: the 4-bit Linears stay packed
			// (quant_matmul_codebook).
			ck, packed, err = quant.DequantizeKiln(q.Checkpoint, qc)
		} else {
			ck, err = quant.Dequantize(q.Checkpoint, qc)
		}
		if err != nil {
			q.Checkpoint.Close()
			return nil, err
		}
	} else if ck, qc, packed, err = dequantize(ck, cfgPath, opts.QuantizedKernels); err != nil {
		return nil, err
	}
	// A config that disagrees with its checkpoint is reported by the field
	// to fix, before binding lists every mismatching tensor.
	if err := models.CheckWeightDims(cfg, ck.Info, cfgPath); err != nil {
		ck.Close()
		return nil, err
	}
	var r *models.Runner
	if opts.TP > 1 {
		r, err = models.NewTPRunnerOn(m, ck, b, opts.TP, dt, opts.Compile)
	} else if opts.DP > 1 {
		var msh *mesh.Mesh
		if msh, err = mesh.New([]string{"dp"}, []int{opts.DP}); err == nil {
			r, err = models.NewRunner(m, ck, mesh.NewBackendOn(msh, b, nil), dt, opts.Compile)
		}
	} else {
		r, err = models.NewRunner(m, ck, b, dt, opts.Compile)
	}
	if err == nil && opts.Processes != nil {
		mb, ok := r.Backend().(*mesh.Backend)
		if !ok {
			err = fmt.Errorf("%d processes spread a mesh's devices: give tp or devices > 1", opts.Processes.NumProcesses())
		} else {
			err = mb.SetProcesses(opts.Processes)
		}
	}
	if err != nil {
		ck.Close()
		return nil, err
	}
	r.RejectUnusedWeights(opts.StrictWeights)
	if len(packed) > 0 {
		specs := map[string]nn.QuantSpec{}
		for m, s := range packed {
			spec := nn.QuantSpec{Bits: s.Bits, GroupSize: s.GroupSize, ScaleDType: s.ScaleDType, Codebook: s.Codebook, WeightDType: s.WeightDType, Permuted: s.Permuted}
			if s.Codebook && opts.BnB.Enabled() {
				// Quantized at load: bnb_4bit_compute_dtype is the
				// layer's matmul dtype, as in bitsandbytes' Linear4bit.
				spec.ComputeDType, _ = ir.ParseDType(opts.BnB.ComputeDType)
			}
			specs[m] = spec
		}
		r.SetQuantized(specs)
	}
	if opts.Adapter != "" {
		if err := setAdapter(ctx, r, opts); err != nil {
			r.Close()
			ck.Close()
			return nil, err
		}
	}
	return &Model{Runner: r, Dir: dir, Config: cfg, Quantization: qc, ckpt: ck}, nil
}

// Close frees the uploaded weights and closes the checkpoint.
func (m *Model) Close() error {
	return errors.Join(m.Runner.Close(), m.ckpt.Close())
}

// DefaultBackend is the best available backend (backends.Default). The
// compiled LLVM backend is kiln's CPU default; when it cannot run here
// (no llc or C compiler) and the pure-Go interpreter is chosen instead,
// the fallback is logged to log at warning level (nil: not reported).
func DefaultBackend(log *slog.Logger) (backends.Backend, error) {
	b, err := backends.Default()
	if err != nil {
		return nil, err
	}
	if b.Name() == "interp" && log != nil {
		if why := llvm.Default().Available(); why != nil {
			log.Warn("the llvm backend is unavailable; running on the slower interp backend", "reason", why.Error())
		}
	}
	return b, nil
}

// dequantize wraps ck with quant.Dequantize (kernels: quant.DequantizeKiln)
// when cfgPath's config.json has a quantization_config, and returns that
// config (nil: ck unchanged) and the modules kept packed. It closes ck on
// error.
func dequantize(ck *weights.Checkpoint, cfgPath string, kernels bool) (*weights.Checkpoint, *quant.Config, map[string]quant.KilnSpec, error) {
	data, err := os.ReadFile(cfgPath)
	if err == nil {
		var qc *quant.Config
		if qc, err = quant.ParseConfigJSON(data, cfgPath); err == nil && qc == nil {
			return ck, nil, nil, nil
		} else if err == nil {
			var dq *weights.Checkpoint
			var packed map[string]quant.KilnSpec
			if kernels {
				dq, packed, err = quant.DequantizeKiln(ck, qc)
			} else {
				dq, err = quant.Dequantize(ck, qc)
			}
			if err == nil {
				return dq, qc, packed, nil
			}
		}
	}
	ck.Close()
	return nil, nil, nil, err
}

// setAdapter resolves and loads opts.Adapter and applies it to r.
func setAdapter(ctx context.Context, r *models.Runner, opts Options) error {
	dir, err := hub.ResolveModelPath(ctx, opts.Adapter, opts.Hub)
	if err != nil {
		return fmt.Errorf("adapter: %w", err)
	}
	a, err := peft.Load(dir)
	if err != nil {
		return err
	}
	return r.SetAdapter(a)
}
