package models

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// LLaVA (transformers' LlavaForConditionalGeneration): a CLIP or SigLIP
// vision tower, a two-layer projector and a kiln decoder (Llama, Mistral,
// Qwen2, ... through the registry, by text_config.model_type).
//
// The image's hidden states at vision_feature_layer (an index into the
// tower's hidden_states: 0 is the embeddings, -1 the last layer's output,
// no post_layernorm; a list concatenates several along the features), with
// the CLS token dropped under the "default" select strategy, go through
// linear_1 -> projector_hidden_act -> linear_2 into the text model's
// width. The prompt holds one image token per feature row (the processor
// expands each "<image>" to TokensPerImage() copies); the program looks the
// tokens up, then puts the image features, in order, at the image-token
// positions (torch's masked_scatter) and runs the decoder. Only programs
// with Spec.Images > 0 (a prefill) run the tower: the decode steps of a
// generation are the plain decoder over the KV cache.
//
// Weights: transformers 5 names (model.vision_tower.*,
// model.multi_modal_projector.*, model.language_model.*, lm_head.weight)
// and the transformers 4 ones (vision_tower.*, multi_modal_projector.*,
// language_model.model.*, language_model.lm_head.weight); a checkpoint
// without an LM head reads it from the input embedding (tied).

// VisionLanguageModel is a decoder whose prefill programs also take images
// (LLaVA): with Spec.Images = N > 0 the program takes pixel_values
// (N, channels, height, width) in the compute dtype, and input_ids must
// hold exactly N*TokensPerImage() ImageTokenID tokens among all rows (the
// Runner checks); the image features replace their embeddings in order,
// row after row. Programs with Images = 0 are the text decoder alone.
type VisionLanguageModel interface {
	Decoder
	// PixelShape is the (channels, height, width) of one image.
	PixelShape() (channels, height, width int)
	// TokensPerImage is the number of image tokens (feature rows) one image
	// fills.
	TokensPerImage() int
	// ImageTokenID is the placeholder token of an image feature row.
	ImageTokenID() int
}

// LlavaConfig is config.json of model_type "llava". Its Base is the text
// model's, with the top level's model_type, architectures, dtype and
// token ids where present.
type LlavaConfig struct {
	Base
	// Text is text_config parsed by its model_type (llama when absent).
	Text *DecoderConfig `json:"-"`
	// Vision is vision_config as a lone vision tower config
	// (clip_vision_model when its model_type is absent, or
	// siglip_vision_model).
	Vision *CLIPConfig `json:"-"`
	// ImageTokenID is image_token_id (transformers 5) or
	// image_token_index (4); default 32000.
	ImageTokenID int `json:"-"`
	// ProjectorAct is projector_hidden_act (gelu).
	ProjectorAct string `json:"projector_hidden_act"`
	// FeatureLayers are vision_feature_layer's indices into the tower's
	// hidden states (default -2), normalised to 0..layers.
	FeatureLayers []int `json:"-"`
	// SelectStrategy is vision_feature_select_strategy: "default" drops
	// the first (CLS) token of each image, "full" keeps it.
	SelectStrategy string `json:"vision_feature_select_strategy"`
	// ProjectorBias is multimodal_projector_bias (true).
	ProjectorBias bool `json:"multimodal_projector_bias"`
}

// Common implements Config.
func (c *LlavaConfig) Common() *Base { return &c.Base }

// PositionTable implements PositionLimited with the text model's table.
func (c *LlavaConfig) PositionTable() PositionTable {
	if pl, ok := Config(c.Text).(PositionLimited); ok {
		return pl.PositionTable()
	}
	return PositionTable{}
}

// TokensPerImage is the number of feature rows (image tokens) per image.
func (c *LlavaConfig) TokensPerImage() int {
	n := c.Vision.Vision.Patches()
	if !c.Vision.SigLIP {
		n++ // the class token
	}
	if c.SelectStrategy == "default" {
		n--
	}
	return n
}

func init() {
	mustRegister(Family{
		ModelType:     "llava",
		ParseConfig:   func(data []byte, file string) (Config, error) { return parseLlavaConfig(data, file) },
		Architectures: map[string]func(Config) (Model, error){"LlavaForConditionalGeneration": newLlava},
		DefaultArch:   "LlavaForConditionalGeneration",
	})
}

// llavaDefaultVision is LlavaConfig's vision tower when vision_config is
// absent (CLIP ViT-L/14 at 336).
const llavaDefaultVision = `{"model_type": "clip_vision_model", "intermediate_size": 4096, "hidden_size": 1024, "patch_size": 14,
"image_size": 336, "num_hidden_layers": 24, "num_attention_heads": 16, "projection_dim": 768}`

func parseLlavaConfig(data []byte, file string) (*LlavaConfig, error) {
	var top struct {
		Base
		LlavaConfig
		Text          json.RawMessage `json:"text_config"`
		Vision        json.RawMessage `json:"vision_config"`
		FeatureLayer  json.RawMessage `json:"vision_feature_layer"`
		ImageTokenID  *int            `json:"image_token_id"`
		ImageTokenIdx *int            `json:"image_token_index"`
	}
	top.ProjectorAct, top.SelectStrategy, top.ProjectorBias = "gelu", "default", true
	raw, err := decodeConfig(data, file, &top, &top.Base)
	if err != nil {
		return nil, err
	}
	c := &top.LlavaConfig
	if c.Vision, err = parseLlavaVision(top.Vision, file); err != nil {
		return nil, err
	}
	if c.Text, err = parseLlavaText(top.Text, file); err != nil {
		return nil, err
	}
	c.Base = c.Text.Base
	c.ModelType, c.Architectures, c.present = top.ModelType, top.Architectures, top.present
	if top.DType != "" {
		c.DType = top.DType
		if c.Text.DType == "" {
			c.Text.DType = top.DType
		}
	}
	for _, f := range []struct {
		name string
		set  func()
	}{
		{"pad_token_id", func() { c.PadTokenID = top.PadTokenID }},
		{"eos_token_id", func() { c.EosTokenID = top.EosTokenID }},
		{"bos_token_id", func() { c.BosTokenID = top.BosTokenID }},
	} {
		if v, ok := raw[f.name]; ok && !isNull(v) {
			f.set()
		}
	}
	c.ImageTokenID = 32000
	switch {
	case top.ImageTokenID != nil:
		c.ImageTokenID = *top.ImageTokenID
	case top.ImageTokenIdx != nil:
		c.ImageTokenID = *top.ImageTokenIdx
	}
	if c.ImageTokenID < 0 {
		return nil, fmt.Errorf("%s: field image_token_id must be >= 0, got %d", file, c.ImageTokenID)
	}
	if c.SelectStrategy != "default" && c.SelectStrategy != "full" {
		return nil, fmt.Errorf("%s: field vision_feature_select_strategy: %q is not one of default, full", file, c.SelectStrategy)
	}
	if _, err := nn.Activation(c.ProjectorAct); err != nil {
		return nil, fmt.Errorf("%s: field projector_hidden_act: %w", file, err)
	}
	if c.FeatureLayers, err = parseFeatureLayers(top.FeatureLayer, file, c.Vision.Vision.Layers); err != nil {
		return nil, err
	}
	if c.TokensPerImage() < 1 {
		return nil, fmt.Errorf("%s: an image of vision_config.image_size %d in patches of %d leaves no image tokens", file, c.Vision.Vision.ImageSize, c.Vision.Vision.PatchSize)
	}
	return c, nil
}

// parseLlavaVision parses vision_config (absent: LLaVA's default tower).
func parseLlavaVision(v json.RawMessage, file string) (*CLIPConfig, error) {
	if len(v) == 0 || isNull(v) {
		v = json.RawMessage(llavaDefaultVision)
	}
	var head struct {
		ModelType string `json:"model_type"`
	}
	if err := json.Unmarshal(v, &head); err != nil {
		return nil, fmt.Errorf("%s: field vision_config: want an object, got JSON %s", file, v)
	}
	sub := file + " (vision_config)"
	switch head.ModelType {
	case "", "clip_vision_model":
		return parseCLIPConfig(v, sub, false, clipVision)
	case "siglip_vision_model":
		return parseCLIPConfig(v, sub, true, clipVision)
	}
	return nil, fmt.Errorf("%s: field vision_config.model_type: %q is not supported (supported: clip_vision_model, siglip_vision_model)", file, head.ModelType)
}

// parseLlavaText parses text_config by its model_type (llama when absent)
// through the registry; the family must be one of kiln's decoders.
func parseLlavaText(t json.RawMessage, file string) (*DecoderConfig, error) {
	if len(t) == 0 || isNull(t) {
		return nil, fmt.Errorf("%s: field text_config is missing: a llava config needs its language model's config", file)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(t, &obj); err != nil {
		return nil, fmt.Errorf("%s: field text_config: want an object, got JSON %s", file, t)
	}
	if mt, ok := obj["model_type"]; !ok || isNull(mt) {
		obj["model_type"] = json.RawMessage(`"llama"`)
		t, _ = json.Marshal(obj)
	}
	cfg, err := ParseConfig(t, file+" (text_config)")
	if err != nil {
		return nil, err
	}
	dc, ok := cfg.(*DecoderConfig)
	if !ok {
		return nil, fmt.Errorf("%s: field text_config.model_type: %q is not a decoder kiln builds as a language model", file, cfg.Common().ModelType)
	}
	return dc, nil
}

// parseFeatureLayers reads vision_feature_layer, an int or a list of ints
// (default -2), each an index into hidden_states[0..layers], negative from
// the end; it returns them as indices 0..layers.
func parseFeatureLayers(v json.RawMessage, file string, layers int) ([]int, error) {
	idx := IntList{-2}
	if len(v) > 0 && !isNull(v) {
		idx = nil
		if err := idx.UnmarshalJSON(v); err != nil || len(idx) == 0 {
			return nil, fmt.Errorf("%s: field vision_feature_layer: want an integer or a non-empty list of integers, got JSON %s", file, v)
		}
	}
	out := make([]int, len(idx))
	for i, l := range idx {
		n := l
		if n < 0 {
			n += layers + 1
		}
		if n < 0 || n > layers {
			return nil, fmt.Errorf("%s: field vision_feature_layer: %d is outside the vision tower's %d hidden states (-%d..%d)", file, l, layers+1, layers+1, layers)
		}
		out[i] = n
	}
	return out, nil
}

// llava is LlavaForConditionalGeneration.
type llava struct {
	cfg    *LlavaConfig
	text   *decoder // the language model under model.language_model / lm_head
	vision *clip    // the vision tower under model.vision_tower
	// visionAliases: the tower's other checkpoint names (newLlava).
	visionAliases map[string][]string
}

func newLlava(c Config) (Model, error) {
	lc, ok := c.(*LlavaConfig)
	if !ok {
		return nil, fmt.Errorf("LlavaForConditionalGeneration: config is %T, want *models.LlavaConfig", c)
	}
	tc := *lc.Text
	untied := false
	tc.TieWordEmbeddings = &untied // lm_head is its own parameter; a tied checkpoint fills it by alias
	names := tc.Layout.names()
	names.Model, names.LMHead = "model.language_model", "lm_head"
	tc.Layout.Names = &names
	text := &decoder{cfg: &tc, arch: "LlavaForConditionalGeneration", task: TaskCausalLM}
	f, err := frontend.Build("names", func(g *frontend.Graph) error { return text.Build(g, Spec{Batch: 1, Seq: 1}, ir.Float32) })
	if err != nil {
		return nil, err
	}
	embed := "model.language_model." + names.Embed + ".weight"
	text.aliases = map[string][]string{}
	for _, p := range f.Params {
		switch {
		case p.Name == "lm_head.weight":
			text.aliases[p.Name] = []string{"language_model.lm_head.weight", embed, "language_model.model." + names.Embed + ".weight"}
		case strings.HasPrefix(p.Name, "model.language_model."):
			text.aliases[p.Name] = []string{"language_model.model." + strings.TrimPrefix(p.Name, "model.language_model.")}
		}
	}
	m := &llava{cfg: lc, text: text, vision: &clip{cfg: lc.Vision, arch: "LlavaForConditionalGeneration", part: clipVision}}
	// The vision tower's weights: model.vision_tower.vision_model.* here;
	// transformers 4 saved vision_tower.vision_model.* (found by the
	// runner's prefix rule) and transformers 5.17's save_pretrained writes
	// vision_tower.* without vision_model (checked on its output).
	fv, err := frontend.Build("vision-names", func(g *frontend.Graph) error {
		g.Return(frontend.Out("features", m.imageFeatures(nn.NewScope(g, ir.Float32), 1)))
		return nil
	})
	if err != nil {
		return nil, err
	}
	m.visionAliases = map[string][]string{}
	const tower = "model.vision_tower.vision_model."
	for _, p := range fv.Params {
		if rest, ok := strings.CutPrefix(p.Name, tower); ok {
			m.visionAliases[p.Name] = []string{"vision_tower." + rest, "model.vision_tower." + rest}
		}
	}
	return m, nil
}

func (m *llava) Arch() string   { return "LlavaForConditionalGeneration" }
func (m *llava) Config() Config { return m.cfg }
func (m *llava) Task() Task     { return TaskCausalLM }
func (m *llava) WeightAliases() map[string][]string {
	out := m.text.WeightAliases()
	if out == nil {
		out = map[string][]string{}
	}
	maps.Copy(out, m.visionAliases)
	return out
}

// CacheLayout implements Decoder: the language model's cache.
func (m *llava) CacheLayout() (layers, kvHeads, headDim int) { return m.text.CacheLayout() }

// PixelShape implements VisionLanguageModel.
func (m *llava) PixelShape() (int, int, int) { return m.vision.pixelShape() }

// TokensPerImage implements VisionLanguageModel.
func (m *llava) TokensPerImage() int { return m.cfg.TokensPerImage() }

// ImageTokenID implements VisionLanguageModel.
func (m *llava) ImageTokenID() int { return m.cfg.ImageTokenID }

// Build emits the program for spec: the language model's (see decoder),
// with, when spec.Images > 0, the vision tower and projector over
// pixel_values (Images, ch, S, S) merged into the token embeddings.
// Outputs are the decoder's (logits, last_hidden_state, presents, loss,
// hidden states). Training mode (Spec.Dropout, NEFTune) is not supported.
func (m *llava) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if spec.Dropout || spec.NEFTuneAlpha != 0 {
		return fmt.Errorf("%s: training mode (dropout, NEFTune) is not supported (spec %s)", m.Arch(), spec)
	}
	if spec.Images == 0 {
		return m.text.Build(g, spec, dt)
	}
	text := *m.text
	text.merger = &llavaMerger{m: m, images: spec.Images, root: nn.NewScope(g, dt)}
	return text.Build(g, spec, dt)
}

// llavaMerger puts one program's image features into its embeddings.
type llavaMerger struct {
	m      *llava
	images int
	root   *nn.Scope
}

// lookupIDs reads the image tokens' embeddings at id 0: their rows are
// replaced, and the image token may lie outside the embedding table.
func (l *llavaMerger) lookupIDs(ids *frontend.Tensor) *frontend.Tensor {
	img := ids.Eq(ids.Graph().ConstScalarInt(ir.Int64, int64(l.m.cfg.ImageTokenID)))
	return frontend.Where(img, ids.FullLike(0), ids)
}

// merge is masked_scatter: the k-th image token of the flattened (B*T)
// ids takes the k-th feature row of the flattened (N*F) image features.
// The rank k of a position is the count of image tokens at or before it
// in its row, a (B, T, T) comparison, plus those of the rows before it.
func (l *llavaMerger) merge(h, ids *frontend.Tensor) *frontend.Tensor {
	g := h.Graph()
	feats := l.m.imageFeatures(l.root, l.images) // (N, F, C)
	rows := feats.Dim(0) * feats.Dim(1)
	b, t, c := h.Dim(0), h.Dim(1), h.Dim(2)
	img := ids.Eq(g.ConstScalarInt(ir.Int64, int64(l.m.cfg.ImageTokenID)))                        // (B, T) bool
	upTo := g.Iota(ir.Int64, 1, t, t).Le(g.Iota(ir.Int64, 0, t, t)).Reshape(1, t, t)              // (1, T, T): j <= i
	inRow := upTo.And(img.Reshape(b, 1, t)).AsType(ir.Int64).Sum(2)                               // (B, T): image tokens up to i
	perRow := img.AsType(ir.Int64).Sum(1).Reshape(1, b)                                           // (1, B)
	before := g.Iota(ir.Int64, 1, b, b).Lt(g.Iota(ir.Int64, 0, b, b))                             // (B, B): r < row
	offset := frontend.Where(before, perRow.BroadcastTo(b, b), g.Zeros(ir.Int64, b, b)).Sum(1)    // (B): image tokens of earlier rows
	rank := inRow.Add(offset.Reshape(b, 1)).SubScalar(1).Clamp(0, float64(rows-1)).Reshape(b * t) // (B*T)
	scattered := feats.Reshape(rows, c).Take(rank, 0).Reshape(b, t, c)                            // (B, T, C)
	return frontend.Where(img.Reshape(b, t, 1), scattered, h)
}

// imageFeatures runs the vision tower on pixel_values (images, ch, S, S)
// up to the deepest selected layer and projects the selected hidden
// states: (images, TokensPerImage(), text hidden).
func (m *llava) imageFeatures(root *nn.Scope, images int) *frontend.Tensor {
	c, v := m.cfg, m.cfg.Vision.Vision
	g := root.Graph()
	pixels := g.Param(InputPixelValues, root.DType(), images, v.Channels, v.ImageSize, v.ImageSize) // (N, ch, S, S)
	s := root.Sub("model").Sub("vision_tower").Sub("vision_model")
	deepest := 0
	for _, l := range c.FeatureLayers {
		deepest = max(deepest, l)
	}
	layer, err := m.vision.layer(&v.CLIPTowerConfig, nil, frontend.AttentionOptions{})
	if err != nil {
		panic(err) // the activation was checked when the config was parsed
	}
	states := []*frontend.Tensor{m.vision.visionEmbed(s, pixels)} // hidden_states[0], (N, T, Cv)
	for i := 0; i < deepest; i++ {
		states = append(states, layer.forward(s.Sub("encoder").Sub("layers").Index(i), states[i]))
	}
	var picked []*frontend.Tensor
	for _, l := range c.FeatureLayers {
		h := states[l]
		if c.SelectStrategy == "default" {
			h = h.SliceAxis(1, 1, h.Dim(1)) // drop the first (CLS) token
		}
		picked = append(picked, h)
	}
	x := frontend.Concat(2, picked...) // (N, F, Cv*len)
	act, err := nn.Activation(c.ProjectorAct)
	if err != nil {
		panic(err) // checked when parsed
	}
	p := root.Sub("model").Sub("multi_modal_projector")
	hidden := c.Text.Hidden
	x = act(nn.NewLinear(p.Sub("linear_1"), x.Dim(2), hidden, c.ProjectorBias).Forward(x)) // (N, F, C)
	return nn.NewLinear(p.Sub("linear_2"), hidden, hidden, c.ProjectorBias).Forward(x)     // (N, F, C)
}
