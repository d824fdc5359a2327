package tokenizer

import "fmt"

// Encoding is the result of encoding one text (or a pair). All slices have
// the same length. Offsets are character (Unicode code point) offsets into
// the input string, exactly as Hugging Face's Python tokenizers reports them;
// special tokens added by the post-processor have offsets [0, 0].
type Encoding struct {
	IDs               []int
	Tokens            []string
	Offsets           [][2]int
	TypeIDs           []int
	AttentionMask     []int
	SpecialTokensMask []int
	// WordIDs is the index of the pre-tokenizer split each token came from,
	// -1 for special and padding tokens.
	WordIDs []int
	// Overflowing holds the pieces cut off by truncation (with stride).
	Overflowing []*Encoding
}

// Len is the number of tokens.
func (e *Encoding) Len() int { return len(e.IDs) }

// newEncoding returns an empty Encoding whose IDs, Tokens, Offsets and
// WordIDs have room for est tokens (the fast encoders' estimate).
func newEncoding(est int) *Encoding {
	return &Encoding{IDs: make([]int, 0, est), Tokens: make([]string, 0, est), Offsets: make([][2]int, 0, est), WordIDs: make([]int, 0, est)}
}

// push appends one model or added token to IDs, Tokens, Offsets and
// WordIDs (the masks and type IDs are filled later by fillSequenceMasks).
func (e *Encoding) push(id int, tok string, off [2]int, word int) {
	e.IDs = append(e.IDs, id)
	e.Tokens = append(e.Tokens, tok)
	e.Offsets = append(e.Offsets, off)
	e.WordIDs = append(e.WordIDs, word)
}

func (e *Encoding) clone() *Encoding {
	c := &Encoding{
		IDs:               append([]int(nil), e.IDs...),
		Tokens:            append([]string(nil), e.Tokens...),
		Offsets:           append([][2]int(nil), e.Offsets...),
		TypeIDs:           append([]int(nil), e.TypeIDs...),
		AttentionMask:     append([]int(nil), e.AttentionMask...),
		SpecialTokensMask: append([]int(nil), e.SpecialTokensMask...),
		WordIDs:           append([]int(nil), e.WordIDs...),
	}
	for _, o := range e.Overflowing {
		c.Overflowing = append(c.Overflowing, o.clone())
	}
	return c
}

func (e *Encoding) sub(a, b int) *Encoding {
	return &Encoding{
		IDs:               append([]int(nil), e.IDs[a:b]...),
		Tokens:            append([]string(nil), e.Tokens[a:b]...),
		Offsets:           append([][2]int(nil), e.Offsets[a:b]...),
		TypeIDs:           append([]int(nil), e.TypeIDs[a:b]...),
		AttentionMask:     append([]int(nil), e.AttentionMask[a:b]...),
		SpecialTokensMask: append([]int(nil), e.SpecialTokensMask[a:b]...),
		WordIDs:           append([]int(nil), e.WordIDs[a:b]...),
	}
}

// appendEnc appends p to e (HF's merge_with without growing offsets),
// combining overflowing pieces the same way HF does.
func (e *Encoding) appendEnc(p *Encoding) {
	var ovs []*Encoding
	for _, so := range e.Overflowing {
		n := so.clone()
		n.appendEnc(p.clone())
		ovs = append(ovs, n)
		for _, po := range p.Overflowing {
			n := so.clone()
			n.appendEnc(po.clone())
			ovs = append(ovs, n)
		}
	}
	for _, po := range p.Overflowing {
		n := e.clone()
		n.Overflowing = nil
		n.appendEnc(po.clone())
		ovs = append(ovs, n)
	}
	e.IDs = append(e.IDs, p.IDs...)
	e.Tokens = append(e.Tokens, p.Tokens...)
	e.Offsets = append(e.Offsets, p.Offsets...)
	e.TypeIDs = append(e.TypeIDs, p.TypeIDs...)
	e.AttentionMask = append(e.AttentionMask, p.AttentionMask...)
	e.SpecialTokensMask = append(e.SpecialTokensMask, p.SpecialTokensMask...)
	e.WordIDs = append(e.WordIDs, p.WordIDs...)
	e.Overflowing = ovs
}

// TruncationStrategy chooses which sequence of a pair loses tokens.
type TruncationStrategy int

const (
	// LongestFirst removes tokens from the longer sequence first.
	LongestFirst TruncationStrategy = iota
	// OnlyFirst truncates only the first sequence.
	OnlyFirst
	// OnlySecond truncates only the second sequence.
	OnlySecond
)

// Side is left or right (truncation direction, padding side).
type Side int

const (
	// Right truncates or pads at the end.
	Right Side = iota
	// Left truncates or pads at the start.
	Left
)

// Truncation configures truncation; MaxLength counts special tokens.
type Truncation struct {
	MaxLength int
	Stride    int
	Strategy  TruncationStrategy
	Direction Side
}

// Padding configures padding. Length 0 pads to the longest encoding of a
// batch; PadToMultipleOf rounds the target length up.
type Padding struct {
	Length          int
	PadToMultipleOf int
	Side            Side
	PadID           int
	PadTypeID       int
	PadToken        string
}

// truncate keeps maxLen tokens and moves the rest into Overflowing windows
// that overlap by stride tokens.
func (e *Encoding) truncate(maxLen, stride int, dir Side) error {
	n := len(e.IDs)
	if maxLen >= n {
		return nil
	}
	if maxLen == 0 {
		o := *e
		*e = Encoding{Overflowing: []*Encoding{&o}}
		return nil
	}
	if stride >= maxLen {
		return fmt.Errorf("truncation stride %d must be less than the length left for text (%d)", stride, maxLen)
	}
	step := maxLen - stride
	var parts [][2]int
	if dir == Right {
		for start := 0; start < n; start += step {
			stop := min(start+maxLen, n)
			parts = append(parts, [2]int{start, stop})
			if stop == n {
				break
			}
		}
	} else {
		for stop := n; stop > 0; stop -= step {
			start := max(stop-maxLen, 0)
			parts = append(parts, [2]int{start, stop})
			if start == 0 {
				break
			}
		}
	}
	first := e.sub(parts[0][0], parts[0][1])
	for _, p := range parts[1:] {
		first.Overflowing = append(first.Overflowing, e.sub(p[0], p[1]))
	}
	*e = *first
	return nil
}

// truncatePair applies the strategy to a single encoding or a pair.
func truncatePair(a, b *Encoding, t *Truncation, maxLen int) error {
	if maxLen == 0 {
		if err := a.truncate(0, t.Stride, t.Direction); err != nil {
			return err
		}
		if b != nil {
			return b.truncate(0, t.Stride, t.Direction)
		}
		return nil
	}
	total := a.Len()
	if b != nil {
		total += b.Len()
	}
	if total <= maxLen {
		return nil
	}
	remove := total - maxLen
	switch t.Strategy {
	case LongestFirst:
		if b == nil {
			return a.truncate(total-remove, t.Stride, t.Direction)
		}
		n1, n2 := a.Len(), b.Len()
		swap := n1 > n2
		if swap {
			n1, n2 = n2, n1
		}
		if n1 > maxLen {
			n2 = n1
		} else {
			n2 = max(n1, maxLen-n1)
		}
		if n1+n2 > maxLen {
			n1 = maxLen / 2
			n2 = n1 + maxLen%2
		}
		if swap {
			n1, n2 = n2, n1
		}
		if err := a.truncate(n1, t.Stride, t.Direction); err != nil {
			return err
		}
		return b.truncate(n2, t.Stride, t.Direction)
	default:
		target := a
		if t.Strategy == OnlySecond {
			if b == nil {
				return fmt.Errorf("truncation strategy only_second needs a second sequence")
			}
			target = b
		}
		if target.Len() <= remove {
			return fmt.Errorf("truncation: sequence is too short to remove %d tokens", remove)
		}
		return target.truncate(target.Len()-remove, t.Stride, t.Direction)
	}
}

// pad pads e (and its overflowing pieces) to target tokens.
func (e *Encoding) pad(target int, p *Padding) {
	for _, o := range e.Overflowing {
		o.pad(target, p)
	}
	n := target - len(e.IDs)
	if n <= 0 {
		return
	}
	ids, tt, toks, am, sm, off, w := make([]int, n), make([]int, n), make([]string, n), make([]int, n), make([]int, n), make([][2]int, n), make([]int, n)
	for i := 0; i < n; i++ {
		ids[i], tt[i], toks[i], sm[i], w[i] = p.PadID, p.PadTypeID, p.PadToken, 1, -1
	}
	if p.Side == Left {
		e.IDs = append(ids, e.IDs...)
		e.TypeIDs = append(tt, e.TypeIDs...)
		e.Tokens = append(toks, e.Tokens...)
		e.AttentionMask = append(am, e.AttentionMask...)
		e.SpecialTokensMask = append(sm, e.SpecialTokensMask...)
		e.Offsets = append(off, e.Offsets...)
		e.WordIDs = append(w, e.WordIDs...)
		return
	}
	e.IDs = append(e.IDs, ids...)
	e.TypeIDs = append(e.TypeIDs, tt...)
	e.Tokens = append(e.Tokens, toks...)
	e.AttentionMask = append(e.AttentionMask, am...)
	e.SpecialTokensMask = append(e.SpecialTokensMask, sm...)
	e.Offsets = append(e.Offsets, off...)
	e.WordIDs = append(e.WordIDs, w...)
}

// padBatch pads every encoding to the same length as HF's pad_encodings.
func padBatch(encs []*Encoding, p *Padding) {
	if len(encs) == 0 {
		return
	}
	target := p.Length
	if target == 0 {
		for _, e := range encs {
			target = max(target, e.Len())
		}
	}
	if p.PadToMultipleOf > 0 && target%p.PadToMultipleOf != 0 {
		target += p.PadToMultipleOf - target%p.PadToMultipleOf
	}
	for _, e := range encs {
		e.pad(target, p)
	}
}
