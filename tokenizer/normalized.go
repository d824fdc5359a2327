package tokenizer

import (
	"unicode/utf8"
)

// span is a half-open byte range [s, e) in the original input text.
type span struct{ s, e int32 }

// normStr is a piece of normalized text that remembers, for every byte of
// the normalized text, which bytes of the original input produced it. It
// mirrors the alignment rules of Hugging Face's NormalizedString so that
// offsets come out identical. Alignments are absolute (relative to the whole
// input), so slicing needs no shifting.
type normStr struct {
	s      []byte
	align  []span
	oStart int // original range covered by this piece
	oEnd   int
}

// newNormStr wraps text whose first byte sits at offset base in the input.
func newNormStr(text string, base int) *normStr {
	n := &normStr{s: []byte(text), align: make([]span, len(text)), oStart: base, oEnd: base + len(text)}
	for i := 0; i < len(text); {
		_, sz := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < sz; j++ {
			n.align[i+j] = span{int32(base + i), int32(base + i + sz)}
		}
		i += sz
	}
	return n
}

// rc is one output rune of a transformation and how it relates to the
// input: 0 replaces one input rune, +1 inserts a rune, -k replaces one
// input rune and removes the k following ones.
type rc struct {
	r  rune
	ch int
}

// transform rewrites the whole normalized text from dest, after skipping
// initial input runes, with the same alignment rules as HF's transform.
func (n *normStr) transform(dest []rc, initial int) {
	pos := 0
	for i := 0; i < initial && pos < len(n.s); i++ {
		_, sz := utf8.DecodeRune(n.s[pos:])
		pos += sz
	}
	newS := make([]byte, 0, len(n.s))
	newA := make([]span, 0, len(n.s))
	var buf [4]byte
	for _, d := range dest {
		var al span
		if d.ch > 0 {
			if pos < 1 {
				al = span{int32(n.oStart), int32(n.oStart)}
			} else {
				al = n.align[pos-1]
			}
		} else if pos < len(n.align) {
			al = n.align[pos]
		} else if len(n.align) > 0 {
			al = n.align[len(n.align)-1]
		} else {
			al = span{int32(n.oStart), int32(n.oStart)}
		}
		if d.ch <= 0 && pos < len(n.s) {
			_, sz := utf8.DecodeRune(n.s[pos:])
			pos += sz
		}
		for k := 0; k < -d.ch && pos < len(n.s); k++ {
			_, sz := utf8.DecodeRune(n.s[pos:])
			pos += sz
		}
		w := utf8.EncodeRune(buf[:], d.r)
		newS = append(newS, buf[:w]...)
		for k := 0; k < w; k++ {
			newA = append(newA, al)
		}
	}
	n.s = newS
	n.align = newA
}

// mapRunes replaces every rune by f(rune) (one for one).
func (n *normStr) mapRunes(f func(rune) rune) {
	changed := false
	for _, r := range string(n.s) {
		if f(r) != r {
			changed = true
			break
		}
	}
	if !changed {
		return
	}
	dest := make([]rc, 0, len(n.s))
	for _, r := range string(n.s) {
		dest = append(dest, rc{f(r), 0})
	}
	n.transform(dest, 0)
}

// filter keeps only the runes for which keep is true.
func (n *normStr) filter(keep func(rune) bool) {
	all := true
	for _, r := range string(n.s) {
		if !keep(r) {
			all = false
			break
		}
	}
	if all {
		return
	}
	removed, removedStart := 0, 0
	var dest []rc
	var last rune
	haveLast := false
	for _, r := range string(n.s) {
		if keep(r) {
			if haveLast {
				dest = append(dest, rc{last, -removed})
			} else {
				removedStart = removed
			}
			last, haveLast = r, true
			removed = 0
		} else {
			removed++
		}
	}
	if haveLast {
		dest = append(dest, rc{last, -removed})
	}
	n.transform(dest, removedStart)
}

// prepend inserts s before the first rune (nothing happens on empty text).
func (n *normStr) prepend(s string) {
	if len(n.s) == 0 {
		return
	}
	first, sz := utf8.DecodeRune(n.s)
	var dest []rc
	i := 0
	for _, r := range s {
		ch := 0
		if i != 0 {
			ch = 1
		}
		dest = append(dest, rc{r, ch})
		i++
	}
	dest = append(dest, rc{first, 1})
	// transform only the first rune's range.
	rest := &normStr{s: n.s[:sz], align: n.align[:sz], oStart: n.oStart, oEnd: n.oEnd}
	rest.transform(dest, 0)
	n.s = append(rest.s, n.s[sz:]...)
	n.align = append(rest.align, n.align[sz:]...)
}

// appendStr adds s after the last rune.
func (n *normStr) appendStr(s string) {
	if len(n.s) == 0 {
		var dest []rc
		for _, r := range s {
			dest = append(dest, rc{r, 1})
		}
		n.transform(dest, 0)
		return
	}
	last, sz := utf8.DecodeLastRune(n.s)
	b := len(n.s) - sz
	dest := []rc{{last, 0}}
	for _, r := range s {
		dest = append(dest, rc{r, 1})
	}
	tail := &normStr{s: n.s[b:], align: n.align[b:], oStart: n.oStart, oEnd: n.oEnd}
	tail.transform(dest, 0)
	n.s = append(n.s[:b:b], tail.s...)
	n.align = append(n.align[:b:b], tail.align...)
}

// replaceMatches replaces every match of p by content.
func (n *normStr) replaceMatches(p pattern, content string) error {
	ms, err := p.findMatches(string(n.s))
	if err != nil {
		return err
	}
	found := false
	for _, m := range ms {
		if m.isMatch {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	newS := make([]byte, 0, len(n.s))
	newA := make([]span, 0, len(n.s))
	last := 0
	for _, m := range ms {
		if !m.isMatch {
			continue
		}
		newS = append(newS, n.s[last:m.a]...)
		newA = append(newA, n.align[last:m.a]...)
		// Every inserted rune takes the alignment of the byte just before
		// the end of the replaced range (HF's "added" rule).
		var al span
		if m.b >= 1 {
			al = n.align[m.b-1]
		} else {
			al = span{int32(n.oStart), int32(n.oStart)}
		}
		for _, r := range content {
			w := utf8.RuneLen(r)
			newS = utf8.AppendRune(newS, r)
			for k := 0; k < w; k++ {
				newA = append(newA, al)
			}
		}
		last = m.b
	}
	newS = append(newS, n.s[last:]...)
	newA = append(newA, n.align[last:]...)
	n.s, n.align = newS, newA
	return nil
}

// strip removes leading and/or trailing whitespace.
func (n *normStr) strip(left, right bool) {
	rs := []rune(string(n.s))
	lead, trail := 0, 0
	if left {
		for lead < len(rs) && isWhitespace(rs[lead]) {
			lead++
		}
	}
	if right {
		for trail < len(rs)-lead && isWhitespace(rs[len(rs)-1-trail]) {
			trail++
		}
	}
	if lead == 0 && trail == 0 {
		return
	}
	var dest []rc
	for i, r := range rs {
		if i < lead || i >= len(rs)-trail {
			continue
		}
		if i == len(rs)-trail-1 {
			dest = append(dest, rc{r, -trail})
		} else {
			dest = append(dest, rc{r, 0})
		}
	}
	n.transform(dest, lead)
}

// slice returns the sub-piece for normalized byte range [a, b).
func (n *normStr) slice(a, b int) *normStr {
	sub := &normStr{s: n.s[a:b:b], align: n.align[a:b:b]}
	if a < b {
		sub.oStart, sub.oEnd = int(n.align[a].s), int(n.align[b-1].e)
	} else if a < len(n.align) {
		sub.oStart, sub.oEnd = int(n.align[a].s), int(n.align[a].s)
	} else {
		sub.oStart, sub.oEnd = n.oEnd, n.oEnd
	}
	return sub
}

// origOffsets maps a normalized byte range of this piece to original bytes.
func (n *normStr) origOffsets(a, b int) (int, int) {
	if a >= b || b > len(n.align) {
		return n.oStart + a, n.oStart + b
	}
	return int(n.align[a].s), int(n.align[b-1].e)
}

// split cuts the piece at the matches of p according to behavior.
func (n *normStr) split(p pattern, behavior splitBehavior) ([]*normStr, error) {
	ms, err := p.findMatches(string(n.s))
	if err != nil {
		return nil, err
	}
	ms = applyBehavior(ms, behavior)
	out := make([]*normStr, 0, len(ms))
	for _, m := range ms {
		if m.isMatch { // here isMatch means "remove"
			continue
		}
		out = append(out, n.slice(m.a, m.b))
	}
	return out, nil
}

// applyBehavior turns pattern matches into splits; in the result isMatch
// marks the splits to remove.
func applyBehavior(ms []match, b splitBehavior) []match {
	var out []match
	switch b {
	case splitIsolated:
		out = ms
		for i := range out {
			out[i].isMatch = false
		}
	case splitRemoved:
		out = ms
	case splitContiguous:
		prev := false
		for _, m := range ms {
			if m.isMatch == prev && len(out) > 0 {
				out[len(out)-1].b = m.b
			} else {
				out = append(out, match{m.a, m.b, false})
			}
			prev = m.isMatch
		}
	case splitMergedWithPrevious:
		prev := false
		for _, m := range ms {
			if m.isMatch && !prev && len(out) > 0 {
				out[len(out)-1].b = m.b
			} else {
				out = append(out, match{m.a, m.b, false})
			}
			prev = m.isMatch
		}
	case splitMergedWithNext:
		prev := false
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.isMatch && !prev && len(out) > 0 {
				out[len(out)-1].a = m.a
			} else {
				out = append(out, match{m.a, m.b, false})
			}
			prev = m.isMatch
		}
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}
