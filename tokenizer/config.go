package tokenizer

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
)

// Config is what tokenizer_config.json says about a tokenizer.
type Config struct {
	BOSToken, EOSToken, UNKToken, PADToken, SEPToken, CLSToken, MaskToken string
	AdditionalSpecialTokens                                               []string
	// ModelMaxLength is 0 when the file gives none or HF's "no limit"
	// sentinel (1e30).
	ModelMaxLength int
	// PaddingSide and TruncationSide are "right" (default) or "left".
	PaddingSide, TruncationSide string
	// ChatTemplate is the default Jinja chat template; ChatTemplates holds
	// every named template (the default one under "default").
	ChatTemplate  string
	ChatTemplates map[string]string
	// AddBOSToken / AddEOSToken are nil when the file does not say.
	AddBOSToken, AddEOSToken  *bool
	CleanUpTokenizationSpaces bool
	TokenizerClass            string
	// DoLowerCase, TokenizeChineseChars and StripAccents configure BERT
	// tokenizers built from vocab.txt (nil when absent).
	DoLowerCase, TokenizeChineseChars, StripAccents *bool
	AddPrefixSpace                                  *bool
	// AddedTokens are the entries of added_tokens_decoder, by id.
	AddedTokens []AddedToken
	// Raw is the whole decoded file, for fields not listed here (nil for a
	// Config made without a file).
	Raw map[string]any

	// AutoClass is the transformers tokenizer class AutoTokenizer would
	// instantiate (AutoTokenizerClass), when FromDir worked it out.
	AutoClass string
	// DefaultedTokens are the special-token fields ("mask_token", ...) that
	// the file did not mention and FromDir filled from AutoClass's
	// constructor defaults (only defaults in the vocabulary).
	DefaultedTokens []string
}

// newConfig is the Config of an empty tokenizer_config.json.
func newConfig() *Config {
	return &Config{PaddingSide: "right", TruncationSide: "right", ChatTemplates: map[string]string{}}
}

// parseObject decodes a JSON document whose root must be an object.
func parseObject(data []byte) (jv, error) {
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		return jv{}, fmt.Errorf("invalid JSON: %v", err)
	}
	r := jv{root, ""}
	_, err := r.obj()
	return r, err
}

// LoadConfig reads a tokenizer_config.json. Errors name the file and the
// JSON path of the bad field.
func LoadConfig(path string) (*Config, error) {
	return parseFile(path, ParseConfig)
}

// ParseConfig decodes the contents of a tokenizer_config.json.
func ParseConfig(data []byte) (*Config, error) {
	r, err := parseObject(data)
	if err != nil {
		return nil, err
	}
	c := newConfig()
	c.Raw = r.v.(map[string]any)
	for _, f := range c.specialTokenFields() {
		if *f.dst, err = tokenField(r.key(f.key)); err != nil {
			return nil, err
		}
	}
	if a := r.key("additional_special_tokens"); !a.isNull() {
		arr, err := a.arr()
		if err != nil {
			return nil, err
		}
		for _, x := range arr {
			s, err := tokenField(x)
			if err != nil {
				return nil, err
			}
			c.AdditionalSpecialTokens = append(c.AdditionalSpecialTokens, s)
		}
	}
	if ml := r.key("model_max_length"); !ml.isNull() {
		f, err := ml.num()
		if err != nil {
			return nil, err
		}
		if f > 0 && f < 1e15 {
			c.ModelMaxLength = int(math.Round(f))
		}
	}
	if c.PaddingSide, err = r.key("padding_side").strOr("right"); err != nil {
		return nil, err
	}
	if c.TruncationSide, err = r.key("truncation_side").strOr("right"); err != nil {
		return nil, err
	}
	for _, s := range []string{c.PaddingSide, c.TruncationSide} {
		if s != "left" && s != "right" {
			return nil, r.key("padding_side").errf("side must be \"left\" or \"right\", got %q", s)
		}
	}
	if err := c.setChatTemplate(r.key("chat_template")); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		key string
		dst **bool
	}{{"add_bos_token", &c.AddBOSToken}, {"add_eos_token", &c.AddEOSToken}, {"do_lower_case", &c.DoLowerCase},
		{"tokenize_chinese_chars", &c.TokenizeChineseChars}, {"strip_accents", &c.StripAccents}, {"add_prefix_space", &c.AddPrefixSpace}} {
		if v := r.key(f.key); !v.isNull() {
			b, err := v.boolOr(false)
			if err != nil {
				return nil, err
			}
			*f.dst = &b
		}
	}
	if c.CleanUpTokenizationSpaces, err = r.key("clean_up_tokenization_spaces").boolOr(false); err != nil {
		return nil, err
	}
	if c.TokenizerClass, err = r.key("tokenizer_class").strOr(""); err != nil {
		return nil, err
	}
	if d := r.key("added_tokens_decoder"); !d.isNull() {
		dm, err := d.obj()
		if err != nil {
			return nil, err
		}
		for k := range dm {
			e := d.key(k)
			id, err := strconv.Atoi(k)
			if err != nil {
				return nil, e.errf("key is not an integer id")
			}
			if _, err := e.obj(); err != nil {
				return nil, err
			}
			m := e.v.(map[string]any)
			m2 := make(map[string]any, len(m)+1)
			for kk, vv := range m {
				m2[kk] = vv
			}
			m2["id"] = float64(id)
			at, err := parseAddedToken(jv{m2, e.path})
			if err != nil {
				return nil, err
			}
			c.AddedTokens = append(c.AddedTokens, at)
		}
		sort.Slice(c.AddedTokens, func(i, j int) bool { return c.AddedTokens[i].ID < c.AddedTokens[j].ID })
	}
	return c, nil
}

// tokenField reads a special token given as a string or as an AddedToken
// object ({"content": ...}); null gives "".
func tokenField(j jv) (string, error) {
	switch j.v.(type) {
	case nil:
		return "", nil
	case string:
		return j.v.(string), nil
	case map[string]any:
		return j.key("content").str()
	}
	return "", j.errf("expected a token string or object, got %s", kindOf(j.v))
}

// setChatTemplate accepts a string or a list of {"name", "template"}.
func (c *Config) setChatTemplate(j jv) error {
	switch x := j.v.(type) {
	case nil:
		return nil
	case string:
		c.ChatTemplate = x
		c.ChatTemplates["default"] = x
		return nil
	case []any:
		arr, _ := j.arr()
		for _, e := range arr {
			name, err := e.key("name").str()
			if err != nil {
				return err
			}
			tmpl, err := e.key("template").str()
			if err != nil {
				return err
			}
			c.ChatTemplates[name] = tmpl
		}
		c.ChatTemplate = c.ChatTemplates["default"]
		return nil
	}
	return j.errf("expected a string or a list of named templates, got %s", kindOf(j.v))
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
