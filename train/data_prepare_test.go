package train

import (
	"reflect"
	"strings"
	"testing"
)

func TestPrepareLM(t *testing.T) {
	tok := loadTok(t, "gpt2")
	tb, err := ParseText(strings.NewReader("Hello world\n \nHello\nHello world\n"), "d.txt", TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Ids from the GPT-2 vocabulary: "Hello world" = 15496 995, the blank
	// line " " = 220 ("Ġ"), "Hello" = 15496: 6 tokens, two blocks of 3.
	blocks, err := PrepareLM(tok, tb, LMDataOptions{BlockSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int64{{15496, 995, 220}, {15496, 15496, 995}}
	var got [][]int64
	for _, b := range blocks {
		got = append(got, b.InputIDs)
	}
	if !reflect.DeepEqual(got, want) || blocks[1].Line != 3 {
		t.Errorf("blocks %v (line %d), want %v", got, blocks[1].Line, want)
	}
	// Line by line drops the blank line and truncates.
	rows, err := PrepareLM(tok, tb, LMDataOptions{Tokenize: TokenizeOptions{MaxLength: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1].Line != 3 || !reflect.DeepEqual(rows[2].InputIDs, []int64{15496}) {
		t.Errorf("line by line: %+v", rows)
	}
	ds, err := ToDataset(rows, "d.txt")
	if err != nil || ds.Len() != 3 || !reflect.DeepEqual(ds.Rows[0].Labels.Ints, []int64{15496}) || ds.Rows[1].Line != 3 {
		t.Errorf("dataset %+v %v", ds, err)
	}
	packed, err := ToDataset(blocks, "d.txt")
	if err != nil || !reflect.DeepEqual(packed.Rows[1].Labels.Ints, want[1]) {
		t.Errorf("packed dataset %+v %v", packed, err)
	}

	errCases := []struct {
		tb   *Table
		opts LMDataOptions
		want string
	}{
		{&Table{Name: "e.txt", Columns: []string{"text"}}, LMDataOptions{BlockSize: 8}, "e.txt: empty dataset"},
		{tb, LMDataOptions{TextColumn: "content"}, `d.txt: no column "content" (columns: text)`},
		{tb, LMDataOptions{BlockSize: 64}, "d.txt: 4 rows of 6 tokens in all make no block of block_size 64 (each batch of 1000 rows is packed alone)"},
		{&Table{Name: "b.txt", Columns: []string{"text"}, Rows: [][]Value{{StringValue(" ")}}, Lines: []int{1}}, LMDataOptions{}, `b.txt: column "text": every text is empty or blank`},
		{&Table{Name: "n.jsonl", Columns: []string{"text"}, Rows: [][]Value{{StringValue("a")}, {Value{}}}, Lines: []int{1, 2}}, LMDataOptions{BlockSize: 2}, `n.jsonl:2: column "text": want a string, got null`},
	}
	for _, c := range errCases {
		if _, err := PrepareLM(tok, c.tb, c.opts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.opts, err, c.want)
		}
	}
	if _, err := ToDataset([]TokenizedRow{{Line: 4, InputIDs: []int64{1}, Labels: []int64{1, 2}}}, "x"); err == nil || !strings.Contains(err.Error(), "x: line 4: 2 labels for 1 tokens") {
		t.Errorf("ToDataset: %v", err)
	}
}

func TestToLabeledDataset(t *testing.T) {
	tb, err := ParseCSV(strings.NewReader("text,label,score\nthe world,1,0.5\nworld,0,2\n"), "g.csv", ',')
	if err != nil {
		t.Fatal(err)
	}
	rows, err := TokenizeColumn(loadTok(t, "bert"), tb, "text", TokenizeOptions{TokenTypeIDs: true})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := ToLabeledDataset(rows, tb, "label")
	if err != nil {
		t.Fatal(err)
	}
	r0 := ds.Rows[0]
	if ds.Path != "g.csv" || r0.Line != 2 || r0.Labels.List || !reflect.DeepEqual(r0.Labels.Ints, []int64{1}) || !reflect.DeepEqual(r0.InputIDs, []int64{101, 10760, 11108, 102}) || len(r0.TokenTypeIDs) != 4 {
		t.Errorf("row 0: %+v", r0)
	}
	ds, err = ToLabeledDataset(rows, tb, "score")
	if err != nil || ds.Rows[1].Labels.Ints != nil || !reflect.DeepEqual(ds.Rows[1].Labels.Values, []float64{2}) {
		t.Errorf("float column: a column with 0.5 is float, so 2 is a float label: %+v %v", ds, err)
	}
	if _, err := ToLabeledDataset(rows, tb, "text"); err == nil || !strings.Contains(err.Error(), `g.csv:2: column "text": want a number or a list of numbers, got "the world"`) {
		t.Errorf("string labels: %v", err)
	}
	if _, err := ToLabeledDataset(rows[:1], tb, "label"); err == nil || !strings.Contains(err.Error(), "1 tokenized rows for 2 rows") {
		t.Errorf("row count: %v", err)
	}
	js, _ := ParseJSONLTable(strings.NewReader(`{"text": "x", "labels": [1, 0, 1]}`+"\n"+`{"text": "y", "labels": [0.5, null]}`), "m.jsonl")
	jrows, _ := TokenizeColumn(loadTok(t, "bert"), js, "text", TokenizeOptions{})
	if _, err := ToLabeledDataset(jrows, js, "labels"); err == nil || !strings.Contains(err.Error(), `m.jsonl:2: column "labels": value 1: want a number, got null`) {
		t.Errorf("null in a list: %v", err)
	}
	ds, _ = ToLabeledDataset(jrows[:1], &Table{Name: "m.jsonl", Columns: js.Columns, Rows: js.Rows[:1], Lines: js.Lines[:1]}, "labels")
	if !ds.Rows[0].Labels.List || !reflect.DeepEqual(ds.Rows[0].Labels.Ints, []int64{1, 0, 1}) {
		t.Errorf("list label: %+v", ds.Rows[0].Labels)
	}
}
