package llvm

import (
	"bytes"
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
)

// loraTrained is what two LoRA AdamW steps produce: the losses and
// gradient norms of each step, and the adapter's weights and AdamW state
// after them.
type loraTrained struct {
	losses, norms []float64
	buffers       map[string]*tensor.Tensor
}

// trainLoRATwoSteps trains a LoRA adapter (r 4 on every linear layer of
// llama-tiny, AdamW with weight decay and clipping) two steps of 4 x 16
// tokens on b, with remat (every layer checkpointed) when set.
func trainLoRATwoSteps(t *testing.T, b backends.Backend, remat bool) loraTrained {
	t.Helper()
	ctx := context.Background()
	r := fixture.Runner(t, filepath.Join("..", "..", "testdata", "models", "llama-tiny"), b)
	cfg := loraStepConfig(t, r, `{"r": 4, "lora_alpha": 8,
		"target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]}`, "llama")
	if remat {
		cfg.Remat = &passes.RematPolicy{}
	}
	spec := models.Spec{Batch: 4, Seq: 16, Labels: true}
	step, err := train.NewStep(ctx, r, spec, cfg)
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]*tensor.Tensor{}
	for _, n := range step.InputNames() {
		typ, _ := step.InputType(n)
		vals := make([]int64, typ.Shape.NumElements())
		for i := range vals {
			switch n {
			case models.InputAttentionMask:
				vals[i] = 1
			case models.InputPositionIDs:
				vals[i] = int64(i % spec.Seq)
			default:
				vals[i] = int64(3 + (i*37)%200)
			}
		}
		if inputs[n], err = tensor.FromInt64(typ.DType, typ.Shape, vals); err != nil {
			t.Fatal(err)
		}
	}
	var out loraTrained
	for range 2 {
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{inputs}, 1e-2)
		if err != nil {
			t.Fatal(err)
		}
		out.losses = append(out.losses, res.LossValue)
		out.norms = append(out.norms, res.GradNormValue)
		res.Free()
	}
	names := step.OptimizerStateNames()
	for _, p := range step.Params() {
		names = append(names, p.Name)
	}
	out.buffers = map[string]*tensor.Tensor{}
	for _, n := range names {
		if out.buffers[n], err = r.Session().Download(n); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// sameBits reports the differences between two trainings, bit for bit.
func sameBits(t *testing.T, what string, got, want loraTrained) {
	t.Helper()
	for i := range want.losses {
		if got.losses[i] != want.losses[i] || got.norms[i] != want.norms[i] {
			t.Errorf("%s: step %d: loss %v, norm %v; want %v, %v", what, i+1, got.losses[i], got.norms[i], want.losses[i], want.norms[i])
		}
	}
	if len(got.buffers) != len(want.buffers) || len(want.buffers) == 0 {
		t.Fatalf("%s: %d trained buffers, want %d (> 0)", what, len(got.buffers), len(want.buffers))
	}
	for n, w := range want.buffers {
		if g := got.buffers[n]; g == nil || !bytes.Equal(g.Data, w.Data) {
			t.Errorf("%s: %s after two steps differs", what, n)
		}
	}
}

// TestLoRAStepWorkspaceBitwise: the smaller planned workspace of a
// checkpointed LoRA step changes no result. Two AdamW steps of a LoRA
// adapter on llama-tiny give the same losses, gradient norms, adapter
// weights and AdamW state, bit for bit: on llvm with every layer
// checkpointed (the backward reading each boundary through its barrier,
// the GEMMs' packing buffers per GEMM), without checkpointing, and
// without checkpointing with the whole-run packing buffers
// (Options.SharedPackScratch, the layout before); and on interp with and
// without checkpointing; llvm's losses and norms are interp's to 1e-4 and
// 1e-3. The steps train (the losses differ).
func TestLoRAStepWorkspaceBitwise(t *testing.T) {
	be := Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if testing.Short() {
		t.Skip("compiles three whole-model train steps")
	}
	ref := trainLoRATwoSteps(t, New(Options{SharedPackScratch: true}), false)
	if ref.losses[0] == ref.losses[1] {
		t.Fatalf("both steps' losses are %v: the steps did not train", ref.losses[0])
	}
	sameBits(t, "llvm, per-GEMM packing buffers", trainLoRATwoSteps(t, New(Options{}), false), ref)
	sameBits(t, "llvm, checkpointed", trainLoRATwoSteps(t, New(Options{}), true), ref)
	ip := trainLoRATwoSteps(t, interp.New(), false)
	sameBits(t, "interp, checkpointed", trainLoRATwoSteps(t, interp.New(), true), ip)
	// llvm's GEMMs sum in another order than interp's: close, not equal.
	// A wrong gradient (a buffer shared while live) would move the
	// second step's loss and both norms far more.
	for i := range ip.losses {
		if d, n := math.Abs(ref.losses[i]-ip.losses[i]), math.Abs(ref.norms[i]-ip.norms[i]); d > 1e-4*math.Abs(ip.losses[i]) || n > 1e-3*math.Abs(ip.norms[i]) {
			t.Errorf("step %d: llvm's loss %v and norm %v, interp's %v and %v", i+1, ref.losses[i], ref.norms[i], ip.losses[i], ip.norms[i])
		}
	}
}
