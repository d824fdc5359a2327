package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/weights"
)

// shardRows are n rows of the tiny llama's vocabulary, 4 to 7 tokens
// long: batches are padded, so devices see different labelled-token
// counts.
func shardRows(n int) *Dataset {
	ds := &Dataset{Path: "rows.jsonl"}
	for i := range n {
		ex := Example{Line: i + 1}
		for j := range 4 + i%4 {
			id := int64(1 + (i*7+j*5)%31)
			ex.InputIDs = append(ex.InputIDs, id)
			ex.Labels.Ints = append(ex.Labels.Ints, id)
			ex.Labels.Values = append(ex.Labels.Values, float64(id))
		}
		ex.Labels.List = true
		ds.Rows = append(ds.Rows, ex)
	}
	return ds
}

// shardTrainRun is one Trainer run: each step's loss (unrounded, from
// OnStep), the trainer and its error.
type shardTrainRun struct {
	losses map[int]float64
	tr     *Trainer
	err    error
}

// shardTrain trains the tiny llama in modelDir with the Trainer on n
// virtual devices (0: the interp backend, no mesh) with
// per_device_train_batch_size 4/max(n,1) (a global batch of 4 rows
// always) over rows rows, 4 steps saved every 2, into out; stop > 0 cancels after that
// step; extra are more arguments.
func shardTrain(t *testing.T, modelDir string, n, rows int, fsdp, out, extra string, stop int) shardTrainRun {
	return shardTrainFault(t, modelDir, n, rows, fsdp, out, extra, stop, nil, nil)
}

// shardTrainFault is shardTrain with fault, when set, installed on the
// mesh (mesh.Backend.SetFault) and asked with the optimizer step being
// run (1-based) and the device.
// setup, when set, prepares the Runner (sets an adapter) before the
// Trainer is made.
func shardTrainFault(t *testing.T, modelDir string, n, rows int, fsdp, out, extra string, stop int, fault func(step, device int) error, setup func(*models.Runner)) shardTrainRun {
	t.Helper()
	js := fmt.Sprintf(`{"output_dir": %q, "max_steps": 4, "per_device_train_batch_size": %d, "learning_rate": 0.02,
		"optim": "adamw_torch", "weight_decay": 0.1, "max_grad_norm": 0.5, "save_steps": 2, "logging_steps": 1,
		"warmup_steps": 1, "seed": 3, "fsdp": %q%s}`, out, 4/max(n, 1), fsdp, extra)
	m, ckpt := loadTinyDir(t, modelDir)
	b := dpBackend(t, n)
	done := 0
	if fault != nil {
		b.(*mesh.Backend).SetFault(func(d int) error { return fault(done+1, d) })
	}
	r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	if setup != nil {
		setup(r)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := time.Unix(0, 0)
	run := shardTrainRun{losses: map[int]float64{}}
	opts := TrainerOptions{ModelDir: modelDir, NoDropout: true,
		Now: func() time.Time { clock = clock.Add(time.Second); return clock },
		OnStep: func(step, _ int, loss float64) {
			run.losses[step], done = loss, step
			if step == stop {
				cancel()
			}
		}}
	run.tr, run.err = NewTrainer(r, testArgs(t, js), shardRows(rows), opts)
	if run.err != nil {
		return run
	}
	_, run.err = run.tr.Train(ctx)
	return run
}

// loadTinyDir opens the model and checkpoint of a tinyLlama directory.
func loadTinyDir(t *testing.T, dir string) (models.Model, *weights.Checkpoint) {
	t.Helper()
	c, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(c, "")
	if err != nil {
		t.Fatal(err)
	}
	return m, openCkpt(t, dir)
}

// openCkpt opens a checkpoint directory, closed at the test's end.
func openCkpt(t *testing.T, dir string) *weights.Checkpoint {
	t.Helper()
	c, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestShardedTrainerResumesOnOtherDeviceCount: the Trainer on 2 virtual
// devices with fsdp full_shard (and on 4 with no_shard) logs the
// one-device run's step losses; a full_shard run at 2 devices cancelled
// after step 2 writes an unsharded checkpoint (HF layout, whole tensors)
// that resumes at 4 devices and at 1 with the uninterrupted run's losses
// and final weights, the Runner holding the whole weights again when
// Train returns.
func TestShardedTrainerResumesOnOtherDeviceCount(t *testing.T) {
	_, ck := tinyLlama(t, false, true)
	dir := ck.Path()
	root := t.TempDir()
	ref := shardTrain(t, dir, 0, 12, "", filepath.Join(root, "one"), "", 0)
	if ref.err != nil {
		t.Fatal(ref.err)
	}
	closeLosses := func(what string, got map[int]float64, from, to int) {
		t.Helper()
		for s := from; s <= to; s++ {
			if g, w := got[s], ref.losses[s]; !(math.Abs(g-w) <= 1e-6*w) {
				t.Errorf("%s: step %d loss %.8f, one device %.8f", what, s, g, w)
			}
		}
	}
	closeWeights := func(what string, tr *Trainer) {
		t.Helper()
		got, want := map[string][]float64{}, map[string][]float64{}
		for _, p := range ref.tr.anyStep().Params() {
			a, err := tr.weight(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			b, err := ref.tr.weight(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			got[p.Name], want[p.Name] = a.Float64s(), b.Float64s()
		}
		closeParams(t, what, got, want, 1e-5)
	}
	dp := shardTrain(t, dir, 4, 12, "no_shard", filepath.Join(root, "dp4"), "", 0)
	if dp.err != nil {
		t.Fatal(dp.err)
	}
	closeLosses("no_shard x4", dp.losses, 1, 4)
	closeWeights("no_shard x4", dp.tr)

	cut := filepath.Join(root, "fsdp2")
	part := shardTrain(t, dir, 2, 12, "full_shard auto_wrap", cut, "", 2)
	var ie *InterruptedError
	if !errors.As(part.err, &ie) || ie.Step != 2 {
		t.Fatalf("interrupted full_shard run: %v, want an InterruptedError at step 2", part.err)
	}
	closeLosses("full_shard x2", part.losses, 1, 2)
	// The checkpoint is whole: it opens as a one-device checkpoint.
	saved := openCkpt(t, ie.Checkpoint)
	for _, p := range ref.tr.anyStep().Params() {
		info, ok := saved.Info(p.Name)
		if !ok || !info.Shape.Equal(p.Type.Shape) {
			t.Errorf("checkpoint tensor %s: %v (found %v), want the whole %s", p.Name, info.Shape, ok, p.Type.Shape)
		}
	}
	for _, n := range []int{4, 0} {
		resumed := shardTrain(t, dir, n, 12, "full_shard", cut, fmt.Sprintf(`, "resume_from_checkpoint": %q`, ie.Checkpoint), 0)
		if resumed.err != nil {
			t.Fatal(resumed.err)
		}
		what := fmt.Sprintf("resumed on %d devices", max(n, 1))
		closeLosses(what, resumed.losses, 3, 4)
		closeWeights(what, resumed.tr)
		// Train ends with the weights whole in the Runner again.
		for _, p := range ref.tr.anyStep().Params() {
			if buf, err := resumed.tr.runner.Session().Buffer(p.Name); err != nil || !buf.Type().Equal(p.Type) {
				t.Errorf("%s: %s after Train: %v (%v), want the whole %s", what, p.Name, buf, err, p.Type)
			}
		}
	}
}

// TestShardedTrainerLostDevice: device 1 of 2 is lost during step 3 of
// a full_shard run saving every 2 steps: Train stops with an error naming
// the step and the device (mesh.ErrDeviceLost), writes no checkpoint-3,
// and checkpoint-2 is whole: a one-device run resumed from it logs the
// uninterrupted run's losses for steps 3 and 4.
func TestShardedTrainerLostDevice(t *testing.T) {
	_, ck := tinyLlama(t, false, true)
	dir := ck.Path()
	root := t.TempDir()
	ref := shardTrain(t, dir, 0, 12, "", filepath.Join(root, "one"), "", 0)
	if ref.err != nil {
		t.Fatal(ref.err)
	}
	out := filepath.Join(root, "lost")
	run := shardTrainFault(t, dir, 2, 12, "full_shard", out, "", 0, func(step, d int) error {
		if step == 3 && d == 1 {
			return fmt.Errorf("injected: %w", mesh.ErrDeviceLost)
		}
		return nil
	}, nil)
	if !errors.Is(run.err, mesh.ErrDeviceLost) || !strings.Contains(run.err.Error(), "train step 3") || !strings.Contains(run.err.Error(), "device 1 of 2") {
		t.Fatalf("run with a lost device: %v, want mesh.ErrDeviceLost naming train step 3 and device 1 of 2", run.err)
	}
	t.Logf("lost device: %v", run.err)
	cks, err := sortedCheckpoints(out)
	if err != nil || len(cks) != 1 || filepath.Base(cks[0]) != "checkpoint-2" {
		t.Fatalf("checkpoints after the loss: %v (%v), want checkpoint-2 only", cks, err)
	}
	resumed := shardTrain(t, dir, 0, 12, "full_shard", out, fmt.Sprintf(`, "resume_from_checkpoint": %q`, cks[0]), 0)
	if resumed.err != nil {
		t.Fatal(resumed.err)
	}
	for s := 3; s <= 4; s++ {
		if g, w := resumed.losses[s], ref.losses[s]; !(math.Abs(g-w) <= 1e-6*w) {
			t.Errorf("resumed from checkpoint-2: step %d loss %.8f, uninterrupted %.8f", s, g, w)
		}
	}
}

// TestShardedTrainerLoRA: a LoRA adapter trained by the Trainer under
// full_shard on 2 devices is saved (PEFT's adapter_model.safetensors,
// gathered whole) with the one-device run's values, and the step losses
// match.
func TestShardedTrainerLoRA(t *testing.T) {
	_, ck := tinyLlama(t, false, true)
	dir := ck.Path()
	root := t.TempDir()
	withLoRA := func(r *models.Runner) {
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
	}
	saved := map[int]*weights.Checkpoint{}
	losses := map[int]map[int]float64{}
	for _, n := range []int{0, 2} {
		out := filepath.Join(root, fmt.Sprint(n))
		run := shardTrainFault(t, dir, n, 12, "full_shard", out, "", 0, nil, withLoRA)
		if run.err != nil {
			t.Fatal(run.err)
		}
		losses[n] = run.losses
		saved[n] = openCkpt(t, filepath.Join(out, "checkpoint-4", "adapter_model.safetensors"))
	}
	for s := 1; s <= 4; s++ {
		if g, w := losses[2][s], losses[0][s]; !(math.Abs(g-w) <= 1e-6*w) {
			t.Errorf("step %d: loss %.8f on 2 devices, %.8f on one", s, g, w)
		}
	}
	got, want := map[string][]float64{}, map[string][]float64{}
	for _, name := range saved[0].Names() {
		a, err := saved[2].Tensor(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := saved[0].Tensor(name)
		if err != nil {
			t.Fatal(err)
		}
		got[name], want[name] = a.Float64s(), b.Float64s()
	}
	if len(want) == 0 {
		t.Fatal("the one-device checkpoint holds no adapter tensor")
	}
	closeParams(t, "saved adapter", got, want, 1e-5)
}

// TestShardedTrainerRefuses: fsdp options and fsdp_config keys kiln does
// not build, and a data set whose last batch does not split over the
// devices, are errors naming the field.
func TestShardedTrainerRefuses(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`{"fsdp": "shard_grad_op"}`, "shard_grad_op"},
		{`{"fsdp": ["full_shard", "offload"]}`, "offload"},
		{`{"fsdp": "full_shard no_shard"}`, "both"},
		{`{"fsdp": "sharded"}`, "unknown option"},
		{`{"fsdp": 3}`, "fsdp"},
		{`{"fsdp": "full_shard", "fsdp_config": {"xla": true}}`, "xla"},
		{`{"fsdp": "full_shard", "fsdp_config": {"fsdp_state_dict_type": "SHARDED_STATE_DICT"}}`, "fsdp_state_dict_type"},
		{`{"fsdp": "full_shard", "fsdp_config": {"wrap_everything": 1}}`, "wrap_everything"},
		{`{"fsdp": "full_shard", "fsdp_config": "fsdp.json"}`, "fsdp_config"},
	} {
		if _, err := testArgsErr(tc.js); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error mentioning %q", tc.js, err, tc.want)
		}
	}
	for _, js := range []string{`{"fsdp": "full_shard auto_wrap", "fsdp_config": {"fsdp_transformer_layer_cls_to_wrap": ["LlamaDecoderLayer"], "backward_prefetch": "backward_pre", "state_dict_type": "FULL_STATE_DICT"}}`,
		`{"fsdp": ["no_shard"]}`, `{"fsdp": null, "fsdp_config": null}`, `{"fsdp": ""}`} {
		if _, err := testArgsErr(js); err != nil {
			t.Errorf("%s: %v", js, err)
		}
	}
	_, ck := tinyLlama(t, false, true)
	dir := ck.Path()
	// 10 rows in global batches of 4 leave 2, which do not split over 4
	// devices of per_device_train_batch_size 1.
	run := shardTrain(t, dir, 4, 10, "", filepath.Join(t.TempDir(), "out"), "", 0)
	if run.err == nil || !strings.Contains(run.err.Error(), "per_device_train_batch_size") {
		t.Errorf("uneven last batch: %v", run.err)
	}
}
