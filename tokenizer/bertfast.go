package tokenizer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// bertFast encodes BERT pipelines (BertNormalizer, BertPreTokenizer,
// WordPiece) in one pass over the text. Every step of BertNormalizer is
// local to one character (clean-up, CJK padding, NFD + accent stripping,
// lowercasing), and HF aligns every character it produces to the input
// character it came from, so words and offsets can be built directly. The
// one non-local step, canonical reordering of combining marks, only
// matters for marks that survive accent stripping; texts with such marks
// (a non-zero combining class outside Mn) take the general path. TestBertFastMatchesGeneral
// checks the equivalence.
type bertFast struct {
	bn bertNormalizer
	wp *wordPieceModel
}

func newBertFast(t *Tokenizer) *bertFast {
	bn, ok := t.normalizer.(bertNormalizer)
	if !ok {
		return nil
	}
	if _, ok := t.pre.(bertPre); !ok {
		return nil
	}
	wp, ok := t.model.(*wordPieceModel)
	if !ok || t.normMatcher != nil {
		return nil
	}
	return &bertFast{bn: bn, wp: wp}
}

// bertWord accumulates one word's normalized bytes and their alignment.
type bertWord struct {
	buf   []byte
	align []span
}

func (f *bertFast) encode(t *Tokenizer, text string, typeID int) (*Encoding, bool) {
	if f.bn.stripAccents {
		for i, r := range text {
			// Canonical reordering can move a mark that survives accent
			// stripping: leave such texts to the general path.
			if r >= 0x300 && norm.NFD.PropertiesString(text[i:]).CCC() != 0 && !unicode.Is(unicode.Mn, r) {
				return nil, false
			}
		}
	}
	segs := t.findAdded(text, t.rawMatcher)
	conv := newCharConv(text)
	est := len(text)/4 + 4
	e := newEncoding(est)
	word := 0
	var w bertWord
	toks := make([]token, 0, 16)
	flush := func() {
		if len(w.buf) == 0 {
			return
		}
		toks, _ = f.wp.tokenizeBytes(w.buf, toks[:0])
		for _, tk := range toks {
			a, b := int(w.align[tk.a].s), int(w.align[tk.b-1].e)
			e.push(tk.id, tk.value, conv.conv(a, b), word)
		}
		word++
		w.buf, w.align = w.buf[:0], w.align[:0]
	}
	var outs []rune
	for _, s := range segs {
		if s.a == s.b {
			continue
		}
		if s.tok != nil {
			e.push(s.tok.ID, text[s.a:s.b], conv.conv(s.a, s.b), word)
			word++
			continue
		}
		for i := s.a; i < s.b; {
			r, sz := runeAt(text, i)
			al := span{int32(i), int32(i + sz)}
			i += sz
			if f.bn.cleanText {
				if r == 0 || r == 0xFFFD || isControl(r) {
					continue
				}
				if isWhitespace(r) {
					r = ' '
				}
			}
			cjk := f.bn.chinese && isChineseChar(r)
			if cjk {
				flush()
			}
			outs = f.normalizeRune(r, outs[:0])
			for _, o := range outs {
				switch {
				case isWhitespace(o):
					flush()
				case isBertPunc(o):
					flush()
					w.add(o, al)
					flush()
				default:
					w.add(o, al)
				}
			}
			if cjk {
				flush()
			}
		}
		flush()
	}
	e.fillSequenceMasks(typeID)
	return e, true
}

func (w *bertWord) add(r rune, al span) {
	n := len(w.buf)
	w.buf = utf8.AppendRune(w.buf, r)
	for k := n; k < len(w.buf); k++ {
		w.align = append(w.align, al)
	}
}

// normalizeRune applies accent stripping and lowercasing to one rune.
func (f *bertFast) normalizeRune(r rune, out []rune) []rune {
	if r < 0x80 {
		if f.bn.lower && 'A' <= r && r <= 'Z' {
			r += 32
		}
		return append(out, r)
	}
	if f.bn.stripAccents {
		var buf [4]byte
		d := norm.NFD.Append(nil, buf[:utf8.EncodeRune(buf[:], r)]...)
		for _, x := range string(d) {
			if !unicode.Is(unicode.Mn, x) {
				out = append(out, x)
			}
		}
	} else {
		out = append(out, r)
	}
	if !f.bn.lower {
		return out
	}
	var lowered []rune
	for k, x := range out {
		if x == 0x130 {
			if lowered == nil {
				lowered = append([]rune(nil), out[:k]...)
			}
			lowered = append(lowered, 'i', 0x307)
			continue
		}
		x = unicode.ToLower(x)
		if lowered != nil {
			lowered = append(lowered, x)
		} else {
			out[k] = x
		}
	}
	if lowered != nil {
		return lowered
	}
	return out
}
