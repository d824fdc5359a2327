package cpu

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// planBackend is the llvm backend for building a training step's program
// without running anything: uploads keep only the tensor's type (so a
// Llama-1B-shaped base costs no memory), and compiling the step's program
// records it and fails (errPlanned), which ends train.NewStep.
type planBackend struct {
	*llvm.Backend
	step *ir.Func
}

var errPlanned = errors.New("step program captured")

type typeBuffer struct{ t ir.Type }

func (b *typeBuffer) Type() ir.Type { return b.t }
func (b *typeBuffer) Download() (*tensor.Tensor, error) {
	return tensor.New(b.t.DType, b.t.Shape)
}
func (*typeBuffer) Free() {}

func (b *planBackend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	return &typeBuffer{t.Type()}, nil
}

func (b *planBackend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	if strings.HasPrefix(f.Name, "train_step_") {
		b.step = f.Clone()
		return nil, errPlanned
	}
	return nil, fmt.Errorf("plan backend: unexpected compile of %s", f.Name)
}

// writeSparseCheckpoint writes a safetensors file holding f's weights as
// zeros without writing their bytes (a sparse file).
func writeSparseCheckpoint(path string, f *ir.Func) error {
	types := map[string]ir.Type{}
	total := 0
	for _, p := range f.Params {
		if !models.IsInputName(p.Name) {
			types[p.Name] = p.Type
			total += p.Type.Bytes()
		}
	}
	prefix, _, err := tensor.EncodeSafetensorsHeader(types, map[string]string{"format": "pt"})
	if err != nil {
		return err
	}
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := file.Write(prefix); err != nil {
		file.Close()
		return err
	}
	if err := file.Truncate(int64(len(prefix) + total)); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// loraStepPlan builds the AdamW step of b's LoRA adapter on a base of
// config cfg at batch x seq (every layer checkpointed with remat) exactly
// as the lora-train workloads do, and returns the llvm backend's workspace
// plan of its program, without compiling or running it.
func loraStepPlan(t testing.TB, b loraBase, cfg map[string]any, batch, seq int, remat bool, o llvm.Options) *llvm.WorkspacePlan {
	t.Helper()
	o.CacheDir = t.TempDir()
	be := &planBackend{Backend: llvm.New(o)}
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	m, err := newModel(cfg)
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
	f, err := frontend.Build("train_"+m.Arch(), func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.safetensors")
	if err := writeSparseCheckpoint(path, f); err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	r, err := models.NewRunner(m, ckpt, be, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.BindWeights(f); err != nil {
		t.Fatal(err)
	}
	opt, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.WeightDecay = trainWeightDecay
	stepCfg := train.StepConfig{Optimizer: opt, MaxGradNorm: 1, NoDropout: true, Loss: train.LossNormMean}
	if remat {
		stepCfg.Remat = &passes.RematPolicy{}
	}
	pc, err := peft.ParseTrainingConfig([]byte(b.loraJSON), "lora_config.json", b.modelType)
	if err != nil {
		t.Fatal(err)
	}
	a, err := train.NewLoRA(r, pc, "lora_config.json", 42)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	stepCfg.Trainable = func(name string) bool { _, ok := a.Tensor(name); return ok }
	if _, err := train.NewStep(context.Background(), r, spec, stepCfg); !errors.Is(err, errPlanned) {
		t.Fatalf("building the step: %v, want the program captured", err)
	}
	wp, err := be.Backend.PlanWorkspace(be.step, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return wp
}

// describePeak prints what is live where the plan's workspace peaks.
func describePeak(wp *llvm.WorkspacePlan) string {
	pk := wp.Buffers.PeakLive()
	var sb strings.Builder
	const mib = 1 << 20
	fmt.Fprintf(&sb, "workspace %.2f MiB; the most live at position %d of %d: %.2f MiB\n",
		float64(wp.Bytes)/mib, pk.At, len(wp.Func.Values), float64(pk.LiveBytes)/mib)
	for _, s := range pk.Live {
		what := "scratch"
		if v := s.Value; v != nil {
			what = fmt.Sprintf("%%%d = %s %s %q at %s", v.ID, v.Op, v.Type, v.Name, v.Pos)
		}
		fmt.Fprintf(&sb, "  %8.3f MiB at %10d live %d..%d: %s\n", float64(s.Bytes)/mib, s.Offset, s.Def, s.Last, what)
	}
	return sb.String()
}

// TestLoRAStepPlanPeak prints what a checkpointed LoRA step's workspace
// holds where the most of it is live (and checks that PeakLive's slots add
// up to its figure, which the layout cannot beat), at a scaled Llama shape
// (4 layers, hidden 512, 4 x 128). Knobs for the docs' figures:
// KILN_PLAN_SHAPE=1b (Llama-3.2-1B's shape) or gpt2 (the GPT-2-124M
// workload), KILN_PLAN_BATCH (4), KILN_PLAN_VOCAB, KILN_PLAN_PLAIN=1 (no
// checkpointing), KILN_PLAN_SHARED=1 (llvm.Options.SharedPackScratch).
func TestLoRAStepPlanPeak(t *testing.T) {
	cfg := scaledLlama(4, 512)
	batch := 4
	base := llamaLoRA
	switch os.Getenv("KILN_PLAN_SHAPE") {
	case "1b":
		cfg = llama1bConfig
	case "gpt2":
		base, cfg = gpt2LoRA, gpt2LoRA.config
	}
	if s := os.Getenv("KILN_PLAN_VOCAB"); s != "" {
		var n int
		fmt.Sscan(s, &n)
		cfg["vocab_size"] = n
	}
	if s := os.Getenv("KILN_PLAN_BATCH"); s != "" {
		fmt.Sscan(s, &batch)
	}
	o := llvm.Options{SharedPackScratch: os.Getenv("KILN_PLAN_SHARED") != ""}
	wp := loraStepPlan(t, base, cfg, batch, loraSeq, os.Getenv("KILN_PLAN_PLAIN") == "", o)
	t.Log(describePeak(wp))
	pk := wp.Buffers.PeakLive()
	live := 0
	for _, s := range pk.Live {
		live += (s.Bytes + passes.SlotAlign - 1) &^ (passes.SlotAlign - 1)
	}
	if live != pk.LiveBytes || pk.LiveBytes > wp.Bytes || pk.LiveBytes == 0 {
		t.Errorf("the peak's slots add up to %d bytes, PeakLive says %d, the workspace is %d", live, pk.LiveBytes, wp.Bytes)
	}
}

// scaledLlama is llama1bConfig with the given layers and hidden size (the
// heads, intermediate size and vocabulary scaled by hidden/2048).
func scaledLlama(layers, hidden int) map[string]any {
	out := map[string]any{}
	for k, v := range llama1bConfig {
		out[k] = v
	}
	out["num_hidden_layers"] = layers
	out["hidden_size"] = hidden
	out["intermediate_size"] = 4 * hidden
	out["num_attention_heads"] = hidden / 64
	out["num_key_value_heads"] = max(hidden/256, 1)
	out["vocab_size"] = 128256 * hidden / 2048
	return out
}

// TestLoRAStepPlanWorkspace builds the checkpointed LoRA step of a scaled
// Llama (4 layers, hidden 512, intermediate 2048, vocabulary 4096: the
// activations, not the head, make the peak) at 4 x 128 tokens and checks
// its planned workspace against what a checkpointed backward inherently
// holds, counted from the shapes (h: one hidden-sized tensor, B*T*H
// floats; i: one intermediate-sized tensor, B*T*I floats):
//
//   - the layers' checkpoints, L*h;
//   - the layer being recomputed and differentiated: 12*h (its two norms'
//     statistics and outputs, q, k, v, o, attention output and their
//     gradients) and 6*i (gate, up, the activation, their product and
//     gradients);
//   - the GEMM running at the peak: its packed weight I*H floats and its
//     packed rows, at most i.
//
// The planner before (every layer's norm statistics kept across the
// backward, the largest GEMM's packing buffers for the whole run, first
// fit) gave 62.8 MiB here against this bound of 48 MiB. It also checks
// what made the difference: every kernel scratch slot lives at its
// kernel only, and the forward values live at the peak are checkpoints.
func TestLoRAStepPlanWorkspace(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a whole-model train step's plan")
	}
	const layers, hidden, inter, batch, seq = 4, 512, 2048, 4, loraSeq
	cfg := scaledLlama(layers, hidden)
	cfg["vocab_size"] = 4096
	wp := loraStepPlan(t, llamaLoRA, cfg, batch, seq, true, llvm.Options{})
	h, i := 4*batch*seq*hidden, 4*batch*seq*inter
	bound := layers*h + 12*h + 6*i + 4*inter*hidden + i
	t.Log(describePeak(wp))
	if wp.Bytes > bound {
		t.Errorf("planned workspace %d bytes, want at most %d (%d checkpoints, one layer's recomputation and gradients, one GEMM's packing)", wp.Bytes, bound, layers)
	}
	for j, s := range wp.Buffers.Slots {
		if s.Value == nil && s.Def != s.Last {
			t.Errorf("scratch slot %d (%d bytes) lives from %d to %d, want only at its kernel", j, s.Bytes, s.Def, s.Last)
		}
	}
	// The forward: the loss and what it is computed from.
	fwd := map[*ir.Value]bool{}
	for j, n := range wp.Func.ResultNames {
		if n == models.OutputLoss {
			stack := []*ir.Value{wp.Func.Results[j]}
			for len(stack) > 0 {
				v := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if !fwd[v] {
					fwd[v] = true
					stack = append(stack, v.Args...)
				}
			}
		}
	}
	if len(fwd) == 0 {
		t.Fatalf("the step returns no %q", models.OutputLoss)
	}
	pk := wp.Buffers.PeakLive()
	for _, s := range pk.Live {
		if s.Value == nil || !fwd[s.Value] {
			continue
		}
		if _, ok := passes.BoundaryIndex(s.Value); !ok {
			t.Errorf("forward value %s (%d bytes, live %d..%d) is live at the peak (position %d), want only checkpoints", s.Value.LongString(), s.Bytes, s.Def, s.Last, pk.At)
		}
	}
}
