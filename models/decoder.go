package models

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// DecoderConfig is the shared rotary decoder (Llama, Mistral, Qwen2,
// Qwen3, Gemma 2/3, Phi-3, GPT-NeoX): pre-norm blocks of norm -> rotary
// GQA attention -> residual -> norm -> MLP -> residual. Families differ by
// a few fields, set by their own small files (llama.go, mistral.go,
// qwen.go, gemma.go, phi3.go, gptneox.go): the norm, how q/k/v and the MLP
// are stored, where the residuals join (decoder_layout.go), and a few
// scalars (embedding scale, attention scale and soft-caps).
type DecoderConfig struct {
	Base
	Hidden       int    `json:"hidden_size"`
	Intermediate int    `json:"intermediate_size"`
	Layers       int    `json:"num_hidden_layers"`
	Heads        int    `json:"num_attention_heads"`
	KVHeads      int    `json:"num_key_value_heads"`
	HeadDim      int    `json:"head_dim"`
	Act          string `json:"hidden_act"`
	// RMSNormEps is the epsilon of every norm (GPT-NeoX: layer_norm_eps).
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
	// TPPlan is base_model_tp_plan: module pattern ("layers.*.mlp.up_proj")
	// -> transformers' tensor-parallel style; nil when config.json has
	// none (the family's default plan applies, tp.go).
	TPPlan map[string]string `json:"base_model_tp_plan"`

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

	// MoE, when set, replaces the MLP of the sparse layers by routed
	// experts (Mixtral, Qwen2-MoE, Qwen3-MoE; moe.go).
	MoE *MoEConfig `json:"-"`

	// Layout: module names and structure (decoder_layout.go; zero values
	// are Llama's).
	Layout DecoderLayout `json:"-"`
	// EmbedScale multiplies the token embeddings by sqrt(hidden_size),
	// rounded to the compute dtype as transformers' normalizer (Gemma).
	EmbedScale bool `json:"-"`
	// EmbedScaleInModule: the scale is part of the embedding module (Gemma
	// 3's scaled word embedding), so NEFTune noise is added after it, not
	// before.
	EmbedScaleInModule bool `json:"-"`
	// AttnScale multiplies q·k (0: 1/sqrt(head_dim)); Gemma's
	// query_pre_attn_scalar^-0.5.
	AttnScale float64 `json:"-"`
	// AttnSoftCap is attn_logit_softcapping (0: none): scores become
	// cap*tanh(scores/cap) before masking.
	AttnSoftCap float64 `json:"-"`
	// FinalSoftCap is final_logit_softcapping (0: none), applied to the
	// logits the same way (and to the logits the loss reads).
	FinalSoftCap float64 `json:"-"`
	// LocalRope, when set, is the rotary embedding of the layers that
	// layer_types marks sliding_attention (Gemma 3's rope_local_base_freq);
	// the others use Rope.
	LocalRope *Rope `json:"-"`
	// EmbedDropout and ResidDropout are dropout probabilities (training
	// mode only): after the embeddings, and on each block's attention and
	// MLP outputs before they join the residual (Phi-3's resid_pdrop,
	// GPT-NeoX's hidden_dropout).
	EmbedDropout float64 `json:"-"`
	ResidDropout float64 `json:"-"`

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

// decoderDefaults are a family's values for absent config.json fields
// that differ from Llama's.
type decoderDefaults struct {
	actField string  // the activation's field: hidden_act, or Gemma's hidden_activation
	act      string  // its default
	eps      float64 // rms_norm_eps
	headDim  int     // head_dim (0: hidden_size / num_attention_heads)
	theta    float64 // rope_theta
}

var llamaDefaults = decoderDefaults{actField: "hidden_act", act: "silu", eps: 1e-6, theta: 10000}

// parseDecoderConfig reads the shared fields with Llama's defaults and
// checks them; family parsers then set the deltas.
func parseDecoderConfig(data []byte, file string) (*DecoderConfig, map[string]json.RawMessage, error) {
	return parseDecoderConfigWith(data, file, llamaDefaults)
}

// parseDecoderConfigWith is parseDecoderConfig with a family's defaults.
func parseDecoderConfigWith(data []byte, file string, d decoderDefaults) (*DecoderConfig, map[string]json.RawMessage, error) {
	c := &DecoderConfig{RMSNormEps: d.eps, Act: d.act, HeadDim: d.headDim}
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, nil, err
	}
	if d.actField != "hidden_act" {
		c.Act = d.act
		if a, ok := raw[d.actField]; ok && !isNull(a) {
			if err := json.Unmarshal(a, &c.Act); err != nil {
				return nil, nil, fmt.Errorf("%s: field %s: want a string, got JSON %s", file, d.actField, a)
			}
		}
	}
	if c.Rope, err = parseRopeWithTheta(raw, file, d.theta); err != nil {
		return nil, nil, err
	}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	if err := checkPositive(file, intField{"hidden_size", c.Hidden}, intField{"intermediate_size", c.Intermediate},
		intField{"num_hidden_layers", c.Layers}, intField{"num_attention_heads", c.Heads}, intField{"num_key_value_heads", c.KVHeads},
		intField{"vocab_size", c.VocabSize}); err != nil {
		return nil, nil, err
	}
	if c.HeadDim < 0 {
		return nil, nil, fmt.Errorf("%s: field head_dim must be a positive integer, got %d", file, c.HeadDim)
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
	if err := checkLayerTypes(file, c.LayerTypes); err != nil {
		return nil, nil, err
	}
	if _, err := nn.Activation(c.Act); err != nil {
		return nil, nil, fmt.Errorf("%s: field %s: %w", file, d.actField, err)
	}
	if err := checkEps(file, "rms_norm_eps", c.RMSNormEps); err != nil {
		return nil, nil, err
	}
	if err := checkProb(file, probField{"attention_dropout", c.AttentionDropout}); err != nil {
		return nil, nil, err
	}
	c.QKVBias, c.OBias = c.AttentionBias, c.AttentionBias
	c.Windows = make([]int, c.Layers)
	return c, raw, nil
}

// checkLayerTypes refuses a layer type the decoder does not build, naming it.
func checkLayerTypes(file string, types []string) error {
	for i, t := range types {
		if t != "full_attention" && t != "sliding_attention" {
			return fmt.Errorf("%s: field layer_types[%d]: layer type %q is not supported (supported: full_attention, sliding_attention)", file, i, t)
		}
	}
	return nil
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
		}
	}
	return checkLayerTypes(file, c.LayerTypes)
}

// decoder is a model of the shared decoder (the base model or with the LM head).
type decoder struct {
	cfg  *DecoderConfig
	arch string
	task Task
	// aliases, when set, maps each parameter to the checkpoint names that
	// may hold it instead (see WeightAliases).
	aliases map[string][]string
	// tp, when set, makes Build emit one device's program of a
	// tensor-parallel run (tp.go); nil for the whole model.
	tp *tpLayout
	// merger, when set, changes the token embeddings before the first
	// layer (a vision-language model's image features); nil for a
	// text-only decoder.
	merger embedMerger
}

// embedMerger replaces parts of a decoder's input embeddings, as
// transformers' multimodal models pass inputs_embeds to their language
// model: LLaVA scatters the projected image features into the positions
// of its image token.
type embedMerger interface {
	// lookupIDs returns the ids the embedding table is read at: ids (B, T)
	// with placeholder tokens replaced by an id inside the vocabulary.
	lookupIDs(ids *frontend.Tensor) *frontend.Tensor
	// merge returns the embeddings (B, T, C) the layers run on, given the
	// looked-up ones h and the program's ids.
	merge(h, ids *frontend.Tensor) *frontend.Tensor
}

// mergeEmbeds applies the merger, if any.
func (m *decoder) mergeEmbeds(h, ids *frontend.Tensor) *frontend.Tensor {
	if m.merger == nil {
		return h
	}
	return m.merger.merge(h, ids)
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

// CacheLayout is one device's cache: a tensor-parallel decoder holds
// num_key_value_heads / N heads of it.
func (m *decoder) CacheLayout() (layers, kvHeads, headDim int) {
	return m.cfg.Layers, m.kvHeads(), m.cfg.HeadDim
}

// WeightAliases: a tied LM head may load from the input embedding; a
// model built with aliases (Gemma 3's ForConditionalGeneration under its
// transformers 4 names) adds those.
func (m *decoder) WeightAliases() map[string][]string {
	out := map[string][]string{}
	for k, v := range m.aliases {
		out[k] = append([]string(nil), v...)
	}
	m.moeAliases(out)
	if m.cfg.Tied() {
		l := m.cfg.Layout
		head, embed := l.lmHeadName()+".weight", l.modelPath()+"."+l.names().Embed+".weight"
		out[head] = append(out[head], embed)
		out[head] = append(out[head], m.aliases[embed]...)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Build emits the decoder for spec. Shapes: B batch, T tokens, K keys
// (Seq or Cache), C hidden, H/Hkv heads, D head_dim.
func (m *decoder) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	names := c.Layout.names()
	root := nn.NewScope(g, dt)
	in := DeclareDecoderInputs(g, spec, c.Layers, m.kvHeads(), c.HeadDim, dt)
	act, err := nn.Activation(c.Act)
	if err != nil {
		return err
	}
	global, err := m.rotary(c.Rope, spec)
	if err != nil {
		return err
	}
	local := global
	if c.LocalRope != nil {
		if local, err = m.rotary(*c.LocalRope, spec); err != nil {
			return err
		}
	}

	s := root
	for _, p := range c.Layout.modelScope() {
		s = s.Sub(p)
	}
	embed := nn.NewEmbedding(s.Sub(names.Embed), c.VocabSize, c.Hidden)
	drop := newDropout(g, spec)
	var h *frontend.Tensor // (B, T, C)
	if m.merger == nil {
		h = embed.Forward(in.IDs)
	} else {
		h = embed.Forward(m.merger.lookupIDs(in.IDs))
	}
	// The merged embeddings replace what the embedding module returns
	// (transformers' get_input_embeddings()(input_ids), which includes
	// Gemma 3's scale but not Gemma 2's).
	if c.EmbedScaleInModule {
		h = neftune(drop, spec, m.mergeEmbeds(m.scaleEmbeddings(h), in.IDs), in.Mask)
	} else {
		h = m.scaleEmbeddings(neftune(drop, spec, m.mergeEmbeds(h, in.IDs), in.Mask))
	}
	h = drop.Apply(h, c.EmbedDropout)
	gcos, gsin, err := m.cosSin(c.Rope, global, spec, in.Positions, dt) // (B, T, D) or (B, T, D*partial)
	if err != nil {
		return err
	}
	lcos, lsin := gcos, gsin
	if local != global {
		lcos, lsin = local.CosSin(in.Positions, dt)
	}
	qpos := QueryPositions(in, spec.Seq) // (T) or nil
	var outs []frontend.Output
	hs := hiddenStates{on: spec.HiddenStates}
	for i := 0; i < c.Layers; i++ {
		hs.add(markBoundary(h, i))
		ls := s.Sub("layers").Index(i)
		var past *KV
		if in.Past != nil {
			past = &in.Past[i]
		}
		cos, sin := gcos, gsin
		if c.LocalRope != nil && c.LayerTypes != nil && c.LayerTypes[i] == "sliding_attention" {
			cos, sin = lcos, lsin
		}
		var present KV
		h, present = m.block(ls, i, h, cos, sin, in, qpos, past, c.Windows[i], act, drop)
		if past != nil {
			outs = append(outs, frontend.Out(PresentKey(i), present.Key), frontend.Out(PresentValue(i), present.Value))
		}
	}
	markBoundary(h, c.Layers)
	h = m.norm(s.Sub(names.FinalNorm), h, c.Hidden) // (B, T, C)
	hs.add(h)
	head := []frontend.Output{frontend.Out(OutputLastHidden, h)}
	if m.task == TaskCausalLM {
		var logits *frontend.Tensor
		lm := lmHead{h: h}
		headScope := root
		for _, p := range strings.Split(c.Layout.lmHeadName(), ".") {
			headScope = headScope.Sub(p)
		}
		// The head reuses the embedding parameter (one weight, one copy),
		// unless an adapter holds a modules_to_save copy of lm_head: then
		// the head reads that copy and the embedding stays the base's.
		if c.Tied() && !headScope.Replaced("weight") {
			logits, lm.w = embed.Attend(h), embed.Weight
		} else {
			lin := nn.NewLinear(headScope, c.Hidden, c.VocabSize, false)
			logits, lm.w = lin.Forward(h), lin.Weight
			if lin.Quant != nil { // a packed head has no float weight to recompute chunks from
				lm.logits = logits
			}
		}
		if c.FinalSoftCap > 0 {
			logits = softCap(logits, c.FinalSoftCap)
			lm.logits = logits // the loss must see the capped logits
		}
		head = append([]frontend.Output{frontend.Out(OutputLogits, logits)}, head...) // (B, T, V)
		if spec.Labels {
			head = append(head, causalLMLoss(g, spec, lm)) // logits recomputed in chunks, not read
		}
		if c.MoE != nil && c.MoE.OutputRouterLogits && in.Past == nil {
			var mask *frontend.Tensor
			if in.Mask != nil && in.Mask.Dim(1) == spec.Seq {
				mask = in.Mask // (B, T)
			}
			if aux := m.auxLoss(g, mask); aux != nil {
				if spec.Labels {
					loss := &head[len(head)-1]
					loss.T = loss.T.Add(aux.MulScalar(c.MoE.RouterAuxLossCoef).AsType(loss.T.DType()))
				}
				head = append(head, frontend.Out(OutputAuxLoss, aux))
			}
		}
	}
	g.Return(append(append(head, outs...), hs.outs...)...)
	return nil
}

// rotary builds the rotary embedding of r for spec, its inv_freq rounded
// through the buffer dtype (see RopeBufferDType).
func (m *decoder) rotary(r Rope, spec Spec) (*nn.Rotary, error) {
	c := m.cfg
	rot, err := nn.NewRotary(nn.RopeConfig{
		Type: r.Type, Theta: r.Theta, Dim: int(float64(c.HeadDim) * r.PartialRotaryFactor),
		Factor: r.Factor, LowFreqFactor: r.LowFreqFactor, HighFreqFactor: r.HighFreqFactor,
		OriginalMaxPositionEmbeddings: r.OriginalMaxPositions, MaxPositionEmbeddings: c.MaxPositions,
		AttentionFactor: r.AttentionFactor, ShortFactor: r.ShortFactor, LongFactor: r.LongFactor,
		SeqLen: spec.Keys(),
	})
	if err != nil {
		return nil, err
	}
	roundThrough(rot.InvFreq, c.ropeBufferDType())
	return rot, nil
}

// cosSin returns rot's cos and sin at positions. For longrope in a
// program that may run past original_max_position_embeddings, it chooses
// at run time, as transformers does on every forward call: the long
// factors when the largest position + 1 of this call exceeds the original
// length, else the short ones (rot's frequencies, built for the program
// length, are then not used).
func (m *decoder) cosSin(r Rope, rot *nn.Rotary, spec Spec, positions *frontend.Tensor, dt ir.DType) (cos, sin *frontend.Tensor, err error) {
	orig := r.OriginalMaxPositions
	if orig == 0 {
		orig = m.cfg.MaxPositions
	}
	if r.Type != "longrope" || spec.Keys() <= orig {
		cos, sin = rot.CosSin(positions, dt)
		return cos, sin, nil
	}
	short, err := m.rotary(r, Spec{Batch: 1, Seq: orig})
	if err != nil {
		return nil, nil, err
	}
	long, err := m.rotary(r, Spec{Batch: 1, Seq: orig + 1})
	if err != nil {
		return nil, nil, err
	}
	g := positions.Graph()
	useLong := positions.ReduceMax().Ge(g.ConstScalarInt(positions.DType(), int64(orig))) // () bool: max + 1 > orig
	scos, ssin := short.CosSin(positions, dt)
	lcos, lsin := long.CosSin(positions, dt)
	return frontend.Where(useLong, lcos, scos), frontend.Where(useLong, lsin, ssin), nil
}

// scaleEmbeddings multiplies by sqrt(hidden_size) when EmbedScale is set.
// The factor is rounded to x's dtype first, as transformers builds its
// normalizer as a tensor of the hidden states' dtype.
func (m *decoder) scaleEmbeddings(x *frontend.Tensor) *frontend.Tensor {
	if !m.cfg.EmbedScale {
		return x
	}
	return x.Mul(x.Scalar(math.Sqrt(float64(m.cfg.Hidden))))
}

// softCap is cap * tanh(x / cap).
func softCap(x *frontend.Tensor, cap float64) *frontend.Tensor {
	return x.DivScalar(cap).Tanh().MulScalar(cap)
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
