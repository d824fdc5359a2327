package train

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kiln-ml/kiln/tokenizer"
)

// LMDataOptions are the data arguments of transformers' run_clm / run_mlm
// examples.
type LMDataOptions struct {
	// TextColumn holds the text ("" means "text", the examples' default
	// when the table has it).
	TextColumn string
	// Tokenize configures the tokenizer call.
	Tokenize TokenizeOptions
	// BlockSize > 0 packs the tokenized rows with GroupTexts (the
	// examples' default); 0 keeps one row per text (run_mlm's
	// line_by_line: empty and whitespace-only texts are dropped first, and
	// Tokenize.MaxLength should truncate).
	BlockSize int
	// MapBatchSize is group_texts' batch (0: DefaultMapBatchSize, < 0: all
	// rows at once).
	MapBatchSize int
}

// PrepareLM tokenizes t's text column and packs it as LMDataOptions say,
// giving the rows a language-modeling collator takes. An empty table, a
// missing column, a non-string cell (named by file:line and column) and a
// dataset too short for one block are errors. Rows that tokenize to no
// token are dropped when not packing (no model trains on them).
func PrepareLM(tok *tokenizer.Tokenizer, t *Table, opts LMDataOptions) ([]TokenizedRow, error) {
	src := t.Name
	if src == "" {
		src = "dataset"
	}
	if t.Len() == 0 {
		return nil, fmt.Errorf("%s: empty dataset: no rows to train on", src)
	}
	col := opts.TextColumn
	if col == "" {
		col = "text"
	}
	if _, err := t.Column(col); err != nil {
		return nil, err
	}
	if opts.BlockSize < 0 {
		return nil, fmt.Errorf("block_size %d: want >= 1 (or 0 for one row per text)", opts.BlockSize)
	}
	if opts.BlockSize == 0 { // line by line: drop blank texts first, as run_mlm
		texts, err := t.Strings(col)
		if err != nil {
			return nil, err
		}
		var keep []int
		for i, s := range texts {
			if strings.TrimFunc(s, unicode.IsSpace) != "" {
				keep = append(keep, i)
			}
		}
		if len(keep) == 0 {
			return nil, fmt.Errorf("%s: column %q: every text is empty or blank", src, col)
		}
		t, _ = t.Select(keep) // indices from range
	}
	rows, err := TokenizeColumn(tok, t, col, opts.Tokenize)
	if err != nil {
		return nil, err
	}
	if opts.BlockSize == 0 {
		out := rows[:0]
		for _, r := range rows {
			if len(r.InputIDs) > 0 {
				out = append(out, r)
			}
		}
		if len(out) == 0 {
			return nil, fmt.Errorf("%s: column %q: no text gives a token", src, col)
		}
		return out, nil
	}
	blocks, err := GroupTexts(rows, opts.BlockSize, opts.MapBatchSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if len(blocks) == 0 {
		total := 0
		for _, r := range rows {
			total += len(r.InputIDs)
		}
		batch := "all rows are packed together"
		if bs := opts.MapBatchSize; bs >= 0 {
			if bs == 0 {
				bs = DefaultMapBatchSize
			}
			batch = fmt.Sprintf("each batch of %d rows is packed alone", bs)
		}
		return nil, fmt.Errorf("%s: %d rows of %d tokens in all make no block of block_size %d (%s): lower block_size", src, len(rows), total, opts.BlockSize, batch)
	}
	return blocks, nil
}

// ToDataset turns tokenized rows into the pre-tokenized Dataset that the
// Trainer and its Collator take: each row's Labels, or its InputIDs when it
// has none, and its SpecialTokensMask (for a masked-LM DataCollator) (causal LM labels: the model shifts them; the Collator ignores
// the padding it adds). A row without tokens, or with labels of another
// length than its input_ids, is an error naming its line. Slices are
// shared, not copied.
func ToDataset(rows []TokenizedRow, name string) (*Dataset, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", name)
	}
	ds := &Dataset{Path: name, Rows: make([]Example, len(rows))}
	for i, r := range rows {
		if len(r.InputIDs) == 0 {
			return nil, fmt.Errorf("%s: line %d: no tokens", name, r.Line)
		}
		labels := r.Labels
		if labels == nil {
			labels = r.InputIDs
		}
		if len(labels) != len(r.InputIDs) {
			return nil, fmt.Errorf("%s: line %d: %d labels for %d tokens", name, r.Line, len(labels), len(r.InputIDs))
		}
		ints := append([]int64(nil), labels...)
		vals := make([]float64, len(ints))
		for j, v := range ints {
			vals[j] = float64(v)
		}
		ds.Rows[i] = Example{Line: r.Line, InputIDs: r.InputIDs, AttentionMask: r.AttentionMask, TokenTypeIDs: r.TokenTypeIDs,
			SpecialTokensMask: r.SpecialTokensMask, Labels: Label{List: true, Values: vals, Ints: ints}}
	}
	return ds, nil
}

// ToLabeledDataset pairs tokenized rows with the labels of t's column
// (run_glue's path: one row per text, not packed, rows[i] from t's row i):
// a number becomes a single label (an integer class or a regression
// target), a list of numbers a list label (multi-label targets, token
// labels). Which form fits the model is the Trainer Collator's Check. A
// null, string or nested label, and rows that do not match t's, are errors
// naming file:line and the column.
func ToLabeledDataset(rows []TokenizedRow, t *Table, column string) (*Dataset, error) {
	c, err := t.Column(column)
	if err != nil {
		return nil, err
	}
	if len(rows) != t.Len() {
		return nil, fmt.Errorf("%d tokenized rows for %d rows of %s: label a dataset before packing or filtering", len(rows), t.Len(), t.Name)
	}
	ds := &Dataset{Path: t.Name, Rows: make([]Example, len(rows))}
	for i, r := range rows {
		if len(r.InputIDs) == 0 {
			return nil, fmt.Errorf("%s: no tokens", t.Where(i))
		}
		l, err := labelOf(t.Rows[i][c])
		if err != nil {
			return nil, fmt.Errorf("%s: column %q: %w", t.Where(i), column, err)
		}
		ds.Rows[i] = Example{Line: r.Line, InputIDs: r.InputIDs, AttentionMask: r.AttentionMask, TokenTypeIDs: r.TokenTypeIDs, Labels: l}
	}
	return ds, nil
}

// labelOf converts a cell into a Label as ParseJSONL reads "labels".
func labelOf(v Value) (Label, error) {
	vals := []Value{v}
	var l Label
	if v.Kind == List {
		if len(v.List) == 0 {
			return Label{}, fmt.Errorf("empty label list")
		}
		vals, l.List = v.List, true
	}
	ints := make([]int64, 0, len(vals))
	for j, e := range vals {
		switch e.Kind {
		case Int:
			l.Values = append(l.Values, float64(e.Int))
			if ints != nil {
				ints = append(ints, e.Int)
			}
		case Float:
			l.Values = append(l.Values, e.Float)
			ints = nil
		default:
			if l.List {
				return Label{}, fmt.Errorf("value %d: want a number, got %s", j, e)
			}
			return Label{}, fmt.Errorf("want a number or a list of numbers, got %s", e)
		}
	}
	l.Ints = ints
	return l, nil
}
