package tokenizer

import (
	"sync"
	"unicode/utf8"
)

// postProcessor adds special tokens and adjusts offsets after the model.
type postProcessor interface {
	// processEach transforms the encodings of a single text or a pair
	// before they are concatenated.
	processEach(encs []*Encoding, addSpecial bool) []*Encoding
	addedTokens(pair bool) int
}

// process runs p (or the default) and concatenates the result.
func process(p postProcessor, a, b *Encoding, addSpecial bool) *Encoding {
	encs := []*Encoding{a}
	if b != nil {
		encs = append(encs, b)
	}
	if p != nil {
		encs = p.processEach(encs, addSpecial)
	}
	out := encs[0]
	for _, e := range encs[1:] {
		out.appendEnc(e)
	}
	return out
}

func specialEnc(ids []int, toks []string, typeID int) *Encoding {
	n := len(ids)
	e := &Encoding{IDs: append([]int(nil), ids...), Tokens: append([]string(nil), toks...),
		Offsets: make([][2]int, n), TypeIDs: make([]int, n), AttentionMask: make([]int, n),
		SpecialTokensMask: make([]int, n), WordIDs: make([]int, n)}
	for i := range ids {
		e.TypeIDs[i], e.AttentionMask[i], e.SpecialTokensMask[i], e.WordIDs[i] = typeID, 1, 1, -1
	}
	return e
}

func setTypeIDs(e *Encoding, t int) {
	for i := range e.TypeIDs {
		e.TypeIDs[i] = t
	}
	for _, o := range e.Overflowing {
		setTypeIDs(o, t)
	}
}

// templatePiece is a Sequence (seq 0 = A, 1 = B) or a special token.
type templatePiece struct {
	seq     int // -1 for a special token
	special string
	typeID  int
}

type specialTok struct {
	ids  []int
	toks []string
}

// templateProcessor is HF's TemplateProcessing.
type templateProcessor struct {
	single, pair []templatePiece
	specials     map[string]specialTok
}

func (t *templateProcessor) addedTokens(pair bool) int {
	tmpl := t.single
	if pair {
		tmpl = t.pair
	}
	n := 0
	for _, p := range tmpl {
		if p.seq < 0 {
			n += len(t.specials[p.special].ids)
		}
	}
	return n
}

func (t *templateProcessor) apply(tmpl []templatePiece, encs []*Encoding, addSpecial bool) *Encoding {
	var parts []*Encoding
	for _, p := range tmpl {
		if p.seq >= 0 {
			if p.seq < len(encs) {
				e := encs[p.seq]
				setTypeIDs(e, p.typeID)
				parts = append(parts, e)
			}
		} else if addSpecial {
			st := t.specials[p.special]
			parts = append(parts, specialEnc(st.ids, st.toks, p.typeID))
		}
	}
	return concatEncodings(parts)
}

// concatEncodings joins parts into one encoding, allocating each slice
// once. Parts with overflowing pieces are combined the HF way.
func concatEncodings(parts []*Encoding) *Encoding {
	if len(parts) == 0 {
		return &Encoding{}
	}
	n := 0
	for _, p := range parts {
		if len(p.Overflowing) > 0 {
			out := parts[0]
			for _, e := range parts[1:] {
				out.appendEnc(e)
			}
			return out
		}
		n += p.Len()
	}
	out := &Encoding{IDs: make([]int, 0, n), Tokens: make([]string, 0, n), Offsets: make([][2]int, 0, n),
		TypeIDs: make([]int, 0, n), AttentionMask: make([]int, 0, n), SpecialTokensMask: make([]int, 0, n), WordIDs: make([]int, 0, n)}
	for _, p := range parts {
		out.appendEnc(p)
	}
	return out
}

func (t *templateProcessor) processEach(encs []*Encoding, addSpecial bool) []*Encoding {
	tmpl := t.single
	if len(encs) == 2 {
		tmpl = t.pair
	}
	// Overflowing pieces get the template too, like HF.
	ovA := encs[0].Overflowing
	encs[0].Overflowing = nil
	var ovB []*Encoding
	if len(encs) == 2 {
		ovB = encs[1].Overflowing
		encs[1].Overflowing = nil
	}
	main := []*Encoding{encs[0]}
	if len(encs) == 2 {
		main = append(main, encs[1])
	}
	var ovs []*Encoding
	for _, oa := range ovA {
		x := []*Encoding{oa.clone()}
		if len(encs) == 2 {
			x = append(x, encs[1].clone())
		}
		ovs = append(ovs, t.apply(tmpl, x, addSpecial))
		for _, ob := range ovB {
			ovs = append(ovs, t.apply(tmpl, []*Encoding{oa.clone(), ob.clone()}, addSpecial))
		}
	}
	for _, ob := range ovB {
		ovs = append(ovs, t.apply(tmpl, []*Encoding{encs[0].clone(), ob.clone()}, addSpecial))
	}
	out := t.apply(tmpl, main, addSpecial)
	out.Overflowing = ovs
	return []*Encoding{out}
}

// bertProcessor is HF's BertProcessing ([CLS] A [SEP] B [SEP]).
type bertProcessor struct {
	cls, sep     string
	clsID, sepID int
	once         sync.Once
	tmpl         *templateProcessor
}

// template builds (once) the equivalent TemplateProcessing.
func (b *bertProcessor) template() *templateProcessor {
	b.once.Do(func() {
		b.tmpl = &templateProcessor{
			single:   []templatePiece{{-1, b.cls, 0}, {0, "", 0}, {-1, b.sep, 0}},
			pair:     []templatePiece{{-1, b.cls, 0}, {0, "", 0}, {-1, b.sep, 0}, {1, "", 1}, {-1, b.sep, 1}},
			specials: map[string]specialTok{b.cls: {[]int{b.clsID}, []string{b.cls}}, b.sep: {[]int{b.sepID}, []string{b.sep}}},
		}
	})
	return b.tmpl
}

func (b *bertProcessor) addedTokens(pair bool) int {
	if pair {
		return 3
	}
	return 2
}

func (b *bertProcessor) processEach(encs []*Encoding, addSpecial bool) []*Encoding {
	if !addSpecial {
		return encs
	}
	return b.template().processEach(encs, true)
}

// robertaProcessor is HF's RobertaProcessing (<s> A </s></s> B </s>).
type robertaProcessor struct {
	*bertProcessor
	byteLevelProcessor // trim_offsets and add_prefix_space
	ronce              sync.Once
	rtmpl              *templateProcessor
}

func (r *robertaProcessor) addedTokens(pair bool) int {
	if pair {
		return 4
	}
	return 2
}

func (r *robertaProcessor) processEach(encs []*Encoding, addSpecial bool) []*Encoding {
	r.byteLevelProcessor.processEach(encs, false)
	for _, e := range encs {
		setTypeIDs(e, 0)
	}
	if !addSpecial {
		return encs
	}
	r.ronce.Do(func() {
		b := r.bertProcessor
		r.rtmpl = &templateProcessor{
			single:   []templatePiece{{-1, b.cls, 0}, {0, "", 0}, {-1, b.sep, 0}},
			pair:     []templatePiece{{-1, b.cls, 0}, {0, "", 0}, {-1, b.sep, 0}, {-1, b.sep, 0}, {1, "", 0}, {-1, b.sep, 0}},
			specials: map[string]specialTok{b.cls: {[]int{b.clsID}, []string{b.cls}}, b.sep: {[]int{b.sepID}, []string{b.sep}}},
		}
	})
	return r.rtmpl.processEach(encs, true)
}

// byteLevelProcessor trims whitespace out of token offsets.
type byteLevelProcessor struct {
	trimOffsets, addPrefixSpace bool
}

func (b *byteLevelProcessor) addedTokens(bool) int { return 0 }

func (b *byteLevelProcessor) processEach(encs []*Encoding, _ bool) []*Encoding {
	if b.trimOffsets {
		for _, e := range encs {
			trimOffsets(e, b.addPrefixSpace)
		}
	}
	return encs
}

// trimOffsets is HF's byte_level::process_offsets (offsets in chars).
func trimOffsets(e *Encoding, addPrefixSpace bool) {
	for i, tok := range e.Tokens {
		isSp := func(r rune) bool { return r == 'Ġ' || isWhitespace(r) }
		lead, trail := 0, 0
		for _, r := range tok {
			if !isSp(r) {
				break
			}
			lead++
		}
		for s := tok; len(s) > 0; {
			r, sz := utf8.DecodeLastRuneInString(s)
			if !isSp(r) {
				break
			}
			trail++
			s = s[:len(s)-sz]
		}
		o := &e.Offsets[i]
		if lead > 0 {
			if (i == 0 || o[0] == 0) && addPrefixSpace && lead == 1 {
				lead = 0
			}
			o[0] = min(o[0]+lead, o[1])
		}
		if trail > 0 && o[1] >= trail {
			o[1] = max(o[1]-trail, o[0])
		}
	}
	for _, ov := range e.Overflowing {
		trimOffsets(ov, addPrefixSpace)
	}
}

// seqProcessor runs processors one after the other.
type seqProcessor []postProcessor

func (s seqProcessor) addedTokens(pair bool) int {
	n := 0
	for _, p := range s {
		n += p.addedTokens(pair)
	}
	return n
}

func (s seqProcessor) processEach(encs []*Encoding, addSpecial bool) []*Encoding {
	for _, p := range s {
		encs = p.processEach(encs, addSpecial)
	}
	return encs
}
