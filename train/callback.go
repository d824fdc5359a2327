package train

import (
	"fmt"
	"reflect"
)

// TrainerControl is transformers' TrainerControl (trainer_callback.py,
// 5.x): the switches callbacks set to steer the Trainer's loop. The
// CallbackHandler resets them at HF's points: ShouldTrainingStop at
// on_train_begin (_new_training), ShouldEpochStop at on_epoch_begin
// (_new_epoch), ShouldLog, ShouldEvaluate and ShouldSave at on_step_begin
// (_new_step); besides, on_log clears ShouldLog, on_evaluate
// ShouldEvaluate and on_save ShouldSave before calling the callbacks.
type TrainerControl struct {
	// ShouldTrainingStop ends training after the current step (the epoch
	// still ends: on_epoch_end, then the train-end log and on_train_end).
	ShouldTrainingStop bool
	// ShouldEpochStop ends the current epoch after the current step.
	ShouldEpochStop bool
	// ShouldSave saves a checkpoint (TrainerOptions.SaveCheckpoint) at the
	// end of the step or epoch.
	ShouldSave bool
	// ShouldEvaluate evaluates (TrainerOptions.Evaluate) at the end of the
	// step or epoch.
	ShouldEvaluate bool
	// ShouldLog appends a training log entry at the end of the step or
	// epoch (when a step ran since the last one).
	ShouldLog bool
}

// TrainerCallback receives the events of the Trainer's loop, as
// transformers' TrainerCallback: each gets the run's arguments (which it
// must not modify), the state and the control, which it may change to
// steer the loop. OnLog also gets the entry logged (without "step", as HF
// passes it; a callback may modify it, the log history keeps its own copy),
// OnEvaluate and OnPredict the evaluation's metrics. An error ends Train
// with that error, naming the event and the callback. Embed BaseCallback
// to implement only some events.
//
// Where kiln's events differ from HF's: one compiled program runs a whole
// optimizer step (the forward and backward passes of every micro-batch,
// clipping and the update), so OnSubstepEnd for the micro-batches before the
// last fires before that program runs, and OnPreOptimizerStep and
// OnOptimizerStep both fire after it (the gradients are not visible on the
// host in between). The order of the events is HF's.
type TrainerCallback interface {
	OnInitEnd(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnTrainBegin(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnTrainEnd(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnEpochBegin(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnEpochEnd(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnStepBegin(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnPreOptimizerStep(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnOptimizerStep(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnSubstepEnd(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnStepEnd(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnEvaluate(args *TrainingArguments, state *TrainerState, control *TrainerControl, metrics map[string]float64) error
	OnPredict(args *TrainingArguments, state *TrainerState, control *TrainerControl, metrics map[string]float64) error
	OnSave(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
	OnLog(args *TrainingArguments, state *TrainerState, control *TrainerControl, logs LogEntry) error
	OnPredictionStep(args *TrainingArguments, state *TrainerState, control *TrainerControl) error
}

// BaseCallback implements every TrainerCallback event as a no-op that
// returns nil; embed it and define the events you need.
type BaseCallback struct{}

func (BaseCallback) OnInitEnd(*TrainingArguments, *TrainerState, *TrainerControl) error { return nil }
func (BaseCallback) OnTrainBegin(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}
func (BaseCallback) OnTrainEnd(*TrainingArguments, *TrainerState, *TrainerControl) error { return nil }
func (BaseCallback) OnEpochBegin(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}
func (BaseCallback) OnEpochEnd(*TrainingArguments, *TrainerState, *TrainerControl) error  { return nil }
func (BaseCallback) OnStepBegin(*TrainingArguments, *TrainerState, *TrainerControl) error { return nil }
func (BaseCallback) OnPreOptimizerStep(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}
func (BaseCallback) OnOptimizerStep(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}
func (BaseCallback) OnSubstepEnd(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}
func (BaseCallback) OnStepEnd(*TrainingArguments, *TrainerState, *TrainerControl) error { return nil }
func (BaseCallback) OnEvaluate(*TrainingArguments, *TrainerState, *TrainerControl, map[string]float64) error {
	return nil
}
func (BaseCallback) OnPredict(*TrainingArguments, *TrainerState, *TrainerControl, map[string]float64) error {
	return nil
}
func (BaseCallback) OnSave(*TrainingArguments, *TrainerState, *TrainerControl) error { return nil }
func (BaseCallback) OnLog(*TrainingArguments, *TrainerState, *TrainerControl, LogEntry) error {
	return nil
}
func (BaseCallback) OnPredictionStep(*TrainingArguments, *TrainerState, *TrainerControl) error {
	return nil
}

// CallbackHandler calls its callbacks in order for each event, as
// transformers' CallbackHandler: it first applies the event's reset of the
// control (see TrainerControl), then calls every callback with the same
// control, which they update in place (Go's form of HF's returned
// control). The first error stops the event and is returned, naming the
// event and the callback's type.
type CallbackHandler struct {
	callbacks []TrainerCallback
}

// NewCallbackHandler returns a handler of callbacks, in that order (nil
// entries are skipped).
func NewCallbackHandler(callbacks ...TrainerCallback) *CallbackHandler {
	h := &CallbackHandler{}
	for _, cb := range callbacks {
		h.AddCallback(cb)
	}
	return h
}

// AddCallback appends cb (HF's add_callback; nil is ignored).
func (h *CallbackHandler) AddCallback(cb TrainerCallback) {
	if cb != nil {
		h.callbacks = append(h.callbacks, cb)
	}
}

// Callbacks returns the callbacks in calling order (a copy).
func (h *CallbackHandler) Callbacks() []TrainerCallback {
	return append([]TrainerCallback(nil), h.callbacks...)
}

// call runs f on every callback in order, stopping at the first error.
func (h *CallbackHandler) call(event string, f func(TrainerCallback) error) error {
	for _, cb := range h.callbacks {
		if err := f(cb); err != nil {
			return fmt.Errorf("callback %s: %s: %w", callbackName(cb), event, err)
		}
	}
	return nil
}

// callbackName is cb's type name, without the package path.
func callbackName(cb TrainerCallback) string {
	t := reflect.TypeOf(cb)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() == "" {
		return t.String()
	}
	return t.Name()
}

// OnInitEnd fires at the end of NewTrainer.
func (h *CallbackHandler) OnInitEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_init_end", func(cb TrainerCallback) error { return cb.OnInitEnd(a, s, c) })
}

// OnTrainBegin clears ShouldTrainingStop, then fires on_train_begin.
func (h *CallbackHandler) OnTrainBegin(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	c.ShouldTrainingStop = false
	return h.call("on_train_begin", func(cb TrainerCallback) error { return cb.OnTrainBegin(a, s, c) })
}

// OnTrainEnd fires on_train_end.
func (h *CallbackHandler) OnTrainEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_train_end", func(cb TrainerCallback) error { return cb.OnTrainEnd(a, s, c) })
}

// OnEpochBegin clears ShouldEpochStop, then fires on_epoch_begin.
func (h *CallbackHandler) OnEpochBegin(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	c.ShouldEpochStop = false
	return h.call("on_epoch_begin", func(cb TrainerCallback) error { return cb.OnEpochBegin(a, s, c) })
}

// OnEpochEnd fires on_epoch_end.
func (h *CallbackHandler) OnEpochEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_epoch_end", func(cb TrainerCallback) error { return cb.OnEpochEnd(a, s, c) })
}

// OnStepBegin clears ShouldLog, ShouldEvaluate and ShouldSave, then fires
// on_step_begin.
func (h *CallbackHandler) OnStepBegin(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	c.ShouldLog, c.ShouldEvaluate, c.ShouldSave = false, false, false
	return h.call("on_step_begin", func(cb TrainerCallback) error { return cb.OnStepBegin(a, s, c) })
}

// OnPreOptimizerStep fires on_pre_optimizer_step.
func (h *CallbackHandler) OnPreOptimizerStep(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_pre_optimizer_step", func(cb TrainerCallback) error { return cb.OnPreOptimizerStep(a, s, c) })
}

// OnOptimizerStep fires on_optimizer_step.
func (h *CallbackHandler) OnOptimizerStep(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_optimizer_step", func(cb TrainerCallback) error { return cb.OnOptimizerStep(a, s, c) })
}

// OnSubstepEnd fires on_substep_end.
func (h *CallbackHandler) OnSubstepEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_substep_end", func(cb TrainerCallback) error { return cb.OnSubstepEnd(a, s, c) })
}

// OnStepEnd fires on_step_end.
func (h *CallbackHandler) OnStepEnd(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_step_end", func(cb TrainerCallback) error { return cb.OnStepEnd(a, s, c) })
}

// OnEvaluate clears ShouldEvaluate, then fires on_evaluate.
func (h *CallbackHandler) OnEvaluate(a *TrainingArguments, s *TrainerState, c *TrainerControl, metrics map[string]float64) error {
	c.ShouldEvaluate = false
	return h.call("on_evaluate", func(cb TrainerCallback) error { return cb.OnEvaluate(a, s, c, metrics) })
}

// OnPredict fires on_predict.
func (h *CallbackHandler) OnPredict(a *TrainingArguments, s *TrainerState, c *TrainerControl, metrics map[string]float64) error {
	return h.call("on_predict", func(cb TrainerCallback) error { return cb.OnPredict(a, s, c, metrics) })
}

// OnSave clears ShouldSave, then fires on_save.
func (h *CallbackHandler) OnSave(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	c.ShouldSave = false
	return h.call("on_save", func(cb TrainerCallback) error { return cb.OnSave(a, s, c) })
}

// OnLog clears ShouldLog, then fires on_log with logs.
func (h *CallbackHandler) OnLog(a *TrainingArguments, s *TrainerState, c *TrainerControl, logs LogEntry) error {
	c.ShouldLog = false
	return h.call("on_log", func(cb TrainerCallback) error { return cb.OnLog(a, s, c, logs) })
}

// OnPredictionStep fires on_prediction_step.
func (h *CallbackHandler) OnPredictionStep(a *TrainingArguments, s *TrainerState, c *TrainerControl) error {
	return h.call("on_prediction_step", func(cb TrainerCallback) error { return cb.OnPredictionStep(a, s, c) })
}

// AddCallback appends cb to the Trainer's callbacks, as HF's
// Trainer.add_callback (after NewTrainer: cb misses on_init_end, as in HF).
// It must not be called during Train.
func (t *Trainer) AddCallback(cb TrainerCallback) { t.handler.AddCallback(cb) }

// Callbacks returns the Trainer's callbacks in calling order,
// DefaultFlowCallback first.
func (t *Trainer) Callbacks() []TrainerCallback { return t.handler.Callbacks() }
