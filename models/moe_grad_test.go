package models_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestMoETrainingGradients differentiates a tiny Qwen2-MoE's training loss
// (cross-entropy plus router_aux_loss_coef times the load-balancing loss,
// float64 throughout) with autodiff and compares the gradients of the
// router, the stacked experts, the shared expert's gate and the embedding
// with central finite differences of the loss: expert_matmul's rule, the
// routing weights' and the aux loss's paths together.
func TestMoETrainingGradients(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(`{"model_type": "qwen2_moe", "architectures": ["Qwen2MoeForCausalLM"],
	 "vocab_size": 12, "hidden_size": 8, "intermediate_size": 10, "moe_intermediate_size": 4,
	 "shared_expert_intermediate_size": 6, "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1,
	 "num_experts": 4, "num_experts_per_tok": 2, "norm_topk_prob": true, "mlp_only_layers": [1],
	 "output_router_logits": true, "router_aux_loss_coef": 0.5, "max_position_embeddings": 32, "tie_word_embeddings": false}`), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	spec := models.Spec{Batch: 1, Seq: 5, Labels: true}
	f, err := frontend.Build("train", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float64) })
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(9))
	vals := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		n := p.Type.Shape.NumElements()
		var tt *tensor.Tensor
		switch p.Name {
		case models.InputIDs, models.InputLabels:
			ids := make([]int64, n)
			for i := range ids {
				ids[i] = int64(rng.Intn(12))
			}
			tt, err = tensor.FromInt64(ir.Int64, p.Type.Shape, ids)
		case models.InputAttentionMask:
			tt, err = tensor.FromInt64(ir.Int64, p.Type.Shape, []int64{1, 1, 1, 1, 1})
		case models.InputPositionIDs:
			tt, err = tensor.FromInt64(ir.Int64, p.Type.Shape, []int64{0, 1, 2, 3, 4})
		default:
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = rng.NormFloat64() * 0.5
			}
			tt, err = tensor.FromFloat64(ir.Float64, p.Type.Shape, xs)
		}
		if err != nil {
			t.Fatal(err)
		}
		vals[p.Name] = tt
	}
	// The training loss is float32 (OutputLoss) even in a float64 model:
	// the expert weights and the shared expert's gate, which no routing
	// decision depends on here (layer 1 is dense), are checked on it with a
	// step above its rounding; the router and the embedding, whose
	// perturbations must stay too small to change a top-k choice, on the
	// float64 aux loss.
	for _, c := range []struct {
		loss     string
		eps, tol float64
		wrt      []string
	}{
		{models.OutputLoss, 1e-2, 2e-3, []string{"model.layers.0.mlp.experts.gate_up_proj", "model.layers.0.mlp.experts.down_proj",
			"model.layers.0.mlp.shared_expert_gate.weight"}},
		{models.OutputAuxLoss, 1e-6, 1e-5, []string{"model.layers.0.mlp.gate.weight", "model.embed_tokens.weight"}},
	} {
		checkModelFD(t, f, vals, c.loss, c.wrt, c.eps, c.tol, rng)
	}
}

// checkModelFD compares autodiff's gradients of f's result loss with
// respect to wrt, at vals, with central finite differences (step eps,
// relative tolerance tol) at four random elements of each.
func checkModelFD(t *testing.T, f *ir.Func, vals map[string]*tensor.Tensor, lossName string, wrt []string, eps, tol float64, rng *rand.Rand) {
	t.Helper()
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: lossName})
	if err != nil {
		t.Fatal(err)
	}
	run := func(fn *ir.Func) map[string]*tensor.Tensor {
		args := make([]*tensor.Tensor, len(fn.Params))
		for i, p := range fn.Params {
			args[i] = vals[p.Name]
		}
		out, err := interp.Eval(fn, args...)
		if err != nil {
			t.Fatal(err)
		}
		res := map[string]*tensor.Tensor{}
		for i, n := range fn.ResultNames {
			res[n] = out[i]
		}
		return res
	}
	grads := run(gf)
	loss := func() float64 { return run(f)[lossName].Float64s()[0] }
	for _, name := range wrt {
		g := grads["grad/"+name].Float64s()
		w := vals[name]
		for trial := 0; trial < 4; trial++ {
			i := rng.Intn(len(g))
			orig := w.Float64s()[i]
			ir.PutElementFloat(ir.Float64, w.Data, i, orig+eps)
			up := loss()
			ir.PutElementFloat(ir.Float64, w.Data, i, orig-eps)
			down := loss()
			ir.PutElementFloat(ir.Float64, w.Data, i, orig)
			fd := (up - down) / (2 * eps)
			if math.Abs(fd-g[i]) > tol*(1+math.Abs(fd)) {
				t.Errorf("d %s / d %s[%d]: gradient %.8f, finite difference %.8f", lossName, name, i, g[i], fd)
			}
		}
	}
}
