package tokenizer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// match is a byte range of a string and whether it matched the pattern.
type match struct {
	a, b    int
	isMatch bool
}

// pattern finds matches in a string and returns the whole string cut into
// consecutive matching and non-matching ranges (HF's Pattern::find_matches).
type pattern interface {
	findMatches(s string) ([]match, error)
}

type splitBehavior int

const (
	splitRemoved splitBehavior = iota
	splitIsolated
	splitMergedWithPrevious
	splitMergedWithNext
	splitContiguous
)

func parseBehavior(s string) (splitBehavior, bool) {
	switch s {
	case "Removed":
		return splitRemoved, true
	case "Isolated":
		return splitIsolated, true
	case "MergedWithPrevious":
		return splitMergedWithPrevious, true
	case "MergedWithNext":
		return splitMergedWithNext, true
	case "Contiguous":
		return splitContiguous, true
	}
	return 0, false
}

// literalPattern matches a fixed string.
type literalPattern string

func (p literalPattern) findMatches(s string) ([]match, error) {
	if p == "" || s == "" {
		return []match{{0, len(s), false}}, nil
	}
	var out []match
	prev := 0
	for i := 0; i <= len(s); {
		j := strings.Index(s[i:], string(p))
		if j < 0 {
			break
		}
		a := i + j
		if a > prev {
			out = append(out, match{prev, a, false})
		}
		out = append(out, match{a, a + len(p), true})
		prev = a + len(p)
		i = prev
	}
	if prev < len(s) {
		out = append(out, match{prev, len(s), false})
	}
	return out, nil
}

// funcPattern matches every single rune for which f is true.
type funcPattern func(rune) bool

func (f funcPattern) findMatches(s string) ([]match, error) {
	var out []match
	prev := 0
	for i, r := range s {
		if f(r) {
			if i > prev {
				out = append(out, match{prev, i, false})
			}
			w := utf8.RuneLen(r)
			if r == utf8.RuneError {
				_, w = utf8.DecodeRuneInString(s[i:])
			}
			out = append(out, match{i, i + w, true})
			prev = i + w
		}
	}
	if prev < len(s) {
		out = append(out, match{prev, len(s), false})
	}
	if len(out) == 0 {
		out = append(out, match{0, len(s), false})
	}
	return out, nil
}

// regexPattern is an Oniguruma-style regular expression evaluated by
// regexp2 (which supports lookaround), or by a hand-written scanner when the
// expression is one of the well-known GPT-2 / Llama-3 / Qwen ones.
type regexPattern struct {
	src  string
	re   *regexp2.Regexp
	fast scanner // nil when no hand-written scanner applies
}

func compileRegex(src string) (*regexPattern, error) {
	// HF compiles with Oniguruma's default (Ruby) syntax, where ^ and $
	// are line anchors: that is regexp2's Multiline.
	re, err := regexp2.Compile(src, regexp2.Unicode|regexp2.Multiline)
	if err != nil {
		return nil, fmt.Errorf("invalid regex %q: %v", src, err)
	}
	return &regexPattern{src: src, re: re, fast: scannerFor(src)}, nil
}

// scanner is a hand-written equivalent of a regex: next returns the end of
// the match starting at byte i of s (always > i: the patterns it replaces
// match every position).
type scanner func(s string, i int) int

func (p *regexPattern) findMatches(s string) ([]match, error) {
	if p.fast != nil {
		out := make([]match, 0, len(s)/4+1)
		for i := 0; i < len(s); {
			j := p.fast(s, i)
			out = append(out, match{i, j, true})
			i = j
		}
		if len(out) == 0 {
			out = append(out, match{0, 0, false})
		}
		return out, nil
	}
	return p.slowMatches(s)
}

// slowMatches runs regexp2 and converts its rune indices to bytes.
func (p *regexPattern) slowMatches(s string) ([]match, error) {
	runes := []rune(s)
	// byteAt[i] is the byte offset of rune i.
	byteAt := make([]int, len(runes)+1)
	b := 0
	for i, r := range runes {
		byteAt[i] = b
		w := utf8.RuneLen(r)
		if w < 0 {
			w = 3
		}
		b += w
	}
	byteAt[len(runes)] = b
	var out []match
	prev := 0
	m, err := p.re.FindRunesMatch(runes)
	for m != nil && err == nil {
		a, e := byteAt[m.Index], byteAt[m.Index+m.Length]
		if a > prev {
			out = append(out, match{prev, a, false})
		}
		out = append(out, match{a, e, true})
		prev = e
		m, err = p.re.FindNextMatch(m)
	}
	if err != nil {
		return nil, fmt.Errorf("regex %q: %v", p.src, err)
	}
	if prev < len(s) {
		out = append(out, match{prev, len(s), false})
	}
	if len(out) == 0 {
		out = append(out, match{0, len(s), false})
	}
	return out, nil
}

// invertPattern flips matching and non-matching ranges (Split's invert).
type invertPattern struct{ p pattern }

func (ip invertPattern) findMatches(s string) ([]match, error) {
	ms, err := ip.p.findMatches(s)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		ms[i].isMatch = !ms[i].isMatch
	}
	return ms, nil
}
