package train

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/kiln-ml/kiln/tokenizer"
)

// TokenizedRow is one tokenized (and possibly packed) row, before
// collation. Labels is nil until packing or the caller sets it; the
// language-modeling collators derive their labels from InputIDs instead.
type TokenizedRow struct {
	// Line names the row in errors: the line Tokenize was given for it
	// (TokenizeColumn: Table.Lines), else its index + 1; a packed block
	// keeps its first token's.
	Line              int
	InputIDs          []int64
	AttentionMask     []int64
	TokenTypeIDs      []int64 // nil unless TokenizeOptions.TokenTypeIDs
	SpecialTokensMask []int64 // 1 for a special token; nil unless TokenizeOptions.SpecialTokensMask
	Labels            []int64
}

// TokenizeOptions are the arguments of a tokenizer(texts, ...) call in a
// datasets.map(..., batched=True).
type TokenizeOptions struct {
	// MaxLength > 0 truncates every row to that many tokens, special
	// tokens included (truncation=True, max_length; the tokenizer's
	// truncation side). 0 does not truncate, HF's default.
	MaxLength int
	// NoSpecialTokens is add_special_tokens=False (HF adds them by
	// default: [CLS] ... [SEP] for BERT, nothing for GPT-2).
	NoSpecialTokens bool
	// TokenTypeIDs returns token_type_ids (HF does for models that take
	// them, such as BERT).
	TokenTypeIDs bool
	// SpecialTokensMask is return_special_tokens_mask=True, which run_mlm
	// passes so that the MLM collator never masks special tokens.
	SpecialTokensMask bool
	// Workers encode in parallel (0: GOMAXPROCS). Results are in row
	// order whatever the number.
	Workers int
}

// Tokenize encodes texts with tok as HF's tokenizer(texts) with opts does:
// no padding (a padding configured in tokenizer.json is taken off again, as
// padding=False does), truncation only when MaxLength is set. lines name
// the rows in errors (nil: row indices). Rows are encoded on
// opts.Workers goroutines; the result is in text order.
func Tokenize(tok *tokenizer.Tokenizer, texts []string, lines []int, opts TokenizeOptions) ([]TokenizedRow, error) {
	rows, bad, err := tokenize(tok, texts, lines, opts)
	if err != nil && bad >= 0 {
		where := fmt.Sprintf("row %d", bad)
		if lines != nil {
			where = fmt.Sprintf("line %d", lines[bad])
		}
		return nil, fmt.Errorf("tokenize %s: %w", where, err)
	}
	return rows, err
}

// tokenize is Tokenize; a row's encoding error comes with its index (else
// -1).
func tokenize(tok *tokenizer.Tokenizer, texts []string, lines []int, opts TokenizeOptions) ([]TokenizedRow, int, error) {
	if tok == nil {
		return nil, -1, fmt.Errorf("tokenize: no tokenizer")
	}
	if opts.MaxLength < 0 {
		return nil, -1, fmt.Errorf("tokenize: max_length %d is negative", opts.MaxLength)
	}
	if lines != nil && len(lines) != len(texts) {
		return nil, -1, fmt.Errorf("tokenize: %d lines for %d texts", len(lines), len(texts))
	}
	encOpts := []tokenizer.EncodeOption{tokenizer.AddSpecialTokens(!opts.NoSpecialTokens), tokenizer.WithoutTruncation()}
	if opts.MaxLength > 0 {
		side := tokenizer.Right
		if tok.Config != nil && tok.Config.TruncationSide == "left" {
			side = tokenizer.Left
		}
		encOpts[1] = tokenizer.WithTruncation(tokenizer.Truncation{MaxLength: opts.MaxLength, Strategy: tokenizer.LongestFirst, Direction: side})
	}
	out := make([]TokenizedRow, len(texts))
	errs := make([]error, len(texts))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(texts)))
	// Contiguous chunks keep each worker's rows together; order is kept by
	// writing row i into out[i].
	var wg sync.WaitGroup
	chunk := (len(texts) + workers - 1) / max(workers, 1)
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(texts))
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i], errs[i] = encodeRow(tok, texts[i], encOpts, opts)
				if errs[i] != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	for i := range texts {
		line := i + 1
		if lines != nil {
			line = lines[i]
		}
		if errs[i] != nil {
			return nil, i, errs[i]
		}
		out[i].Line = line
	}
	return out, -1, nil
}

func encodeRow(tok *tokenizer.Tokenizer, text string, encOpts []tokenizer.EncodeOption, opts TokenizeOptions) (TokenizedRow, error) {
	e, err := tok.Encode(text, encOpts...)
	if err != nil {
		return TokenizedRow{}, err
	}
	var r TokenizedRow
	n := len(e.IDs)
	r.InputIDs = make([]int64, 0, n)
	r.AttentionMask = make([]int64, 0, n)
	if opts.TokenTypeIDs {
		r.TokenTypeIDs = make([]int64, 0, n)
	}
	if opts.SpecialTokensMask {
		r.SpecialTokensMask = make([]int64, 0, n)
	}
	for j, id := range e.IDs {
		if j < len(e.AttentionMask) && e.AttentionMask[j] == 0 {
			continue // fixed-length padding from tokenizer.json: padding=False drops it
		}
		r.InputIDs = append(r.InputIDs, int64(id))
		r.AttentionMask = append(r.AttentionMask, 1)
		if opts.TokenTypeIDs {
			r.TokenTypeIDs = append(r.TokenTypeIDs, int64(at(e.TypeIDs, j)))
		}
		if opts.SpecialTokensMask {
			r.SpecialTokensMask = append(r.SpecialTokensMask, int64(at(e.SpecialTokensMask, j)))
		}
	}
	if opts.MaxLength > 0 && len(r.InputIDs) > opts.MaxLength { // only the special tokens are left
		return TokenizedRow{}, fmt.Errorf("max_length %d leaves no room for text after the %d special tokens", opts.MaxLength, len(r.InputIDs))
	}
	return r, nil
}

func at(s []int, i int) int {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// TokenizeColumn tokenizes the string column of t (see Tokenize); errors
// name t's file and line.
func TokenizeColumn(tok *tokenizer.Tokenizer, t *Table, column string, opts TokenizeOptions) ([]TokenizedRow, error) {
	texts, err := t.Strings(column)
	if err != nil {
		return nil, err
	}
	rows, bad, err := tokenize(tok, texts, t.Lines, opts)
	if err != nil {
		if bad >= 0 {
			return nil, fmt.Errorf("%s: column %q: tokenize: %w", t.Where(bad), column, err)
		}
		return nil, err
	}
	return rows, nil
}
