package train

import (
	"reflect"
	"strings"
	"testing"
)

func idRows(lists ...[]int64) []TokenizedRow {
	rows := make([]TokenizedRow, len(lists))
	for i, ids := range lists {
		mask := make([]int64, len(ids))
		for j := range mask {
			mask[j] = 1
		}
		rows[i] = TokenizedRow{Line: i + 1, InputIDs: ids, AttentionMask: mask}
	}
	return rows
}

// Expected blocks worked out by hand with run_clm's group_texts: concatenate
// the batch's rows, cut block_size blocks, drop the remainder per batch.
func TestGroupTexts(t *testing.T) {
	rows := idRows([]int64{1, 2, 3}, []int64{4, 5}, []int64{6, 7, 8, 9}, []int64{10})
	cases := []struct {
		name             string
		block, batchSize int
		want             [][]int64
		lines            []int
	}{
		{"one batch", 4, -1, [][]int64{{1, 2, 3, 4}, {5, 6, 7, 8}}, []int{1, 2}},
		{"default batch of 1000", 4, 0, [][]int64{{1, 2, 3, 4}, {5, 6, 7, 8}}, []int{1, 2}},
		{"batches of 2", 4, 2, [][]int64{{1, 2, 3, 4}, {6, 7, 8, 9}}, []int{1, 3}},
		{"batches of 3: the last gives none", 4, 3, [][]int64{{1, 2, 3, 4}, {5, 6, 7, 8}}, []int{1, 2}},
		{"block 3", 3, -1, [][]int64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, []int{1, 2, 3}},
		{"block 1", 1, 2, [][]int64{{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}}, []int{1, 1, 1, 2, 2, 3, 3, 3, 3, 4}},
		{"longer than all", 11, -1, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := GroupTexts(rows, c.block, c.batchSize)
			if err != nil {
				t.Fatal(err)
			}
			var ids [][]int64
			var lines []int
			for _, b := range got {
				ids, lines = append(ids, b.InputIDs), append(lines, b.Line)
				if !reflect.DeepEqual(b.Labels, b.InputIDs) {
					t.Errorf("labels %v, input_ids %v", b.Labels, b.InputIDs)
				}
				if len(b.AttentionMask) != c.block || b.TokenTypeIDs != nil || b.SpecialTokensMask != nil {
					t.Errorf("block %+v", b)
				}
			}
			if !reflect.DeepEqual(ids, c.want) || !reflect.DeepEqual(lines, c.lines) {
				t.Errorf("blocks %v lines %v, want %v %v", ids, lines, c.want, c.lines)
			}
		})
	}
	// Labels are a copy: changing them leaves input_ids alone.
	got, _ := GroupTexts(rows, 2, -1)
	got[0].Labels[0] = -100
	if got[0].InputIDs[0] != 1 {
		t.Error("labels alias input_ids")
	}
}

func TestGroupTextsCarriesColumns(t *testing.T) {
	rows := []TokenizedRow{
		{Line: 1, InputIDs: []int64{101, 7, 102}, AttentionMask: []int64{1, 1, 1}, TokenTypeIDs: []int64{0, 0, 0}, SpecialTokensMask: []int64{1, 0, 1}},
		{Line: 2, InputIDs: []int64{101, 8, 102}, AttentionMask: []int64{1, 1, 1}, TokenTypeIDs: []int64{0, 0, 0}, SpecialTokensMask: []int64{1, 0, 1}},
	}
	got, err := GroupTexts(rows, 4, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0].InputIDs, []int64{101, 7, 102, 101}) || !reflect.DeepEqual(got[0].SpecialTokensMask, []int64{1, 0, 1, 1}) || !reflect.DeepEqual(got[0].TokenTypeIDs, []int64{0, 0, 0, 0}) {
		t.Errorf("blocks %+v", got)
	}
	rows[1].SpecialTokensMask = nil
	if _, err := GroupTexts(rows, 4, 0); err == nil || !strings.Contains(err.Error(), "line 2: token_type_ids / special_tokens_mask present in some rows") {
		t.Errorf("mixed columns: %v", err)
	}
	if _, err := GroupTexts(rows, 0, 0); err == nil || !strings.Contains(err.Error(), "block_size 0") {
		t.Errorf("block 0: %v", err)
	}
}
