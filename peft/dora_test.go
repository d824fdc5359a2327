package peft_test

import (
	"context"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// TestDoRA runs DoRA adapters on Linear (llama-tiny) and Conv1D with bias
// and rsLoRA (gpt2-tiny, its biases made nonzero): with magnitudes equal to the row norms DoRA is
// plain LoRA; with other magnitudes the unmerged forward equals the
// merged one (MergeDoRA, plain programs; and the checkpoint MergeCheckpoint
// writes) within 1e-5, unmerging restores
// the unmerged logits exactly and removing the adapter the base's.
func TestDoRA(t *testing.T) {
	cases := []struct {
		name string
		ta   tinyAdapter
	}{
		{"llama-tiny Linear", tinyAdapter{model: "llama-tiny", config: llamaDoRA, modules: llamaModules, seed: 1}},
		{"gpt2-tiny Conv1D rsLoRA", tinyAdapter{model: "gpt2-tiny", config: gpt2DoRA, modules: gpt2Modules, conv: true, seed: 2}},
	}
	cases[1].ta.dir = withRandomBiases(t, "gpt2-tiny")
	for _, c := range cases {
		for bname, b := range testbackends.CPU(t) {
			t.Run(c.name+"/"+bname, func(t *testing.T) { checkDoRA(t, c.ta, b) })
		}
	}
}

func checkDoRA(t *testing.T, ta tinyAdapter, b backends.Backend) {
	r := fixture.Runner(t, ta.modelDir(), b)
	base := forward(t, r, testIDs)

	// Magnitude = ‖W + s·B·A‖: DoRA's factor is 1 and it is plain LoRA.
	unit := ta.make(t)
	if err := r.SetAdapter(unit); err != nil {
		t.Fatal(err)
	}
	doraUnit := forward(t, r, testIDs)
	if err := r.SetAdapter(withoutDoRA(t, unit)); err != nil {
		t.Fatal(err)
	}
	lora := forward(t, r, testIDs)
	if d := maxDiff(doraUnit, lora); d > 1e-5 {
		t.Errorf("DoRA with magnitudes equal to the weight norms differs from plain LoRA by %g", d)
	}
	if d := maxDiff(lora, base); d < 1e-3 {
		t.Fatalf("the adapter changes the logits by only %g: not applied", d)
	}

	ta.magnitude = func(rng *rand.Rand) float64 { return 0.7 + 0.6*rng.Float64() }
	a := ta.make(t)
	if err := r.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	with := forward(t, r, testIDs)
	if d := maxDiff(with, lora); d < 1e-3 {
		t.Fatalf("the magnitudes change the logits by only %g: not applied", d)
	}
	if err := r.MergeAdapter(context.Background(), models.Spec{Batch: 1, Seq: len(testIDs)}, peft.Merge); err != nil {
		t.Fatal(err)
	}
	merged := forward(t, r, testIDs)
	if d := maxDiff(with, merged); d > 1e-5 {
		t.Errorf("merged DoRA differs from unmerged by %g > 1e-5", d)
	} else {
		t.Logf("merged vs unmerged: %.3g", d)
	}
	// kiln adapter merge: the written float32 checkpoint runs as a plain model.
	out := t.TempDir()
	if err := peft.MergeCheckpoint(ta.modelDir(), a, out, ir.Float32); err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(with, forward(t, fixture.Runner(t, out, b), testIDs)); d > 1e-5 {
		t.Errorf("the merged DoRA checkpoint differs from the unmerged adapter by %g > 1e-5", d)
	}
	if err := r.UnmergeAdapter(); err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(with, forward(t, r, testIDs)); d != 0 {
		t.Errorf("after unmerge the logits differ from the unmerged adapter's by %g", d)
	}
	if err := r.SetAdapter(nil); err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(base, forward(t, r, testIDs)); d != 0 {
		t.Errorf("without the adapter the logits differ from the base's by %g", d)
	}
}

// withoutDoRA is a's LoRA weights under a config without use_dora.
func withoutDoRA(t *testing.T, a *peft.Adapter) *peft.Adapter {
	t.Helper()
	cfg := *a.Config
	cfg.UseDoRA = false
	ts := map[string]*tensor.Tensor{}
	for _, m := range a.LoRAModules() {
		for _, k := range []string{peft.KeyPrefix + m + ".lora_A.weight", peft.KeyPrefix + m + ".lora_B.weight"} {
			ts[k], _ = a.Tensor(k)
		}
	}
	l, err := peft.New(a.Name()+" without DoRA", &cfg, ts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
