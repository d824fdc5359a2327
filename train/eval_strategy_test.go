package train

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// evalEntry is one entry of the log history reduced to what the strategy
// tests compare: its kind (logKind), step and epoch.
type evalEntry struct {
	kind  string
	step  int
	epoch float64
}

func entriesOf(h []LogEntry) []evalEntry {
	var out []evalEntry
	for _, e := range h {
		ep, _ := e["epoch"].(float64)
		st, _ := e["step"].(int)
		out = append(out, evalEntry{logKind(e), st, ep})
	}
	return out
}

// TestEvalStrategyEntries trains llama-tiny on 4 rows (batch 2: 2 steps an
// epoch) with a real evaluation of EvalData and checks that the eval
// entries land in the log history where the HF Trainer puts them: after
// the step's training entry at every eval_steps-th step ("steps"), after
// the last step of each epoch ("epoch"), with HF's keys; and that the last
// epoch's entry is the evaluation of the trained weights.
func TestEvalStrategyEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	b := oneCPUBackend(t)
	ev := raggedRows(4, 6, 3)
	cases := []struct {
		name, args string
		want       []evalEntry
	}{
		{"steps", `{"max_steps": 5, "eval_strategy": "steps", "eval_steps": 2}`, []evalEntry{
			{"loss", 1, 0.5}, {"loss", 2, 1}, {"eval", 2, 1}, {"loss", 3, 1.5}, {"loss", 4, 2}, {"eval", 4, 2},
			// max_steps 5 is off the eval_steps grid: transformers 5.x
			// evaluates the last step anyway.
			{"loss", 5, 2.5}, {"eval", 5, 2.5}, {"train", 5, 2.5}}},
		{"steps on the grid", `{"max_steps": 4, "eval_strategy": "steps", "eval_steps": 2}`, []evalEntry{
			{"loss", 1, 0.5}, {"loss", 2, 1}, {"eval", 2, 1}, {"loss", 3, 1.5}, {"loss", 4, 2}, {"eval", 4, 2},
			{"train", 4, 2}}},
		{"epoch", `{"num_train_epochs": 2, "eval_strategy": "epoch"}`, []evalEntry{
			{"loss", 1, 0.5}, {"loss", 2, 1}, {"eval", 2, 1}, {"loss", 3, 1.5}, {"loss", 4, 2}, {"eval", 4, 2},
			{"train", 4, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := testArgs(t, c.args[:len(c.args)-1]+`, "per_device_train_batch_size": 2, "per_device_eval_batch_size": 2,
				"learning_rate": 1e-2, "logging_steps": 1, "save_strategy": "no", "seed": 5}`)
			tr, err := NewTrainer(loadRunner(t, dir, b), args, lmRows(4, 4), TrainerOptions{NoDropout: true, EvalData: ev, Now: tickClock()})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if _, err := tr.Train(ctx); err != nil {
				t.Fatal(err)
			}
			h := tr.State.LogHistory
			got := entriesOf(h)
			if len(got) != len(c.want) {
				t.Fatalf("log history %v, want %v", got, c.want)
			}
			var evals []LogEntry
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("entry %d: %v, want %v (history %v)", i, got[i], c.want[i], got)
				}
				if got[i].kind == "eval" {
					evals = append(evals, h[i])
				}
			}
			for _, e := range evals {
				// The HF Trainer's keys of an evaluation entry; one clock
				// tick per evaluation: 3 rows, 2 batches.
				if len(e) != 6 || e["eval_runtime"] != 1.0 || e["eval_samples_per_second"] != 3.0 || e["eval_steps_per_second"] != 2.0 {
					t.Errorf("eval entry %v, want eval_loss, eval_runtime 1, eval_samples_per_second 3, eval_steps_per_second 2, epoch, step", e)
				}
			}
			if evals[0]["eval_loss"] == evals[1]["eval_loss"] {
				t.Errorf("eval_loss %v at steps 2 and 4: training changed nothing the evaluation sees", evals[0]["eval_loss"])
			}
			if c.name == "epoch" {
				m, err := tr.Evaluate(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				if m["eval_loss"] != evals[1]["eval_loss"] {
					t.Errorf("eval_loss after training %v, at the last epoch's end %v", m["eval_loss"], evals[1]["eval_loss"])
				}
			}
		})
	}
}

// TestEarlyStoppingRealEvalLoss runs EarlyStoppingCallback (patience 2) on
// real evaluations: llama-tiny learns its 4 training rows, which are also
// the evaluation set, so eval_loss falls at every step; with
// greater_is_better true every evaluation after the first fails to
// improve, and training stops at the third step of ten, after the third
// evaluation.
func TestEarlyStoppingRealEvalLoss(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	rows := lmRows(4, 4)
	args := testArgs(t, `{"max_steps": 10, "per_device_train_batch_size": 4, "per_device_eval_batch_size": 4, "learning_rate": 1e-2,
		"logging_steps": 1, "eval_strategy": "steps", "eval_steps": 1, "metric_for_best_model": "loss", "greater_is_better": true,
		"save_strategy": "no", "seed": 5}`)
	es := NewEarlyStoppingCallback(2, 0)
	tr, err := NewTrainer(loadRunner(t, dir, oneCPUBackend(t)), args, rows, TrainerOptions{NoDropout: true, EvalData: rows, Callbacks: []TrainerCallback{es}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	var losses []float64
	for _, e := range tr.State.LogHistory {
		if v, ok := e["eval_loss"].(float64); ok {
			losses = append(losses, v)
		}
	}
	if len(losses) != 3 || !(losses[0] > losses[1] && losses[1] > losses[2]) {
		t.Fatalf("eval losses %v, want 3 falling ones", losses)
	}
	if st := tr.State; st.GlobalStep != 3 || st.BestMetric == nil || *st.BestMetric != losses[0] || es.Counter != 2 || !tr.Control.ShouldTrainingStop {
		t.Errorf("stopped at step %d, best metric %v, counter %d, want step 3, best %v (the first), counter 2", st.GlobalStep, st.BestMetric, es.Counter, losses[0])
	}
}

// TestEvalEventOrder runs callbackOrderCases' evaluating case with a real
// evaluation of EvalData (3 rows: one batch of per_device_eval_batch_size
// 8) instead of the synthetic hook and checks HF's sequence with the
// evaluation loop's on_prediction_step before each evaluation's on_log
// (evaluation_loop, then log, then on_evaluate).
func TestEvalEventOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	var args, spec string
	var n int
	for _, c := range callbackOrderCases {
		if c.name == "eval_save_steps_log_epoch" {
			args, n, spec = c.args, c.rows, c.want
		}
	}
	if spec == "" {
		t.Fatal("callbackOrderCases has no eval_save_steps_log_epoch")
	}
	var want []string
	for _, e := range expand(spec) {
		if strings.HasSuffix(e, " eval") {
			want = append(want, "on_prediction_step "+strings.Fields(e)[1])
		}
		want = append(want, e)
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	rec := &recorder{}
	rows := lmRows(n, 4)
	tr, err := NewTrainer(loadRunner(t, dir, oneCPUBackend(t)), testArgs(t, args), rows, TrainerOptions{NoDropout: true, EvalData: rows,
		Callbacks:      []TrainerCallback{rec},
		SaveCheckpoint: func(context.Context, string, *TrainerState) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err != nil {
		t.Fatal(err)
	}
	compareEvents(t, rec.events, want)
}
