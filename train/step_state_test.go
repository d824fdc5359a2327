package train

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepStateDownloadAndLoad: after one AdamW step of gpt2-tiny
// OptimizerState holds exactly OptimizerStateNames, non-zero;
// LoadOptimizerState and LoadParams refuse a missing, misshapen or
// unknown tensor naming it, leaving the buffers as they were, and load a
// complete set.
func TestStepStateDownloadAndLoad(t *testing.T) {
	m, ckpt := loadGPT2Tiny(t, filepath.Join("..", "testdata", "models", "gpt2-tiny"))
	r, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	step, err := NewStep(ctx, r, models.Spec{Batch: 1, Seq: 4, Labels: true}, StepConfig{NoDropout: true, Optimizer: opt, MaxGradNorm: 1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := step.Run(ctx, []map[string]*tensor.Tensor{causalLMInputs(t, step, [][]int64{{1, 2, 3, 4}})}, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	res.Free()
	names := step.OptimizerStateNames()
	if len(names) != 2*len(step.Params()) {
		t.Fatalf("%d optimizer state names for %d parameters, want 2 each (exp_avg, exp_avg_sq)", len(names), len(step.Params()))
	}
	st, err := step.OptimizerState()
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != len(names) {
		t.Fatalf("OptimizerState has %d tensors, want %d", len(st), len(names))
	}
	nonzero := false
	for _, v := range st[names[0]].Float64s() {
		nonzero = nonzero || v != 0
	}
	if !nonzero {
		t.Errorf("%s is all zeros after a step", names[0])
	}
	zeros := map[string]*tensor.Tensor{}
	for n, x := range st {
		z, err := tensor.New(x.DType, x.Shape)
		if err != nil {
			t.Fatal(err)
		}
		zeros[n] = z
	}
	first := names[0]
	without := func(m map[string]*tensor.Tensor, drop string) map[string]*tensor.Tensor {
		out := map[string]*tensor.Tensor{}
		for k, v := range m {
			if k != drop {
				out[k] = v
			}
		}
		return out
	}
	one, err := tensor.FromFloat32(ir.Shape{1}, []float32{0})
	if err != nil {
		t.Fatal(err)
	}
	misshapen := without(zeros, "")
	misshapen[first] = one
	extra := without(zeros, "")
	extra["nope.exp_avg"] = one
	for _, tc := range []struct {
		name string
		in   map[string]*tensor.Tensor
		want string
	}{
		{"missing", without(zeros, first), first + " is missing"},
		{"misshapen", misshapen, first + " is f32[1]"},
		{"extra", extra, "nope.exp_avg belongs to no trained parameter"},
	} {
		if err := step.LoadOptimizerState(tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error mentioning %q", tc.name, err, tc.want)
		}
	}
	if x, _ := r.Session().Download(first); string(x.Data) != string(st[first].Data) {
		t.Errorf("a refused LoadOptimizerState changed %s", first)
	}
	if err := step.LoadOptimizerState(zeros); err != nil {
		t.Fatal(err)
	}
	if x, _ := r.Session().Download(first); string(x.Data) != string(zeros[first].Data) {
		t.Errorf("LoadOptimizerState did not load %s", first)
	}

	params := map[string]*tensor.Tensor{}
	for _, p := range step.Params() {
		x, err := tensor.New(ir.Float32, p.Type.Shape)
		if err != nil {
			t.Fatal(err)
		}
		params[p.Name] = x
	}
	p0 := step.Params()[0].Name
	if err := step.LoadParams(without(params, p0)); err == nil || !strings.Contains(err.Error(), p0) {
		t.Errorf("LoadParams without %s: %v", p0, err)
	}
	if err := step.LoadParams(params); err != nil {
		t.Fatal(err)
	}
	x, err := r.Session().Download(p0)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Trim(string(x.Data), "\x00") != "" {
		t.Errorf("LoadParams did not load %s", p0)
	}
}
