package peft_test

import (
	"context"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// TestTiedHeadCopy runs adapters holding a modules_to_save copy of the LM
// head of models whose head is tied to the input embeddings (qwen3-tiny,
// gpt2-tiny: tie_word_embeddings), as PEFT's ModulesToSaveWrapper does:
// the head reads the copy (logits = last hidden state · copyᵀ) while the
// input embeddings stay the base's (the hidden states equal those of the
// same adapter without the copy, bit for bit). Removing the adapter gives
// the base's logits and drops the copy's buffer; setting it again reuses
// its program; so do disabling and enabling it. Merging such an adapter
// is refused, naming the weight.
func TestTiedHeadCopy(t *testing.T) {
	for _, tc := range []struct {
		model, embed, module string
		conv                 bool
	}{
		{"qwen3-tiny", "model.embed_tokens.weight", "model.layers.0.self_attn.q_proj", false},
		{"gpt2-tiny", "transformer.wte.weight", "transformer.h.0.attn.c_attn", true},
	} {
		t.Run(tc.model, func(t *testing.T) {
			dir := fixture.ModelDir(tc.model)
			ck := fixture.Checkpoint(t, dir)
			cfgJSON := `{"r": 2, "lora_alpha": 4, "target_modules": ["` + tc.module[strings.LastIndexByte(tc.module, '.')+1:] + `"], "layers_to_transform": [0], "modules_to_save": ["lm_head"]}`
			if tc.conv {
				cfgJSON = strings.Replace(cfgJSON, `{`, `{"fan_in_fan_out": true, `, 1)
			}
			lora := tinyAdapter{model: tc.model, config: cfgJSON, modules: []string{tc.module}, conv: tc.conv, seed: 4}.make(t)
			cfg, err := peft.ParseConfig([]byte(cfgJSON), "adapter_config.json")
			if err != nil {
				t.Fatal(err)
			}
			emb, err := ck.TensorAs(tc.embed, ir.Float32)
			if err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewSource(8))
			head := emb.Float32s()
			for i := range head {
				head[i] = 0.5*head[i] + float32(0.05*rng.NormFloat64())
			}
			headT := mustTensor(t, emb.Shape, head)
			ts := map[string]*tensor.Tensor{peft.KeyPrefix + "lm_head.weight": headT}
			for _, n := range lora.Names() {
				ts[n], _ = lora.Tensor(n)
			}
			withCopy, err := peft.New("with-head-copy", cfg, ts)
			if err != nil {
				t.Fatal(err)
			}

			r, err := models.NewRunner(fixture.Model(t, dir), ck, interp.New(), ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			ids := []int64{3, 14, 15, 92, 65}
			run := func() (logits, hidden []float32) {
				t.Helper()
				x, err := tensor.FromInt64(ir.Int64, ir.Shape{1, len(ids)}, ids)
				if err != nil {
					t.Fatal(err)
				}
				out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, map[string]*tensor.Tensor{models.InputIDs: x})
				if err != nil {
					t.Fatal(err)
				}
				return out[models.OutputLogits].Float32s(), out[models.OutputLastHidden].Float32s()
			}
			base, _ := run()
			if err := r.SetAdapter(lora); err != nil {
				t.Fatal(err)
			}
			_, hLoRA := run()
			if err := r.SetAdapter(withCopy); err != nil {
				t.Fatal(err)
			}
			logits, h := run()
			if d := maxDiff(h, hLoRA); d != 0 {
				t.Errorf("the head copy changed the hidden states by %g: the input embeddings must stay the base's", d)
			}
			vocab, hid := emb.Shape[0], emb.Shape[1]
			worst, moved := 0.0, 0.0
			for p := range ids {
				for v := 0; v < vocab; v++ {
					want := 0.0
					for k := 0; k < hid; k++ {
						want += float64(h[p*hid+k]) * float64(head[v*hid+k])
					}
					got := float64(logits[p*vocab+v])
					worst = math.Max(worst, math.Abs(got-want))
					moved = math.Max(moved, math.Abs(got-float64(base[p*vocab+v])))
				}
			}
			if worst > 1e-4 {
				t.Errorf("logits differ from last_hidden_state · copyᵀ by %.3g: the head does not read the copy", worst)
			}
			if moved < 1e-2 {
				t.Fatalf("the adapter moves the logits by only %g", moved)
			}
			if err := r.MergeAdapter(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, peft.Merge); err == nil || !strings.Contains(err.Error(), "lm_head.weight") {
				t.Errorf("merge: got %v, want a refusal naming lm_head.weight", err)
			}
			if err := r.SetAdapter(nil); err != nil {
				t.Fatal(err)
			}
			if got, _ := run(); maxDiff(got, base) != 0 {
				t.Error("without the adapter the logits are not the base's")
			}
			if r.Session().Has("lm_head.weight") {
				t.Error("the head copy's buffer outlives its adapter")
			}
			if err := r.SetAdapter(withCopy); err != nil {
				t.Fatal(err)
			}
			if again, _ := run(); maxDiff(again, logits) != 0 {
				t.Error("setting the adapter again gives other logits")
			}
			// PEFT's disable_adapter: the base's tied head; enabled again:
			// the copy.
			if err := r.DisableAdapter(); err != nil {
				t.Fatal(err)
			}
			if got, _ := run(); maxDiff(got, base) != 0 {
				t.Error("disabled: the logits are not the base's")
			}
			if err := r.EnableAdapter(); err != nil {
				t.Fatal(err)
			}
			if got, _ := run(); maxDiff(got, logits) != 0 {
				t.Error("enabled again: the logits are not the adapter's")
			}
			// base, LoRA without the copy, LoRA with it: three structures.
			if got := r.Compiles(); got != 3 {
				t.Errorf("compiles = %d, want 3", got)
			}
		})
	}
}
