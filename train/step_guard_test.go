package train

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepTiedParameter: two parameter names bound to one session buffer
// (an untied LM head tied to the embedding in the session) train as ONE
// parameter, exactly as the tied architecture that uses the embedding as
// its head: one gradient (both uses summed), one AdamW state, one update.
func TestStepTiedParameter(t *testing.T) {
	b := testbackends.CPU(t)["interp"]
	ctx := context.Background()
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: 2, Seq: 6, Labels: true}
	labels := stepLabels()
	run := func(tied bool) (losses []float64, embed []float64, step *Step, r *models.Runner) {
		m, ckpt := tinyLlama(t, tied, false)
		r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		if !tied {
			// Bind the untied head to the embedding's buffer, as the Runner
			// ties a name whose checkpoint tensor is another's.
			e, err := ckpt.TensorAs("model.embed_tokens.weight", ir.Float32)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Session().Upload("model.embed_tokens.weight", e); err != nil {
				t.Fatal(err)
			}
			if err := r.Session().Tie("lm_head.weight", "model.embed_tokens.weight"); err != nil {
				t.Fatal(err)
			}
		}
		step, err = NewStep(ctx, r, spec, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1})
		if err != nil {
			t.Fatal(err)
		}
		batch := lmBatch(t, step, stepIDs[:2], labels[:2])
		for range 3 {
			res, err := step.Run(ctx, []map[string]*tensor.Tensor{batch}, 1e-2)
			if err != nil {
				t.Fatal(err)
			}
			losses = append(losses, scalarOf(t, res.Loss))
			res.Free()
		}
		x, err := r.Session().Download("model.embed_tokens.weight")
		if err != nil {
			t.Fatal(err)
		}
		return losses, x.Float64s(), step, r
	}
	wantLosses, wantEmbed, tiedStep, _ := run(true)
	losses, embed, step, r := run(false)
	if got := step.Tied(); len(got) != 1 || got["lm_head.weight"] != "model.embed_tokens.weight" {
		t.Errorf("Tied() = %v, want lm_head.weight -> model.embed_tokens.weight", got)
	}
	if len(step.Params()) != len(tiedStep.Params()) {
		t.Errorf("%d trained parameters, the tied architecture has %d", len(step.Params()), len(tiedStep.Params()))
	}
	for _, p := range step.Params() {
		if p.Name == "lm_head.weight" {
			t.Error("lm_head.weight is trained apart from its tied buffer")
		}
	}
	if r.Session().Has(StateName("lm_head.weight", "exp_avg")) {
		t.Error("the tied name has its own optimizer state")
	}
	head, err := r.Session().Buffer("lm_head.weight")
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := r.Session().Buffer("model.embed_tokens.weight"); e != head {
		t.Error("after the steps lm_head.weight and model.embed_tokens.weight are different buffers")
	}
	for i := range wantLosses {
		if math.Abs(losses[i]-wantLosses[i]) > 1e-6*wantLosses[i] {
			t.Errorf("step %d: loss %.8f, tied architecture %.8f", i+1, losses[i], wantLosses[i])
		}
	}
	worst := 0.0
	for i := range wantEmbed {
		worst = max(worst, math.Abs(embed[i]-wantEmbed[i]))
	}
	t.Logf("losses %.6f (tied architecture %.6f); max |Δembedding| %.3g", losses, wantLosses, worst)
	if worst > 1e-6 {
		t.Errorf("embedding differs from the tied architecture's by %.3g", worst)
	}
}

// TestStepNonFiniteLeavesBuffers: a step whose loss is NaN (every label
// ignored: num_items_in_batch is 0) is an error naming the step, and the
// weights, the optimizer state and the accumulators are as before; the
// next good step runs normally.
func TestStepNonFiniteLeavesBuffers(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		for _, accum := range []int{1, 2} {
			if name != "interp" && accum > 1 {
				continue // llvm: the fused program's guard; interp checks the accumulating pair
			}
			t.Run(name+"/"+map[int]string{1: "fused", 2: "accumulate"}[accum], func(t *testing.T) {
				m, ckpt := tinyLlama(t, false, true)
				r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				ctx := context.Background()
				opt, err := DefaultOptimizerConfig("adamw_torch")
				if err != nil {
					t.Fatal(err)
				}
				step, err := NewStep(ctx, r, models.Spec{Batch: 2, Seq: 6, Labels: true}, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1, Accumulation: accum})
				if err != nil {
					t.Fatal(err)
				}
				labels := stepLabels()
				good := make([]map[string]*tensor.Tensor, accum)
				bad := make([]map[string]*tensor.Tensor, accum)
				ignored := [][]int64{make([]int64, 6), make([]int64, 6)}
				for _, row := range ignored {
					for j := range row {
						row[j] = models.IgnoreIndex
					}
				}
				for i := range accum {
					good[i] = lmBatch(t, step, stepIDs[2*i:2*i+2], labels[2*i:2*i+2])
					bad[i] = lmBatch(t, step, stepIDs[2*i:2*i+2], ignored)
				}
				res, err := step.Run(ctx, good, 1e-2)
				if err != nil {
					t.Fatal(err)
				}
				res.Free()
				before := snapshot(t, r.Session().Names(), r)
				_, err = step.Run(ctx, bad, 1e-2)
				if err == nil || !strings.Contains(err.Error(), "train step 2") || !strings.Contains(err.Error(), "NaN") {
					t.Fatalf("error %v, want one naming step 2 and the NaN loss", err)
				}
				t.Logf("error: %v", err)
				after := snapshot(t, r.Session().Names(), r)
				for n, want := range before {
					if got := after[n]; string(got.Data) != string(want.Data) {
						t.Errorf("buffer %s changed by the failed step", n)
					}
				}
				if step.Steps() != 1 {
					t.Errorf("Steps() = %d after a failed step, want 1", step.Steps())
				}
				res, err = step.Run(ctx, good, 1e-2)
				if err != nil {
					t.Fatalf("the step after the failed one: %v", err)
				}
				if l := scalarOf(t, res.Loss); math.IsNaN(l) || step.Steps() != 2 {
					t.Errorf("after the failed step: loss %v, Steps() %d", l, step.Steps())
				}
				res.Free()
			})
		}
	}
}

// snapshot downloads the named session buffers.
func snapshot(t *testing.T, names []string, r *models.Runner) map[string]*tensor.Tensor {
	t.Helper()
	out := map[string]*tensor.Tensor{}
	for _, n := range names {
		x, err := r.Session().Download(n)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = x
	}
	return out
}

// TestMergeTied: names bound to one buffer become the first-declared
// parameter, wherever each is used; other parameters and inputs stay.
func TestMergeTied(t *testing.T) {
	b := testbackends.CPU(t)["interp"]
	buf := func() backends.Buffer {
		x, err := tensor.New(ir.Float32, ir.Shape{2, 3})
		if err != nil {
			t.Fatal(err)
		}
		u, err := b.Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(u.Free)
		return u
	}
	shared, other := buf(), buf()
	bufs := map[string]backends.Buffer{"emb": shared, "head": shared, "w": other}
	f, err := frontend.Build("tied", func(g *frontend.Graph) error {
		ids := g.Param(models.InputIDs, ir.Int64, 2)
		emb := g.Param("emb", ir.Float32, 2, 3)
		x := emb.Mul(g.Param("w", ir.Float32, 2, 3))
		head := g.Param("head", ir.Float32, 2, 3) // declared after emb's use
		g.Return(frontend.Out("y", x.Add(head).Sum()), frontend.Out("head", head), frontend.Out("ids", ids))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	merged, err := mergeTied(f, func(n string) (backends.Buffer, error) { return bufs[n], nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(merged) != 1 || merged["head"] != "emb" {
		t.Errorf("merged %v, want head -> emb", merged)
	}
	var names []string
	for _, p := range f.Params {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "input_ids,emb,w" {
		t.Errorf("parameters %v, want input_ids, emb, w", names)
	}
	if f.Results[1] != f.ParamByName("emb") {
		t.Errorf("result head is %v, want the emb parameter", f.Results[1])
	}
	if err := ir.Check(f); err != nil {
		t.Error(err)
	}
	// One buffer under two names of different types is an error naming both.
	g, err := frontend.Build("mistyped", func(g *frontend.Graph) error {
		g.Return(frontend.Out("y", g.Param("emb", ir.Float32, 2, 3).Sum().Add(g.Param("head", ir.Float32, 3, 2).Sum())))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bufs["head"] = shared
	if _, err := mergeTied(g, func(n string) (backends.Buffer, error) { return bufs[n], nil }); err == nil || !strings.Contains(err.Error(), "emb") || !strings.Contains(err.Error(), "head") {
		t.Errorf("error %v, want one naming emb and head", err)
	}
}
