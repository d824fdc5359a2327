package tokenizer

import (
	"fmt"
	"strings"
)

// GenericTokenizerClass is transformers' TokenizersBackend: the class
// AutoTokenizer falls back to, whose constructor names no special tokens.
const GenericTokenizerClass = "TokenizersBackend"

// modelTypeTokenizerClass is transformers 5.x's TOKENIZER_MAPPING_NAMES
// (models/auto/tokenization_auto.py) for the model types kiln runs, plus
// RoBERTa. "llama" has no entry there (the class is whatever
// tokenizer_config.json names, else TokenizersBackend), and the Mistral
// types map to TokenizersBackend (MistralCommonBackend when mistral_common
// is installed; neither has special-token defaults).
var modelTypeTokenizerClass = map[string]string{
	"bert":    "BertTokenizer",
	"gpt2":    "GPT2Tokenizer",
	"qwen2":   "Qwen2Tokenizer",
	"qwen3":   "Qwen2Tokenizer",
	"mistral": GenericTokenizerClass,
	"roberta": "RobertaTokenizer",
}

// classSpecialTokenDefaults are the special-token defaults of the
// constructors of transformers 5.x tokenizer classes (keyed by the
// tokenizer_config.json field they stand for). A class that is not listed
// (TokenizersBackend included) has none.
var classSpecialTokenDefaults = map[string]map[string]string{
	// models/bert/tokenization_bert.py
	"BertTokenizer": {"unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]", "cls_token": "[CLS]", "mask_token": "[MASK]"},
	// models/gpt2/tokenization_gpt2.py (pad_token=None)
	"GPT2Tokenizer": {"unk_token": "<|endoftext|>", "bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>"},
	// models/qwen2/tokenization_qwen2.py (bos_token=None)
	"Qwen2Tokenizer": {"unk_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>"},
	// models/llama/tokenization_llama.py (no pad_token argument)
	"LlamaTokenizer": {"unk_token": "<unk>", "bos_token": "<s>", "eos_token": "</s>"},
	// models/roberta/tokenization_roberta.py
	"RobertaTokenizer": {"bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "cls_token": "<s>",
		"unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>"},
}

// ModelConfig is what a model directory's config.json says about its
// tokenizer: the fields AutoTokenizer reads to choose the tokenizer class.
type ModelConfig struct {
	// ModelType is config.json's model_type ("bert").
	ModelType string
	// TokenizerClass is config.json's tokenizer_class ("" when absent or null).
	TokenizerClass string
	// CustomTokenizer is set when config.json's auto_map names an
	// AutoTokenizer class (remote code, whose defaults kiln cannot know).
	CustomTokenizer bool
}

// LoadModelConfig reads the tokenizer-related fields of a model's
// config.json. Errors name the file and the JSON path of the bad field.
func LoadModelConfig(path string) (*ModelConfig, error) {
	return parseFile(path, ParseModelConfig)
}

// ParseModelConfig decodes the tokenizer-related fields of a config.json;
// every other field is ignored.
func ParseModelConfig(data []byte) (*ModelConfig, error) {
	r, err := parseObject(data)
	if err != nil {
		return nil, err
	}
	mc := &ModelConfig{}
	if mc.ModelType, err = r.key("model_type").strOr(""); err != nil {
		return nil, err
	}
	if mc.TokenizerClass, err = r.key("tokenizer_class").strOr(""); err != nil {
		return nil, err
	}
	mc.CustomTokenizer = namesAutoTokenizer(r.key("auto_map"))
	return mc, nil
}

// namesAutoTokenizer reports whether an auto_map value names a remote
// AutoTokenizer class: the legacy list form, or an object with an
// "AutoTokenizer" entry.
func namesAutoTokenizer(j jv) bool {
	switch x := j.v.(type) {
	case []any:
		return true
	case map[string]any:
		return x["AutoTokenizer"] != nil
	}
	return false
}

// AutoTokenizerClass is the tokenizer class transformers 5.x's
// AutoTokenizer.from_pretrained instantiates for a model directory, with
// any "Fast" suffix removed (v5 has one class per tokenizer):
//
//   - tokenizer_config.json's tokenizer_class, unless config.json's
//     model_type maps to a different class, in which case the generic
//     TokenizersBackend;
//   - else config.json's tokenizer_class;
//   - else the class model_type maps to (TokenizersBackend when it maps to
//     none, as "llama" does).
//
// cfg (tokenizer_config.json) and mc (config.json) may be nil. A class
// given by remote code (auto_map) gives "": unknown. Only the model types
// listed in modelTypeTokenizerClass are mapped; for any other model type
// the named tokenizer_class is taken as is.
func AutoTokenizerClass(cfg *Config, mc *ModelConfig) string {
	named, modelType, modelNamed := "", "", ""
	if cfg != nil {
		if namesAutoTokenizer(jv{cfg.Raw["auto_map"], ""}) {
			return ""
		}
		named = strings.TrimSuffix(cfg.TokenizerClass, "Fast")
	}
	if mc != nil {
		if mc.CustomTokenizer {
			return ""
		}
		modelType = mc.ModelType
		if mc.TokenizerClass != "PreTrainedTokenizerFast" {
			modelNamed = strings.TrimSuffix(mc.TokenizerClass, "Fast")
		} else {
			modelNamed = mc.TokenizerClass
		}
	}
	mapped, known := modelTypeTokenizerClass[modelType]
	switch {
	case named != "" && known && mapped != named:
		return GenericTokenizerClass
	case named != "":
		return named
	case modelNamed != "":
		return modelNamed
	case known:
		return mapped
	}
	return GenericTokenizerClass
}

// specialTokenFields are Config's special-token fields by their
// tokenizer_config.json names, in the order HF lists them.
func (c *Config) specialTokenFields() []struct {
	key string
	dst *string
} {
	return []struct {
		key string
		dst *string
	}{{"bos_token", &c.BOSToken}, {"eos_token", &c.EOSToken}, {"unk_token", &c.UNKToken},
		{"sep_token", &c.SEPToken}, {"pad_token", &c.PADToken}, {"cls_token", &c.CLSToken}, {"mask_token", &c.MaskToken}}
}

// fillSpecialTokenDefaults gives every special token that
// tokenizer_config.json does not mention (a field set to null counts as
// mentioned: HF then passes None) class's constructor default, when that
// default is in the vocabulary (inVocab). HF would add a missing default
// to the vocabulary under a new id past the model's embeddings; kiln
// leaves the token unset instead. It records class and the filled fields.
func (c *Config) fillSpecialTokenDefaults(class string, inVocab func(string) bool) {
	c.AutoClass = class
	defaults := classSpecialTokenDefaults[class]
	for _, f := range c.specialTokenFields() {
		if _, given := c.Raw[f.key]; given || *f.dst != "" {
			continue
		}
		if d := defaults[f.key]; d != "" && inVocab(d) {
			*f.dst = d
			c.DefaultedTokens = append(c.DefaultedTokens, f.key)
		}
	}
}

// applySpecialTokenDefaults fills t.Config's missing special tokens from
// the defaults of the class AutoTokenizer would pick (AutoTokenizerClass),
// creating a Config when the directory has no tokenizer_config.json and a
// default applies. mc may be nil (no config.json).
func (t *Tokenizer) applySpecialTokenDefaults(mc *ModelConfig) {
	class := AutoTokenizerClass(t.Config, mc)
	if class == "" {
		return
	}
	c := t.Config
	if c == nil {
		c = newConfig()
	}
	c.fillSpecialTokenDefaults(class, func(s string) bool { _, ok := t.TokenToID(s); return ok })
	if t.Config == nil && len(c.DefaultedTokens) > 0 {
		t.Config = c
	}
}

// loadDirModelConfig reads dir's config.json when there is one (nil
// otherwise).
func loadDirModelConfig(dir string) (*ModelConfig, error) {
	p, ok := findFile(dir, "config.json")
	if !ok {
		return nil, nil
	}
	mc, err := LoadModelConfig(p)
	if err != nil {
		return nil, fmt.Errorf("reading the tokenizer class: %w", err)
	}
	return mc, nil
}
