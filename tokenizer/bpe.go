package tokenizer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// model turns one split (normalized, pre-tokenized text) into tokens.
type model interface {
	tokenize(s string, dst []token) ([]token, error)
	tokenToID(tok string) (int, bool)
	idToToken(id int) (string, bool)
	vocabSize() int
	vocabMap() map[string]int
}

// vocabTable is a token<->id table shared by the models.
type vocabTable struct {
	vocab  map[string]int
	vocabR []string
	hasID  []bool
}

func newVocabTable(v map[string]int) vocabTable {
	maxID := -1
	for _, id := range v {
		if id > maxID {
			maxID = id
		}
	}
	t := vocabTable{vocab: v, vocabR: make([]string, maxID+1), hasID: make([]bool, maxID+1)}
	for tok, id := range v {
		if id >= 0 {
			t.vocabR[id], t.hasID[id] = tok, true
		}
	}
	return t
}

func (t *vocabTable) tokenToID(tok string) (int, bool) { id, ok := t.vocab[tok]; return id, ok }
func (t *vocabTable) idToToken(id int) (string, bool) {
	if id < 0 || id >= len(t.vocabR) || !t.hasID[id] {
		return "", false
	}
	return t.vocabR[id], true
}
func (t *vocabTable) vocabSize() int           { return len(t.vocab) }
func (t *vocabTable) vocabMap() map[string]int { return t.vocab }

// bpeModel is a byte-pair-encoding model with HF's options.
type bpeModel struct {
	vocabTable
	merges       *pairMap // (left<<32|right) -> (rank<<32|newID)
	unkID        int      // -1 when there is no unk token
	fuseUnk      bool
	byteFallback bool
	ignoreMerges bool
	prefix       string // continuing_subword_prefix
	suffix       string // end_of_word_suffix
	byteIDs      [256]int32
	charIDs      map[rune]int32 // single-rune tokens (when no prefix/suffix)
	charTab      []int32        // charIDs for runes < 0x10000, -1 when absent

	// segment is set when no token has "▁" after another rune, so a word
	// can be cut before every "▁" that follows another rune without
	// changing the result (no merge can cross such a cut): this lets
	// pre-tokenizer-less SentencePiece BPE (Llama, Mistral) use the cache.
	segment bool

	cache tokCache
}

type cachedTok struct{ id, a, b int32 }

const bpeCacheMax = 200000

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// newBPE builds the model; merges are pairs of vocabulary tokens in rank
// order. Errors name the offending merge.
func newBPE(vocab map[string]int, merges [][2]string, unk string, fuseUnk, byteFallback, ignoreMerges bool, prefix, suffix string) (*bpeModel, error) {
	m := &bpeModel{vocabTable: newVocabTable(vocab), merges: newPairMap(len(merges)),
		unkID: -1, cache: newTokCache(), fuseUnk: fuseUnk, byteFallback: byteFallback, ignoreMerges: ignoreMerges, prefix: prefix, suffix: suffix}
	if unk != "" {
		if id, ok := vocab[unk]; ok {
			m.unkID = id
		} else {
			m.unkID = -2 // unk configured but missing: error when needed
		}
	}
	var buf []byte
	for i, mg := range merges {
		a, ok1 := vocab[mg[0]]
		b, ok2 := vocab[mg[1]]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("merges[%d]: token %q or %q is not in the vocabulary", i, mg[0], mg[1])
		}
		right := mg[1]
		if len(prefix) > 0 && len(right) >= len(prefix) {
			right = right[len(prefix):]
		}
		buf = append(append(buf[:0], mg[0]...), right...)
		nid, ok := vocab[string(buf)]
		if !ok {
			return nil, fmt.Errorf("merges[%d]: merged token %q is not in the vocabulary", i, buf)
		}
		m.merges.putIfAbsent(pairKey(int32(a), int32(b)), uint64(i)<<32|uint64(uint32(nid)))
	}
	m.segment = canSegment(vocab, prefix, suffix)
	for b := 0; b < 256; b++ {
		m.byteIDs[b] = -1
		if id, ok := vocab[fmt.Sprintf("<0x%02X>", b)]; ok {
			m.byteIDs[b] = int32(id)
		}
	}
	if prefix == "" && suffix == "" {
		m.charIDs = make(map[rune]int32, 512)
		for tok, id := range vocab {
			if r, sz := utf8.DecodeRuneInString(tok); sz == len(tok) && sz > 0 && r != utf8.RuneError {
				m.charIDs[r] = int32(id)
			}
		}
		m.charTab = make([]int32, 0x10000)
		for i := range m.charTab {
			m.charTab[i] = -1
		}
		for r, id := range m.charIDs {
			if r < 0x10000 {
				m.charTab[r] = id
			}
		}
	}
	return m, nil
}

// symbol is one piece of a word during merging (a doubly linked list).
type symbol struct {
	id         int32
	prev, next int32
	a, n       int32 // byte start and length in the word
}

const metaSpace = "▁"

func canSegment(vocab map[string]int, prefix, suffix string) bool {
	if prefix != "" || suffix != "" {
		return false
	}
	if _, ok := vocab[metaSpace]; !ok {
		return false
	}
	for tok := range vocab {
		rest := tok
		for strings.HasPrefix(rest, metaSpace) {
			rest = rest[len(metaSpace):]
		}
		if strings.Contains(rest, metaSpace) {
			return false
		}
	}
	return true
}

func (m *bpeModel) tokenize(s string, dst []token) ([]token, error) {
	if s == "" {
		return dst, nil
	}
	if !m.segment || m.ignoreMerges {
		return m.tokenizeWord(s, dst)
	}
	start := 0
	for i := 1; i < len(s); {
		j := strings.Index(s[i:], metaSpace)
		if j < 0 {
			break
		}
		i += j
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); r != '▁' {
			n := len(dst)
			var err error
			if dst, err = m.tokenizeWord(s[start:i], dst); err != nil {
				return dst, err
			}
			for k := n; k < len(dst); k++ {
				dst[k].a += start
				dst[k].b += start
			}
			start = i
		}
		i += len(metaSpace)
	}
	n := len(dst)
	dst, err := m.tokenizeWord(s[start:], dst)
	for k := n; k < len(dst); k++ {
		dst[k].a += start
		dst[k].b += start
	}
	return dst, err
}

// tokenizeWord runs BPE on one word, through the cache.
func (m *bpeModel) tokenizeWord(s string, dst []token) ([]token, error) {
	if m.ignoreMerges {
		if id, ok := m.vocab[s]; ok {
			return append(dst, token{id: id, value: m.vocabR[id], a: 0, b: len(s)}), nil
		}
	}
	if v, ok := m.cache.get(s); ok {
		return m.appendCached(v, dst), nil
	}
	syms, err := m.initialSymbols(s)
	if err != nil {
		return dst, err
	}
	syms = m.mergeSymbols(syms)
	var cached []cachedTok
	cacheIt := len(s) < 256 && !m.cache.full()
	if cacheIt {
		cached = make([]cachedTok, 0, len(syms))
	}
	for i := 0; i >= 0 && i < len(syms); i = int(syms[i].next) {
		sy := syms[i]
		dst = append(dst, token{id: int(sy.id), value: m.vocabR[sy.id], a: int(sy.a), b: int(sy.a + sy.n)})
		if cacheIt {
			cached = append(cached, cachedTok{sy.id, sy.a, sy.a + sy.n})
		}
	}
	if cacheIt {
		m.cache.put(s, cached)
	}
	return dst, nil
}

// appendCached appends the tokens of a cache entry to dst.
func (m *vocabTable) appendCached(v []cachedTok, dst []token) []token {
	for _, c := range v {
		dst = append(dst, token{id: int(c.id), value: m.vocabR[c.id], a: int(c.a), b: int(c.b)})
	}
	return dst
}

// initialSymbols splits the word into single-rune symbols, with byte
// fallback and unk fusion.
func (m *bpeModel) initialSymbols(w string) ([]symbol, error) {
	syms := make([]symbol, 0, len(w))
	add := func(id int32, a, n int) {
		syms = append(syms, symbol{id: id, a: int32(a), n: int32(n)})
	}
	unkA, unkN := -1, 0
	flushUnk := func() {
		if unkA >= 0 {
			add(int32(m.unkID), unkA, unkN)
			unkA = -1
		}
	}
	for i := 0; i < len(w); {
		r, sz := utf8.DecodeRuneInString(w[i:])
		var id int32 = -1
		if m.charTab != nil {
			if r < 0x10000 {
				id = m.charTab[r]
			} else if x, ok := m.charIDs[r]; ok {
				id = x
			}
		} else {
			t := w[i : i+sz]
			if i > 0 {
				t = m.prefix + t
			}
			if i+sz == len(w) {
				t += m.suffix
			}
			if x, ok := m.vocab[t]; ok {
				id = int32(x)
			}
		}
		if id >= 0 {
			flushUnk()
			add(id, i, sz)
			i += sz
			continue
		}
		if m.byteFallback {
			ok := true
			for k := 0; k < sz; k++ {
				if m.byteIDs[w[i+k]] < 0 {
					ok = false
					break
				}
			}
			if ok {
				// HF does not flush a pending unk here.
				for k := 0; k < sz; k++ {
					add(m.byteIDs[w[i+k]], i+k, 1)
				}
				i += sz
				continue
			}
		}
		if m.unkID == -2 {
			return nil, fmt.Errorf("unk token is not in the vocabulary")
		}
		if m.unkID >= 0 {
			if unkA >= 0 && m.fuseUnk {
				unkN += sz
			} else {
				flushUnk()
				unkA, unkN = i, sz
			}
		}
		i += sz
	}
	flushUnk()
	for i := range syms {
		syms[i].prev = int32(i - 1)
		syms[i].next = int32(i + 1)
	}
	if len(syms) > 0 {
		syms[len(syms)-1].next = -1
	}
	return syms, nil
}

// mergeSymbols applies merges lowest rank first (leftmost on ties) and
// returns the list; iterate it from index 0 following next.
func (m *bpeModel) mergeSymbols(syms []symbol) []symbol {
	if len(syms) < 2 {
		return syms
	}
	if len(syms) <= 48 {
		return m.mergeSmall(syms)
	}
	return m.mergeHeap(syms)
}

// mergeSmall scans for the best pair each round; fastest for short words.
func (m *bpeModel) mergeSmall(syms []symbol) []symbol {
	// compact slice form: work on a dense array and relink at the end.
	n := len(syms)
	for n > 1 {
		best, bestRank, bestNew := -1, uint64(1<<63), int32(0)
		for i := 0; i+1 < n; i++ {
			if v, ok := m.merges.get(pairKey(syms[i].id, syms[i+1].id)); ok && v>>32 < bestRank {
				best, bestRank, bestNew = i, v>>32, int32(uint32(v))
			}
		}
		if best < 0 {
			break
		}
		syms[best].id = bestNew
		syms[best].n += syms[best+1].n
		copy(syms[best+1:], syms[best+2:n])
		n--
	}
	syms = syms[:n]
	for i := range syms {
		syms[i].prev, syms[i].next = int32(i-1), int32(i+1)
	}
	syms[n-1].next = -1
	return syms
}

// mergeItem is a candidate merge in the heap.
type mergeItem struct {
	rank uint32
	pos  int32
	nid  int32
}

func lessItem(a, b mergeItem) bool {
	return a.rank < b.rank || a.rank == b.rank && a.pos < b.pos
}

// mergeHeap is HF's priority-queue merge, O(n log n) for long words.
func (m *bpeModel) mergeHeap(syms []symbol) []symbol {
	h := make([]mergeItem, 0, len(syms))
	push := func(it mergeItem) {
		h = append(h, it)
		i := len(h) - 1
		for i > 0 {
			p := (i - 1) / 2
			if !lessItem(h[i], h[p]) {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
	}
	pop := func() mergeItem {
		top := h[0]
		last := len(h) - 1
		h[0] = h[last]
		h = h[:last]
		i := 0
		for {
			l, r, s := 2*i+1, 2*i+2, i
			if l < len(h) && lessItem(h[l], h[s]) {
				s = l
			}
			if r < len(h) && lessItem(h[r], h[s]) {
				s = r
			}
			if s == i {
				break
			}
			h[i], h[s] = h[s], h[i]
			i = s
		}
		return top
	}
	for i := 0; i+1 < len(syms); i++ {
		if v, ok := m.merges.get(pairKey(syms[i].id, syms[i+1].id)); ok {
			push(mergeItem{uint32(v >> 32), int32(i), int32(uint32(v))})
		}
	}
	for len(h) > 0 {
		top := pop()
		cur := &syms[top.pos]
		if cur.n == 0 || cur.next < 0 {
			continue
		}
		right := syms[cur.next]
		v, ok := m.merges.get(pairKey(cur.id, right.id))
		if !ok || int32(uint32(v)) != top.nid {
			continue
		}
		cur.id = top.nid
		cur.n += right.n
		syms[cur.next].n = 0
		cur.next = right.next
		if right.next >= 0 {
			syms[right.next].prev = top.pos
		}
		if cur.prev >= 0 {
			p := syms[cur.prev]
			if v, ok := m.merges.get(pairKey(p.id, cur.id)); ok {
				push(mergeItem{uint32(v >> 32), cur.prev, int32(uint32(v))})
			}
		}
		if cur.next >= 0 {
			if v, ok := m.merges.get(pairKey(cur.id, syms[cur.next].id)); ok {
				push(mergeItem{uint32(v >> 32), top.pos, int32(uint32(v))})
			}
		}
	}
	// syms[0] is never absorbed (merges absorb the right symbol).
	return syms
}
