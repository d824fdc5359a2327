package train

import (
	"context"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// shardRun is what a few steps of the tiny llama logged and left.
type shardRun struct {
	losses, norms []float64
	params        map[string][]float64
	state         map[string][]float64
}

// shardAdamW is AdamW with weight decay and clipping: every piece of the
// update (decay, both moments, bias correction, the clip) is exercised.
func shardAdamW(t *testing.T) StepConfig {
	t.Helper()
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.WeightDecay = 0.1
	return StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 0.5}
}

// dpBackend is the interp backend for n == 0 (one device, no mesh), else a
// mesh of n virtual devices on one "dp" axis.
func dpBackend(t *testing.T, n int) backends.Backend { return dpBackendOn(t, n, nil) }

// dpBackendOn is dpBackend with each device's stages on inner (nil:
// interp on the whole program; for n == 0, inner itself).
func dpBackendOn(t *testing.T, n int, inner backends.Backend) backends.Backend {
	t.Helper()
	if n == 0 {
		if inner != nil {
			return inner
		}
		return interp.New()
	}
	m, err := mesh.New([]string{DPAxis}, []int{n})
	if err != nil {
		t.Fatal(err)
	}
	return mesh.NewBackendOn(m, inner, nil)
}

// runSharded trains the tiny llama (untied head, or tied embeddings) for
// steps AdamW steps over rows (indices of stepIDs) on n devices in mode
// (n == 0: the one-device step), fully or as a LoRA adapter, and returns
// the logged values and the whole weights and state after.
func runSharded(t *testing.T, n int, mode ShardMode, lora, tied bool, rows []int, steps int, check func(*Step)) shardRun {
	return runShardedOn(t, nil, n, mode, lora, tied, rows, steps, check)
}

// runShardedOn is runSharded with each device's stages on inner.
func runShardedOn(t *testing.T, inner backends.Backend, n int, mode ShardMode, lora, tied bool, rows []int, steps int, check func(*Step)) shardRun {
	t.Helper()
	m, ckpt := tinyLlama(t, tied, !tied)
	r, err := models.NewRunner(m, ckpt, dpBackendOn(t, n, inner), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cfg := shardAdamW(t)
	if n > 0 {
		cfg.Shard = &ShardConfig{Mode: mode}
	}
	if lora {
		pc, err := peft.ParseTrainingConfig([]byte(`{"peft_type":"LORA","r":3,"lora_alpha":6,"target_modules":["q_proj","v_proj","down_proj"]}`), "lora_config.json", "llama")
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewLoRA(r, pc, "lora_config.json", 5)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.SetAdapter(a); err != nil {
			t.Fatal(err)
		}
		cfg.Trainable = trainableOf(a)
	}
	ctx := context.Background()
	step, err := NewStep(ctx, r, models.Spec{Batch: len(rows), Seq: len(stepIDs[0]), Labels: true}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	labels := stepLabels()
	var ids, ls [][]int64
	for _, i := range rows {
		ids, ls = append(ids, stepIDs[i]), append(ls, labels[i])
	}
	batch := lmBatch(t, step, ids, ls)
	var out shardRun
	for range steps {
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{batch}, 0.05)
		if err != nil {
			t.Fatal(err)
		}
		out.losses = append(out.losses, res.LossValue)
		out.norms = append(out.norms, res.GradNormValue)
		res.Free()
	}
	if check != nil {
		check(step)
	}
	out.params = map[string][]float64{}
	for _, p := range step.Params() {
		x, err := step.Weight(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		if !x.Type().Equal(p.Type) {
			t.Fatalf("Weight(%s) is %s, want %s", p.Name, x.Type(), p.Type)
		}
		out.params[p.Name] = x.Float64s()
	}
	st, err := step.OptimizerState()
	if err != nil {
		t.Fatal(err)
	}
	out.state = map[string][]float64{}
	for k, x := range st {
		out.state[k] = x.Float64s()
	}
	// Unshard gives the Runner its whole trained weights back: its own
	// forward runs on them, and they are the ones the step trained.
	if err := step.Unshard(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Forward(ctx, models.Spec{Batch: 1, Seq: 3}, map[string]*tensor.Tensor{
		models.InputIDs: mustInt64(t, [][]int64{{1, 2, 3}})}); err != nil {
		t.Fatalf("forward after Unshard: %v", err)
	}
	for _, p := range step.Params() {
		if buf, _ := r.Session().Buffer(p.Name); buf == nil || !buf.Type().Equal(p.Type) {
			t.Fatalf("%s after Unshard: %v, want the whole %s", p.Name, buf, p.Type)
		}
		x, err := step.Weight(p.Name)
		if err != nil || !slices.Equal(x.Float64s(), out.params[p.Name]) {
			t.Fatalf("%s after Unshard differs from the trained weights (%v)", p.Name, err)
		}
	}
	return out
}

// compareRuns: the loss and grad norm within 1e-6 relative (as
// TestStepAccumulationMatchesFullBatch), the weights within 1e-5 and the
// optimizer state within 1e-6 absolute. The weights' limit is 10x
// looser than the SGD accumulation test's because Adam divides each
// element's step by sqrt(v): a near-zero gradient element whose float32
// sum differs in the last bits (the devices sum their rows apart) moves
// its weight by up to lr·Δg/sqrt(v); 1e-5 is still 10x inside the
// training core's float32 limit against torch (fixtureFloat32: 1e-4).
func compareRuns(t *testing.T, what string, got, want shardRun) {
	t.Helper()
	compareRunsWithin(t, what, got, want, 1e-5)
}

// compareRunsWithin is compareRuns with the weights' limit weightAbs.
func compareRunsWithin(t *testing.T, what string, got, want shardRun, weightAbs float64) {
	t.Helper()
	for i := range want.losses {
		if math.Abs(got.losses[i]-want.losses[i]) > 1e-6*want.losses[i] || math.Abs(got.norms[i]-want.norms[i]) > 1e-6*want.norms[i] {
			t.Errorf("%s: step %d: loss %.8f, grad_norm %.8f; one device %.8f, %.8f", what, i+1, got.losses[i], got.norms[i], want.losses[i], want.norms[i])
		}
	}
	closeParams(t, what+" weights", got.params, want.params, weightAbs)
	closeParams(t, what+" optimizer state", got.state, want.state, 1e-6)
}

// TestShardedStepEqualsOneDevice: data parallelism (no_shard) and FSDP
// (full_shard) on 2 and 4 virtual devices (3 for full_shard's padding),
// full fine-tuning and LoRA, give the one-device step's losses, grad norms,
// weights and AdamW state over three steps. The rows carry different
// labelled-token counts, so the loss is the global token mean, not a mean
// of per-device means. Under full_shard each device holds a 1/n block of
// every trained parameter and optimizer state.
func TestShardedStepEqualsOneDevice(t *testing.T) {
	cases := []struct {
		mode ShardMode
		n    int
		lora bool
		tied bool
		rows []int
	}{
		{ShardNone, 2, false, false, []int{0, 1, 2, 3}},
		{ShardNone, 4, true, false, []int{0, 1, 2, 3}},
		{ShardFull, 2, false, true, []int{0, 1, 2, 3}},
		{ShardFull, 4, false, false, []int{0, 1, 2, 3}},
		{ShardFull, 3, false, false, []int{0, 1, 2}},
		{ShardFull, 2, true, false, []int{0, 1, 2, 3}},
		{ShardFull, 3, true, false, []int{1, 2, 3}},
	}
	ref := map[string]shardRun{}
	for _, tc := range cases {
		name := tc.mode.String() + "/" + string(rune('0'+tc.n))
		if tc.lora {
			name += "/lora"
		}
		if tc.tied {
			name += "/tied"
		}
		t.Run(name, func(t *testing.T) {
			key := strings.Repeat("l", btoi(tc.lora)) + strings.Repeat("t", btoi(tc.tied)) + string(rune('0'+len(tc.rows))) + string(rune('0'+tc.rows[0]))
			want, ok := ref[key]
			if !ok {
				want = runSharded(t, 0, 0, tc.lora, tc.tied, tc.rows, 3, nil)
				ref[key] = want
			}
			got := runSharded(t, tc.n, tc.mode, tc.lora, tc.tied, tc.rows, 3, func(s *Step) {
				if tc.mode != ShardFull {
					if s.ShardTypes() != nil {
						t.Errorf("no_shard: ShardTypes %v, want nil", s.ShardTypes())
					}
					return
				}
				checkShardSizes(t, s, tc.n)
			})
			compareRuns(t, name, got, want)
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkShardSizes: every trained parameter, its optimizer states and its
// session buffer are one device's block of ceil(rows/n) rows on each
// device, and the blocks together hold the whole tensor (padding only in
// the last rows).
func checkShardSizes(t *testing.T, s *Step, n int) {
	t.Helper()
	types := s.ShardTypes()
	whole := map[string]ir.Type{}
	for _, p := range s.Params() {
		whole[p.Name] = p.Type
	}
	if len(types) != len(whole) {
		t.Fatalf("%d shard types for %d trained parameters", len(types), len(whole))
	}
	for name, st := range types {
		w := whole[name]
		rows := (w.Shape[0] + n - 1) / n
		if st.Shape[0] != rows || !st.Shape[1:].Equal(w.Shape[1:]) {
			t.Errorf("%s: block %s of whole %s, want %d rows", name, st, w, rows)
		}
		bufs := []string{name}
		for _, sp := range s.cfg.Optimizer.States(w) {
			bufs = append(bufs, StateName(name, sp.Suffix))
		}
		for _, b := range bufs {
			buf, err := s.sess.Buffer(b)
			if err != nil {
				t.Fatal(err)
			}
			mb := buf.(*mesh.Buffer)
			if !mb.Type().Equal(st) {
				t.Errorf("%s: buffer type %s, want the block %s", b, mb.Type(), st)
			}
			for d := range n {
				if p := mb.Part(d); p == nil || p.Shape.NumElements()*n > (w.Shape.NumElements()/w.Shape[0])*(w.Shape[0]+n-1) {
					t.Errorf("%s: device %d holds %v, more than 1/%d of %s (padded)", b, d, p, n, w)
				}
			}
		}
	}
}

// TestShardedStepRefuses: a batch that does not split, a runner that is
// not on a mesh, an axis the mesh lacks and a token-mean loss are errors
// naming what is wrong.
func TestShardedStepRefuses(t *testing.T) {
	ctx := context.Background()
	m, ckpt := tinyLlama(t, false, true)
	wantErr := func(err error, substr string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), substr) {
			t.Errorf("error %v, want one mentioning %q", err, substr)
		}
	}
	cfg := shardAdamW(t)
	cfg.Shard = &ShardConfig{Mode: ShardFull}
	one, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	spec := models.Spec{Batch: 4, Seq: 6, Labels: true}
	_, err = NewStep(ctx, one, spec, cfg)
	wantErr(err, "mesh")
	r, err := models.NewRunner(m, ckpt, dpBackend(t, 2), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = NewStep(ctx, r, models.Spec{Batch: 3, Seq: 6, Labels: true}, cfg)
	wantErr(err, "per_device_train_batch_size")
	bad := cfg
	bad.Shard = &ShardConfig{Mode: ShardFull, Axis: "tp"}
	_, err = NewStep(ctx, r, spec, bad)
	wantErr(err, `no axis "tp"`)
	bad = cfg
	bad.Loss = LossNormMean
	_, err = NewStep(ctx, r, spec, bad)
	wantErr(err, "num_items_in_batch")
	bad = cfg
	bad.Optimizer, _ = DefaultOptimizerConfig("adafactor")
	if _, err = NewStep(ctx, r, spec, bad); err == nil {
		t.Errorf("full_shard with adafactor: no error")
	}
}

// TestShardedStepOnLLVM: the mesh backend's staged path (each device's
// stages compiled by llvm, the collectives on the host between them) runs
// the data-parallel and full_shard steps on 2 devices with the one-device
// llvm step's losses, norms and state (compareRuns' limits) and weights
// within the training core's float32 limit against torch
// (fixtureFloat32.weightAbs): llvm's kernels block their sums by the
// matrix shapes, which the per-device batch changes, and Adam's
// per-element step turns that rounding of a near-zero gradient element
// into up to 2e-5 here.
func TestShardedStepOnLLVM(t *testing.T) {
	if testing.Short() {
		t.Skip("llvm compiles of whole training steps")
	}
	inner := llvm.New(llvm.Options{})
	if err := inner.Available(); err != nil {
		t.Skip(err)
	}
	rows := []int{0, 1, 2, 3}
	want := runShardedOn(t, inner, 0, 0, false, false, rows, 2, nil)
	for _, mode := range []ShardMode{ShardNone, ShardFull} {
		got := runShardedOn(t, inner, 2, mode, false, false, rows, 2, nil)
		compareRunsWithin(t, "llvm "+mode.String(), got, want, fixtureFloat32.weightAbs)
	}
}

// TestShardedStepRowMeanLoss: a sequence classifier's loss is a mean over
// rows, so each device's mean is divided by the device count before the
// all_reduce: bert-tiny-cls under full_shard on 2 devices gives the
// one-device step's losses and norms (compareRuns' limits) and weights
// within the training core's float32 limit (fixtureFloat32.weightAbs):
// the attention key biases have a zero gradient in exact arithmetic
// (softmax ignores a shift of every score), so their gradient is
// rounding noise, which Adam turns into steps of up to lr either way.
func TestShardedStepRowMeanLoss(t *testing.T) {
	dir := filepath.Join("..", "testdata", "models", "bert-tiny-cls")
	run := func(n int) shardRun {
		r, err := models.NewRunner(fixture.Model(t, dir), fixture.Checkpoint(t, dir), dpBackend(t, n), ir.Float32, models.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		cfg := shardAdamW(t)
		if n > 0 {
			cfg.Shard = &ShardConfig{Mode: ShardFull}
		}
		ctx := context.Background()
		step, err := NewStep(ctx, r, models.Spec{Batch: 4, Seq: 5, Labels: true}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		batch := map[string]*tensor.Tensor{}
		for _, name := range step.InputNames() {
			typ, _ := step.InputType(name)
			vals := make([]int64, typ.Shape.NumElements())
			for i := range vals {
				switch name {
				case models.InputLabels:
					vals[i] = int64(i % 3)
				case models.InputAttentionMask:
					vals[i] = 1
				case models.InputIDs:
					vals[i] = int64(100 + (i*37)%900)
				}
			}
			if batch[name], err = tensor.FromInt64(typ.DType, typ.Shape, vals); err != nil {
				t.Fatal(err)
			}
		}
		var out shardRun
		for range 2 {
			res, err := step.Run(ctx, []map[string]*tensor.Tensor{batch}, 0.01)
			if err != nil {
				t.Fatal(err)
			}
			out.losses, out.norms = append(out.losses, res.LossValue), append(out.norms, res.GradNormValue)
			res.Free()
		}
		out.params, out.state = map[string][]float64{}, map[string][]float64{}
		for _, p := range step.Params() {
			x, err := step.Weight(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			out.params[p.Name] = x.Float64s()
		}
		return out
	}
	compareRunsWithin(t, "bert-tiny-cls full_shard x2", run(2), run(0), fixtureFloat32.weightAbs)
}

// TestShardedStepAccumulation: with gradient_accumulation_steps 2 (two
// micro-batches of 2 rows, different labelled-token counts) the
// data-parallel and full_shard steps on 2 devices accumulate each
// device's gradients and reduce them once, giving the one-device
// accumulated step's losses, norms and weights.
func TestShardedStepAccumulation(t *testing.T) {
	run := func(n int, mode ShardMode) shardRun {
		m, ckpt := tinyLlama(t, false, true)
		r, err := models.NewRunner(m, ckpt, dpBackend(t, n), ir.Float32, models.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		cfg := shardAdamW(t)
		cfg.Accumulation = 2
		if n > 0 {
			cfg.Shard = &ShardConfig{Mode: mode}
		}
		ctx := context.Background()
		step, err := NewStep(ctx, r, models.Spec{Batch: 2, Seq: len(stepIDs[0]), Labels: true}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		labels := stepLabels()
		micro := []map[string]*tensor.Tensor{
			lmBatch(t, step, stepIDs[0:2], labels[0:2]), lmBatch(t, step, stepIDs[2:4], labels[2:4])}
		var out shardRun
		for range 2 {
			res, err := step.Run(ctx, micro, 0.05)
			if err != nil {
				t.Fatal(err)
			}
			out.losses, out.norms = append(out.losses, res.LossValue), append(out.norms, res.GradNormValue)
			res.Free()
		}
		out.params, out.state = map[string][]float64{}, map[string][]float64{}
		for _, p := range step.Params() {
			x, err := step.Weight(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			out.params[p.Name] = x.Float64s()
		}
		st, err := step.OptimizerState()
		if err != nil {
			t.Fatal(err)
		}
		for k, x := range st {
			out.state[k] = x.Float64s()
		}
		return out
	}
	want := run(0, 0)
	for _, mode := range []ShardMode{ShardNone, ShardFull} {
		// Adam's moments agree within 1e-6 (compareRuns); the k_proj
		// weights have near-zero gradient elements (a shift of every key
		// leaves the softmax alone) whose rounding Adam's per-element
		// step amplifies to ~2e-5: the weights are held to the training
		// core's float32 limit.
		compareRunsWithin(t, "accumulation "+mode.String(), run(2, mode), want, fixtureFloat32.weightAbs)
	}
}
