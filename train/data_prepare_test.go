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
