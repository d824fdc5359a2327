package train

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// keysOf is m's keys, sorted.
func keysOf(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestEarlyStoppingResume: early stopping with patience 2 over an
// evaluation every step (eval_loss 1, 0.9, 0.95, 0.95, then 1) stops at
// step 4. The same run interrupted at step 3 — one bad evaluation counted
// — and resumed with restore_callback_states_from_checkpoint stops at step
// 4 too, with the same log history, and the callback the resumed run was
// made with (patience 5) took the checkpoint's patience and counter, as
// HF's _load_callback_state rebuilds it from the saved args. Resumed
// without restoring (HF's default), the counter starts again and training
// stops a step later. The checkpoint's stateful_callbacks have HF's keys
// and nesting.
func TestEarlyStoppingResume(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training runs")
	}
	b := oneCPUBackend(t)
	tc := resumeCase{name: "gpt2_early", dir: filepath.Join("..", "testdata", "models", "gpt2-tiny"),
		args: `"logging_steps": 1, "eval_strategy": "steps", "eval_steps": 1, "metric_for_best_model": "loss"`,
		rows: 4, steps: 8, stop: 3}
	evals := map[int]float64{1: 1, 2: 0.9, 3: 0.95, 4: 0.95}
	root := t.TempDir()
	full, err := ckptTrainEval(t, b, tc, filepath.Join(root, "full"), "", 0, evals, NewEarlyStoppingCallback(2, 0))
	if err != nil {
		t.Fatal(err)
	}
	if full.State.GlobalStep != 4 {
		t.Fatalf("uninterrupted run stopped at step %d, want 4", full.State.GlobalStep)
	}
	cut := filepath.Join(root, "cut")
	_, err = ckptTrainEval(t, b, tc, cut, "", tc.stop, evals, NewEarlyStoppingCallback(2, 0))
	var ie *InterruptedError
	if !errors.As(err, &ie) || ie.Step != 3 {
		t.Fatalf("interrupted run: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(cut, "checkpoint-3", TrainerStateFile))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Stateful map[string]map[string]map[string]any `json:"stateful_callbacks"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	layout := map[string][]string{}
	for name, st := range doc.Stateful {
		for _, part := range []string{"args", "attributes"} {
			layout[name+"."+part] = keysOf(st[part])
		}
		if len(st) != 2 {
			t.Errorf("stateful_callbacks.%s has %d keys, want args and attributes", name, len(st))
		}
	}
	wantLayout := map[string][]string{
		"EarlyStoppingCallback.args":       {"early_stopping_patience", "early_stopping_threshold"},
		"EarlyStoppingCallback.attributes": {"early_stopping_patience_counter"},
		"TrainerControl.args":              {"should_epoch_stop", "should_evaluate", "should_log", "should_save", "should_training_stop"},
		"TrainerControl.attributes":        {},
	}
	if !reflect.DeepEqual(layout, wantLayout) {
		t.Errorf("stateful_callbacks layout %v, want %v", layout, wantLayout)
	}
	if c := doc.Stateful["EarlyStoppingCallback"]["attributes"]["early_stopping_patience_counter"]; c != 1.0 {
		t.Errorf("saved counter %v, want 1 (one bad evaluation)", c)
	}

	// Resumed without the callback states: the counter restarts.
	fresh := filepath.Join(root, "fresh")
	if err := os.CopyFS(fresh, os.DirFS(cut)); err != nil {
		t.Fatal(err)
	}
	notRestored, err := ckptTrainEval(t, b, tc, fresh, `, "resume_from_checkpoint": true`, 0, evals, NewEarlyStoppingCallback(2, 0))
	if err != nil {
		t.Fatal(err)
	}
	if notRestored.State.GlobalStep != 5 {
		t.Errorf("resumed without restoring: stopped at %d, want 5 (the counter starts at 0)", notRestored.State.GlobalStep)
	}

	es := NewEarlyStoppingCallback(5, 0.5)
	resumed, err := ckptTrainEval(t, b, tc, cut, `, "resume_from_checkpoint": true, "restore_callback_states_from_checkpoint": true`, 0, evals, es)
	if err != nil {
		t.Fatal(err)
	}
	if resumed.State.GlobalStep != 4 {
		t.Errorf("resumed run stopped at step %d, want 4 as the uninterrupted run", resumed.State.GlobalStep)
	}
	if es.Patience != 2 || es.Threshold != 0 || es.Counter != 2 {
		t.Errorf("restored callback: patience %d threshold %v counter %d, want the checkpoint's 2 and 0, counted to 2", es.Patience, es.Threshold, es.Counter)
	}
	if !reflect.DeepEqual(full.State.LogHistory, resumed.State.LogHistory) {
		t.Errorf("log history differs:\nfull    %v\nresumed %v", full.State.LogHistory, resumed.State.LogHistory)
	}
}

// stateOf is a stateful_callbacks entry as ReadTrainerState returns it.
func stateOf(args, attrs map[string]any) map[string]any {
	return map[string]any{"args": args, "attributes": attrs}
}

// TestLoadCallbackState: HF's matching rules. Several callbacks of one
// type take the saved list in order (zip: a state or a callback left over
// stays as it is); restored callbacks move to the end of the list, as HF
// removes them and adds the rebuilt ones; the control is restored; a type
// the Trainer has no callback of is ignored and listed; unknown args,
// wrong types and callbacks that cannot restore are errors naming the
// entry.
func TestLoadCallbackState(t *testing.T) {
	es := func(p int, c int) map[string]any {
		return stateOf(map[string]any{"early_stopping_patience": p, "early_stopping_threshold": 0.25}, map[string]any{"early_stopping_patience_counter": c})
	}
	a, b, rec := NewEarlyStoppingCallback(9, 0), NewEarlyStoppingCallback(9, 0), &recorder{}
	tr := &Trainer{handler: NewCallbackHandler(DefaultFlowCallback{}, a, rec, b)}
	err := tr.loadCallbackState(map[string]any{
		"EarlyStoppingCallback": []any{es(2, 1), es(3, 0), es(4, 4)},
		"TrainerControl":        stateOf(map[string]any{"should_save": true, "should_log": false}, map[string]any{}),
		"GoneCallback":          stateOf(nil, nil),
	}, "trainer_state.json")
	if err != nil {
		t.Fatal(err)
	}
	if a.Patience != 2 || a.Counter != 1 || a.Threshold != 0.25 || b.Patience != 3 || b.Counter != 0 {
		t.Errorf("restored %+v and %+v", *a, *b)
	}
	if !reflect.DeepEqual(tr.handler.Callbacks(), []TrainerCallback{DefaultFlowCallback{}, rec, a, b}) {
		t.Errorf("callback order %v", tr.handler.Callbacks())
	}
	if !tr.Control.ShouldSave || tr.Control.ShouldLog || tr.Control.ShouldTrainingStop {
		t.Errorf("control %+v", tr.Control)
	}
	if got := tr.IgnoredCallbackStates(); !reflect.DeepEqual(got, []string{"GoneCallback"}) {
		t.Errorf("ignored %v", got)
	}

	// One saved state, two callbacks: the first takes it and moves last.
	a, b = NewEarlyStoppingCallback(9, 0), NewEarlyStoppingCallback(9, 0)
	tr = &Trainer{handler: NewCallbackHandler(DefaultFlowCallback{}, a, b)}
	if err := tr.loadCallbackState(map[string]any{"EarlyStoppingCallback": es(2, 1)}, "s.json"); err != nil {
		t.Fatal(err)
	}
	if a.Patience != 2 || b.Patience != 9 || !reflect.DeepEqual(tr.handler.Callbacks(), []TrainerCallback{DefaultFlowCallback{}, b, a}) {
		t.Errorf("one state for two callbacks: %+v %+v, order %v", *a, *b, tr.handler.Callbacks())
	}
	// Args left out take HF's defaults (patience 1, threshold 0).
	if err := a.RestoreCallbackState(CallbackState{}); err != nil || a.Patience != 1 || a.Threshold != 0 || a.Counter != 0 {
		t.Errorf("defaults: %+v, %v", *a, err)
	}

	if a, err := ParseTrainingArguments([]byte(`{"restore_callback_states_from_checkpoint": true}`), "a.json"); err != nil || !a.RestoreCallbackStatesFromCheckpoint {
		t.Errorf("restore_callback_states_from_checkpoint true: %v, %v", a.RestoreCallbackStatesFromCheckpoint, err)
	}
	if DefaultTrainingArguments().RestoreCallbackStatesFromCheckpoint {
		t.Errorf("restore_callback_states_from_checkpoint defaults to true, HF's is false")
	}

	for _, c := range []struct {
		state map[string]any
		want  []string
	}{
		{map[string]any{"EarlyStoppingCallback": stateOf(map[string]any{"patience": 2}, nil)}, []string{"s.json", "stateful_callbacks.EarlyStoppingCallback", `"patience"`}},
		{map[string]any{"EarlyStoppingCallback": stateOf(map[string]any{"early_stopping_patience": 1.5}, nil)}, []string{`"early_stopping_patience"`, "integer"}},
		{map[string]any{"EarlyStoppingCallback": []any{"x", es(1, 0)}}, []string{"EarlyStoppingCallback[0]", "object"}},
		{map[string]any{"TrainerControl": stateOf(map[string]any{"should_save": "yes"}, nil)}, []string{"TrainerControl", `"should_save"`, "bool"}},
		{map[string]any{"recorder": stateOf(nil, nil)}, []string{"recorder", "ExportableState"}},
	} {
		tr := &Trainer{handler: NewCallbackHandler(DefaultFlowCallback{}, NewEarlyStoppingCallback(1, 0), &recorder{})}
		err := tr.loadCallbackState(c.state, "s.json")
		for _, w := range c.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%v: error %v, want one mentioning %s", c.state, err, w)
			}
		}
	}
}
