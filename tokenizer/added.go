package tokenizer

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// AddedToken is an entry of tokenizer.json's added_tokens: text matched
// before the model runs and mapped straight to ID.
type AddedToken struct {
	ID         int
	Content    string
	Special    bool // skipped by Decode(…, skipSpecial=true)
	Normalized bool // matched in the normalized text instead of the raw one
	LStrip     bool // swallows whitespace on its left
	RStrip     bool // swallows whitespace on its right
	SingleWord bool // only matches when not inside a word
}

// addedMatcher finds added tokens leftmost-longest, like HF's Aho-Corasick.
type addedMatcher struct {
	first [256]bool
	byB   [256][]matchCand // candidates by first byte, longest first
}

type matchCand struct {
	text string
	tok  *AddedToken
}

func newAddedMatcher(cands []matchCand) *addedMatcher {
	if len(cands) == 0 {
		return nil
	}
	m := &addedMatcher{}
	for _, c := range cands {
		if c.text == "" {
			continue
		}
		b := c.text[0]
		m.first[b] = true
		m.byB[b] = append(m.byB[b], c)
	}
	for b := range m.byB {
		l := m.byB[b]
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].text) > len(l[j].text) })
	}
	return m
}

// find returns the leftmost-longest match starting at or after from.
func (m *addedMatcher) find(s string, from int) (int, int, *AddedToken) {
	for i := from; i < len(s); i++ {
		if !m.first[s[i]] {
			continue
		}
		for _, c := range m.byB[s[i]] {
			if len(s)-i >= len(c.text) && s[i:i+len(c.text)] == c.text {
				return i, i + len(c.text), c.tok
			}
		}
	}
	return -1, -1, nil
}

// isWordChar is Rust regex's \w (used by single_word matching).
func isWordChar(r rune) bool { return isWordRune(r) }

// findAdded cuts s into added-token matches and the text between them,
// applying single_word, lstrip and rstrip like HF's find_matches. Returned
// matches with a non-nil token are added tokens.
func (t *Tokenizer) findAdded(s string, m *addedMatcher) []addedSplit {
	if s == "" {
		return []addedSplit{{0, 0, nil}}
	}
	if m == nil {
		return []addedSplit{{0, len(s), nil}}
	}
	var out []addedSplit
	startOff := 0
	for pos := 0; pos < len(s); {
		a, b, tok := m.find(s, pos)
		if tok == nil {
			break
		}
		pos = b
		if t.encodeSpecialTokens && tok.Special {
			continue
		}
		if tok.SingleWord {
			startSpace := a == 0
			if !startSpace {
				r, _ := utf8.DecodeLastRuneInString(s[:a])
				startSpace = !isWordChar(r)
			}
			stopSpace := b == len(s)
			if !stopSpace {
				r, _ := utf8.DecodeRuneInString(s[b:])
				stopSpace = !isWordChar(r)
			}
			if !startSpace || !stopSpace {
				continue
			}
		}
		if tok.LStrip {
			na := a
			for na > 0 {
				r, sz := utf8.DecodeLastRuneInString(s[:na])
				if !unicode.IsSpace(r) {
					break
				}
				na -= sz
			}
			a = max(na, startOff)
		}
		if tok.RStrip {
			for b < len(s) {
				r, sz := utf8.DecodeRuneInString(s[b:])
				if !unicode.IsSpace(r) {
					break
				}
				b += sz
			}
			pos = b
		}
		if startOff < a {
			out = append(out, addedSplit{startOff, a, nil})
		}
		out = append(out, addedSplit{a, b, tok})
		startOff = b
	}
	if startOff != len(s) {
		out = append(out, addedSplit{startOff, len(s), nil})
	}
	return out
}

type addedSplit struct {
	a, b int
	tok  *AddedToken
}

// extractAndNormalize splits out raw added tokens, normalizes the rest and
// then splits out normalized added tokens (HF's extract_and_normalize).
func (t *Tokenizer) extractAndNormalize(text string) (*preTokenized, error) {
	root := newNormStr(text, 0)
	p := &preTokenized{splits: []split{{n: root}}}
	splitAdded := func(m *addedMatcher, normalize bool) error {
		out := make([]split, 0, len(p.splits))
		for _, sp := range p.splits {
			if sp.done {
				out = append(out, sp)
				continue
			}
			if normalize && t.normalizer != nil {
				if err := t.normalizer.normalize(sp.n); err != nil {
					return err
				}
			}
			for _, as := range t.findAdded(string(sp.n.s), m) {
				sub := sp.n.slice(as.a, as.b)
				if len(sub.s) == 0 {
					continue
				}
				if as.tok != nil {
					out = append(out, split{n: sub, done: true,
						toks: []token{{id: as.tok.ID, value: string(sub.s), a: 0, b: len(sub.s)}}})
				} else {
					out = append(out, split{n: sub})
				}
			}
		}
		p.splits = out
		return nil
	}
	if err := splitAdded(t.rawMatcher, false); err != nil {
		return nil, err
	}
	if err := splitAdded(t.normMatcher, true); err != nil {
		return nil, err
	}
	return p, nil
}

// buildAdded indexes the added tokens and their matchers.
func (t *Tokenizer) buildAdded() {
	t.addedByID = make(map[int]*AddedToken, len(t.added))
	t.addedByContent = make(map[string]*AddedToken, len(t.added))
	t.addedNormalized = make(map[int]string)
	var raw, normd []matchCand
	for i := range t.added {
		a := &t.added[i]
		if a.Content == "" {
			continue
		}
		t.addedByID[a.ID] = a
		t.addedByContent[a.Content] = a
		if a.Normalized {
			txt := normalizeString(t.normalizer, a.Content)
			if txt != a.Content {
				t.addedNormalized[a.ID] = txt
			}
			normd = append(normd, matchCand{txt, a})
		} else {
			raw = append(raw, matchCand{a.Content, a})
		}
	}
	t.rawMatcher = newAddedMatcher(raw)
	t.normMatcher = newAddedMatcher(normd)
}
