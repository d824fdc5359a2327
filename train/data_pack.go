package train

import "fmt"

// DefaultMapBatchSize is datasets.Dataset.map's default batch_size, the
// number of rows group_texts sees at once.
const DefaultMapBatchSize = 1000

// GroupTexts packs tokenized rows into blocks of blockSize tokens as
// transformers' run_clm / run_mlm examples do with
// tokenized.map(group_texts, batched=True): within each batch of
// batchSize consecutive rows (0: DefaultMapBatchSize, as map's default;
// < 0: all rows in one batch, map's batch_size=None) the rows' columns are
// concatenated, cut into blocks of blockSize, and the remainder shorter
// than blockSize is dropped (a batch with fewer tokens gives no block).
// Every block's Labels are a copy of its InputIDs. Columns a row lacks
// (TokenTypeIDs, SpecialTokensMask) must be absent from every row; a
// mixture is an error naming the line. A block's Line is its first
// token's row's. blockSize < 1 is an error.
func GroupTexts(rows []TokenizedRow, blockSize, batchSize int) ([]TokenizedRow, error) {
	if blockSize < 1 {
		return nil, fmt.Errorf("group_texts: block_size %d: want >= 1", blockSize)
	}
	if batchSize == 0 {
		batchSize = DefaultMapBatchSize
	}
	if batchSize < 0 || batchSize > len(rows) {
		batchSize = max(len(rows), 1)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	hasTypes, hasSpecial := rows[0].TokenTypeIDs != nil, rows[0].SpecialTokensMask != nil
	for _, r := range rows {
		if (r.TokenTypeIDs != nil) != hasTypes || (r.SpecialTokensMask != nil) != hasSpecial {
			return nil, fmt.Errorf("group_texts: line %d: token_type_ids / special_tokens_mask present in some rows and not in others", r.Line)
		}
		n := len(r.InputIDs)
		if len(r.AttentionMask) != n || hasTypes && len(r.TokenTypeIDs) != n || hasSpecial && len(r.SpecialTokensMask) != n {
			return nil, fmt.Errorf("group_texts: line %d: columns of different lengths (input_ids has %d)", r.Line, n)
		}
	}
	var out []TokenizedRow
	for lo := 0; lo < len(rows); lo += batchSize {
		batch := rows[lo:min(lo+batchSize, len(rows))]
		var ids, mask, types, special []int64
		var lineOf []int // the row line of each concatenated token
		for _, r := range batch {
			ids = append(ids, r.InputIDs...)
			mask = append(mask, r.AttentionMask...)
			types = append(types, r.TokenTypeIDs...)
			special = append(special, r.SpecialTokensMask...)
			for range r.InputIDs {
				lineOf = append(lineOf, r.Line)
			}
		}
		total := len(ids) / blockSize * blockSize
		for i := 0; i < total; i += blockSize {
			b := TokenizedRow{
				Line:          lineOf[i],
				InputIDs:      ids[i : i+blockSize : i+blockSize],
				AttentionMask: mask[i : i+blockSize : i+blockSize],
				Labels:        append([]int64(nil), ids[i:i+blockSize]...),
			}
			if hasTypes {
				b.TokenTypeIDs = types[i : i+blockSize : i+blockSize]
			}
			if hasSpecial {
				b.SpecialTokensMask = special[i : i+blockSize : i+blockSize]
			}
			out = append(out, b)
		}
	}
	return out, nil
}
