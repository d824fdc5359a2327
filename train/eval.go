package train

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// EvalPrediction is transformers' EvalPrediction: what ComputeMetrics
// receives after an evaluation loop. The batches are concatenated along
// the rows, as the HF Trainer's EvalLoopContainer does: where their second
// dimensions differ (token outputs of batches padded to their own longest
// row) the shorter ones are padded on the right with -100 up to the
// longest.
type EvalPrediction struct {
	// Predictions are the model's logits, (N, T, V) for language models
	// and token classifiers and (N, num_labels) for sequence classifiers,
	// in the Runner's compute dtype; or what
	// TrainerOptions.PreprocessLogits made of each batch's logits.
	Predictions *tensor.Tensor
	// LabelIDs are the rows' labels as the collator gave them to the
	// model: int64 (N, T) token labels (-100 where ignored or padded), int64
	// (N) classes, or (N, num_labels) / (N) numbers in the compute dtype.
	LabelIDs *tensor.Tensor
}

// ComputeMetrics is the HF Trainer's compute_metrics: it turns an
// evaluation's predictions and labels into metrics by name ("accuracy";
// the Trainer adds the "eval_" or "test_" prefix where it is missing).
type ComputeMetrics func(EvalPrediction) (map[string]float64, error)

// PreprocessLogits is the HF Trainer's preprocess_logits_for_metrics: it
// runs on each batch's logits and labels before they are kept, so that an
// evaluation keeps what the metrics need (ArgmaxLogits: the predicted ids)
// instead of every logit.
type PreprocessLogits func(logits, labels *tensor.Tensor) (*tensor.Tensor, error)

// PredictionOutput is transformers' PredictionOutput, what Predict
// returns.
type PredictionOutput struct {
	// Predictions and LabelIDs are EvalPrediction's.
	Predictions *tensor.Tensor
	LabelIDs    *tensor.Tensor
	// Metrics are test_loss, ComputeMetrics' metrics and the speed
	// metrics, every name with the "test_" prefix.
	Metrics map[string]float64
}

// evalLoopOutput is EvalLoopOutput: the concatenated predictions and
// labels (nil unless kept), the prefixed metrics and the rows evaluated.
type evalLoopOutput struct {
	predictions, labels *tensor.Tensor
	metrics             map[string]float64
	numSamples          int
}

// Perplexity is exp(eval_loss), as transformers' run_clm example reports
// it after evaluating: +Inf where the exponential overflows.
func Perplexity(evalLoss float64) float64 { return math.Exp(evalLoss) }

// evalData is the dataset an evaluation reads: data, else
// TrainerOptions.EvalData; it is checked against the model when it is not
// the one NewTrainer checked.
func (t *Trainer) evalData(data *Dataset) (*Dataset, error) {
	if data == nil {
		if t.opts.EvalData == nil {
			return nil, fmt.Errorf("trainer: evaluation needs a dataset (an argument or TrainerOptions.EvalData)")
		}
		return t.opts.EvalData, nil
	}
	if data != t.opts.EvalData {
		if err := t.checkEvalData(data); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// checkEvalData validates an evaluation set's rows as NewTrainer does the
// training rows'.
func (t *Trainer) checkEvalData(data *Dataset) error {
	return checkEvalRows(t.runner, t.coll, data)
}

func checkEvalRows(r *models.Runner, coll *Collator, data *Dataset) error {
	if data.Len() == 0 {
		name := data.Path
		if name == "" {
			name = "evaluation data"
		}
		return fmt.Errorf("%s: no rows to evaluate", name)
	}
	if err := coll.Check(data); err != nil {
		return err
	}
	longest := 0
	for _, row := range data.Rows {
		longest = max(longest, len(row.InputIDs))
	}
	if _, err := models.CheckPositions(r.Model().Config(), longest); err != nil {
		return fmt.Errorf("%s: the longest row has %d tokens: %w", data.Path, longest, err)
	}
	return nil
}

// evaluationLoop is the HF Trainer's evaluation_loop on one device: the
// rows in order, per_device_eval_batch_size at a time (the last batch
// shorter, or dropped with dataloader_drop_last), each padded to its own
// longest row and run through the Runner's forward program with labels
// (evaluation mode: no dropout, no NEFTune noise). It fires
// on_prediction_step after every batch. The loss is HF's (transformers
// 5.x): each batch's loss (predictionStep's) repeated by the batch's own
// row count (a shorter last batch counts its rows, not
// per_device_eval_batch_size), then averaged: the row-weighted mean of
// the batch losses, computed here in float64.
// With keep, it also keeps each batch's logits (through
// TrainerOptions.PreprocessLogits when set) and labels, and calls
// TrainerOptions.ComputeMetrics when set. Metrics get the prefix
// (metric_key_prefix) where they lack it.
func (t *Trainer) evaluationLoop(ctx context.Context, data *Dataset, prefix string, keep bool) (evalLoopOutput, error) {
	bs := t.args.PerDeviceEvalBatchSize
	var (
		lossSum           float64
		batches, rowsSeen int
		preds, label      []*tensor.Tensor
	)
	for start := 0; start < data.Len(); start += bs {
		end := min(start+bs, data.Len())
		if end-start < bs && t.args.DataloaderDropLast {
			break
		}
		if err := ctx.Err(); err != nil {
			return evalLoopOutput{}, err
		}
		loss, logits, labels, err := t.predictionStep(ctx, data.Rows[start:end], batches, keep)
		if err != nil {
			return evalLoopOutput{}, fmt.Errorf("%s: rows %d to %d: %w", data.Path, start+1, end, err)
		}
		lossSum += loss * float64(end-start)
		rowsSeen += end - start
		batches++
		if keep {
			if t.opts.PreprocessLogits != nil {
				if logits, err = t.opts.PreprocessLogits(logits, labels); err != nil {
					return evalLoopOutput{}, fmt.Errorf("preprocess_logits_for_metrics: %w", err)
				}
				if logits == nil {
					return evalLoopOutput{}, fmt.Errorf("preprocess_logits_for_metrics returned no tensor")
				}
			}
			preds = append(preds, logits)
			label = append(label, labels)
		}
		if err := t.handler.OnPredictionStep(&t.args, &t.State, &t.Control); err != nil {
			return evalLoopOutput{}, err
		}
	}
	out := evalLoopOutput{metrics: map[string]float64{}, numSamples: data.Len()}
	if rowsSeen > 0 {
		out.metrics[prefix+"_loss"] = lossSum / float64(rowsSeen)
	}
	if keep && batches > 0 {
		var err error
		if out.predictions, err = concatPadded(preds); err != nil {
			return evalLoopOutput{}, fmt.Errorf("predictions: %w", err)
		}
		if out.labels, err = concatPadded(label); err != nil {
			return evalLoopOutput{}, fmt.Errorf("label ids: %w", err)
		}
		if t.opts.ComputeMetrics != nil {
			m, err := t.opts.ComputeMetrics(EvalPrediction{Predictions: out.predictions, LabelIDs: out.labels})
			if err != nil {
				return evalLoopOutput{}, fmt.Errorf("compute_metrics: %w", err)
			}
			names := make([]string, 0, len(m))
			for k := range m {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				name := k
				if !strings.HasPrefix(k, prefix+"_") {
					name = prefix + "_" + k
				}
				if _, dup := out.metrics[name]; dup {
					// HF would let the later one overwrite the other.
					return evalLoopOutput{}, fmt.Errorf("compute_metrics: metric %q is named %q, as the loss or another metric is", k, name)
				}
				out.metrics[name] = m[k]
			}
		}
	}
	return out, nil
}

// predictionStep is prediction_step: one batch's loss (trainerEvalLoss of
// the model's mean over its kept labels) and, with keep, its logits and labels, without the
// rows added to give a short last batch the batch's shape. batch is the
// batch's index in the loop, which seeds the DataCollator.
func (t *Trainer) predictionStep(ctx context.Context, rows []Example, batch int, keep bool) (float64, *tensor.Tensor, *tensor.Tensor, error) {
	rows, err := t.dataCollate(rows, EvalBatchSeed(int64(t.args.Seed), batch))
	if err != nil {
		return 0, nil, nil, err
	}
	real := len(rows)
	bs := t.args.PerDeviceEvalBatchSize
	if real < bs && t.coll.Kind != FloatLabels {
		// Rows whose labels are all ignored change no loss kiln computes
		// with labels that can be ignored, and save compiling a program for
		// the last batch's shape; the loss of a regression or multi-label
		// head averages every row, so those keep the short batch.
		padded, err := t.coll.padRows(rows, bs)
		if err != nil {
			return 0, nil, nil, err
		}
		rows = padded
	}
	in, spec, err := t.coll.Collate(rows)
	if err != nil {
		return 0, nil, nil, err
	}
	out, err := t.runner.Forward(ctx, spec, in)
	if err != nil {
		return 0, nil, nil, err
	}
	lt, ok := out[models.OutputLoss]
	if !ok || lt.NumElements() != 1 {
		return 0, nil, nil, fmt.Errorf("the %s program returned no scalar %s", spec, models.OutputLoss)
	}
	loss := lt.Float64s()[0]
	if loss, err = trainerEvalLoss(t.runner.Model().Arch(), loss, in[models.InputLabels]); err != nil {
		return 0, nil, nil, err
	}
	if !keep {
		return loss, nil, nil, nil
	}
	logits, ok := out[models.OutputLogits]
	if !ok {
		return 0, nil, nil, fmt.Errorf("the %s program returned no %s", spec, models.OutputLogits)
	}
	if logits, err = firstRows(logits, real); err != nil {
		return 0, nil, nil, err
	}
	labels, err := firstRows(in[models.InputLabels], real)
	if err != nil {
		return 0, nil, nil, err
	}
	return loss, logits, labels, nil
}

// firstRows is the first n rows (dimension 0) of x.
func firstRows(x *tensor.Tensor, n int) (*tensor.Tensor, error) {
	if len(x.Shape) == 0 || x.Shape[0] < n {
		return nil, fmt.Errorf("tensor of shape %v has fewer than %d rows", x.Shape, n)
	}
	if x.Shape[0] == n {
		return x, nil
	}
	per := len(x.Data) / x.Shape[0]
	shape := x.Shape.Clone()
	shape[0] = n
	return &tensor.Tensor{DType: x.DType, Shape: shape, Data: append([]byte(nil), x.Data[:n*per]...)}, nil
}

// trainerEvalLoss is the loss the HF Trainer's prediction_step reports for
// one batch of a model of architecture arch, from the model's mean loss
// over the batch's predicted tokens (labels: the collated labels). Like
// training_step, transformers 5.x hands a model whose loss takes
// num_items_in_batch (hfLosses) the batch's labelled-token count, counted
// as the Trainer counts it: after the causal shift for the ForCausalLM
// models (the mean itself), every label != -100 for GPT2LMHeadModel, whose
// loss is then (sum over the shifted tokens) / (all labelled tokens). Any
// other model's loss is its mean. A batch with no labelled token keeps the
// model's loss.
func trainerEvalLoss(arch string, mean float64, labels *tensor.Tensor) (float64, error) {
	hf, ok := hfLosses[arch]
	if !ok || !hf.numItems || hf.countShifted || labels == nil {
		return mean, nil
	}
	micro := []map[string]*tensor.Tensor{{models.InputLabels: labels}}
	shifted, err := countItems(micro, true)
	if err != nil {
		return 0, fmt.Errorf("eval loss: %w", err)
	}
	all, err := countItems(micro, false)
	if err != nil {
		return 0, fmt.Errorf("eval loss: %w", err)
	}
	if all == 0 {
		return mean, nil
	}
	return mean * shifted / all, nil
}
