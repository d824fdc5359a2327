// Package tokenizer reads the tokenizers that Hugging Face Hub repositories
// ship (tokenizer.json, or the "slow" vocab.json+merges.txt, vocab.txt and
// SentencePiece tokenizer.model files) and encodes and decodes text exactly
// as the Rust `tokenizers` library does: same ids, tokens and offsets.
//
// Invalid UTF-8: Go strings may hold invalid UTF-8, which HF cannot
// receive. Encode replaces every invalid byte by U+FFFD before anything
// else, so offsets count that replacement as one character; it never fails
// or panics because of the input text.
package tokenizer

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kiln-ml/kiln/tokenizer/chattemplate"
)

// Tokenizer is a loaded tokenizer. It is safe for concurrent use once
// loaded (do not change Truncation or Padding while encoding).
type Tokenizer struct {
	normalizer normalizer
	pre        preTokenizer
	model      model
	post       postProcessor
	dec        decoder

	added               []AddedToken
	addedByID           map[int]*AddedToken
	addedByContent      map[string]*AddedToken
	addedNormalized     map[int]string
	rawMatcher          *addedMatcher
	normMatcher         *addedMatcher
	encodeSpecialTokens bool

	// Truncation, when set, is applied by Encode, EncodePair and EncodeBatch.
	Truncation *Truncation
	// Padding, when set, is applied by EncodeBatch (and by Encode when
	// Padding.Length is fixed).
	Padding *Padding
	// Config is tokenizer_config.json when it was found next to the files.
	Config *Config

	fast fastEncoder // nil unless a specialised encoder is exactly equivalent

	chatMu    sync.Mutex
	chatCache map[string]*chattemplate.Template
}

// fastEncoder is a specialised encoder for one pipeline shape; it returns
// false for texts it does not handle, which then take the general path.
type fastEncoder interface {
	encode(t *Tokenizer, text string, typeID int) (*Encoding, bool)
}

type encodeOpts struct {
	addSpecial bool
	trunc      *Truncation // per-call override of Tokenizer.Truncation
	noTrunc    bool
}

// EncodeOption changes one Encode call.
type EncodeOption func(*encodeOpts)

// WithoutSpecialTokens encodes without the post-processor's special tokens
// (HF's add_special_tokens=False).
func WithoutSpecialTokens() EncodeOption { return func(o *encodeOpts) { o.addSpecial = false } }

// AddSpecialTokens sets HF's add_special_tokens (true by default).
func AddSpecialTokens(v bool) EncodeOption { return func(o *encodeOpts) { o.addSpecial = v } }

// WithTruncation truncates this call as tr says, whatever
// Tokenizer.Truncation holds (safe to use concurrently).
func WithTruncation(tr Truncation) EncodeOption {
	return func(o *encodeOpts) { o.trunc, o.noTrunc = &tr, false }
}

// WithoutTruncation disables Tokenizer.Truncation for this call.
func WithoutTruncation() EncodeOption { return func(o *encodeOpts) { o.trunc, o.noTrunc = nil, true } }

func options(opts []EncodeOption) encodeOpts {
	o := encodeOpts{addSpecial: true}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// sanitize replaces every invalid UTF-8 byte by U+FFFD.
func sanitize(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += sz
	}
	return b.String()
}

// Encode encodes one text. Offsets are character offsets into text (after
// the invalid-UTF-8 replacement described in the package doc).
func (t *Tokenizer) Encode(text string, opts ...EncodeOption) (*Encoding, error) {
	o := options(opts)
	e, err := t.encodeSeq(sanitize(text), 0)
	if err != nil {
		return nil, err
	}
	return t.postProcess(e, nil, o)
}

// EncodePair encodes a pair of texts (e.g. question and context); the
// second text gets type id 1 where the post-processor says so.
func (t *Tokenizer) EncodePair(a, b string, opts ...EncodeOption) (*Encoding, error) {
	o := options(opts)
	ea, err := t.encodeSeq(sanitize(a), 0)
	if err != nil {
		return nil, err
	}
	eb, err := t.encodeSeq(sanitize(b), 1)
	if err != nil {
		return nil, err
	}
	return t.postProcess(ea, eb, o)
}

// EncodeBatch encodes texts in parallel (GOMAXPROCS workers) and pads
// them together when Padding is set. The result is in input order.
func (t *Tokenizer) EncodeBatch(texts []string, opts ...EncodeOption) ([]*Encoding, error) {
	return t.parallel(len(texts), func(i int) (*Encoding, error) { return t.encodeNoPad(texts[i], opts) })
}

// EncodePairBatch is EncodeBatch for pairs of texts.
func (t *Tokenizer) EncodePairBatch(pairs [][2]string, opts ...EncodeOption) ([]*Encoding, error) {
	return t.parallel(len(pairs), func(i int) (*Encoding, error) {
		o := options(opts)
		a, err := t.encodeSeq(sanitize(pairs[i][0]), 0)
		if err != nil {
			return nil, err
		}
		b, err := t.encodeSeq(sanitize(pairs[i][1]), 1)
		if err != nil {
			return nil, err
		}
		return t.postProcessNoPad(a, b, o)
	})
}

// parallel runs encode for 0..n-1 on GOMAXPROCS workers, then pads.
func (t *Tokenizer) parallel(n int, encode func(i int) (*Encoding, error)) ([]*Encoding, error) {
	out := make([]*Encoding, n)
	errs := make([]error, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	var next int64
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := int(next)
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				out[i], errs[i] = encode(i)
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("input %d: %w", i, err)
		}
	}
	if t.Padding != nil {
		padBatch(out, t.Padding)
	}
	return out, nil
}

func (t *Tokenizer) encodeNoPad(text string, opts []EncodeOption) (*Encoding, error) {
	o := options(opts)
	e, err := t.encodeSeq(sanitize(text), 0)
	if err != nil {
		return nil, err
	}
	return t.postProcessNoPad(e, nil, o)
}

func (t *Tokenizer) postProcess(a, b *Encoding, o encodeOpts) (*Encoding, error) {
	e, err := t.postProcessNoPad(a, b, o)
	if err != nil {
		return nil, err
	}
	if t.Padding != nil && (t.Padding.Length > 0 || t.Padding.PadToMultipleOf > 0) {
		padBatch([]*Encoding{e}, t.Padding)
	}
	return e, nil
}

func (t *Tokenizer) postProcessNoPad(a, b *Encoding, o encodeOpts) (*Encoding, error) {
	addSpecial := o.addSpecial
	tr := t.Truncation
	if o.trunc != nil {
		tr = o.trunc
	} else if o.noTrunc {
		tr = nil
	}
	if tr != nil {
		maxLen := tr.MaxLength
		if addSpecial && t.post != nil {
			maxLen -= t.post.addedTokens(b != nil)
		}
		if maxLen < 0 {
			maxLen = 0
		}
		if err := truncatePair(a, b, tr, maxLen); err != nil {
			return nil, err
		}
	}
	return process(t.post, a, b, addSpecial), nil
}

// encodeSeq runs added-token extraction, normalization, pre-tokenization
// and the model on one (valid UTF-8) text.
func (t *Tokenizer) encodeSeq(text string, typeID int) (*Encoding, error) {
	if t.fast != nil {
		if e, ok := t.fast.encode(t, text, typeID); ok {
			return e, nil
		}
	}
	p, err := t.extractAndNormalize(text)
	if err != nil {
		return nil, err
	}
	if t.pre != nil {
		if err := t.pre.preTokenize(p); err != nil {
			return nil, err
		}
	}
	conv := newCharConv(text)
	e := &Encoding{}
	var toks []token
	for wi, sp := range p.splits {
		toks = toks[:0]
		if sp.done {
			toks = append(toks, sp.toks...)
		} else {
			toks, err = t.model.tokenize(string(sp.n.s), toks)
			if err != nil {
				return nil, err
			}
		}
		for _, tk := range toks {
			a, b := sp.n.origOffsets(tk.a, tk.b)
			e.push(tk.id, tk.value, conv.conv(a, b), wi)
		}
	}
	e.fillSequenceMasks(typeID)
	return e, nil
}

// generalSegment runs normalization, pre-tokenization and the model on
// text[a:b] (a piece without added tokens) and appends the tokens to e,
// numbering words from *word. Fast encoders use it for pieces they do not
// handle themselves.
func (t *Tokenizer) generalSegment(text string, a, b int, conv charConv, e *Encoding, word *int) error {
	n := newNormStr(text[a:b], a)
	if t.normalizer != nil {
		if err := t.normalizer.normalize(n); err != nil {
			return err
		}
	}
	p := &preTokenized{splits: []split{{n: n}}}
	if len(n.s) == 0 {
		p.splits = nil
	}
	if t.pre != nil {
		if err := t.pre.preTokenize(p); err != nil {
			return err
		}
	}
	var toks []token
	var err error
	for _, sp := range p.splits {
		if toks, err = t.model.tokenize(string(sp.n.s), toks[:0]); err != nil {
			return err
		}
		for _, tk := range toks {
			oa, ob := sp.n.origOffsets(tk.a, tk.b)
			e.push(tk.id, tk.value, conv.conv(oa, ob), *word)
		}
		*word++
	}
	return nil
}

// charConv converts byte offsets of a text into character offsets.
type charConv struct {
	ascii bool
	idx   []int32 // byte -> index of the character containing it
}

func newCharConv(s string) charConv {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return charConv{ascii: true}
	}
	idx := make([]int32, len(s)+1)
	c := int32(0)
	for i := 0; i < len(s); {
		_, sz := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < sz; k++ {
			idx[i+k] = c
		}
		i += sz
		c++
	}
	idx[len(s)] = c
	return charConv{idx: idx}
}

func (c charConv) conv(a, b int) [2]int {
	if c.ascii || a < 0 || b >= len(c.idx) || a >= len(c.idx) {
		return [2]int{a, b}
	}
	return [2]int{int(c.idx[a]), int(c.idx[b])}
}

// Decode turns ids back into text. Unknown ids are skipped; with
// skipSpecial, special added tokens are left out.
func (t *Tokenizer) Decode(ids []int, skipSpecial bool) string {
	toks := make([]string, 0, len(ids))
	for _, id := range ids {
		var tok string
		if a, ok := t.addedByID[id]; ok {
			if skipSpecial && a.Special {
				continue
			}
			tok = a.Content
			if n, ok := t.addedNormalized[id]; ok {
				tok = n
			}
		} else if s, ok := t.model.idToToken(id); ok {
			tok = s
			if skipSpecial {
				if a, ok := t.addedByContent[s]; ok && a.Special {
					continue
				}
			}
		} else {
			continue
		}
		toks = append(toks, tok)
	}
	if t.dec == nil {
		return strings.Join(toks, " ")
	}
	return strings.Join(t.dec.decodeChain(toks), "")
}

// TokenToID returns the id of a token (added tokens first, then the model).
func (t *Tokenizer) TokenToID(tok string) (int, bool) {
	if a, ok := t.addedByContent[tok]; ok {
		return a.ID, true
	}
	return t.model.tokenToID(tok)
}

// IDToToken returns the token string of an id.
func (t *Tokenizer) IDToToken(id int) (string, bool) {
	if a, ok := t.addedByID[id]; ok {
		if n, ok := t.addedNormalized[id]; ok {
			return n, true
		}
		return a.Content, true
	}
	return t.model.idToToken(id)
}

// VocabSize is the number of distinct ids: model vocabulary plus added
// tokens that the model does not already have (HF's get_vocab_size(true)).
func (t *Tokenizer) VocabSize() int {
	n := t.model.vocabSize()
	for _, a := range t.added {
		if _, ok := t.model.tokenToID(a.Content); !ok {
			n++
		}
	}
	return n
}

// AddedTokens lists the added tokens in file order.
func (t *Tokenizer) AddedTokens() []AddedToken { return append([]AddedToken(nil), t.added...) }

// IsSpecial reports whether id is a special added token.
func (t *Tokenizer) IsSpecial(id int) bool {
	a, ok := t.addedByID[id]
	return ok && a.Special
}

// fillSequenceMasks sets the per-token arrays of a freshly encoded single
// sequence: every token has type typeID, is attended, and is not special
// (post-processing adds the special tokens and their mask entries).
func (e *Encoding) fillSequenceMasks(typeID int) {
	n := len(e.IDs)
	e.TypeIDs = make([]int, n)
	e.AttentionMask = make([]int, n)
	e.SpecialTokensMask = make([]int, n)
	for i := 0; i < n; i++ {
		e.TypeIDs[i], e.AttentionMask[i] = typeID, 1
	}
}
