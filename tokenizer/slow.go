package tokenizer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// findFile returns dir/name, or dir/name.gz when only that exists.
func findFile(dir, name string) (string, bool) {
	p := filepath.Join(dir, name)
	if fileExists(p) {
		return p, true
	}
	if fileExists(p + ".gz") {
		return p + ".gz", true
	}
	return "", false
}

// FromDir loads the tokenizer of a model directory: tokenizer.json when
// present, else the slow files (vocab.json+merges.txt for GPT-2 style BPE,
// vocab.txt for BERT WordPiece, tokenizer.model for SentencePiece),
// converted the way transformers converts them. tokenizer_config.json,
// when present, fills Config (and, for slow files, the added tokens and
// options such as do_lower_case). Special tokens that tokenizer_config.json
// does not mention (or all of them, when it is absent) take the
// constructor defaults of the tokenizer class transformers' AutoTokenizer
// would pick (AutoTokenizerClass, from tokenizer_config.json's
// tokenizer_class and config.json's model_type), but only defaults that
// are in the vocabulary; without such a default and without
// tokenizer_config.json, Config stays nil. Files may also be
// gzip-compressed (name.gz).
func FromDir(dir string) (*Tokenizer, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return FromFile(dir)
	}
	var cfg *Config
	if p, ok := findFile(dir, "tokenizer_config.json"); ok {
		if cfg, err = LoadConfig(p); err != nil {
			return nil, err
		}
	}
	if cfg != nil && cfg.ChatTemplate == "" {
		if p, ok := findFile(dir, "chat_template.jinja"); ok {
			b, err := readMaybeGzip(p)
			if err != nil {
				return nil, err
			}
			cfg.ChatTemplate = string(b)
			cfg.ChatTemplates["default"] = cfg.ChatTemplate
		} else if p, ok := findFile(dir, "chat_template.json"); ok {
			b, err := readMaybeGzip(p)
			if err != nil {
				return nil, err
			}
			var root any
			if err := json.Unmarshal(b, &root); err != nil {
				return nil, fmt.Errorf("%s: invalid JSON: %v", p, err)
			}
			if err := cfg.setChatTemplate(jv{root, ""}.key("chat_template")); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
		}
	}
	var t *Tokenizer
	if p, ok := findFile(dir, "tokenizer.json"); ok {
		t, err = FromFile(p)
	} else if vp, ok := findFile(dir, "vocab.json"); ok {
		mp, ok := findFile(dir, "merges.txt")
		if !ok {
			return nil, fmt.Errorf("%s: vocab.json without merges.txt", dir)
		}
		t, err = fromGPT2Files(vp, mp, cfg)
	} else if vp, ok := findFile(dir, "vocab.txt"); ok {
		t, err = fromBertVocab(vp, cfg)
	} else if sp, ok := findFile(dir, "tokenizer.model"); ok {
		t, err = fromSentencePieceFile(sp, cfg)
	} else {
		return nil, fmt.Errorf("%s: no tokenizer.json, vocab.json+merges.txt, vocab.txt or tokenizer.model", dir)
	}
	if err != nil {
		return nil, err
	}
	t.Config = cfg
	mc, err := loadDirModelConfig(dir)
	if err != nil {
		return nil, err
	}
	t.applySpecialTokenDefaults(mc)
	return t, nil
}

// readMergesTxt parses merges.txt ("#version" header, one "a b" a line).
func readMergesTxt(path string) ([][2]string, error) {
	data, err := readMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	var out [][2]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if line == 1 && strings.HasPrefix(s, "#version") || s == "" {
			continue
		}
		parts := strings.Split(s, " ")
		if len(parts) != 2 {
			return nil, fmt.Errorf("%s:%d: merge %q is not two tokens separated by one space", path, line, s)
		}
		out = append(out, [2]string{parts[0], parts[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return out, nil
}

// addConfigTokens adds the config's added_tokens_decoder entries, or the
// given defaults when the config lists none.
func (t *Tokenizer) addConfigTokens(cfg *Config, defaults []string) {
	if cfg != nil && len(cfg.AddedTokens) > 0 {
		t.added = append(t.added, cfg.AddedTokens...)
		return
	}
	for _, d := range defaults {
		if d == "" {
			continue
		}
		if id, ok := t.model.tokenToID(d); ok {
			t.added = append(t.added, AddedToken{ID: id, Content: d, Special: true})
		}
	}
}

// fromGPT2Files builds a byte-level BPE tokenizer from vocab.json and
// merges.txt, as transformers builds GPT-2's fast tokenizer.
func fromGPT2Files(vocabPath, mergesPath string, cfg *Config) (*Tokenizer, error) {
	data, err := readMaybeGzip(vocabPath)
	if err != nil {
		return nil, err
	}
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: invalid JSON: %v", vocabPath, err)
	}
	vocab, err := parseVocabMap(jv{root, ""})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", vocabPath, err)
	}
	merges, err := readMergesTxt(mergesPath)
	if err != nil {
		return nil, err
	}
	m, err := newBPE(vocab, merges, "", false, false, false, "", "")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", mergesPath, err)
	}
	aps := false
	if cfg != nil && cfg.AddPrefixSpace != nil {
		aps = *cfg.AddPrefixSpace
	}
	re, err := compileRegex(gpt2Pattern)
	if err != nil {
		return nil, err
	}
	t := &Tokenizer{
		model: m,
		pre:   &byteLevelPre{addPrefixSpace: aps, useRegex: true, re: re},
		post:  &byteLevelProcessor{trimOffsets: true, addPrefixSpace: true},
		dec:   byteLevelDecoder{},
	}
	if cfg != nil && cfg.AddBOSToken != nil && *cfg.AddBOSToken && cfg.BOSToken != "" {
		if id, ok := vocab[cfg.BOSToken]; ok {
			bos := cfg.BOSToken
			t.post = &templateProcessor{
				single:   []templatePiece{{-1, bos, 0}, {0, "", 0}},
				pair:     []templatePiece{{-1, bos, 0}, {0, "", 0}, {1, "", 1}},
				specials: map[string]specialTok{bos: {[]int{id}, []string{bos}}},
			}
		}
	}
	var defaults []string
	if cfg != nil {
		defaults = []string{cfg.UNKToken, cfg.BOSToken, cfg.EOSToken, cfg.PADToken}
	} else {
		defaults = []string{"<|endoftext|>"}
	}
	t.addConfigTokens(cfg, defaults)
	t.finish()
	return t, nil
}

// fromBertVocab builds a BERT WordPiece tokenizer from vocab.txt.
func fromBertVocab(path string, cfg *Config) (*Tokenizer, error) {
	data, err := readMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	vocab := map[string]int{}
	lines := strings.Split(string(data), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		if _, dup := vocab[l]; !dup {
			vocab[l] = i
		}
	}
	tok := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	unk, cls, sep, pad, mask := "[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]"
	lower, chinese := true, true
	var strip *bool
	if cfg != nil {
		unk, cls, sep = tok(cfg.UNKToken, unk), tok(cfg.CLSToken, cls), tok(cfg.SEPToken, sep)
		pad, mask = tok(cfg.PADToken, pad), tok(cfg.MaskToken, mask)
		if cfg.DoLowerCase != nil {
			lower = *cfg.DoLowerCase
		}
		if cfg.TokenizeChineseChars != nil {
			chinese = *cfg.TokenizeChineseChars
		}
		strip = cfg.StripAccents
	}
	wp, err := newWordPiece(vocab, unk, "##", 100)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	clsID, ok1 := vocab[cls]
	sepID, ok2 := vocab[sep]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%s: %q or %q is not in the vocabulary", path, cls, sep)
	}
	bn := bertNormalizer{cleanText: true, chinese: chinese, lower: lower, stripAccents: lower}
	if strip != nil {
		bn.stripAccents = *strip
	}
	t := &Tokenizer{
		normalizer: bn,
		pre:        bertPre{},
		model:      wp,
		post:       &bertProcessor{cls: cls, sep: sep, clsID: clsID, sepID: sepID},
		dec:        wordPieceDecoder{prefix: "##", cleanup: true},
	}
	t.addConfigTokens(cfg, []string{pad, unk, cls, sep, mask})
	t.finish()
	return t, nil
}
