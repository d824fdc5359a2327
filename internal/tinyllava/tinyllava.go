// Package tinyllava writes a tiny random LLaVA model directory for tests:
// config.json, random weights, a word-level tokenizer with an "<image>"
// token, the CLIP image processor and LlavaProcessor's
// processor_config.json. It is test scaffolding shared by the packages
// that run a vision-language model (generate, pipeline, cmd/kiln).
package tinyllava

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// The model's shape: 8x8 images in 4x4 patches, CLS dropped, so one image
// is ImageTokens tokens; ImageTokenID is the last of Vocab ids.
const (
	Vocab        = 40
	ImageTokenID = 39
	ImageTokens  = 4
	EOS          = 2
)

// Config is the config.json written.
const Config = `{"model_type": "llava", "architectures": ["LlavaForConditionalGeneration"], "image_token_id": 39,
 "text_config": {"model_type": "llama", "vocab_size": 40, "hidden_size": 16, "intermediate_size": 24, "num_hidden_layers": 2,
   "num_attention_heads": 2, "num_key_value_heads": 1, "rms_norm_eps": 1e-5, "tie_word_embeddings": false,
   "bos_token_id": 1, "eos_token_id": 2, "max_position_embeddings": 64},
 "vision_config": {"model_type": "clip_vision_model", "hidden_size": 12, "intermediate_size": 20, "num_hidden_layers": 3,
   "num_attention_heads": 2, "image_size": 8, "patch_size": 4, "layer_norm_eps": 1e-5, "hidden_act": "quick_gelu"}}`

const preprocessor = `{"image_processor_type": "CLIPImageProcessor", "do_resize": true, "size": {"shortest_edge": 8},
 "do_center_crop": true, "crop_size": {"height": 8, "width": 8}, "do_rescale": true, "rescale_factor": 0.00392156862745098,
 "do_normalize": true, "image_mean": [0.48145466, 0.4578275, 0.40821073], "image_std": [0.26862954, 0.26130258, 0.27577711],
 "do_convert_rgb": true, "resample": 3}`

const processor = `{"processor_class": "LlavaProcessor", "patch_size": 4, "vision_feature_select_strategy": "default",
 "num_additional_image_tokens": 1, "image_token": "<image>"}`

const chatTemplate = `{% for m in messages %}{{ m['role'] }}: {% if m['content'] is string %}{{ m['content'] }}{% else %}{% for c in m['content'] %}{% if c['type'] == 'image' %}<image>{% else %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %}{{ '\n' }}{% endfor %}{% if add_generation_prompt %}assistant:{% endif %}`

// tokenizerJSON is a word-level tokenizer: <unk>, <s>, </s>, w3..w38 and
// the special <image>.
func tokenizerJSON() string {
	var vocab []string
	for i, w := range words() {
		vocab = append(vocab, fmt.Sprintf("%q: %d", w, i))
	}
	return `{"version": "1.0", "normalizer": null, "pre_tokenizer": {"type": "WhitespaceSplit"},
 "model": {"type": "WordLevel", "vocab": {` + strings.Join(vocab, ", ") + `}, "unk_token": "<unk>"},
 "decoder": null,
 "added_tokens": [
  {"id": 0, "content": "<unk>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
  {"id": 1, "content": "<s>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
  {"id": 2, "content": "</s>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
  {"id": 39, "content": "<image>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true}]}`
}

// words are the vocabulary in id order.
func words() []string {
	w := []string{"<unk>", "<s>", "</s>"}
	for i := 3; i < ImageTokenID; i++ {
		w = append(w, fmt.Sprintf("w%d", i))
	}
	return append(w, "<image>")
}

// Write writes the model directory into dir, its weights drawn from seed.
func Write(dir string, seed int64) error {
	cfg, err := models.ParseConfig([]byte(Config), "config.json")
	if err != nil {
		return err
	}
	m, err := models.New(cfg, "")
	if err != nil {
		return err
	}
	f, err := frontend.Build("weights", func(g *frontend.Graph) error {
		return m.Build(g, models.Spec{Batch: 1, Seq: ImageTokens, Images: 1}, ir.Float32)
	})
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(seed))
	tensors := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		x := make([]float32, p.Type.Shape.NumElements())
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.5)
		}
		if tensors[p.Name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			return err
		}
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), tensors, map[string]string{"format": "pt"}); err != nil {
		return err
	}
	files := map[string]string{
		"config.json":              Config,
		"tokenizer.json":           tokenizerJSON(),
		"tokenizer_config.json":    `{"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "add_bos_token": false}`,
		"preprocessor_config.json": preprocessor,
		"processor_config.json":    processor,
		"chat_template.jinja":      chatTemplate,
		"generation_config.json":   `{"bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0}`,
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			return err
		}
	}
	return nil
}
