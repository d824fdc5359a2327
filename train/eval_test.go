package train

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// raggedRows are causal-LM rows of the given lengths (labels = ids, the
// second label of each row ignored).
func raggedRows(lengths ...int) *Dataset {
	ds := &Dataset{Path: "eval.jsonl"}
	for i, n := range lengths {
		ex := Example{Line: i + 1, Labels: Label{List: true}}
		for j := 0; j < n; j++ {
			id := int64(5 + (i*53+j*29)%400)
			l := id
			if j == 1 {
				l = models.IgnoreIndex
			}
			ex.InputIDs = append(ex.InputIDs, id)
			ex.Labels.Ints = append(ex.Labels.Ints, l)
			ex.Labels.Values = append(ex.Labels.Values, float64(l))
		}
		ds.Rows = append(ds.Rows, ex)
	}
	return ds
}

// tickClock is a clock that advances one second per reading.
func tickClock() func() time.Time {
	c := time.Unix(0, 0)
	return func() time.Time { c = c.Add(time.Second); return c }
}

// handBatch is one evaluation batch run by hand: the model's loss and
// logits on the batch collated alone (rows padded to their own longest,
// no rows added), and its labels.
type handBatch struct {
	loss           float64
	logits, labels *tensor.Tensor
}

func runHand(t *testing.T, r *models.Runner, rows []Example) handBatch {
	t.Helper()
	coll, err := NewCollator(r.Model(), r.DType())
	if err != nil {
		t.Fatal(err)
	}
	in, spec, err := coll.Collate(rows)
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Forward(context.Background(), spec, in)
	if err != nil {
		t.Fatal(err)
	}
	return handBatch{loss: out[models.OutputLoss].Float64s()[0], logits: out[models.OutputLogits], labels: in[models.InputLabels]}
}

// TestEvaluateRaggedBatches evaluates 5 rows of 3 to 6 tokens with
// per_device_eval_batch_size 2 (batches of 2, 2 and 1 rows, each padded
// to its own longest) and checks eval_loss against the mean of the three
// batch losses the model computes on those batches alone (HF repeats each
// batch's loss eval_batch_size times, the short last one included, then
// averages), the accuracy against the batches' logits, the speed metrics,
// the log entry and the events; then Predict's concatenated, -100-padded
// logits and labels against the same batches, with and without
// ArgmaxLogits.
func TestEvaluateRaggedBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model forward passes")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	r := loadRunner(t, dir, oneCPUBackend(t))
	ev := raggedRows(4, 6, 3, 5, 4)
	rec := &recorder{}
	tr, err := NewTrainer(r, testArgs(t, `{"per_device_eval_batch_size": 2, "max_steps": 1, "save_strategy": "no"}`), lmRows(2, 4),
		TrainerOptions{NoDropout: true, EvalData: ev, ComputeMetrics: Accuracy, Now: tickClock(), Callbacks: []TrainerCallback{rec}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	m, err := tr.Evaluate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	hand := []handBatch{runHand(t, r, ev.Rows[0:2]), runHand(t, r, ev.Rows[2:4]), runHand(t, r, ev.Rows[4:5])}
	var mean, hit, kept float64
	for _, h := range hand {
		mean += h.loss / 3
		ids, err := ArgmaxLogits(h.logits, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range h.labels.Int64s() {
			if l != models.IgnoreIndex {
				kept++
				if ids.Int64s()[i] == l {
					hit++
				}
			}
		}
	}
	// transformers 5.x repeats each batch's loss by its own rows, so the
	// short last batch weighs its one row (testdata/trainer's
	// llama_gradckpt_accum_eval, batches of 3, 3, 1, records it); the
	// plain batch mean must give another number here.
	perRow := (2*hand[0].loss + 2*hand[1].loss + hand[2].loss) / 5
	if math.Abs(perRow-mean) < 1e-4 {
		t.Fatalf("test data do not tell the batch mean (%v) from the row mean (%v)", mean, perRow)
	}
	t.Logf("batch losses %.7g %.7g %.7g: mean %.9g (row-weighted %.9g); Evaluate's eval_loss %.9g", hand[0].loss, hand[1].loss, hand[2].loss, mean, perRow, m["eval_loss"])
	want := map[string]float64{"eval_loss": perRow, "eval_accuracy": hit / kept,
		// One clock tick: 5 rows, ceil(5/2) = 3 steps in 1 s.
		"eval_runtime": 1, "eval_samples_per_second": 5, "eval_steps_per_second": 3}
	for k, w := range want {
		if math.Abs(m[k]-w) > 1e-6*math.Max(1, math.Abs(w)) {
			t.Errorf("%s = %v, want %v", k, m[k], w)
		}
	}
	if len(m) != len(want) {
		t.Errorf("metrics %v, want the keys of %v", m, want)
	}
	if h := tr.State.LogHistory; len(h) != 1 || h[0]["eval_loss"] != m["eval_loss"] || h[0]["step"] != 0 || h[0]["epoch"] != 0.0 {
		t.Errorf("log history %v, want one eval entry at step 0", h)
	}
	compareEvents(t, rec.events, expand(`on_init_end 0
		on_prediction_step 0
		on_prediction_step 0
		on_prediction_step 0
		on_log 0 eval
		on_evaluate 0`))

	// Predict: every logit, concatenated and padded to the longest batch (6).
	rec.events = nil
	p, err := tr.Predict(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if p.Metrics["test_loss"] != m["eval_loss"] || p.Metrics["test_accuracy"] != m["eval_accuracy"] || p.Metrics["test_runtime"] != 1 || len(p.Metrics) != 5 {
		t.Errorf("predict metrics %v, want evaluate's with the test_ prefix", p.Metrics)
	}
	vocab := hand[0].logits.Shape[2]
	if !equalShape(p.Predictions.Shape, []int{5, 6, vocab}) || !equalShape(p.LabelIDs.Shape, []int{5, 6}) {
		t.Fatalf("predictions %v, labels %v, want (5, 6, %d) and (5, 6)", p.Predictions.Shape, p.LabelIDs.Shape, vocab)
	}
	got, gotL := p.Predictions.Float32s(), p.LabelIDs.Int64s()
	row := 0
	for _, h := range hand {
		hv, hl := h.logits.Float32s(), h.labels.Int64s()
		seq := h.labels.Shape[1]
		for i := 0; i < h.labels.Shape[0]; i++ {
			for j := 0; j < 6; j++ {
				wantL := int64(-100)
				if j < seq {
					wantL = hl[i*seq+j]
				}
				if gotL[row*6+j] != wantL {
					t.Fatalf("label (%d, %d) = %d, want %d", row, j, gotL[row*6+j], wantL)
				}
				for v := 0; v < vocab; v++ {
					w := float32(-100)
					if j < seq {
						w = hv[(i*seq+j)*vocab+v]
					}
					if g := got[(row*6+j)*vocab+v]; math.Abs(float64(g-w)) > 1e-5 {
						t.Fatalf("logit (%d, %d, %d) = %v, want %v", row, j, v, g, w)
					}
				}
			}
			row++
		}
	}
	compareEvents(t, rec.events, expand(`on_prediction_step 0
		on_prediction_step 0
		on_prediction_step 0
		on_predict 0`))
	if len(tr.State.LogHistory) != 1 {
		t.Errorf("Predict logged: %v", tr.State.LogHistory)
	}
	tr.opts.PreprocessLogits = ArgmaxLogits
	q, err := tr.Predict(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := ArgmaxLogits(p.Predictions, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !equalShape(q.Predictions.Shape, []int{5, 6}) || !equalInts(q.Predictions.Int64s()[:4], ids.Int64s()[:4]) || q.Metrics["test_accuracy"] != p.Metrics["test_accuracy"] {
		t.Errorf("argmax predictions %v %v, accuracy %v; want the argmax of the logits and accuracy %v", q.Predictions.Shape, q.Predictions.Int64s(), q.Metrics["test_accuracy"], p.Metrics["test_accuracy"])
	}
}

// TestEvaluateErrors checks that a bad evaluation set or hook is an error
// naming it, at NewTrainer or at the call.
func TestEvaluateErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model forward passes")
	}
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	r := loadRunner(t, dir, oneCPUBackend(t))
	args := testArgs(t, `{"max_steps": 1, "save_strategy": "no", "per_device_eval_batch_size": 4}`)
	bad := raggedRows(3)
	bad.Rows[0].InputIDs[0] = 1 << 40
	if _, err := NewTrainer(r, args, lmRows(2, 4), TrainerOptions{EvalData: bad}); err == nil || !strings.Contains(err.Error(), "eval.jsonl:1") {
		t.Errorf("bad EvalData: %v", err)
	}
	tr, err := NewTrainer(r, args, lmRows(2, 4), TrainerOptions{NoDropout: true,
		ComputeMetrics: func(EvalPrediction) (map[string]float64, error) { return nil, errTest }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []struct {
		run  func() error
		want string
	}{
		{func() error { _, err := tr.Evaluate(ctx, nil); return err }, "needs a dataset"},
		{func() error { _, err := tr.Predict(ctx, nil); return err }, "Predict needs a dataset"},
		{func() error { _, err := tr.Evaluate(ctx, bad); return err }, "eval.jsonl:1"},
		{func() error { _, err := tr.Evaluate(ctx, raggedRows(3)); return err }, "compute_metrics: test error"},
		{func() error {
			tr.opts.ComputeMetrics = func(EvalPrediction) (map[string]float64, error) { return map[string]float64{"loss": 1}, nil }
			_, err := tr.Evaluate(ctx, raggedRows(3))
			return err
		}, `metric "loss" is named "eval_loss"`},
		{func() error {
			tr.opts.ComputeMetrics = func(EvalPrediction) (map[string]float64, error) {
				return map[string]float64{"f1": 1, "test_f1": 2}, nil
			}
			_, err := tr.Predict(ctx, raggedRows(3))
			return err
		}, `named "test_f1"`},
		{func() error {
			tr.opts.ComputeMetrics, tr.opts.PreprocessLogits = nil, func(_, _ *tensor.Tensor) (*tensor.Tensor, error) { return nil, nil }
			_, err := tr.Predict(ctx, raggedRows(3))
			return err
		}, "preprocess_logits_for_metrics returned no tensor"},
		{func() error { _, err := tr.Evaluate(ctx, &Dataset{}); return err }, "evaluation data: no rows to evaluate"},
	} {
		if err := c.run(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one containing %q", err, c.want)
		}
	}
	// During training the error names the step and stops Train.
	tr, err = NewTrainer(r, testArgs(t, `{"max_steps": 2, "save_strategy": "no", "eval_strategy": "steps", "eval_steps": 1}`), lmRows(2, 4),
		TrainerOptions{NoDropout: true, EvalData: raggedRows(3),
			ComputeMetrics: func(EvalPrediction) (map[string]float64, error) { return nil, errTest }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(ctx); err == nil || err.Error() != "evaluation at step 1: compute_metrics: test error" || tr.State.GlobalStep != 1 {
		t.Errorf("Train with a failing compute_metrics: %v at step %d", err, tr.State.GlobalStep)
	}
	if _, err := testArgsErr(`{"per_device_eval_batch_size": 0}`); err == nil || !strings.Contains(err.Error(), "per_device_eval_batch_size") {
		t.Errorf("per_device_eval_batch_size 0: %v", err)
	}
}

var errTest = errors.New("test error")

func testArgsErr(js string) (TrainingArguments, error) {
	a, err := ParseTrainingArguments([]byte(js), "training_args.json")
	if err != nil {
		return a, err
	}
	return a, a.Validate()
}

// TestEvaluateClassifier evaluates bert-tiny-cls (3 classes) on 5 rows
// with per_device_eval_batch_size 2: eval_loss is the mean of the three
// batch losses computed by hand (the last batch of one row is run as 2
// rows, the added one's label ignored), and accuracy and macro F1 are
// those of the batches' logits, as ComputeMetrics receives them in (5, 3).
func TestEvaluateClassifier(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model forward passes")
	}
	dir := filepath.Join("..", "testdata", "models", "bert-tiny-cls")
	r := loadRunner(t, dir, oneCPUBackend(t))
	ev := &Dataset{Path: "cls.jsonl"}
	for i, n := range []int{5, 3, 7, 4, 6} {
		ex := Example{Line: i + 1, Labels: Label{Values: []float64{float64(i % 3)}, Ints: []int64{int64(i % 3)}}}
		for j := 0; j < n; j++ {
			ex.InputIDs = append(ex.InputIDs, int64(101+(i*97+j*31)%2000))
		}
		ev.Rows = append(ev.Rows, ex)
	}
	var seen EvalPrediction
	metrics := CombineMetrics(Accuracy, F1("macro"), func(p EvalPrediction) (map[string]float64, error) {
		seen = p
		return nil, nil
	})
	tr, err := NewTrainer(r, testArgs(t, `{"per_device_eval_batch_size": 2, "max_steps": 1, "save_strategy": "no"}`), ev,
		TrainerOptions{NoDropout: true, EvalData: ev, ComputeMetrics: metrics, Now: tickClock()})
	if err != nil {
		t.Fatal(err)
	}
	m, err := tr.Evaluate(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	hand := []handBatch{runHand(t, r, ev.Rows[0:2]), runHand(t, r, ev.Rows[2:4]), runHand(t, r, ev.Rows[4:5])}
	// Row-weighted: batches of 2, 2 and 1 rows.
	mean := (2*hand[0].loss + 2*hand[1].loss + hand[2].loss) / 5
	var logits []*tensor.Tensor
	for _, h := range hand {
		logits = append(logits, h.logits)
	}
	all, err := concatPadded(logits)
	if err != nil {
		t.Fatal(err)
	}
	labels := i64(t, []int{5}, 0, 1, 2, 0, 1)
	want, err := CombineMetrics(Accuracy, F1("macro"))(EvalPrediction{Predictions: all, LabelIDs: labels})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(m["eval_loss"]-mean) > 1e-6 || m["eval_accuracy"] != want["accuracy"] || m["eval_f1"] != want["f1"] {
		t.Errorf("metrics %v, want eval_loss %v, accuracy %v, f1 %v", m, mean, want["accuracy"], want["f1"])
	}
	if !equalShape(seen.Predictions.Shape, []int{5, 3}) || !equalInts(seen.LabelIDs.Int64s(), labels.Int64s()) {
		t.Errorf("compute_metrics saw predictions %v and labels %v, want (5, 3) and %v", seen.Predictions.Shape, seen.LabelIDs.Int64s(), labels.Int64s())
	}
}
