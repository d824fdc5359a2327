package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tokenizer"
	"github.com/kiln-ml/kiln/train"
)

// textData holds kiln train's text-dataset flags: the data arguments of
// transformers' run_clm (causal LMs) and run_glue (sequence classifiers)
// examples.
type textData struct {
	dataset      string // --dataset: a local file (.txt, .csv, .tsv, .json/.jsonl, .parquet) or a Hub dataset repo id
	eval         string // --eval-dataset with --dataset: a local file or a Hub dataset repo id (its validation split)
	textColumn   string // --text-column ("" : "text")
	labelColumn  string // --label-column: the class (or value) column of a sequence classifier
	blockSize    int    // --block-size: packed block length of a causal LM (0: run_clm's default)
	maxLength    int    // --max-length: truncation of a classifier's rows (0: the tokenizer's model_max_length, if any)
	validPercent int    // --validation-split-percentage: eval rows split off --dataset when evaluation is asked and no --eval-dataset is given
	mlm          mlmData
}

// mlmData holds the masked-LM flags: the data arguments of transformers'
// run_mlm example.
type mlmData struct {
	probability    float64 // --mlm-probability (run_mlm's mlm_probability, 0.15)
	probabilitySet bool    // --mlm-probability was given
	lineByLine     bool    // --line-by-line: one example per non-blank line, truncated to the max length
	maxSeqLength   int     // --max-seq-length: run_mlm's max_seq_length (0: its default)
}

// used names the masked-LM flags given, for errors ("" when none is).
func (m mlmData) used() string {
	var names []string
	if m.probabilitySet {
		names = append(names, "--mlm-probability")
	}
	if m.lineByLine {
		names = append(names, "--line-by-line")
	}
	if m.maxSeqLength != 0 {
		names = append(names, "--max-seq-length")
	}
	return strings.Join(names, ", ")
}

// check validates the flags that need no model.
func (m mlmData) check() error {
	if !(m.probability > 0 && m.probability < 1) {
		return fmt.Errorf("--mlm-probability %v: want a probability strictly between 0 and 1", m.probability)
	}
	if m.maxSeqLength < 0 {
		return fmt.Errorf("--max-seq-length %d: want >= 1", m.maxSeqLength)
	}
	return nil
}

// load tokenizes the datasets with the tokenizer of modelDir and returns
// the training rows and the evaluation rows (nil when evaluation is
// neither asked by args nor given), and the per-batch collator the Trainer
// must apply (nil but for masked LMs). A causal LM's rows are tokenized and
// packed into blocks (labels = input_ids); with --label-column the rows are
// a classifier's, truncated to --max-length; a masked LM's are run_mlm's
// (see mlmRows), masked per batch by the returned collator.
func (d textData) load(ctx context.Context, modelDir string, model models.Model, args *train.TrainingArguments) (trainDS, evalDS *train.Dataset, coll train.BatchCollator, err error) {
	arch := model.Arch()
	masked := model.Task() == models.TaskMaskedLM && d.labelColumn == ""
	if used := d.mlm.used(); used != "" && !masked {
		what := "is not a masked LM (run_mlm trains ...ForMaskedLM models)"
		if d.labelColumn != "" {
			what = "trains a sequence classifier with --label-column"
		}
		return nil, nil, nil, fmt.Errorf("%s: %s %s; the masked-LM options do not apply", used, arch, what)
	}
	tok, err := tokenizer.FromDir(modelDir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("--dataset needs the model's tokenizer: %w", err)
	}
	if masked {
		if coll, err = d.mlmCollator(tok, modelDir, model); err != nil {
			return nil, nil, nil, err
		}
	}
	table, err := readTextTable(ctx, d.dataset, "train")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("--dataset: %w", err)
	}
	var evalTable *train.Table
	switch {
	case d.eval != "":
		split := "validation"
		if evalTable, err = readTextTable(ctx, d.eval, split); err != nil {
			return nil, nil, nil, fmt.Errorf("--eval-dataset: %w", err)
		}
	case args.EvalStrategy != "" && args.EvalStrategy != "no":
		// run_clm without a validation split: validation is
		// train[:p%] and training train[p%:] (datasets' percent slices,
		// rounded to the closest row).
		pct := d.validPercent
		if pct <= 0 || pct >= 100 {
			return nil, nil, nil, fmt.Errorf("--validation-split-percentage %d: want 1..99 (eval_strategy %q needs evaluation rows; or give --eval-dataset)", pct, args.EvalStrategy)
		}
		if table, evalTable, err = splitHead(table, pct); err != nil {
			return nil, nil, nil, fmt.Errorf("--dataset: %w", err)
		}
	}
	prep := func(t *train.Table, name string) (*train.Dataset, error) {
		if d.labelColumn != "" {
			maxLen := d.maxLength
			if maxLen == 0 && tok.Config != nil {
				maxLen = tok.Config.ModelMaxLength
			}
			rows, err := train.PrepareLM(tok, t, train.LMDataOptions{TextColumn: d.textColumn,
				Tokenize: train.TokenizeOptions{MaxLength: maxLen, TokenTypeIDs: strings.HasPrefix(arch, "Bert")}})
			if err != nil {
				return nil, err
			}
			return train.ToLabeledDataset(rows, t, d.labelColumn)
		}
		if masked {
			return d.mlmRows(tok, t, name, strings.HasPrefix(arch, "Bert"))
		}
		if !isCausalLM(arch) {
			return nil, fmt.Errorf("%s: text datasets train causal LMs (packed blocks), masked LMs (run_mlm) or, with --label-column, sequence classifiers", arch)
		}
		block, err := d.block(tok, modelDir)
		if err != nil {
			return nil, err
		}
		rows, err := train.PrepareLM(tok, t, train.LMDataOptions{TextColumn: d.textColumn, BlockSize: block})
		if err != nil {
			return nil, err
		}
		return train.ToDataset(rows, name)
	}
	if trainDS, err = prep(table, d.dataset); err != nil {
		return nil, nil, nil, fmt.Errorf("--dataset: %w", err)
	}
	if evalTable != nil {
		name := d.eval
		if name == "" {
			name = d.dataset + " (validation split)"
		}
		if evalDS, err = prep(evalTable, name); err != nil {
			return nil, nil, nil, fmt.Errorf("--eval-dataset: %w", err)
		}
	}
	return trainDS, evalDS, coll, nil
}

// block is run_clm's block_size: --block-size capped at the tokenizer's
// model_max_length, or without it model_max_length when the model's
// positions allow it, else min(1024, max_position_embeddings).
func (d textData) block(tok *tokenizer.Tokenizer, modelDir string) (int, error) {
	maxLen := 0
	if tok.Config != nil {
		maxLen = tok.Config.ModelMaxLength // 0: no limit
	}
	if d.blockSize < 0 {
		return 0, fmt.Errorf("--block-size %d: want >= 1", d.blockSize)
	}
	if d.blockSize > 0 {
		if maxLen > 0 {
			return min(d.blockSize, maxLen), nil
		}
		return d.blockSize, nil
	}
	pos := maxPositions(modelDir)
	if maxLen > 0 && (pos == 0 || maxLen <= pos) {
		return maxLen, nil
	}
	if pos > 0 {
		return min(1024, pos), nil
	}
	return 1024, nil
}

// maxPositions reads max_position_embeddings (n_positions for GPT-2) from
// the model's config.json; 0 when it has neither.
func maxPositions(modelDir string) int {
	raw, err := os.ReadFile(filepath.Join(modelDir, "config.json"))
	if err != nil {
		return 0
	}
	var c struct {
		MaxPos *int `json:"max_position_embeddings"`
		NPos   *int `json:"n_positions"`
	}
	if json.Unmarshal(raw, &c) != nil {
		return 0
	}
	switch {
	case c.MaxPos != nil:
		return *c.MaxPos
	case c.NPos != nil:
		return *c.NPos
	}
	return 0
}

// isCausalLM reports whether an architecture trains on shifted token
// labels (transformers' causal-LM heads).
func isCausalLM(arch string) bool {
	return strings.HasSuffix(arch, "ForCausalLM") || arch == "GPT2LMHeadModel"
}

// readTextTable reads a local file, or split of a Hub dataset repo.
func readTextTable(ctx context.Context, src, split string) (*train.Table, error) {
	if _, err := os.Stat(src); err == nil {
		return train.ReadTable(src, train.ReadOptions{})
	}
	if strings.Count(src, "/") > 1 || strings.ContainsAny(src, `\`) || filepath.Ext(src) != "" && !strings.Contains(src, "/") {
		return nil, fmt.Errorf("%s: no such file (and not a Hub dataset repo id)", src)
	}
	return train.ReadHubDataset(ctx, src, split, hubOptions(), train.ReadOptions{})
}

// splitHead splits t as datasets' "train[p%:]" and "train[:p%]" slices do:
// the first round(p% of the rows) are the second table.
func splitHead(t *train.Table, pct int) (rest, head *train.Table, err error) {
	n := t.Len()
	k := int(math.Round(float64(n) * float64(pct) / 100))
	if k == 0 || k == n {
		return nil, nil, fmt.Errorf("%d rows: a %d%% validation split leaves no training or no validation rows", n, pct)
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if head, err = t.Select(idx[:k]); err != nil {
		return nil, nil, err
	}
	if rest, err = t.Select(idx[k:]); err != nil {
		return nil, nil, err
	}
	return rest, head, nil
}
