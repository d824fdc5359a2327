package models

import (
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// T5 (transformers' modeling_t5.py): an encoder and a decoder of pre-norm
// blocks with T5LayerNorm (RMS, no mean, no bias), bias-free projections,
// unscaled attention with a learned relative position bias (T5's
// logarithmic buckets, bidirectional in the encoder, causal in the
// decoder; computed by the first block of each stack and shared by all of
// its blocks), and a ReLU (v1.0) or gated (v1.1, "gated-gelu") MLP. The
// token table "shared" feeds both stacks; the LM head is that table
// (tie_word_embeddings) or lm_head, after the decoder output is scaled by
// d_model^-0.5 when scale_decoder_outputs (older configs: when tied).
//
// As for Whisper, programs come in three stages (Spec.Stage): the whole
// model, the encoder with every decoder layer's cross-attention keys and
// values, and the decoder over those. The encoder reads
// InputEncoderIDs of Spec.Source tokens under InputEncoderAttentionMask.
func init() {
	for _, mt := range []string{"t5", "mt5"} {
		prefix := strings.ToUpper(mt[:len(mt)-1]) + "5" // T5, MT5
		mustRegister(Family{
			ModelType: mt,
			ParseConfig: func(data []byte, file string) (Config, error) {
				return parseT5Config(data, file, mt)
			},
			Architectures: map[string]func(Config) (Model, error){
				prefix + "ForConditionalGeneration": newT5(prefix+"ForConditionalGeneration", TaskSeq2SeqLM),
				prefix + "Model":                    newT5(prefix+"Model", TaskBase),
				prefix + "EncoderModel":             newT5Encoder(prefix + "EncoderModel"),
			},
			DefaultArch: prefix + "ForConditionalGeneration",
		})
	}
}

// T5Config is config.json of model_type "t5" (transformers' T5Config) or
// "mt5" (MT5Config: other defaults, the same model). Absent fields take
// transformers' defaults. A parsed T5Config has positive sizes, a
// feed_forward_proj transformers accepts (DenseAct and GatedAct derived
// from it as T5Config does), DecoderLayers resolved and
// decoder_start_token_id in the vocabulary.
type T5Config struct {
	Base
	DModel              int      `json:"d_model"`                         // C
	DKV                 int      `json:"d_kv"`                            // D, per head (H*D need not be C)
	DFF                 int      `json:"d_ff"`                            // MLP width
	NumLayers           int      `json:"num_layers"`                      // encoder blocks
	NumDecoderLayers    *int     `json:"num_decoder_layers"`              // decoder blocks (null: num_layers)
	NumHeads            int      `json:"num_heads"`                       // H
	RelativeBuckets     int      `json:"relative_attention_num_buckets"`  // rows of relative_attention_bias
	RelativeMaxDistance int      `json:"relative_attention_max_distance"` // distance of the last bucket
	LayerNormEps        float64  `json:"layer_norm_epsilon"`              // T5LayerNorm epsilon
	FeedForwardProj     string   `json:"feed_forward_proj"`               // "relu", "gated-gelu", "gated-silu", ...
	DecoderStartTokenID *int     `json:"decoder_start_token_id"`          // null: pad_token_id
	ScaleDecoderOutputs *bool    `json:"scale_decoder_outputs"`           // null: tie_word_embeddings
	DropoutRate         *float64 `json:"dropout_rate"`                    // read; inference only

	// Derived by the parser.
	DecoderLayers int    `json:"-"` // num_decoder_layers, or num_layers
	DenseAct      string `json:"-"` // ACT2FN name of the MLP ("gelu_new" for "gated-gelu")
	GatedAct      bool   `json:"-"` // DenseGatedActDense (wi_0, wi_1) instead of DenseReluDense (wi)
	StartToken    int    `json:"-"` // decoder_start_token_id resolved
}

// Common implements Config.
func (c *T5Config) Common() *Base { return &c.Base }

// ScalesDecoderOutput reports whether the decoder output is multiplied by
// d_model^-0.5 before the LM head: config.json's scale_decoder_outputs
// (transformers 5 writes it), else tie_word_embeddings as transformers 4
// decided.
func (c *T5Config) ScalesDecoderOutput() bool {
	if c.ScaleDecoderOutputs != nil {
		return *c.ScaleDecoderOutputs
	}
	return c.Tied()
}

// parseT5Config decodes and checks a T5/mT5 config.json; errors name file
// and the field.
func parseT5Config(data []byte, file, modelType string) (*T5Config, error) {
	c := &T5Config{DModel: 512, DKV: 64, DFF: 2048, NumLayers: 6, NumHeads: 8, RelativeBuckets: 32,
		RelativeMaxDistance: 128, LayerNormEps: 1e-6, FeedForwardProj: "relu"}
	c.VocabSize = 32128
	if modelType == "mt5" {
		c.VocabSize, c.DFF, c.NumLayers, c.NumHeads, c.FeedForwardProj = 250112, 1024, 8, 6, "gated-gelu"
	}
	if _, err := decodeConfig(data, file, c, &c.Base); err != nil {
		return nil, err
	}
	pad, eos := 0, 1
	if !c.HasField("pad_token_id") {
		c.PadTokenID = &pad
	}
	if !c.HasField("eos_token_id") {
		c.EosTokenID = IntList{eos}
	}
	if modelType == "mt5" && !c.HasField("tie_word_embeddings") {
		f := false
		c.TieWordEmbeddings = &f
	}
	c.DecoderLayers = c.NumLayers
	if c.NumDecoderLayers != nil {
		c.DecoderLayers = *c.NumDecoderLayers
	}
	if err := checkPositive(file, intField{"d_model", c.DModel}, intField{"d_kv", c.DKV}, intField{"d_ff", c.DFF},
		intField{"num_layers", c.NumLayers}, intField{"num_decoder_layers", c.DecoderLayers}, intField{"num_heads", c.NumHeads},
		intField{"relative_attention_num_buckets", c.RelativeBuckets}, intField{"relative_attention_max_distance", c.RelativeMaxDistance},
		intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, err
	}
	if c.RelativeBuckets < 4 {
		// Bidirectional buckets halve the count, and each half needs an
		// exact range and a logarithmic one.
		return nil, fmt.Errorf("%s: field relative_attention_num_buckets must be at least 4, got %d", file, c.RelativeBuckets)
	}
	if !(c.LayerNormEps >= 0) || math.IsInf(c.LayerNormEps, 0) {
		return nil, fmt.Errorf("%s: field layer_norm_epsilon must be a finite number >= 0, got %v", file, c.LayerNormEps)
	}
	// transformers' T5Config: "gated-ACT" or "ACT"; anything else with a
	// dash is an error. "gated-gelu" means gelu_new (the tanh GELU).
	parts := strings.Split(c.FeedForwardProj, "-")
	if len(parts) > 2 || len(parts) == 2 && parts[0] != "gated" {
		return nil, fmt.Errorf("%s: field feed_forward_proj %q is not an activation or \"gated-{ACT}\"", file, c.FeedForwardProj)
	}
	c.DenseAct, c.GatedAct = parts[len(parts)-1], parts[0] == "gated"
	if c.FeedForwardProj == "gated-gelu" {
		c.DenseAct = "gelu_new"
	}
	if _, err := nn.Activation(c.DenseAct); err != nil {
		return nil, fmt.Errorf("%s: field feed_forward_proj %q: %w", file, c.FeedForwardProj, err)
	}
	c.StartToken = c.Pad(0)
	if c.DecoderStartTokenID != nil {
		c.StartToken = *c.DecoderStartTokenID
	}
	if c.StartToken < 0 || c.StartToken >= c.VocabSize {
		return nil, fmt.Errorf("%s: field decoder_start_token_id %d is outside the vocabulary [0, %d)", file, c.StartToken, c.VocabSize)
	}
	return c, nil
}

// WeightDims implements WeightDimensioned for T5.
func (c *T5Config) WeightDims() ([]WeightDim, []LayerCount) {
	inner := c.NumHeads * c.DKV
	wi := "DenseReluDense.wi.weight"
	if c.GatedAct {
		wi = "DenseReluDense.wi_0.weight"
	}
	return []WeightDim{
			{[]string{"shared.weight", "encoder.embed_tokens.weight"}, 0, "vocab_size", []string{"vocab_size"}, c.VocabSize},
			{[]string{"shared.weight", "encoder.embed_tokens.weight"}, 1, "d_model", []string{"d_model"}, c.DModel},
			{[]string{"encoder.block.0.layer.0.SelfAttention.q.weight"}, 0, "num_heads * d_kv", []string{"num_heads", "d_kv"}, inner},
			{[]string{"encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"}, 0, "relative_attention_num_buckets", []string{"relative_attention_num_buckets"}, c.RelativeBuckets},
			{[]string{"encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"}, 1, "num_heads", []string{"num_heads"}, c.NumHeads},
			{[]string{"encoder.block.0.layer.1." + wi}, 0, "d_ff", []string{"d_ff", "feed_forward_proj"}, c.DFF},
		}, []LayerCount{
			{"num_layers", c.NumLayers, []string{"encoder.block.%d.layer.0.SelfAttention.q.weight"}},
			{"num_decoder_layers", c.DecoderLayers, []string{"decoder.block.%d.layer.0.SelfAttention.q.weight"}},
		}
}

// t5 is T5ForConditionalGeneration or T5Model (and their MT5 names).
type t5 struct {
	cfg  *T5Config
	arch string
	task Task
}

func newT5(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		tc, ok := c.(*T5Config)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.T5Config", arch, c)
		}
		return &t5{cfg: tc, arch: arch, task: task}, nil
	}
}

func (m *t5) Arch() string   { return m.arch }
func (m *t5) Config() Config { return m.cfg }
func (m *t5) Task() Task     { return m.task }

// CacheLayout implements Decoder: the decoder's self-attention cache.
func (m *t5) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.DecoderLayers, m.cfg.NumHeads, m.cfg.DKV
}

// EncoderInput implements EncoderDecoder: token ids of Spec.Source.
func (m *t5) EncoderInput() (string, []int) { return InputEncoderIDs, nil }

// EncoderLength implements EncoderDecoder: 0, the length is Spec.Source.
func (m *t5) EncoderLength() int { return 0 }

// MaxSource implements TextEncoderDecoder: relative positions take any length.
func (m *t5) MaxSource() int { return 0 }

// DecoderStartTokenID implements EncoderDecoder.
func (m *t5) DecoderStartTokenID() int { return m.cfg.StartToken }

// WeightAliases: both stacks' embed_tokens are the shared table, which
// some checkpoints store under their names instead.
func (m *t5) WeightAliases() map[string][]string {
	return map[string][]string{"shared.weight": {"encoder.embed_tokens.weight", "decoder.embed_tokens.weight"}}
}

// Build emits the stage spec asks for. Shapes: B batch, S encoder tokens
// (Source), T decoder tokens, K decoder keys (Seq or Cache), C d_model, H
// heads, D d_kv, V vocab.
func (m *t5) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	if err := m.cfg.checkInference(m.arch, spec); err != nil {
		return err
	}
	c := m.cfg
	root := nn.NewScope(g, dt)
	shared := root.Sub("shared").Param("weight", c.VocabSize, c.DModel)              // (V, C)
	encMask := g.Param(InputEncoderAttentionMask, ir.Int64, spec.Batch, spec.Source) // (B, S)
	var outs []frontend.Output
	var cross []KV
	switch spec.Stage {
	case StageFull, StageEncoder:
		ids := g.Param(InputEncoderIDs, ir.Int64, spec.Batch, spec.Source) // (B, S)
		enc := c.encoder(root.Sub("encoder"), shared, ids, encMask)        // (B, S, C)
		outs = append(outs, frontend.Out(OutputEncoderLastHidden, enc))
		for i := 0; i < c.DecoderLayers; i++ {
			cross = append(cross, c.projectKV(t5Block(root.Sub("decoder"), i, 1).Sub("EncDecAttention"), enc)) // (B, H, S, D)
		}
		if spec.Stage == StageEncoder {
			g.Return(append(outs, crossOutputs(cross)...)...)
			return nil
		}
	case StageDecoder:
		cross = declareCross(g, spec.Batch, c.DecoderLayers, c.NumHeads, spec.Source, c.DKV, dt)
	}
	h, presents := c.decoder(g, root.Sub("decoder"), spec, dt, shared, cross, encMask) // (B, T, C)
	outs = append([]frontend.Output{frontend.Out(OutputLastHidden, h)}, outs...)
	if m.task == TaskSeq2SeqLM {
		x := h
		if c.ScalesDecoderOutput() {
			x = x.MulScalar(math.Pow(float64(c.DModel), -0.5))
		}
		var logits *frontend.Tensor
		if c.Tied() {
			logits = x.MatMulT(shared) // (B, T, V)
		} else {
			logits = nn.NewLinear(root.Sub("lm_head"), c.DModel, c.VocabSize, false).Forward(x)
		}
		outs = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, outs...)
	}
	g.Return(append(outs, presents...)...)
	return nil
}

// checkInference refuses what T5 programs do not implement yet.
func (c *T5Config) checkInference(arch string, spec Spec) error {
	switch {
	case spec.Labels || spec.Dropout:
		return fmt.Errorf("%s: training programs (labels, dropout) are not supported yet", arch)
	case spec.HiddenStates:
		return fmt.Errorf("%s: hidden-states outputs are not supported yet", arch)
	case spec.Source < 1:
		return fmt.Errorf("%s: spec %s needs Source >= 1, the encoder's tokens per row", arch, spec)
	}
	return nil
}

// t5Block is the scope of sublayer j of block i of a stack: in the
// encoder 0 is self-attention and 1 the MLP; in the decoder 0 is
// self-attention, 1 cross-attention and 2 the MLP.
func t5Block(stack *nn.Scope, i, j int) *nn.Scope {
	return stack.Sub("block").Index(i).Sub("layer").Index(j)
}

func (c *T5Config) norm(s *nn.Scope) *nn.RMSNorm { return nn.NewRMSNorm(s, c.DModel, c.LayerNormEps) }

// encoder maps ids (B, S) under mask (B, S) to the encoder output (B, S, C).
func (c *T5Config) encoder(s *nn.Scope, shared, ids, mask *frontend.Tensor) *frontend.Tensor {
	h := shared.Take(ids, 0) // (B, S, C)
	n := ids.Dim(1)
	g := ids.Graph()
	bias := c.positionBias(t5Block(s, 0, 0).Sub("SelfAttention"), true, g.Arange(ir.Int64, n), n) // (1, H, S, S)
	allowed := keyMask(mask)                                                                      // (B, 1, 1, S)
	for i := 0; i < c.NumLayers; i++ {
		attn, ff := t5Block(s, i, 0), t5Block(s, i, 1)
		x := c.norm(attn.Sub("layer_norm")).Forward(h)
		a := attn.Sub("SelfAttention")
		h = h.Add(c.attend(a, x, c.projectKV(a, x), bias, allowed))
		h = h.Add(c.feedForward(ff.Sub("DenseReluDense"), c.norm(ff.Sub("layer_norm")).Forward(h)))
	}
	return c.norm(s.Sub("final_layer_norm")).Forward(h)
}

// decoder runs the decoder stack over spec's decoder inputs and the
// cross-attention keys and values (encMask (B, S) marks the encoder's
// tokens): the final hidden state (B, T, C), before any output scaling,
// and with a cache the present outputs.
func (c *T5Config) decoder(g *frontend.Graph, s *nn.Scope, spec Spec, dt ir.DType, shared *frontend.Tensor, cross []KV, encMask *frontend.Tensor) (*frontend.Tensor, []frontend.Output) {
	in := DeclareDecoderInputs(g, spec, c.DecoderLayers, c.NumHeads, c.DKV, dt)
	t, k := spec.Seq, spec.Keys()
	h := shared.Take(in.IDs, 0) // (B, T, C)
	// Query positions: the cache slots (transformers' cache_position),
	// else k-t+i; every row shares them.
	qpos := QueryPositions(in, t)
	if qpos == nil {
		qpos = g.Arange(ir.Int64, t).Add(g.ConstScalarInt(ir.Int64, int64(k-t)))
	}
	bias := c.positionBias(t5Block(s, 0, 0).Sub("SelfAttention"), false, qpos, k) // (1, H, T, K)
	causal := g.Iota(ir.Int64, 1, t, k).Le(qpos.Reshape(t, 1).BroadcastTo(t, k)).Reshape(1, 1, t, k)
	allowed := causal // (1|B, 1, T, K)
	if in.Mask != nil {
		allowed = causal.BroadcastTo(spec.Batch, 1, t, k).And(keyMask(in.Mask).BroadcastTo(spec.Batch, 1, t, k))
	}
	crossAllowed := keyMask(encMask) // (B, 1, 1, S)
	var presents []frontend.Output
	for i := 0; i < c.DecoderLayers; i++ {
		self, ca, ff := t5Block(s, i, 0), t5Block(s, i, 1), t5Block(s, i, 2)
		x := c.norm(self.Sub("layer_norm")).Forward(h)
		a := self.Sub("SelfAttention")
		kv := c.projectKV(a, x) // (B, H, T, D)
		if in.Past != nil {
			kv = UpdateCache(in.Past[i], in.CachePos, kv.Key, kv.Value) // (B, H, K, D)
			presents = append(presents, frontend.Out(PresentKey(i), kv.Key), frontend.Out(PresentValue(i), kv.Value))
		}
		h = h.Add(c.attend(a, x, kv, bias, allowed))
		x = c.norm(ca.Sub("layer_norm")).Forward(h)
		h = h.Add(c.attend(ca.Sub("EncDecAttention"), x, cross[i], nil, crossAllowed))
		h = h.Add(c.feedForward(ff.Sub("DenseReluDense"), c.norm(ff.Sub("layer_norm")).Forward(h)))
	}
	return c.norm(s.Sub("final_layer_norm")).Forward(h), presents
}

// keyMask turns an attention mask (B, K), non-zero = attend, into the
// allowed keys (B, 1, 1, K) bool.
func keyMask(mask *frontend.Tensor) *frontend.Tensor {
	g := mask.Graph()
	return mask.Ne(g.ConstScalarInt(mask.DType(), 0).BroadcastTo(mask.Shape()...)).Reshape(mask.Dim(0), 1, 1, mask.Dim(1))
}

// projectKV is attention block s's keys and values of x (B, N, C): (B, H, N, D).
func (c *T5Config) projectKV(s *nn.Scope, x *frontend.Tensor) KV {
	inner := c.NumHeads * c.DKV
	k := nn.NewLinear(s.Sub("k"), c.DModel, inner, false).Forward(x)
	v := nn.NewLinear(s.Sub("v"), c.DModel, inner, false).Forward(x)
	return KV{Key: nn.SplitHeads(k, c.NumHeads), Value: nn.SplitHeads(v, c.NumHeads)}
}

// attend is T5Attention for queries from x (B, T, C) over kv (B, H, K, D):
// softmax(q k^T + bias) v with no 1/sqrt(D) scaling, keys outside allowed
// (bool, broadcasting to (B, H, T, K)) excluded, then o: (B, T, C). bias
// is the position bias (1, H, T, K), nil for cross-attention (whose bias
// transformers makes all zeros). Scores and the softmax are in float32
// for half dtypes, as transformers' softmax(scores.float()).
func (c *T5Config) attend(s *nn.Scope, x *frontend.Tensor, kv KV, bias, allowed *frontend.Tensor) *frontend.Tensor {
	inner := c.NumHeads * c.DKV
	dt := x.DType()
	acc := dt
	if dt == ir.Float16 || dt == ir.BFloat16 {
		acc = ir.Float32
	}
	q := nn.SplitHeads(nn.NewLinear(s.Sub("q"), c.DModel, inner, false).Forward(x), c.NumHeads) // (B, H, T, D)
	scores := q.DotGeneral(kv.Key, frontend.DotDims{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1},
		LhsContract: []int{3}, RhsContract: []int{3}, Out: acc}) // (B, H, T, K)
	if bias != nil {
		scores = scores.Add(bias.AsType(acc))
	}
	g := x.Graph()
	lowest := g.Full(acc, -lowestMagnitude(acc), scores.Shape()...)
	scores = frontend.Where(allowed.BroadcastTo(scores.Shape()...), scores, lowest)
	p := scores.Softmax(3).AsType(dt) // (B, H, T, K)
	o := p.DotGeneral(kv.Value, frontend.DotDims{LhsBatch: []int{0, 1}, RhsBatch: []int{0, 1},
		LhsContract: []int{3}, RhsContract: []int{2}, Out: acc}).AsType(dt) // (B, H, T, D)
	return nn.NewLinear(s.Sub("o"), inner, c.DModel, false).Forward(nn.MergeHeads(o))
}

// lowestMagnitude is the largest finite value of a float dtype: masked
// scores take its negative, as transformers' finfo(dtype).min.
func lowestMagnitude(dt ir.DType) float64 {
	switch dt {
	case ir.Float16:
		return 65504
	case ir.BFloat16:
		return 3.3895313892515355e38
	case ir.Float64:
		return math.MaxFloat64
	}
	return math.MaxFloat32
}

// feedForward is DenseReluDense (wo(act(wi(x)))) or, gated,
// DenseGatedActDense (wo(act(wi_0(x)) * wi_1(x))) over x (B, N, C).
func (c *T5Config) feedForward(s *nn.Scope, x *frontend.Tensor) *frontend.Tensor {
	act, _ := nn.Activation(c.DenseAct) // checked by the parser
	var h *frontend.Tensor
	if c.GatedAct {
		h = act(nn.NewLinear(s.Sub("wi_0"), c.DModel, c.DFF, false).Forward(x)).Mul(nn.NewLinear(s.Sub("wi_1"), c.DModel, c.DFF, false).Forward(x))
	} else {
		h = act(nn.NewLinear(s.Sub("wi"), c.DModel, c.DFF, false).Forward(x))
	}
	return nn.NewLinear(s.Sub("wo"), c.DFF, c.DModel, false).Forward(h) // (B, N, C)
}
