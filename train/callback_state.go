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
// checkpoint is saved.
type ExportableState interface {
	CallbackState() CallbackState
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
