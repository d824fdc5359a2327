package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/tensor"
)

// Typed views of a program's outputs, mirroring transformers' ModelOutput
// classes. Fields are nil when the program did not produce them (no cache,
// no hidden states requested, no pooler, no labels given). transformers' optional
// `attentions` are not offered: attention runs as one fused op whose
// probabilities are never materialised.

// KVTensors is one layer's key and value cache on the host.
type KVTensors struct{ Key, Value *tensor.Tensor }

// BaseModelOutput mirrors BaseModelOutputWithPast / WithPooling.
type BaseModelOutput struct {
	LastHiddenState *tensor.Tensor   // (B, T, C)
	PoolerOutput    *tensor.Tensor   // (B, C), encoders with a pooler
	PastKeyValues   []KVTensors      // decoders run with a cache
	HiddenStates    []*tensor.Tensor // Spec.HiddenStates: L+1 of (B, T, C)
}

// CausalLMOutput mirrors CausalLMOutputWithPast.
type CausalLMOutput struct {
	Loss            *tensor.Tensor // scalar f32, with Spec.Labels (next-token cross-entropy)
	Logits          *tensor.Tensor // (B, T, V)
	LastHiddenState *tensor.Tensor // of the base model
	PastKeyValues   []KVTensors
	HiddenStates    []*tensor.Tensor
}

// MaskedLMOutput mirrors MaskedLMOutput.
type MaskedLMOutput struct {
	Loss            *tensor.Tensor // scalar f32, with Spec.Labels (masked-token cross-entropy)
	Logits          *tensor.Tensor // (B, T, V)
	LastHiddenState *tensor.Tensor
	HiddenStates    []*tensor.Tensor
}

// SequenceClassifierOutput mirrors SequenceClassifierOutput.
type SequenceClassifierOutput struct {
	Loss         *tensor.Tensor // scalar f32, with Spec.Labels (by problem_type)
	Logits       *tensor.Tensor // (B, labels)
	PoolerOutput *tensor.Tensor
	HiddenStates []*tensor.Tensor
}

// numbered collects outputs name(0), name(1), ... until one is missing.
func numbered(out map[string]*tensor.Tensor, name func(int) string) []*tensor.Tensor {
	var xs []*tensor.Tensor
	for i := 0; ; i++ {
		x, ok := out[name(i)]
		if !ok {
			return xs
		}
		xs = append(xs, x)
	}
}

func pastOf(out map[string]*tensor.Tensor) []KVTensors {
	var kv []KVTensors
	for i := 0; ; i++ {
		k, ok1 := out[PresentKey(i)]
		v, ok2 := out[PresentValue(i)]
		if !ok1 || !ok2 {
			return kv
		}
		kv = append(kv, KVTensors{k, v})
	}
}

// AsBaseModelOutput views the outputs of a base model.
func AsBaseModelOutput(out map[string]*tensor.Tensor) (*BaseModelOutput, error) {
	h, ok := out[OutputLastHidden]
	if !ok {
		return nil, fmt.Errorf("outputs have no %s", OutputLastHidden)
	}
	return &BaseModelOutput{LastHiddenState: h, PoolerOutput: out[OutputPooler], PastKeyValues: pastOf(out), HiddenStates: numbered(out, HiddenState)}, nil
}

// AsCausalLMOutput views the outputs of a causal language model.
func AsCausalLMOutput(out map[string]*tensor.Tensor) (*CausalLMOutput, error) {
	l, ok := out[OutputLogits]
	if !ok {
		return nil, fmt.Errorf("outputs have no %s", OutputLogits)
	}
	return &CausalLMOutput{Loss: out[OutputLoss], Logits: l, LastHiddenState: out[OutputLastHidden], PastKeyValues: pastOf(out), HiddenStates: numbered(out, HiddenState)}, nil
}

// AsMaskedLMOutput views the outputs of a masked language model.
func AsMaskedLMOutput(out map[string]*tensor.Tensor) (*MaskedLMOutput, error) {
	l, ok := out[OutputLogits]
	if !ok {
		return nil, fmt.Errorf("outputs have no %s", OutputLogits)
	}
	return &MaskedLMOutput{Loss: out[OutputLoss], Logits: l, LastHiddenState: out[OutputLastHidden], HiddenStates: numbered(out, HiddenState)}, nil
}

// AsSequenceClassifierOutput views the outputs of a sequence classifier.
func AsSequenceClassifierOutput(out map[string]*tensor.Tensor) (*SequenceClassifierOutput, error) {
	l, ok := out[OutputLogits]
	if !ok {
		return nil, fmt.Errorf("outputs have no %s", OutputLogits)
	}
	return &SequenceClassifierOutput{Loss: out[OutputLoss], Logits: l, PoolerOutput: out[OutputPooler], HiddenStates: numbered(out, HiddenState)}, nil
}

// CLIPOutput mirrors transformers' CLIPOutput / SiglipOutput (no loss:
// the contrastive loss is not offered).
type CLIPOutput struct {
	LogitsPerImage    *tensor.Tensor   // (images, texts)
	LogitsPerText     *tensor.Tensor   // (texts, images)
	TextEmbeds        *tensor.Tensor   // (texts, P), unit length
	ImageEmbeds       *tensor.Tensor   // (images, P), unit length
	TextModelOutput   *BaseModelOutput // last_hidden_state (after final_layer_norm), pooler_output
	VisionModelOutput *BaseModelOutput // last_hidden_state, pooler_output
}

// AsCLIPOutput views the outputs of an ImageTextModel.
func AsCLIPOutput(out map[string]*tensor.Tensor) (*CLIPOutput, error) {
	for _, n := range []string{OutputLogitsPerImage, OutputLogitsPerText, OutputTextEmbeds, OutputImageEmbeds} {
		if out[n] == nil {
			return nil, fmt.Errorf("outputs have no %s", n)
		}
	}
	tower := func(prefix string) *BaseModelOutput {
		if out[prefix+OutputLastHidden] == nil {
			return nil
		}
		return &BaseModelOutput{LastHiddenState: out[prefix+OutputLastHidden], PoolerOutput: out[prefix+OutputPooler]}
	}
	return &CLIPOutput{LogitsPerImage: out[OutputLogitsPerImage], LogitsPerText: out[OutputLogitsPerText], TextEmbeds: out[OutputTextEmbeds],
		ImageEmbeds: out[OutputImageEmbeds], TextModelOutput: tower(OutputTextModel), VisionModelOutput: tower(OutputVisionModel)}, nil
}
