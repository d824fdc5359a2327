package tokenizer

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"unicode/utf8"
)

// SentencePiece's tokenizer.model is a protobuf ModelProto. We read the
// few fields we need with a small bounded reader instead of depending on a
// protobuf library: the schema is fixed, the format is simple, and the
// project keeps its dependency list short (see docs/tokenizer.md).

// spPiece is one SentencePiece vocabulary entry.
type spPiece struct {
	piece string
	score float64
	typ   int // 1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte
}

// spModel is the part of ModelProto that the conversion needs.
type spModel struct {
	pieces         []spPiece
	modelType      int // 1 unigram, 2 bpe, 3 word, 4 char
	byteFallback   bool
	unkID          int
	charsmap       []byte
	addDummyPrefix bool
	removeExtraWS  bool
}

// pbReader reads protobuf wire format from a byte slice; every read is
// bounds-checked.
type pbReader struct {
	b   []byte
	pos int
}

func (r *pbReader) varint() (uint64, error) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if r.pos >= len(r.b) {
			return 0, fmt.Errorf("truncated varint at byte %d", r.pos)
		}
		c := r.b[r.pos]
		r.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("varint too long at byte %d", r.pos)
}

// field reads the next key and returns field number, wire type and, for
// length-delimited fields, the payload; numeric payloads come back in v.
func (r *pbReader) field() (num int, wt int, v uint64, data []byte, err error) {
	key, err := r.varint()
	if err != nil {
		return 0, 0, 0, nil, err
	}
	num, wt = int(key>>3), int(key&7)
	switch wt {
	case 0:
		v, err = r.varint()
	case 1:
		if r.pos+8 > len(r.b) {
			return 0, 0, 0, nil, fmt.Errorf("truncated fixed64 field %d", num)
		}
		v = binary.LittleEndian.Uint64(r.b[r.pos:])
		r.pos += 8
	case 5:
		if r.pos+4 > len(r.b) {
			return 0, 0, 0, nil, fmt.Errorf("truncated fixed32 field %d", num)
		}
		v = uint64(binary.LittleEndian.Uint32(r.b[r.pos:]))
		r.pos += 4
	case 2:
		var n uint64
		n, err = r.varint()
		if err != nil {
			return
		}
		if n > uint64(len(r.b)-r.pos) {
			return 0, 0, 0, nil, fmt.Errorf("field %d length %d runs past the end", num, n)
		}
		data = r.b[r.pos : r.pos+int(n)]
		r.pos += int(n)
	default:
		return 0, 0, 0, nil, fmt.Errorf("unsupported wire type %d for field %d", wt, num)
	}
	return
}

func parseSentencePiece(b []byte) (*spModel, error) {
	m := &spModel{modelType: 1, addDummyPrefix: true, removeExtraWS: true}
	r := &pbReader{b: b}
	for r.pos < len(b) {
		num, wt, _, data, err := r.field()
		if err != nil {
			return nil, err
		}
		if wt != 2 {
			continue
		}
		switch num {
		case 1:
			p, err := parseSPPiece(data)
			if err != nil {
				return nil, fmt.Errorf("pieces[%d]: %w", len(m.pieces), err)
			}
			m.pieces = append(m.pieces, p)
		case 2:
			if err := m.parseTrainerSpec(data); err != nil {
				return nil, fmt.Errorf("trainer_spec: %w", err)
			}
		case 3:
			if err := m.parseNormalizerSpec(data); err != nil {
				return nil, fmt.Errorf("normalizer_spec: %w", err)
			}
		}
	}
	if len(m.pieces) == 0 {
		return nil, fmt.Errorf("no pieces: not a SentencePiece model")
	}
	if m.unkID < 0 || m.unkID >= len(m.pieces) {
		return nil, fmt.Errorf("trainer_spec.unk_id %d is outside the %d pieces", m.unkID, len(m.pieces))
	}
	return m, nil
}

func parseSPPiece(b []byte) (spPiece, error) {
	p := spPiece{typ: 1}
	r := &pbReader{b: b}
	for r.pos < len(b) {
		num, wt, v, data, err := r.field()
		if err != nil {
			return p, err
		}
		switch {
		case num == 1 && wt == 2:
			if !utf8.Valid(data) {
				return p, fmt.Errorf("piece is not valid UTF-8")
			}
			p.piece = string(data)
		case num == 2 && wt == 5:
			p.score = float64(math.Float32frombits(uint32(v)))
		case num == 3 && wt == 0:
			p.typ = int(v)
		}
	}
	return p, nil
}

func (m *spModel) parseTrainerSpec(b []byte) error {
	r := &pbReader{b: b}
	for r.pos < len(b) {
		num, wt, v, _, err := r.field()
		if err != nil {
			return err
		}
		if wt != 0 {
			continue
		}
		switch num {
		case 3:
			m.modelType = int(v)
		case 35:
			m.byteFallback = v != 0
		case 40:
			m.unkID = int(int32(v))
		}
	}
	return nil
}

func (m *spModel) parseNormalizerSpec(b []byte) error {
	r := &pbReader{b: b}
	for r.pos < len(b) {
		num, wt, v, data, err := r.field()
		if err != nil {
			return err
		}
		switch {
		case num == 2 && wt == 2:
			m.charsmap = data
		case num == 3 && wt == 0:
			m.addDummyPrefix = v != 0
		case num == 4 && wt == 0:
			m.removeExtraWS = v != 0
		}
	}
	return nil
}

func fromSentencePieceFile(path string, cfg *Config) (*Tokenizer, error) {
	data, err := readMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	t, err := FromSentencePiece(data, cfg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// FromSentencePiece converts a SentencePiece tokenizer.model (BPE models
// the way transformers' LlamaConverter does, Unigram models like its
// SpmConverter). cfg may be nil; its add_bos_token / add_eos_token choose
// the special tokens added around BPE encodings.
func FromSentencePiece(data []byte, cfg *Config) (*Tokenizer, error) {
	sp, err := parseSentencePiece(data)
	if err != nil {
		return nil, err
	}
	t := &Tokenizer{}
	for id, p := range sp.pieces {
		switch p.typ {
		case 2, 3:
			t.added = append(t.added, AddedToken{ID: id, Content: p.piece, Special: true})
		case 4:
			t.added = append(t.added, AddedToken{ID: id, Content: p.piece})
		}
	}
	const meta = "▁"
	switch sp.modelType {
	case 2:
		vocab := make(map[string]int, len(sp.pieces))
		for id, p := range sp.pieces {
			if _, dup := vocab[p.piece]; !dup {
				vocab[p.piece] = id
			}
		}
		bpe, err := newBPE(vocab, spMerges(sp.pieces, vocab), sp.pieces[sp.unkID].piece, true, true, false, "", "")
		if err != nil {
			return nil, err
		}
		t.model = bpe
		var ns seqNormalizer
		if sp.addDummyPrefix {
			ns = append(ns, prependNormalizer{meta})
		}
		t.normalizer = append(ns, replaceNormalizer{literalPattern(" "), meta})
		dec := seqDecoder{replaceDecoder{meta, " "}, byteFallbackDecoder{}, fuseDecoder{}}
		if sp.addDummyPrefix {
			dec = append(dec, stripDecoder{' ', 1, 0})
		}
		t.dec = dec
		t.post = spTemplate(sp, cfg)
	case 1:
		pieces := make([]string, len(sp.pieces))
		scores := make([]float64, len(sp.pieces))
		for i, p := range sp.pieces {
			pieces[i], scores[i] = p.piece, p.score
		}
		uni, err := newUnigram(pieces, scores, sp.unkID, sp.byteFallback)
		if err != nil {
			return nil, err
		}
		t.model = uni
		var ns seqNormalizer
		if len(sp.charsmap) > 0 {
			pc, err := newPrecompiled(sp.charsmap)
			if err != nil {
				return nil, fmt.Errorf("normalizer_spec.precompiled_charsmap: %w", err)
			}
			ns = append(ns, pc)
		}
		multi, err := compileRegex(" {2,}")
		if err != nil {
			return nil, err
		}
		ns = append(ns, stripNormalizer{false, true}, replaceNormalizer{multi, meta})
		t.normalizer = ns
		scheme := "never"
		if sp.addDummyPrefix {
			scheme = "always"
		}
		t.pre = &metaspacePre{replacement: '▁', prependSheme: scheme, split: true}
		if sp.byteFallback {
			t.dec = seqDecoder{byteFallbackDecoder{}, metaspaceDecoder{replacement: '▁', prependScheme: scheme}}
		} else {
			t.dec = metaspaceDecoder{replacement: '▁', prependScheme: scheme}
		}
		t.post = spTemplate(sp, cfg)
	default:
		return nil, fmt.Errorf("trainer_spec.model_type %d is not supported (only Unigram=1 and BPE=2)", sp.modelType)
	}
	t.finish()
	return t, nil
}

// spTemplate adds <s> (and </s>) as add_bos_token / add_eos_token say;
// BOS defaults to on for BPE models (Llama) and off for Unigram ones.
func spTemplate(sp *spModel, cfg *Config) postProcessor {
	bos := sp.modelType == 2
	eos := false
	if cfg != nil && cfg.AddBOSToken != nil {
		bos = *cfg.AddBOSToken
	}
	if cfg != nil && cfg.AddEOSToken != nil {
		eos = *cfg.AddEOSToken
	}
	find := func(name string, def string) (string, int, bool) {
		if name == "" {
			name = def
		}
		for id, p := range sp.pieces {
			if p.piece == name {
				return name, id, true
			}
		}
		return "", 0, false
	}
	var bosName, eosName string
	if cfg != nil {
		bosName, eosName = cfg.BOSToken, cfg.EOSToken
	}
	tp := &templateProcessor{specials: map[string]specialTok{}}
	add := func(list []templatePiece, seq, typeID int) []templatePiece {
		if bos {
			if n, id, ok := find(bosName, "<s>"); ok {
				tp.specials[n] = specialTok{[]int{id}, []string{n}}
				list = append(list, templatePiece{-1, n, typeID})
			}
		}
		list = append(list, templatePiece{seq, "", typeID})
		if eos {
			if n, id, ok := find(eosName, "</s>"); ok {
				tp.specials[n] = specialTok{[]int{id}, []string{n}}
				list = append(list, templatePiece{-1, n, typeID})
			}
		}
		return list
	}
	tp.single = add(nil, 0, 0)
	tp.pair = add(add(nil, 0, 0), 1, 1)
	return tp
}

// spMerges derives BPE merges from a SentencePiece vocabulary like
// transformers' SentencePieceExtractor: every split of a piece into two
// pieces is a merge, ranked by the merged piece's score (best first), ties
// by the ids of the two halves.
func spMerges(pieces []spPiece, vocab map[string]int) [][2]string {
	type mg struct {
		l, r  string
		score float64
		order int
	}
	var all []mg
	for id, p := range pieces {
		if vocab[p.piece] != id {
			continue
		}
		var local []mg
		for i := range p.piece {
			if i == 0 {
				continue
			}
			l, r := p.piece[:i], p.piece[i:]
			if _, ok := vocab[l]; !ok {
				continue
			}
			if _, ok := vocab[r]; !ok {
				continue
			}
			local = append(local, mg{l, r, p.score, 0})
		}
		sort.SliceStable(local, func(a, b int) bool {
			la, lb := vocab[local[a].l], vocab[local[b].l]
			if la != lb {
				return la < lb
			}
			return vocab[local[a].r] < vocab[local[b].r]
		})
		all = append(all, local...)
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].score > all[b].score })
	out := make([][2]string, len(all))
	for i, m := range all {
		out[i] = [2]string{m.l, m.r}
	}
	return out
}
