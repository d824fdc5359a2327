package peft_test

import (
	"context"
	"math"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

func runnerOf(t *testing.T, model string, dt ir.DType) *models.Runner {
	t.Helper()
	dir := fixture.ModelDir(model)
	r, err := models.NewRunner(fixture.Model(t, dir), fixture.Checkpoint(t, dir), interp.New(), dt, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// TestLoRAOnBF16Runner runs the llama-tiny-lora adapter unmerged on
// llama-tiny loaded in bfloat16, as PEFT runs it over a
// from_pretrained(torch_dtype=bfloat16) model: the adapter's weights are
// float32 session buffers whether the file holds float32 or bf16 (PEFT's
// autocast_adapter_dtype upcasts), and the logits, and the adapter's
// change to them, are within bf16 tolerance of the same model and
// adapter computed in float64. Merging into the bf16 weights and
// unmerging work as on a float32 Runner.
func TestLoRAOnBF16Runner(t *testing.T) {
	a, ref := loadFixture(t)
	ids := ref.InputIDs
	exact := runnerOf(t, "llama-tiny", ir.Float64)
	exactBase := forward(t, exact, ids)
	if err := exact.SetAdapter(a); err != nil {
		t.Fatal(err)
	}
	exactWith := forward(t, exact, ids)
	scale := 0.0
	for _, v := range exactWith {
		scale = math.Max(scale, math.Abs(float64(v)))
	}
	// bf16 keeps 8 significant bits (relative 2^-9 per rounding); two
	// layers of bf16 activations and weights: a few percent of the
	// logits' range (measured: about 1%).
	tol := 0.04 * scale

	bf16Copy := map[string]*tensor.Tensor{}
	for _, n := range a.Names() {
		x, _ := a.Tensor(n)
		c, err := x.Convert(ir.BFloat16)
		if err != nil {
			t.Fatal(err)
		}
		bf16Copy[n] = c
	}
	aBF16, err := a.WithTensors(bf16Copy)
	if err != nil {
		t.Fatal(err)
	}
	for name, ad := range map[string]*peft.Adapter{"float32 file": a, "bf16 file": aBF16} {
		t.Run(name, func(t *testing.T) {
			r := runnerOf(t, "llama-tiny", ir.BFloat16)
			base := forward(t, r, ids)
			if err := r.SetAdapter(ad); err != nil {
				t.Fatal(err)
			}
			with := forward(t, r, ids)
			for _, n := range ad.Names() {
				b, err := r.Session().Buffer(n)
				if err != nil {
					t.Fatal(err)
				}
				if b.Type().DType != ir.Float32 {
					t.Errorf("adapter weight %s is a %s buffer, want float32", n, b.Type())
				}
			}
			worst, worstDelta, delta := 0.0, 0.0, 0.0
			for i := range with {
				worst = math.Max(worst, math.Abs(float64(with[i])-float64(exactWith[i])))
				d, de := float64(with[i]-base[i]), float64(exactWith[i]-exactBase[i])
				worstDelta = math.Max(worstDelta, math.Abs(d-de))
				delta = math.Max(delta, math.Abs(de))
			}
			t.Logf("max |bf16 - float64| = %.3g (logits up to %.3g); the adapter's change %.3g, its error %.3g", worst, scale, delta, worstDelta)
			if worst > tol || worstDelta > tol {
				t.Errorf("bf16 base + float32 adapter: max |logit - float64| = %.3g, of the adapter's change %.3g; want <= %.3g", worst, worstDelta, tol)
			}
			if delta < 10*tol {
				t.Fatalf("the adapter changes the float64 logits by only %.3g: the test cannot see it", delta)
			}
			spec := models.Spec{Batch: 1, Seq: len(ids)}
			if err := r.MergeAdapter(context.Background(), spec, peft.Merge); err != nil {
				t.Fatal(err)
			}
			merged := forward(t, r, ids)
			if d := maxDiff(merged, with); d > tol {
				t.Errorf("merged into the bf16 weights: max |merged - unmerged| = %.3g > %.3g", d, tol)
			}
			if err := r.UnmergeAdapter(); err != nil {
				t.Fatal(err)
			}
			if d := maxDiff(forward(t, r, ids), with); d != 0 {
				t.Errorf("unmerged again: the logits moved by %g", d)
			}
		})
	}
}
