package tokenizer

import (
	"sync"
	"unicode"
)

// unicodeScriptsPre splits where the Unicode script changes, treating
// Hiragana, Katakana and U+30FC as Han and spaces as belonging to any
// script (HF's UnicodeScripts).
type unicodeScriptsPre struct{}

var (
	scriptMu    sync.RWMutex
	scriptCache = map[rune]string{}
)

// scriptOf returns the script name of r, "" when it has none ("Any").
func scriptOf(r rune) string {
	if r == 0x30FC {
		return "Han"
	}
	if r == ' ' {
		return ""
	}
	scriptMu.RLock()
	s, ok := scriptCache[r]
	scriptMu.RUnlock()
	if ok {
		return s
	}
	s = ""
	for name, tab := range unicode.Scripts {
		if unicode.Is(tab, r) {
			s = name
			break
		}
	}
	if s == "Hiragana" || s == "Katakana" {
		s = "Han"
	}
	scriptMu.Lock()
	if len(scriptCache) < 1<<16 {
		scriptCache[r] = s
	}
	scriptMu.Unlock()
	return s
}

func (unicodeScriptsPre) preTokenize(p *preTokenized) error {
	return p.splitEach(func(n *normStr) ([]*normStr, error) {
		var cuts []int
		last, haveLast := "", false
		s := string(n.s)
		for i, r := range s {
			sc := scriptOf(r)
			if sc != "" && !(haveLast && last == "") && (!haveLast || last != sc) {
				cuts = append(cuts, i)
			}
			if sc != "" {
				last, haveLast = sc, true
			}
		}
		cuts = append(cuts, len(s))
		var out []*normStr
		// Like HF, text before the first scripted rune (leading spaces)
		// belongs to no range and is dropped.
		for i := 0; i+1 < len(cuts); i++ {
			out = append(out, n.slice(cuts[i], cuts[i+1]))
		}
		return out, nil
	})
}
