package peft_test

import (
	"context"
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// loraReference is testdata/models/llama-tiny-lora/reference.json.gz.
type loraReference struct {
	InputIDs []int64   `json:"input_ids"`
	With     logitsRef `json:"logits_with_adapter"`
	Merged   logitsRef `json:"logits_merged"`
}

type logitsRef struct {
	First256  [][]float64 `json:"first256"`
	Top16IDs  [][]int     `json:"top16_ids"`
	Top16     [][]float64 `json:"top16_values"`
	LogSumExp []float64   `json:"logsumexp"`
	Shape     []int       `json:"shape"`
}

const tol = 1e-4

func loadFixture(t *testing.T) (*peft.Adapter, loraReference) {
	t.Helper()
	a, err := peft.Load(fixture.ModelDir("llama-tiny-lora"))
	if err != nil {
		t.Fatal(err)
	}
	var ref loraReference
	fixture.ReadJSON(t, fixture.ModelDir("llama-tiny-lora")+"/reference.json.gz", &ref)
	return a, ref
}

func forward(t *testing.T, r *models.Runner, ids []int64) []float32 {
	t.Helper()
	x, err := tensor.FromInt64(ir.Int64, ir.Shape{1, len(ids)}, ids)
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, map[string]*tensor.Tensor{models.InputIDs: x})
	if err != nil {
		t.Fatal(err)
	}
	return out[models.OutputLogits].Float32s()
}

// compare checks logits (T*V) against ref: the first 256 of each row, the
// top-16 values at their ids, and the logsumexp.
func compare(t *testing.T, what string, logits []float32, ref logitsRef) {
	t.Helper()
	compareWithin(t, what, logits, ref, tol)
}

// compareWithin is compare with tolerance within.
func compareWithin(t *testing.T, what string, logits []float32, ref logitsRef, within float64) {
	t.Helper()
	v := ref.Shape[1]
	worst := 0.0
	for p := range ref.First256 {
		row := logits[p*v : (p+1)*v]
		for i, want := range ref.First256[p] {
			worst = math.Max(worst, math.Abs(float64(row[i])-want))
		}
		for k, id := range ref.Top16IDs[p] {
			worst = math.Max(worst, math.Abs(float64(row[id])-ref.Top16[p][k]))
		}
		m := math.Inf(-1)
		for _, x := range row {
			m = math.Max(m, float64(x))
		}
		s := 0.0
		for _, x := range row {
			s += math.Exp(float64(x) - m)
		}
		worst = math.Max(worst, math.Abs(m+math.Log(s)-ref.LogSumExp[p]))
	}
	if worst > within {
		t.Errorf("%s: max |logit - transformers| = %.3g > %g", what, worst, within)
	}
	t.Logf("%s: max |logit - transformers| = %.3g", what, worst)
}

// TestLlamaTinyLoRA runs the shared fixture's adapter unmerged, merged in
// place and unmerged again against transformers + PEFT's logits.
func TestLlamaTinyLoRA(t *testing.T) {
	a, ref := loadFixture(t)
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) { checkFixture(t, a, ref, b) })
	}
}

func checkFixture(t *testing.T, a *peft.Adapter, ref loraReference, b backends.Backend) {
	r := fixture.Runner(t, fixture.ModelDir("llama-tiny"), b)
	base := forward(t, r, ref.InputIDs)
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	with := forward(t, r, ref.InputIDs)
	compare(t, "unmerged", with, ref.With)
	if d := maxDiff(base, with); d < 1e-3 {
		t.Fatalf("the adapter changes the logits by only %g: not applied", d)
	}
	spec := models.Spec{Batch: 1, Seq: len(ref.InputIDs)}
	if err := r.MergeAdapter(context.Background(), spec, peft.Merge); err != nil {
		t.Fatal(err)
	}
	compare(t, "merged", forward(t, r, ref.InputIDs), ref.Merged)
	if err := r.UnmergeAdapter(); err != nil {
		t.Fatal(err)
	}
	compare(t, "unmerged again", forward(t, r, ref.InputIDs), ref.With)
	if err := r.SetAdapter(nil); err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(base, forward(t, r, ref.InputIDs)); d != 0 {
		t.Errorf("without the adapter after unmerge the logits differ from the base's by %g", d)
	}
	// base, adapter, merged (same programs as base), adapter again:
	// two structures, two compiles.
	if got := r.Compiles(); got != 2 {
		t.Errorf("compiles = %d, want 2 (base and adapter programs, each compiled once)", got)
	}
}

func maxDiff(x, y []float32) float64 {
	d := 0.0
	for i := range x {
		d = math.Max(d, math.Abs(float64(x[i]-y[i])))
	}
	return d
}
