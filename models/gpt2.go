package models

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// GPT-2: learned absolute positions, pre-norm blocks of LayerNorm ->
// causal attention -> residual -> LayerNorm -> MLP -> residual, a final
// LayerNorm, and an LM head tied to the token embedding. Projections are
// transformers' Conv1D (weight stored (in, out)), not Linear.
func init() {
	mustRegister(Family{
		ModelType: "gpt2",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseGPT2Config(data, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"GPT2LMHeadModel": newGPT2("GPT2LMHeadModel", TaskCausalLM),
			"GPT2Model":       newGPT2("GPT2Model", TaskBase),
		},
		DefaultArch: "GPT2LMHeadModel",
	})
}

// GPT2Config is config.json of model_type "gpt2" (transformers'
// GPT2Config), with GPT-2's own field names. Absent fields take
// transformers' defaults (the 124M GPT-2). A parsed GPT2Config has
// positive sizes, NEmbd divisible by NHead, Inner resolved and a known
// activation.
type GPT2Config struct {
	Base
	NEmbd      int `json:"n_embd"`      // hidden size C
	NLayer     int `json:"n_layer"`     // blocks
	NHead      int `json:"n_head"`      // attention heads H (head_dim = C / H)
	NPositions int `json:"n_positions"` // rows of the position table wpe
	// NInner is the MLP width as written (null or absent: 4*n_embd); Inner
	// is the resolved width.
	NInner *int `json:"n_inner"`
	Inner  int  `json:"-"`
	// Activation is the MLP activation by its ACT2FN name (gelu_new).
	Activation   string  `json:"activation_function"`
	LayerNormEps float64 `json:"layer_norm_epsilon"` // every LayerNorm's epsilon
	// ScaleAttnWeights divides attention scores by sqrt(head_dim).
	ScaleAttnWeights bool `json:"scale_attn_weights"`
	// ScaleAttnByInverseLayerIdx further divides the scores of layer i by i+1.
	ScaleAttnByInverseLayerIdx bool `json:"scale_attn_by_inverse_layer_idx"`
	// ReorderAndUpcastAttn computes attention in float32 whatever the
	// compute dtype (the same math when computing in float32).
	ReorderAndUpcastAttn bool `json:"reorder_and_upcast_attn"`
	// AddCrossAttention (encoder-decoder use) is not supported: the parser
	// rejects true.
	AddCrossAttention bool `json:"add_cross_attention"`
	// Dropout probabilities (training mode only, Spec.Dropout; absent:
	// transformers' 0.1): after wte+wpe, on the attention probabilities,
	// and after each block's attention and MLP projections.
	EmbdPdrop  float64 `json:"embd_pdrop"`
	AttnPdrop  float64 `json:"attn_pdrop"`
	ResidPdrop float64 `json:"resid_pdrop"`
}

// Common implements Config.
func (c *GPT2Config) Common() *Base { return &c.Base }

// HeadDim is n_embd / n_head.
func (c *GPT2Config) HeadDim() int { return c.NEmbd / c.NHead }

// parseGPT2Config decodes and checks a GPT-2 config.json; errors name file
// and the field.
func parseGPT2Config(data []byte, file string) (*GPT2Config, error) {
	c := &GPT2Config{
		NEmbd: 768, NLayer: 12, NHead: 12, NPositions: 1024,
		Activation: "gelu_new", LayerNormEps: 1e-5, ScaleAttnWeights: true,
		EmbdPdrop: 0.1, AttnPdrop: 0.1, ResidPdrop: 0.1,
	}
	c.VocabSize = 50257
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	// transformers' GPT2Config.attribute_map: the generic names, when
	// present, set GPT-2's own fields (they are applied after them).
	for _, a := range []struct {
		generic, field string
		dst            *int
	}{{"hidden_size", "n_embd", &c.NEmbd}, {"max_position_embeddings", "n_positions", &c.NPositions},
		{"num_attention_heads", "n_head", &c.NHead}, {"num_hidden_layers", "n_layer", &c.NLayer}} {
		if v, ok := raw[a.generic]; ok {
			if err := json.Unmarshal(v, a.dst); err != nil {
				return nil, fmt.Errorf("%s: field %s (GPT-2's %s): want an integer, got JSON %s", file, a.generic, a.field, v)
			}
			c.present[a.field] = true
		}
	}
	if err := checkPositive(file, intField{"n_embd", c.NEmbd}, intField{"n_layer", c.NLayer}, intField{"n_head", c.NHead},
		intField{"n_positions", c.NPositions}, intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, err
	}
	if c.NEmbd%c.NHead != 0 {
		return nil, fmt.Errorf("%s: field n_embd %d is not a multiple of n_head %d", file, c.NEmbd, c.NHead)
	}
	c.Inner = 4 * c.NEmbd
	if c.NInner != nil {
		if *c.NInner <= 0 {
			return nil, fmt.Errorf("%s: field n_inner must be a positive integer or null, got %d", file, *c.NInner)
		}
		c.Inner = *c.NInner
	}
	if err := checkEps(file, "layer_norm_epsilon", c.LayerNormEps); err != nil {
		return nil, err
	}
	if err := checkProb(file, probField{"embd_pdrop", c.EmbdPdrop}, probField{"attn_pdrop", c.AttnPdrop}, probField{"resid_pdrop", c.ResidPdrop}); err != nil {
		return nil, err
	}
	if _, err := nn.Activation(c.Activation); err != nil {
		return nil, fmt.Errorf("%s: field activation_function: %w", file, err)
	}
	if c.AddCrossAttention {
		return nil, fmt.Errorf("%s: field add_cross_attention: GPT-2 with cross-attention (encoder-decoder use) is not supported", file)
	}
	return c, nil
}

// gpt2 is GPT2Model or GPT2LMHeadModel.
type gpt2 struct {
	cfg  *GPT2Config
	arch string
	task Task
}

func newGPT2(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		gc, ok := c.(*GPT2Config)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.GPT2Config", arch, c)
		}
		return &gpt2{cfg: gc, arch: arch, task: task}, nil
	}
}

func (m *gpt2) Arch() string   { return m.arch }
func (m *gpt2) Config() Config { return m.cfg }
func (m *gpt2) Task() Task     { return m.task }

// CacheLayout implements Decoder: GPT-2 caches every head (no GQA).
func (m *gpt2) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.NLayer, m.cfg.NHead, m.cfg.HeadDim()
}

// WeightAliases: with tied embeddings the LM head is the token embedding
// itself (one parameter, one copy); a checkpoint that kept only
// lm_head.weight of the tied pair still loads.
func (m *gpt2) WeightAliases() map[string][]string {
	if m.cfg.Tied() {
		return map[string][]string{"transformer.wte.weight": {"lm_head.weight"}}
	}
	return nil
}

// Build emits GPT-2 for spec. Shapes: B batch, T tokens, K keys (Seq or
// Cache), C n_embd, H heads, D head_dim, V vocab. Position ids index the
// learned table wpe, which has n_positions rows: a longer Seq is an error
// naming n_positions, as transformers fails on it. (Position ids fed at run
// time are not checked here: past n_positions the IR's gather clamps them;
// generate checks prompt plus new tokens with CheckPositions first.)
func (m *gpt2) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	if _, err := CheckPositions(c, spec.Seq); err != nil {
		return fmt.Errorf("%s: %w", m.arch, err)
	}
	act, err := nn.Activation(c.Activation)
	if err != nil {
		return err
	}
	in := DeclareDecoderInputs(g, spec, c.NLayer, c.NHead, c.HeadDim(), dt)
	root := nn.NewScope(g, dt)
	s := root.Sub("transformer")
	wte := nn.NewEmbedding(s.Sub("wte"), c.VocabSize, c.NEmbd)
	wpe := nn.NewEmbedding(s.Sub("wpe"), c.NPositions, c.NEmbd)
	drop := newDropout(g, spec)
	tok := neftune(drop, spec, wte.Forward(in.IDs), in.Mask)         // (B, T, C): get_input_embeddings() is wte
	h := drop.Apply(tok.Add(wpe.Forward(in.Positions)), c.EmbdPdrop) // (B, T, C)
	qpos := QueryPositions(in, spec.Seq)                             // (T) or nil
	var presents []frontend.Output
	hs := hiddenStates{on: spec.HiddenStates}
	for i := 0; i < c.NLayer; i++ {
		hs.add(markBoundary(h, i))
		var past *KV
		if in.Past != nil {
			past = &in.Past[i]
		}
		var present KV
		h, present = m.block(s.Sub("h").Index(i), i, h, in, qpos, past, act, drop)
		if past != nil {
			presents = append(presents, frontend.Out(PresentKey(i), present.Key), frontend.Out(PresentValue(i), present.Value))
		}
	}
	markBoundary(h, c.NLayer)
	h = nn.NewLayerNorm(s.Sub("ln_f"), c.NEmbd, c.LayerNormEps, nn.LayerNormOptions{}).Forward(h) // (B, T, C)
	hs.add(h)
	outs := []frontend.Output{frontend.Out(OutputLastHidden, h)}
	if m.task == TaskCausalLM {
		var logits *frontend.Tensor
		lm := lmHead{h: h}
		// An adapter's modules_to_save copy of a tied lm_head unties it.
		if c.Tied() && !root.Sub("lm_head").Replaced("weight") {
			logits, lm.w = wte.Attend(h), wte.Weight // (B, T, V)
		} else {
			lin := nn.NewLinear(root.Sub("lm_head"), c.NEmbd, c.VocabSize, false)
			logits, lm.w = lin.Forward(h), lin.Weight // (B, T, V)
			if lin.Quant != nil {
				lm.logits = logits // a packed head has no float weight to recompute chunks from
			}
		}
		outs = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, outs...)
		if spec.Labels {
			outs = append(outs, causalLMLoss(g, spec, lm)) // logits recomputed in chunks, not read
		}
	}
	g.Return(append(append(outs, presents...), hs.outs...)...)
	return nil
}

// block is GPT2Block i; it returns the new hidden state and, with a cache,
// the layer's updated cache.
func (m *gpt2) block(s *nn.Scope, i int, h *frontend.Tensor, in DecoderInputs, qpos *frontend.Tensor, past *KV, act nn.ActFn, drop *nn.Dropout) (*frontend.Tensor, KV) {
	c := m.cfg
	a := s.Sub("attn")
	x := nn.NewLayerNorm(s.Sub("ln_1"), c.NEmbd, c.LayerNormEps, nn.LayerNormOptions{}).Forward(h) // (B, T, C)
	qkv := newConv1D(a.Sub("c_attn"), c.NEmbd, 3*c.NEmbd).forward(x).Split(-1, c.NEmbd, c.NEmbd, c.NEmbd)
	q := nn.SplitHeads(qkv[0], c.NHead) // (B, H, T, D)
	k := nn.SplitHeads(qkv[1], c.NHead) // (B, H, T, D)
	v := nn.SplitHeads(qkv[2], c.NHead) // (B, H, T, D)
	var present KV
	if past != nil {
		present = UpdateCache(*past, in.CachePos, k, v) // (B, H, K, D)
		k, v = present.Key, present.Value
	}
	scale := 1.0
	if c.ScaleAttnWeights {
		scale /= math.Sqrt(float64(c.HeadDim()))
	}
	if c.ScaleAttnByInverseLayerIdx {
		scale /= float64(i + 1)
	}
	dt := q.DType()
	if c.ReorderAndUpcastAttn {
		q, k, v = q.AsType(ir.Float32), k.AsType(ir.Float32), v.AsType(ir.Float32)
	}
	o := attention(drop, c.AttnPdrop, q, k, v, frontend.AttentionOptions{
		Scale: scale, Causal: true, Mask: in.Mask, Positions: qpos,
	}).AsType(dt) // (B, H, T, D)
	h = h.Add(drop.Apply(newConv1D(a.Sub("c_proj"), c.NEmbd, c.NEmbd).forward(nn.MergeHeads(o)), c.ResidPdrop)) // (B, T, C)

	ms := s.Sub("mlp")
	x = nn.NewLayerNorm(s.Sub("ln_2"), c.NEmbd, c.LayerNormEps, nn.LayerNormOptions{}).Forward(h)
	up := act(newConv1D(ms.Sub("c_fc"), c.NEmbd, c.Inner).forward(x))                                          // (B, T, inner)
	return h.Add(drop.Apply(newConv1D(ms.Sub("c_proj"), c.Inner, c.NEmbd).forward(up), c.ResidPdrop)), present // (B, T, C)
}

// conv1D is transformers' Conv1D: weight (in, out) — the transpose of
// Linear's layout — and bias (out); y = x W + b.
// A LoRA adapter on it (PEFT's fan_in_fan_out) has the Linear layout:
// A (r, in), B (out, r).
type conv1D struct {
	w, b *frontend.Tensor
	lora *nn.LoRAWeights
}

func newConv1D(s *nn.Scope, in, out int) conv1D {
	return conv1D{w: s.Param("weight", in, out), b: s.Param("bias", out), lora: s.LoRA(in, out, true)}
}

// forward maps x (..., in) to (..., out).
func (l conv1D) forward(x *frontend.Tensor) *frontend.Tensor {
	return l.lora.AddTo(x.MatMul(l.w).Add(l.b), x)
}
