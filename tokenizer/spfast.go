package tokenizer

import "strings"

// spBPEFast encodes SentencePiece-style BPE pipelines: the "legacy" one
// (Llama 2, Mistral v1: normalizer Prepend("▁") + Replace(" ", "▁"), no
// pre-tokenizer; Gemma: Replace alone) and the Metaspace one (no
// normalizer, Metaspace pre-tokenizer with any prepend scheme, split or
// not). It builds the normalized text and its alignment in one pass
// instead of through generic transformations; TestSPFastMatchesGeneral
// checks it against the general path.
type spBPEFast struct {
	bpe     *bpeModel
	prepend bool          // legacy: always prepend "▁"
	meta    *metaspacePre // Metaspace mode when set
}

func newSPBPEFast(t *Tokenizer) *spBPEFast {
	bpe, ok := t.model.(*bpeModel)
	if !ok || t.normMatcher != nil {
		return nil
	}
	if m, ok := t.pre.(*metaspacePre); ok {
		if t.normalizer != nil || m.replacement != '▁' {
			return nil
		}
		return &spBPEFast{bpe: bpe, meta: m}
	}
	if t.pre != nil {
		return nil
	}
	var seq seqNormalizer
	switch n := t.normalizer.(type) {
	case seqNormalizer:
		seq = n
	case replaceNormalizer:
		seq = seqNormalizer{n} // Gemma-style: Replace alone
	default:
		return nil
	}
	f := &spBPEFast{bpe: bpe}
	switch len(seq) {
	case 2:
		p, ok := seq[0].(prependNormalizer)
		if !ok || p.s != metaSpace {
			return nil
		}
		f.prepend = true
		seq = seq[1:]
	case 1:
	default:
		return nil
	}
	r, ok := seq[0].(replaceNormalizer)
	if !ok || r.content != metaSpace {
		return nil
	}
	if lp, ok := r.p.(literalPattern); !ok || lp != " " {
		return nil
	}
	return f
}

func (f *spBPEFast) encode(t *Tokenizer, text string, typeID int) (*Encoding, bool) {
	segs := t.findAdded(text, t.rawMatcher)
	conv := newCharConv(text)
	est := len(text)/3 + 4
	e := newEncoding(est)
	buf := make([]byte, 0, len(text)+8)
	align := make([]span, 0, len(text)+8)
	toks := make([]token, 0, est)
	word := 0
	for _, s := range segs {
		if s.a == s.b {
			continue
		}
		if s.tok != nil {
			e.push(s.tok.ID, text[s.a:s.b], conv.conv(s.a, s.b), word)
			word++
			continue
		}
		prepend := f.prepend
		if m := f.meta; m != nil {
			// Metaspace prepends after replacing spaces, unless the text
			// already starts with "▁"; "first" only at the input's start.
			starts := text[s.a] == ' ' || strings.HasPrefix(text[s.a:], metaSpace)
			prepend = !starts && (m.prependSheme == "always" || m.prependSheme == "first" && s.a == 0)
		}
		buf, align = buf[:0], align[:0]
		for i := s.a; i < s.b; {
			_, sz := runeAt(text, i)
			al := span{int32(i), int32(i + sz)}
			if i == s.a && prepend {
				buf = append(buf, metaSpace...)
				align = append(align, al, al, al)
			}
			if text[i] == ' ' {
				buf = append(buf, metaSpace...)
				align = append(align, al, al, al)
			} else {
				buf = append(buf, text[i:i+sz]...)
				for k := 0; k < sz; k++ {
					align = append(align, al)
				}
			}
			i += sz
		}
		norm := string(buf)
		// Metaspace with split cuts before every "▁" (MergedWithNext).
		for start := 0; start < len(norm); {
			end := len(norm)
			if f.meta != nil && f.meta.split {
				if k := strings.Index(norm[start+1:], metaSpace); k >= 0 {
					end = start + 1 + k
				}
			}
			var err error
			if toks, err = f.bpe.tokenize(norm[start:end], toks[:0]); err != nil {
				return nil, false
			}
			for _, tk := range toks {
				a, b := int(align[start+tk.a].s), int(align[start+tk.b-1].e)
				e.push(tk.id, tk.value, conv.conv(a, b), word)
			}
			word++
			start = end
		}
	}
	e.fillSequenceMasks(typeID)
	return e, true
}
