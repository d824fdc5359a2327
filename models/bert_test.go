package models_test

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

type bertMLMRef struct {
	InputIDs  [][]int64 `json:"input_ids"`
	Mask      [][]int64 `json:"attention_mask"`
	MLMLogits logitsRef `json:"mlm_logits"`
	Hidden    jsonRaw   `json:"last_hidden_state"`
	Pair      struct {
		InputIDs     []int64 `json:"input_ids"`
		TokenTypeIDs []int64 `json:"token_type_ids"`
		Hidden       jsonRaw `json:"last_hidden_state"`
	} `json:"pair"`
}

type bertClsRef struct {
	InputIDs [][]int64 `json:"input_ids"`
	Mask     [][]int64 `json:"attention_mask"`
	Logits   jsonRaw   `json:"logits"`
}

// compareRows checks got (B, T, C) against want rows (one per (b, t)) at
// the positions where mask is 1 (nil mask: all), within tol.
func compareRows(t *testing.T, what string, got *tensor.Tensor, want [][]float64, mask [][]int64) {
	t.Helper()
	c := got.Shape[got.Shape.Rank()-1]
	vals := got.Float64s()
	if len(vals) != len(want)*c {
		t.Fatalf("%s: got %s, want %d rows of %d", what, got.Shape, len(want), c)
	}
	bad := 0
	for r, row := range want {
		if mask != nil {
			n := len(mask[0])
			if mask[r/n][r%n] == 0 {
				continue
			}
		}
		if len(row) != c {
			t.Fatalf("%s: reference row %d has %d values, want %d", what, r, len(row), c)
		}
		for j, w := range row {
			if d := math.Abs(vals[r*c+j] - w); d > tol || math.IsNaN(d) {
				if bad++; bad <= 5 {
					t.Errorf("%s: row %d value %d = %.6f, want %.6f", what, r, j, vals[r*c+j], w)
				}
			}
		}
	}
}

// TestBertMaskedLMParity compares BertForMaskedLM with transformers: MLM
// logits (fingerprinted) and last_hidden_state of a right-padded batch at
// the unpadded positions, and last_hidden_state of a sentence pair with
// token types, on every parity backend.
func TestBertMaskedLMParity(t *testing.T) {
	ref := readReference[bertMLMRef](t, "bert-tiny-mlm")
	forEachBackend(t, func(t *testing.T, be backends.Backend) { checkBertMaskedLM(t, &ref, be) })
}

// checkBertMaskedLM is TestBertMaskedLMParity on backend be.
func checkBertMaskedLM(t *testing.T, ref *bertMLMRef, be backends.Backend) {
	r := openRunner(t, "bert-tiny-mlm", be)
	if r.Model().Arch() != "BertForMaskedLM" || r.Model().Task() != models.TaskMaskedLM {
		t.Fatalf("model is %s (%s)", r.Model().Arch(), r.Model().Task())
	}

	b, n := len(ref.InputIDs), len(ref.InputIDs[0])
	out, err := r.Forward(context.Background(), models.Spec{Batch: b, Seq: n}, map[string]*tensor.Tensor{
		models.InputIDs:           int64Tensor(t, ref.InputIDs),
		models.InputAttentionMask: int64Tensor(t, ref.Mask),
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := sortedKeys(out); !reflect.DeepEqual(got, []string{models.OutputLastHidden, models.OutputLogits}) {
		t.Errorf("outputs %v", got)
	}
	got := positionsOf(t, out[models.OutputLogits])
	want := splitRef(t, ref.MLMLogits, b)
	for row := range got {
		keep := make([]bool, n)
		for j, m := range ref.Mask[row] {
			keep[j] = m == 1
		}
		compareLogits(t, "mlm_logits", got[row], want[row], keep)
	}
	compareRows(t, "last_hidden_state", out[models.OutputLastHidden], rows(t, ref.Hidden), ref.Mask)

	// The sentence pair: token types select the second segment's embedding;
	// attention_mask defaults to ones.
	p := ref.Pair
	out, err = r.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(p.InputIDs)}, map[string]*tensor.Tensor{
		models.InputIDs:          int64Tensor(t, [][]int64{p.InputIDs}),
		models.InputTokenTypeIDs: int64Tensor(t, [][]int64{p.TokenTypeIDs}),
	})
	if err != nil {
		t.Fatal(err)
	}
	compareRows(t, "pair last_hidden_state", out[models.OutputLastHidden], rows(t, p.Hidden), nil)

	// The tied decoder is the word embedding itself and the decoder bias is
	// cls.predictions.bias: every checkpoint tensor is bound, none twice.
	if u := r.UnusedWeights(); len(u) != 0 {
		t.Errorf("unused checkpoint tensors: %v", u)
	}
	prog, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: len(p.InputIDs)})
	if err != nil {
		t.Fatal(err)
	}
	for _, par := range prog.Func.Params {
		if par.Name == "cls.predictions.decoder.weight" {
			t.Errorf("tied MLM decoder declared as its own parameter %s", par.Name)
		}
	}
}

// TestBertSequenceClassificationParity compares the classifier's logits
// with transformers and checks the label names of the config, on every
// parity backend.
func TestBertSequenceClassificationParity(t *testing.T) {
	ref := readReference[bertClsRef](t, "bert-tiny-cls")
	forEachBackend(t, func(t *testing.T, be backends.Backend) { checkBertClassifier(t, &ref, be) })
}

// checkBertClassifier is TestBertSequenceClassificationParity on backend be.
func checkBertClassifier(t *testing.T, ref *bertClsRef, be backends.Backend) {
	r := openRunner(t, "bert-tiny-cls", be)
	cfg := r.Model().Config().(*models.BertConfig)
	if cfg.NumLabels != 3 || cfg.Label(0) != "negative" || cfg.Label(2) != "positive" || cfg.Label2ID["neutral"] != 1 {
		t.Errorf("labels: num %d, id2label %v, label2id %v", cfg.NumLabels, cfg.ID2Label, cfg.Label2ID)
	}
	out, err := r.Forward(context.Background(), models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.InputIDs[0])}, map[string]*tensor.Tensor{
		models.InputIDs:           int64Tensor(t, ref.InputIDs),
		models.InputAttentionMask: int64Tensor(t, ref.Mask),
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := sortedKeys(out); !reflect.DeepEqual(got, []string{models.OutputLastHidden, models.OutputLogits, models.OutputPooler}) {
		t.Errorf("outputs %v", got)
	}
	logits := out[models.OutputLogits]
	if !logits.Shape.Equal(ir.Shape{len(ref.InputIDs), 3}) {
		t.Fatalf("logits shape %s", logits.Shape)
	}
	compareRows(t, "logits", logits, rows(t, ref.Logits), nil)
}

// runnerFor loads fixture's weights for model m on the reference backend.
func runnerFor(t *testing.T, fixture string, m models.Model) *models.Runner {
	t.Helper()
	r, _ := newRunner(t, m, fixtureDir(fixture), referenceBackend(), backends.CompileOptions{Options: passes.Options{Verify: true}})
	return r
}

// TestBertModelFromHeadCheckpoint loads the base model of a
// classification checkpoint (the arch override): the encoder and pooler
// are the same computation, so last_hidden_state and pooler_output match
// the full model's, and only the classifier is left unused.
func TestBertModelFromHeadCheckpoint(t *testing.T) {
	ref := readReference[bertClsRef](t, "bert-tiny-cls")
	full := openRunner(t, "bert-tiny-cls", referenceBackend())
	m, err := models.New(full.Model().Config(), "BertModel")
	if err != nil {
		t.Fatal(err)
	}
	base := runnerFor(t, "bert-tiny-cls", m)
	spec := models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.InputIDs[0])}
	in := map[string]*tensor.Tensor{
		models.InputIDs:           int64Tensor(t, ref.InputIDs),
		models.InputAttentionMask: int64Tensor(t, ref.Mask),
	}
	a := mustForward(t, full, spec, in)
	b := mustForward(t, base, spec, in)
	if _, ok := b[models.OutputLogits]; ok {
		t.Errorf("BertModel returned logits")
	}
	for _, name := range []string{models.OutputLastHidden, models.OutputPooler} {
		if !a[name].Equal(b[name]) {
			t.Errorf("%s differs between BertModel and BertForSequenceClassification", name)
		}
	}
	if u := base.UnusedWeights(); !reflect.DeepEqual(u, []string{"classifier.bias", "classifier.weight"}) {
		t.Errorf("unused weights %v, want the classifier only", u)
	}
}

// TestBertEncoderFromMLMCheckpoint: a BertForMaskedLM checkpoint has no
// pooler, so BertModel fails naming the missing pooler weights, and
// BertModel with NoPooler runs its encoder (transformers' reference
// last_hidden_state) leaving only the cls.* head unused.
func TestBertEncoderFromMLMCheckpoint(t *testing.T) {
	ref := readReference[bertMLMRef](t, "bert-tiny-mlm")
	cfg, err := models.LoadConfig(fixtureDir("bert-tiny-mlm"))
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.InputIDs[0])}
	in := map[string]*tensor.Tensor{
		models.InputIDs:           int64Tensor(t, ref.InputIDs),
		models.InputAttentionMask: int64Tensor(t, ref.Mask),
	}

	withPooler, err := models.New(cfg, "BertModel")
	if err != nil {
		t.Fatal(err)
	}
	_, err = runnerFor(t, "bert-tiny-mlm", withPooler).Forward(context.Background(), spec, in)
	if err == nil || !strings.Contains(err.Error(), "bert.pooler.dense.weight") {
		t.Errorf("BertModel on a checkpoint without pooler: error %v, want one naming bert.pooler.dense.weight", err)
	}

	noPool := *cfg.(*models.BertConfig)
	noPool.NoPooler = true
	if _, err := models.New(&noPool, "BertForSequenceClassification"); err == nil {
		t.Errorf("BertForSequenceClassification built with NoPooler")
	}
	m, err := models.New(&noPool, "BertModel")
	if err != nil {
		t.Fatal(err)
	}
	r := runnerFor(t, "bert-tiny-mlm", m)
	out := mustForward(t, r, spec, in)
	if got := sortedKeys(out); !reflect.DeepEqual(got, []string{models.OutputLastHidden}) {
		t.Errorf("outputs %v", got)
	}
	compareRows(t, "last_hidden_state", out[models.OutputLastHidden], rows(t, ref.Hidden), ref.Mask)
	unused := r.UnusedWeights()
	if len(unused) == 0 {
		t.Errorf("the MLM head was bound by BertModel")
	}
	for _, u := range unused {
		if !strings.HasPrefix(u, "cls.") {
			t.Errorf("unused weight %s outside the MLM head", u)
		}
	}
}
