package train

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// Expected batches worked out by hand from tokenizer.pad's rules (pad id,
// attention 0, special-tokens mask 1, side, pad_to_multiple_of).
func TestPadderPad(t *testing.T) {
	rows := []TokenizedRow{
		{Line: 1, InputIDs: []int64{5, 6, 7}, AttentionMask: []int64{1, 1, 1}, TokenTypeIDs: []int64{0, 0, 1}},
		{Line: 2, InputIDs: []int64{8}, AttentionMask: []int64{1}, TokenTypeIDs: []int64{0}},
	}
	cases := []struct {
		name      string
		p         Padder
		seq       int
		ids, mask []int64
		types     []int64
	}{
		{"right", Padder{PadID: 0, HasPad: true}, 3, []int64{5, 6, 7, 8, 0, 0}, []int64{1, 1, 1, 1, 0, 0}, []int64{0, 0, 1, 0, 0, 0}},
		{"left", Padder{PadID: 9, HasPad: true, Left: true}, 3, []int64{5, 6, 7, 9, 9, 8}, []int64{1, 1, 1, 0, 0, 1}, []int64{0, 0, 1, 0, 0, 0}},
		{"multiple of 4", Padder{PadID: 0, HasPad: true, PadToMultipleOf: 4}, 4, []int64{5, 6, 7, 0, 8, 0, 0, 0}, []int64{1, 1, 1, 0, 1, 0, 0, 0}, []int64{0, 0, 1, 0, 0, 0, 0, 0}},
		{"max_length 5", Padder{PadID: 0, HasPad: true, MaxLength: 5}, 5, []int64{5, 6, 7, 0, 0, 8, 0, 0, 0, 0}, []int64{1, 1, 1, 0, 0, 1, 0, 0, 0, 0}, []int64{0, 0, 1, 0, 0, 0, 0, 0, 0, 0}},
	}
	for _, c := range cases {
		b, err := c.p.Pad(rows)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if b.Rows != 2 || b.Seq != c.seq || !reflect.DeepEqual(b.InputIDs, c.ids) || !reflect.DeepEqual(b.AttentionMask, c.mask) || !reflect.DeepEqual(b.TokenTypeIDs, c.types) || b.Labels != nil {
			t.Errorf("%s: %+v\nwant ids %v mask %v types %v", c.name, b, c.ids, c.mask, c.types)
		}
	}
	errCases := []struct {
		name string
		p    Padder
		rows []TokenizedRow
		want string
	}{
		{"no pad token", Padder{}, rows, "need padding, but the tokenizer has no pad token"},
		{"too long", Padder{HasPad: true, MaxLength: 2}, rows, "longer than max_length 2"},
		{"empty row", Padder{HasPad: true}, idRows([]int64{}), "line 1: no tokens"},
		{"no rows", Padder{HasPad: true}, nil, "no rows"},
		{"ragged labels", Padder{HasPad: true}, []TokenizedRow{{Line: 3, InputIDs: []int64{1}, Labels: []int64{1}}, {Line: 4, InputIDs: []int64{1, 2}, Labels: []int64{1, 2}}}, "line 4: labels of 1 and 2 values"},
	}
	for _, c := range errCases {
		if _, err := c.p.Pad(c.rows); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	// Rows of one length need no pad token (packed blocks).
	if b, err := (Padder{}).Pad(idRows([]int64{1, 2}, []int64{3, 4})); err != nil || !reflect.DeepEqual(b.InputIDs, []int64{1, 2, 3, 4}) {
		t.Errorf("equal rows without a pad token: %v %v", b, err)
	}
}

func TestLMCollatorCausal(t *testing.T) {
	// GPT-2 style: the pad token is eos (50256); HF sets -100 wherever the
	// id equals the pad id, the row's own eos included.
	c := &LMCollator{Padder: Padder{PadID: 50256, HasPad: true}}
	b, err := c.Collate(idRows([]int64{15496, 995, 50256}, []int64{15496}))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []int64{15496, 995, 50256, 15496, 50256, 50256}
	wantLabels := []int64{15496, 995, -100, 15496, -100, -100}
	if !reflect.DeepEqual(b.InputIDs, wantIDs) || !reflect.DeepEqual(b.Labels, wantLabels) || b.LabelSeq != 3 {
		t.Errorf("batch %+v\nwant ids %v labels %v", b, wantIDs, wantLabels)
	}
	ex, err := b.Examples()
	if err != nil || len(ex) != 2 || !reflect.DeepEqual(ex[1].Labels.Ints, []int64{15496, -100, -100}) || !reflect.DeepEqual(ex[1].AttentionMask, []int64{1, 0, 0}) {
		t.Errorf("examples %+v %v", ex, err)
	}
	ts, err := b.Tensors()
	if err != nil || len(ts) != 3 {
		t.Errorf("tensors %v %v", ts, err)
	}
	// Without a pad token labels are input_ids unchanged.
	c = &LMCollator{}
	b, err = c.Collate(idRows([]int64{0, 1}))
	if err != nil || !reflect.DeepEqual(b.Labels, []int64{0, 1}) {
		t.Errorf("no pad token: %+v %v", b, err)
	}
}

func TestSeq2SeqCollator(t *testing.T) {
	rows := []TokenizedRow{
		{Line: 1, InputIDs: []int64{1, 2}, Labels: []int64{7, 8, 9}},
		{Line: 2, InputIDs: []int64{3}, Labels: []int64{10}},
	}
	cases := []struct {
		name        string
		c           Seq2SeqCollator
		ids, labels []int64
		labelSeq    int
	}{
		{"right", Seq2SeqCollator{Padder{PadID: 0, HasPad: true}, -100}, []int64{1, 2, 3, 0}, []int64{7, 8, 9, 10, -100, -100}, 3},
		{"left", Seq2SeqCollator{Padder{PadID: 0, HasPad: true, Left: true}, -100}, []int64{1, 2, 0, 3}, []int64{7, 8, 9, -100, -100, 10}, 3},
		{"multiple of 2", Seq2SeqCollator{Padder{PadID: 0, HasPad: true, PadToMultipleOf: 2}, -100}, []int64{1, 2, 3, 0}, []int64{7, 8, 9, -100, 10, -100, -100, -100}, 4},
		{"label pad 0", Seq2SeqCollator{Padder{PadID: 5, HasPad: true}, 0}, []int64{1, 2, 3, 5}, []int64{7, 8, 9, 10, 0, 0}, 3},
	}
	for _, c := range cases {
		b, err := c.c.Collate(rows)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(b.InputIDs, c.ids) || !reflect.DeepEqual(b.Labels, c.labels) || b.LabelSeq != c.labelSeq {
			t.Errorf("%s: %+v\nwant ids %v labels %v", c.name, b, c.ids, c.labels)
		}
	}
	if _, err := (&Seq2SeqCollator{Padder: Padder{HasPad: true}}).Collate([]TokenizedRow{rows[0], {Line: 2, InputIDs: []int64{1}}}); err == nil || !strings.Contains(err.Error(), "line 2 has no labels") {
		t.Errorf("mixed labels: %v", err)
	}
}

// mlmBatch is 64 rows of 512 tokens: [CLS]=1 ... [SEP]=2 with ids in
// [10, 1000), the last 8 rows ending in 100 padding tokens (pad id 0).
func mlmBatch(withMask bool) []TokenizedRow {
	rows := make([]TokenizedRow, 64)
	for i := range rows {
		n := 512
		if i >= 56 {
			n = 412
		}
		ids := make([]int64, n)
		special := make([]int64, n)
		for j := range ids {
			ids[j] = int64(10 + (i*7919+j*104729)%990)
		}
		ids[0], ids[n-1] = 1, 2
		special[0], special[n-1] = 1, 1
		rows[i] = TokenizedRow{Line: i + 1, InputIDs: ids, AttentionMask: nil}
		if withMask {
			rows[i].SpecialTokensMask = special
		}
	}
	return rows
}

func TestLMCollatorMaskingRates(t *testing.T) {
	for _, withMask := range []bool{true, false} {
		rows := mlmBatch(withMask)
		c := &LMCollator{Padder: Padder{PadID: 0, HasPad: true}, MLM: true, MLMProbability: 0.15, MaskReplaceProb: 0.8, RandomReplaceProb: 0.1, MaskID: 3, VocabSize: 1000, SpecialIDs: map[int64]bool{0: true, 1: true, 2: true, 3: true}}
		c.Seed(42)
		b, err := c.Collate(rows)
		if err != nil {
			t.Fatal(err)
		}
		var normal, chosen, masked, random, kept int
		for i, r := range rows {
			for j := 0; j < b.Seq; j++ {
				k := i*b.Seq + j
				orig := int64(0)
				if j < len(r.InputIDs) {
					orig = r.InputIDs[j]
				}
				if orig <= 3 { // [CLS], [SEP], padding: never chosen
					if b.Labels[k] != -100 || b.InputIDs[k] != orig {
						t.Fatalf("special token at row %d pos %d changed: id %d label %d", i, j, b.InputIDs[k], b.Labels[k])
					}
					continue
				}
				normal++
				if b.Labels[k] == -100 {
					if b.InputIDs[k] != orig {
						t.Fatalf("unchosen token at row %d pos %d changed", i, j)
					}
					continue
				}
				if b.Labels[k] != orig {
					t.Fatalf("label %d at row %d pos %d, want the original %d", b.Labels[k], i, j, orig)
				}
				chosen++
				switch b.InputIDs[k] {
				case 3:
					masked++
				case orig:
					kept++
				default:
					random++
				}
			}
		}
		// 31840 candidates: sd of the chosen rate 0.002; of the 80/10/10
		// shares about 0.006/0.0043 over ~4760 chosen. Tolerances are 5 sd.
		rate := float64(chosen) / float64(normal)
		fm, fr, fk := float64(masked)/float64(chosen), float64(random)/float64(chosen), float64(kept)/float64(chosen)
		t.Logf("special mask %v: %d candidates, chosen %.4f; [MASK] %.4f random %.4f kept %.4f", withMask, normal, rate, fm, fr, fk)
		if normal != 56*510+8*410 || math.Abs(rate-0.15) > 0.01 || math.Abs(fm-0.8) > 0.03 || math.Abs(fr-0.1) > 0.022 || math.Abs(fk-0.1) > 0.022 {
			t.Errorf("rates off: candidates %d chosen %.4f mask %.4f random %.4f kept %.4f", normal, rate, fm, fr, fk)
		}
	}
}

func TestLMCollatorMaskingIsSeeded(t *testing.T) {
	mk := func(seed uint64) *Batch {
		c := &LMCollator{Padder: Padder{HasPad: true}, MLM: true, MLMProbability: 0.15, MaskReplaceProb: 0.8, RandomReplaceProb: 0.1, MaskID: 3, VocabSize: 1000, SpecialIDs: map[int64]bool{0: true}}
		c.Seed(seed)
		b, err := c.Collate(mlmBatch(true)[:4])
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b, d := mk(1), mk(1), mk(2)
	if !reflect.DeepEqual(a, b) {
		t.Error("one seed gave two batches")
	}
	if reflect.DeepEqual(a.Labels, d.Labels) {
		t.Error("seeds 1 and 2 gave the same masks")
	}
	bad := &LMCollator{MLM: true, MLMProbability: 1.5, VocabSize: 10}
	if _, err := bad.Collate(idRows([]int64{4})); err == nil || !strings.Contains(err.Error(), "mlm_probability 1.5") {
		t.Errorf("bad probability: %v", err)
	}
	// mask_replace_prob=1: every chosen token is [MASK].
	all := &LMCollator{MLM: true, MLMProbability: 1, MaskReplaceProb: 1, MaskID: 3, VocabSize: 10, SpecialIDs: map[int64]bool{}}
	if b, err := all.Collate(idRows([]int64{4, 5, 6})); err != nil || !reflect.DeepEqual(b.InputIDs, []int64{3, 3, 3}) || !reflect.DeepEqual(b.Labels, []int64{4, 5, 6}) {
		t.Errorf("mlm_probability 1, mask_replace_prob 1: %+v %v", b, err)
	}
}

// Padding is never masked even when SpecialIDs lacks the pad id.
func TestLMCollatorNeverMasksPadding(t *testing.T) {
	for _, left := range []bool{false, true} {
		c := &LMCollator{Padder: Padder{PadID: 7, HasPad: true, Left: left}, MLM: true, MLMProbability: 1, MaskReplaceProb: 1, MaskID: 3, VocabSize: 10}
		b, err := c.Collate(idRows([]int64{4, 5, 6}, []int64{8}))
		if err != nil {
			t.Fatal(err)
		}
		want := []int64{3, 3, 3, 3, 7, 7}
		wantLabels := []int64{4, 5, 6, 8, -100, -100}
		if left {
			want, wantLabels = []int64{3, 3, 3, 7, 7, 3}, []int64{4, 5, 6, -100, -100, 8}
		}
		if !reflect.DeepEqual(b.InputIDs, want) || !reflect.DeepEqual(b.Labels, wantLabels) {
			t.Errorf("left=%v: ids %v labels %v, want %v %v", left, b.InputIDs, b.Labels, want, wantLabels)
		}
	}
}
