package tokenizer

import (
	"fmt"
	"unicode/utf8"
)

// wordPieceModel is greedy longest-match-first WordPiece.
type wordPieceModel struct {
	vocabTable
	unk      string
	unkID    int
	prefix   string
	maxChars int
	maxLen   int // longest vocabulary entry in bytes (without prefix)

	cache tokCache
}

func newWordPiece(vocab map[string]int, unk, prefix string, maxChars int) (*wordPieceModel, error) {
	id, ok := vocab[unk]
	if !ok {
		return nil, fmt.Errorf("unk_token %q is not in the vocabulary", unk)
	}
	m := &wordPieceModel{vocabTable: newVocabTable(vocab), unk: unk, unkID: id, prefix: prefix, maxChars: maxChars, cache: newTokCache()}
	for tok := range vocab {
		m.maxLen = max(m.maxLen, len(tok))
	}
	return m, nil
}

func (m *wordPieceModel) tokenize(s string, dst []token) ([]token, error) {
	if s == "" {
		return dst, nil
	}
	if utf8.RuneCountInString(s) > m.maxChars {
		return append(dst, token{id: m.unkID, value: m.unk, a: 0, b: len(s)}), nil
	}
	if v, ok := m.cache.get(s); ok {
		return m.appendCached(v, dst), nil
	}
	start := len(dst)
	dst = m.greedy(s, dst)
	if len(s) < 64 && !m.cache.full() {
		c := make([]cachedTok, 0, len(dst)-start)
		for _, t := range dst[start:] {
			c = append(c, cachedTok{int32(t.id), int32(t.a), int32(t.b)})
		}
		m.cache.put(s, c)
	}
	return dst, nil
}

// tokenizeBytes is tokenize for a word in a byte slice; cache hits do not
// allocate.
func (m *wordPieceModel) tokenizeBytes(b []byte, dst []token) ([]token, error) {
	if v, ok := m.cache.hot.getBytes(b); ok {
		return m.appendCached(v, dst), nil
	}
	return m.tokenize(string(b), dst)
}

// greedy is longest-match-first over s; the whole word becomes unk when a
// piece cannot be matched.
func (m *wordPieceModel) greedy(s string, dst []token) []token {
	start := len(dst)
	buf := make([]byte, 0, len(m.prefix)+len(s))
	for a := 0; a < len(s); {
		end := min(len(s), a+m.maxLen)
		for end > a && end < len(s) && !utf8.RuneStart(s[end]) {
			end--
		}
		found := -1
		for end > a {
			buf = buf[:0]
			if a > 0 {
				buf = append(buf, m.prefix...)
			}
			buf = append(buf, s[a:end]...)
			if id, ok := m.vocab[string(buf)]; ok {
				found = id
				break
			}
			_, sz := utf8.DecodeLastRuneInString(s[a:end])
			end -= sz
		}
		if found < 0 {
			return append(dst[:start], token{id: m.unkID, value: m.unk, a: 0, b: len(s)})
		}
		dst = append(dst, token{id: found, value: m.vocabR[found], a: a, b: end})
		a = end
	}
	return dst
}

// wordLevelModel maps whole words to ids.
type wordLevelModel struct {
	vocabTable
	unk   string
	unkID int
}

func (m *wordLevelModel) tokenize(s string, dst []token) ([]token, error) {
	if id, ok := m.vocab[s]; ok {
		return append(dst, token{id: id, value: m.vocabR[id], a: 0, b: len(s)}), nil
	}
	if m.unkID < 0 {
		return dst, fmt.Errorf("word %q is not in the vocabulary and there is no unk token", s)
	}
	return append(dst, token{id: m.unkID, value: m.unk, a: 0, b: len(s)}), nil
}
