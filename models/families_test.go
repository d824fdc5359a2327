package models_test

import (
	"context"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// familyCase is a tiny config of one of the decoder families built as
// deltas on the shared decoder, and the prompt lengths to run it at.
type familyCase struct {
	name, config string
	lengths      []int
	// v4Names renames the checkpoint's tensors to transformers 4's names
	// (nil: as the program declares them).
	v4Names func(string) string
	// perExpert writes stacked expert weights as the per-expert tensors
	// the Hub's mixture-of-experts checkpoints hold (models.WeightStacker).
	perExpert bool
}

var familyCases = []familyCase{
	{name: "gemma2", lengths: []int{7}, config: `{"model_type": "gemma2", "architectures": ["Gemma2ForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 3, "num_attention_heads": 4,
	 "num_key_value_heads": 2, "head_dim": 8, "query_pre_attn_scalar": 12, "sliding_window": 3,
	 "attn_logit_softcapping": 2.0, "final_logit_softcapping": 3.0, "max_position_embeddings": 64}`},
	{name: "gemma3_text", lengths: []int{7}, config: `{"model_type": "gemma3_text", "architectures": ["Gemma3ForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 3, "num_attention_heads": 2,
	 "num_key_value_heads": 1, "head_dim": 8, "query_pre_attn_scalar": 8, "sliding_window": 3,
	 "layer_types": ["sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 64,
	 "rope_parameters": {"full_attention": {"rope_type": "linear", "factor": 2.0, "rope_theta": 1000000.0},
	   "sliding_attention": {"rope_type": "default", "rope_theta": 10.0}}}`},
	{name: "gemma3", lengths: []int{6}, v4Names: gemma3V4Name, config: `{"model_type": "gemma3",
	 "architectures": ["Gemma3ForConditionalGeneration"], "vision_config": {"hidden_size": 8},
	 "text_config": {"model_type": "gemma3_text", "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24,
	   "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 2, "head_dim": 8,
	   "query_pre_attn_scalar": 8, "sliding_window": 2, "sliding_window_pattern": 2, "rope_theta": 1000.0,
	   "rope_local_base_freq": 10.0, "rope_scaling": null, "final_logit_softcapping": 5.0}}`},
	{name: "phi3", lengths: []int{6, 20}, config: `{"model_type": "phi3", "architectures": ["Phi3ForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 2, "num_attention_heads": 2,
	 "num_key_value_heads": 1, "partial_rotary_factor": 0.5, "rope_theta": 100.0, "max_position_embeddings": 64,
	 "original_max_position_embeddings": 16, "sliding_window": 4,
	 "rope_scaling": {"type": "longrope", "short_factor": [1.0, 2.0], "long_factor": [3.0, 5.0]}}`},
	{name: "gpt_neox", lengths: []int{7}, config: `{"model_type": "gpt_neox", "architectures": ["GPTNeoXForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
	 "rotary_pct": 0.5, "rotary_emb_base": 100, "max_position_embeddings": 64}`},
	{name: "gpt_neox_sequential", lengths: []int{7}, config: `{"model_type": "gpt_neox", "architectures": ["GPTNeoXForCausalLM"],
	 "vocab_size": 40, "hidden_size": 16, "intermediate_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4,
	 "use_parallel_residual": false, "tie_word_embeddings": true, "hidden_act": "gelu_new",
	 "rope_parameters": {"rope_type": "default", "rope_theta": 50.0, "partial_rotary_factor": 0.5}, "max_position_embeddings": 64}`},
}

// gemma3V4Name maps transformers 5's Gemma3ForConditionalGeneration
// names to the transformers 4 ones the Hub's checkpoints use.
func gemma3V4Name(n string) string {
	if n == "lm_head.weight" {
		return "language_model.lm_head.weight"
	}
	return strings.Replace(n, "model.language_model.", "language_model.model.", 1)
}

// TestFamiliesAgainstHostReference runs a random tiny checkpoint of every
// family (Gemma 2, Gemma 3 text, Gemma 3 multimodal's decoder from
// transformers 4 names, Phi-3 with longrope short and long, GPT-NeoX
// parallel and sequential) and compares its logits with hostDecoder, a
// float64 forward pass written from transformers' modeling files, on
// every parity backend; and its causal-LM loss (labels = the ids) with
// the cross-entropy of the host logits (soft-capped ones for Gemma 2).
func TestFamiliesAgainstHostReference(t *testing.T) {
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, fc := range familyCases {
			t.Run(fc.name, func(t *testing.T) {
				t.Parallel()
				cfg, err := models.ParseConfig([]byte(fc.config), "config.json")
				if err != nil {
					t.Fatal(err)
				}
				m, err := models.New(cfg, "")
				if err != nil {
					t.Fatal(err)
				}
				dir, vals := familyCheckpoint(t, fc, m)
				ref := newHostDecoder(cfg.(*models.DecoderConfig), vals)
				r, _ := newRunner(t, m, dir, be, backends.CompileOptions{Options: passes.Options{Verify: true}})
				rng := rand.New(rand.NewSource(int64(len(fc.name))))
				for _, n := range fc.lengths {
					ids := make([]int64, n)
					hostIDs := make([]int, n)
					for i := range ids {
						hostIDs[i] = rng.Intn(cfg.Common().VocabSize)
						ids[i] = int64(hostIDs[i])
					}
					out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: n}, map[string]*tensor.Tensor{
						models.InputIDs: int64Tensor(t, [][]int64{ids}),
					})
					if err != nil {
						t.Fatal(err)
					}
					got := positionsOf(t, out[models.OutputLogits])[0]
					want := ref.forward(hostIDs)
					checkFamilyLoss(t, r, ids, want)
					bad := 0
					for p := range want {
						for j, w := range want[p] {
							if d := math.Abs(got[p][j] - w); d > 1e-4*(1+math.Abs(w)) && bad < 5 {
								bad++
								t.Errorf("length %d position %d logit %d = %.6f, want %.6f", n, p, j, got[p][j], w)
							}
						}
					}
				}
			})
		}
	})
}

// familyCheckpoint writes fc's config and random weights for every
// parameter m declares (under transformers 4 names when fc says so), and
// returns the directory and the weights by their declared names.
func familyCheckpoint(t *testing.T, fc familyCase, m models.Model) (string, map[string][]float64) {
	t.Helper()
	f, err := frontend.Build("weights", func(g *frontend.Graph) error { return m.Build(g, models.Spec{Batch: 1, Seq: 1}, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(11))
	tensors := map[string]*tensor.Tensor{}
	vals := map[string][]float64{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		n := p.Type.Shape.NumElements()
		x := make([]float32, n)
		v := make([]float64, n)
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.3)
			v[i] = float64(x[i])
		}
		vals[p.Name] = v
		if parts := perExpertParts(fc, m, p.Name); parts != nil {
			splitParts(t, tensors, parts, p.Type.Shape, x)
			continue
		}
		name := p.Name
		if fc.v4Names != nil {
			name = fc.v4Names(name)
		}
		if tensors[name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(fc.config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), tensors, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return dir, vals
}

// TestFamiliesCacheMatchesRecompute decodes every family's random tiny
// checkpoint with the KV cache (as cacheMatchesRecompute: a left-padded
// batch, one token at a time and prefill + steps) and compares with full
// recomputes. The prompts (14 and 5 tokens) are longer than the sliding
// windows and within Phi-3's original 16 positions: past them longrope
// switches to its long factors per call, as transformers does, so a cached
// run (its early keys rotated with the short factors) and a recompute
// differ there in transformers too.
func TestFamiliesCacheMatchesRecompute(t *testing.T) {
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, fc := range familyCases {
			t.Run(fc.name, func(t *testing.T) {
				t.Parallel()
				cfg, err := models.ParseConfig([]byte(fc.config), "config.json")
				if err != nil {
					t.Fatal(err)
				}
				m, err := models.New(cfg, "")
				if err != nil {
					t.Fatal(err)
				}
				dir, _ := familyCheckpoint(t, fc, m)
				r, _ := newRunner(t, m, dir, be, backends.CompileOptions{Options: passes.Options{Verify: true}})
				rng := rand.New(rand.NewSource(3))
				prompts := [][]int64{make([]int64, 14), make([]int64, 5)}
				for _, p := range prompts {
					for i := range p {
						p[i] = int64(rng.Intn(cfg.Common().VocabSize))
					}
				}
				cacheMatchesRecompute(t, r, prompts)
			})
		}
	})
}

// checkFamilyLoss runs r with labels = ids and compares the loss with the
// mean cross-entropy of the host logits want (position t predicts t+1).
func checkFamilyLoss(t *testing.T, r *models.Runner, ids []int64, want [][]float64) {
	t.Helper()
	n := len(ids)
	out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: n}, map[string]*tensor.Tensor{
		models.InputIDs:    int64Tensor(t, [][]int64{ids}),
		models.InputLabels: int64Tensor(t, [][]int64{ids}),
	})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for p := 0; p+1 < n; p++ {
		m := math.Inf(-1)
		for _, z := range want[p] {
			m = math.Max(m, z)
		}
		z := 0.0
		for _, x := range want[p] {
			z += math.Exp(x - m)
		}
		sum += m + math.Log(z) - want[p][ids[p+1]]
	}
	wantLoss := sum / float64(n-1)
	if got := out[models.OutputLoss].Float64s()[0]; math.Abs(got-wantLoss) > 1e-4*(1+wantLoss) {
		t.Errorf("length %d: loss %.6f, want %.6f", n, got, wantLoss)
	}
}
