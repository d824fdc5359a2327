package tokenizer

import (
	"fmt"
	"math"
	"unicode/utf8"
)

// unigramModel is SentencePiece's Unigram language model: Viterbi over all
// vocabulary pieces, unknown characters fused into one unk token, optional
// byte fallback.
type unigramModel struct {
	vocabTable
	scores       []float64
	unkID        int // -1 when none
	byteFallback bool
	minScore     float64
	maxLen       int // longest piece in bytes
}

const unkPenalty = 10.0

func newUnigram(pieces []string, scores []float64, unkID int, byteFallback bool) (*unigramModel, error) {
	v := make(map[string]int, len(pieces))
	m := &unigramModel{scores: scores, unkID: unkID, byteFallback: byteFallback, minScore: math.Inf(1)}
	for i, p := range pieces {
		v[p] = i // like HF, a repeated piece maps to its last id
		m.minScore = math.Min(m.minScore, scores[i])
		m.maxLen = max(m.maxLen, len(p))
	}
	if len(pieces) == 0 {
		m.minScore = 0
	}
	if unkID >= len(pieces) {
		return nil, fmt.Errorf("unk_id %d is outside the vocabulary (%d pieces)", unkID, len(pieces))
	}
	m.vocabTable = newVocabTable(v)
	// vocabR must follow piece order even with duplicate pieces.
	m.vocabR = append([]string(nil), pieces...)
	m.hasID = make([]bool, len(pieces))
	for i := range m.hasID {
		m.hasID[i] = true
	}
	return m, nil
}

func (m *unigramModel) tokenize(s string, dst []token) ([]token, error) {
	if s == "" {
		return dst, nil
	}
	type node struct {
		id      int
		score   float64
		start   int
		reached bool
	}
	best := make([]node, len(s)+1)
	best[0].reached = true
	unkScore := m.minScore - unkPenalty
	for start := 0; start < len(s); {
		_, mb := utf8.DecodeRuneInString(s[start:])
		base := best[start].score
		single := false
		for end := start + 1; end <= len(s) && end-start <= m.maxLen; end++ {
			if end < len(s) && !utf8.RuneStart(s[end]) {
				continue
			}
			id, ok := m.vocab[s[start:end]]
			if !ok {
				continue
			}
			cand := base + m.scores[id]
			if t := &best[end]; !t.reached || cand > t.score {
				*t = node{id: id, score: cand, start: start, reached: true}
			}
			if end-start == mb {
				single = true
			}
		}
		if !single {
			if m.unkID < 0 {
				return dst, fmt.Errorf("unigram: %q is not in the vocabulary and there is no unk_id", s[start:start+mb])
			}
			cand := base + unkScore
			if t := &best[start+mb]; !t.reached || cand > t.score {
				*t = node{id: m.unkID, score: cand, start: start, reached: true}
			}
		}
		start += mb
	}
	// Walk back, fusing consecutive unknowns.
	type piece struct{ a, b int }
	var rev []piece
	unkEnd := -1
	for end := len(s); end > 0; {
		n := best[end]
		if n.id == m.unkID && m.unkID >= 0 {
			if unkEnd < 0 {
				unkEnd = end
			}
		} else {
			if unkEnd >= 0 {
				rev = append(rev, piece{end, unkEnd})
				unkEnd = -1
			}
			rev = append(rev, piece{n.start, end})
		}
		end = n.start
	}
	if unkEnd >= 0 {
		rev = append(rev, piece{0, unkEnd})
	}
	for i := len(rev) - 1; i >= 0; i-- {
		p := rev[i]
		str := s[p.a:p.b]
		if id, ok := m.vocab[str]; ok {
			dst = append(dst, token{id: id, value: str, a: p.a, b: p.b})
			continue
		}
		if m.byteFallback {
			ok := true
			ids := make([]int, 0, len(str))
			for k := 0; k < len(str); k++ {
				id, found := m.vocab[fmt.Sprintf("<0x%02X>", str[k])]
				if !found {
					ok = false
					break
				}
				ids = append(ids, id)
			}
			if ok {
				// HF gives every byte token the offsets (start, start+1).
				for _, id := range ids {
					dst = append(dst, token{id: id, value: m.vocabR[id], a: p.a, b: p.a + 1})
				}
				continue
			}
		}
		dst = append(dst, token{id: m.unkID, value: str, a: p.a, b: p.b})
	}
	return dst, nil
}

// parseUnigram reads {"type":"Unigram","unk_id":…,"vocab":[[piece,score],…]}.
func parseUnigram(j jv) (model, error) {
	arr, err := j.key("vocab").arr()
	if err != nil {
		return nil, err
	}
	pieces := make([]string, len(arr))
	scores := make([]float64, len(arr))
	for i, e := range arr {
		pair, err := e.arr()
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			return nil, e.errf("expected [piece, score]")
		}
		if pieces[i], err = pair[0].str(); err != nil {
			return nil, err
		}
		if scores[i], err = pair[1].num(); err != nil {
			return nil, err
		}
	}
	unk, err := j.key("unk_id").intOr(-1)
	if err != nil {
		return nil, err
	}
	bf, err := j.key("byte_fallback").boolOr(false)
	if err != nil {
		return nil, err
	}
	m, err := newUnigram(pieces, scores, unk, bf)
	if err != nil {
		return nil, j.key("unk_id").errf("%v", err)
	}
	return m, nil
}
