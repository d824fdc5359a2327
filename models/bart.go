package models

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// BART and mBART (transformers' modeling_bart.py, modeling_mbart.py): the
// BART-family layers of encdec.go — post-norm for BART, pre-norm with a
// final LayerNorm per stack for mBART — over token embeddings (the shared
// table, times sqrt(d_model) with scale_embedding) plus learned positions
// stored with an offset of 2 (BartLearnedPositionalEmbedding: row p+2 is
// position p), followed by layernorm_embedding. The LM head is the shared
// table plus final_logits_bias. Stages as for Whisper and T5; the encoder
// reads InputEncoderIDs of Spec.Source tokens, at most
// max_position_embeddings.
func init() {
	for _, mt := range []string{"bart", "mbart"} {
		prefix := map[string]string{"bart": "Bart", "mbart": "MBart"}[mt]
		mustRegister(Family{
			ModelType: mt,
			ParseConfig: func(data []byte, file string) (Config, error) {
				return parseBartConfig(data, file, mt)
			},
			Architectures: map[string]func(Config) (Model, error){
				prefix + "ForConditionalGeneration": newBart(prefix+"ForConditionalGeneration", TaskSeq2SeqLM),
				prefix + "Model":                    newBart(prefix+"Model", TaskBase),
			},
			DefaultArch: prefix + "ForConditionalGeneration",
		})
	}
}

// bartPositionOffset is BartLearnedPositionalEmbedding's offset: position
// p reads row p+2 of embed_positions (max_position_embeddings + 2 rows).
const bartPositionOffset = 2

// bartLayerNormEps is the epsilon of every BART LayerNorm (torch's
// default; BartConfig has no field for it).
const bartLayerNormEps = 1e-5

// BartConfig is config.json of model_type "bart" (BartConfig) or "mbart"
// (MBartConfig: pre-norm, other defaults). Absent fields take
// transformers' defaults. A parsed BartConfig has positive sizes, d_model
// divisible by both head counts, a known activation and
// decoder_start_token_id in the vocabulary.
type BartConfig struct {
	Base
	DModel         int    `json:"d_model"`                 // C, both stacks
	EncoderLayers  int    `json:"encoder_layers"`          // encoder layers
	DecoderLayers  int    `json:"decoder_layers"`          // decoder layers
	EncoderHeads   int    `json:"encoder_attention_heads"` // encoder heads
	DecoderHeads   int    `json:"decoder_attention_heads"` // decoder heads (self and cross)
	EncoderFFN     int    `json:"encoder_ffn_dim"`         // encoder fc1 width
	DecoderFFN     int    `json:"decoder_ffn_dim"`         // decoder fc1 width
	MaxPositions   int    `json:"max_position_embeddings"` // positions per stack (the table has 2 more rows)
	Activation     string `json:"activation_function"`     // ACT2FN name of the MLPs
	ScaleEmbedding bool   `json:"scale_embedding"`         // token embeddings times sqrt(d_model)
	// DecoderStartToken is decoder_start_token_id.
	DecoderStartToken int `json:"decoder_start_token_id"`
	// ForcedBOS and ForcedEOS are forced_bos_token_id and
	// forced_eos_token_id, generation defaults transformers takes from
	// config.json when the model has no generation_config.json (-1: none).
	ForcedBOS *int `json:"forced_bos_token_id"`
	ForcedEOS *int `json:"forced_eos_token_id"`

	// PreNorm is mBART's layout (LayerNorm before each sublayer, a final
	// layer_norm per stack), set by the model_type.
	PreNorm bool `json:"-"`
}

// Common implements Config.
func (c *BartConfig) Common() *Base { return &c.Base }

// GenerationDefaults implements GenerationDefaulter: forced_bos_token_id
// and forced_eos_token_id (-1 / nil when absent).
func (c *BartConfig) GenerationDefaults() (forcedBOS int, forcedEOS []int) {
	forcedBOS = -1
	if c.ForcedBOS != nil {
		forcedBOS = *c.ForcedBOS
	}
	if c.ForcedEOS != nil {
		forcedEOS = []int{*c.ForcedEOS}
	}
	return forcedBOS, forcedEOS
}

// parseBartConfig decodes and checks a BART or mBART config.json; errors
// name file and the field.
func parseBartConfig(data []byte, file, modelType string) (*BartConfig, error) {
	c := &BartConfig{DModel: 1024, EncoderLayers: 12, DecoderLayers: 12, EncoderHeads: 16, DecoderHeads: 16,
		EncoderFFN: 4096, DecoderFFN: 4096, MaxPositions: 1024, Activation: "gelu", DecoderStartToken: 2}
	c.VocabSize = 50265
	pad, bos, eos := 1, 0, 2
	forcedEOS := 2
	c.PreNorm = modelType == "mbart"
	if _, err := decodeConfig(data, file, c, &c.Base); err != nil {
		return nil, err
	}
	if !c.HasField("pad_token_id") {
		c.PadTokenID = &pad
	}
	if !c.HasField("bos_token_id") {
		c.BosTokenID = IntList{bos}
	}
	if !c.HasField("eos_token_id") {
		c.EosTokenID = IntList{eos}
	}
	if !c.HasField("forced_eos_token_id") {
		c.ForcedEOS = &forcedEOS
	}
	if err := checkPositive(file, intField{"d_model", c.DModel}, intField{"encoder_layers", c.EncoderLayers},
		intField{"decoder_layers", c.DecoderLayers}, intField{"encoder_attention_heads", c.EncoderHeads},
		intField{"decoder_attention_heads", c.DecoderHeads}, intField{"encoder_ffn_dim", c.EncoderFFN},
		intField{"decoder_ffn_dim", c.DecoderFFN}, intField{"max_position_embeddings", c.MaxPositions},
		intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, err
	}
	for _, h := range []intField{{"encoder_attention_heads", c.EncoderHeads}, {"decoder_attention_heads", c.DecoderHeads}} {
		if c.DModel%h.v != 0 {
			return nil, fmt.Errorf("%s: field d_model %d is not a multiple of %s %d", file, c.DModel, h.name, h.v)
		}
	}
	if _, err := nn.Activation(c.Activation); err != nil {
		return nil, fmt.Errorf("%s: field activation_function: %w", file, err)
	}
	if c.DecoderStartToken < 0 || c.DecoderStartToken >= c.VocabSize {
		return nil, fmt.Errorf("%s: field decoder_start_token_id %d is outside the vocabulary [0, %d)", file, c.DecoderStartToken, c.VocabSize)
	}
	for _, f := range []struct {
		name string
		v    *int
	}{{"forced_bos_token_id", c.ForcedBOS}, {"forced_eos_token_id", c.ForcedEOS}} {
		if f.v != nil && (*f.v < 0 || *f.v >= c.VocabSize) {
			return nil, fmt.Errorf("%s: field %s %d is outside the vocabulary [0, %d)", file, f.name, *f.v, c.VocabSize)
		}
	}
	return c, nil
}

// PositionTable implements PositionLimited: the decoder's embed_positions
// covers max_position_embeddings positions.
func (c *BartConfig) PositionTable() PositionTable {
	return PositionTable{Field: "max_position_embeddings", Max: c.MaxPositions, Learned: true}
}

// WeightDims implements WeightDimensioned for BART.
func (c *BartConfig) WeightDims() ([]WeightDim, []LayerCount) {
	p := func(n string) []string { return withPrefix("model.", n) }
	return []WeightDim{
			{p("shared.weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
			{p("shared.weight"), 1, "d_model", []string{"d_model"}, c.DModel},
			{p("encoder.embed_positions.weight"), 0, "max_position_embeddings + 2", []string{"max_position_embeddings"}, c.MaxPositions + bartPositionOffset},
			{p("encoder.layers.0.fc1.weight"), 0, "encoder_ffn_dim", []string{"encoder_ffn_dim"}, c.EncoderFFN},
			{p("decoder.layers.0.fc1.weight"), 0, "decoder_ffn_dim", []string{"decoder_ffn_dim"}, c.DecoderFFN},
		}, []LayerCount{
			{"encoder_layers", c.EncoderLayers, p("encoder.layers.%d.fc1.weight")},
			{"decoder_layers", c.DecoderLayers, p("decoder.layers.%d.fc1.weight")},
		}
}

// bart is BartForConditionalGeneration or BartModel (and the MBart ones).
type bart struct {
	cfg  *BartConfig
	arch string
	task Task
}

func newBart(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		bc, ok := c.(*BartConfig)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.BartConfig", arch, c)
		}
		return &bart{cfg: bc, arch: arch, task: task}, nil
	}
}

func (m *bart) Arch() string   { return m.arch }
func (m *bart) Config() Config { return m.cfg }
func (m *bart) Task() Task     { return m.task }

// CacheLayout implements Decoder: the decoder's self-attention cache.
func (m *bart) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.DecoderLayers, m.cfg.DecoderHeads, m.cfg.DModel / m.cfg.DecoderHeads
}

// EncoderInput implements EncoderDecoder: token ids of Spec.Source.
func (m *bart) EncoderInput() (string, []int) { return InputEncoderIDs, nil }

// EncoderLength implements EncoderDecoder: 0, the length is Spec.Source.
func (m *bart) EncoderLength() int { return 0 }

// MaxSource implements TextEncoderDecoder: the encoder's position table.
func (m *bart) MaxSource() int { return m.cfg.MaxPositions }

// DecoderStartTokenID implements EncoderDecoder.
func (m *bart) DecoderStartTokenID() int { return m.cfg.DecoderStartToken }

// WeightAliases: the stacks' embed_tokens and the LM head are the shared
// table, which checkpoints store under any of these names.
func (m *bart) WeightAliases() map[string][]string {
	return map[string][]string{"model.shared.weight": {"model.encoder.embed_tokens.weight", "model.decoder.embed_tokens.weight", "lm_head.weight"}}
}

func (m *bart) layers(encoder bool) seq2seqLayers {
	c := m.cfg
	act, _ := nn.Activation(c.Activation) // checked by the parser
	l := seq2seqLayers{Hidden: c.DModel, Heads: c.DecoderHeads, FFN: c.DecoderFFN, Eps: bartLayerNormEps, Act: act, PreNorm: c.PreNorm, KBias: true}
	if encoder {
		l.Heads, l.FFN = c.EncoderHeads, c.EncoderFFN
	}
	return l
}

// Build emits the stage spec asks for. Shapes: B batch, S encoder tokens
// (Source), T decoder tokens, K keys (Seq or Cache), C d_model, H decoder
// heads, D head dim, V vocab.
func (m *bart) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	switch {
	case spec.Labels || spec.Dropout:
		return fmt.Errorf("%s: training programs (labels, dropout) are not supported yet", m.arch)
	case spec.HiddenStates:
		return fmt.Errorf("%s: hidden-states outputs are not supported yet", m.arch)
	case spec.Source < 1 || spec.Source > c.MaxPositions:
		return fmt.Errorf("%s: spec %s needs Source in [1, %d] (config.json max_position_embeddings)", m.arch, spec, c.MaxPositions)
	}
	if spec.Stage != StageEncoder {
		if _, err := CheckPositions(c, spec.Seq); err != nil {
			return fmt.Errorf("%s: %w", m.arch, err)
		}
	}
	root := nn.NewScope(g, dt)
	s := root.Sub("model")
	shared := s.Sub("shared").Param("weight", c.VocabSize, c.DModel)                 // (V, C)
	encMask := g.Param(InputEncoderAttentionMask, ir.Int64, spec.Batch, spec.Source) // (B, S)
	dl := m.layers(false)
	var outs []frontend.Output
	var cross []KV
	switch spec.Stage {
	case StageFull, StageEncoder:
		ids := g.Param(InputEncoderIDs, ir.Int64, spec.Batch, spec.Source) // (B, S)
		enc := m.encoder(s.Sub("encoder"), shared, ids, encMask)           // (B, S, C)
		outs = append(outs, frontend.Out(OutputEncoderLastHidden, enc))
		for i := 0; i < c.DecoderLayers; i++ {
			cross = append(cross, dl.crossKV(s.Sub("decoder").Sub("layers").Index(i), enc)) // (B, H, S, D)
		}
		if spec.Stage == StageEncoder {
			g.Return(append(outs, crossOutputs(cross)...)...)
			return nil
		}
	case StageDecoder:
		cross = declareCross(g, spec.Batch, c.DecoderLayers, dl.Heads, spec.Source, dl.headDim(), dt)
	}
	h, presents := m.decoder(g, s.Sub("decoder"), spec, dt, shared, cross, encMask) // (B, T, C)
	outs = append([]frontend.Output{frontend.Out(OutputLastHidden, h)}, outs...)
	if m.task == TaskSeq2SeqLM {
		bias := root.Param("final_logits_bias", 1, c.VocabSize) // (1, V)
		logits := h.MatMulT(shared).Add(bias)                   // (B, T, V)
		outs = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, outs...)
	}
	g.Return(append(outs, presents...)...)
	return nil
}

// embed is BartScaledWordEmbedding plus the learned positions pos (N) i64
// (before the offset) and layernorm_embedding: (B, N, C).
func (m *bart) embed(s *nn.Scope, shared, ids, pos *frontend.Tensor) *frontend.Tensor {
	c := m.cfg
	h := shared.Take(ids, 0) // (B, N, C)
	if c.ScaleEmbedding {
		h = h.MulScalar(math.Sqrt(float64(c.DModel)))
	}
	table := s.Sub("embed_positions").Param("weight", c.MaxPositions+bartPositionOffset, c.DModel)
	off := pos.Graph().ConstScalarInt(ir.Int64, bartPositionOffset).BroadcastTo(pos.Shape()...)
	h = h.Add(table.Take(pos.Add(off), 0)) // (B, N, C); pos (N) broadcasts over B
	return m.layers(true).norm(s.Sub("layernorm_embedding")).Forward(h)
}

// encoder maps ids (B, S) under mask (B, S) to the encoder output (B, S, C).
func (m *bart) encoder(s *nn.Scope, shared, ids, mask *frontend.Tensor) *frontend.Tensor {
	c := m.cfg
	h := m.embed(s, shared, ids, ids.Graph().Arange(ir.Int64, ids.Dim(1)))
	el := m.layers(true)
	for i := 0; i < c.EncoderLayers; i++ {
		h = el.encoderLayer(s.Sub("layers").Index(i), h, mask)
	}
	if c.PreNorm {
		h = el.norm(s.Sub("layer_norm")).Forward(h)
	}
	return h
}

// decoder runs the decoder stack over spec's decoder inputs and the
// cross-attention keys and values (encMask (B, S) marks the encoder's
// tokens): the final hidden state (B, T, C) and, with a cache, the
// present outputs. Positions are the cache slots (cache_position + i),
// else 0..T-1, for every row, as BartLearnedPositionalEmbedding counts
// them (past length + arange): position_ids is not read.
func (m *bart) decoder(g *frontend.Graph, s *nn.Scope, spec Spec, dt ir.DType, shared *frontend.Tensor, cross []KV, encMask *frontend.Tensor) (*frontend.Tensor, []frontend.Output) {
	c := m.cfg
	dl := m.layers(false)
	in := DeclareDecoderInputs(g, spec, c.DecoderLayers, dl.Heads, dl.headDim(), dt)
	qpos := QueryPositions(in, spec.Seq) // (T) or nil
	pos := qpos
	if pos == nil {
		pos = g.Arange(ir.Int64, spec.Seq)
	}
	h := m.embed(s, shared, in.IDs, pos) // (B, T, C)
	var presents []frontend.Output
	for i := 0; i < c.DecoderLayers; i++ {
		var past *KV
		if in.Past != nil {
			past = &in.Past[i]
		}
		var present KV
		h, present = dl.decoderLayer(s.Sub("layers").Index(i), h, in, qpos, past, cross[i], encMask)
		if past != nil {
			presents = append(presents, frontend.Out(PresentKey(i), present.Key), frontend.Out(PresentValue(i), present.Value))
		}
	}
	if c.PreNorm {
		h = dl.norm(s.Sub("layer_norm")).Forward(h)
	}
	return h, presents
}
