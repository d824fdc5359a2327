package train

import (
	"fmt"
	"sync"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tokenizer"
)

// LMCollator is HF's DataCollatorForLanguageModeling: it pads rows (Padder)
// and sets labels.
//
// Causal (MLM false): labels = input_ids, -100 wherever input_ids equals
// the pad token id (HF compares ids: a real token equal to the pad id, e.g.
// GPT-2's eos used as pad, is ignored too), nothing changed without a pad
// token.
//
// Masked (MLM true), as torch_mask_tokens: every position that is not a
// special token (the row's SpecialTokensMask when it has one; else ids in
// SpecialIDs, HF's all_special_ids, which hold the pad id; padding is never
// chosen either way) is chosen with probability MLMProbability; labels are
// the original id at chosen positions and -100 elsewhere; a chosen position
// becomes MaskID with probability MaskReplaceProb, else a uniform random id
// in [0, VocabSize) with probability RandomReplaceProb/(1-MaskReplaceProb),
// else stays. Draws come from kiln's seeded data RNG (not torch's stream):
// one seed gives the same masks batch after batch on every platform.
// Collate is safe for concurrent use, though the masks then depend on the
// call order.
type LMCollator struct {
	Padder
	MLM               bool
	MLMProbability    float64
	MaskReplaceProb   float64
	RandomReplaceProb float64
	MaskID            int64
	VocabSize         int
	SpecialIDs        map[int64]bool

	mu  sync.Mutex
	rng *dataRNG
}

// NewLMCollator is DataCollatorForLanguageModeling(tok, mlm,
// mlm_probability=0.15, mask_replace_prob=0.8, random_replace_prob=0.1,
// seed): the pad token and side, [MASK], len(tokenizer) and the special
// ids come from tok. MLM without a mask token is an error, as in HF.
func NewLMCollator(tok *tokenizer.Tokenizer, mlm bool, seed uint64) (*LMCollator, error) {
	if tok == nil {
		return nil, fmt.Errorf("language-modeling collator: no tokenizer")
	}
	c := &LMCollator{Padder: NewPadder(tok), MLM: mlm, MLMProbability: 0.15, MaskReplaceProb: 0.8, RandomReplaceProb: 0.1, VocabSize: tok.VocabSize(), SpecialIDs: map[int64]bool{}}
	for _, a := range tok.AddedTokens() {
		if a.Special {
			c.SpecialIDs[int64(a.ID)] = true
		}
	}
	if c.HasPad {
		c.SpecialIDs[c.PadID] = true
	}
	if mlm {
		name := ""
		if tok.Config != nil {
			name = tok.Config.MaskToken
		}
		id, ok := 0, false
		if name != "" {
			id, ok = tok.TokenToID(name)
		}
		if !ok {
			return nil, fmt.Errorf("masked language modeling: the tokenizer has no mask token (mask_token in tokenizer_config.json); use mlm=false for causal language modeling")
		}
		c.MaskID = int64(id)
		c.SpecialIDs[c.MaskID] = true
	}
	c.Seed(seed)
	return c, nil
}

// Seed restarts the collator's random draws from seed.
func (c *LMCollator) Seed(seed uint64) {
	c.mu.Lock()
	c.rng = newDataRNG(seed, streamMLM)
	c.mu.Unlock()
}

func (c *LMCollator) check() error {
	if !c.MLM {
		return nil
	}
	switch {
	case !(c.MLMProbability >= 0 && c.MLMProbability <= 1):
		return fmt.Errorf("mlm_probability %v: want [0, 1]", c.MLMProbability)
	case !(c.MaskReplaceProb >= 0 && c.RandomReplaceProb >= 0 && c.MaskReplaceProb+c.RandomReplaceProb <= 1):
		return fmt.Errorf("mask_replace_prob %v + random_replace_prob %v: want non-negative and at most 1", c.MaskReplaceProb, c.RandomReplaceProb)
	case c.VocabSize < 1:
		return fmt.Errorf("masked language modeling: vocab size %d", c.VocabSize)
	}
	return nil
}

// Collate pads rows and sets labels as the type's doc says. Rows' own
// Labels are ignored (HF overwrites them).
func (c *LMCollator) Collate(rows []TokenizedRow) (*Batch, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	p, err := c.pad(rows)
	if err != nil {
		return nil, err
	}
	b := &p.Batch
	b.LabelSeq = b.Seq
	b.Labels = append([]int64(nil), b.InputIDs...)
	if !c.MLM {
		if c.HasPad {
			for i, id := range b.Labels {
				if id == c.PadID {
					b.Labels[i] = models.IgnoreIndex
				}
			}
		}
		return b, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rng == nil {
		c.rng = newDataRNG(0, streamMLM)
	}
	special := make([]bool, len(b.InputIDs))
	for i, id := range b.InputIDs {
		special[i] = c.SpecialIDs[id]
		if p.special != nil {
			special[i] = p.special[i] != 0
		}
		if n := len(rows[i/b.Seq].InputIDs); !c.Left && i%b.Seq >= n || c.Left && i%b.Seq < b.Seq-n {
			special[i] = true // padding, whatever SpecialIDs holds
		}
	}
	c.maskTokens(b.InputIDs, b.Labels, special, c.rng)
	return b, nil
}

// maskTokens is torch_mask_tokens over ids (changed in place) and labels
// (a copy of ids on entry; -100 where no position is chosen on return):
// positions where special is true are never chosen.
func (c *LMCollator) maskTokens(ids, labels []int64, special []bool, rng *dataRNG) {
	pRandom := 0.0
	if c.MaskReplaceProb < 1 {
		pRandom = c.RandomReplaceProb / (1 - c.MaskReplaceProb)
	}
	for i := range ids {
		// Every draw is made at every position, as HF's full-matrix
		// bernoulli calls are, so one position's outcome does not shift
		// the next positions' draws.
		chosen := rng.float() < c.MLMProbability && !special[i]
		toMask := rng.float() < c.MaskReplaceProb
		toRandom := rng.float() < pRandom
		word := int64(rng.below(uint64(c.VocabSize)))
		if !chosen {
			labels[i] = models.IgnoreIndex
			continue
		}
		switch {
		case toMask:
			ids[i] = c.MaskID
		case toRandom:
			ids[i] = word
		}
	}
}

// Seq2SeqCollator is HF's DataCollatorForSeq2Seq: inputs padded as its
// Padder says; labels padded to the longest label row of the batch (or
// Padder.MaxLength, rounded up to PadToMultipleOf) with LabelPadID (-100 by
// NewSeq2SeqCollator) on the padding side. Rows without labels give a batch
// without labels; a mixture is an error.
type Seq2SeqCollator struct {
	Padder
	LabelPadID int64
}

// NewSeq2SeqCollator reads the pad token and side from tok; labels are
// padded with -100.
func NewSeq2SeqCollator(tok *tokenizer.Tokenizer) *Seq2SeqCollator {
	return &Seq2SeqCollator{Padder: NewPadder(tok), LabelPadID: models.IgnoreIndex}
}

// Collate pads rows and their labels.
func (c *Seq2SeqCollator) Collate(rows []TokenizedRow) (*Batch, error) {
	p, err := c.pad(rows)
	if err != nil {
		return nil, err
	}
	b := &p.Batch
	if rows[0].Labels == nil {
		for _, r := range rows {
			if r.Labels != nil {
				return nil, fmt.Errorf("collate: line %d has labels, line %d none", r.Line, rows[0].Line)
			}
		}
		return b, nil
	}
	longest := 0
	for _, r := range rows {
		if r.Labels == nil {
			return nil, fmt.Errorf("collate: line %d has no labels, line %d has", r.Line, rows[0].Line)
		}
		longest = max(longest, len(r.Labels))
	}
	if c.MaxLength > 0 && longest > c.MaxLength {
		return nil, fmt.Errorf("collate: labels of %d values are longer than max_length %d", longest, c.MaxLength)
	}
	n := c.length(longest)
	b.LabelSeq = n
	b.Labels = make([]int64, 0, b.Rows*n)
	for _, r := range rows {
		pad := n - len(r.Labels)
		if !c.Left {
			b.Labels = append(b.Labels, r.Labels...)
		}
		for range pad {
			b.Labels = append(b.Labels, c.LabelPadID)
		}
		if c.Left {
			b.Labels = append(b.Labels, r.Labels...)
		}
	}
	return b, nil
}
