package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// Hand-written equivalents of the pre-tokenizer regexes that nearly every
// byte-level BPE tokenizer uses. They follow the regexes' leftmost-first
// alternation and backtracking exactly, with the same Unicode tables as
// regexp2 (Go's), and TestScannersMatchRegexp2 / FuzzScanners check them
// against regexp2 on the corpus and on random input.

const (
	// llama3Pattern is Llama-3's (tiktoken cl100k-style) split regex.
	llama3Pattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
	// qwenPattern is Qwen2/3's: the same with single digits.
	qwenPattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
)

func scannerFor(src string) scanner {
	switch src {
	case gpt2Pattern:
		return scanGPT2
	case llama3Pattern:
		return func(s string, i int) int { return scanTiktoken(s, i, 3) }
	case qwenPattern:
		return func(s string, i int) int { return scanTiktoken(s, i, 1) }
	}
	return nil
}

// runeAt decodes the rune at byte i (utf8.RuneError, 1 for invalid bytes,
// which never reach here because input is sanitized).
func runeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Character classes on ASCII use tables; the rest the unicode package.
var asciiClass [128]uint8

const (
	clLetter = 1 << iota
	clNumber
	clSpace
)

func init() {
	for c := 0; c < 128; c++ {
		r := rune(c)
		if unicode.IsLetter(r) {
			asciiClass[c] |= clLetter
		}
		if unicode.IsNumber(r) {
			asciiClass[c] |= clNumber
		}
		if unicode.IsSpace(r) {
			asciiClass[c] |= clSpace
		}
	}
}

func isL(r rune) bool {
	if r < 128 {
		return asciiClass[r]&clLetter != 0
	}
	return unicode.IsLetter(r)
}

func isN(r rune) bool {
	if r < 128 {
		return asciiClass[r]&clNumber != 0
	}
	return unicode.IsNumber(r)
}

// isS is regexp2's \s: [\f\n\r\t\v\x85\p{Z}].
func isS(r rune) bool {
	if r < 128 {
		return asciiClass[r]&clSpace != 0
	}
	return r == 0x85 || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// isOtherClass is [^\s\p{L}\p{N}].
func isOtherClass(r rune) bool { return !isS(r) && !isL(r) && !isN(r) }

// contraction returns the length of 's 't 're 've 'm 'll 'd at i (0 if
// none), optionally case-insensitive.
func contraction(s string, i int, fold bool) int {
	if s[i] != '\'' || i+1 >= len(s) {
		return 0
	}
	low := func(c byte) byte {
		if fold && 'A' <= c && c <= 'Z' {
			return c + 32
		}
		return c
	}
	c := low(s[i+1])
	switch c {
	case 's', 't', 'm', 'd':
		return 2
	case 'r', 'v':
		if i+2 < len(s) && low(s[i+2]) == 'e' {
			return 3
		}
	case 'l':
		if i+2 < len(s) && low(s[i+2]) == 'l' {
			return 3
		}
	}
	return 0
}

// spanWhile returns the end of the run of runes from i satisfying f.
func spanWhile(s string, i int, f func(rune) bool) int {
	for i < len(s) {
		r, sz := runeAt(s, i)
		if !f(r) {
			break
		}
		i += sz
	}
	return i
}

// whitespaceTail handles \s+(?!\S)|\s+ for a whitespace run [i, j).
func whitespaceTail(s string, i, j int) int {
	if j == len(s) {
		return j
	}
	// Followed by non-space: give back the last whitespace rune if that
	// leaves at least one.
	_, sz := utf8.DecodeLastRuneInString(s[i:j])
	if j-sz > i {
		return j - sz
	}
	return j
}

// scanGPT2 matches 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+|
// ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+ at i.
func scanGPT2(s string, i int) int {
	if n := contraction(s, i, false); n > 0 {
		return i + n
	}
	r, sz := runeAt(s, i)
	start := i
	if r == ' ' && i+1 < len(s) {
		r2, sz2 := runeAt(s, i+1)
		switch {
		case isL(r2):
			return spanWhile(s, i+1+sz2, isL)
		case isN(r2):
			return spanWhile(s, i+1+sz2, isN)
		case isOtherClass(r2):
			return spanWhile(s, i+1+sz2, isOtherClass)
		}
	}
	switch {
	case isL(r):
		return spanWhile(s, start+sz, isL)
	case isN(r):
		return spanWhile(s, start+sz, isN)
	case isOtherClass(r):
		return spanWhile(s, start+sz, isOtherClass)
	}
	return whitespaceTail(s, i, spanWhile(s, i, isS))
}

func isCRLF(r rune) bool { return r == '\r' || r == '\n' }

// scanTiktoken matches the Llama-3 pattern (maxDigits 3) or the Qwen one
// (maxDigits 1) at i.
func scanTiktoken(s string, i int, maxDigits int) int {
	if n := contraction(s, i, true); n > 0 {
		return i + n
	}
	r, sz := runeAt(s, i)
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if !isCRLF(r) && !isL(r) && !isN(r) && i+sz < len(s) {
		if r2, sz2 := runeAt(s, i+sz); isL(r2) {
			return spanWhile(s, i+sz+sz2, isL)
		}
	}
	if isL(r) {
		return spanWhile(s, i+sz, isL)
	}
	// \p{N}{1,maxDigits}
	if isN(r) {
		j := i + sz
		for k := 1; k < maxDigits && j < len(s); k++ {
			r2, sz2 := runeAt(s, j)
			if !isN(r2) {
				break
			}
			j += sz2
		}
		return j
	}
	// ?[^\s\p{L}\p{N}]+[\r\n]*
	if r == ' ' && i+1 < len(s) {
		if r2, sz2 := runeAt(s, i+1); isOtherClass(r2) {
			j := spanWhile(s, i+1+sz2, isOtherClass)
			return spanWhile(s, j, isCRLF)
		}
	}
	if isOtherClass(r) {
		j := spanWhile(s, i+sz, isOtherClass)
		return spanWhile(s, j, isCRLF)
	}
	// r is whitespace here.
	j := spanWhile(s, i, isS)
	// \s*[\r\n]+ : the run up to its last \r or \n.
	for k := j; k > i; {
		r2, sz2 := utf8.DecodeLastRuneInString(s[i:k])
		if isCRLF(r2) {
			return k
		}
		k -= sz2
	}
	return whitespaceTail(s, i, j)
}
