package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// Whisper: an encoder over log-mel features (two Conv1d + GELU, the
// second with stride 2, then the stored sinusoidal embed_positions) and a
// decoder (token + learned positions, causal self-attention,
// cross-attention over the encoder output), both pre-norm BART-style
// layers (encdec.go) with a final LayerNorm; proj_out is tied to the
// decoder's embed_tokens. Programs come in three stages (Spec.Stage): the
// whole model, the encoder with every decoder layer's cross-attention
// keys and values, and the decoder over those (with a self-attention KV
// cache when generating).
func init() {
	mustRegister(Family{
		ModelType: "whisper",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseWhisperConfig(data, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"WhisperForConditionalGeneration": newWhisper("WhisperForConditionalGeneration", TaskSeq2SeqLM),
			"WhisperModel":                    newWhisper("WhisperModel", TaskBase),
		},
		DefaultArch: "WhisperForConditionalGeneration",
	})
}

// whisperLayerNormEps is the epsilon of every Whisper LayerNorm (torch's
// default; WhisperConfig has no field for it).
const whisperLayerNormEps = 1e-5

// WhisperConfig is config.json of model_type "whisper" (transformers'
// WhisperConfig). Absent fields take transformers' defaults (whisper-tiny's
// shapes). A parsed WhisperConfig has positive sizes, d_model divisible by
// both head counts, a known activation and decoder_start_token_id in the
// vocabulary.
type WhisperConfig struct {
	Base
	DModel             int    `json:"d_model"`                 // C, both stacks
	EncoderLayers      int    `json:"encoder_layers"`          // encoder layers
	DecoderLayers      int    `json:"decoder_layers"`          // decoder layers
	EncoderHeads       int    `json:"encoder_attention_heads"` // encoder heads
	DecoderHeads       int    `json:"decoder_attention_heads"` // decoder heads (self and cross)
	EncoderFFN         int    `json:"encoder_ffn_dim"`         // encoder fc1 width
	DecoderFFN         int    `json:"decoder_ffn_dim"`         // decoder fc1 width
	NumMelBins         int    `json:"num_mel_bins"`            // input_features channels (80, or 128 for large-v3)
	MaxSourcePositions int    `json:"max_source_positions"`    // encoder positions: input frames / 2
	MaxTargetPositions int    `json:"max_target_positions"`    // rows of the decoder's learned position table
	Activation         string `json:"activation_function"`     // ACT2FN name of the MLPs (gelu)
	// DecoderStartToken is decoder_start_token_id (<|startoftranscript|>).
	DecoderStartToken int `json:"decoder_start_token_id"`
	// ScaleEmbedding is read but, as in transformers' Whisper, changes
	// nothing: WhisperEncoder defines embed_scale and never applies it,
	// the decoder has none.
	ScaleEmbedding bool `json:"scale_embedding"`
}

// Common implements Config.
func (c *WhisperConfig) Common() *Base { return &c.Base }

// InputFrames is the number of mel frames the encoder takes:
// conv2's stride 2 times max_source_positions (3000, 30 s at 10 ms).
func (c *WhisperConfig) InputFrames() int { return 2 * c.MaxSourcePositions }

// parseWhisperConfig decodes and checks a Whisper config.json; errors name
// file and the field.
func parseWhisperConfig(data []byte, file string) (*WhisperConfig, error) {
	c := &WhisperConfig{
		DModel: 384, EncoderLayers: 4, DecoderLayers: 4, EncoderHeads: 6, DecoderHeads: 6,
		EncoderFFN: 1536, DecoderFFN: 1536, NumMelBins: 80, MaxSourcePositions: 1500, MaxTargetPositions: 448,
		Activation: "gelu", DecoderStartToken: 50257,
	}
	c.VocabSize = 51865
	if _, err := decodeConfig(data, file, c, &c.Base); err != nil {
		return nil, err
	}
	pad, bos, eos := 50256, 50256, 50256 // WhisperConfig's defaults
	if !c.HasField("pad_token_id") {
		c.PadTokenID = &pad
	}
	if !c.HasField("bos_token_id") {
		c.BosTokenID = IntList{bos}
	}
	if !c.HasField("eos_token_id") {
		c.EosTokenID = IntList{eos}
	}
	if err := checkPositive(file, intField{"d_model", c.DModel}, intField{"encoder_layers", c.EncoderLayers},
		intField{"decoder_layers", c.DecoderLayers}, intField{"encoder_attention_heads", c.EncoderHeads},
		intField{"decoder_attention_heads", c.DecoderHeads}, intField{"encoder_ffn_dim", c.EncoderFFN},
		intField{"decoder_ffn_dim", c.DecoderFFN}, intField{"num_mel_bins", c.NumMelBins},
		intField{"max_source_positions", c.MaxSourcePositions}, intField{"max_target_positions", c.MaxTargetPositions},
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
	return c, nil
}

// PositionTable implements PositionLimited: the decoder's embed_positions
// has max_target_positions rows (transformers refuses longer generations).
func (c *WhisperConfig) PositionTable() PositionTable {
	return PositionTable{Field: "max_target_positions", Max: c.MaxTargetPositions, Learned: true}
}

// WeightDims implements WeightDimensioned for Whisper.
func (c *WhisperConfig) WeightDims() ([]WeightDim, []LayerCount) {
	p := func(n string) []string { return withPrefix("model.", n) }
	return []WeightDim{
			{p("decoder.embed_tokens.weight"), 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
			{p("decoder.embed_tokens.weight"), 1, "d_model", []string{"d_model"}, c.DModel},
			{p("decoder.embed_positions.weight"), 0, "max_target_positions", []string{"max_target_positions"}, c.MaxTargetPositions},
			{p("encoder.embed_positions.weight"), 0, "max_source_positions", []string{"max_source_positions"}, c.MaxSourcePositions},
			{p("encoder.conv1.weight"), 1, "num_mel_bins", []string{"num_mel_bins"}, c.NumMelBins},
			{p("encoder.layers.0.fc1.weight"), 0, "encoder_ffn_dim", []string{"encoder_ffn_dim"}, c.EncoderFFN},
			{p("decoder.layers.0.fc1.weight"), 0, "decoder_ffn_dim", []string{"decoder_ffn_dim"}, c.DecoderFFN},
		}, []LayerCount{
			{"encoder_layers", c.EncoderLayers, p("encoder.layers.%d.fc1.weight")},
			{"decoder_layers", c.DecoderLayers, p("decoder.layers.%d.fc1.weight")},
		}
}

// whisper is WhisperModel or WhisperForConditionalGeneration.
type whisper struct {
	cfg  *WhisperConfig
	arch string
	task Task
}

func newWhisper(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		wc, ok := c.(*WhisperConfig)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.WhisperConfig", arch, c)
		}
		return &whisper{cfg: wc, arch: arch, task: task}, nil
	}
}

func (m *whisper) Arch() string   { return m.arch }
func (m *whisper) Config() Config { return m.cfg }
func (m *whisper) Task() Task     { return m.task }

// CacheLayout implements Decoder: the decoder's self-attention cache.
func (m *whisper) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.DecoderLayers, m.cfg.DecoderHeads, m.cfg.DModel / m.cfg.DecoderHeads
}

// EncoderInput implements EncoderDecoder: input_features (mel, frames).
func (m *whisper) EncoderInput() (string, []int) {
	return InputFeatures, []int{m.cfg.NumMelBins, m.cfg.InputFrames()}
}

// EncoderLength implements EncoderDecoder.
func (m *whisper) EncoderLength() int { return m.cfg.MaxSourcePositions }

// DecoderStartTokenID implements EncoderDecoder.
func (m *whisper) DecoderStartTokenID() int { return m.cfg.DecoderStartToken }

// WeightAliases: proj_out is the decoder's token embedding (tied).
func (m *whisper) WeightAliases() map[string][]string {
	if m.cfg.Tied() {
		return map[string][]string{"proj_out.weight": {"model.decoder.embed_tokens.weight"}}
	}
	return nil
}

func (m *whisper) layers(encoder bool) seq2seqLayers {
	c := m.cfg
	act, _ := nn.Activation(c.Activation) // checked by the parser
	l := seq2seqLayers{Hidden: c.DModel, Heads: c.DecoderHeads, FFN: c.DecoderFFN, Eps: whisperLayerNormEps, Act: act, PreNorm: true}
	if encoder {
		l.Heads, l.FFN = c.EncoderHeads, c.EncoderFFN
	}
	return l
}

// Build emits the stage spec asks for. Shapes: B batch, M mel bins, F
// frames (2 S), S encoder positions, T decoder tokens, K keys (Seq or
// Cache), C d_model, H decoder heads, D head dim, V vocab.
func (m *whisper) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	if spec.Labels || spec.Dropout {
		return fmt.Errorf("%s: training programs (labels, dropout) are not supported yet", m.arch)
	}
	c := m.cfg
	if spec.Stage != StageEncoder {
		// This call's tokens must fit the learned position table; a cache
		// may be longer (its capacity is a bucket), positions come from
		// position_ids.
		if _, err := CheckPositions(c, spec.Seq); err != nil {
			return fmt.Errorf("%s: %w", m.arch, err)
		}
	}
	root := nn.NewScope(g, dt)
	s := root.Sub("model")
	dl := m.layers(false)
	var outs []frontend.Output
	var cross []KV
	switch spec.Stage {
	case StageFull, StageEncoder:
		feats := g.Param(InputFeatures, dt, spec.Batch, c.NumMelBins, c.InputFrames()) // (B, M, F)
		enc := m.encoder(s.Sub("encoder"), feats)                                      // (B, S, C)
		outs = append(outs, frontend.Out(OutputEncoderLastHidden, enc))
		for i := 0; i < c.DecoderLayers; i++ {
			cross = append(cross, dl.crossKV(s.Sub("decoder").Sub("layers").Index(i), enc)) // (B, H, S, D)
		}
		if spec.Stage == StageEncoder {
			g.Return(append(outs, crossOutputs(cross)...)...)
			return nil
		}
	case StageDecoder:
		cross = declareCross(g, spec.Batch, c.DecoderLayers, dl.Heads, c.MaxSourcePositions, dl.headDim(), dt)
	}
	dec, presents := m.decoder(g, s.Sub("decoder"), spec, dt, cross)
	h := dec[0]
	outs = append([]frontend.Output{frontend.Out(OutputLastHidden, h)}, outs...)
	if m.task == TaskSeq2SeqLM {
		var logits *frontend.Tensor
		if c.Tied() {
			logits = h.MatMulT(dec[1]) // (B, T, V): proj_out is embed_tokens
		} else {
			logits = nn.NewLinear(root.Sub("proj_out"), c.DModel, c.VocabSize, false).Forward(h)
		}
		outs = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, outs...)
	}
	g.Return(append(outs, presents...)...)
	return nil
}

// encoder maps input_features (B, M, F) to the encoder output (B, S, C).
// transformers refuses features of another length than F = 2 S; here the
// program's input has that shape, so a caller cannot pass others.
func (m *whisper) encoder(s *nn.Scope, feats *frontend.Tensor) *frontend.Tensor {
	c := m.cfg
	gelu, _ := nn.Activation("gelu")
	x := feats.SwapAxes(1, 2)                                                  // (B, F, M)
	x = gelu(conv1dIm2col(s.Sub("conv1"), x, c.NumMelBins, c.DModel, 3, 1, 1)) // (B, F, C)
	x = gelu(conv1dIm2col(s.Sub("conv2"), x, c.DModel, c.DModel, 3, 2, 1))     // (B, S, C)
	pos := s.Sub("embed_positions").Param("weight", c.MaxSourcePositions, c.DModel)
	h := x.Add(pos) // (B, S, C): the stored sinusoids, broadcast over B
	el := m.layers(true)
	for i := 0; i < c.EncoderLayers; i++ {
		h = el.encoderLayer(s.Sub("layers").Index(i), h, nil)
	}
	return el.norm(s.Sub("layer_norm")).Forward(h)
}

// decoder runs the decoder stack over the decoder inputs of spec and the
// cross-attention keys and values; it returns the final hidden state (B,
// T, C) with the token embedding table (for the tied head) and, with a
// cache, the present outputs.
func (m *whisper) decoder(g *frontend.Graph, s *nn.Scope, spec Spec, dt ir.DType, cross []KV) ([2]*frontend.Tensor, []frontend.Output) {
	c := m.cfg
	dl := m.layers(false)
	in := DeclareDecoderInputs(g, spec, c.DecoderLayers, dl.Heads, dl.headDim(), dt)
	embed := nn.NewEmbedding(s.Sub("embed_tokens"), c.VocabSize, c.DModel)
	positions := nn.NewEmbedding(s.Sub("embed_positions"), c.MaxTargetPositions, c.DModel)
	h := embed.Forward(in.IDs).Add(positions.Forward(in.Positions)) // (B, T, C)
	qpos := QueryPositions(in, spec.Seq)                            // (T) or nil
	var presents []frontend.Output
	for i := 0; i < c.DecoderLayers; i++ {
		var past *KV
		if in.Past != nil {
			past = &in.Past[i]
		}
		var present KV
		h, present = dl.decoderLayer(s.Sub("layers").Index(i), h, in, qpos, past, cross[i], nil)
		if past != nil {
			presents = append(presents, frontend.Out(PresentKey(i), present.Key), frontend.Out(PresentValue(i), present.Value))
		}
	}
	h = dl.norm(s.Sub("layer_norm")).Forward(h) // (B, T, C)
	return [2]*frontend.Tensor{h, embed.Weight}, presents
}
