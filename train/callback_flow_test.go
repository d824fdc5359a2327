package train

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestCallbackHandlerResets: each event clears HF's flags
// (trainer_callback.py's CallbackHandler) before the callbacks run, and
// callbacks run in order on the same control.
func TestCallbackHandlerResets(t *testing.T) {
	all := TrainerControl{true, true, true, true, true}
	h := NewCallbackHandler()
	a, s := DefaultTrainingArguments(), &TrainerState{}
	for _, c := range []struct {
		event string
		fire  func(*TrainerControl) error
		want  TrainerControl
	}{
		{"on_init_end", func(c *TrainerControl) error { return h.OnInitEnd(&a, s, c) }, all},
		{"on_train_begin", func(c *TrainerControl) error { return h.OnTrainBegin(&a, s, c) },
			TrainerControl{ShouldEpochStop: true, ShouldSave: true, ShouldEvaluate: true, ShouldLog: true}},
		{"on_epoch_begin", func(c *TrainerControl) error { return h.OnEpochBegin(&a, s, c) },
			TrainerControl{ShouldTrainingStop: true, ShouldSave: true, ShouldEvaluate: true, ShouldLog: true}},
		{"on_step_begin", func(c *TrainerControl) error { return h.OnStepBegin(&a, s, c) },
			TrainerControl{ShouldTrainingStop: true, ShouldEpochStop: true}},
		{"on_evaluate", func(c *TrainerControl) error { return h.OnEvaluate(&a, s, c, nil) },
			TrainerControl{true, true, true, false, true}},
		{"on_save", func(c *TrainerControl) error { return h.OnSave(&a, s, c) },
			TrainerControl{true, true, false, true, true}},
		{"on_log", func(c *TrainerControl) error { return h.OnLog(&a, s, c, LogEntry{}) },
			TrainerControl{true, true, true, true, false}},
		{"on_step_end", func(c *TrainerControl) error { return h.OnStepEnd(&a, s, c) }, all},
		{"on_substep_end", func(c *TrainerControl) error { return h.OnSubstepEnd(&a, s, c) }, all},
		{"on_epoch_end", func(c *TrainerControl) error { return h.OnEpochEnd(&a, s, c) }, all},
		{"on_pre_optimizer_step", func(c *TrainerControl) error { return h.OnPreOptimizerStep(&a, s, c) }, all},
		{"on_optimizer_step", func(c *TrainerControl) error { return h.OnOptimizerStep(&a, s, c) }, all},
		{"on_train_end", func(c *TrainerControl) error { return h.OnTrainEnd(&a, s, c) }, all},
		{"on_predict", func(c *TrainerControl) error { return h.OnPredict(&a, s, c, nil) }, all},
		{"on_prediction_step", func(c *TrainerControl) error { return h.OnPredictionStep(&a, s, c) }, all},
	} {
		ctl := all
		if err := c.fire(&ctl); err != nil {
			t.Fatal(err)
		}
		if ctl != c.want {
			t.Errorf("%s: control %+v, want %+v", c.event, ctl, c.want)
		}
	}

	// Order, the shared control and errors naming the callback and event.
	var order []string
	first := &funcCallback{name: "a", order: &order, set: func(c *TrainerControl) { c.ShouldLog = true }}
	second := &funcCallback{name: "b", order: &order, check: func(c *TrainerControl) error {
		if !c.ShouldLog {
			return errors.New("b did not see a's change")
		}
		return errors.New("refused")
	}}
	third := &funcCallback{name: "c", order: &order}
	h = NewCallbackHandler(first, nil, second, third)
	var ctl TrainerControl
	err := h.OnStepEnd(&a, s, &ctl)
	if err == nil || err.Error() != "callback funcCallback: on_step_end: refused" {
		t.Errorf("OnStepEnd error %v", err)
	}
	if strings.Join(order, " ") != "a b" || len(h.Callbacks()) != 3 {
		t.Errorf("called %v of %d callbacks", order, len(h.Callbacks()))
	}
}

// funcCallback acts in OnStepEnd: it records its name, applies set, then
// returns check's error.
type funcCallback struct {
	BaseCallback
	name  string
	order *[]string
	set   func(*TrainerControl)
	check func(*TrainerControl) error
}

func (f *funcCallback) OnStepEnd(_ *TrainingArguments, _ *TrainerState, c *TrainerControl) error {
	*f.order = append(*f.order, f.name)
	if f.set != nil {
		f.set(c)
	}
	if f.check != nil {
		return f.check(c)
	}
	return nil
}

// TestDefaultFlowCallback checks DefaultFlowCallback's flags against
// trainer_callback.py's rules for a few arguments and states.
func TestDefaultFlowCallback(t *testing.T) {
	type flags struct{ log, eval, save, stop bool }
	cases := []struct {
		name  string
		args  string
		state TrainerState
		epoch bool // on_epoch_end instead of on_step_end
		want  flags
	}{
		{"first step", `{"logging_first_step": true, "logging_steps": 5, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 1, MaxSteps: 10, LoggingSteps: 5}, false, flags{log: true}},
		{"log interval", `{"logging_steps": 5, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 10, MaxSteps: 20, LoggingSteps: 5}, false, flags{log: true}},
		{"between logs", `{"logging_steps": 5, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 7, MaxSteps: 20, LoggingSteps: 5}, false, flags{}},
		{"epoch logging ignores steps", `{"logging_strategy": "epoch", "save_strategy": "no"}`,
			TrainerState{GlobalStep: 500, MaxSteps: 1000, LoggingSteps: 500}, false, flags{}},
		{"eval steps", `{"eval_strategy": "steps", "eval_steps": 4, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 8, MaxSteps: 20, LoggingSteps: 500, EvalSteps: 4}, false, flags{eval: true}},
		{"eval delay", `{"eval_strategy": "steps", "eval_steps": 4, "eval_delay": 9, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 8, MaxSteps: 20, LoggingSteps: 500, EvalSteps: 4}, false, flags{}},
		{"save steps", `{"save_steps": 3}`,
			TrainerState{GlobalStep: 6, MaxSteps: 20, LoggingSteps: 500, SaveSteps: 3}, false, flags{save: true}},
		{"max steps saves", `{"save_steps": 3}`,
			TrainerState{GlobalStep: 7, MaxSteps: 7, LoggingSteps: 500, SaveSteps: 3}, false, flags{save: true, stop: true}},
		{"max steps, save best", `{"save_strategy": "best", "metric_for_best_model": "loss", "eval_strategy": "epoch"}`,
			TrainerState{GlobalStep: 7, MaxSteps: 7, LoggingSteps: 500, SaveSteps: 500}, false, flags{stop: true}},
		{"max steps, no save", `{"save_strategy": "no"}`,
			TrainerState{GlobalStep: 9, MaxSteps: 7, LoggingSteps: 500}, false, flags{stop: true}},
		{"epoch end, step strategies", `{"logging_steps": 1, "eval_strategy": "steps", "eval_steps": 1}`,
			TrainerState{GlobalStep: 3, MaxSteps: 9, LoggingSteps: 1, EvalSteps: 1, SaveSteps: 500, Epoch: 1}, true, flags{}},
		{"epoch end, epoch strategies", `{"logging_strategy": "epoch", "eval_strategy": "epoch", "save_strategy": "epoch"}`,
			TrainerState{GlobalStep: 3, MaxSteps: 9, Epoch: 1}, true, flags{log: true, eval: true, save: true}},
		{"epoch end, eval delay", `{"eval_strategy": "epoch", "eval_delay": 1.5, "save_strategy": "no"}`,
			TrainerState{GlobalStep: 3, MaxSteps: 9, Epoch: 1}, true, flags{}},
	}
	for _, c := range cases {
		a := testArgs(t, c.args)
		var ctl TrainerControl
		var f DefaultFlowCallback
		var err error
		if c.epoch {
			err = f.OnEpochEnd(&a, &c.state, &ctl)
		} else {
			err = f.OnStepEnd(&a, &c.state, &ctl)
		}
		if err != nil {
			t.Fatal(err)
		}
		got := flags{ctl.ShouldLog, ctl.ShouldEvaluate, ctl.ShouldSave, ctl.ShouldTrainingStop}
		if got != c.want || ctl.ShouldEpochStop {
			t.Errorf("%s: %+v (epoch stop %v), want %+v", c.name, got, ctl.ShouldEpochStop, c.want)
		}
	}
}

// TestTrainerHooksRequired: strategies whose work needs a hook are errors
// naming the field without it, and accepted with it.
func TestTrainerHooksRequired(t *testing.T) {
	eval := func(context.Context) (map[string]float64, error) { return nil, nil }
	save := func(context.Context, string, *TrainerState) error { return nil }
	for _, c := range []struct {
		args string
		opts TrainerOptions
		want string
	}{
		{`{"eval_strategy": "steps", "eval_steps": 2, "save_strategy": "no"}`, TrainerOptions{}, `field "eval_strategy": "steps" needs an evaluation dataset`},
		{`{"eval_strategy": "epoch", "save_strategy": "no"}`, TrainerOptions{SaveCheckpoint: save}, `field "eval_strategy": "epoch"`},
		{`{}`, TrainerOptions{}, `field "save_strategy": "steps" needs a checkpoint writer`},
		{`{"save_strategy": "epoch"}`, TrainerOptions{Evaluate: eval}, `field "save_strategy": "epoch"`},
		{`{"save_strategy": "best", "eval_strategy": "epoch"}`, TrainerOptions{Evaluate: eval, SaveCheckpoint: save}, `field "metric_for_best_model"`},
		{`{"save_strategy": "no"}`, TrainerOptions{}, ""},
		{`{"eval_strategy": "epoch", "save_strategy": "epoch"}`, TrainerOptions{Evaluate: eval, SaveCheckpoint: save}, ""},
		{`{"save_strategy": "best", "eval_strategy": "epoch", "metric_for_best_model": "accuracy"}`, TrainerOptions{Evaluate: eval, SaveCheckpoint: save}, ""},
	} {
		a := testArgs(t, c.args)
		err := a.checkHooks(c.opts)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: checkHooks = %v, want %q", c.args, err, c.want)
		}
	}
}
