package train

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStepRematBitwise trains gpt2-tiny (dropout on, AdamW, clipping) two
// optimizer steps with and without gradient checkpointing, each on its
// own runner, on interp: the step's program recomputes (it has remat's
// barriers) and the losses, gradient norms and every updated weight have
// the same bits.
func TestStepRematBitwise(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-model training steps on interp")
	}
	dir := filepath.Join("..", "testdata", "models", "gpt2-tiny")
	m, ckpt := loadGPT2Tiny(t, dir)
	rows := [][]int64{{5, 17, 3, 42, 8, 99, 1, 7}}
	spec := models.Spec{Batch: len(rows), Seq: len(rows[0]), Labels: true}
	opt, err := DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	type run struct {
		losses, norms []float64
		weights       map[string]*tensor.Tensor
	}
	train := func(remat *passes.RematPolicy) run {
		r, err := models.NewRunner(m, ckpt, interp.New(), ir.Float32, models.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		step, err := NewStep(ctx, r, spec, StepConfig{Optimizer: opt, MaxGradNorm: 1, Seed: 7, Remat: remat})
		if err != nil {
			t.Fatal(err)
		}
		// The step's program recomputes (barriers, one per checkpointed
		// block at least) exactly when remat is on.
		barriers := 0
		for _, v := range step.fused.Func.Values {
			if passes.IsRematBarrier(v) {
				barriers++
			}
		}
		if layers := 2; (remat != nil) != (barriers >= layers) || remat == nil && barriers != 0 {
			t.Errorf("remat %v: the step's program has %d barriers, want >= %d with remat and 0 without", remat, barriers, layers)
		}
		var out run
		for i := 0; i < 2; i++ {
			res, err := step.Run(ctx, []map[string]*tensor.Tensor{causalLMInputs(t, step, rows)}, 1e-2)
			if err != nil {
				t.Fatal(err)
			}
			out.losses = append(out.losses, res.LossValue)
			out.norms = append(out.norms, res.GradNormValue)
			res.Free()
		}
		out.weights = map[string]*tensor.Tensor{}
		for _, p := range step.Params() {
			if out.weights[p.Name], err = r.Session().Download(p.Name); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	want := train(nil)
	got := train(&passes.RematPolicy{})
	if !reflect.DeepEqual(got.losses, want.losses) || !reflect.DeepEqual(got.norms, want.norms) {
		t.Errorf("losses %v, norms %v with remat; %v, %v without", got.losses, got.norms, want.losses, want.norms)
	}
	if want.losses[0] == want.losses[1] {
		t.Errorf("both steps' losses are %v: the steps did not train", want.losses[0])
	}
	for name, w := range want.weights {
		if !bytes.Equal(got.weights[name].Data, w.Data) {
			t.Errorf("weight %s after two steps differs with remat", name)
		}
	}
}

// TestRematPolicyArgs reads gradient_checkpointing_kwargs.
func TestRematPolicyArgs(t *testing.T) {
	for _, c := range []struct {
		src  string
		want *passes.RematPolicy
		err  string
	}{
		{`{}`, nil, ""},
		{`{"gradient_checkpointing_kwargs": {"every_n_layers": 2}}`, nil, ""}, // ignored, as transformers does
		{`{"gradient_checkpointing": true}`, &passes.RematPolicy{}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"use_reentrant": false, "preserve_rng_state": true, "determinism_check": "none", "debug": false, "offload": false}}`, &passes.RematPolicy{}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"every_n_layers": 3}}`, &passes.RematPolicy{EveryNLayers: 3}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": "{\"every_n_layers\": \"2\"}"}`, &passes.RematPolicy{EveryNLayers: 2}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"kiln_span": 4}}`, &passes.RematPolicy{Span: 4}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"kiln_budget_bytes": 1000000}}`, &passes.RematPolicy{Budget: 1000000}, ""},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"every_n_layers": 0}}`, nil, `"every_n_layers": 0`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"every_n_layers": 1.5}}`, nil, `want an integer >= 1`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"offload": true}}`, nil, `"offload"`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"preserve_rng_state": false}}`, nil, `"preserve_rng_state"`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"determinism_check": "strict"}}`, nil, `"determinism_check"`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"context_fn": "f"}}`, nil, `unknown key "context_fn"`},
		{`{"gradient_checkpointing": true, "gradient_checkpointing_kwargs": {"every_n_layers": 2, "kiln_span": 2}}`, nil, `every_n_layers and kiln_span: set one`},
	} {
		a, err := ParseTrainingArguments([]byte(c.src), "training_args.json")
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "gradient_checkpointing_kwargs") {
				t.Errorf("%s: error %v, want one naming gradient_checkpointing_kwargs and containing %q", c.src, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		p, err := a.RematPolicy()
		if err != nil || !reflect.DeepEqual(p, c.want) {
			t.Errorf("%s: RematPolicy() = %+v, %v; want %+v", c.src, p, err, c.want)
		}
	}
}
