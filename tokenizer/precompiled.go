package tokenizer

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// precompiledNormalizer is SentencePiece's precompiled_charsmap: a Darts
// double-array trie from UTF-8 byte strings to replacement strings.
type precompiledNormalizer struct {
	array      []uint32
	normalized []byte
}

// newPrecompiled parses the charsmap blob: u32 trie size in bytes, the trie
// units, then NUL-terminated replacement strings. Every index is checked
// so that a corrupt blob gives an error, never a panic.
func newPrecompiled(blob []byte) (*precompiledNormalizer, error) {
	if len(blob) < 4 {
		return nil, fmt.Errorf("precompiled_charsmap is %d bytes, too short", len(blob))
	}
	size := int(binary.LittleEndian.Uint32(blob))
	if size%4 != 0 || size > len(blob)-4 || size == 0 {
		return nil, fmt.Errorf("precompiled_charsmap trie size %d is invalid for a %d-byte blob", size, len(blob))
	}
	p := &precompiledNormalizer{array: make([]uint32, size/4), normalized: blob[4+size:]}
	for i := range p.array {
		p.array[i] = binary.LittleEndian.Uint32(blob[4+4*i:])
	}
	if !utf8.Valid(p.normalized) {
		return nil, fmt.Errorf("precompiled_charsmap replacement strings are not valid UTF-8")
	}
	return p, nil
}

func parsePrecompiled(j jv) (normalizer, error) {
	s, err := j.key("precompiled_charsmap").strOr("")
	if err != nil {
		return nil, err
	}
	if s == "" {
		return nil, nil // HF treats an empty charsmap as no normalization
	}
	blob, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, j.key("precompiled_charsmap").errf("invalid base64: %v", err)
	}
	p, err := newPrecompiled(blob)
	if err != nil {
		return nil, j.key("precompiled_charsmap").errf("%v", err)
	}
	return p, nil
}

func unitOffset(u uint32) uint32 { return (u >> 10) << ((u & (1 << 9)) >> 6) }
func unitLabel(u uint32) uint32  { return u & ((1 << 31) | 0xFF) }
func unitLeaf(u uint32) bool     { return (u>>8)&1 == 1 }
func unitValue(u uint32) uint32  { return u & ((1 << 31) - 1) }

// firstPrefix returns the value of the shortest key that is a prefix of
// key (Darts common_prefix_search()[0], as spm_precompiled uses it).
func (p *precompiledNormalizer) firstPrefix(key string) (uint32, bool) {
	pos := uint32(0)
	if len(p.array) == 0 {
		return 0, false
	}
	pos ^= unitOffset(p.array[0])
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == 0 {
			break
		}
		pos ^= uint32(c)
		if int(pos) >= len(p.array) {
			return 0, false
		}
		u := p.array[pos]
		if unitLabel(u) != uint32(c) {
			return 0, false
		}
		pos ^= unitOffset(u)
		if int(pos) >= len(p.array) {
			return 0, false
		}
		if unitLeaf(u) {
			return unitValue(p.array[pos]), true
		}
	}
	return 0, false
}

func (p *precompiledNormalizer) transform(chunk string) (string, bool) {
	v, ok := p.firstPrefix(chunk)
	if !ok || int(v) > len(p.normalized) {
		return "", false
	}
	end := int(v)
	for end < len(p.normalized) && p.normalized[end] != 0 {
		end++
	}
	return string(p.normalized[v:end]), true
}

// precompiledReplace appends the rc list that replaces old by new, with
// HF's change bookkeeping (extra runes are insertions; missing ones are
// removed from the last emitted rune, even a previous one).
func precompiledReplace(dest []rc, old, new string) []rc {
	diff := utf8.RuneCountInString(new) - utf8.RuneCountInString(old)
	for _, r := range new {
		dest = append(dest, rc{r, 0})
	}
	if diff > 0 {
		for i := 0; i < diff && i < len(dest); i++ {
			dest[len(dest)-1-i].ch = 1
		}
	} else if diff < 0 && len(dest) > 0 {
		dest[len(dest)-1].ch += diff
	}
	return dest
}

func (p *precompiledNormalizer) normalize(n *normStr) error {
	s := string(n.s)
	dest := make([]rc, 0, len(s))
	modified := false
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		gr := g.Str()
		if len(gr) < 6 {
			if norm, ok := p.transform(gr); ok {
				modified = true
				dest = precompiledReplace(dest, gr, norm)
				continue
			}
		}
		for i, r := range gr {
			part := gr[i : i+utf8.RuneLen(r)]
			if norm, ok := p.transform(part); ok {
				modified = true
				dest = precompiledReplace(dest, part, norm)
			} else {
				dest = append(dest, rc{r, 0})
			}
		}
	}
	if modified {
		n.transform(dest, 0)
	}
	return nil
}
