package train

import "fmt"

// dataCollate runs TrainerOptions.DataCollator, when set, over one batch's
// rows with seed and checks what it returns as NewTrainer checks the
// dataset's rows (ids within the vocabulary, labels of the head's form),
// so that a collator's bad output is an error naming the row, not a
// failure inside a program. Without a DataCollator it returns rows.
func (t *Trainer) dataCollate(rows []Example, seed uint64) ([]Example, error) {
	dc := t.opts.DataCollator
	if dc == nil {
		return rows, nil
	}
	out, err := dc.CollateBatch(rows, seed)
	if err != nil {
		return nil, fmt.Errorf("data collator: %w", err)
	}
	if len(out) != len(rows) {
		return nil, fmt.Errorf("data collator: %d rows for a batch of %d", len(out), len(rows))
	}
	for i := range out {
		if len(out[i].InputIDs) != len(rows[i].InputIDs) {
			return nil, fmt.Errorf("data collator: line %d: %d tokens for a row of %d (the Trainer pads, the data collator must not)", rows[i].Line, len(out[i].InputIDs), len(rows[i].InputIDs))
		}
		if err := t.coll.checkRow(&out[i]); err != nil {
			return nil, fmt.Errorf("data collator: line %d: %w", rows[i].Line, err)
		}
	}
	return out, nil
}
