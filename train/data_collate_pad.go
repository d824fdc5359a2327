package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// Batch is a collated batch of TokenizedRows: Rows x Seq matrices in
// row-major order, as HF's collators return them (before they become
// tensors).
type Batch struct {
	Rows, Seq     int
	InputIDs      []int64
	AttentionMask []int64
	// TokenTypeIDs is nil when the rows have none.
	TokenTypeIDs []int64
	// Labels is Rows x LabelSeq (LabelSeq == Seq except for Seq2Seq
	// batches); nil when the rows have no labels.
	Labels   []int64
	LabelSeq int
}

// Padder pads rows as tokenizer.pad does inside HF's
// DataCollatorWithPadding (padding="longest" by default): input_ids with
// PadID, attention_mask and token_type_ids with 0, special_tokens_mask
// with 1, on the right (or the left with Left, padding_side="left").
type Padder struct {
	// PadID is the tokenizer's pad_token_id; HasPad is false when it has
	// none. HF refuses to pad without one; kiln pads only batches whose
	// rows differ in length, so it is an error only for those.
	PadID  int64
	HasPad bool
	// Left pads at the start (padding_side="left").
	Left bool
	// MaxLength > 0 pads every batch to that length (padding="max_length");
	// a longer row is an error (truncate when tokenizing).
	MaxLength int
	// PadToMultipleOf > 0 rounds the padded length up to a multiple.
	PadToMultipleOf int
}

// NewPadder reads pad_token_id and padding_side (tokenizer_config.json)
// from tok.
func NewPadder(tok *tokenizer.Tokenizer) Padder {
	id, ok := tok.PadTokenID()
	return Padder{PadID: int64(id), HasPad: ok, Left: tok.Config != nil && tok.Config.PaddingSide == "left"}
}

// length is the padded length of a batch whose longest row has n tokens.
func (p Padder) length(n int) int {
	if p.MaxLength > 0 {
		n = p.MaxLength
	}
	if m := p.PadToMultipleOf; m > 0 && n%m != 0 {
		n = (n/m + 1) * m
	}
	return n
}

// padded is rows' padded inputs plus their (padded) special-tokens mask.
type padded struct {
	Batch
	special []int64 // nil when the rows have none
}

// pad pads rows' inputs; labels are left to the caller.
func (p Padder) pad(rows []TokenizedRow) (*padded, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("collate: no rows")
	}
	longest, ragged := 0, false
	hasTypes, hasSpecial := rows[0].TokenTypeIDs != nil, rows[0].SpecialTokensMask != nil
	for _, r := range rows {
		n := len(r.InputIDs)
		if n == 0 {
			return nil, fmt.Errorf("collate: line %d: no tokens", r.Line)
		}
		if n != len(rows[0].InputIDs) {
			ragged = true
		}
		longest = max(longest, n)
		if r.AttentionMask != nil && len(r.AttentionMask) != n {
			return nil, fmt.Errorf("collate: line %d: attention_mask has %d values, input_ids %d", r.Line, len(r.AttentionMask), n)
		}
		if (r.TokenTypeIDs != nil) != hasTypes || hasTypes && len(r.TokenTypeIDs) != n {
			return nil, fmt.Errorf("collate: line %d: token_type_ids missing or of another length than input_ids", r.Line)
		}
		if (r.SpecialTokensMask != nil) != hasSpecial || hasSpecial && len(r.SpecialTokensMask) != n {
			return nil, fmt.Errorf("collate: line %d: special_tokens_mask missing or of another length than input_ids", r.Line)
		}
	}
	if p.MaxLength > 0 && longest > p.MaxLength {
		return nil, fmt.Errorf("collate: a row of %d tokens is longer than max_length %d (truncate when tokenizing)", longest, p.MaxLength)
	}
	seq := p.length(longest)
	if (ragged || seq != longest) && !p.HasPad {
		return nil, fmt.Errorf("collate: rows of %d to %d tokens need padding, but the tokenizer has no pad token (set one, e.g. the eos token, as HF asks)", minLen(rows), longest)
	}
	b := &padded{Batch: Batch{Rows: len(rows), Seq: seq}}
	b.InputIDs = make([]int64, b.Rows*seq)
	b.AttentionMask = make([]int64, b.Rows*seq)
	if hasTypes {
		b.TokenTypeIDs = make([]int64, b.Rows*seq)
	}
	if hasSpecial {
		b.special = make([]int64, b.Rows*seq)
	}
	for i, r := range rows {
		n := len(r.InputIDs)
		off := i * seq // where the row's tokens start
		padOff := i*seq + n
		if p.Left {
			off, padOff = i*seq+seq-n, i*seq
		}
		for j := 0; j < seq-n; j++ {
			b.InputIDs[padOff+j] = p.PadID
			if hasSpecial {
				b.special[padOff+j] = 1
			}
		}
		copy(b.InputIDs[off:off+n], r.InputIDs)
		for j := 0; j < n; j++ {
			b.AttentionMask[off+j] = 1
			if r.AttentionMask != nil {
				b.AttentionMask[off+j] = r.AttentionMask[j]
			}
		}
		if hasTypes {
			copy(b.TokenTypeIDs[off:off+n], r.TokenTypeIDs)
		}
		if hasSpecial {
			copy(b.special[off:off+n], r.SpecialTokensMask)
		}
	}
	return b, nil
}

func minLen(rows []TokenizedRow) int {
	n := len(rows[0].InputIDs)
	for _, r := range rows {
		n = min(n, len(r.InputIDs))
	}
	return n
}

// Pad is DataCollatorWithPadding: the rows' inputs padded as the type's doc
// says. Labels, when the rows have them, are stacked unpadded (as HF passes
// "labels" through tokenizer.pad): rows with labels of different lengths
// are an error (use Seq2SeqCollator).
func (p Padder) Pad(rows []TokenizedRow) (*Batch, error) {
	b, err := p.pad(rows)
	if err != nil {
		return nil, err
	}
	if rows[0].Labels == nil {
		return &b.Batch, nil
	}
	n := len(rows[0].Labels)
	for _, r := range rows {
		if len(r.Labels) != n {
			return nil, fmt.Errorf("collate: line %d: labels of %d and %d values in one batch: DataCollatorWithPadding does not pad labels (use the Seq2Seq collator)", r.Line, n, len(r.Labels))
		}
		b.Labels = append(b.Labels, r.Labels...)
	}
	b.LabelSeq = n
	return &b.Batch, nil
}

// Examples returns the batch's rows as Examples with token labels, for the
// Trainer's Collator (which then pads nothing: every row is Seq long). A
// batch without labels, or whose labels are not Seq long, is an error.
func (b *Batch) Examples() ([]Example, error) {
	if b.Labels == nil || b.LabelSeq != b.Seq {
		return nil, fmt.Errorf("batch: want token labels as long as input_ids (%d), have %d", b.Seq, b.LabelSeq)
	}
	out := make([]Example, b.Rows)
	for i := range out {
		s := i * b.Seq
		ls := append([]int64(nil), b.Labels[s:s+b.Seq]...)
		lv := make([]float64, len(ls))
		for j, v := range ls {
			lv[j] = float64(v)
		}
		out[i] = Example{
			InputIDs:      b.InputIDs[s : s+b.Seq],
			AttentionMask: b.AttentionMask[s : s+b.Seq],
			Labels:        Label{List: true, Values: lv, Ints: ls},
		}
		if b.TokenTypeIDs != nil {
			out[i].TokenTypeIDs = b.TokenTypeIDs[s : s+b.Seq]
		}
	}
	return out, nil
}

// Tensors returns the batch as int64 host tensors named as the models'
// inputs: input_ids, attention_mask, token_type_ids (when present) and
// labels (when present).
func (b *Batch) Tensors() (map[string]*tensor.Tensor, error) {
	out := map[string]*tensor.Tensor{}
	add := func(name string, shape ir.Shape, v []int64) error {
		t, err := tensor.FromInt64(ir.Int64, shape, v)
		if err != nil {
			return fmt.Errorf("batch %s: %w", name, err)
		}
		out[name] = t
		return nil
	}
	shape := ir.Shape{b.Rows, b.Seq}
	if err := add(models.InputIDs, shape, b.InputIDs); err != nil {
		return nil, err
	}
	if err := add(models.InputAttentionMask, shape, b.AttentionMask); err != nil {
		return nil, err
	}
	if b.TokenTypeIDs != nil {
		if err := add(models.InputTokenTypeIDs, shape, b.TokenTypeIDs); err != nil {
			return nil, err
		}
	}
	if b.Labels != nil {
		if err := add(models.InputLabels, ir.Shape{b.Rows, b.LabelSeq}, b.Labels); err != nil {
			return nil, err
		}
	}
	return out, nil
}
