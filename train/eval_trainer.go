package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"
)

// Evaluate is the HF Trainer's evaluate on one device: it runs the
// evaluation loop over data (nil: TrainerOptions.EvalData) with the
// Runner's current weights in evaluation mode, per_device_eval_batch_size
// rows at a time, and returns eval_loss (the mean of the batch losses, as
// transformers computes it), ComputeMetrics' metrics when it is set, and
// eval_runtime, eval_samples_per_second and eval_steps_per_second (HF's
// speed_metrics: rows = every row of data, steps = ceil(rows /
// per_device_eval_batch_size)), every name with the "eval_" prefix. The
// metrics are logged (an entry in State.LogHistory with the epoch and
// step) and given to on_evaluate, as HF's evaluate does; on_prediction_step
// fires after each batch. It may run before, during (the control's
// ShouldEvaluate) and after Train. Errors name the rows, the hook or the
// callback at fault.
func (t *Trainer) Evaluate(ctx context.Context, data *Dataset) (map[string]float64, error) {
	data, err := t.evalData(data)
	if err != nil {
		return nil, err
	}
	start := t.opts.Now()
	out, err := t.evaluationLoop(ctx, data, "eval", t.opts.ComputeMetrics != nil)
	if err != nil {
		return nil, fmt.Errorf("evaluation at step %d: %w", t.State.GlobalStep, err)
	}
	t.addSpeedMetrics(out, "eval", start)
	return t.logEvaluation(out.metrics)
}

// Predict is the HF Trainer's predict on one device: the evaluation loop
// over data keeping every batch's logits (through
// TrainerOptions.PreprocessLogits when set) and labels, concatenated as
// EvalPrediction says, with test_loss, ComputeMetrics' metrics and
// test_runtime, test_samples_per_second and test_steps_per_second. It
// fires on_prediction_step after each batch and on_predict with the
// metrics; it logs nothing, as HF's predict does not.
func (t *Trainer) Predict(ctx context.Context, data *Dataset) (PredictionOutput, error) {
	if data == nil {
		return PredictionOutput{}, errNoTestData
	}
	data, err := t.evalData(data)
	if err != nil {
		return PredictionOutput{}, err
	}
	start := t.opts.Now()
	out, err := t.evaluationLoop(ctx, data, "test", true)
	if err != nil {
		return PredictionOutput{}, fmt.Errorf("prediction: %w", err)
	}
	t.addSpeedMetrics(out, "test", start)
	if err := t.handler.OnPredict(&t.args, &t.State, &t.Control, out.metrics); err != nil {
		return PredictionOutput{}, err
	}
	return PredictionOutput{Predictions: out.predictions, LabelIDs: out.labels, Metrics: out.metrics}, nil
}

// errNoTestData is Predict's error for a nil dataset (HF's predict takes
// its test_dataset as a required argument).
var errNoTestData = errors.New("trainer: Predict needs a dataset")

// addSpeedMetrics adds speed_metrics(prefix, start, num_samples,
// num_steps) to out's metrics: the runtime in seconds rounded to 4
// decimals, the rates to 3, and no rates when the runtime is 0.
func (t *Trainer) addSpeedMetrics(out evalLoopOutput, prefix string, start time.Time) {
	runtime := t.opts.Now().Sub(start).Seconds()
	out.metrics[prefix+"_runtime"] = roundHalfEven(runtime, 4)
	if runtime == 0 {
		return
	}
	steps := math.Ceil(float64(out.numSamples) / float64(t.args.PerDeviceEvalBatchSize))
	out.metrics[prefix+"_samples_per_second"] = roundHalfEven(float64(out.numSamples)/runtime, 3)
	out.metrics[prefix+"_steps_per_second"] = roundHalfEven(steps/runtime, 3)
}
