package train

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// mlmExamples are n rows of seq tokens framed by [CLS] (101) and [SEP]
// (102) with special_tokens_mask set there; the last row ends in two
// padding positions (attention 0).
func mlmExamples(n, seq int) []Example {
	rows := make([]Example, n)
	for i := range rows {
		r := Example{Line: i + 1}
		for j := 0; j < seq; j++ {
			id, sp, att := int64(1000+(i*31+j*7)%900), int64(0), int64(1)
			switch {
			case j == 0:
				id, sp = 101, 1
			case j == seq-1:
				id, sp = 102, 1
			case i == n-1 && j >= seq-3:
				id, sp, att = 0, 1, 0
			}
			r.InputIDs = append(r.InputIDs, id)
			r.SpecialTokensMask = append(r.SpecialTokensMask, sp)
			r.AttentionMask = append(r.AttentionMask, att)
		}
		r.Labels = Label{List: true, Ints: r.InputIDs}
		for _, id := range r.InputIDs {
			r.Labels.Values = append(r.Labels.Values, float64(id))
		}
		rows[i] = r
	}
	return rows
}

func testMLMCollator(p float64) *LMCollator {
	return &LMCollator{Padder: Padder{HasPad: true}, MLM: true, MLMProbability: p, MaskReplaceProb: 0.8, RandomReplaceProb: 0.1,
		MaskID: 103, VocabSize: 30522, SpecialIDs: map[int64]bool{0: true, 100: true, 101: true, 102: true, 103: true}}
}

// TestLMCollatorCollateBatch: the per-batch masked-LM collation the
// Trainer calls: special tokens and padding are never chosen, labels hold
// the original id exactly where a position was chosen, the input rows are
// left as they were, one seed gives one result and another seed another,
// and the rates over many rows are mlm_probability's.
func TestLMCollatorCollateBatch(t *testing.T) {
	c := testMLMCollator(0.15)
	rows := mlmExamples(64, 40)
	orig := fmt.Sprint(rows)
	a, err := c.CollateBatch(rows, 7)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(rows) != orig {
		t.Fatal("CollateBatch changed its input rows")
	}
	chosen, candidates, masked := 0, 0, 0
	for i, r := range a {
		in := rows[i]
		if len(r.InputIDs) != len(in.InputIDs) || r.Line != in.Line || len(r.Labels.Ints) != len(in.InputIDs) || len(r.Labels.Values) != len(in.InputIDs) {
			t.Fatalf("row %d: %d ids, %d labels for %d tokens", i, len(r.InputIDs), len(r.Labels.Ints), len(in.InputIDs))
		}
		for j, l := range r.Labels.Ints {
			special := in.SpecialTokensMask[j] == 1 || in.AttentionMask[j] == 0
			if !special {
				candidates++
			}
			if l == -100 {
				if r.InputIDs[j] != in.InputIDs[j] {
					t.Fatalf("row %d pos %d: changed (%d -> %d) but not labelled", i, j, in.InputIDs[j], r.InputIDs[j])
				}
				continue
			}
			if special {
				t.Fatalf("row %d pos %d: special token or padding %d chosen", i, j, in.InputIDs[j])
			}
			if l != in.InputIDs[j] || r.Labels.Values[j] != float64(l) {
				t.Fatalf("row %d pos %d: label %d, want the original id %d", i, j, l, in.InputIDs[j])
			}
			chosen++
			if r.InputIDs[j] == 103 {
				masked++
			}
		}
	}
	rate := float64(chosen) / float64(candidates)
	if rate < 0.13 || rate > 0.17 || float64(masked)/float64(chosen) < 0.74 || float64(masked)/float64(chosen) > 0.86 {
		t.Errorf("chosen %.4f of %d candidates, [MASK] %.4f of them", rate, candidates, float64(masked)/float64(chosen))
	}
	b, _ := c.CollateBatch(rows, 7)
	d, _ := c.CollateBatch(rows, 8)
	if !reflect.DeepEqual(a, b) {
		t.Error("one seed gave two collations")
	}
	if reflect.DeepEqual(a, d) {
		t.Error("seeds 7 and 8 gave the same masks")
	}
	// Rows without a special-tokens mask fall back to SpecialIDs.
	plain := []Example{{InputIDs: []int64{101, 2000, 2001, 102}}}
	all := testMLMCollator(1)
	all.MaskReplaceProb, all.RandomReplaceProb = 1, 0
	out, err := all.CollateBatch(plain, 1)
	if err != nil || !reflect.DeepEqual(out[0].InputIDs, []int64{101, 103, 103, 102}) || !reflect.DeepEqual(out[0].Labels.Ints, []int64{-100, 2000, 2001, -100}) {
		t.Errorf("mlm_probability 1 without special_tokens_mask: %+v %v", out, err)
	}
	bad := testMLMCollator(1.5)
	if _, err := bad.CollateBatch(plain, 1); err == nil || !strings.Contains(err.Error(), "mlm_probability 1.5") {
		t.Errorf("bad probability: %v", err)
	}
}

// TestBatchSeeds: the training seeds of different steps, micro-batches and
// run seeds differ from each other, from the evaluation seeds and from the
// dropout seeds.
func TestBatchSeeds(t *testing.T) {
	seen := map[uint64]string{}
	add := func(v uint64, what string) {
		if o, dup := seen[v]; dup {
			t.Fatalf("%s and %s share seed %d", what, o, v)
		}
		seen[v] = what
	}
	for _, seed := range []int64{0, 42} {
		for step := 0; step < 50; step++ {
			for micro := 0; micro < 4; micro++ {
				add(TrainBatchSeed(seed, step, micro), fmt.Sprint("train", seed, step, micro))
				add(uint64(DropoutSeed(seed, step, micro)), fmt.Sprint("dropout", seed, step, micro))
			}
			add(EvalBatchSeed(seed, step), fmt.Sprint("eval", seed, step))
		}
	}
	if TrainBatchSeed(42, 3, 1) != TrainBatchSeed(42, 3, 1) {
		t.Error("TrainBatchSeed is not a function of its arguments")
	}
}

// recordingCollator wraps a BatchCollator and keeps what it returned, by
// seed.
type recordingCollator struct {
	inner BatchCollator
	calls []string
	out   map[uint64][]Example
}

func (r *recordingCollator) CollateBatch(rows []Example, seed uint64) ([]Example, error) {
	out, err := r.inner.CollateBatch(rows, seed)
	if err == nil {
		if r.out == nil {
			r.out = map[uint64][]Example{}
		}
		r.out[seed] = out
		r.calls = append(r.calls, fmt.Sprint(seed))
	}
	return out, err
}

// TestTrainerDataCollatorMLM trains bert-tiny-mlm with the masked-LM
// collator as TrainerOptions.DataCollator: each micro-batch is collated
// with TrainBatchSeed of its step, so the same rows get new masks in the
// next epoch; two runs with one seed collate and log identically; every
// evaluation collates with the same EvalBatchSeed masks, so evaluating
// twice gives one eval_loss; a collator whose output does not fit the
// model is an error naming the step and the row.
func TestTrainerDataCollatorMLM(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps")
	}
	dir := filepath.Join("..", "testdata", "models", "bert-tiny-mlm")
	b := oneCPUBackend(t)
	rows := mlmExamples(2, 12)
	data := &Dataset{Path: "mlm", Rows: rows}
	args := testArgs(t, `{"num_train_epochs": 3, "per_device_train_batch_size": 2, "per_device_eval_batch_size": 2, "learning_rate": 1e-3,
		"logging_steps": 1, "seed": 5, "report_to": "none", "save_strategy": "no"}`)
	run := func() (*recordingCollator, []LogEntry, float64, float64) {
		rec := &recordingCollator{inner: testMLMCollator(0.5)}
		tr, err := NewTrainer(loadRunner(t, dir, b), args, data, TrainerOptions{DataCollator: rec, EvalData: data})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(context.Background()); err != nil {
			t.Fatal(err)
		}
		e1, err := tr.Evaluate(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		e2, err := tr.Evaluate(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return rec, tr.State.LogHistory, e1["eval_loss"], e2["eval_loss"]
	}
	rec, hist, e1, e2 := run()
	// 3 epochs of one step each, then two evaluations of one batch.
	want := []string{fmt.Sprint(TrainBatchSeed(5, 0, 0)), fmt.Sprint(TrainBatchSeed(5, 1, 0)), fmt.Sprint(TrainBatchSeed(5, 2, 0)),
		fmt.Sprint(EvalBatchSeed(5, 0)), fmt.Sprint(EvalBatchSeed(5, 0))}
	if !reflect.DeepEqual(rec.calls, want) {
		t.Fatalf("collator calls (seeds) %v, want %v", rec.calls, want)
	}
	masks := func(seed uint64) map[int]string { // row line -> its labels
		m := map[int]string{}
		for _, r := range rec.out[seed] {
			m[r.Line] = fmt.Sprint(r.Labels.Ints)
		}
		return m
	}
	ep0, ep1 := masks(TrainBatchSeed(5, 0, 0)), masks(TrainBatchSeed(5, 1, 0))
	for line := 1; line <= 2; line++ {
		if ep0[line] == ep1[line] {
			t.Errorf("row %d: the same masks in epochs 1 and 2: %s", line, ep0[line])
		}
	}
	if e1 != e2 {
		t.Errorf("two evaluations of the same weights: eval_loss %v and %v", e1, e2)
	}
	rec2, hist2, e3, _ := run()
	if !reflect.DeepEqual(rec.out, rec2.out) || e3 != e1 {
		t.Error("one seed, two runs: different collations or eval_loss")
	}
	for i := range hist {
		if hist[i]["loss"] != hist2[i]["loss"] || hist[i]["grad_norm"] != hist2[i]["grad_norm"] {
			t.Errorf("entry %d: %v vs %v", i, hist[i], hist2[i])
		}
	}

	tr, err := NewTrainer(loadRunner(t, dir, b), args, data, TrainerOptions{DataCollator: outOfVocab{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(context.Background()); err == nil || !strings.Contains(err.Error(), "train step 1: data collator: line 1: field \"input_ids\"") {
		t.Errorf("out-of-vocabulary collator output: %v", err)
	}
}

// outOfVocab returns ids past bert-tiny's vocabulary.
type outOfVocab struct{}

func (outOfVocab) CollateBatch(rows []Example, _ uint64) ([]Example, error) {
	out := append([]Example(nil), rows...)
	for i := range out {
		out[i].InputIDs = append([]int64{1 << 20}, out[i].InputIDs[1:]...)
	}
	return out, nil
}
