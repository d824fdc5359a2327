package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/models"
)

// BatchCollator is the part of the HF Trainer's data_collator that kiln's
// own Collator (padding, tensors) does not do: it turns the rows of one
// batch into the rows the Collator then pads, as the Trainer draws the
// batch. TrainerOptions.DataCollator sets one; the masked-LM collator
// (LMCollator) is the one kiln has.
//
// CollateBatch gets the batch's rows (never the rows added to give a short
// batch the step's shape) and a seed for any random draw, and returns as
// many rows, each as long as its input row (it must not pad: the Collator
// does), in the same order. It must not change the rows it is given (they
// are the Dataset's). Its output is a function of (rows, seed) only: the
// Trainer derives the seed from the run's seed and the batch's place
// (TrainBatchSeed, EvalBatchSeed), which makes runs, resumed runs included,
// reproducible.
type BatchCollator interface {
	CollateBatch(rows []Example, seed uint64) ([]Example, error)
}

// Salts that keep the batch seeds of training, evaluation and dropout
// (DropoutSeed) apart.
const (
	saltTrainBatch uint64 = 0x6d6c6d2d74726169 // "mlm-trai"
	saltEvalBatch  uint64 = 0x6d6c6d2d6576616c // "mlm-eval"
)

// TrainBatchSeed is the DataCollator seed of micro-batch micro (0-based)
// of the optimizer step that follows step completed steps, in a run
// seeded with seed (TrainingArguments.seed): a SplitMix64 hash of the
// three, so every micro-batch of every epoch draws afresh (a row seen again
// in a later epoch gets new masks) and a resumed run draws what the
// uninterrupted one drew.
func TrainBatchSeed(seed int64, step, micro int) uint64 {
	return splitmix64(uint64(seed) ^ splitmix64(saltTrainBatch^(uint64(step)<<20+uint64(micro))))
}

// EvalBatchSeed is the DataCollator seed of evaluation batch batch
// (0-based, per_device_eval_batch_size rows each) in a run seeded with
// seed. It does not depend on the step: every evaluation of one dataset
// draws the same masks, so eval_loss changes only with the weights and is
// reproducible. (HF's collator draws new masks each evaluation from
// torch's global generator.)
func EvalBatchSeed(seed int64, batch int) uint64 {
	return splitmix64(uint64(seed) ^ splitmix64(saltEvalBatch^uint64(batch)))
}

// CollateBatch makes LMCollator a BatchCollator: torch_mask_tokens on each
// row (MLM true; a causal LMCollator sets labels = input_ids and leaves
// the rest to the Trainer's Collator), drawing from kiln's data RNG seeded
// with seed, not from the collator's own stream (which Collate advances).
// Positions are never chosen where the row's SpecialTokensMask is 1 (rows
// without one: where the id is in SpecialIDs) or where its attention mask
// is 0. Labels are the original ids at the chosen positions, -100
// elsewhere. The draws run over the rows' tokens in order, four per token
// as in Collate, so one row's masks depend on the rows before it in the
// batch. No padding is added.
func (c *LMCollator) CollateBatch(rows []Example, seed uint64) ([]Example, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	rng := newDataRNG(seed, streamMLM)
	out := make([]Example, len(rows))
	for i, r := range rows {
		n := len(r.InputIDs)
		if r.SpecialTokensMask != nil && len(r.SpecialTokensMask) != n || r.AttentionMask != nil && len(r.AttentionMask) != n {
			return nil, fmt.Errorf("collate: line %d: special_tokens_mask or attention_mask of another length than input_ids (%d)", r.Line, n)
		}
		ids := append([]int64(nil), r.InputIDs...)
		labels := append([]int64(nil), r.InputIDs...)
		if c.MLM {
			special := make([]bool, n)
			for j, id := range r.InputIDs {
				special[j] = c.SpecialIDs[id]
				if r.SpecialTokensMask != nil {
					special[j] = r.SpecialTokensMask[j] != 0
				}
				if r.AttentionMask != nil && r.AttentionMask[j] == 0 {
					special[j] = true // padding
				}
			}
			c.maskTokens(ids, labels, special, rng)
		} else if c.HasPad {
			for j, id := range labels {
				if id == c.PadID {
					labels[j] = models.IgnoreIndex
				}
			}
		}
		vals := make([]float64, n)
		for j, v := range labels {
			vals[j] = float64(v)
		}
		out[i] = Example{Line: r.Line, InputIDs: ids, AttentionMask: r.AttentionMask, TokenTypeIDs: r.TokenTypeIDs,
			SpecialTokensMask: r.SpecialTokensMask, Labels: Label{List: true, Values: vals, Ints: labels}}
	}
	return out, nil
}
