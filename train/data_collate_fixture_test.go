package train

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// collatorFixture is scripts/collator_fixture.py's output: HF's collators
// and run_clm's group_texts on fixed rows.
var collatorFixture = filepath.Join("..", "testdata", "collators", "collators.json")

// fixtureRow is one input row of a collator case, as HF's features.
type fixtureRow struct {
	InputIDs      []int64         `json:"input_ids"`
	AttentionMask []int64         `json:"attention_mask"`
	TokenTypeIDs  []int64         `json:"token_type_ids"`
	Labels        json.RawMessage `json:"labels"` // an int or a list
}

// TestCollatorsMatchHFFixtures replays every case of the fixture through
// kiln's Padder (DataCollatorWithPadding), LMCollator with MLM off
// (DataCollatorForLanguageModeling(mlm=False)), Seq2SeqCollator and
// GroupTexts, configured with the case's pad id, padding side and
// arguments, and compares every output column value for value.
func TestCollatorsMatchHFFixtures(t *testing.T) {
	raw, err := os.ReadFile(collatorFixture)
	if os.IsNotExist(err) {
		t.Skip("testdata/collators is absent: run scripts/collator_fixture.py testdata/collators")
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []struct {
			Name     string `json:"name"`
			Collator string `json:"collator"`
			Args     struct {
				PadToMultipleOf int    `json:"pad_to_multiple_of"`
				MaxLength       int    `json:"max_length"`
				LabelPadID      *int64 `json:"label_pad_token_id"`
				BlockSize       int    `json:"block_size"`
				BatchSize       int    `json:"batch_size"`
			} `json:"args"`
			PadID    int64                      `json:"pad_token_id"`
			Side     string                     `json:"padding_side"`
			Features []fixtureRow               `json:"features"`
			Want     map[string]json.RawMessage `json:"want"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range doc.Cases {
		t.Run(c.Name, func(t *testing.T) {
			rows := make([]TokenizedRow, len(c.Features))
			for i, f := range c.Features {
				rows[i] = TokenizedRow{Line: i + 1, InputIDs: f.InputIDs, AttentionMask: f.AttentionMask, TokenTypeIDs: f.TokenTypeIDs}
				if len(f.Labels) > 0 {
					var one int64
					if err := json.Unmarshal(f.Labels, &one); err == nil {
						rows[i].Labels = []int64{one}
					} else if err := json.Unmarshal(f.Labels, &rows[i].Labels); err != nil {
						t.Fatalf("row %d labels: %v", i, err)
					}
				}
			}
			pad := Padder{PadID: c.PadID, HasPad: true, Left: c.Side == "left", MaxLength: c.Args.MaxLength, PadToMultipleOf: c.Args.PadToMultipleOf}
			got := map[string]any{}
			switch c.Collator {
			case "padding", "causal_lm", "seq2seq":
				var b *Batch
				var err error
				switch c.Collator {
				case "padding":
					b, err = pad.Pad(rows)
				case "causal_lm":
					b, err = (&LMCollator{Padder: pad}).Collate(rows)
				default:
					s := &Seq2SeqCollator{Padder: pad, LabelPadID: -100}
					if c.Args.LabelPadID != nil {
						s.LabelPadID = *c.Args.LabelPadID
					}
					b, err = s.Collate(rows)
				}
				if err != nil {
					t.Fatal(err)
				}
				got["input_ids"] = matrix(b.InputIDs, b.Seq)
				got["attention_mask"] = matrix(b.AttentionMask, b.Seq)
				if b.TokenTypeIDs != nil {
					got["token_type_ids"] = matrix(b.TokenTypeIDs, b.Seq)
				}
				if b.Labels != nil {
					if _, scalar := c.Want["labels"]; scalar && c.Collator == "padding" && b.LabelSeq == 1 {
						got["labels"] = b.Labels // HF stacks int labels into a vector
					} else {
						got["labels"] = matrix(b.Labels, b.LabelSeq)
					}
				}
			case "group_texts":
				blocks, err := GroupTexts(rows, c.Args.BlockSize, c.Args.BatchSize)
				if err != nil {
					t.Fatal(err)
				}
				cols := map[string][][]int64{"input_ids": {}, "attention_mask": {}, "labels": {}}
				if rows[0].TokenTypeIDs != nil {
					cols["token_type_ids"] = [][]int64{}
				}
				for _, b := range blocks {
					cols["input_ids"] = append(cols["input_ids"], b.InputIDs)
					cols["attention_mask"] = append(cols["attention_mask"], b.AttentionMask)
					cols["labels"] = append(cols["labels"], b.Labels)
					if b.TokenTypeIDs != nil {
						cols["token_type_ids"] = append(cols["token_type_ids"], b.TokenTypeIDs)
					}
				}
				for k, v := range cols {
					got[k] = v
				}
			default:
				t.Fatalf("unknown collator %q", c.Collator)
			}
			if len(got) != len(c.Want) {
				t.Errorf("columns %v, HF %v", keys(got), keys(c.Want))
			}
			for k, w := range c.Want {
				g, err := json.Marshal(got[k])
				if err != nil {
					t.Fatal(err)
				}
				if !jsonEqual(g, w) {
					t.Errorf("%s:\nkiln %s\nHF   %s", k, g, w)
				}
			}
		})
	}
}

// matrix splits a row-major slice into rows of n values.
func matrix(v []int64, n int) [][]int64 {
	out := [][]int64{}
	for i := 0; n > 0 && i < len(v); i += n {
		out = append(out, v[i:i+n])
	}
	return out
}

// jsonEqual compares two JSON documents by value.
func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return fmt.Sprint(x) == fmt.Sprint(y)
}
