package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// token is a model output: id, text and byte offsets inside its split.
type token struct {
	id    int
	value string
	a, b  int
}

// split is one piece of a pre-tokenized string; toks is set once the
// piece has been tokenized (added tokens are tokenized up front).
type split struct {
	n    *normStr
	toks []token
	done bool
}

// preTokenized is HF's PreTokenizedString.
type preTokenized struct {
	splits []split
}

// splitEach replaces every not-yet-tokenized split by f's pieces, dropping
// empty ones.
func (p *preTokenized) splitEach(f func(n *normStr) ([]*normStr, error)) error {
	out := make([]split, 0, len(p.splits))
	for _, s := range p.splits {
		if s.done {
			out = append(out, s)
			continue
		}
		parts, err := f(s.n)
		if err != nil {
			return err
		}
		for _, x := range parts {
			if len(x.s) > 0 {
				out = append(out, split{n: x})
			}
		}
	}
	p.splits = out
	return nil
}

// preTokenizer cuts a pre-tokenized string into smaller splits.
type preTokenizer interface {
	preTokenize(p *preTokenized) error
}

type seqPreTokenizer []preTokenizer

func (s seqPreTokenizer) preTokenize(p *preTokenized) error {
	for _, x := range s {
		if err := x.preTokenize(p); err != nil {
			return err
		}
	}
	return nil
}

// byteLevelPre is HF's ByteLevel pre-tokenizer.
type byteLevelPre struct {
	addPrefixSpace, useRegex bool
	re                       *regexPattern
}

// gpt2Pattern is the regex of GPT-2's ByteLevel pre-tokenizer.
const gpt2Pattern = `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`

func (b *byteLevelPre) preTokenize(p *preTokenized) error {
	err := p.splitEach(func(n *normStr) ([]*normStr, error) {
		if b.addPrefixSpace && (len(n.s) == 0 || n.s[0] != ' ') {
			n.prepend(" ")
		}
		if b.useRegex {
			return n.split(b.re, splitIsolated)
		}
		return []*normStr{n}, nil
	})
	if err != nil {
		return err
	}
	for i := range p.splits {
		if !p.splits[i].done {
			byteLevelTransform(p.splits[i].n)
		}
	}
	return nil
}

// byteLevelTransform maps every byte to its printable byte-level rune; all
// runes from one input rune keep that rune's alignment.
func byteLevelTransform(n *normStr) {
	newS := make([]byte, 0, len(n.s)*2)
	newA := make([]span, 0, len(n.s)*2)
	for i := 0; i < len(n.s); {
		_, sz := utf8.DecodeRune(n.s[i:])
		al := n.align[i]
		for k := 0; k < sz; k++ {
			r := bytesChar[n.s[i+k]]
			w := utf8.RuneLen(r)
			newS = utf8.AppendRune(newS, r)
			for j := 0; j < w; j++ {
				newA = append(newA, al)
			}
		}
		i += sz
	}
	n.s, n.align = newS, newA
}

// appendByteLevelBytes appends to dst the bytes that the byte-level runes
// of s stand for; ok is false (and dst is returned unchanged) when s has a
// rune outside the byte-level alphabet.
func appendByteLevelBytes(dst []byte, s string) (out []byte, ok bool) {
	out = dst
	for _, r := range s {
		b, found := charBytes[r]
		if !found {
			return dst, false
		}
		out = append(out, b)
	}
	return out, true
}

// bytesChar is GPT-2's byte to printable rune table; charBytes its inverse.
var bytesChar, charBytes = buildByteTables()

func buildByteTables() ([256]rune, map[rune]byte) {
	var bc [256]rune
	used := [256]bool{}
	for b := '!'; b <= '~'; b++ {
		bc[b], used[b] = b, true
	}
	for b := 0xA1; b <= 0xAC; b++ {
		bc[b], used[b] = rune(b), true
	}
	for b := 0xAE; b <= 0xFF; b++ {
		bc[b], used[b] = rune(b), true
	}
	n := 0
	for b := 0; b < 256; b++ {
		if !used[b] {
			bc[b] = rune(256 + n)
			n++
		}
	}
	cb := make(map[rune]byte, 256)
	for b, r := range bc {
		cb[r] = byte(b)
	}
	return bc, cb
}

// splitPre is HF's Split pre-tokenizer.
type splitPre struct {
	p        pattern
	behavior splitBehavior
}

func (s *splitPre) preTokenize(p *preTokenized) error {
	return p.splitEach(func(n *normStr) ([]*normStr, error) { return n.split(s.p, s.behavior) })
}

// bertPre splits on whitespace (removed) and punctuation (isolated).
type bertPre struct{}

func (bertPre) preTokenize(p *preTokenized) error {
	if err := p.splitEach(func(n *normStr) ([]*normStr, error) {
		return n.split(funcPattern(isWhitespace), splitRemoved)
	}); err != nil {
		return err
	}
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		return n.split(funcPattern(isBertPunc), splitIsolated)
	})
}

// whitespacePre is HF's Whitespace: \w+|[^\w\s]+ .
type whitespacePre struct{}

// isWordRune is Rust regex's \w: Alphabetic (letters, Nl), marks, Nd, Pc
// and the joiners.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.M, unicode.Nd, unicode.Pc) || r == 0x200C || r == 0x200D
}

func (whitespacePre) preTokenize(p *preTokenized) error {
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		var out []*normStr
		s := string(n.s)
		start, kind := -1, 0 // kind 1: word, 2: other non-space
		flush := func(i int) {
			if start >= 0 {
				out = append(out, n.slice(start, i))
			}
			start, kind = -1, 0
		}
		for i, r := range s {
			k := 2
			if isWordRune(r) {
				k = 1
			} else if unicode.IsSpace(r) {
				k = 0
			}
			if k != kind {
				flush(i)
				if k != 0 {
					start, kind = i, k
				}
			}
		}
		flush(len(s))
		return out, nil
	})
}

// whitespaceSplitPre splits on whitespace, removing it.
type whitespaceSplitPre struct{}

func (whitespaceSplitPre) preTokenize(p *preTokenized) error {
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		return n.split(funcPattern(isWhitespace), splitRemoved)
	})
}

// punctuationPre isolates (or otherwise splits on) punctuation.
type punctuationPre struct{ behavior splitBehavior }

func (x punctuationPre) preTokenize(p *preTokenized) error {
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		return n.split(funcPattern(isBertPunc), x.behavior)
	})
}

// digitsPre splits digits off, one by one or as runs.
type digitsPre struct{ individual bool }

func (d digitsPre) preTokenize(p *preTokenized) error {
	b := splitContiguous
	if d.individual {
		b = splitIsolated
	}
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		return n.split(funcPattern(unicode.IsNumber), b) // Rust char::is_numeric
	})
}

// metaspacePre replaces spaces by the replacement rune and splits before it.
type metaspacePre struct {
	replacement  rune
	prependSheme string // "always", "never", "first"
	split        bool
}

func (m *metaspacePre) preTokenize(p *preTokenized) error {
	rep := string(m.replacement)
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		if err := n.replaceMatches(literalPattern(" "), rep); err != nil {
			return nil, err
		}
		switch m.prependSheme {
		case "always":
			if !startsWith(n.s, rep) {
				n.prepend(rep)
			}
		case "first":
			if !startsWith(n.s, rep) && n.oStart == 0 {
				n.prepend(rep)
			}
		}
		if m.split {
			return n.split(literalPattern(rep), splitMergedWithNext)
		}
		return []*normStr{n}, nil
	})
}

func startsWith(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[:len(s)]) == s
}
