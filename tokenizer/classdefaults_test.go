package tokenizer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestAutoTokenizerClass(t *testing.T) {
	tc := func(doc string) *Config {
		c, err := ParseConfig([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	mt := func(modelType string) *ModelConfig { return &ModelConfig{ModelType: modelType} }
	for _, c := range []struct {
		name string
		cfg  *Config
		mc   *ModelConfig
		want string
	}{
		{"bert model type", nil, mt("bert"), "BertTokenizer"},
		{"qwen3 uses Qwen2's class", nil, mt("qwen3"), "Qwen2Tokenizer"},
		{"llama has no mapping", nil, mt("llama"), GenericTokenizerClass},
		{"mistral maps to the generic class", nil, mt("mistral"), GenericTokenizerClass},
		{"nothing known", nil, nil, GenericTokenizerClass},
		{"named class agrees, Fast dropped", tc(`{"tokenizer_class": "BertTokenizerFast"}`), mt("bert"), "BertTokenizer"},
		{"named class for unmapped llama", tc(`{"tokenizer_class": "LlamaTokenizerFast"}`), mt("llama"), "LlamaTokenizer"},
		{"named class disagrees with the mapping", tc(`{"tokenizer_class": "LlamaTokenizer"}`), mt("mistral"), GenericTokenizerClass},
		{"PreTrainedTokenizerFast on qwen2", tc(`{"tokenizer_class": "PreTrainedTokenizerFast"}`), mt("qwen2"), GenericTokenizerClass},
		{"named class without config.json", tc(`{"tokenizer_class": "GPT2TokenizerFast"}`), nil, "GPT2Tokenizer"},
		{"tokenizer_config.json without a class", tc(`{"do_lower_case": true}`), mt("bert"), "BertTokenizer"},
		{"config.json's tokenizer_class", nil, &ModelConfig{ModelType: "other", TokenizerClass: "RobertaTokenizerFast"}, "RobertaTokenizer"},
		{"remote code in tokenizer_config.json", tc(`{"tokenizer_class": "BertTokenizer", "auto_map": {"AutoTokenizer": ["a.B", null]}}`), mt("bert"), ""},
		{"remote code in config.json", nil, &ModelConfig{ModelType: "bert", CustomTokenizer: true}, ""},
	} {
		if got := AutoTokenizerClass(c.cfg, c.mc); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestParseModelConfig(t *testing.T) {
	mc, err := ParseModelConfig([]byte(`{"model_type": "bert", "tokenizer_class": null, "hidden_size": 8}`))
	if err != nil || *mc != (ModelConfig{ModelType: "bert"}) {
		t.Errorf("%+v %v", mc, err)
	}
	mc, err = ParseModelConfig([]byte(`{"model_type": "x", "auto_map": {"AutoConfig": "a.C", "AutoTokenizer": ["a.T", "a.TF"]}}`))
	if err != nil || !mc.CustomTokenizer {
		t.Errorf("auto_map: %+v %v", mc, err)
	}
	for doc, want := range map[string]string{`{"model_type": 3}`: "model_type", `{"tokenizer_class": []}`: "tokenizer_class", `[1]`: "expected an object", `{`: "invalid JSON"} {
		if _, err := ParseModelConfig([]byte(doc)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", doc, err, want)
		}
	}
}

// modelFixture is ../testdata/models/name.
func modelFixture(name string) string { return filepath.Join("..", "testdata", "models", name) }

// linkedDir is a temporary directory with links to src's files and the
// given files written beside them.
func linkedDir(t *testing.T, src string, links []string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range links {
		abs, err := filepath.Abs(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// addedTokenIDs reads the added_tokens of a tokenizer.json: content -> id.
func addedTokenIDs(t *testing.T, path string) map[string]int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		AddedTokens []struct {
			ID      int    `json:"id"`
			Content string `json:"content"`
		} `json:"added_tokens"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, a := range doc.AddedTokens {
		out[a.Content] = a.ID
	}
	return out
}

// TestFromDirBertDefaults: bert-tiny-mlm has no tokenizer_config.json;
// its config.json's model_type "bert" gives BertTokenizer's defaults,
// whose ids are those of the added tokens in its tokenizer.json.
func TestFromDirBertDefaults(t *testing.T) {
	dir := modelFixture("bert-tiny-mlm")
	if _, err := os.Stat(filepath.Join(dir, "tokenizer_config.json")); !os.IsNotExist(err) {
		t.Fatalf("the fixture is meant to have no tokenizer_config.json (%v)", err)
	}
	tk, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := tk.Config
	if c == nil {
		t.Fatal("no Config from the class defaults")
	}
	if c.AutoClass != "BertTokenizer" || c.Raw != nil {
		t.Errorf("AutoClass %q, Raw %v", c.AutoClass, c.Raw)
	}
	if want := []string{"unk_token", "sep_token", "pad_token", "cls_token", "mask_token"}; !reflect.DeepEqual(c.DefaultedTokens, want) {
		t.Errorf("DefaultedTokens %v, want %v", c.DefaultedTokens, want)
	}
	if c.BOSToken != "" || c.EOSToken != "" {
		t.Errorf("BERT has no bos/eos default: %q %q", c.BOSToken, c.EOSToken)
	}
	added := addedTokenIDs(t, filepath.Join(dir, "tokenizer.json"))
	for field, tok := range map[string]string{"mask": c.MaskToken, "pad": c.PADToken, "cls": c.CLSToken, "sep": c.SEPToken, "unk": c.UNKToken} {
		want, ok := added["["+strings.ToUpper(field)+"]"]
		id, found := tk.TokenToID(tok)
		if !ok || !found || id != want {
			t.Errorf("%s token %q: id %d (%v), want tokenizer.json's %d (%v)", field, tok, id, found, want, ok)
		}
	}
	if id, ok := tk.PadTokenID(); !ok || id != added["[PAD]"] {
		t.Errorf("PadTokenID %d %v", id, ok)
	}
	if p := tk.DefaultPadding(); p == nil || p.PadID != added["[PAD]"] || p.Side != Right {
		t.Errorf("DefaultPadding %+v", p)
	}
	if _, err := tk.ApplyChatTemplate(nil, ChatOptions{}); err == nil || !strings.Contains(err.Error(), "no tokenizer_config.json") {
		t.Errorf("chat template without tokenizer_config.json: %v", err)
	}
}

// TestFromDirExplicitConfigWins: what tokenizer_config.json says, null
// included, is kept; only the fields it does not mention take defaults.
func TestFromDirExplicitConfigWins(t *testing.T) {
	src := modelFixture("bert-tiny-mlm")
	dir := linkedDir(t, src, []string{"config.json", "tokenizer.json"},
		map[string]string{"tokenizer_config.json": `{"tokenizer_class": "BertTokenizerFast", "mask_token": "[unused0]", "pad_token": null}`})
	tk, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := tk.Config
	if c.MaskToken != "[unused0]" || c.PADToken != "" || c.CLSToken != "[CLS]" || c.SEPToken != "[SEP]" || c.UNKToken != "[UNK]" {
		t.Errorf("tokens: mask %q pad %q cls %q sep %q unk %q", c.MaskToken, c.PADToken, c.CLSToken, c.SEPToken, c.UNKToken)
	}
	if want := []string{"unk_token", "sep_token", "cls_token"}; !reflect.DeepEqual(c.DefaultedTokens, want) {
		t.Errorf("DefaultedTokens %v, want %v", c.DefaultedTokens, want)
	}
	if _, ok := tk.PadTokenID(); ok {
		t.Error("pad_token: null must leave no pad token")
	}
	// A tokenizer_class that is not model_type's class gives the generic
	// class: no defaults at all.
	dir = linkedDir(t, src, []string{"config.json", "tokenizer.json"},
		map[string]string{"tokenizer_config.json": `{"tokenizer_class": "GPT2Tokenizer"}`})
	if tk, err = FromDir(dir); err != nil {
		t.Fatal(err)
	}
	if c := tk.Config; c.AutoClass != GenericTokenizerClass || c.MaskToken != "" || c.BOSToken != "" || len(c.DefaultedTokens) != 0 {
		t.Errorf("mismatched class: %+v", c)
	}
}

// TestFromDirDefaultsNotInvented: a class default missing from the
// vocabulary stays unset, and the vocabulary does not grow.
func TestFromDirDefaultsNotInvented(t *testing.T) {
	dir := linkedDir(t, ".", nil, map[string]string{
		"config.json": `{"model_type": "bert"}`,
		"vocab.txt":   "[PAD]\n[UNK]\n[CLS]\n[SEP]\nhello\n",
	})
	tk, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := tk.Config
	if c == nil || c.MaskToken != "" || c.PADToken != "[PAD]" || c.CLSToken != "[CLS]" {
		t.Fatalf("Config %+v", c)
	}
	if want := []string{"unk_token", "sep_token", "pad_token", "cls_token"}; !reflect.DeepEqual(c.DefaultedTokens, want) {
		t.Errorf("DefaultedTokens %v, want %v", c.DefaultedTokens, want)
	}
	if _, ok := tk.TokenToID("[MASK]"); ok || tk.VocabSize() != 5 {
		t.Errorf("[MASK] invented: vocab size %d", tk.VocabSize())
	}
	// No default in the vocabulary and no tokenizer_config.json: no Config.
	// (GPT-2's vocabulary under a "bert" config.json has none of BERT's.)
	dir = copyToDir(t, "gpt2/tokenizer.json.gz")
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"model_type": "bert"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if tk, err = FromDir(dir); err != nil || tk.Config != nil {
		t.Errorf("Config %+v, err %v", tk.Config, err)
	}
}

// TestFromDirGPT2Defaults: GPT2Tokenizer's defaults give bos, eos and unk
// "<|endoftext|>" and no pad token.
func TestFromDirGPT2Defaults(t *testing.T) {
	tk, err := FromDir(modelFixture("gpt2-tiny")) // vocab.json + merges.txt + config.json
	if err != nil {
		t.Fatal(err)
	}
	c := tk.Config
	if c == nil || c.AutoClass != "GPT2Tokenizer" || c.BOSToken != "<|endoftext|>" || c.EOSToken != "<|endoftext|>" || c.UNKToken != "<|endoftext|>" {
		t.Fatalf("Config %+v", c)
	}
	eos, ok := tk.EOSTokenID()
	if want, _ := tk.TokenToID("<|endoftext|>"); !ok || eos != want || eos != 50256 {
		t.Errorf("EOSTokenID %d %v", eos, ok)
	}
	if _, ok := tk.PadTokenID(); ok || c.PADToken != "" || tk.DefaultPadding() != nil {
		t.Errorf("GPT-2 has no pad token: %q", c.PADToken)
	}
}

// TestFromDirLlamaDefaults: model_type "llama" alone maps to no class (no
// defaults); a tokenizer_config.json naming LlamaTokenizerFast gives its
// defaults; a Mistral model naming LlamaTokenizer gets the generic class.
func TestFromDirLlamaDefaults(t *testing.T) {
	src := copyToDir(t, "llama2/tokenizer.json.gz")
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(src, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("config.json", `{"model_type": "llama"}`)
	tk, err := FromDir(src)
	if err != nil || tk.Config != nil {
		t.Fatalf("llama without tokenizer_config.json: Config %+v, err %v", tk.Config, err)
	}
	write("tokenizer_config.json", `{"tokenizer_class": "LlamaTokenizerFast", "add_bos_token": true}`)
	if tk, err = FromDir(src); err != nil {
		t.Fatal(err)
	}
	if c := tk.Config; c.BOSToken != "<s>" || c.EOSToken != "</s>" || c.UNKToken != "<unk>" || c.PADToken != "" {
		t.Errorf("LlamaTokenizer defaults: %+v", c)
	}
	if bos, ok := tk.BOSTokenID(); !ok || bos != 1 {
		t.Errorf("BOSTokenID %d %v", bos, ok)
	}
	write("config.json", `{"model_type": "mistral"}`)
	if tk, err = FromDir(src); err != nil {
		t.Fatal(err)
	}
	if c := tk.Config; c.AutoClass != GenericTokenizerClass || c.BOSToken != "" {
		t.Errorf("mistral naming LlamaTokenizer: %+v", c)
	}
	write("config.json", `{"model_type": ["llama"]}`)
	if _, err := FromDir(src); err == nil || !strings.Contains(err.Error(), "config.json: model_type") {
		t.Errorf("bad config.json: %v", err)
	}
}
