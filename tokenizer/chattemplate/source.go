package chattemplate

import (
	"regexp"
	"strings"
)

// prepareSource rewrites a template's source, before gonja parses it, where
// gonja's lexer or parser differs from Jinja2's; the result renders the
// same text under Jinja2's rules:
//
//   - lstrip_blocks: Jinja2 removes the spaces and tabs before a {% … %} or
//     {# … #} tag only when they start a line (the text since the previous
//     tag holds a newline, or only whitespace precedes the tag from the
//     template's start); gonja also removes them after other text on the
//     same line ("{{ x }}  {% if %}"). Such tags get a "+" ("{%+"), which
//     tells gonja not to strip.
//   - Conditional expressions: gonja parses `a if c else b` only as a whole
//     {{ … }} or {% set %} expression. Inside brackets (and at the top of
//     {{ … }}) each one becomes `((c) and [a] or [b])[0]`, which gonja
//     parses and which evaluates exactly one branch, like Python.
//   - A newline between "{%" and the statement name, and a trailing comma
//     in a list or dict literal, which gonja reject, are removed (the
//     newline becomes a space).
//
// The scan skips string literals, comments and {% raw %} blocks.
func prepareSource(src string) string {
	var b strings.Builder
	b.Grow(len(src) + 16)
	prevEnd := 0
	for i := 0; i < len(src); {
		if src[i] != '{' || i+1 == len(src) || (src[i+1] != '{' && src[i+1] != '%' && src[i+1] != '#') {
			b.WriteByte(src[i])
			i++
			continue
		}
		kind := src[i+1]
		open := i + 2
		b.WriteString(src[i:open])
		if kind != '{' && open < len(src) && src[open] != '-' && src[open] != '+' && prevEnd > 0 {
			seg := src[prevEnd:i]
			if seg != "" && !strings.ContainsAny(seg, "\n\r") && strings.Trim(seg, " \t") == "" {
				b.WriteByte('+')
			}
		}
		switch kind {
		case '#':
			end := strings.Index(src[open:], "#}")
			if end < 0 {
				b.WriteString(src[open:])
				return b.String()
			}
			i = open + end + 2
			b.WriteString(src[open:i])
		case '{':
			end := skipTag(src, open, "}}")
			body := src[open:max(open, end-2)]
			if end == len(src) && !strings.HasSuffix(src, "}}") {
				body = src[open:]
			}
			b.WriteString(tagBody(body, true))
			b.WriteString(src[open+len(body) : end])
			i = end
		case '%':
			end := skipTag(src, open, "%}")
			body := src[open:max(open, end-2)]
			if end == len(src) && !strings.HasSuffix(src, "%}") {
				body = src[open:]
			}
			if rawStart.MatchString(src[i:end]) {
				if loc := rawEnd.FindStringIndex(src[end:]); loc != nil {
					end += loc[1]
				} else {
					end = len(src)
				}
				b.WriteString(src[open:end])
			} else {
				b.WriteString(collapseLead(tagBody(body, false)))
				b.WriteString(src[open+len(body) : end])
			}
			i = end
		}
		prevEnd = i
	}
	return b.String()
}

var (
	rawStart = regexp.MustCompile(`^\{%[-+]?\s*raw\s*[-+]?%\}$`)
	rawEnd   = regexp.MustCompile(`\{%[-+]?\s*endraw\s*[-+]?%\}`)
	leadNL   = regexp.MustCompile(`^([-+]?)[ \t]*[\r\n][\s]*`)
)

// collapseLead turns whitespace holding a newline at the start of a
// statement body ("{%-\n  set …") into one space.
func collapseLead(body string) string {
	if m := leadNL.FindStringSubmatchIndex(body); m != nil {
		return body[m[2]:m[3]] + " " + body[m[1]:]
	}
	return body
}

// skipTag returns the index just past the closing delimiter of a tag whose
// body starts at i, skipping string literals; len(src) if unterminated.
func skipTag(src string, i int, closing string) int {
	for i < len(src) {
		switch c := src[i]; {
		case c == '\'' || c == '"':
			i++
			for i < len(src) && src[i] != c {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case strings.HasPrefix(src[i:], closing):
			return i + len(closing)
		default:
			i++
		}
	}
	return len(src)
}

// tagBody rewrites the conditional expressions of a tag body: inside
// brackets always, at its top level when top (a {{ … }} body).
func tagBody(body string, top bool) string {
	lead, trail := "", ""
	if body != "" && (body[0] == '-' || body[0] == '+') {
		lead, body = body[:1], body[1:]
	}
	if n := len(body); n > 0 && (body[n-1] == '-' || body[n-1] == '+') {
		body, trail = body[:n-1], body[n-1:]
	}
	out, _, _ := group(body, 0, 0, top)
	return lead + out + trail
}

// group copies body from i up to the bracket closer (0: the end),
// rewriting nested groups and, when cond, each item (split at top-level
// commas and colons) holding a conditional expression. It returns the text
// and the index just past the closer, and whether the closer was found.
func group(body string, i int, closer byte, cond bool) (string, int, bool) {
	var out, item strings.Builder
	flush := func() {
		if cond {
			out.WriteString(condItem(item.String()))
		} else {
			out.WriteString(item.String())
		}
		item.Reset()
	}
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\'' || c == '"':
			j := skipString(body, i)
			item.WriteString(body[i:j])
			i = j
		case c == '(' || c == '[' || c == '{':
			cl := map[byte]byte{'(': ')', '[': ']', '{': '}'}[c]
			inner, j, closed := group(body, i+1, cl, true)
			item.WriteByte(c)
			item.WriteString(inner)
			if closed {
				item.WriteByte(cl)
			}
			i = j
		case c == closer && closer != 0:
			flush()
			text := out.String()
			// A trailing comma in a list or dict literal ([1, 2,]), which
			// gonja rejects; (x,) is a tuple and stays.
			if t := strings.TrimRight(text, " \t\r\n"); closer != ')' && strings.HasSuffix(t, ",") {
				text = t[:len(t)-1] + text[len(t):]
			}
			return text, i + 1, true
		case (c == ',' || c == ':') && closer != 0:
			flush()
			out.WriteByte(c)
			i++
		default:
			item.WriteByte(c)
			i++
		}
	}
	flush()
	return out.String(), len(body), false
}

func skipString(s string, i int) int {
	q := s[i]
	i++
	for i < len(s) && s[i] != q {
		if s[i] == '\\' {
			i++
		}
		i++
	}
	return min(i+1, len(s))
}

// condItem rewrites `a if c else b` (right-associative) in one item whose
// nested groups are already rewritten; `a if c` gets an undefined else.
func condItem(s string) string {
	ifAt, elseAt := -1, -1
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			i = skipString(s, i)
		case c == '(' || c == '[' || c == '{':
			i = skipGroup(s, i)
		case isIdentStart(c):
			j := i
			for j < len(s) && isIdent(s[j]) {
				j++
			}
			word := s[i:j]
			prevDot := i > 0 && s[i-1] == '.'
			if !prevDot && word == "if" && ifAt < 0 && strings.TrimSpace(s[:i]) != "" {
				ifAt = i
			} else if !prevDot && word == "else" && ifAt >= 0 && elseAt < 0 {
				elseAt = i
			}
			i = j
		default:
			i++
		}
	}
	if ifAt < 0 {
		return s
	}
	a := strings.TrimSpace(s[:ifAt])
	lead := s[:len(s)-len(strings.TrimLeft(s, " \t\r\n"))]
	trail := s[len(strings.TrimRight(s, " \t\r\n")):]
	var c, b string
	if elseAt < 0 {
		c, b = strings.TrimSpace(s[ifAt+2:]), "__kiln_undefined__"
	} else {
		c, b = strings.TrimSpace(s[ifAt+2:elseAt]), strings.TrimSpace(condItem(s[elseAt+4:]))
	}
	if c == "" || b == "" {
		return s
	}
	return lead + "((" + c + ") and [" + a + "] or [" + b + "])[0]" + trail
}

// skipGroup returns the index past the bracket group starting at i.
func skipGroup(s string, i int) int {
	depth := 0
	for i < len(s) {
		switch c := s[i]; c {
		case '\'', '"':
			i = skipString(s, i)
			continue
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(s)
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdent(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }
