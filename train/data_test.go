package train

import (
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

func TestParseJSONLRows(t *testing.T) {
	src := `{"input_ids": [5, 6, 7], "labels": [5, 6, -100]}

{"input_ids": [1, 2], "attention_mask": [1, 0], "token_type_ids": [0, 1], "label": 2}
{"input_ids": [3], "labels": 0.5}
{"input_ids": [3], "labels": [1.0, 0, 1]}`
	ds, err := ParseJSONL(strings.NewReader(src), "d.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if ds.Len() != 4 || ds.Rows[1].Line != 3 || ds.Rows[3].Line != 5 {
		t.Fatalf("rows %+v", ds.Rows)
	}
	r0, r1, r2, r3 := ds.Rows[0], ds.Rows[1], ds.Rows[2], ds.Rows[3]
	if !r0.Labels.List || !slices.Equal(r0.Labels.Ints, []int64{5, 6, -100}) || r0.AttentionMask != nil {
		t.Errorf("row 0: %+v", r0)
	}
	if r1.Labels.List || !slices.Equal(r1.Labels.Ints, []int64{2}) || !slices.Equal(r1.TokenTypeIDs, []int64{0, 1}) {
		t.Errorf("row 1: %+v", r1)
	}
	if r2.Labels.Ints != nil || !slices.Equal(r2.Labels.Values, []float64{0.5}) {
		t.Errorf("row 2: %+v", r2)
	}
	if r3.Labels.Ints != nil || !slices.Equal(r3.Labels.Values, []float64{1, 0, 1}) {
		t.Errorf("row 3: a list with a float literal keeps floats: %+v", r3)
	}
}

func TestParseJSONLErrorsNameLineAndField(t *testing.T) {
	cases := []struct{ src, want string }{
		{``, "d.jsonl: no rows"},
		{"\n  \n", "d.jsonl: no rows"},
		{`{"input_ids": [1]`, "d.jsonl:1: not a JSON object"},
		{`[1, 2]`, "d.jsonl:1: not a JSON object"},
		{`null`, "d.jsonl:1: not a JSON object: null"},
		{`{"input_ids": [1], "labels": 1} {"x": 1}`, "d.jsonl:1: text after the JSON object"},
		{`{"labels": [1]}`, `d.jsonl:1: missing field "input_ids"`},
		{"{\"input_ids\": [1], \"labels\": [1]}\n{\"input_ids\": [1]}", `d.jsonl:2: missing field "labels"`},
		{`{"input_ids": [], "labels": []}`, `field "input_ids": empty`},
		{`{"input_ids": [1.5], "labels": 1}`, `field "input_ids": value 0: want an integer, got 1.5`},
		{`{"input_ids": [-1], "labels": 1}`, `field "input_ids": value 0: -1 is negative`},
		{`{"input_ids": ["a"], "labels": 1}`, `field "input_ids": want a list of integers`},
		{`{"input_ids": 3, "labels": 1}`, `field "input_ids": want a list of integers`},
		{`{"input_ids": [1, 2], "attention_mask": [1], "labels": 1}`, `field "attention_mask" has 1 values, input_ids has 2`},
		{`{"input_ids": [1], "attention_mask": [2], "labels": 1}`, `field "attention_mask": value 0: 2 is outside [0, 1]`},
		{`{"input_ids": [1, 2], "token_type_ids": [0], "labels": 1}`, `field "token_type_ids" has 1 values`},
		{`{"input_ids": [1], "labels": "pos"}`, `field "labels": want a number or a list of numbers`},
		{`{"input_ids": [1], "labels": []}`, `field "labels": empty list`},
		{`{"input_ids": [1], "labels": [null]}`, `field "labels": want a number or a list of numbers`},
		{`{"input_ids": [1], "labels": 1, "label": 2}`, `fields "label" and "labels" are both labels`},
		{`{"input_ids": [1], "labels": 1, "text": "hi"}`, `unknown field "text"`},
		{`{"input_ids": [1], "labels": 1e999}`, `out of float64 range`},
	}
	for _, c := range cases {
		_, err := ParseJSONL(strings.NewReader(c.src), "d.jsonl")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one containing %q", c.src, err, c.want)
		}
	}
}

// FuzzParseJSONL: no input panics; an accepted set has rows of consistent
// lengths and a label.
func FuzzParseJSONL(f *testing.F) {
	for _, s := range []string{
		`{"input_ids": [5, 6], "labels": [5, -100]}`,
		"{\"input_ids\": [1], \"attention_mask\": [1], \"token_type_ids\": [0], \"labels\": 2}\n\n",
		`{"input_ids": [3], "labels": [1.0, 0]}`, `{"input_ids": [1e2], "labels": 1}`, `{`, `[]`, "\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		ds, err := ParseJSONL(strings.NewReader(src), "f.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, r := range ds.Rows {
			n := len(r.InputIDs)
			if n == 0 || r.AttentionMask != nil && len(r.AttentionMask) != n || r.TokenTypeIDs != nil && len(r.TokenTypeIDs) != n ||
				len(r.Labels.Values) == 0 || r.Labels.Ints != nil && len(r.Labels.Ints) != len(r.Labels.Values) || r.Line < 1 {
				t.Errorf("inconsistent row %+v", r)
			}
		}
	})
}

// TestCollatorPadsAsTheHFCollator: the longest row sets the length;
// shorter rows get pad_token_id ids, mask 0 and labels -100 on the right;
// decoders get positions 0..T-1.
func TestCollatorPadsAsTheHFCollator(t *testing.T) {
	c := &Collator{Arch: "LlamaForCausalLM", Decoder: true, PadID: 9, Vocab: 100, Kind: TokenLabels, FloatDType: ir.Float32}
	rows := []Example{
		{InputIDs: []int64{5, 6, 7}, Labels: Label{List: true, Ints: []int64{5, 6, 7}, Values: []float64{5, 6, 7}}},
		{InputIDs: []int64{8}, AttentionMask: []int64{1}, Labels: Label{List: true, Ints: []int64{-100}, Values: []float64{-100}}},
	}
	in, spec, err := c.Collate(rows)
	if err != nil {
		t.Fatal(err)
	}
	if spec != (models.Spec{Batch: 2, Seq: 3, Labels: true}) {
		t.Errorf("spec %v", spec)
	}
	want := map[string][]int64{
		models.InputIDs:           {5, 6, 7, 8, 9, 9},
		models.InputAttentionMask: {1, 1, 1, 1, 0, 0},
		models.InputPositionIDs:   {0, 1, 2, 0, 1, 2},
		models.InputLabels:        {5, 6, 7, -100, -100, -100},
	}
	if len(in) != len(want) {
		t.Errorf("inputs %v", in)
	}
	for name, w := range want {
		if got := in[name].Int64s(); !slices.Equal(got, w) {
			t.Errorf("%s = %v, want %v", name, got, w)
		}
	}
	// A BERT regression head: token_type_ids zeros where absent, float labels (B).
	c = &Collator{Arch: "BertForSequenceClassification", Vocab: 100, TypeVocab: 2, Kind: FloatLabels, NumLabels: 1, Problem: "regression", FloatDType: ir.Float32}
	in, _, err = c.Collate([]Example{
		{InputIDs: []int64{1, 2}, TokenTypeIDs: []int64{0, 1}, Labels: Label{Values: []float64{0.5}}},
		{InputIDs: []int64{3}, Labels: Label{Values: []float64{-2}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := in[models.InputTokenTypeIDs].Int64s(); !slices.Equal(got, []int64{0, 1, 0, 0}) {
		t.Errorf("token_type_ids %v", got)
	}
	if l := in[models.InputLabels]; !l.Shape.Equal(ir.Shape{2}) || l.DType != ir.Float32 || !slices.Equal(l.Float64s(), []float64{0.5, -2}) {
		t.Errorf("labels %v", l)
	}
}

// TestCollatorCheckNamesRowAndField: labels that do not fit the head.
func TestCollatorCheckNamesRowAndField(t *testing.T) {
	lm := &Collator{Arch: "LlamaForCausalLM", Decoder: true, Vocab: 10, Kind: TokenLabels}
	cls := &Collator{Arch: "BertForSequenceClassification", Vocab: 10, TypeVocab: 2, Kind: ClassLabels, NumLabels: 3, Problem: "single_label_classification"}
	multi := &Collator{Arch: "BertForSequenceClassification", Vocab: 10, TypeVocab: 2, Kind: FloatLabels, NumLabels: 3, Problem: "multi_label_classification"}
	cases := []struct {
		c         *Collator
		row, want string
	}{
		{lm, `{"input_ids": [1, 10], "labels": [1, 2]}`, `d.jsonl:1: field "input_ids": value 1: id 10 is outside [0, vocab_size 10)`},
		{lm, `{"input_ids": [1, 2], "labels": [1, 12]}`, `field "labels": value 1: label 12 is outside [0, vocab_size 10) and is not -100`},
		{lm, `{"input_ids": [1, 2], "labels": [1]}`, `field "labels" has 1 values, input_ids has 2`},
		{lm, `{"input_ids": [1, 2], "labels": 1}`, `trains on token labels`},
		{lm, `{"input_ids": [1, 2], "labels": [1.5, 2]}`, `trains on token labels`},
		{lm, `{"input_ids": [1], "token_type_ids": [0], "labels": [1]}`, `field "token_type_ids": LlamaForCausalLM takes no token type ids`},
		{cls, `{"input_ids": [1], "labels": 3}`, `field "labels": class 3 is outside [0, num_labels 3)`},
		{cls, `{"input_ids": [1], "labels": 1.5}`, `wants an integer class, got 1.5`},
		{cls, `{"input_ids": [1], "labels": [0.0, 1.0]}`, `transformers would train multi_label_classification`},
		{cls, `{"input_ids": [1], "token_type_ids": [2], "labels": 1}`, `field "token_type_ids": value 0: 2 is outside [0, type_vocab_size 2)`},
		{multi, `{"input_ids": [1], "labels": [1.0, 0.0]}`, `wants a list of num_labels = 3 numbers per row, got a list of 2`},
		{multi, `{"input_ids": [1], "labels": 1}`, `got one number`},
	}
	for _, c := range cases {
		ds, err := ParseJSONL(strings.NewReader(c.row), "d.jsonl")
		if err != nil {
			t.Fatalf("%s: %v", c.row, err)
		}
		err = c.c.Check(ds)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "d.jsonl:1: ") {
			t.Errorf("%s: Check() = %v, want an error containing %q", c.row, err, c.want)
		}
	}
}
