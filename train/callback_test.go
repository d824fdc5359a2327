package train

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a TrainerCallback that writes every event down as
// "event global_step", on_log with the kind of entry ("loss": a training
// log, "eval": an evaluation's, "train": the train-end one), as
// scripts/callback_order_fixture.py's recorder does in HF.
type recorder struct {
	events []string
	// at, when set, runs after an event is recorded (a test's steering).
	at func(event string, s *TrainerState, c *TrainerControl)
}

func (r *recorder) add(ev string, s *TrainerState, c *TrainerControl, extra string) error {
	e := fmt.Sprintf("%s %d", ev, s.GlobalStep)
	if extra != "" {
		e += " " + extra
	}
	r.events = append(r.events, e)
	if r.at != nil {
		r.at(ev, s, c)
	}
	return nil
}

// logKind names the kind of a log entry.
func logKind(logs LogEntry) string {
	switch {
	case logs["train_runtime"] != nil:
		return "train"
	case logs["eval_loss"] != nil:
		return "eval"
	case logs["loss"] != nil:
		return "loss"
	}
	return "other"
}

func (r *recorder) OnInitEnd(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_init_end", s, c, "")
}
func (r *recorder) OnTrainBegin(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_train_begin", s, c, "")
}
func (r *recorder) OnTrainEnd(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_train_end", s, c, "")
}
func (r *recorder) OnEpochBegin(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_epoch_begin", s, c, "")
}
func (r *recorder) OnEpochEnd(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_epoch_end", s, c, "")
}
func (r *recorder) OnStepBegin(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_step_begin", s, c, "")
}
func (r *recorder) OnPreOptimizerStep(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_pre_optimizer_step", s, c, "")
}
func (r *recorder) OnOptimizerStep(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_optimizer_step", s, c, "")
}
func (r *recorder) OnSubstepEnd(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_substep_end", s, c, "")
}
func (r *recorder) OnStepEnd(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_step_end", s, c, "")
}
func (r *recorder) OnEvaluate(_ *TrainingArguments, s *TrainerState, c *TrainerControl, _ map[string]float64) error {
	return r.add("on_evaluate", s, c, "")
}
func (r *recorder) OnPredict(_ *TrainingArguments, s *TrainerState, c *TrainerControl, _ map[string]float64) error {
	return r.add("on_predict", s, c, "")
}
func (r *recorder) OnSave(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_save", s, c, "")
}
func (r *recorder) OnLog(_ *TrainingArguments, s *TrainerState, c *TrainerControl, logs LogEntry) error {
	return r.add("on_log", s, c, logKind(logs))
}
func (r *recorder) OnPredictionStep(_ *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return r.add("on_prediction_step", s, c, "")
}

// callbackRun trains llama-tiny on rows rows of 4 tokens with args (JSON)
// on one CPU backend (llvm where it is built) with a recorder as the first
// callback after DefaultFlowCallback (then extra), a synthetic evaluation
// (eval_loss from evals in turn, then 1) and a checkpoint writer that
// writes nothing. It returns the trainer, the recorder and Train's error.
func callbackRun(t *testing.T, argsJSON string, rows int, evals []float64, extra ...TrainerCallback) (*Trainer, *recorder, error) {
	t.Helper()
	return callbackRunWith(t, argsJSON, rows, evals, nil, extra...)
}

// callbackRunWith is callbackRun whose checkpoint writer calls save (when
// not nil) with the checkpoint directory.
func callbackRunWith(t *testing.T, argsJSON string, rows int, evals []float64, save func(string) error, extra ...TrainerCallback) (*Trainer, *recorder, error) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	rec := &recorder{}
	n := 0
	opts := TrainerOptions{NoDropout: true, ModelDir: dir, Callbacks: append([]TrainerCallback{rec}, extra...),
		Evaluate: func(context.Context) (map[string]float64, error) {
			v := 1.0
			if n < len(evals) {
				v = evals[n]
			}
			n++
			return map[string]float64{"loss": v}, nil
		},
		SaveCheckpoint: func(_ context.Context, dir string, _ *TrainerState) error {
			if save != nil {
				return save(dir)
			}
			return nil
		},
	}
	tr, err := NewTrainer(loadRunner(t, dir, b), testArgs(t, argsJSON), lmRows(rows, 4), opts)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tr.Train(context.Background())
	return tr, rec, err
}

// expand splits a list of events, one "event step[ extra]" a line, blank
// lines and indentation ignored.
func expand(spec string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		line = strings.TrimSpace(line)
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// callbackOrderCases are the small runs whose event order is checked
// against HF's loop (and, with testdata/callbacks/<name>.json, against a
// recorded HF run). rows are 4-token rows.
var callbackOrderCases = []struct {
	name string
	args string
	rows int
	// want is the sequence HF's loop produces, derived by reading
	// transformers 5.17's trainer.py (/work/hfsrc/trainer.py):
	// _inner_training_loop fires on_train_begin (l.1595) and
	// on_epoch_begin per epoch (l.1601), breaking on should_training_stop
	// (l.1615); _run_epoch counts micro-batches in step, fires
	// on_step_begin when step % gas == 0 (l.1830), after a micro-batch
	// that syncs (the gas-th of a group or the epoch's last, l.1811)
	// on_pre_optimizer_step / on_optimizer_step around optimizer.step()
	// (l.1867-1869), global_step += 1, on_step_end (l.1882) and
	// _maybe_log_save_evaluate, else on_substep_end (l.1894); it breaks on
	// should_epoch_stop or should_training_stop (l.1896-1899), then
	// on_epoch_end (l.1914) and _maybe_log_save_evaluate again;
	// _finalize_training logs the train metrics (on_log) and fires
	// on_train_end (l.1962). _maybe_log_save_evaluate (l.2156) logs when
	// should_log and a step ran since the last log, evaluates
	// (Trainer.evaluate logs the metrics, then on_evaluate, l.2781) and
	// saves (on_save, l.2204). on_init_end is Trainer.__init__'s last
	// event (l.616). The flags are DefaultFlowCallback's
	// (trainer_callback.py).
	want string
}{
	{
		// 5 micro-batches per epoch in groups of 2, 2, 1: 3 updates per
		// epoch, max_steps 6; logs at steps 2, 4, 6.
		name: "accum2_short_last_2epochs",
		args: `{"per_device_train_batch_size": 1, "gradient_accumulation_steps": 2, "num_train_epochs": 2, "logging_steps": 2, "save_strategy": "no", "learning_rate": 1e-3}`,
		rows: 5,
		want: `
on_init_end 0
on_train_begin 0
on_epoch_begin 0
on_step_begin 0
on_substep_end 0
on_pre_optimizer_step 0
on_optimizer_step 0
on_step_end 1
on_step_begin 1
on_substep_end 1
on_pre_optimizer_step 1
on_optimizer_step 1
on_step_end 2
on_log 2 loss
on_step_begin 2
on_pre_optimizer_step 2
on_optimizer_step 2
on_step_end 3
on_epoch_end 3
on_epoch_begin 3
on_step_begin 3
on_substep_end 3
on_pre_optimizer_step 3
on_optimizer_step 3
on_step_end 4
on_log 4 loss
on_step_begin 4
on_substep_end 4
on_pre_optimizer_step 4
on_optimizer_step 4
on_step_end 5
on_step_begin 5
on_pre_optimizer_step 5
on_optimizer_step 5
on_step_end 6
on_log 6 loss
on_epoch_end 6
on_log 6 train
on_train_end 6`,
	},
	{
		// 4 batches an epoch, max_steps 3: training stops mid-epoch; the
		// first step is logged (logging_first_step), then every 2.
		name: "max_steps_mid_epoch",
		args: `{"per_device_train_batch_size": 2, "max_steps": 3, "logging_steps": 2, "logging_first_step": true, "save_strategy": "no", "learning_rate": 1e-3}`,
		rows: 8,
		want: `
on_init_end 0
on_train_begin 0
on_epoch_begin 0
on_step_begin 0
on_pre_optimizer_step 0
on_optimizer_step 0
on_step_end 1
on_log 1 loss
on_step_begin 1
on_pre_optimizer_step 1
on_optimizer_step 1
on_step_end 2
on_log 2 loss
on_step_begin 2
on_pre_optimizer_step 2
on_optimizer_step 2
on_step_end 3
on_epoch_end 3
on_log 3 train
on_train_end 3`,
	},
	{
		// 3 steps an epoch, 2 epochs; logs per epoch, evaluates every 2
		// steps, saves every 3 (and at the end, with the evaluation of
		// step 6 first).
		name: "eval_save_steps_log_epoch",
		args: `{"per_device_train_batch_size": 1, "num_train_epochs": 2, "logging_strategy": "epoch", "eval_strategy": "steps", "eval_steps": 2, "save_strategy": "steps", "save_steps": 3, "learning_rate": 1e-3}`,
		rows: 3,
		want: `
on_init_end 0
on_train_begin 0
on_epoch_begin 0
on_step_begin 0
on_pre_optimizer_step 0
on_optimizer_step 0
on_step_end 1
on_step_begin 1
on_pre_optimizer_step 1
on_optimizer_step 1
on_step_end 2
on_log 2 eval
on_evaluate 2
on_step_begin 2
on_pre_optimizer_step 2
on_optimizer_step 2
on_step_end 3
on_save 3
on_epoch_end 3
on_log 3 loss
on_epoch_begin 3
on_step_begin 3
on_pre_optimizer_step 3
on_optimizer_step 3
on_step_end 4
on_log 4 eval
on_evaluate 4
on_step_begin 4
on_pre_optimizer_step 4
on_optimizer_step 4
on_step_end 5
on_step_begin 5
on_pre_optimizer_step 5
on_optimizer_step 5
on_step_end 6
on_log 6 eval
on_evaluate 6
on_save 6
on_epoch_end 6
on_log 6 loss
on_log 6 train
on_train_end 6`,
	},
}

// TestCallbackEventOrder runs each small case and compares the recorded
// events with HF's sequence, written down in callbackOrderCases.
func TestCallbackEventOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	for _, c := range callbackOrderCases {
		t.Run(c.name, func(t *testing.T) {
			_, rec, err := callbackRun(t, c.args, c.rows, nil)
			if err != nil {
				t.Fatal(err)
			}
			compareEvents(t, rec.events, expand(c.want))
		})
	}
}

// compareEvents reports the first difference of two event sequences.
func compareEvents(t *testing.T, got, want []string) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		g, w := "(none)", "(none)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("event %d: got %q, want %q\ngot:  %s\nwant: %s", i, g, w, strings.Join(got, ", "), strings.Join(want, ", "))
		}
	}
}
