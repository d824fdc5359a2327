package tokenizer

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func parseNormalizer(j jv) (normalizer, error) {
	if j.isNull() {
		return nil, nil
	}
	typ, err := typeOf(j)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "Sequence":
		s, err := parseSequence(j, "normalizers", parseNormalizer)
		if err != nil {
			return nil, err
		}
		return seqNormalizer(s), nil
	case "NFC":
		return unicodeNormalizer{norm.NFC}, nil
	case "NFD":
		return unicodeNormalizer{norm.NFD}, nil
	case "NFKC":
		return unicodeNormalizer{norm.NFKC}, nil
	case "NFKD":
		return unicodeNormalizer{norm.NFKD}, nil
	case "Lowercase":
		return lowercaseNormalizer{}, nil
	case "Strip":
		l, err := j.key("strip_left").boolOr(true)
		if err != nil {
			return nil, err
		}
		r, err := j.key("strip_right").boolOr(true)
		if err != nil {
			return nil, err
		}
		return stripNormalizer{l, r}, nil
	case "StripAccents":
		return stripAccentsNormalizer{}, nil
	case "Replace":
		p, err := parsePattern(j.key("pattern"))
		if err != nil {
			return nil, err
		}
		c, err := j.key("content").str()
		if err != nil {
			return nil, err
		}
		return replaceNormalizer{p, c}, nil
	case "Prepend":
		s, err := j.key("prepend").str()
		if err != nil {
			return nil, err
		}
		return prependNormalizer{s}, nil
	case "BertNormalizer":
		var b bertNormalizer
		if b.cleanText, err = j.key("clean_text").boolOr(true); err != nil {
			return nil, err
		}
		if b.chinese, err = j.key("handle_chinese_chars").boolOr(true); err != nil {
			return nil, err
		}
		if b.lower, err = j.key("lowercase").boolOr(true); err != nil {
			return nil, err
		}
		if b.stripAccents, err = j.key("strip_accents").boolOr(b.lower); err != nil {
			return nil, err
		}
		return b, nil
	case "Precompiled":
		return parsePrecompiled(j)
	case "ByteLevel":
		return byteLevelNormalizer{}, nil
	}
	return nil, j.key("type").errf("unknown normalizer type %q", typ)
}

// byteLevelNormalizer maps bytes to byte-level runes (HF normalizers.ByteLevel).
type byteLevelNormalizer struct{}

func (byteLevelNormalizer) normalize(n *normStr) error {
	byteLevelTransform(n)
	return nil
}

func parsePreTokenizer(j jv) (preTokenizer, error) {
	if j.isNull() {
		return nil, nil
	}
	typ, err := typeOf(j)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "Sequence":
		s, err := parseSequence(j, "pretokenizers", parsePreTokenizer)
		if err != nil {
			return nil, err
		}
		return seqPreTokenizer(s), nil
	case "ByteLevel":
		b := &byteLevelPre{}
		if b.addPrefixSpace, err = j.key("add_prefix_space").boolOr(true); err != nil {
			return nil, err
		}
		if b.useRegex, err = j.key("use_regex").boolOr(true); err != nil {
			return nil, err
		}
		if b.useRegex {
			if b.re, err = compileRegex(gpt2Pattern); err != nil {
				return nil, err
			}
		}
		return b, nil
	case "Split":
		p, err := parsePattern(j.key("pattern"))
		if err != nil {
			return nil, err
		}
		bs, err := j.key("behavior").str()
		if err != nil {
			return nil, err
		}
		b, ok := parseBehavior(bs)
		if !ok {
			return nil, j.key("behavior").errf("unknown split behavior %q", bs)
		}
		inv, err := j.key("invert").boolOr(false)
		if err != nil {
			return nil, err
		}
		if inv {
			p = invertPattern{p}
		}
		return &splitPre{p, b}, nil
	case "BertPreTokenizer":
		return bertPre{}, nil
	case "Whitespace":
		return whitespacePre{}, nil
	case "WhitespaceSplit":
		return whitespaceSplitPre{}, nil
	case "Punctuation":
		bs, err := j.key("behavior").strOr("Isolated")
		if err != nil {
			return nil, err
		}
		b, ok := parseBehavior(bs)
		if !ok {
			return nil, j.key("behavior").errf("unknown split behavior %q", bs)
		}
		return punctuationPre{b}, nil
	case "Digits":
		ind, err := j.key("individual_digits").boolOr(false)
		if err != nil {
			return nil, err
		}
		return digitsPre{ind}, nil
	case "Metaspace":
		m := &metaspacePre{}
		rep, err := j.key("replacement").strOr("▁")
		if err != nil {
			return nil, err
		}
		r, _ := utf8.DecodeRuneInString(rep)
		m.replacement = r
		m.prependSheme, err = prependScheme(j)
		if err != nil {
			return nil, err
		}
		if m.split, err = j.key("split").boolOr(true); err != nil {
			return nil, err
		}
		return m, nil
	case "UnicodeScripts":
		return unicodeScriptsPre{}, nil
	}
	return nil, j.key("type").errf("unknown pre-tokenizer type %q", typ)
}

// prependScheme reads Metaspace's prepend_scheme (or the legacy
// add_prefix_space boolean).
func prependScheme(j jv) (string, error) {
	if j.has("prepend_scheme") {
		s, err := j.key("prepend_scheme").str()
		if err != nil {
			return "", err
		}
		switch s {
		case "always", "never", "first":
			return s, nil
		}
		return "", j.key("prepend_scheme").errf("unknown prepend_scheme %q", s)
	}
	aps, err := j.key("add_prefix_space").boolOr(true)
	if err != nil {
		return "", err
	}
	if aps {
		return "always", nil
	}
	return "never", nil
}

func parseProcessor(j jv) (postProcessor, error) {
	if j.isNull() {
		return nil, nil
	}
	typ, err := typeOf(j)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "Sequence":
		s, err := parseSequence(j, "processors", parseProcessor)
		if err != nil {
			return nil, err
		}
		return seqProcessor(s), nil
	case "ByteLevel":
		b, err := parseByteLevelProcessor(j)
		if err != nil {
			return nil, err
		}
		return &b, nil
	case "BertProcessing", "RobertaProcessing":
		b := &bertProcessor{}
		for _, f := range []struct {
			key string
			tok *string
			id  *int
		}{{"cls", &b.cls, &b.clsID}, {"sep", &b.sep, &b.sepID}} {
			arr, err := j.key(f.key).arr()
			if err != nil {
				return nil, err
			}
			if len(arr) != 2 {
				return nil, j.key(f.key).errf("expected [token, id]")
			}
			if *f.tok, err = arr[0].str(); err != nil {
				return nil, err
			}
			if *f.id, err = arr[1].int(); err != nil {
				return nil, err
			}
		}
		if typ == "BertProcessing" {
			return b, nil
		}
		bl, err := parseByteLevelProcessor(j)
		if err != nil {
			return nil, err
		}
		return &robertaProcessor{bertProcessor: b, byteLevelProcessor: bl}, nil
	case "TemplateProcessing":
		return parseTemplate(j)
	}
	return nil, j.key("type").errf("unknown post-processor type %q", typ)
}

// parseByteLevelProcessor reads trim_offsets and add_prefix_space (both
// default true), the fields ByteLevel and RobertaProcessing share.
func parseByteLevelProcessor(j jv) (b byteLevelProcessor, err error) {
	if b.trimOffsets, err = j.key("trim_offsets").boolOr(true); err != nil {
		return b, err
	}
	b.addPrefixSpace, err = j.key("add_prefix_space").boolOr(true)
	return b, err
}

func parseTemplate(j jv) (postProcessor, error) {
	t := &templateProcessor{specials: map[string]specialTok{}}
	sp, err := j.key("special_tokens").obj()
	if err != nil {
		return nil, err
	}
	for name := range sp {
		e := j.key("special_tokens").key(name)
		ids, err := e.key("ids").arr()
		if err != nil {
			return nil, err
		}
		toks, err := e.key("tokens").arr()
		if err != nil {
			return nil, err
		}
		if len(ids) != len(toks) {
			return nil, e.errf("ids and tokens have different lengths")
		}
		var st specialTok
		for i := range ids {
			id, err := ids[i].int()
			if err != nil {
				return nil, err
			}
			tk, err := toks[i].str()
			if err != nil {
				return nil, err
			}
			st.ids, st.toks = append(st.ids, id), append(st.toks, tk)
		}
		t.specials[name] = st
	}
	for _, which := range []string{"single", "pair"} {
		arr, err := j.key(which).arr()
		if err != nil {
			return nil, err
		}
		var pieces []templatePiece
		for _, p := range arr {
			switch {
			case p.has("Sequence"):
				s := p.key("Sequence")
				id, err := s.key("id").str()
				if err != nil {
					return nil, err
				}
				tid, err := s.key("type_id").intOr(0)
				if err != nil {
					return nil, err
				}
				seq := 0
				switch id {
				case "A":
				case "B":
					seq = 1
				default:
					return nil, s.key("id").errf("sequence id must be A or B, got %q", id)
				}
				pieces = append(pieces, templatePiece{seq: seq, typeID: tid})
			case p.has("SpecialToken"):
				s := p.key("SpecialToken")
				id, err := s.key("id").str()
				if err != nil {
					return nil, err
				}
				if _, ok := t.specials[id]; !ok {
					return nil, s.key("id").errf("special token %q is missing from special_tokens", id)
				}
				tid, err := s.key("type_id").intOr(0)
				if err != nil {
					return nil, err
				}
				pieces = append(pieces, templatePiece{seq: -1, special: id, typeID: tid})
			default:
				return nil, p.errf("expected a Sequence or SpecialToken piece")
			}
		}
		if which == "single" {
			t.single = pieces
		} else {
			t.pair = pieces
		}
	}
	return t, nil
}

func parseDecoder(j jv) (decoder, error) {
	if j.isNull() {
		return nil, nil
	}
	typ, err := typeOf(j)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "Sequence":
		s, err := parseSequence(j, "decoders", parseDecoder)
		if err != nil {
			return nil, err
		}
		return seqDecoder(s), nil
	case "ByteLevel":
		return byteLevelDecoder{}, nil
	case "Replace":
		p, err := parsePattern(j.key("pattern"))
		if err != nil {
			return nil, err
		}
		to, err := j.key("content").str()
		if err != nil {
			return nil, err
		}
		if lit, ok := p.(literalPattern); ok {
			return replaceDecoder{string(lit), to}, nil
		}
		return regexReplaceDecoder{p, to}, nil
	case "ByteFallback":
		return byteFallbackDecoder{}, nil
	case "Fuse":
		return fuseDecoder{}, nil
	case "Strip":
		c, err := j.key("content").str()
		if err != nil {
			return nil, err
		}
		r, _ := utf8.DecodeRuneInString(c)
		a, err := j.key("start").intOr(0)
		if err != nil {
			return nil, err
		}
		b, err := j.key("stop").intOr(0)
		if err != nil {
			return nil, err
		}
		return stripDecoder{r, a, b}, nil
	case "WordPiece":
		p, err := j.key("prefix").strOr("##")
		if err != nil {
			return nil, err
		}
		c, err := j.key("cleanup").boolOr(true)
		if err != nil {
			return nil, err
		}
		return wordPieceDecoder{p, c}, nil
	case "Metaspace":
		rep, err := j.key("replacement").strOr("▁")
		if err != nil {
			return nil, err
		}
		r, _ := utf8.DecodeRuneInString(rep)
		ps, err := prependScheme(j)
		if err != nil {
			return nil, err
		}
		return metaspaceDecoder{r, ps}, nil
	case "BPEDecoder":
		s, err := j.key("suffix").strOr("</w>")
		if err != nil {
			return nil, err
		}
		return bpeDecoder{s}, nil
	case "CTC":
		pad, err := j.key("pad_token").strOr("<pad>")
		if err != nil {
			return nil, err
		}
		d, err := j.key("word_delimiter_token").strOr("|")
		if err != nil {
			return nil, err
		}
		c, err := j.key("cleanup").boolOr(true)
		if err != nil {
			return nil, err
		}
		return ctcDecoder{pad, d, c}, nil
	}
	return nil, j.key("type").errf("unknown decoder type %q", typ)
}

// parseSequence parses the components listed under key of a "Sequence"
// entry (normalizers, pretokenizers, processors, decoders) with parse,
// dropping null entries as the Rust library does.
func parseSequence[T comparable](j jv, key string, parse func(jv) (T, error)) ([]T, error) {
	arr, err := j.key(key).arr()
	if err != nil {
		return nil, err
	}
	var zero T
	var out []T
	for _, x := range arr {
		c, err := parse(x)
		if err != nil {
			return nil, err
		}
		if c != zero {
			out = append(out, c)
		}
	}
	return out, nil
}
