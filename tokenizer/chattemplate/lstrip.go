package chattemplate

import (
	"regexp"
	"strings"
)

// keepInlineWhitespace adjusts src for a difference in lstrip_blocks:
// Jinja2 removes the spaces and tabs before a {% … %} or {# … #} tag only
// when they start a line (the text since the previous tag holds a newline,
// or the tag is preceded by nothing but whitespace from the template's
// start), while gonja also removes them after other text on the same line
// ("{{ x }}  {% if %}"). Such tags get a "+" ("{%+"), which tells gonja not
// to strip, exactly as in Jinja2. The scan skips {{ … }} and tag bodies
// with their string literals, comments and {% raw %} blocks.
func keepInlineWhitespace(src string) string {
	var b strings.Builder
	prevEnd, copied := 0, 0
	for i := 0; i+1 < len(src); {
		if src[i] != '{' {
			i++
			continue
		}
		switch src[i+1] {
		case '{':
			i = skipTag(src, i+2, "}}")
			prevEnd = i
			continue
		case '%', '#':
		default:
			i++
			continue
		}
		open := i + 2
		if open < len(src) && src[open] != '-' && src[open] != '+' && prevEnd > 0 {
			seg := src[prevEnd:i]
			if seg != "" && !strings.ContainsAny(seg, "\n\r") && strings.Trim(seg, " \t") == "" {
				b.WriteString(src[copied:open])
				b.WriteByte('+')
				copied = open
			}
		}
		if src[i+1] == '#' {
			end := strings.Index(src[open:], "#}")
			if end < 0 {
				break
			}
			i = open + end + 2
		} else {
			end := skipTag(src, open, "%}")
			if rawStart.MatchString(src[i:end]) {
				if loc := rawEnd.FindStringIndex(src[end:]); loc != nil {
					end += loc[1]
				} else {
					end = len(src)
				}
			}
			i = end
		}
		prevEnd = i
	}
	if copied == 0 {
		return src
	}
	b.WriteString(src[copied:])
	return b.String()
}

var (
	rawStart = regexp.MustCompile(`^\{%[-+]?\s*raw\s*[-+]?%\}$`)
	rawEnd   = regexp.MustCompile(`\{%[-+]?\s*endraw\s*[-+]?%\}`)
)

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
