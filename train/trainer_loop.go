package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"time"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// loop is the running totals of one Train call: the HF Trainer's _tr_loss
// (a float32 sum since the last log), _total_loss_scalar,
// _globalstep_last_logged, current_flos and the last gradient norm.
type loop struct {
	start      time.Time
	trLoss     float32
	totalLoss  float64
	lastLogged int
	lastNorm   float64
	curFlos    float64
	// lastLR is the learning rate of the last update (what HF's loop
	// passes to the log as learning_rate).
	lastLR float64
	// atStepEnd is true during the log/evaluate/save that follows an
	// update (the step-end _maybe_log_save_evaluate), epochsLastUpdate
	// when that update is its epoch's last: a checkpoint saved then
	// precedes the epoch's on_epoch_end (epochEndPending).
	atStepEnd, epochsLastUpdate bool
}

// Train runs the loop of transformers' _inner_training_loop and _run_epoch:
// on_train_begin; for each epoch, on_epoch_begin, then update steps of
// gradient_accumulation_steps micro-batches (the last step of an epoch
// takes the rest), one Step.Run per update at the schedule's learning
// rate, state.epoch advanced per micro-batch, and after each update
// on_step_end and the log/evaluate/save the control asks for
// (_maybe_log_save_evaluate); on_epoch_end and the same again; the loop
// ends when the control says ShouldTrainingStop (DefaultFlowCallback sets
// it at Plan.MaxSteps) or the epochs run out. It ends with the train-end
// log entry and on_train_end. See TrainerCallback for the events and how
// kiln's one-program step places them.
//
// With resume_from_checkpoint, Train first restores the checkpoint
// (weights, optimizer state, seeds, TrainerState and the loop's totals)
// and skips the update steps already trained as the HF Trainer does
// (epochs_trained whole epochs, then the first global_step % updates per
// epoch updates of the next). A checkpoint saved at the end of an
// epoch's last update, before that epoch's on_epoch_end, has its epoch
// end run first (on_epoch_begin, on_epoch_end and the log/evaluate/save
// the control asks for; see runPendingEpochEnd), and training goes on
// with the next epoch. The run then logs and ends as the uninterrupted
// run would, bit for bit on the same backend (but for train_runtime and
// the speeds, which come from the clock).
//
// When ctx is cancelled, Train stops before the next update (an update
// that started runs to its end), saves a checkpoint of the current step
// when save_strategy is not "no" and one was not just saved, and returns
// an *InterruptedError wrapping ctx's error.
//
// A non-finite loss or gradient norm stops training with an error naming
// the step; the weights are then those after the last good step and
// nothing is saved. So does an error of a callback, of Evaluate or of
// SaveCheckpoint. Train runs once.
func (t *Trainer) Train(ctx context.Context) (out TrainOutput, err error) {
	if t.trained {
		return TrainOutput{}, fmt.Errorf("trainer: Train already ran")
	}
	t.trained = true
	lp := &loop{start: t.opts.Now()}
	t.lp = lp
	defer func() { t.lp = nil }()
	// However the run ends, full_shard's per-device blocks go back into
	// the Runner whole, so that its programs (evaluation, generation)
	// read the trained weights.
	defer func() {
		if uerr := t.unshard(); uerr != nil && err == nil {
			err = uerr
		}
	}()
	a, st, c := &t.args, &t.State, &t.Control
	if t.resume != nil {
		if err := t.loadResume(ctx, lp); err != nil {
			return TrainOutput{}, err
		}
		if a.RestoreCallbackStatesFromCheckpoint {
			path := filepath.Join(t.resume.dir, TrainerStateFile)
			if err := t.loadCallbackState(t.resume.state.StatefulCallbacks, path); err != nil {
				return TrainOutput{}, err
			}
		}
	}
	if t.plateau != nil {
		lp.lastLR = t.plateau.LR // no update yet: _get_learning_rate's value
	}
	if t.resume != nil && t.resume.loop.LastLR != nil {
		lp.lastLR = *t.resume.loop.LastLR // the last update's: a pending epoch end logs it
	}
	if err := t.handler.OnTrainBegin(a, st, c); err != nil {
		return TrainOutput{}, err
	}
	firstEpoch, skip := t.resumeAt()
	stop := st.GlobalStep >= st.MaxSteps && st.MaxSteps > 0 // resumed at the end: nothing left
	if _, pending := t.pendingEpochEnd(); pending {
		if err := t.runPendingEpochEnd(ctx, lp); err != nil {
			return TrainOutput{}, err
		}
		stop = stop || c.ShouldTrainingStop
	}
	if stop {
		firstEpoch = t.plan.NumTrainEpochs
	}
	for epoch := firstEpoch; epoch < t.plan.NumTrainEpochs; epoch++ {
		if err := t.handler.OnEpochBegin(a, st, c); err != nil {
			return TrainOutput{}, err
		}
		if epoch > firstEpoch {
			skip = 0
		}
		if err := t.runEpoch(ctx, lp, epoch, skip); err != nil {
			return TrainOutput{}, err
		}
		if c.ShouldTrainingStop {
			break
		}
	}
	// _finalize_training.
	lp.totalLoss += float64(lp.trLoss)
	st.TotalFlos += lp.curFlos
	lp.curFlos = 0
	runtime := t.opts.Now().Sub(lp.start).Seconds()
	trainLoss := lp.totalLoss / math.Max(float64(st.GlobalStep), 0.001)
	samples := float64(st.MaxSteps * t.args.PerDeviceTrainBatchSize * t.devices * t.args.GradientAccumulationSteps)
	if t.plan.EpochBased {
		samples = float64(t.data.Len()) * t.args.NumTrainEpochs
	}
	end := LogEntry{
		"train_runtime":            roundHalfEven(runtime, 4),
		"train_samples_per_second": roundHalfEven(samples/runtime, 3),
		"train_steps_per_second":   roundHalfEven(float64(st.MaxSteps)/runtime, 3),
		"total_flos":               st.TotalFlos,
		"train_loss":               trainLoss,
	}
	if err := t.appendLog(end); err != nil {
		return TrainOutput{}, err
	}
	if a.LoadBestModelAtEnd && st.BestModelCheckpoint != "" {
		if err := t.loadBestModel(); err != nil {
			return TrainOutput{}, err
		}
	}
	// With save_total_limit 1 only the best checkpoint stays.
	if err := KeepOnlyBestCheckpoint(a.OutputDir, a.SaveTotalLimit, st.BestModelCheckpoint); err != nil {
		return TrainOutput{}, err
	}
	if err := t.handler.OnTrainEnd(a, st, c); err != nil {
		return TrainOutput{}, err
	}
	// The history's entry: end with its epoch and step.
	return TrainOutput{GlobalStep: st.GlobalStep, TrainingLoss: trainLoss, Metrics: st.LogHistory[len(st.LogHistory)-1]}, nil
}

// runEpoch is _run_epoch: the update steps of one epoch, stopping early
// when the control says ShouldEpochStop or ShouldTrainingStop, then
// on_epoch_end and _maybe_log_save_evaluate.
//
// HF's step counter runs over micro-batches: on_step_begin fires at a
// micro-batch whose index in the epoch is a multiple of
// gradient_accumulation_steps, on_substep_end after each micro-batch that
// ends no update, and the stop flags are checked after every micro-batch.
// kiln fires the on_substep_end events of an update before running its
// program; when one of them stops the epoch or training, the update's
// program does not run (HF would have run the forward and backward passes
// of those micro-batches, added their losses to the logged loss and left
// their gradients accumulated for the next update).
func (t *Trainer) runEpoch(ctx context.Context, lp *loop, epoch, skip int) error {
	a, st, c, h := &t.args, &t.State, &t.Control, t.handler
	gas := a.GradientAccumulationSteps
	batches := t.batches(t.epochOrder(epoch))
	stepsInEpoch := len(batches)
	remainder := stepsInEpoch % gas
	if remainder == 0 {
		remainder = gas
	}
	updates := stepsInEpoch / gas
	if remainder < gas {
		updates++
	}
	step := -1 // HF's micro-batch index in the epoch
	consumed := 0
	if skip > 0 { // resumed: skip_first_batches
		consumed = min(skip*gas, stepsInEpoch)
		step = consumed - 1
	}
	stopped := func() bool { return c.ShouldEpochStop || c.ShouldTrainingStop }
	for u := skip; u < updates; u++ {
		n := gas
		if u == updates-1 {
			n = remainder
		}
		stop := false
		for i := 0; i < n && !stop; i++ {
			step++
			if step%gas == 0 {
				if err := h.OnStepBegin(a, st, c); err != nil {
					return err
				}
			}
			if i < n-1 {
				if err := h.OnSubstepEnd(a, st, c); err != nil {
					return err
				}
				stop = stopped()
			}
		}
		if stop {
			break
		}
		group := batches[consumed : consumed+n]
		consumed += n
		spec, micro, tokens, err := t.collateGroup(group)
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return t.interrupted(ctx, lp, err)
		}
		lr := t.updateLR(st.GlobalStep)
		loss, norm, err := t.runStep(ctx, spec, micro, st.GlobalStep, lr)
		if err != nil {
			// Run ignores cancellation (an update runs to its end), so a
			// context error is the compiler's: nothing changed.
			if cerr := ctx.Err(); cerr != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
				return t.interrupted(ctx, lp, cerr)
			}
			return err
		}
		lp.trLoss += loss
		lp.lastNorm, lp.lastLR = norm, lr
		// floating_point_ops: 6 x input_ids.numel() x non-embedding parameters.
		lp.curFlos += 6 * float64(tokens) * float64(t.paramsNoEmbed)
		if err := h.OnPreOptimizerStep(a, st, c); err != nil {
			return err
		}
		if err := h.OnOptimizerStep(a, st, c); err != nil {
			return err
		}
		st.GlobalStep++
		st.Epoch = float64(epoch) + float64(consumed)/float64(stepsInEpoch)
		if err := h.OnStepEnd(a, st, c); err != nil {
			return err
		}
		lp.atStepEnd, lp.epochsLastUpdate = true, u == updates-1
		err = t.maybeLogSaveEvaluate(ctx, lp)
		lp.atStepEnd = false
		if err != nil {
			return err
		}
		if t.opts.OnStep != nil {
			t.opts.OnStep(st.GlobalStep, st.MaxSteps, float64(loss))
		}
		if stopped() {
			break
		}
	}
	if step < 0 {
		// No micro-batch in the epoch: HF stops training.
		c.ShouldTrainingStop = true
	}
	return t.endEpoch(ctx, lp)
}

// endEpoch is the end of _run_epoch: on_epoch_end, then
// _maybe_log_save_evaluate.
func (t *Trainer) endEpoch(ctx context.Context, lp *loop) error {
	if err := t.handler.OnEpochEnd(&t.args, &t.State, &t.Control); err != nil {
		return err
	}
	return t.maybeLogSaveEvaluate(ctx, lp)
}

// collateGroup collates one update's micro-batches to one shape (one
// program; HF pads each to its own longest row, which gives the same
// losses) and counts HF's tokens for the flos estimate.
func (t *Trainer) collateGroup(group [][]Example) (models.Spec, []map[string]*tensor.Tensor, int, error) {
	n := len(group)
	micro := make([]map[string]*tensor.Tensor, 0, n)
	var spec models.Spec
	tokens := 0
	seq := 0
	if n > 1 {
		for _, rows := range group {
			for _, r := range rows {
				seq = max(seq, len(r.InputIDs))
			}
		}
	}
	rowsPer := 0
	for _, rows := range group {
		rowsPer = max(rowsPer, len(rows))
	}
	for i, rows := range group {
		rows, err := t.dataCollate(rows, TrainBatchSeed(int64(t.args.Seed), t.State.GlobalStep, i))
		if err != nil {
			return spec, nil, 0, fmt.Errorf("train step %d: %w", t.State.GlobalStep+1, err)
		}
		// HF's tokens count the real rows only (below).
		real := rows
		if len(rows) < rowsPer {
			var err error
			if rows, err = t.coll.padRows(rows, rowsPer); err != nil {
				return spec, nil, 0, fmt.Errorf("train step %d: %w", t.State.GlobalStep+1, err)
			}
		}
		in, s, err := t.coll.collate(rows, seq)
		if err != nil {
			return spec, nil, 0, err
		}
		if len(micro) == 0 {
			spec = s
		}
		micro = append(micro, in)
		// HF's input_ids.numel(): the rows padded to their own longest.
		longest := 0
		for _, r := range real {
			longest = max(longest, len(r.InputIDs))
		}
		tokens += len(real) * longest
	}
	if unpadded(micro) {
		// No row of the update is padded: the programs without a mask
		// (models.Spec.NoPadding), as transformers drops an all-ones
		// mask; the same numbers, no padding mask in attention.
		spec.NoPadding = true
		for _, in := range micro {
			delete(in, models.InputAttentionMask)
		}
	}
	return spec, micro, tokens, nil
}

// unpadded reports whether every attention_mask of the micro-batches is
// all ones.
func unpadded(micro []map[string]*tensor.Tensor) bool {
	for _, in := range micro {
		m, ok := in[models.InputAttentionMask]
		if !ok {
			return false
		}
		for _, v := range m.Int64s() {
			if v != 1 {
				return false
			}
		}
	}
	return len(micro) > 0
}

// logStep appends a training log entry for the steps since the last log
// and moves tr_loss into the total (the first branch of
// _maybe_log_save_evaluate). Flos are stored first, as store_flos does.
func (t *Trainer) logStep(lp *loop) error {
	st := &t.State
	e := LogEntry{
		"loss":          float64(lp.trLoss) / float64(st.GlobalStep-lp.lastLogged),
		"learning_rate": t.loggedLR(lp),
		// The Trainer logs the norm also when it does not clip
		// (max_grad_norm <= 0: Trainer._get_grad_norm).
		"grad_norm": lp.lastNorm,
	}
	lp.totalLoss += float64(lp.trLoss)
	lp.trLoss, lp.lastLogged = 0, st.GlobalStep
	st.TotalFlos += lp.curFlos
	lp.curFlos = 0
	return t.appendLog(e)
}

// appendLog is Trainer.log: it adds the epoch to e, appends a copy with
// the step to the log history, fires on_log with e, then calls
// TrainerOptions.OnLog with the history's entry.
func (t *Trainer) appendLog(e LogEntry) error {
	e["epoch"] = t.State.Epoch
	out := make(LogEntry, len(e)+1)
	for k, v := range e {
		out[k] = v
	}
	out["step"] = t.State.GlobalStep
	t.State.LogHistory = append(t.State.LogHistory, out)
	if err := t.handler.OnLog(&t.args, &t.State, &t.Control, e); err != nil {
		return err
	}
	if t.opts.OnLog != nil {
		t.opts.OnLog(out)
	}
	return nil
}
