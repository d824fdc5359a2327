package train

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// oneCPUBackend is llvm where it runs (a whole-model step compiles in
// seconds), else interp.
func oneCPUBackend(t *testing.T) backends.Backend {
	t.Helper()
	bs := testbackends.CPU(t)
	if b, ok := bs["llvm"]; ok {
		return b
	}
	return bs["interp"]
}

// loadRunner loads a model directory on b.
func loadRunner(t *testing.T, dir string, b backends.Backend) *models.Runner {
	t.Helper()
	return fixture.Runner(t, dir, b)
}

// lmRows are n causal-LM rows of length seq (labels = ids).
func lmRows(n, seq int) *Dataset {
	ds := &Dataset{Path: "rows.jsonl"}
	for i := 0; i < n; i++ {
		ex := Example{Line: i + 1}
		for j := 0; j < seq; j++ {
			id := int64(3 + (i*37+j*11)%500)
			ex.InputIDs = append(ex.InputIDs, id)
			ex.Labels.Ints = append(ex.Labels.Ints, id)
			ex.Labels.Values = append(ex.Labels.Values, float64(id))
		}
		ex.Labels.List = true
		ds.Rows = append(ds.Rows, ex)
	}
	return ds
}

func testArgs(t *testing.T, js string) TrainingArguments {
	t.Helper()
	a, err := ParseTrainingArguments([]byte(js), "training_args.json")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestTrainerLlamaThreeSteps trains llama-tiny 3 steps (2 per epoch) and
// checks the loop against the same steps applied by hand with one Step on
// a second Runner (same order, same learning rates), the log history and
// trainer_state.json against the HF Trainer's arithmetic, and that the
// saved model reloads with the trained weights.
func TestTrainerLlamaThreeSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	r := loadRunner(t, dir, b)
	args := testArgs(t, `{"max_steps": 3, "per_device_train_batch_size": 2, "learning_rate": 1e-3,
		"logging_steps": 1, "warmup_steps": 1, "weight_decay": 0.01, "seed": 7, "report_to": "none", "save_strategy": "no"}`)
	data := lmRows(4, 6)
	clock := time.Unix(0, 0)
	var logged []LogEntry
	tr, err := NewTrainer(r, args, data, TrainerOptions{NoDropout: true, ModelDir: dir, OnLog: func(e LogEntry) { logged = append(logged, e) },
		Now: func() time.Time { clock = clock.Add(time.Second); return clock }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	out, err := tr.Train(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.State
	if out.GlobalStep != 3 || st.GlobalStep != 3 || st.MaxSteps != 3 || st.NumTrainEpochs != 2 || len(st.LogHistory) != 4 || len(logged) != 4 {
		t.Fatalf("global_step %d/%d, max_steps %d, epochs %d, %d log entries (%d seen)", out.GlobalStep, st.GlobalStep, st.MaxSteps, st.NumTrainEpochs, len(st.LogHistory), len(logged))
	}

	// The same steps by hand: epoch orders from the same seed.
	ref := loadRunner(t, dir, b)
	coll, err := NewCollator(ref.Model(), ir.Float32)
	if err != nil {
		t.Fatal(err)
	}
	opt, err := args.OptimizerConfig()
	if err != nil {
		t.Fatal(err)
	}
	step, err := NewStep(ctx, ref, models.Spec{Batch: 2, Seq: 6, Labels: true}, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1})
	if err != nil {
		t.Fatal(err)
	}
	var batches [][]Example
	for e := 0; e < 2; e++ {
		batches = append(batches, tr.batches(tr.epochOrder(e))...)
	}
	sched, err := args.Schedule(3)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for k := 0; k < 3; k++ {
		in, _, err := coll.Collate(batches[k])
		if err != nil {
			t.Fatal(err)
		}
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{in}, sched.LR(k))
		if err != nil {
			t.Fatal(err)
		}
		lt, _ := res.Loss.Download()
		nt, _ := res.GradNorm.Download()
		res.Free()
		loss, norm := float64(float32(lt.Float64s()[0])), nt.Float64s()[0]
		sum += loss
		e := st.LogHistory[k]
		want := LogEntry{"loss": loss, "grad_norm": norm, "learning_rate": sched.LR(k), "epoch": float64(k+1) / 2, "step": k + 1}
		for key, w := range want {
			if e[key] != w {
				t.Errorf("log %d: %s = %v, want %v (entry %v)", k, key, e[key], w, e)
			}
		}
		if len(e) != len(want) {
			t.Errorf("log %d has keys %v", k, e)
		}
	}
	end := st.LogHistory[3]
	if math.Abs(end["train_loss"].(float64)-sum/3) > 1e-12 || end["step"] != 3 || end["epoch"] != 1.5 {
		t.Errorf("train-end entry %v, want train_loss %v", end, sum/3)
	}
	// Two clock reads: 1 s of runtime; 3 steps x 2 rows.
	if end["train_runtime"] != 1.0 || end["train_samples_per_second"] != 6.0 || end["train_steps_per_second"] != 3.0 {
		t.Errorf("speed metrics %v", end)
	}
	flos := 6.0 * 12 * float64(tr.paramsNoEmbed) * 3
	if tr.paramsNoEmbed == 0 || st.TotalFlos != flos || end["total_flos"] != flos {
		t.Errorf("total_flos %v (entry %v), want %v", st.TotalFlos, end["total_flos"], flos)
	}

	outDir := filepath.Join(t.TempDir(), "out")
	if err := tr.SaveModel(outDir); err != nil {
		t.Fatal(err)
	}
	if err := tr.SaveState(outDir); err != nil {
		t.Fatal(err)
	}
	checkStateFile(t, outDir, 3)
	checkSavedModel(t, outDir, dir, r, b)
}

// checkStateFile reads trainer_state.json back.
func checkStateFile(t *testing.T, dir string, steps int) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "trainer_state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var st map[string]any
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatalf("trainer_state.json: %v\n%s", err, data)
	}
	for k, want := range map[string]any{"global_step": float64(steps), "max_steps": float64(steps), "best_metric": nil,
		"logging_steps": float64(1), "train_batch_size": float64(2), "is_world_process_zero": true} {
		if st[k] != want {
			t.Errorf("trainer_state.json %s = %v, want %v", k, st[k], want)
		}
	}
	if h, _ := st["log_history"].([]any); len(h) != steps+1 {
		t.Errorf("log_history has %d entries, want %d", len(h), steps+1)
	}
	if !strings.HasPrefix(string(data), "{\n  \"best_global_step\": null,\n  \"best_metric\": null,") || !strings.HasSuffix(string(data), "}\n") {
		t.Errorf("trainer_state.json is not indent-2 sorted JSON:\n%.200s", data)
	}
}

// checkSavedModel reloads dir with auto.Load and compares its logits with
// the trained Runner's; the config says float32 and the tokenizer files
// were copied.
func checkSavedModel(t *testing.T, dir, src string, trained *models.Runner, b backends.Backend) {
	t.Helper()
	ctx := context.Background()
	m, err := auto.Load(ctx, dir, auto.Options{Backend: b.Name(), StrictWeights: true})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.Config.Common().DType != "float32" {
		t.Errorf("saved config dtype %q, want float32", m.Config.Common().DType)
	}
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 5}, []int64{1, 17, 42, 99, 7})
	spec := models.Spec{Batch: 1, Seq: 5}
	got, err := m.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	want, err := trained.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	// The saved config says float32, so the reloaded decoder computes its
	// rotary frequencies unrounded where the bf16 checkpoint's were
	// rounded (DecoderConfig.RopeBufferDType): close, not equal.
	g, w := got[models.OutputLogits].Float64s(), want[models.OutputLogits].Float64s()
	for i := range w {
		if math.Abs(g[i]-w[i]) > 1e-3 {
			t.Fatalf("saved model's logit %d = %v, the trained model's %v", i, g[i], w[i])
		}
	}
	// The tensors themselves are the trained buffers, bit for bit.
	saved, meta, err := tensor.ReadSafetensors(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if meta["format"] != "pt" {
		t.Errorf("metadata %v, want format pt", meta)
	}
	for name, x := range saved {
		buf, err := trained.Session().Download(name)
		if err != nil {
			t.Fatalf("saved tensor %s: %v", name, err)
		}
		if x.DType != ir.Float32 || !x.Equal(buf) {
			t.Errorf("saved tensor %s (%s) differs from the trained buffer", name, x.Type())
		}
	}
	// The trained weights differ from the checkpoint's.
	orig := loadRunner(t, src, b)
	before, err := orig.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	if before[models.OutputLogits].Float64s()[0] == g[0] {
		t.Errorf("the saved model's logits equal the untrained checkpoint's")
	}
	for _, f := range []string{"tokenizer.json", "tokenizer_config.json", "generation_config.json"} {
		if _, err := os.Stat(filepath.Join(src, f)); err == nil {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("%s was not copied: %v", f, err)
			}
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary %s left in the output directory", e.Name())
		}
	}
}

// clsRows are n BERT classification rows of 6 tokens (the last one
// padding) with classes 0..2.
func clsRows(n int) *Dataset {
	ds := &Dataset{Path: "cls.jsonl"}
	for i := 0; i < n; i++ {
		ex := Example{Line: i + 1, InputIDs: []int64{101, int64(2000 + i), int64(3000 + 7*i), 1012, 102, 0},
			AttentionMask: []int64{1, 1, 1, 1, 1, 0}, TokenTypeIDs: []int64{0, 0, 0, 0, 0, 0}}
		ex.Labels.Ints, ex.Labels.Values = []int64{int64(i % 3)}, []float64{float64(i % 3)}
		ds.Rows = append(ds.Rows, ex)
	}
	return ds
}

// TestTrainerLoggingStrategies trains bert-tiny-cls 2 epochs of 2 steps
// under each logging setting and checks which steps log, as the HF
// Trainer's DefaultFlowCallback decides: logging_first_step adds step 1,
// "epoch" logs at each epoch's end, "no" logs only the train-end entry, a
// ratio below 1 is of max_steps; a log's loss is the float32 sum of the
// step losses since the last log over their count, and train_loss the
// mean of all of them.
func TestTrainerLoggingStrategies(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "bert-tiny-cls")
	b := oneCPUBackend(t)
	run := func(extra string) *Trainer {
		t.Helper()
		args := testArgs(t, `{"num_train_epochs": 2, "per_device_train_batch_size": 2, "learning_rate": 1e-2, "save_strategy": "no", `+extra+`}`)
		tr, err := NewTrainer(loadRunner(t, dir, b), args, clsRows(4), TrainerOptions{NoDropout: true, ModelDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(context.Background()); err != nil {
			t.Fatal(err)
		}
		return tr
	}
	every := run(`"logging_steps": 1`).State.LogHistory
	if len(every) != 5 {
		t.Fatalf("logging_steps 1: %v", every)
	}
	step := make([]float32, 5) // by step, 1-based
	for i := 1; i <= 4; i++ {
		step[i] = float32(every[i-1]["loss"].(float64))
	}
	mean := func(from, to int) float64 { // steps from..to
		var sum float32
		for k := from; k <= to; k++ {
			sum += step[k]
		}
		return float64(sum) / float64(to-from+1)
	}
	cases := []struct {
		extra string
		steps []int
		loss  []float64
	}{
		{`"logging_strategy": "epoch", "logging_first_step": true`, []int{1, 2, 4}, []float64{mean(1, 1), mean(2, 2), mean(3, 4)}},
		{`"logging_strategy": "no"`, nil, nil},
		{`"logging_steps": 0.75`, []int{3}, []float64{mean(1, 3)}}, // ceil(0.75 x 4)
	}
	for _, c := range cases {
		tr := run(c.extra)
		h := tr.State.LogHistory
		if len(h) != len(c.steps)+1 {
			t.Fatalf("%s: log_history %v, want steps %v and the train-end entry", c.extra, h, c.steps)
		}
		for i, s := range c.steps {
			if h[i]["step"] != s || h[i]["epoch"] != float64(s)/2 || h[i]["loss"] != c.loss[i] {
				t.Errorf("%s: entry %d %v, want step %d, loss %v", c.extra, i, h[i], s, c.loss[i])
			}
		}
		end := h[len(h)-1]
		if got, want := end["train_loss"].(float64), trainLossOf(c.steps, step); got != want {
			t.Errorf("%s: train_loss %v, want %v", c.extra, got, want)
		}
		if c.steps != nil {
			continue
		}
		// The classifier saves and reloads too; a save that fails leaves
		// nothing in the directory.
		out := filepath.Join(t.TempDir(), "out")
		if err := tr.Save(out); err != nil {
			t.Fatal(err)
		}
		checkSavedModel(t, out, dir, tr.runner, b)
		bad := t.TempDir()
		tr.opts.ModelDir = t.TempDir() // no checkpoint there
		if err := tr.Save(bad); err == nil {
			t.Errorf("Save without a source checkpoint succeeded")
		}
		if left, _ := os.ReadDir(bad); len(left) != 0 {
			t.Errorf("a failed Save left %v", left)
		}
	}
}

// trainLossOf is _total_loss_scalar / global_step for 4 steps logged at
// logged: the float32 sums between logs (and after the last) added in
// float64.
func trainLossOf(logged []int, step []float32) float64 {
	var total float64
	last := 0
	for _, s := range append(append([]int(nil), logged...), 4) {
		if s <= last {
			continue
		}
		var sum float32
		for k := last + 1; k <= s; k++ {
			sum += step[k]
		}
		total += float64(sum)
		last = s
	}
	return total / 4
}
