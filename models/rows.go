package models

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// ParseRows parses "1,2,3;4,5" into integer rows (ragged allowed). what
// names the argument in errors.
func ParseRows(s, what string) ([][]int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("%s: empty", what)
	}
	var rows [][]int64
	for i, r := range strings.Split(s, ";") {
		r = strings.TrimSpace(r)
		if r == "" {
			return nil, fmt.Errorf("%s: row %d is empty", what, i)
		}
		var row []int64
		for j, f := range strings.Split(r, ",") {
			v, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: row %d, item %d: %q is not an integer", what, i, j, f)
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// Batch is a padded batch of token rows with its attention mask.
type Batch struct {
	IDs, Mask, TokenTypes, Positions [][]int64 // TokenTypes/Positions nil when not given
}

// PadRows builds a Batch from ragged rows: rows are padded to the longest
// with pad on the left (decoders, as generate does) or the right
// (encoders), and the mask marks real tokens. tokenTypes and positions,
// when given, must have the same row lengths as ids and are padded with 0.
func PadRows(ids, tokenTypes, positions [][]int64, pad int64, left bool) (*Batch, error) {
	maxLen := 0
	for _, r := range ids {
		maxLen = max(maxLen, len(r))
	}
	padRow := func(r []int64, v int64) []int64 {
		out := make([]int64, 0, maxLen)
		fill := make([]int64, maxLen-len(r))
		for i := range fill {
			fill[i] = v
		}
		if left {
			return append(append(out, fill...), r...)
		}
		return append(append(out, r...), fill...)
	}
	b := &Batch{}
	for _, r := range ids {
		b.IDs = append(b.IDs, padRow(r, pad))
		ones := make([]int64, len(r))
		for i := range ones {
			ones[i] = 1
		}
		b.Mask = append(b.Mask, padRow(ones, 0))
	}
	extra := func(rows [][]int64, what string) ([][]int64, error) {
		if rows == nil {
			return nil, nil
		}
		if len(rows) != len(ids) {
			return nil, fmt.Errorf("%s has %d rows, ids have %d", what, len(rows), len(ids))
		}
		var out [][]int64
		for i, r := range rows {
			if len(r) != len(ids[i]) {
				return nil, fmt.Errorf("%s row %d has %d items, ids row has %d", what, i, len(r), len(ids[i]))
			}
			out = append(out, padRow(r, 0))
		}
		return out, nil
	}
	var err error
	if b.TokenTypes, err = extra(tokenTypes, "token type ids"); err != nil {
		return nil, err
	}
	if b.Positions, err = extra(positions, "position ids"); err != nil {
		return nil, err
	}
	return b, nil
}

// RowsTensor turns equal-length rows of token ids (or mask values) into
// an int64 (rows, len) tensor: the one place where Go's int ids of the
// tokenizer, generate and pipeline become the programs' int64.
func RowsTensor[T int | int64](rows [][]T, what string) (*tensor.Tensor, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", what)
	}
	flat := make([]int64, 0, len(rows)*len(rows[0]))
	for i, r := range rows {
		if len(r) != len(rows[0]) {
			return nil, fmt.Errorf("%s: row %d has %d items, row 0 has %d (rows must have equal length)", what, i, len(r), len(rows[0]))
		}
		for _, v := range r {
			flat = append(flat, int64(v))
		}
	}
	return tensor.FromInt64(ir.Int64, ir.Shape{len(rows), len(rows[0])}, flat)
}
