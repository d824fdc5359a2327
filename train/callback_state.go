package train

// CallbackState is what transformers' ExportableState.state() returns: the
// constructor arguments and the attributes that recreate a callback, as
// trainer_state.json's stateful_callbacks hold them.
type CallbackState struct {
	Args       map[string]any
	Attributes map[string]any
}

// ExportableState is transformers' ExportableState: a callback (or the
// TrainerControl) whose state the Trainer records in
// TrainerState.StatefulCallbacks, under its type name, before each
// checkpoint is saved, and gives back on resume when
// restore_callback_states_from_checkpoint is true (HF's
// _load_callback_state, which rebuilds the callback as
// type(cb)(**args) and sets the attributes).
//
// RestoreCallbackState must leave the callback as that rebuild would: the
// args it names replace the constructor arguments (the checkpoint's win
// over the ones the callback was made with), an arg it leaves out takes
// the constructor's default, and each attribute it names is set. An arg or
// attribute the callback does not know, or a value of the wrong type, is
// an error naming it (HF's constructor raises a TypeError).
type ExportableState interface {
	CallbackState() CallbackState
	RestoreCallbackState(CallbackState) error
}

// CallbackState is TrainerControl.state(): its five flags.
func (c *TrainerControl) CallbackState() CallbackState {
	return CallbackState{Args: map[string]any{
		"should_training_stop": c.ShouldTrainingStop,
		"should_epoch_stop":    c.ShouldEpochStop,
		"should_save":          c.ShouldSave,
		"should_evaluate":      c.ShouldEvaluate,
		"should_log":           c.ShouldLog,
	}, Attributes: map[string]any{}}
}

// RestoreCallbackState is TrainerControl(**args): the five flags, false
// when left out.
func (c *TrainerControl) RestoreCallbackState(s CallbackState) error {
	r := stateReader{s: s}
	*c = TrainerControl{
		ShouldTrainingStop: r.bool("should_training_stop"),
		ShouldEpochStop:    r.bool("should_epoch_stop"),
		ShouldSave:         r.bool("should_save"),
		ShouldEvaluate:     r.bool("should_evaluate"),
		ShouldLog:          r.bool("should_log"),
	}
	return r.done()
}

// CallbackState is EarlyStoppingCallback.state(): patience and threshold,
// and the counter.
func (e *EarlyStoppingCallback) CallbackState() CallbackState {
	return CallbackState{
		Args:       map[string]any{"early_stopping_patience": e.Patience, "early_stopping_threshold": e.Threshold},
		Attributes: map[string]any{"early_stopping_patience_counter": e.Counter},
	}
}

// statefulCallbacks is the stateful_callbacks map of the exportable
// callbacks and the control, in that order (_save_checkpoint): one state
// per type name, a list when several callbacks share a name.
func statefulCallbacks(cbs []TrainerCallback, c *TrainerControl) map[string]any {
	out := map[string]any{}
	add := func(name string, s CallbackState) {
		doc := map[string]any{"args": s.Args, "attributes": s.Attributes}
		switch prev := out[name].(type) {
		case nil:
			out[name] = doc
		case []any:
			out[name] = append(prev, doc)
		default:
			out[name] = []any{prev, doc}
		}
	}
	for _, cb := range cbs {
		if e, ok := cb.(ExportableState); ok {
			add(callbackName(cb), e.CallbackState())
		}
	}
	add("TrainerControl", c.CallbackState())
	return out
}

// RestoreCallbackState is EarlyStoppingCallback(**args) with
// early_stopping_patience_counter set: HF's defaults (patience 1,
// threshold 0) for args left out, the counter 0 unless given.
func (e *EarlyStoppingCallback) RestoreCallbackState(s CallbackState) error {
	r := stateReader{s: s}
	patience, threshold := r.int("early_stopping_patience", 1), r.float("early_stopping_threshold", 0)
	counter := r.attrInt("early_stopping_patience_counter", 0)
	if err := r.done(); err != nil {
		return err
	}
	e.Patience, e.Threshold, e.Counter = patience, threshold, counter
	return nil
}
