package models_test

import (
	"context"
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// trainingRef is the part of gpt2-tiny's training_reference.json the loss
// test reads: HF's loss of GPT2LMHeadModel(input_ids, labels=input_ids)
// with dropout off.
type trainingRef struct {
	InputIDs [][]int64 `json:"input_ids"`
	Loss     float64   `json:"loss"`
}

// f64s returns t's values as float64.
func f64s(t *testing.T, x *tensor.Tensor) []float64 {
	t.Helper()
	c, err := x.Convert(ir.Float64)
	if err != nil {
		t.Fatal(err)
	}
	return c.Float64s()
}

// lossOf returns the scalar loss output.
func lossOf(t *testing.T, out map[string]*tensor.Tensor) float64 {
	t.Helper()
	l, ok := out[models.OutputLoss]
	if !ok || l.Shape.Rank() != 0 {
		t.Fatalf("no scalar loss output (outputs %v)", sortedKeys(out))
	}
	return f64s(t, l)[0]
}

// crossEntropyRef is cross-entropy in float64 of logits rows (n, v) and
// labels (n), skipping -100, averaged over the labels kept.
func crossEntropyRef(logits []float64, v int, labels []int64) float64 {
	var sum float64
	var kept int
	for i, y := range labels {
		if y == models.IgnoreIndex {
			continue
		}
		row := logits[i*v : (i+1)*v]
		m := math.Inf(-1)
		for _, x := range row {
			m = math.Max(m, x)
		}
		var z float64
		for _, x := range row {
			z += math.Exp(x - m)
		}
		sum += m + math.Log(z) - row[y]
		kept++
	}
	return sum / float64(kept)
}

func closeTo(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %.7f, want %.7f (tol %g)", what, got, want, tol)
	}
}

// TestCausalLMLossMatchesHF: gpt2-tiny's loss with labels = input_ids is
// transformers' (labels shifted inside the model), and with some labels
// ignored it is the float64 cross-entropy of the shifted logits.
func TestCausalLMLossMatchesHF(t *testing.T) {
	var ref trainingRef
	readJSON(t, fixtureDir("gpt2-tiny")+"/training_reference.json", &ref)
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		r := openRunner(t, "gpt2-tiny", b)
		batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
		spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
		ids := int64Tensor(t, ref.InputIDs)
		out, err := r.Forward(context.Background(), spec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: ids})
		if err != nil {
			t.Fatal(err)
		}
		lm, err := models.AsCausalLMOutput(out)
		if err != nil {
			t.Fatal(err)
		}
		if lm.Loss == nil {
			t.Fatal("CausalLMOutput.Loss is nil")
		}
		closeTo(t, "loss", lossOf(t, out), ref.Loss, 1e-5)

		// Ignore every third label: the loss is the shifted cross-entropy
		// over the rest, from the logits in float64.
		labels := make([][]int64, batch)
		var shifted []int64
		for i, row := range ref.InputIDs {
			labels[i] = append([]int64(nil), row...)
			for j := range labels[i] {
				if j%3 == 1 {
					labels[i][j] = models.IgnoreIndex
				}
			}
			shifted = append(append(shifted, labels[i][1:]...), models.IgnoreIndex)
		}
		out, err = r.Forward(context.Background(), spec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: int64Tensor(t, labels)})
		if err != nil {
			t.Fatal(err)
		}
		v := out[models.OutputLogits].Shape[2]
		mean := crossEntropyRef(f64s(t, out[models.OutputLogits]), v, shifted)
		closeTo(t, "loss with ignored labels", lossOf(t, out), mean, 1e-5)
		if r.Compiles() != 1 {
			t.Errorf("%d compiles for one spec", r.Compiles())
		}

		// Spec.NumItems: the summed cross-entropy over num_items_in_batch
		// (the Trainer's count over all micro-batches of a step); 0 when
		// every label is ignored.
		kept := 0
		for _, l := range shifted {
			if l != models.IgnoreIndex {
				kept++
			}
		}
		const numItems = 50
		items, err := tensor.ScalarFloat64(ir.Float32, numItems)
		if err != nil {
			t.Fatal(err)
		}
		nspec := spec
		nspec.NumItems = true
		out, err = r.Forward(context.Background(), nspec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: int64Tensor(t, labels), models.InputNumItems: items})
		if err != nil {
			t.Fatal(err)
		}
		closeTo(t, "loss / num_items_in_batch", lossOf(t, out), mean*float64(kept)/numItems, 1e-5)
		for _, row := range labels {
			for j := range row {
				row[j] = models.IgnoreIndex
			}
		}
		out, err = r.Forward(context.Background(), nspec, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: int64Tensor(t, labels), models.InputNumItems: items})
		if err != nil {
			t.Fatal(err)
		}
		if got := lossOf(t, out); got != 0 {
			t.Errorf("every label ignored with num_items_in_batch: loss %v, want 0", got)
		}
	})
}

// TestMaskedLMLoss: BertForMaskedLM's loss is the unshifted cross-entropy
// at the labelled positions only.
func TestMaskedLMLoss(t *testing.T) {
	ref := readReference[bertMLMRef](t, "bert-tiny-mlm")
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		r := openRunner(t, "bert-tiny-mlm", b)
		batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
		labels := make([][]int64, batch)
		var flat []int64
		for i, row := range ref.InputIDs {
			labels[i] = make([]int64, seq)
			for j := range labels[i] {
				labels[i][j] = models.IgnoreIndex
				if (i+j)%4 == 0 && ref.Mask[i][j] == 1 {
					labels[i][j] = row[(j+1)%seq] // any token, not just the input
				}
			}
			flat = append(flat, labels[i]...)
		}
		out, err := r.Forward(context.Background(), models.Spec{Batch: batch, Seq: seq, Labels: true}, map[string]*tensor.Tensor{
			models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.Mask),
			models.InputLabels: int64Tensor(t, labels)})
		if err != nil {
			t.Fatal(err)
		}
		mlm, err := models.AsMaskedLMOutput(out)
		if err != nil || mlm.Loss == nil {
			t.Fatalf("MaskedLMOutput: %v, loss %v", err, mlm)
		}
		v := out[models.OutputLogits].Shape[2]
		closeTo(t, "loss", lossOf(t, out), crossEntropyRef(f64s(t, out[models.OutputLogits]), v, flat), 1e-5)
	})
}

// classifier loads bert-tiny-cls with problem_type set, or with one label
// (the checkpoint's first classifier row) when oneLabel is set.
func classifier(t *testing.T, b backends.Backend, problem string, oneLabel bool) *models.Runner {
	t.Helper()
	dir := fixtureDir("bert-tiny-cls")
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	bc := cfg.(*models.BertConfig)
	bc.ProblemType = problem
	path := dir
	if oneLabel {
		bc.NumLabels, bc.ID2Label = 1, nil
		path = oneLabelCheckpoint(t, dir)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := newRunner(t, m, path, b, backends.CompileOptions{Options: passes.Options{Verify: true}})
	return r
}

// oneLabelCheckpoint writes the checkpoint of dir with only the first
// classifier row.
func oneLabelCheckpoint(t *testing.T, dir string) string {
	t.Helper()
	all := readTensorsF32(t, dir)
	w, bias := all["classifier.weight"], all["classifier.bias"]
	h := w.Shape[1]
	all["classifier.weight"], _ = tensor.FromFloat32(ir.Shape{1, h}, w.Float32s()[:h])
	all["classifier.bias"], _ = tensor.FromFloat32(ir.Shape{1}, bias.Float32s()[:1])
	path := t.TempDir() + "/model.safetensors"
	if err := tensor.WriteSafetensorsFile(path, all, nil); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSequenceClassificationLoss checks every problem_type against a
// float64 computation from the logits.
func TestSequenceClassificationLoss(t *testing.T) {
	ref := readReference[bertClsRef](t, "bert-tiny-cls")
	batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
	run := func(t *testing.T, r *models.Runner, labels *tensor.Tensor) (float64, []float64, int) {
		t.Helper()
		out, err := r.Forward(context.Background(), models.Spec{Batch: batch, Seq: seq, Labels: true}, map[string]*tensor.Tensor{
			models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.Mask),
			models.InputLabels: labels})
		if err != nil {
			t.Fatal(err)
		}
		sc, err := models.AsSequenceClassifierOutput(out)
		if err != nil || sc.Loss == nil {
			t.Fatalf("SequenceClassifierOutput: %v, loss missing", err)
		}
		return lossOf(t, out), f64s(t, out[models.OutputLogits]), out[models.OutputLogits].Shape[1]
	}
	// targets is a deterministic (batch, n) table of values in [0, 1].
	targets := func(n int, binary bool) ([]float64, []float32) {
		var f64 []float64
		var f32 []float32
		for i := 0; i < batch*n; i++ {
			v := float64((i*7)%5) / 4
			if binary {
				v = float64(i % 2)
			}
			f64, f32 = append(f64, v), append(f32, float32(v))
		}
		return f64, f32
	}
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		t.Run("single_label", func(t *testing.T) {
			labels := make([]int64, batch)
			for i := range labels {
				labels[i] = int64(i % 3)
			}
			if batch > 2 {
				labels[1] = models.IgnoreIndex
			}
			lt, _ := tensor.FromInt64(ir.Int64, ir.Shape{batch}, labels)
			got, logits, n := run(t, classifier(t, b, "", false), lt)
			closeTo(t, "loss", got, crossEntropyRef(logits, n, labels), 1e-5)
		})
		t.Run("regression", func(t *testing.T) {
			r := classifier(t, b, "regression", false)
			n := r.Model().Config().(*models.BertConfig).NumLabels
			y, y32 := targets(n, false)
			lt, _ := tensor.FromFloat32(ir.Shape{batch, n}, y32)
			got, logits, _ := run(t, r, lt)
			var want float64
			for i := range y {
				want += (logits[i] - y[i]) * (logits[i] - y[i])
			}
			closeTo(t, "mse", got, want/float64(len(y)), 1e-5)
		})
		t.Run("regression_one_label", func(t *testing.T) {
			y, y32 := targets(1, false)
			lt, _ := tensor.FromFloat32(ir.Shape{batch}, y32)
			got, logits, n := run(t, classifier(t, b, "", true), lt)
			if n != 1 {
				t.Fatalf("%d logits per row, want 1", n)
			}
			var want float64
			for i := range y {
				want += (logits[i] - y[i]) * (logits[i] - y[i])
			}
			closeTo(t, "mse", got, want/float64(len(y)), 1e-5)
		})
		t.Run("multi_label", func(t *testing.T) {
			r := classifier(t, b, "multi_label_classification", false)
			n := r.Model().Config().(*models.BertConfig).NumLabels
			y, y32 := targets(n, true)
			lt, _ := tensor.FromFloat32(ir.Shape{batch, n}, y32)
			got, logits, _ := run(t, r, lt)
			var want float64
			for i, x := range logits {
				p := 1 / (1 + math.Exp(-x))
				want -= y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
			}
			closeTo(t, "bce", got, want/float64(len(y)), 1e-5)
		})
	})
}

// TestLabelsNeedAHead: a base model refuses labels; a head computes the
// loss whenever labels are given.
func TestLabelsNeedAHead(t *testing.T) {
	dir := fixtureDir("qwen2-tiny")
	r, _ := newRunner(t, loadModel(t, dir, "Qwen2Model"), dir, referenceBackend(), backends.CompileOptions{})
	ids := int64Tensor(t, [][]int64{{1, 2}})
	if _, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 2, Labels: true}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: ids}); err == nil {
		t.Fatal("a base model accepted labels")
	}
	// Forward given labels computes the loss even when the Spec does not
	// ask, as transformers does whenever labels are passed.
	out, err := openRunner(t, "qwen2-tiny", referenceBackend()).Forward(context.Background(), models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids, models.InputLabels: ids})
	if err != nil {
		t.Fatal(err)
	}
	if l := lossOf(t, out); math.IsNaN(l) || l <= 0 {
		t.Fatalf("loss %v", l)
	}
}

// readTensorsF32 reads every tensor of the checkpoint in dir as float32,
// by name.
func readTensorsF32(t *testing.T, dir string) map[string]*tensor.Tensor {
	t.Helper()
	src, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	all := map[string]*tensor.Tensor{}
	for _, n := range src.Names() {
		x, err := src.TensorAs(n, ir.Float32)
		if err != nil {
			t.Fatal(err)
		}
		all[n] = x
	}
	return all
}

// TestCausalLMLossBF16MatchesItsLogits: in bf16 the loss (computed in
// chunks from the head's input and weight) is the float64 cross-entropy
// of the bf16 logits the same program returns: the chunked loss rounds
// its logits to bf16 as the head does (without that rounding the loss is
// off by 1e-6 to 3e-5 relative here). llama-tiny has an untied lm_head.
func TestCausalLMLossBF16MatchesItsLogits(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		dir := fixtureDir("llama-tiny")
		ck, err := weights.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer ck.Close()
		r, err := models.NewRunner(loadModel(t, dir, ""), ck, b, ir.BFloat16, backends.CompileOptions{Options: passes.Options{Verify: true}})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		ids := [][]int64{{1, 450, 4996, 17354, 1701, 29916}, {1, 15043, 3186, 29991, 306, 626}}
		labels := [][]int64{{1, 450, models.IgnoreIndex, 17354, 1701, 29916}, {1, 15043, 3186, 29991, models.IgnoreIndex, 626}}
		out, err := r.Forward(context.Background(), models.Spec{Batch: 2, Seq: 6, Labels: true},
			map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids), models.InputLabels: int64Tensor(t, labels)})
		if err != nil {
			t.Fatal(err)
		}
		var shifted []int64
		for _, row := range labels {
			shifted = append(append(shifted, row[1:]...), models.IgnoreIndex)
		}
		logits := out[models.OutputLogits]
		if logits.DType != ir.BFloat16 {
			t.Fatalf("logits are %s, want bf16", logits.DType)
		}
		closeTo(t, "bf16 loss", lossOf(t, out), crossEntropyRef(f64s(t, logits), logits.Shape[2], shifted), 5e-7)
	})
}

// TestTokenClassificationLoss: bert-tiny-cls's checkpoint as
// BertForTokenClassification (the classifier on every token), its loss the
// float64 cross-entropy of its (B, T, labels) logits over the labelled
// tokens, -100 skipped.
func TestTokenClassificationLoss(t *testing.T) {
	ref := readReference[bertMLMRef](t, "bert-tiny-mlm") // ids and mask of a batch
	forEachBackend(t, func(t *testing.T, b backends.Backend) {
		dir := fixtureDir("bert-tiny-cls")
		cfg, err := models.LoadConfig(dir)
		if err != nil {
			t.Fatal(err)
		}
		m, err := models.New(cfg, "BertForTokenClassification")
		if err != nil {
			t.Fatal(err)
		}
		if m.Task() != models.TaskTokenClassification {
			t.Fatalf("task %s", m.Task())
		}
		r, _ := newRunner(t, m, dir, b, backends.CompileOptions{Options: passes.Options{Verify: true}})
		batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
		n := cfg.(*models.BertConfig).NumLabels
		labels := make([][]int64, batch)
		var flat []int64
		for i := range labels {
			labels[i] = make([]int64, seq)
			for j := range labels[i] {
				labels[i][j] = int64((i + 2*j) % n)
				if ref.Mask[i][j] == 0 || j%5 == 0 {
					labels[i][j] = models.IgnoreIndex
				}
			}
			flat = append(flat, labels[i]...)
		}
		out, err := r.Forward(context.Background(), models.Spec{Batch: batch, Seq: seq, Labels: true}, map[string]*tensor.Tensor{
			models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.Mask),
			models.InputLabels: int64Tensor(t, labels)})
		if err != nil {
			t.Fatal(err)
		}
		logits := out[models.OutputLogits]
		if !logits.Shape.Equal(ir.Shape{batch, seq, n}) {
			t.Fatalf("logits %v, want (%d, %d, %d)", logits.Shape, batch, seq, n)
		}
		closeTo(t, "loss", lossOf(t, out), crossEntropyRef(f64s(t, logits), n, flat), 1e-5)
	})
}
