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
}

func newWordPiece(vocab map[string]int, unk, prefix string, maxChars int) (*wordPieceModel, error) {
	id, ok := vocab[unk]
	if !ok {
		return nil, fmt.Errorf("unk_token %q is not in the vocabulary", unk)
	}
	return &wordPieceModel{vocabTable: newVocabTable(vocab), unk: unk, unkID: id, prefix: prefix, maxChars: maxChars}, nil
}

func (m *wordPieceModel) tokenize(s string, dst []token) ([]token, error) {
	if s == "" {
		return dst, nil
	}
	if utf8.RuneCountInString(s) > m.maxChars {
		return append(dst, token{id: m.unkID, value: m.unk, a: 0, b: len(s)}), nil
	}
	start := len(dst)
	buf := make([]byte, 0, len(m.prefix)+len(s))
	for a := 0; a < len(s); {
		end := len(s)
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
			return append(dst[:start], token{id: m.unkID, value: m.unk, a: 0, b: len(s)}), nil
		}
		dst = append(dst, token{id: found, value: m.vocabR[found], a: a, b: end})
		a = end
	}
	return dst, nil
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
