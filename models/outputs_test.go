package models_test

import (
	"context"
	"testing"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestHiddenStates: with Spec.HiddenStates every family returns L+1 states,
// the last equal to last_hidden_state and the first to the embeddings
// (for decoders: the embedding rows of the ids), as transformers'
// output_hidden_states does; the typed views pick them up.
func TestHiddenStates(t *testing.T) {
	for _, name := range []string{"qwen2-tiny", "gpt2-tiny", "bert-tiny-mlm"} {
		t.Run(name, func(t *testing.T) {
			r := openRunner(t, name, referenceBackend())
			ids := int64Tensor(t, [][]int64{{5, 6, 7}})
			out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 3, HiddenStates: true}, map[string]*tensor.Tensor{models.InputIDs: ids})
			if err != nil {
				t.Fatal(err)
			}
			base, err := models.AsBaseModelOutput(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(base.HiddenStates) != 3 { // 2 layers + 1
				t.Fatalf("%d hidden states, want 3 (%v)", len(base.HiddenStates), sortedKeys(out))
			}
			if !base.HiddenStates[2].Equal(base.LastHiddenState) {
				t.Fatal("last hidden state differs from last_hidden_state")
			}
			if base.HiddenStates[0].Equal(base.HiddenStates[1]) {
				t.Fatal("states 0 and 1 are equal")
			}
			if name == "qwen2-tiny" {
				lm, err := models.AsCausalLMOutput(out)
				if err != nil || lm.Logits == nil || len(lm.HiddenStates) != 3 || lm.PastKeyValues != nil {
					t.Fatalf("causal view %+v, %v", lm, err)
				}
				// Without the flag, no hidden states.
				plain, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 3}, map[string]*tensor.Tensor{models.InputIDs: ids})
				if err != nil {
					t.Fatal(err)
				}
				if _, ok := plain[models.HiddenState(0)]; ok {
					t.Fatal("hidden states returned without being asked for")
				}
				if !plain[models.OutputLogits].Equal(out[models.OutputLogits]) {
					t.Fatal("asking for hidden states changed the logits")
				}
			}
		})
	}
}
