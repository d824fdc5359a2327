package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// LossNorm says how a Step normalises the loss it differentiates over the
// micro-batches of one optimizer step.
type LossNorm int

const (
	// LossNormTrainer is the HF Trainer's normalisation (the default):
	// for an architecture whose loss takes num_items_in_batch (causal LMs)
	// every micro-batch's loss is its summed token cross-entropy divided
	// by the labelled tokens of all the step's micro-batches, so k
	// micro-batches give the gradient of the whole batch; for one whose
	// forward takes no loss kwargs each micro loss is divided by the
	// number of micro-batches; for one whose forward takes **kwargs but
	// whose loss ignores num_items_in_batch (the classifiers), neither.
	// See hfLosses.
	LossNormTrainer LossNorm = iota
	// LossNormMean differentiates each micro-batch's loss as the model
	// returns it (its mean) divided by the number of micro-batches, as a
	// plain torch loop `(model(**batch).loss / k).backward()` does.
	LossNormMean
)

func (n LossNorm) String() string {
	switch n {
	case LossNormTrainer:
		return "trainer"
	case LossNormMean:
		return "mean"
	}
	return fmt.Sprintf("LossNorm(%d)", int(n))
}

// hfLoss is how the HF Trainer (transformers 5.x, Trainer.training_step
// and compute_loss) treats one architecture's loss.
type hfLoss struct {
	// numItems: the model's loss uses the num_items_in_batch kwarg
	// (ForCausalLMLoss: sum of the token cross-entropy / num_items).
	numItems bool
	// lossKwargs is the Trainer's model_accepts_loss_kwargs (the forward
	// takes **kwargs); when false the Trainer divides every micro-batch's
	// loss by current_gradient_accumulation_steps (the step's micro-batch
	// count), and it passes no num_items_in_batch.
	lossKwargs bool
	// countShifted is the Trainer's _loss_shifts_labels: num_items_in_batch
	// counts labels[..., 1:] != -100 (exactly the tokens a causal LM's loss
	// averages) instead of labels != -100. transformers 5.x sets it when
	// the model's loss_type maps to ForCausalLMLoss, and PreTrainedModel
	// finds loss_type by searching the class name for a LOSS_MAPPING key
	// ("ForCausalLM", "ForConditionalGeneration", ...). GPT2LMHeadModel
	// matches no key: its loss_type is None, so the Trainer counts every
	// label, row starts included, while the model's loss (the
	// ForCausalLMLoss fallback) sums only the shifted tokens: its loss is
	// (sum over shifted tokens) / (all labelled tokens).
	countShifted bool
}

// hfLosses holds, by architecture (Model.Arch), the HF Trainer's loss
// normalisation: the ONE place these flags live. They are read from
// transformers' sources (5.x: the causal LMs' forward takes
// **kwargs: Unpack[TransformersKwargs] and hands them to
// self.loss_function = ForCausalLMLoss; the BERT heads take **kwargs too
// but compute their loss with a plain CrossEntropyLoss/MSELoss that never
// sees num_items_in_batch) and MUST be confirmed against the HF Trainer
// fixtures recorded by scripts/trainer_fixture.py (testdata/trainer: runs
// of each architecture, with accumulation): change a flag here, nowhere
// else. The fixtures of transformers 5.17 confirm every flag of Llama,
// GPT-2 and BERT sequence classification.
var hfLosses = map[string]hfLoss{
	"LlamaForCausalLM":              {numItems: true, lossKwargs: true, countShifted: true},
	"MistralForCausalLM":            {numItems: true, lossKwargs: true, countShifted: true},
	"Qwen2ForCausalLM":              {numItems: true, lossKwargs: true, countShifted: true},
	"Qwen3ForCausalLM":              {numItems: true, lossKwargs: true, countShifted: true},
	"GPT2LMHeadModel":               {numItems: true, lossKwargs: true, countShifted: false},
	"BertForMaskedLM":               {numItems: false, lossKwargs: true},
	"BertForSequenceClassification": {numItems: false, lossKwargs: true},
	"BertForTokenClassification":    {numItems: false, lossKwargs: true},
}

// lossPlan is a Step's loss normalisation, resolved in NewStep.
type lossPlan struct {
	numItems bool // the program takes models.InputNumItems (spec.NumItems)
	divide   bool // each micro loss is divided by the micro-batch count
	shift    bool // num_items counts labels[:, 1:] (hfLoss.countShifted)
}

// planLoss resolves norm for model m.
func planLoss(m models.Model, norm LossNorm) (lossPlan, error) {
	switch norm {
	case LossNormMean:
		return lossPlan{divide: true}, nil
	case LossNormTrainer:
		hf, ok := hfLosses[m.Arch()]
		if !ok {
			return lossPlan{}, fmt.Errorf("no HF Trainer loss normalisation is recorded for %s (train/step_norm.go hfLosses)", m.Arch())
		}
		return lossPlan{
			numItems: hf.numItems,
			divide:   !hf.lossKwargs,
			shift:    hf.numItems && hf.countShifted,
		}, nil
	}
	return lossPlan{}, fmt.Errorf("unknown loss normalisation %v", norm)
}

// countItems is num_items_in_batch of the micro-batches: their token labels
// that are not models.IgnoreIndex (from the second column on with shift),
// as the Trainer counts them over one optimizer step.
func countItems(micro []map[string]*tensor.Tensor, shift bool) (float64, error) {
	var n int64
	for i, m := range micro {
		l := m[models.InputLabels]
		if l == nil || l.DType != ir.Int64 || l.Shape.Rank() != 2 {
			return 0, fmt.Errorf("micro-batch %d: num_items_in_batch needs (batch, seq) int64 labels", i)
		}
		seq := l.Shape[1]
		for j, v := range l.Int64s() {
			if shift && j%seq == 0 {
				continue
			}
			if v != models.IgnoreIndex {
				n++
			}
		}
	}
	return float64(n), nil
}
