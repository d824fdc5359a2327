package tokenizer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizer rewrites a piece of text in place, keeping alignments.
type normalizer interface {
	normalize(n *normStr) error
}

type seqNormalizer []normalizer

func (s seqNormalizer) normalize(n *normStr) error {
	for _, x := range s {
		if err := x.normalize(n); err != nil {
			return err
		}
	}
	return nil
}

// unicodeNormalizer applies NFC, NFD, NFKC or NFKD.
type unicodeNormalizer struct{ form norm.Form }

func (u unicodeNormalizer) normalize(n *normStr) error {
	unicodeNormalize(n, u.form)
	return nil
}

// unicodeNormalize normalizes segment by segment, copying the runs that
// are already normal. Within a changed segment the output runes are
// aligned to the input runes in order; extra output runes take the
// alignment of the last input rune (HF's insertion rule) and a shorter
// output's last rune stands for all remaining input runes, which is how HF
// aligns composed and decomposed characters.
func unicodeNormalize(n *normStr, form norm.Form) {
	if form.IsNormal(n.s) {
		return
	}
	s := string(n.s)
	newS := make([]byte, 0, len(s)+8)
	newA := make([]span, 0, len(s)+8)
	var starts []int
	for i := 0; i < len(s); {
		q := form.QuickSpanString(s[i:])
		newS = append(newS, s[i:i+q]...)
		newA = append(newA, n.align[i:i+q]...)
		i += q
		if i >= len(s) {
			break
		}
		j := i + form.NextBoundaryInString(s[i:], true)
		if j <= i {
			j = len(s)
		}
		seg := s[i:j]
		starts = starts[:0]
		for k := range seg {
			starts = append(starts, i+k)
		}
		nin := len(starts)
		k := 0
		for _, r := range form.String(seg) {
			var al span
			if k < nin {
				al = n.align[starts[k]]
			} else {
				al = n.align[j-1]
			}
			w := len(newS)
			newS = utf8.AppendRune(newS, r)
			for ; w < len(newS); w++ {
				newA = append(newA, al)
			}
			k++
		}
		i = j
	}
	n.s, n.align = newS, newA
}

type lowercaseNormalizer struct{}

func (lowercaseNormalizer) normalize(n *normStr) error {
	lowercase(n)
	return nil
}

// lowercase follows Rust's char::to_lowercase (one rune to one, except
// U+0130 which becomes "i̇").
func lowercase(n *normStr) {
	need := false
	for _, r := range string(n.s) {
		if unicode.ToLower(r) != r || r == 0x130 {
			need = true
			break
		}
	}
	if !need {
		return
	}
	dest := make([]rc, 0, len(n.s))
	for _, r := range string(n.s) {
		if r == 0x130 {
			dest = append(dest, rc{'i', 0}, rc{0x307, 1})
			continue
		}
		dest = append(dest, rc{unicode.ToLower(r), 0})
	}
	n.transform(dest, 0)
}

type stripNormalizer struct{ left, right bool }

func (s stripNormalizer) normalize(n *normStr) error {
	n.strip(s.left, s.right)
	return nil
}

type stripAccentsNormalizer struct{}

// StripAccents removes every combining mark (M*), unlike BertNormalizer's
// accent stripping, which removes only Mn.
func (stripAccentsNormalizer) normalize(n *normStr) error {
	n.filter(func(r rune) bool { return !unicode.Is(unicode.M, r) })
	return nil
}

type replaceNormalizer struct {
	p       pattern
	content string
}

func (r replaceNormalizer) normalize(n *normStr) error {
	return n.replaceMatches(r.p, r.content)
}

type prependNormalizer struct{ s string }

func (p prependNormalizer) normalize(n *normStr) error {
	n.prepend(p.s)
	return nil
}

// bertNormalizer is HF's BertNormalizer.
type bertNormalizer struct {
	cleanText, chinese, stripAccents, lower bool
}

func (b bertNormalizer) normalize(n *normStr) error {
	if b.cleanText {
		n.filter(func(r rune) bool { return !(r == 0 || r == 0xfffd || isControl(r)) })
		n.mapRunes(func(r rune) rune {
			if isWhitespace(r) {
				return ' '
			}
			return r
		})
	}
	if b.chinese {
		has := false
		for _, r := range string(n.s) {
			if isChineseChar(r) {
				has = true
				break
			}
		}
		if has {
			dest := make([]rc, 0, len(n.s)+8)
			for _, r := range string(n.s) {
				if isChineseChar(r) {
					dest = append(dest, rc{' ', 0}, rc{r, 1}, rc{' ', 1})
				} else {
					dest = append(dest, rc{r, 0})
				}
			}
			n.transform(dest, 0)
		}
	}
	if b.stripAccents {
		unicodeNormalize(n, norm.NFD)
		n.filter(func(r rune) bool { return !unicode.Is(unicode.Mn, r) })
	}
	if b.lower {
		lowercase(n)
	}
	return nil
}

// isWhitespace is Rust's char::is_whitespace (Unicode White_Space).
func isWhitespace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.Is(unicode.White_Space, r)
}

// isControl is the Bert "control" test: categories C* except \t \n \r.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	}
	return isOther(r)
}

// isOther reports categories Cc, Cf, Cn, Co, Cs.
func isOther(r rune) bool {
	if r < 0xA0 {
		return r < 0x20 || r >= 0x7F
	}
	if r < 0x300 {
		return r == 0xAD
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs) {
		return true
	}
	return !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z)
}

func isChineseChar(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0x20000 && r <= 0x2A6DF, r >= 0x2A700 && r <= 0x2B73F,
		r >= 0x2B740 && r <= 0x2B81F, r >= 0x2B920 && r <= 0x2CEAF,
		r >= 0xF900 && r <= 0xFAFF, r >= 0x2F800 && r <= 0x2FA1F:
		return true
	}
	return false
}

// isBertPunc is ASCII punctuation or Unicode punctuation (P*).
func isBertPunc(r rune) bool {
	if r < 128 {
		return r > 32 && r < 127 && !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
	}
	return unicode.IsPunct(r)
}

// normalizeString runs a normalizer over a standalone string (used for
// added tokens with normalized=true).
func normalizeString(nz normalizer, s string) string {
	if nz == nil {
		return s
	}
	n := newNormStr(s, 0)
	if err := nz.normalize(n); err != nil {
		return s
	}
	return string(n.s)
}
