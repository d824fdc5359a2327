package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// ViT: the image is cut into patch x patch squares, each projected to the
// hidden size (transformers' Conv2d with stride = kernel, here a reshape
// and one matmul), a learned CLS token is prepended and learned absolute
// position embeddings added; pre-LayerNorm encoder layers (LN -> attention
// -> residual, LN -> MLP -> residual), a final LayerNorm, the pooler
// (ViTModel) and the classifier on the CLS token
// (ViTForImageClassification).
func init() {
	mustRegister(Family{
		ModelType: "vit",
		ParseConfig: func(data []byte, file string) (Config, error) {
			return parseViTConfig(data, file)
		},
		Architectures: map[string]func(Config) (Model, error){
			"ViTModel":                  newViT("ViTModel", TaskBase),
			"ViTForImageClassification": newViT("ViTForImageClassification", TaskImageClassification),
		},
		DefaultArch: "ViTModel",
	})
}

// ImageModel is implemented by models whose input is InputPixelValues,
// (batch, channels, height, width) in the compute dtype, instead of
// token ids. Their Spec has Batch images and Seq = ImageTokens().
type ImageModel interface {
	Model
	// PixelShape is the (channels, height, width) of one image the model
	// takes: the config's image size.
	PixelShape() (channels, height, width int)
	// ImageTokens is the encoder's sequence length for one image (for ViT
	// the patches plus the CLS token): the Seq of the model's Specs.
	ImageTokens() int
}

// ImageSpec is the Spec of an image model for a batch of images.
func ImageSpec(m ImageModel, batch int) Spec { return Spec{Batch: batch, Seq: m.ImageTokens()} }

// ViTConfig is config.json of model_type "vit" (transformers' ViTConfig).
// Absent fields take transformers' defaults (ViT-B/16 at 224). A parsed
// ViTConfig has positive sizes, Hidden divisible by Heads, ImageSize
// divisible by PatchSize, known activations and NumLabels >= 1.
type ViTConfig struct {
	Base
	Hidden       int     `json:"hidden_size"`         // C
	Layers       int     `json:"num_hidden_layers"`   // encoder layers
	Heads        int     `json:"num_attention_heads"` // H (head_dim = C / H)
	Intermediate int     `json:"intermediate_size"`   // MLP width
	Act          string  `json:"hidden_act"`          // ACT2FN name
	LayerNormEps float64 `json:"layer_norm_eps"`
	ImageSize    int     `json:"image_size"`   // square input side, pixels
	PatchSize    int     `json:"patch_size"`   // square patch side, pixels
	Channels     int     `json:"num_channels"` // input channels (3)
	QKVBias      bool    `json:"qkv_bias"`     // query/key/value have biases
	// PoolerOutputSize is the pooler's width (null: Hidden) and PoolerAct
	// its activation (tanh).
	PoolerOutputSize *int   `json:"pooler_output_size"`
	PoolerAct        string `json:"pooler_act"`
	// NoPooler drops the pooler from ViTModel (add_pooling_layer=False),
	// for checkpoints without pooler weights (a classifier's backbone).
	NoPooler bool `json:"-"`

	ID2Label    map[int]string `json:"-"`
	Label2ID    map[string]int `json:"label2id"`
	NumLabels   int            `json:"-"` // classifier outputs: len(id2label), else num_labels, else 2
	ProblemType string         `json:"problem_type"`

	// Dropout probabilities (training mode only): after the embeddings and
	// each residual branch, and on the attention probabilities.
	HiddenDropout    float64 `json:"hidden_dropout_prob"`
	AttentionDropout float64 `json:"attention_probs_dropout_prob"`
}

// Common implements Config.
func (c *ViTConfig) Common() *Base { return &c.Base }

// Patches is the number of patches of one image.
func (c *ViTConfig) Patches() int { g := c.ImageSize / c.PatchSize; return g * g }

// poolerSize resolves pooler_output_size.
func (c *ViTConfig) poolerSize() int {
	if c.PoolerOutputSize != nil {
		return *c.PoolerOutputSize
	}
	return c.Hidden
}

// Label returns the name of class i (id2label), or "LABEL_i".
func (c *ViTConfig) Label(i int) string {
	if s, ok := c.ID2Label[i]; ok {
		return s
	}
	return fmt.Sprintf("LABEL_%d", i)
}

func parseViTConfig(data []byte, file string) (*ViTConfig, error) {
	c := &ViTConfig{Hidden: 768, Layers: 12, Heads: 12, Intermediate: 3072, Act: "gelu", LayerNormEps: 1e-12,
		ImageSize: 224, PatchSize: 16, Channels: 3, QKVBias: true, PoolerAct: "tanh"}
	raw, err := decodeConfig(data, file, c, &c.Base)
	if err != nil {
		return nil, err
	}
	if err := checkPositive(file, intField{"hidden_size", c.Hidden}, intField{"num_hidden_layers", c.Layers},
		intField{"num_attention_heads", c.Heads}, intField{"intermediate_size", c.Intermediate},
		intField{"image_size", c.ImageSize}, intField{"patch_size", c.PatchSize}, intField{"num_channels", c.Channels},
		intField{"pooler_output_size", c.poolerSize()}); err != nil {
		return nil, err
	}
	if c.Hidden%c.Heads != 0 {
		return nil, fmt.Errorf("%s: field hidden_size %d is not a multiple of num_attention_heads %d", file, c.Hidden, c.Heads)
	}
	if c.ImageSize%c.PatchSize != 0 {
		return nil, fmt.Errorf("%s: field image_size %d is not a multiple of patch_size %d", file, c.ImageSize, c.PatchSize)
	}
	if c.ImageSize > 1<<14 {
		return nil, fmt.Errorf("%s: field image_size %d is too large", file, c.ImageSize)
	}
	if err := checkEps(file, "layer_norm_eps", c.LayerNormEps); err != nil {
		return nil, err
	}
	if err := checkProb(file, probField{"hidden_dropout_prob", c.HiddenDropout}, probField{"attention_probs_dropout_prob", c.AttentionDropout}); err != nil {
		return nil, err
	}
	if _, err := nn.Activation(c.Act); err != nil {
		return nil, fmt.Errorf("%s: field hidden_act: %w", file, err)
	}
	if _, err := nn.Activation(c.PoolerAct); err != nil {
		return nil, fmt.Errorf("%s: field pooler_act: %w", file, err)
	}
	switch c.ProblemType {
	case "", "regression", "single_label_classification", "multi_label_classification":
	default:
		return nil, fmt.Errorf("%s: field problem_type: %q is not one of regression, single_label_classification, multi_label_classification", file, c.ProblemType)
	}
	if c.ID2Label, c.NumLabels, err = parseLabelFields(raw, file); err != nil {
		return nil, err
	}
	return c, nil
}

// vit is ViTModel or ViTForImageClassification.
type vit struct {
	cfg  *ViTConfig
	arch string
	task Task
}

func newViT(arch string, task Task) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		vc, ok := c.(*ViTConfig)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.ViTConfig", arch, c)
		}
		return &vit{cfg: vc, arch: arch, task: task}, nil
	}
}

func (m *vit) Arch() string                       { return m.arch }
func (m *vit) Config() Config                     { return m.cfg }
func (m *vit) Task() Task                         { return m.task }
func (m *vit) WeightAliases() map[string][]string { return nil }

// PixelShape implements ImageModel.
func (m *vit) PixelShape() (int, int, int) { return m.cfg.Channels, m.cfg.ImageSize, m.cfg.ImageSize }

// ImageTokens implements ImageModel: the patches and the CLS token.
func (m *vit) ImageTokens() int { return m.cfg.Patches() + 1 }

// Build emits ViT for spec (Seq must be ImageTokens(); the position
// embeddings are not interpolated to other sizes). Input: pixel_values
// (B, channels, image_size, image_size). Outputs: ViTModel returns
// last_hidden_state (B, T, C) and pooler_output (B, pooler_output_size)
// unless NoPooler; ViTForImageClassification returns logits (B, labels)
// (transformers' ImageClassifierOutput has no hidden state unless asked:
// Spec.HiddenStates adds hidden_states.0..L, the last before the final
// LayerNorm, as transformers returns them) and, with labels, the loss of
// the config's problem_type.
func (m *vit) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	c := m.cfg
	if spec.Cache > 0 {
		return fmt.Errorf("%s is an encoder: it has no KV cache (spec %s)", m.arch, spec)
	}
	if spec.Seq != m.ImageTokens() {
		return fmt.Errorf("%s: spec %s has %d tokens, but a %dx%d image in %dx%d patches gives %d (interpolating position embeddings to other image sizes is not supported)",
			m.arch, spec, spec.Seq, c.ImageSize, c.ImageSize, c.PatchSize, c.PatchSize, m.ImageTokens())
	}
	if spec.NEFTuneAlpha != 0 {
		return fmt.Errorf("%s: NEFTune noise needs token embeddings; the model takes pixels", m.arch)
	}
	if spec.Images > 0 {
		return fmt.Errorf("%s: images are counted in Batch, not Images (spec %s)", m.arch, spec)
	}
	act, err := nn.Activation(c.Act)
	if err != nil {
		return err
	}
	b, ch, side, p := spec.Batch, c.Channels, c.ImageSize, c.PatchSize
	grid := side / p
	pixels := g.Param(InputPixelValues, dt, b, ch, side, side) // (B, ch, S, S)

	root := nn.NewScope(g, dt)
	s := root.Sub("vit") // a bare ViTModel checkpoint has no prefix: the Runner strips it
	e := s.Sub("embeddings")
	h := patchEmbed(e.Sub("patch_embeddings").Sub("projection"), pixels, c.Hidden, p, true)      // (B, N, C)
	cls := e.Param("cls_token", 1, 1, c.Hidden).BroadcastTo(b, 1, c.Hidden)                      // (B, 1, C)
	h = frontend.Concat(1, cls, h).Add(e.Param("position_embeddings", 1, grid*grid+1, c.Hidden)) // (B, T, C)
	drop := newDropout(g, spec)
	h = drop.Apply(h, c.HiddenDropout)

	layer := preNormLayer{names: vitLayerNames, hidden: c.Hidden, heads: c.Heads, intermediate: c.Intermediate, eps: c.LayerNormEps,
		act: act, qkvBias: c.QKVBias, drop: drop, hiddenDropout: c.HiddenDropout, attentionDrop: c.AttentionDropout}
	hs := hiddenStates{on: spec.HiddenStates}
	for i := 0; i < c.Layers; i++ {
		hs.add(markBoundary(h, i))
		h = layer.forward(s.Sub("encoder").Sub("layer").Index(i), h)
	}
	hs.add(markBoundary(h, c.Layers))
	h = nn.NewLayerNorm(s.Sub("layernorm"), c.Hidden, c.LayerNormEps, nn.LayerNormOptions{}).Forward(h) // (B, T, C)
	first := h.Slice(frontend.All(), frontend.R(0, 1)).Squeeze(1)                                       // (B, C): the CLS token

	var outs []frontend.Output
	switch m.task {
	case TaskBase:
		outs = append(outs, frontend.Out(OutputLastHidden, h))
		if !c.NoPooler {
			pact, err := nn.Activation(c.PoolerAct)
			if err != nil {
				return err
			}
			pooled := pact(nn.NewLinear(s.Sub("pooler").Sub("dense"), c.Hidden, c.poolerSize(), true).Forward(first)) // (B, P)
			outs = append(outs, frontend.Out(OutputPooler, pooled))
		}
	case TaskImageClassification:
		logits := nn.NewLinear(root.Sub("classifier"), c.Hidden, c.NumLabels, true).Forward(first) // (B, labels)
		outs = append(outs, frontend.Out(OutputLogits, logits))
		if spec.Labels {
			outs = append(outs, classificationLoss(g, spec, logits, c.ProblemType, dt))
		}
	}
	g.Return(append(outs, hs.outs...)...)
	return nil
}
