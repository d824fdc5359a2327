package main

import (
	"fmt"
	"path/filepath"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tokenizer"
	"github.com/kiln-ml/kiln/train"
)

// mlmDefaultMaxSeqLength is run_mlm's cap on the tokenizer's
// model_max_length when --max_seq_length is not given.
const mlmDefaultMaxSeqLength = 1024

// mlmCollator is run_mlm's DataCollatorForLanguageModeling(tokenizer,
// mlm_probability): the masked-LM collator the Trainer applies to every
// batch. The mask token is tokenizer_config.json's mask_token or, when the
// file does not mention it, the default of the tokenizer class HF would
// pick (tokenizer.FromDir). A tokenizer without a mask token, and one with
// more tokens than the model's vocabulary (random replacements would draw
// ids the embedding lacks; run_mlm resizes the embeddings, kiln does not),
// are errors naming the model directory.
func (d textData) mlmCollator(tok *tokenizer.Tokenizer, modelDir string, model models.Model) (*train.LMCollator, error) {
	if tok.Config == nil || tok.Config.MaskToken == "" {
		cfgPath, class, null := filepath.Join(modelDir, "tokenizer_config.json"), "", false
		if c := tok.Config; c != nil {
			if c.AutoClass != "" {
				class = " " + c.AutoClass
			}
			v, given := c.Raw["mask_token"]
			null = given && v == nil
		}
		why := fmt.Sprintf("neither %s nor the defaults of its tokenizer class%s give one that is in the vocabulary", cfgPath, class)
		if null {
			why = cfgPath + " sets mask_token to null"
		}
		return nil, fmt.Errorf("%s: the tokenizer has no mask token (%s): masked-LM training replaces tokens with it", modelDir, why)
	}
	c, err := train.NewLMCollator(tok, true, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", modelDir, err)
	}
	c.MLMProbability = d.mlm.probability
	if v := model.Config().Common().VocabSize; c.VocabSize > v {
		return nil, fmt.Errorf("%s: the tokenizer has %d tokens, more than %s's vocab_size %d: masking would draw random ids the model has no embedding for (run_mlm resizes the embeddings; kiln does not)",
			modelDir, c.VocabSize, model.Arch(), v)
	}
	return c, nil
}

// mlmRows are run_mlm's training (or evaluation) rows of t: the texts
// tokenized with special_tokens_mask (and token_type_ids for BERT), then
// packed into max_seq_length blocks with group_texts, or with
// --line-by-line one row per non-blank text truncated to max_seq_length
// (and padded only to its batch's longest row, run_mlm's default without
// --pad_to_max_length). Labels are set per batch by the collator.
func (d textData) mlmRows(tok *tokenizer.Tokenizer, t *train.Table, name string, tokenTypes bool) (*train.Dataset, error) {
	maxSeq, err := d.mlmMaxSeqLength(tok)
	if err != nil {
		return nil, err
	}
	opts := train.LMDataOptions{TextColumn: d.textColumn,
		Tokenize: train.TokenizeOptions{SpecialTokensMask: true, TokenTypeIDs: tokenTypes}}
	if d.mlm.lineByLine {
		opts.Tokenize.MaxLength = maxSeq
	} else {
		opts.BlockSize = maxSeq
	}
	rows, err := train.PrepareLM(tok, t, opts)
	if err != nil {
		return nil, err
	}
	return train.ToDataset(rows, name)
}

// mlmMaxSeqLength is run_mlm's max_seq_length: --max-seq-length (or
// --block-size, run_clm's name for it) capped at the tokenizer's
// model_max_length; without either, model_max_length capped at 1024 (1024
// when the tokenizer gives no limit).
func (d textData) mlmMaxSeqLength(tok *tokenizer.Tokenizer) (int, error) {
	given := d.mlm.maxSeqLength
	switch {
	case d.blockSize < 0:
		return 0, fmt.Errorf("--block-size %d: want >= 1", d.blockSize)
	case d.blockSize > 0 && given > 0 && d.blockSize != given:
		return 0, fmt.Errorf("--block-size %d and --max-seq-length %d: a masked LM has one length (run_mlm's max_seq_length); give one", d.blockSize, given)
	case d.blockSize > 0:
		given = d.blockSize
	}
	maxLen := 0 // no limit
	if tok.Config != nil {
		maxLen = tok.Config.ModelMaxLength
	}
	if given == 0 {
		if maxLen == 0 || maxLen > mlmDefaultMaxSeqLength {
			return mlmDefaultMaxSeqLength, nil
		}
		return maxLen, nil
	}
	if maxLen > 0 {
		return min(given, maxLen), nil
	}
	return given, nil
}

// mlmNotice says how kiln's masks relate to HF's.
func mlmNotice(c train.BatchCollator, args train.TrainingArguments) string {
	lm, ok := c.(*train.LMCollator)
	if !ok {
		return ""
	}
	return fmt.Sprintf("masked LM: %.4g of the tokens are masked anew every time a batch is drawn (run_mlm's DataCollatorForLanguageModeling), from kiln's generator seeded by seed %d, the same masks for every evaluation: an HF run's masks in distribution, not token for token",
		lm.MLMProbability, args.Seed)
}
