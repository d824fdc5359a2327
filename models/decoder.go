package models

import (
	"encoding/json"
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// DecoderConfig is the shared decoder of the Llama family (Llama, Mistral,
// Qwen2, Qwen3, ...): pre-norm blocks of RMSNorm -> rotary GQA attention ->
// residual -> RMSNorm -> gated MLP -> residual. Families differ by a few
// fields, set by their own small files (llama.go, mistral.go, qwen.go).
type DecoderConfig struct {
	Base
	Hidden        int     `json:"hidden_size"`
	Intermediate  int     `json:"intermediate_size"`
	Layers        int     `json:"num_hidden_layers"`
	Heads         int     `json:"num_attention_heads"`
	KVHeads       int     `json:"num_key_value_heads"`
	HeadDim       int     `json:"head_dim"`
	Act           string  `json:"hidden_act"`
	RMSNormEps    float64 `json:"rms_norm_eps"`
	MaxPositions  int     `json:"max_position_embeddings"`
	AttentionBias bool    `json:"attention_bias"`
	MLPBias       bool    `json:"mlp_bias"`
	// AttentionDropout is the dropout probability of the attention
	// probabilities (training mode only, Spec.Dropout; default 0).
	AttentionDropout float64 `json:"attention_dropout"`
	// SlidingWindow is the window of sliding-attention layers (nil: none).
	SlidingWindow *int `json:"sliding_window"`
	// LayerTypes ("full_attention" / "sliding_attention") per layer, when
	// the config lists them (transformers 5); nil otherwise.
	LayerTypes []string `json:"layer_types"`

	// Rope is normalised from rope_parameters or rope_theta/rope_scaling.
	Rope Rope `json:"-"`

	// Family deltas, set by the family's parser.

	// QKVBias: q/k/v projections have biases (AttentionBias, or Qwen2's fixed true).
	QKVBias bool `json:"-"`
	// OBias: o_proj has a bias.
	OBias bool `json:"-"`
	// QKNorm: per-head RMSNorm of q and k before rotary (Qwen3).
	QKNorm bool `json:"-"`
	// Windows is the sliding window of each layer (0: full attention).
	Windows []int `json:"-"`

	// RopeBufferDType is the dtype the rotary inv_freq buffer is rounded
	// through. transformers keeps inv_freq as a non-persistent buffer that
	// follows model.to(dtype): a model held in its 16-bit stored dtype and
	// then upcast to float32 computes with bf16/f16-rounded frequencies.
	// Invalid (the default) means the checkpoint's stored dtype when it is
	// a 16-bit float, else float32 (no rounding); set Float32 to keep the
	// exact frequencies.
	RopeBufferDType ir.DType `json:"-"`
}

// ropeBufferDType resolves RopeBufferDType (see there).
func (c *DecoderConfig) ropeBufferDType() ir.DType {
	if c.RopeBufferDType != ir.Invalid {
		return c.RopeBufferDType
	}
	if d := c.StoredDType(); d == ir.BFloat16 || d == ir.Float16 {
		return d
	}
	return ir.Float32
}

// Common implements Config.
func (c *DecoderConfig) Common() *Base { return &c.Base }

// parseDecoderConfig reads the shared fields and checks them; family
// parsers then set the deltas.
func parseDecoderConfig(data []byte, file string) (*DecoderConfig, map[string]json.RawMessage, error) {
	c := &DecoderConfig{RMSNormEps: 1e-6, Act: "silu"}
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, nil, err
	}
	if c.Rope, err = parseRope(raw, file); err != nil {
		return nil, nil, err
	}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	if err := checkPositive(file, intField{"hidden_size", c.Hidden}, intField{"intermediate_size", c.Intermediate},
		intField{"num_hidden_layers", c.Layers}, intField{"num_attention_heads", c.Heads}, intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, nil, err
	}
	if c.HeadDim == 0 {
		if c.Hidden%c.Heads != 0 {
			return nil, nil, fmt.Errorf("%s: hidden_size %d is not a multiple of num_attention_heads %d (and head_dim is not set)", file, c.Hidden, c.Heads)
		}
		c.HeadDim = c.Hidden / c.Heads
	}
	if c.Heads%c.KVHeads != 0 {
		return nil, nil, fmt.Errorf("%s: num_attention_heads %d is not a multiple of num_key_value_heads %d", file, c.Heads, c.KVHeads)
	}
	if c.LayerTypes != nil && len(c.LayerTypes) != c.Layers {
		return nil, nil, fmt.Errorf("%s: layer_types has %d entries for %d layers", file, len(c.LayerTypes), c.Layers)
	}
	if _, err := nn.Activation(c.Act); err != nil {
		return nil, nil, fmt.Errorf("%s: field hidden_act: %w", file, err)
	}
	if err := checkProb(file, probField{"attention_dropout", c.AttentionDropout}); err != nil {
		return nil, nil, err
	}
	c.QKVBias, c.OBias = c.AttentionBias, c.AttentionBias
	c.Windows = make([]int, c.Layers)
	return c, raw, nil
}

// setWindows gives every layer the sliding window, or only the layers
// layer_types marks "sliding_attention" when the config lists types.
func (c *DecoderConfig) setWindows(file string) error {
	if c.SlidingWindow == nil || *c.SlidingWindow <= 0 {
		return nil
	}
	for i := range c.Windows {
		if c.LayerTypes == nil || c.LayerTypes[i] == "sliding_attention" {
			c.Windows[i] = *c.SlidingWindow
		} else if c.LayerTypes[i] != "full_attention" {
			return fmt.Errorf("%s: layer_types[%d] = %q is not supported", file, i, c.LayerTypes[i])
		}
	}
	return nil
}

// Decoder is a Llama-family model (the base model or with the LM head).
type decoder struct {
	cfg  *DecoderConfig
	arch string
	task Task
}

func newDecoder(task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		dc, ok := c.(*DecoderConfig)
		if !ok {
			return nil, fmt.Errorf("decoder: config is %T", c)
		}
		arch := ""
		if len(dc.Architectures) > 0 {
			arch = dc.Architectures[0]
		}
		return &decoder{cfg: dc, arch: arch, task: task}, nil
	}
}

func (m *decoder) Arch() string   { return m.arch }
func (m *decoder) Config() Config { return m.cfg }
func (m *decoder) Task() Task     { return m.task }

func (m *decoder) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.Layers, m.cfg.KVHeads, m.cfg.HeadDim
}

func (m *decoder) WeightAliases() map[string][]string {
	if m.cfg.Tied() {
		return map[string][]string{"lm_head.weight": {"model.embed_tokens.weight"}}
	}
	return nil
}

// Build emits the decoder for spec. Shapes: B batch, T tokens, K keys
// (Seq or Cache), C hidden, H/Hkv heads, D head_dim.
func (m *decoder) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	root := nn.NewScope(g, dt)
	in := DeclareDecoderInputs(g, spec, c.Layers, c.KVHeads, c.HeadDim, dt)
	act, err := nn.Activation(c.Act)
	if err != nil {
		return err
	}
	rot, err := nn.NewRotary(nn.RopeConfig{
		Type: c.Rope.Type, Theta: c.Rope.Theta, Dim: int(float64(c.HeadDim) * c.Rope.PartialRotaryFactor),
		Factor: c.Rope.Factor, LowFreqFactor: c.Rope.LowFreqFactor, HighFreqFactor: c.Rope.HighFreqFactor,
		OriginalMaxPositionEmbeddings: c.Rope.OriginalMaxPositions, MaxPositionEmbeddings: c.MaxPositions,
		SeqLen: spec.Keys(),
	})
	if err != nil {
		return err
	}
	roundThrough(rot.InvFreq, c.ropeBufferDType())

	s := root.Sub("model")
	embed := nn.NewEmbedding(s.Sub("embed_tokens"), c.VocabSize, c.Hidden)
	drop := newDropout(g, spec)
	h := neftune(drop, spec, embed.Forward(in.IDs), in.Mask) // (B, T, C)
	cos, sin := rot.CosSin(in.Positions, dt)                 // (B, T, D)
	qpos := QueryPositions(in, spec.Seq)                     // (T) or nil
	var outs []frontend.Output
	hs := hiddenStates{on: spec.HiddenStates}
	for i := 0; i < c.Layers; i++ {
		hs.add(markBoundary(h, i))
		ls := s.Sub("layers").Index(i)
		var past *KV
		if in.Past != nil {
			past = &in.Past[i]
		}
		var present KV
		h, present = m.block(ls, h, cos, sin, in, qpos, past, c.Windows[i], act, drop)
		if past != nil {
			outs = append(outs, frontend.Out(PresentKey(i), present.Key), frontend.Out(PresentValue(i), present.Value))
		}
	}
	markBoundary(h, c.Layers)
	h = nn.NewRMSNorm(s.Sub("norm"), c.Hidden, c.RMSNormEps).Forward(h) // (B, T, C)
	hs.add(h)
	head := []frontend.Output{frontend.Out(OutputLastHidden, h)}
	if m.task == TaskCausalLM {
		var logits *frontend.Tensor
		lm := lmHead{h: h}
		// The head reuses the embedding parameter (one weight, one copy),
		// unless an adapter holds a modules_to_save copy of lm_head: then
		// the head reads that copy and the embedding stays the base's.
		if c.Tied() && !root.Sub("lm_head").Replaced("weight") {
			logits, lm.w = embed.Attend(h), embed.Weight
		} else {
			lin := nn.NewLinear(root.Sub("lm_head"), c.Hidden, c.VocabSize, false)
			logits, lm.w = lin.Forward(h), lin.Weight
		}
		head = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, head...) // (B, T, V)
		if spec.Labels {
			head = append(head, causalLMLoss(g, spec, lm)) // logits recomputed in chunks, not read
		}
	}
	g.Return(append(append(head, outs...), hs.outs...)...)
	return nil
}

// block is one decoder layer; it returns the new hidden state and, with a
// cache, the layer's updated cache.
func (m *decoder) block(s *nn.Scope, h, cos, sin *frontend.Tensor, in DecoderInputs, qpos *frontend.Tensor, past *KV, window int, act nn.ActFn, drop *nn.Dropout) (*frontend.Tensor, KV) {
	c := m.cfg
	a := s.Sub("self_attn")
	x := nn.NewRMSNorm(s.Sub("input_layernorm"), c.Hidden, c.RMSNormEps).Forward(h)
	q := nn.SplitHeads(nn.NewLinear(a.Sub("q_proj"), c.Hidden, c.Heads*c.HeadDim, c.QKVBias).Forward(x), c.Heads)     // (B, H, T, D)
	k := nn.SplitHeads(nn.NewLinear(a.Sub("k_proj"), c.Hidden, c.KVHeads*c.HeadDim, c.QKVBias).Forward(x), c.KVHeads) // (B, Hkv, T, D)
	v := nn.SplitHeads(nn.NewLinear(a.Sub("v_proj"), c.Hidden, c.KVHeads*c.HeadDim, c.QKVBias).Forward(x), c.KVHeads) // (B, Hkv, T, D)
	if c.QKNorm {
		q = nn.NewRMSNorm(a.Sub("q_norm"), c.HeadDim, c.RMSNormEps).Forward(q)
		k = nn.NewRMSNorm(a.Sub("k_norm"), c.HeadDim, c.RMSNormEps).Forward(k)
	}
	q, k = nn.ApplyRotary(q, cos, sin), nn.ApplyRotary(k, cos, sin)
	var present KV
	if past != nil {
		present = UpdateCache(*past, in.CachePos, k, v) // (B, Hkv, K, D)
		k, v = present.Key, present.Value
	}
	o := attention(drop, c.AttentionDropout, q, k, v, frontend.AttentionOptions{
		Causal: true, Window: window, Mask: in.Mask, Positions: qpos,
	}) // (B, H, T, D)
	h = h.Add(nn.NewLinear(a.Sub("o_proj"), c.Heads*c.HeadDim, c.Hidden, c.OBias).Forward(nn.MergeHeads(o)))

	x = nn.NewRMSNorm(s.Sub("post_attention_layernorm"), c.Hidden, c.RMSNormEps).Forward(h)
	ms := s.Sub("mlp")
	gate := nn.NewLinear(ms.Sub("gate_proj"), c.Hidden, c.Intermediate, c.MLPBias).Forward(x)
	up := nn.NewLinear(ms.Sub("up_proj"), c.Hidden, c.Intermediate, c.MLPBias).Forward(x)
	down := nn.NewLinear(ms.Sub("down_proj"), c.Intermediate, c.Hidden, c.MLPBias).Forward(act(gate).Mul(up))
	return h.Add(down), present
}

// roundThrough rounds every value to dtype d and back (float32 rounding
// first, as the buffer is computed in float32).
func roundThrough(xs []float64, d ir.DType) {
	var buf [8]byte
	for i, x := range xs {
		ir.PutElementFloat(ir.Float32, buf[:], 0, x)
		x = ir.ElementFloat(ir.Float32, buf[:], 0)
		ir.PutElementFloat(d, buf[:], 0, x)
		xs[i] = ir.ElementFloat(d, buf[:], 0)
	}
}
