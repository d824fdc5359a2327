package llvm

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
)

// TestTrainingUpdatesInPlace: an AdamW step (clipped, weight decay)
// through a session, whose Call.Updates donate the old parameters and
// state, writes the new ones into the donated buffers' memory: after
// every step each parameter and state buffer has the backing memory it
// was uploaded with, the executable's result pool holds no memory of
// their sizes (no second generation), and the values are interp's.
func TestTrainingUpdatesInPlace(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	ctx := context.Background()
	cfg, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	cfg.WeightDecay = 0.01
	params := []train.OptimParam{
		{Name: "lora_A.weight", Type: ir.T(ir.Float32, 8, 96), Decay: true},
		{Name: "lora_B.weight", Type: ir.T(ir.Float32, 96, 8), Decay: true},
		{Name: "norm.weight", Type: ir.T(ir.Float32, 96)},
	}
	type run struct {
		s   *session.Session[string]
		opt *train.Optimizer[string]
	}
	start := func(b backends.Backend) run {
		s := session.New[string](b, backends.CompileOptions{})
		r := rand.New(rand.NewPCG(7, 8))
		for _, p := range params {
			vals := make([]float32, p.Type.Shape.NumElements())
			for i := range vals {
				vals[i] = r.Float32()*2 - 1
			}
			x, _ := tensor.FromFloat32(p.Type.Shape, vals)
			if err := s.Upload(p.Name, x); err != nil {
				t.Fatal(err)
			}
		}
		opt, err := train.NewOptimizer(s, "update", cfg, params, 0.5)
		if err != nil {
			t.Fatal(err)
		}
		return run{s, opt}
	}
	updated := func(s *session.Session[string]) []string {
		var names []string
		for _, p := range params {
			names = append(names, p.Name)
			for _, st := range cfg.States(p.Type) {
				names = append(names, train.StateName(p.Name, st.Suffix))
			}
		}
		return names
	}
	memOf := func(s *session.Session[string], name string) unsafe.Pointer {
		b, err := s.Buffer(name)
		if err != nil {
			t.Fatal(err)
		}
		return dataOf(t, b)
	}
	step := func(b backends.Backend, x run, k int) {
		r := rand.New(rand.NewPCG(uint64(k), 9))
		grads := map[string]backends.Buffer{}
		for _, p := range params {
			vals := make([]float32, p.Type.Shape.NumElements())
			for i := range vals {
				vals[i] = r.Float32() - 0.5
			}
			g, _ := tensor.FromFloat32(p.Type.Shape, vals)
			buf, err := b.Upload(g)
			if err != nil {
				t.Fatal(err)
			}
			grads[p.Name] = buf
		}
		norm, err := x.opt.Step(ctx, grads, 1e-2)
		if err != nil {
			t.Fatal(err)
		}
		norm.Free()
	}
	ref, got := start(interp.New()), start(be)
	defer ref.s.Close()
	defer got.s.Close()
	names := updated(got.s)
	if len(names) != 3*len(params) {
		t.Fatalf("AdamW state: %d buffers, want %d", len(names), 3*len(params))
	}
	mem := map[string]unsafe.Pointer{}
	for _, n := range names {
		mem[n] = memOf(got.s, n)
	}
	for k := range 4 {
		step(interp.New(), ref, k)
		step(be, got, k)
		for _, n := range names {
			if p := memOf(got.s, n); p != mem[n] {
				t.Errorf("step %d: %s moved to new memory: not updated in place", k+1, n)
				mem[n] = p
			}
		}
	}
	prog, err := got.s.Program(ctx, "update", nil)
	if err != nil {
		t.Fatal(err)
	}
	x := prog.Exe.(*executable)
	x.pool.mu.Lock()
	for _, p := range params {
		if n := len(x.pool.free[p.Type.Bytes()]); n > 0 {
			t.Errorf("the result pool keeps %d spare buffers of %s's size: a second generation", n, p.Name)
		}
	}
	x.pool.mu.Unlock()
	for _, n := range names {
		want, err := ref.s.Download(n)
		if err != nil {
			t.Fatal(err)
		}
		have, err := got.s.Download(n)
		if err != nil {
			t.Fatal(err)
		}
		w, h := want.Float32s(), have.Float32s()
		for i := range w {
			if d := w[i] - h[i]; d > 1e-5 || d < -1e-5 {
				t.Fatalf("%s[%d] = %v after 4 steps, interp %v", n, i, h[i], w[i])
			}
		}
	}
}

// TestLoRAStepUpdatesInPlace: a whole LoRA train step (gpt2-tiny, Conv1D
// adapters, AdamW with clipping, forward, backward and update in one
// program) writes the new adapter weights and AdamW state into the
// buffers it donates: their backing memory is the same after every step,
// so no second generation of them is ever allocated or pooled.
func TestLoRAStepUpdatesInPlace(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if testing.Short() {
		t.Skip("compiles a whole-model train step")
	}
	ctx := context.Background()
	r := fixture.Runner(t, filepath.Join("..", "..", "testdata", "models", "gpt2-tiny"), be)
	defer r.Close()
	cfg := loraStepConfig(t, r, `{"r": 4, "lora_alpha": 8, "target_modules": ["c_attn", "c_fc"], "fan_in_fan_out": true}`, "gpt2")
	spec := models.Spec{Batch: 2, Seq: 8, Labels: true}
	step, err := train.NewStep(ctx, r, spec, cfg)
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]*tensor.Tensor{}
	for _, n := range step.InputNames() {
		typ, _ := step.InputType(n)
		vals := make([]int64, typ.Shape.NumElements())
		for i := range vals {
			switch n {
			case models.InputAttentionMask:
				vals[i] = 1
			case models.InputPositionIDs:
				vals[i] = int64(i % spec.Seq)
			default:
				vals[i] = int64(3 + (i*37)%200)
			}
		}
		x, err := tensor.FromInt64(typ.DType, typ.Shape, vals)
		if err != nil {
			t.Fatal(err)
		}
		inputs[n] = x
	}
	names := step.OptimizerStateNames()
	for _, p := range step.Params() {
		names = append(names, p.Name)
	}
	if len(names) != 3*len(step.Params()) || len(names) == 0 {
		t.Fatalf("%d trained buffers for %d parameters, want AdamW's 3 each", len(names), len(step.Params()))
	}
	memOf := func(n string) unsafe.Pointer {
		b, err := r.Session().Buffer(n)
		if err != nil {
			t.Fatal(err)
		}
		return dataOf(t, b)
	}
	mem := map[string]unsafe.Pointer{}
	for _, n := range names {
		mem[n] = memOf(n) // uploaded by SetAdapter and NewStep
	}
	var losses []float64
	for k := range 3 {
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{inputs}, 1e-2)
		if err != nil {
			t.Fatal(err)
		}
		losses = append(losses, res.LossValue)
		res.Free()
		for _, n := range names {
			if p := memOf(n); p != mem[n] {
				t.Errorf("step %d: %s moved to new memory: not updated in place", k+1, n)
				mem[n] = p
			}
		}
	}
	if !(losses[2] < losses[0]) {
		t.Errorf("losses %v: training does not reduce the loss", losses)
	}
}

// loraStepConfig sets a fresh LoRA adapter of loraJSON (PEFT's LoraConfig,
// for a model of arch; seed 3) on r and returns the step configuration
// that trains it alone: AdamW (adamw_torch, weight decay 0.01),
// max_grad_norm 1, no dropout.
func loraStepConfig(t *testing.T, r *models.Runner, loraJSON, arch string) train.StepConfig {
	t.Helper()
	pc, err := peft.ParseTrainingConfig([]byte(loraJSON), "lora_config.json", arch)
	if err != nil {
		t.Fatal(err)
	}
	a, err := train.NewLoRA(r, pc, "lora_config.json", 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	opt, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.WeightDecay = 0.01
	return train.StepConfig{Optimizer: opt, MaxGradNorm: 1, NoDropout: true,
		Trainable: func(name string) bool { _, ok := a.Tensor(name); return ok }}
}
