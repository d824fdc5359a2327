package models

import (
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Spec selects one compiled program: shapes are static, so each distinct
// Spec (with the compute dtype) is compiled once and cached by the Runner.
type Spec struct {
	Batch int // rows
	Seq   int // tokens per row in this call
	// Cache is the static KV-cache capacity of decoders (0: no cache, the
	// keys are this call's Seq tokens). With a cache the program takes the
	// past keys/values and cache_position, writes this call's keys/values
	// at [cache_position, cache_position+Seq) and returns the updated cache.
	Cache int
	// HiddenStates also returns the hidden state entering each layer and
	// the final one (transformers' output_hidden_states): outputs
	// hidden_states.0 (the embeddings) to hidden_states.L (after the final
	// norm, where the architecture has one), each (B, T, C).
	HiddenStates bool
	// Labels makes the program take the labels input and return the loss
	// output, as transformers' models do when called with labels= (see
	// InputLabels for the shapes and loss.go for the losses).
	Labels bool
	// NumItems (with Labels) makes the token losses (causal and masked
	// LM) take the float32 scalar input InputNumItems and return the sum
	// of the kept tokens' cross-entropy divided by it, as transformers'
	// ForCausalLMLoss / fixed_cross_entropy do when the Trainer passes
	// num_items_in_batch (the labelled tokens of every micro-batch of one
	// optimizer step). A micro-batch whose labels are all ignored then
	// contributes 0, not NaN. The other losses ignore it, as the
	// transformers heads that compute their own loss do.
	NumItems bool
	// Dropout is training mode (transformers' model.train()): the program
	// applies dropout where the Hugging Face model does, with the
	// config's probabilities, drawing from the int64 scalar input
	// InputDropoutSeed (one seed per call; site i uses the RNG key
	// seed*nn.DropoutSites + i, see nn.Dropout). Sites whose probability
	// is 0 emit nothing, so with an all-zero config the program is the
	// one built without Dropout (and takes no seed). Attention whose
	// probability dropout is on is built from primitives
	// (passes.AttentionWithProbs) instead of the fused op.
	Dropout bool
	// NEFTuneAlpha > 0 (with Dropout: training mode only, as transformers'
	// hook checks module.training) adds NEFTune noise to the output of the
	// input embeddings (the module get_input_embeddings() returns: GPT-2's
	// wte, the decoders' embed_tokens, BERT's word_embeddings; before
	// position and token-type embeddings are added): uniform in
	// [-alpha/sqrt(L*d), alpha/sqrt(L*d)), d the hidden size and L the
	// batch's padded length, which transformers reads as the embeddings'
	// output.size(1) (trainer's integrations/neftune.py). The program
	// computes L as 1 + the last key position any row's attention_mask
	// attends: Seq for a batch padded to its longest row, and that
	// micro-batch's own padded length when a training step pads its
	// micro-batches to one Seq. The noise draws from InputDropoutSeed at
	// nn.NoiseSite, so it leaves the dropout masks of a seed unchanged. 0
	// (the default) emits nothing: the program is the one built without it.
	NEFTuneAlpha float64
	// NoPadding says every row attends all of its Keys() positions: the
	// program takes no attention_mask input and its attention has no
	// padding mask (the causal mask stays), as transformers drops an
	// all-ones attention_mask before SDPA. The results are those of the
	// program with a mask of ones; a backend with fused attention then
	// runs it without a mask operand (XLA's cuDNN flash attention: no
	// (B, H, T, T) bias to build, read and differentiate). The Trainer
	// uses it for the updates whose micro-batches have no padding.
	NoPadding bool
	// Images is the number of images of a model that takes both text and
	// images (an ImageTextModel: CLIPModel, SiglipModel): its program
	// takes Batch texts of Seq tokens and Images images. 0 for every
	// other model.
	Images int
	// Stage selects one part of an encoder-decoder model (Whisper): the
	// encoder alone, or the decoder over cross-attention keys and values
	// the encoder stage computed (see Stage). StageFull, the zero value,
	// is the whole model, and the only stage of every other model.
	Stage Stage
	// Source is the encoder's length of a text encoder-decoder
	// (TextEncoderDecoder: T5, BART), whose encoder reads a variable
	// number of tokens: the tokens per row of InputEncoderIDs in
	// StageFull and StageEncoder, and the keys of the cross-attention
	// (CrossKey, InputEncoderAttentionMask) in StageDecoder. 0 for every
	// other model (Whisper's encoder length is fixed by its config).
	Source int
}

// Stage is the part of an encoder-decoder model a program computes.
// Generation runs the encoder once (StageEncoder), which also projects
// the encoder output into every decoder layer's cross-attention keys and
// values, and then only decoder programs (StageDecoder) that take those
// as inputs: the cross-attention K/V are computed once per generation,
// not once per token.
type Stage int

// Stages.
const (
	// StageFull is the whole model in one program. An encoder-decoder
	// takes the encoder's input (InputFeatures for Whisper) and the
	// decoder's input_ids, attention_mask and position_ids, and returns
	// the logits, OutputEncoderLastHidden and the decoder's
	// last_hidden_state.
	StageFull Stage = iota
	// StageEncoder is the encoder alone: it takes the encoder's input and
	// returns OutputEncoderLastHidden and, for each decoder layer i,
	// CrossKey(i) and CrossValue(i), (B, H, S, D). Its Spec has Seq 0 and
	// no Cache (the encoder's length is set by its input).
	StageEncoder
	// StageDecoder is the decoder alone: the decoder inputs of a Spec
	// (input_ids, attention_mask, position_ids and, with Cache, the
	// self-attention cache) plus CrossKey(i) and CrossValue(i) of every
	// layer; it returns the logits, last_hidden_state and, with Cache,
	// the presents.
	StageDecoder
)

func (s Stage) String() string {
	switch s {
	case StageFull:
		return "full"
	case StageEncoder:
		return "encoder"
	case StageDecoder:
		return "decoder"
	}
	return fmt.Sprintf("stage(%d)", int(s))
}

func (s Spec) String() string {
	str := fmt.Sprintf("b%d_t%d", s.Batch, s.Seq)
	if s.Cache > 0 {
		str += fmt.Sprintf("_c%d", s.Cache)
	}
	if s.HiddenStates {
		str += "_hs"
	}
	if s.Labels {
		str += "_loss"
	}
	if s.NumItems {
		str += "_nitems"
	}
	if s.Dropout {
		str += "_drop"
	}
	if s.NEFTuneAlpha != 0 {
		str += fmt.Sprintf("_neft%g", s.NEFTuneAlpha)
	}
	if s.NoPadding {
		str += "_nopad"
	}
	if s.Images > 0 {
		str += fmt.Sprintf("_img%d", s.Images)
	}
	if s.Source > 0 {
		str += fmt.Sprintf("_src%d", s.Source)
	}
	switch s.Stage {
	case StageEncoder:
		str += "_enc"
	case StageDecoder:
		str += "_dec"
	}
	return str
}

// Keys is the number of key positions attention sees: Cache or Seq.
func (s Spec) Keys() int {
	if s.Cache > 0 {
		return s.Cache
	}
	return s.Seq
}

func (s Spec) validate() error {
	if s.Stage < StageFull || s.Stage > StageDecoder {
		return fmt.Errorf("invalid spec %+v: unknown stage %d", s, int(s.Stage))
	}
	if s.Source < 0 {
		return fmt.Errorf("invalid spec %+v: Source %d, want >= 0", s, s.Source)
	}
	if s.Stage == StageEncoder {
		if s.Batch < 1 || s.Seq != 0 || s.Cache != 0 || s.Labels || s.HiddenStates || s.Dropout || s.NoPadding {
			return fmt.Errorf("invalid spec %+v: an encoder stage has batch >= 1, seq 0, no cache, labels, hidden states, dropout or NoPadding", s)
		}
		return nil
	}
	if s.Batch < 1 || s.Seq < 1 || s.Cache < 0 || (s.Cache > 0 && s.Cache < s.Seq) {
		return fmt.Errorf("invalid spec %+v (need batch, seq >= 1 and cache 0 or >= seq)", s)
	}
	if s.Images < 0 {
		return fmt.Errorf("invalid spec %+v: Images %d, want >= 0", s, s.Images)
	}
	if s.NumItems && !s.Labels {
		return fmt.Errorf("invalid spec %+v: NumItems needs Labels", s)
	}
	if a := s.NEFTuneAlpha; math.IsNaN(a) || math.IsInf(a, 0) || a < 0 {
		return fmt.Errorf("invalid spec %+v: NEFTuneAlpha %v, want a finite value >= 0", s, a)
	}
	if s.NEFTuneAlpha > 0 && !s.Dropout {
		return fmt.Errorf("invalid spec %+v: NEFTuneAlpha needs Dropout (NEFTune noise is training-mode only)", s)
	}
	return nil
}

// Program input names. All integer inputs are int64.
const (
	// InputIDs (batch, seq): token ids.
	InputIDs = "input_ids"
	// InputAttentionMask (batch, keys): 1 = attend, 0 = padding. With a
	// cache it covers all Cache positions (later positions are masked by
	// causality anyway).
	InputAttentionMask = "attention_mask"
	// InputPositionIDs (batch, seq): rotary/learned positions (decoders).
	InputPositionIDs = "position_ids"
	// InputTokenTypeIDs (batch, seq): segment ids (BERT).
	InputTokenTypeIDs = "token_type_ids"
	// InputPixelValues (batch, channels, height, width) in the compute
	// dtype: the images of an ImageModel, as its image processor makes
	// them (package processors/image).
	InputPixelValues = "pixel_values"
	// InputCachePosition (scalar): the cache slot of this call's first token.
	InputCachePosition = "cache_position"
	// InputLabels (Spec.Labels): (batch, seq) i64 token labels for causal
	// and masked LMs (-100 = ignored; a causal LM shifts them itself), (batch)
	// i64 class ids for single-label classification, and in the compute
	// dtype (batch, labels) for multi-label classification and regression
	// ((batch) with one label). See loss.go.
	InputLabels = "labels"
	// InputNumItems (Spec.NumItems): float32 scalar, the number of
	// labelled tokens the token loss divides its sum by
	// (transformers' num_items_in_batch).
	InputNumItems = "num_items_in_batch"
	// InputDropoutSeed (Spec.Dropout, when some dropout probability is
	// above 0 or Spec.NEFTuneAlpha is): int64 scalar, the seed of this
	// call's dropout masks and NEFTune noise.
	InputDropoutSeed = "dropout_seed"
	// InputFeatures (StageFull and StageEncoder of an encoder-decoder
	// model): the encoder's input in the compute dtype, Whisper's log-mel
	// input_features (batch, num_mel_bins, frames).
	InputFeatures = "input_features"
	// InputEncoderIDs (StageFull and StageEncoder of a text
	// encoder-decoder: T5, BART): the encoder's token ids (batch,
	// Spec.Source), i64 — transformers' input_ids of those models, named
	// apart because input_ids is the decoder's in every kiln program.
	InputEncoderIDs = "encoder_input_ids"
	// InputEncoderAttentionMask (every stage of a text encoder-decoder):
	// (batch, Spec.Source) i64, 1 = token, 0 = padding, for the encoder's
	// self-attention and the decoder's cross-attention (transformers'
	// attention_mask of the model, encoder_attention_mask of its decoder).
	InputEncoderAttentionMask = "encoder_attention_mask"
)

// Program output names.
const (
	OutputLogits     = "logits"
	OutputLastHidden = "last_hidden_state"
	OutputPooler     = "pooler_output"
	// OutputLoss (scalar, float32) is the loss of the labels (Spec.Labels).
	OutputLoss = "loss"
	// OutputEncoderLastHidden (B, S, C) is an encoder-decoder's encoder
	// output (transformers' encoder_last_hidden_state).
	OutputEncoderLastHidden = "encoder_last_hidden_state"
)

// HiddenState names the i-th hidden-states output (see Spec.HiddenStates).
func HiddenState(i int) string { return fmt.Sprintf("hidden_states.%d", i) }

// hiddenStates collects the per-layer hidden states of a program when its
// Spec asks for them.
type hiddenStates struct {
	on   bool
	outs []frontend.Output
}

// add records the next hidden state (no-op unless the spec asks).
func (h *hiddenStates) add(x *frontend.Tensor) {
	if h.on {
		h.outs = append(h.outs, frontend.Out(HiddenState(len(h.outs)), x))
	}
}

// PastKey and PastValue name the cache inputs of layer i;
// PresentKey and PresentValue the updated cache outputs.
func PastKey(i int) string      { return fmt.Sprintf("past_key_values.%d.key", i) }
func PastValue(i int) string    { return fmt.Sprintf("past_key_values.%d.value", i) }
func PresentKey(i int) string   { return fmt.Sprintf("present.%d.key", i) }
func PresentValue(i int) string { return fmt.Sprintf("present.%d.value", i) }

// CrossKey and CrossValue name decoder layer i's cross-attention keys and
// values, (B, H, S, D): outputs of an encoder stage, inputs of a decoder
// stage (transformers' EncoderDecoderCache.cross_attention_cache).
func CrossKey(i int) string   { return fmt.Sprintf("cross_key_values.%d.key", i) }
func CrossValue(i int) string { return fmt.Sprintf("cross_key_values.%d.value", i) }

// IsInputName reports whether a program parameter is a per-call input (as
// opposed to a weight bound from the checkpoint).
func IsInputName(name string) bool {
	switch name {
	case InputIDs, InputAttentionMask, InputPositionIDs, InputTokenTypeIDs, InputCachePosition, InputLabels, InputNumItems, InputDropoutSeed, InputPixelValues, InputFeatures,
		InputEncoderIDs, InputEncoderAttentionMask:
		return true
	}
	for _, prefix := range []string{"past_key_values.", "cross_key_values."} {
		var i int
		var kind string
		if !strings.HasPrefix(name, prefix) {
			continue
		}
		n, _ := fmt.Sscanf(name[len(prefix):], "%d.%s", &i, &kind)
		return n == 2 && (kind == "key" || kind == "value")
	}
	return false
}

// DecoderInputs are the declared inputs of a decoder program.
type DecoderInputs struct {
	IDs       *frontend.Tensor // (B, T) i64
	Mask      *frontend.Tensor // (B, K) i64; nil with Spec.NoPadding
	Positions *frontend.Tensor // (B, T) i64
	CachePos  *frontend.Tensor // scalar i64, nil without cache
	Past      []KV             // per layer, nil without cache
}

// KV is one layer's key and value cache, (B, Hkv, Cache, D).
type KV struct{ Key, Value *frontend.Tensor }

// DeclareDecoderInputs declares the inputs of a decoder program for spec.
func DeclareDecoderInputs(g *frontend.Graph, spec Spec, layers, kvHeads, headDim int, dt ir.DType) DecoderInputs {
	in := DecoderInputs{
		IDs: g.Param(InputIDs, ir.Int64, spec.Batch, spec.Seq),
	}
	if !spec.NoPadding {
		in.Mask = g.Param(InputAttentionMask, ir.Int64, spec.Batch, spec.Keys())
	}
	in.Positions = g.Param(InputPositionIDs, ir.Int64, spec.Batch, spec.Seq)
	if spec.Cache > 0 {
		in.CachePos = g.Param(InputCachePosition, ir.Int64)
		for i := 0; i < layers; i++ {
			in.Past = append(in.Past, KV{
				Key:   g.Param(PastKey(i), dt, spec.Batch, kvHeads, spec.Cache, headDim),
				Value: g.Param(PastValue(i), dt, spec.Batch, kvHeads, spec.Cache, headDim),
			})
		}
	}
	return in
}

// UpdateCache writes this call's keys/values (B, Hkv, T, D) into the
// layer's cache at cache_position (DynamicUpdateSlice: in place when the
// cache buffer is donated) and returns the full caches to attend over.
func UpdateCache(past KV, cachePos, k, v *frontend.Tensor) KV {
	g := k.Graph()
	zero := g.ConstScalarInt(ir.Int64, 0)
	starts := []*frontend.Tensor{zero, zero, cachePos, zero}
	return KV{
		Key:   past.Key.DynamicUpdateSlice(k, starts...),
		Value: past.Value.DynamicUpdateSlice(v, starts...),
	}
}

// QueryPositions returns the cache slot of each query, (T) i64:
// cache_position + arange(T), or nil without a cache (the Attention op's
// default Tk-Tq+i is then exact).
func QueryPositions(in DecoderInputs, seq int) *frontend.Tensor {
	if in.CachePos == nil {
		return nil
	}
	g := in.IDs.Graph()
	return g.Arange(ir.Int64, seq).Add(in.CachePos)
}
