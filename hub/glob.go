package hub

import "strings"

// MatchGlob reports whether name matches pattern with the semantics of
// Python's fnmatch.fnmatchcase, which huggingface_hub uses for allow/ignore
// patterns: "*" matches any run of characters including "/", "?" one
// character, "[seq]" and "[!seq]" a character in or not in seq (with a-z
// ranges); an unclosed "[" is literal. It runs in O(len(name)*len(pattern)).
func MatchGlob(pattern, name string) bool {
	toks := compileGlob(pattern)
	s := []rune(name)
	// Two-pointer wildcard matching: remember the last "*" and retry from it.
	ti, si := 0, 0
	starTok, starS := -1, 0
	for si < len(s) {
		if ti < len(toks) && toks[ti].kind != tokStar && toks[ti].match(s[si]) {
			ti++
			si++
			continue
		}
		if ti < len(toks) && toks[ti].kind == tokStar {
			starTok, starS = ti, si
			ti++
			continue
		}
		if starTok >= 0 {
			starS++
			ti, si = starTok+1, starS
			continue
		}
		return false
	}
	for ti < len(toks) && toks[ti].kind == tokStar {
		ti++
	}
	return ti == len(toks)
}

// matchPatterns applies huggingface_hub's filter_repo_objects: a pattern
// ending in "/" gets "*" appended; name passes when it matches one include
// pattern (or there are none) and no exclude pattern.
func matchPatterns(name string, include, exclude []string) bool {
	fix := func(p string) string {
		p = strings.ReplaceAll(p, `\`, "/")
		if strings.HasSuffix(p, "/") {
			p += "*"
		}
		return p
	}
	if len(include) > 0 {
		ok := false
		for _, p := range include {
			if MatchGlob(fix(p), name) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, p := range exclude {
		if MatchGlob(fix(p), name) {
			return false
		}
	}
	return true
}

type globKind uint8

const (
	tokLit globKind = iota
	tokAny
	tokStar
	tokClass
)

type globTok struct {
	kind   globKind
	lit    rune
	negate bool
	ranges [][2]rune
}

func (t globTok) match(r rune) bool {
	switch t.kind {
	case tokLit:
		return r == t.lit
	case tokAny:
		return true
	case tokClass:
		in := false
		for _, rg := range t.ranges {
			if rg[0] <= r && r <= rg[1] {
				in = true
				break
			}
		}
		return in != t.negate
	}
	return false
}

func compileGlob(pattern string) []globTok {
	p := []rune(pattern)
	var toks []globTok
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*':
			if len(toks) == 0 || toks[len(toks)-1].kind != tokStar {
				toks = append(toks, globTok{kind: tokStar})
			}
		case '?':
			toks = append(toks, globTok{kind: tokAny})
		case '[':
			tok, next, ok := compileClass(p, i)
			if !ok {
				toks = append(toks, globTok{kind: tokLit, lit: '['})
				continue
			}
			toks = append(toks, tok)
			i = next
		default:
			toks = append(toks, globTok{kind: tokLit, lit: p[i]})
		}
	}
	return toks
}

// compileClass parses the class starting at p[open] == '['. It returns the
// token, the index of the closing ']' and whether the class is closed.
func compileClass(p []rune, open int) (globTok, int, bool) {
	j := open + 1
	if j < len(p) && p[j] == '!' {
		j++
	}
	if j < len(p) && p[j] == ']' { // a leading ']' is a member
		j++
	}
	for j < len(p) && p[j] != ']' {
		j++
	}
	if j >= len(p) {
		return globTok{}, 0, false
	}
	body := p[open+1 : j]
	tok := globTok{kind: tokClass}
	if len(body) > 0 && body[0] == '!' {
		tok.negate = true
		body = body[1:]
	}
	for k := 0; k < len(body); k++ {
		lo := body[k]
		if k+2 < len(body) && body[k+1] == '-' {
			hi := body[k+2]
			if lo <= hi { // Python drops reversed ranges
				tok.ranges = append(tok.ranges, [2]rune{lo, hi})
			}
			k += 2
			continue
		}
		tok.ranges = append(tok.ranges, [2]rune{lo, lo})
	}
	return tok, j, true
}
