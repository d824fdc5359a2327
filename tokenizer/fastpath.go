package tokenizer

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// fastPath encodes byte-level BPE tokenizers (GPT-2, Llama-3, Qwen, …)
// without building normalized strings: because the ByteLevel mapping is
// one rune per byte and merges work on ids, BPE can run on the raw bytes
// of each regex piece, and offsets follow from byte positions. It is only
// built for pipelines where this is exactly equivalent to the general
// path (TestFastPathMatchesGeneral checks it) and declines texts it cannot
// handle (e.g. NFC normalizer on a text that is not NFC).
type fastPath struct {
	bpe      *bpeModel
	scan     scanner // nil: one piece per segment (ByteLevel without regex)
	nfc      bool
	prefix   bool // ByteLevel add_prefix_space (with its own regex)
	byteIDs  [256]int32
	rawVocab map[string]int32 // raw bytes of each token -> id
	hot      *wordCache       // small, fast cache in front of cache
	cache    sync.Map         // raw piece -> []cachedTok
	cacheN   sync.Mutex
	count    int
}

func newFastPath(t *Tokenizer) *fastPath {
	bpe, ok := t.model.(*bpeModel)
	if !ok || bpe.prefix != "" || bpe.suffix != "" || bpe.charIDs == nil {
		return nil
	}
	f := &fastPath{bpe: bpe, hot: newWordCache(14)}
	switch n := t.normalizer.(type) {
	case nil:
	case unicodeNormalizer:
		if n.form != norm.NFC {
			return nil
		}
		f.nfc = true
	default:
		return nil
	}
	switch p := t.pre.(type) {
	case *byteLevelPre:
		if !p.useRegex || p.re == nil || p.re.fast == nil {
			return nil
		}
		f.scan = p.re.fast
		f.prefix = p.addPrefixSpace
	case seqPreTokenizer:
		if len(p) != 2 {
			return nil
		}
		sp, ok1 := p[0].(*splitPre)
		bl, ok2 := p[1].(*byteLevelPre)
		if !ok1 || !ok2 || bl.addPrefixSpace || bl.useRegex || sp.behavior != splitIsolated {
			return nil
		}
		re, ok := sp.p.(*regexPattern)
		if !ok || re.fast == nil {
			return nil
		}
		f.scan = re.fast
	default:
		return nil
	}
	for b := 0; b < 256; b++ {
		id, ok := bpe.charIDs[bytesChar[b]]
		if !ok {
			return nil
		}
		f.byteIDs[b] = id
	}
	if bpe.ignoreMerges {
		f.rawVocab = make(map[string]int32, len(bpe.vocab))
		for tok, id := range bpe.vocab {
			raw, ok := appendByteLevelBytes(make([]byte, 0, len(tok)), tok)
			if _, dup := f.rawVocab[string(raw)]; ok && !dup {
				f.rawVocab[string(raw)] = int32(id)
			}
		}
	}
	return f
}

// encode returns false when the text needs the general path.
func (f *fastPath) encode(t *Tokenizer, text string, typeID int) (*Encoding, bool) {
	segs := t.findAdded(text, t.rawMatcher)
	if t.normMatcher != nil {
		var out []addedSplit
		for _, s := range segs {
			if s.tok != nil {
				out = append(out, s)
				continue
			}
			for _, x := range t.findAdded(text[s.a:s.b], t.normMatcher) {
				out = append(out, addedSplit{s.a + x.a, s.a + x.b, x.tok})
			}
		}
		segs = out
	}
	if f.nfc && t.normMatcher != nil {
		for _, s := range segs {
			if s.tok == nil && !norm.NFC.IsNormalString(text[s.a:s.b]) {
				return nil, false
			}
		}
	}
	conv := newCharConv(text)
	est := len(text)/3 + 4
	e := newEncoding(est)
	word := 0
	var toks []cachedTok
	for _, s := range segs {
		if s.a == s.b {
			continue
		}
		if s.tok != nil {
			e.push(s.tok.ID, text[s.a:s.b], conv.conv(s.a, s.b), word)
			word++
			continue
		}
		src, base := text[s.a:s.b], s.a
		var align []span
		needNFC := f.nfc && !norm.NFC.IsNormalString(src)
		if needNFC || f.prefix && src[0] != ' ' {
			// Normalize this segment and/or add the prefix space; offsets
			// then go through the alignment, as in the general path.
			n := newNormStr(src, s.a)
			if needNFC {
				unicodeNormalize(n, norm.NFC)
			}
			if f.prefix && (len(n.s) == 0 || n.s[0] != ' ') {
				n.prepend(" ")
			}
			src, base, align = string(n.s), 0, n.align
		}
		for i := 0; i < len(src); {
			j := len(src)
			if f.scan != nil {
				j = f.scan(src, i)
			}
			toks = f.piece(src[i:j], toks[:0])
			for _, tk := range toks {
				a, b := base+i+int(tk.a), base+i+int(tk.b)
				var off [2]int
				switch {
				case align != nil:
					off = conv.conv(int(align[a].s), int(align[b-1].e))
				case conv.ascii:
					off = [2]int{a, b}
				default:
					off = [2]int{int(conv.idx[a]), int(conv.idx[b-1]) + 1}
				}
				e.push(int(tk.id), f.bpe.vocabR[tk.id], off, word)
			}
			word++
			i = j
		}
	}
	e.fillSequenceMasks(typeID)
	return e, true
}

// piece runs BPE on the raw bytes of one pre-tokenizer piece; offsets in
// the result are byte offsets in the piece.
func (f *fastPath) piece(p string, dst []cachedTok) []cachedTok {
	if v, ok := f.hot.get(p); ok {
		return append(dst, v...)
	}
	start := len(dst)
	dst = f.slowPiece(p, dst)
	if len(p) < 64 {
		f.hot.put(p, append([]cachedTok(nil), dst[start:]...))
	}
	return dst
}

func (f *fastPath) slowPiece(p string, dst []cachedTok) []cachedTok {
	if f.rawVocab != nil {
		if id, ok := f.rawVocab[p]; ok {
			return append(dst, cachedTok{id, 0, int32(len(p))})
		}
	}
	if v, ok := f.cache.Load(p); ok {
		return append(dst, v.([]cachedTok)...)
	}
	var stack [32]symbol
	syms := stack[:0]
	for i := 0; i < len(p); i++ {
		syms = append(syms, symbol{id: f.byteIDs[p[i]], prev: int32(i - 1), next: int32(i + 1), a: int32(i), n: 1})
	}
	syms[len(syms)-1].next = -1
	syms = f.bpe.mergeSymbols(syms)
	start := len(dst)
	for i := 0; i >= 0 && i < len(syms); i = int(syms[i].next) {
		sy := syms[i]
		dst = append(dst, cachedTok{sy.id, sy.a, sy.a + sy.n})
	}
	if len(p) < 256 {
		f.cacheN.Lock()
		full := f.count >= bpeCacheMax
		if !full {
			f.count++
		}
		f.cacheN.Unlock()
		if !full {
			f.cache.Store(strings.Clone(p), append([]cachedTok(nil), dst[start:]...))
		}
	}
	return dst
}
