package autodiff_test

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestGPT2GradientsMatchTorch differentiates kiln's gpt2-tiny (the tied
// wte as embedding and LM head, Conv1D layers, layer norms, gelu_new,
// causal attention, the shifted causal-LM loss) with respect to every
// weight and compares each gradient with torch's, on interp and, where it
// runs, llvm (whose forward keeps Attention fused: the gradient comes from
// the flash-style rule).
func TestGPT2GradientsMatchTorch(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model gradient on interp and llvm")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	ref := fixture.ReadTrainingReference(t, dir)
	m := fixture.Model(t, dir)
	batch, seq := len(ref.InputIDs), len(ref.InputIDs[0])
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
	f, err := frontend.Build("gpt2", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	ckpt := fixture.Checkpoint(t, dir)

	var flatIDs, positions, mask []int64
	for _, row := range ref.InputIDs {
		flatIDs = append(flatIDs, row...)
		for j := range row {
			positions = append(positions, int64(j))
			mask = append(mask, 1)
		}
	}
	shape := ir.Shape{batch, seq}
	ints := func(vals []int64) *tensor.Tensor {
		x, err := tensor.FromInt64(ir.Int64, shape, vals)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	var wrt []string
	args := make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		switch p.Name {
		case models.InputIDs, models.InputLabels:
			args[i] = ints(flatIDs)
		case models.InputPositionIDs:
			args[i] = ints(positions)
		case models.InputAttentionMask:
			args[i] = ints(mask)
		default:
			if args[i], err = ckpt.TensorAs(p.Name, ir.Float32); err != nil {
				t.Fatal(err)
			}
			wrt = append(wrt, p.Name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			out := evalOn(t, b, gf, args)
			byName := map[string]*tensor.Tensor{}
			for i, n := range gf.ResultNames {
				byName[n] = out[i]
			}
			checkGPT2Gradients(t, byName, wrt, ref)
		})
	}
}

// evalOn compiles f on b and runs it on args.
func evalOn(t *testing.T, b backends.Backend, f *ir.Func, args []*tensor.Tensor) []*tensor.Tensor {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([]backends.Buffer, len(args))
	for i, a := range args {
		if bufs[i], err = b.Upload(a); err != nil {
			t.Fatal(err)
		}
		defer bufs[i].Free()
	}
	res, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*tensor.Tensor, len(res))
	for i, r := range res {
		if out[i], err = r.Download(); err != nil {
			t.Fatal(err)
		}
		r.Free()
	}
	return out
}

// checkGPT2Gradients compares the loss and the gradients of wrt (results
// by name) with torch's.
func checkGPT2Gradients(t *testing.T, byName map[string]*tensor.Tensor, wrt []string, ref *fixture.TrainingReference) {
	t.Helper()
	if got := byName[models.OutputLoss].Float64s()[0]; math.Abs(got-ref.Loss) > 1e-5*ref.Loss {
		t.Errorf("loss %.7f, torch %.7f", got, ref.Loss)
	}
	if len(wrt) != len(ref.Grads) {
		t.Errorf("%d weights differentiated, the reference has %d", len(wrt), len(ref.Grads))
	}
	for _, name := range wrt {
		want, ok := ref.Grads[name]
		if !ok {
			t.Errorf("no reference gradient for %s", name)
			continue
		}
		got := byName["grad/"+name].Float64s()
		var norm float64
		for _, v := range got {
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if math.Abs(norm-want.Norm) > 1e-3*want.Norm {
			t.Errorf("|grad %s| = %.6g, torch %.6g", name, norm, want.Norm)
		}
		// Sampled elements: the reference rounds them to 6 decimals;
		// within that plus 1e-3 of the largest sample (float32 sums in a
		// different order).
		var scale float64
		for _, v := range want.Values {
			scale = math.Max(scale, math.Abs(v))
		}
		for k, idx := range want.Idx {
			if d := math.Abs(got[idx] - want.Values[k]); d > 1e-3*scale+6e-7 {
				t.Errorf("grad %s[%d] = %.6g, torch %.6g", name, idx, got[idx], want.Values[k])
			}
		}
	}
}
