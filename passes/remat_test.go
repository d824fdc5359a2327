package passes_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// rematModel is the gradient function of testdata/models/<name> in
// training mode (dropout on, seed 7) with respect to every weight, its
// arguments, and the number of forward results. A "-bf16" suffix runs
// bf16 autocast over the forward first, as the bf16 train step does.
func rematModel(t *testing.T, name string) (*ir.Func, []*tensor.Tensor, int) {
	t.Helper()
	name, bf16 := strings.CutSuffix(name, "-bf16")
	const batch, seq = 2, 8
	dir := fixture.ModelDir(name)
	m := fixture.Model(t, dir)
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true, Dropout: true}
	f, err := frontend.Build(name, func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	ckpt := fixture.Checkpoint(t, dir)
	var wrt []string
	args := make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		vals := make([]int64, p.Type.Shape.NumElements())
		for j := range vals {
			switch p.Name {
			case models.InputIDs:
				vals[j] = int64(j*97+13) % 1000
			case models.InputLabels:
				vals[j] = int64(j*97+13) % 1000
				if p.Type.Shape.Rank() == 1 { // a classifier's labels
					vals[j] = int64(j % 2)
				}
			case models.InputPositionIDs:
				vals[j] = int64(j % seq)
			case models.InputAttentionMask:
				vals[j] = 1
			case models.InputDropoutSeed:
				vals[j] = 7
			}
		}
		if models.IsInputName(p.Name) {
			if args[i], err = tensor.FromInt64(p.Type.DType, p.Type.Shape, vals); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if args[i], err = ckpt.TensorAs(p.Name, ir.Float32); err != nil {
			t.Fatal(err)
		}
		wrt = append(wrt, p.Name)
	}
	if name != "llama-tiny" && f.ParamByName(models.InputDropoutSeed) == nil { // llama-tiny's attention_dropout is 0
		t.Fatalf("%s: the training-mode program has no dropout seed", name)
	}
	if bf16 {
		if err := passes.Autocast(f, ir.BFloat16); err != nil {
			t.Fatal(err)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
	if err != nil {
		t.Fatal(err)
	}
	return gf, args, len(f.Results)
}

// savedBytes sums the sizes of the activations in passes.Saved(f, nres):
// the saved values computed from a model input (ids, masks, the dropout
// seed). Values of weights and constants alone (a bias broadcast, which
// CSE shares between the forward and the recomputation, as it may) are
// left out.
func savedBytes(f *ir.Func, nres int) int64 {
	act := map[*ir.Value]bool{}
	for _, v := range f.Values {
		if v.Op == ir.OpParameter {
			act[v] = models.IsInputName(v.Name)
			continue
		}
		for _, a := range v.Args {
			act[v] = act[v] || act[a]
		}
	}
	var n int64
	for _, v := range passes.Saved(f, nres) {
		if act[v] {
			n += int64(v.Type.Bytes())
		}
	}
	return n
}

// TestRematGradientsBitwise checkpoints the training-mode gradient
// functions of three families (GPT-2: pre-norm, tied head, attention and
// residual dropout; Llama: RMSNorm, rotary, SiLU MLP; BERT: post-norm,
// MLM head; GPT-2 under bf16 autocast) with each policy and checks that every result — the loss and
// every gradient — has the same bits on interp as without, that the
// forward keeps fewer bytes for the backward (and the planned workspace
// is not larger), and that the standard
// pipeline's CSE does not merge the recomputation back into the forward.
func TestRematGradientsBitwise(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model gradients on interp")
	}
	b := interp.New()
	for _, name := range []string{"gpt2-tiny", "llama-tiny", "bert-tiny-mlm", "gpt2-tiny-bf16"} {
		t.Run(name, func(t *testing.T) {
			gf, args, nres := rematModel(t, name)
			want := evalFunc(t, b, gf, args)
			base, baseStd := savedBytes(gf, nres), savedBytes(standard(t, gf), nres)
			_, bp := plannedPeak(t, gf.Clone())
			baseWS := bp.WorkspaceBytes
			for _, tc := range []struct {
				name string
				p    passes.RematPolicy
			}{
				{"every-layer", passes.RematPolicy{}},
				{"span-2", passes.RematPolicy{Span: 2}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					tc.p.ForwardResults = nres
					rf := gf.Clone()
					if err := passes.Remat(tc.p)(rf); err != nil {
						t.Fatal(err)
					}
					if err := ir.Check(rf); err != nil {
						t.Fatal(err)
					}
					got := evalFunc(t, b, rf, args)
					for i := range want {
						if !bytes.Equal(got[i].Data, want[i].Data) {
							t.Errorf("result %q differs from the run without remat", rf.ResultNames[i])
						}
					}
					after := savedBytes(rf, nres)
					_, bp := plannedPeak(t, rf.Clone())
					t.Logf("planned workspace: %d bytes without, %d with", baseWS, bp.WorkspaceBytes)
					// At 2 x 8 tokens the peak is the head's and the
					// embedding gradient's vocabulary-sized values, which
					// remat does not touch: the layout (smaller of two,
					// Layout) is the same or smaller, never larger.
					if bp.WorkspaceBytes > baseWS {
						t.Errorf("planned workspace %d bytes with remat, want at most %d", bp.WorkspaceBytes, baseWS)
					}
					t.Logf("saved for the backward: %d bytes without, %d with", base, after)
					if after >= base {
						t.Errorf("saved bytes %d with remat, want fewer than %d", after, base)
					}
					// The backend's cleanups (CSE) must keep the recomputation.
					if s := savedBytes(standard(t, rf), nres); s >= baseStd {
						t.Errorf("after the standard pipeline the forward saves %d bytes, want fewer than %d (the recomputation was merged back)", s, baseStd)
					}
				})
			}
		})
	}
}

// standard returns a copy of f after the standard pipeline with every
// composite but Attention decomposed, as llvm runs it.
func standard(t *testing.T, f *ir.Func) *ir.Func {
	t.Helper()
	c := f.Clone()
	keep := func(op ir.Op) bool { return !op.Has(ir.FlagComposite) || op == ir.OpAttention }
	if err := passes.Standard(keep, interpEval).Run(c, passes.Options{Verify: true}); err != nil {
		t.Fatal(err)
	}
	return c
}

// evalFunc compiles f on b and runs it on args.
func evalFunc(t *testing.T, b backends.Backend, f *ir.Func, args []*tensor.Tensor) []*tensor.Tensor {
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
