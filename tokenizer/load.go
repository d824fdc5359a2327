package tokenizer

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// FromFile loads a tokenizer.json file (gzip-compressed files are accepted
// too). Errors name the file and the JSON path of the bad field.
func FromFile(path string) (*Tokenizer, error) {
	return parseFile(path, FromJSON)
}

// parseFile reads path (gzip-compressed or not) and parses its contents;
// parse errors are prefixed with path.
func parseFile[T any](path string, parse func([]byte) (T, error)) (T, error) {
	var zero T
	data, err := readMaybeGzip(path)
	if err != nil {
		return zero, err
	}
	v, err := parse(data)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func readMaybeGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		data, err = io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return data, nil
}

// FromJSON loads a tokenizer from the contents of a tokenizer.json.
func FromJSON(data []byte) (*Tokenizer, error) {
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	r := jv{root, ""}
	if _, err := r.obj(); err != nil {
		return nil, err
	}
	t := &Tokenizer{}
	var err error
	if t.normalizer, err = parseNormalizer(r.key("normalizer")); err != nil {
		return nil, err
	}
	if t.pre, err = parsePreTokenizer(r.key("pre_tokenizer")); err != nil {
		return nil, err
	}
	if t.model, err = parseModel(r.key("model")); err != nil {
		return nil, err
	}
	if t.post, err = parseProcessor(r.key("post_processor")); err != nil {
		return nil, err
	}
	if t.dec, err = parseDecoder(r.key("decoder")); err != nil {
		return nil, err
	}
	if !r.key("added_tokens").isNull() {
		arr, err := r.key("added_tokens").arr()
		if err != nil {
			return nil, err
		}
		for _, a := range arr {
			at, err := parseAddedToken(a)
			if err != nil {
				return nil, err
			}
			t.added = append(t.added, at)
		}
	}
	if t.Truncation, err = parseTruncation(r.key("truncation")); err != nil {
		return nil, err
	}
	if t.Padding, err = parsePadding(r.key("padding")); err != nil {
		return nil, err
	}
	t.finish()
	return t, nil
}

// finish builds the derived tables once all parts are set.
func (t *Tokenizer) finish() {
	t.buildAdded()
	t.fast = nil
	if f := newFastPath(t); f != nil {
		t.fast = f
	} else if b := newBertFast(t); b != nil {
		t.fast = b
	} else if sp := newSPBPEFast(t); sp != nil {
		t.fast = sp
	}
}

func parseAddedToken(a jv) (AddedToken, error) {
	var at AddedToken
	var err error
	if at.ID, err = a.key("id").int(); err != nil {
		return at, err
	}
	if at.Content, err = a.key("content").str(); err != nil {
		return at, err
	}
	if at.Special, err = a.key("special").boolOr(false); err != nil {
		return at, err
	}
	if at.Normalized, err = a.key("normalized").boolOr(!at.Special); err != nil {
		return at, err
	}
	if at.LStrip, err = a.key("lstrip").boolOr(false); err != nil {
		return at, err
	}
	if at.RStrip, err = a.key("rstrip").boolOr(false); err != nil {
		return at, err
	}
	if at.SingleWord, err = a.key("single_word").boolOr(false); err != nil {
		return at, err
	}
	return at, nil
}

func typeOf(j jv) (string, error) {
	if _, err := j.obj(); err != nil {
		return "", err
	}
	return j.key("type").str()
}

// parsePattern reads {"String": "..."} or {"Regex": "..."}.
func parsePattern(j jv) (pattern, error) {
	m, err := j.obj()
	if err != nil {
		return nil, err
	}
	if _, ok := m["String"]; ok {
		s, err := j.key("String").str()
		if err != nil {
			return nil, err
		}
		return literalPattern(s), nil
	}
	if _, ok := m["Regex"]; ok {
		s, err := j.key("Regex").str()
		if err != nil {
			return nil, err
		}
		re, err := compileRegex(s)
		if err != nil {
			return nil, j.key("Regex").errf("%v", err)
		}
		return re, nil
	}
	return nil, j.errf(`expected {"String": ...} or {"Regex": ...}`)
}

func parseTruncation(j jv) (*Truncation, error) {
	if j.isNull() {
		return nil, nil
	}
	t := &Truncation{}
	var err error
	if t.MaxLength, err = j.key("max_length").int(); err != nil {
		return nil, err
	}
	if t.Stride, err = j.key("stride").intOr(0); err != nil {
		return nil, err
	}
	s, err := j.key("strategy").strOr("LongestFirst")
	if err != nil {
		return nil, err
	}
	switch s {
	case "LongestFirst":
		t.Strategy = LongestFirst
	case "OnlyFirst":
		t.Strategy = OnlyFirst
	case "OnlySecond":
		t.Strategy = OnlySecond
	default:
		return nil, j.key("strategy").errf("unknown strategy %q", s)
	}
	d, err := j.key("direction").strOr("Right")
	if err != nil {
		return nil, err
	}
	if d == "Left" {
		t.Direction = Left
	}
	return t, nil
}

func parsePadding(j jv) (*Padding, error) {
	if j.isNull() {
		return nil, nil
	}
	p := &Padding{}
	var err error
	if s := j.key("strategy"); !s.isNull() {
		if m, ok := s.v.(map[string]any); ok {
			if _, ok := m["Fixed"]; ok {
				if p.Length, err = s.key("Fixed").int(); err != nil {
					return nil, err
				}
			}
		}
	}
	d, err := j.key("direction").strOr("Right")
	if err != nil {
		return nil, err
	}
	if d == "Left" {
		p.Side = Left
	}
	if p.PadToMultipleOf, err = j.key("pad_to_multiple_of").intOr(0); err != nil {
		return nil, err
	}
	if p.PadID, err = j.key("pad_id").intOr(0); err != nil {
		return nil, err
	}
	if p.PadTypeID, err = j.key("pad_type_id").intOr(0); err != nil {
		return nil, err
	}
	if p.PadToken, err = j.key("pad_token").strOr("[PAD]"); err != nil {
		return nil, err
	}
	return p, nil
}

// parseMerges accepts "a b" strings and ["a", "b"] pairs.
func parseMerges(j jv) ([][2]string, error) {
	if j.isNull() {
		return nil, nil
	}
	raw, ok := j.v.([]any)
	if !ok {
		_, err := j.arr()
		return nil, err
	}
	out := make([][2]string, len(raw))
	for i, v := range raw {
		m := jv{v, ""}
		if _, simple := v.(string); !simple {
			m = j.index(i) // build the path only where an error may need it
		}
		switch x := v.(type) {
		case string:
			a, b, found := strings.Cut(x, " ")
			if !found || strings.Contains(b, " ") {
				return nil, j.index(i).errf("merge %q is not two tokens separated by one space", x)
			}
			out[i] = [2]string{a, b}
		case []any:
			if len(x) != 2 {
				return nil, m.errf("merge pair must have 2 elements, has %d", len(x))
			}
			a, ok1 := x[0].(string)
			b, ok2 := x[1].(string)
			if !ok1 || !ok2 {
				return nil, m.errf("merge pair elements must be strings")
			}
			out[i] = [2]string{a, b}
		default:
			return nil, m.errf("expected a merge string or pair, got %s", kindOf(m.v))
		}
	}
	return out, nil
}

func parseVocabMap(j jv) (map[string]int, error) {
	m, err := j.obj()
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		f, ok := v.(float64)
		if !ok || f != float64(int(f)) || f < 0 || f > 1<<31-1 {
			id, err := j.key(k).int() // slow path: precise error with the path
			if err != nil {
				return nil, err
			}
			return nil, j.key(k).errf("negative id %d", id)
		}
		out[k] = int(f)
	}
	return out, nil
}

func parseModel(j jv) (model, error) {
	typ := ""
	if j.has("type") {
		var err error
		if typ, err = j.key("type").str(); err != nil {
			return nil, err
		}
	} else if j.has("merges") {
		typ = "BPE"
	} else if j.has("max_input_chars_per_word") {
		typ = "WordPiece"
	} else if _, ok := j.key("vocab").v.([]any); ok {
		typ = "Unigram"
	} else {
		typ = "WordLevel"
	}
	switch typ {
	case "BPE":
		vocab, err := parseVocabMap(j.key("vocab"))
		if err != nil {
			return nil, err
		}
		merges, err := parseMerges(j.key("merges"))
		if err != nil {
			return nil, err
		}
		unk, err := j.key("unk_token").strOr("")
		if err != nil {
			return nil, err
		}
		fuse, err := j.key("fuse_unk").boolOr(false)
		if err != nil {
			return nil, err
		}
		bf, err := j.key("byte_fallback").boolOr(false)
		if err != nil {
			return nil, err
		}
		im, err := j.key("ignore_merges").boolOr(false)
		if err != nil {
			return nil, err
		}
		pre, err := j.key("continuing_subword_prefix").strOr("")
		if err != nil {
			return nil, err
		}
		suf, err := j.key("end_of_word_suffix").strOr("")
		if err != nil {
			return nil, err
		}
		if d, _ := j.key("dropout").num(); d > 0 {
			return nil, j.key("dropout").errf("BPE dropout is not supported (random); set it to null")
		}
		m, err := newBPE(vocab, merges, unk, fuse, bf, im, pre, suf)
		if err != nil {
			return nil, j.key("merges").errf("%v", err)
		}
		return m, nil
	case "WordPiece":
		vocab, err := parseVocabMap(j.key("vocab"))
		if err != nil {
			return nil, err
		}
		unk, err := j.key("unk_token").strOr("[UNK]")
		if err != nil {
			return nil, err
		}
		pre, err := j.key("continuing_subword_prefix").strOr("##")
		if err != nil {
			return nil, err
		}
		mx, err := j.key("max_input_chars_per_word").intOr(100)
		if err != nil {
			return nil, err
		}
		m, err := newWordPiece(vocab, unk, pre, mx)
		if err != nil {
			return nil, j.key("unk_token").errf("%v", err)
		}
		return m, nil
	case "WordLevel":
		vocab, err := parseVocabMap(j.key("vocab"))
		if err != nil {
			return nil, err
		}
		unk, err := j.key("unk_token").strOr("")
		if err != nil {
			return nil, err
		}
		m := &wordLevelModel{vocabTable: newVocabTable(vocab), unk: unk, unkID: -1}
		if id, ok := vocab[unk]; ok {
			m.unkID = id
		}
		return m, nil
	case "Unigram":
		return parseUnigram(j)
	}
	return nil, j.key("type").errf("unknown model type %q", typ)
}
