package tokenizer

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// decoder turns a list of token strings into (fewer) strings; the final
// text is their concatenation (HF's decode_chain).
type decoder interface {
	decodeChain(toks []string) []string
}

type seqDecoder []decoder

func (s seqDecoder) decodeChain(toks []string) []string {
	for _, d := range s {
		toks = d.decodeChain(toks)
	}
	return toks
}

// byteLevelDecoder maps byte-level runes back to bytes.
type byteLevelDecoder struct{}

func (byteLevelDecoder) decodeChain(toks []string) []string {
	var buf []byte
	for _, t := range toks {
		var ok bool
		if buf, ok = appendByteLevelBytes(buf, t); !ok {
			buf = append(buf, t...)
		}
	}
	return []string{lossyUTF8(buf)}
}

// lossyUTF8 is Rust's String::from_utf8_lossy: each maximal invalid
// sequence becomes one U+FFFD.
func lossyUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || sz > 1 {
			sb.WriteRune(r)
			i += sz
			continue
		}
		sb.WriteRune(utf8.RuneError)
		i += invalidLen(b[i:])
	}
	return sb.String()
}

// invalidLen is the length of the maximal prefix of an invalid UTF-8
// sequence (WHATWG / Rust "substitution of maximal subparts").
func invalidLen(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	i := 1
	for ; i <= need && i < len(b); i++ {
		if b[i] < lo || b[i] > hi {
			return i
		}
		lo, hi = 0x80, 0xBF
	}
	return i
}

// replaceDecoder replaces a literal in every token.
type replaceDecoder struct{ from, to string }

func (r replaceDecoder) decodeChain(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ReplaceAll(t, r.from, r.to)
	}
	return out
}

// regexReplaceDecoder replaces regex matches in every token.
type regexReplaceDecoder struct {
	p  pattern
	to string
}

func (r regexReplaceDecoder) decodeChain(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		ms, err := r.p.findMatches(t)
		if err != nil {
			out[i] = t
			continue
		}
		var b strings.Builder
		for _, m := range ms {
			if m.isMatch {
				b.WriteString(r.to)
			} else {
				b.WriteString(t[m.a:m.b])
			}
		}
		out[i] = b.String()
	}
	return out
}

// byteFallbackDecoder turns runs of <0xXX> tokens into text.
type byteFallbackDecoder struct{}

func (byteFallbackDecoder) decodeChain(toks []string) []string {
	out := make([]string, 0, len(toks))
	var pend []byte
	flush := func() {
		if len(pend) == 0 {
			return
		}
		if utf8.Valid(pend) {
			out = append(out, string(pend))
		} else {
			for range pend {
				out = append(out, "\uFFFD")
			}
		}
		pend = pend[:0]
	}
	for _, t := range toks {
		if len(t) == 6 && strings.HasPrefix(t, "<0x") && t[5] == '>' {
			if v, err := strconv.ParseUint(t[3:5], 16, 8); err == nil {
				pend = append(pend, byte(v))
				continue
			}
		}
		flush()
		out = append(out, t)
	}
	flush()
	return out
}

type fuseDecoder struct{}

func (fuseDecoder) decodeChain(toks []string) []string { return []string{strings.Join(toks, "")} }

// stripDecoder removes up to start leading and stop trailing content runes.
type stripDecoder struct {
	content     rune
	start, stop int
}

func (s stripDecoder) decodeChain(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		rs := []rune(t)
		a := 0
		for k := 0; k < s.start && k < len(rs); k++ {
			if rs[k] != s.content {
				break
			}
			a = k + 1
		}
		b := len(rs)
		for k := 0; k < s.stop; k++ {
			idx := len(rs) - k - 1
			if idx < 0 || rs[idx] != s.content {
				break
			}
			b = idx
		}
		if b < a {
			b = a
		}
		out[i] = string(rs[a:b])
	}
	return out
}

// wordPieceDecoder joins WordPiece tokens, removing the ## prefix.
type wordPieceDecoder struct {
	prefix  string
	cleanup bool
}

func (w wordPieceDecoder) decodeChain(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		if i != 0 {
			if strings.HasPrefix(t, w.prefix) {
				t = t[len(w.prefix):]
			} else {
				t = " " + t
			}
		}
		if w.cleanup {
			t = cleanupSpaces(t)
		}
		out[i] = t
	}
	return out
}

var cleanupReplacer = []struct{ a, b string }{
	{" .", "."}, {" ?", "?"}, {" !", "!"}, {" ,", ","}, {" ' ", "'"}, {" n't", "n't"},
	{" 'm", "'m"}, {" do not", " don't"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"},
}

// cleanupSpaces is HF's wordpiece::cleanup (applied in this order).
func cleanupSpaces(s string) string {
	for _, r := range cleanupReplacer {
		s = strings.ReplaceAll(s, r.a, r.b)
	}
	return s
}

// metaspaceDecoder turns the replacement rune back into spaces.
type metaspaceDecoder struct {
	replacement   rune
	prependScheme string
}

func (m metaspaceDecoder) decodeChain(toks []string) []string {
	// Like HF, every replacement rune of the first token is dropped (not
	// only a leading one) unless the prepend scheme is "never".
	out := make([]string, len(toks))
	for i, t := range toks {
		if i == 0 && m.prependScheme != "never" {
			out[i] = strings.ReplaceAll(t, string(m.replacement), "")
		} else {
			out[i] = strings.ReplaceAll(t, string(m.replacement), " ")
		}
	}
	return out
}

// bpeDecoder replaces the end-of-word suffix by a space.
type bpeDecoder struct{ suffix string }

func (b bpeDecoder) decodeChain(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		rep := " "
		if i == len(toks)-1 {
			rep = ""
		}
		out[i] = strings.ReplaceAll(t, b.suffix, rep)
	}
	return out
}

// ctcDecoder collapses repeats and removes the pad token.
type ctcDecoder struct {
	pad, delim string
	cleanup    bool
}

func (c ctcDecoder) decodeChain(toks []string) []string {
	var out []string
	for i, t := range toks {
		if i > 0 && toks[i-1] == t {
			continue
		}
		t = strings.ReplaceAll(t, c.pad, "")
		if c.cleanup {
			t = strings.ReplaceAll(cleanupSpaces(t), c.delim, " ")
		}
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}
