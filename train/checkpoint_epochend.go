package train

import "context"

// A checkpoint saved by the log/evaluate/save that follows an epoch's
// last update (save_steps, or the max_steps save) is written before that
// epoch's on_epoch_end and its log/evaluate/save, as in HF's
// _maybe_log_save_evaluate at on_step_end. HF's resumed run starts at the
// next epoch and never runs that epoch end: its epoch-end log entry and
// evaluation are lost, and the next loss logged averages the missing
// steps in. kiln records in LoopStateFile that the epoch end is pending
// and runs it first on resume.

// epochEndPending reports whether a checkpoint written now precedes its
// epoch's end in the loop: it is written at an update's end (not an epoch
// end's nor an interruption's save), and the loop runs on_epoch_end next
// because the update was its epoch's last or the control stops the epoch
// or training (max_steps reached, a callback's stop). A stop flag a
// callback sets in on_save, after the files are written, is not seen.
func (t *Trainer) epochEndPending() bool {
	lp, c := t.lp, &t.Control
	return lp != nil && lp.atStepEnd && (lp.epochsLastUpdate || c.ShouldEpochStop || c.ShouldTrainingStop)
}

// pendingEpochEnd reports whether the checkpoint Train resumes from left
// its epoch's end to run, and that epoch: the one of update global_step,
// (global_step - 1) // updates per epoch. It is false when starting
// afresh and for checkpoints written without epoch_end_pending.
func (t *Trainer) pendingEpochEnd() (int, bool) {
	rp := t.resume
	if rp == nil || !rp.loop.EpochEndPending || rp.state.GlobalStep < 1 {
		return 0, false
	}
	per := max(t.plan.UpdateStepsPerEpoch, 1)
	return (rp.state.GlobalStep - 1) / per, true
}

// runPendingEpochEnd runs what the uninterrupted run ran after the
// resumed checkpoint was saved: on_epoch_begin of the checkpoint's epoch
// (HF fires it for every epoch a resumed run enters), then, with the
// control as the step end left it (its log, evaluate and save flags
// consumed by on_log, on_evaluate and on_save; should_training_stop set
// when global_step has reached max_steps, as DefaultFlowCallback's
// on_step_end set it), on_epoch_end and the log, evaluation and save the
// control asks for. Train then goes on with the next epoch, or ends when
// the control says ShouldTrainingStop.
func (t *Trainer) runPendingEpochEnd(ctx context.Context, lp *loop) error {
	a, st, c := &t.args, &t.State, &t.Control
	if err := t.handler.OnEpochBegin(a, st, c); err != nil {
		return err
	}
	c.ShouldLog, c.ShouldEvaluate, c.ShouldSave = false, false, false
	if st.MaxSteps > 0 && st.GlobalStep >= st.MaxSteps {
		c.ShouldTrainingStop = true
	}
	return t.endEpoch(ctx, lp)
}
