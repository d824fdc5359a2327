package train

import (
	"strings"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
)

// flosParams is the parameter count of HF's flos estimate (6 x tokens x
// num_parameters(exclude_embeddings=True)) for step s of a model adapted
// by a (nil for full training) on r.
//
// transformers counts named_parameters() of the model PEFT wrapped, each
// tensor once (a tied pair under its first name), leaving out the weights
// of nn.Embedding modules by name. kiln's step declares the same
// parameters (trained and frozen: the base, LoRA weights, DoRA
// magnitudes) except one thing: PEFT's ModulesToSaveWrapper keeps the
// frozen original_module beside its trained copy
// (modules_to_save.default), and named_parameters lists both, while the
// step holds only the copy, under the model parameter's name. So each
// copy's original is added, unless it is an embedding (an nn.Embedding
// original and its copy are both left out) or it has no tensor of its own
// (the LM head of a tied model: its weight is the input embedding's,
// counted once under the embedding's name and so left out; the deep copy
// is a new tensor and counts).
func flosParams(s *Step, a *peft.Adapter, r *models.Runner) int64 {
	var n int64
	for _, p := range append(s.Params(), s.Frozen()...) {
		if !isEmbedding(p.Name) {
			n += int64(p.Type.Shape.NumElements())
		}
	}
	if a == nil {
		return n
	}
	overrides := a.Overrides()
	for _, p := range s.Params() {
		if _, ok := overrides[p.Name]; !ok || isEmbedding(p.Name) || r.UntiedCopy(p.Name) {
			continue
		}
		n += int64(p.Type.Shape.NumElements()) // the frozen original_module's
	}
	return n
}

// isEmbedding reports whether a parameter is an nn.Embedding's weight in
// the architectures kiln trains, which num_parameters(exclude_embeddings=True)
// leaves out of the flos estimate.
func isEmbedding(name string) bool {
	for _, suf := range []string{"embed_tokens.weight", "wte.weight", "wpe.weight", "_embeddings.weight"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}
