package ir

import (
	"fmt"
	"strconv"
)

// Parse reads one function in the IR text format that (*Func).String
// prints (grammar in docs/ir.md) and returns it. Value IDs are kept as
// written, parameters become Params in the order they appear, and values
// emitted later get IDs above every parsed one. Every value is verified as
// it is read (arity, attrs, declared type = the op's shape rule), and the
// result passes Check. Errors are *ParseError values naming the line and
// column and what was expected there (a wrapped *CheckError would mean the
// per-value verification missed something: FuzzParse treats that as a
// bug). Parse never panics; text is treated
// as untrusted: types are limited to 2^40 elements and constants must list
// exactly their type's element count.
func Parse(src string) (*Func, error) {
	p := &parser{s: scanner{src: src, line: 1, col: 1}, byID: map[int]*Value{}, params: map[string]*Value{}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	f, err := p.parseFunc()
	if err != nil {
		return nil, err
	}
	// Every value was verified while parsing; this catches what only the
	// whole function can show and guards against the two drifting apart.
	if err := Check(f); err != nil {
		return nil, fmt.Errorf("parsed function does not verify: %w", err)
	}
	return f, nil
}

type parser struct {
	s      scanner
	tok    token // the current (not yet consumed) token
	f      *Func
	byID   map[int]*Value
	params map[string]*Value // by name
	maxID  int
}

func (p *parser) advance() error {
	t, err := p.s.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *parser) is(kind tokKind, text string) bool {
	return p.tok.kind == kind && (text == "" || p.tok.text == text)
}

func (p *parser) errExpected(what string) error {
	return errorAt(p.tok, "expected %s, found %s", what, p.tok.describe())
}

// expect consumes a token of the given kind (and text, if not "") or fails
// saying what was expected.
func (p *parser) expect(kind tokKind, text, what string) (token, error) {
	t := p.tok
	if !p.is(kind, text) {
		return t, p.errExpected(what)
	}
	return t, p.advance()
}

func (p *parser) punct(c string) error {
	_, err := p.expect(tokPunct, c, strconv.Quote(c))
	return err
}

func (p *parser) skipNewlines() error {
	for p.tok.kind == tokNewline {
		if err := p.advance(); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) endOfLine() error {
	_, err := p.expect(tokNewline, "", "end of line")
	return err
}

func (p *parser) parseFunc() (*Func, error) {
	if err := p.skipNewlines(); err != nil {
		return nil, err
	}
	if _, err := p.expect(tokWord, "func", `"func"`); err != nil {
		return nil, err
	}
	if err := p.punct("@"); err != nil {
		return nil, err
	}
	var name string
	switch t := p.tok; {
	case t.kind == tokString:
		name = t.text
	case t.kind == tokWord && quoteIdent(t.text) == t.text:
		name = t.text
	default:
		return nil, p.errExpected("function name (identifier or quoted string)")
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	p.f = NewFunc(name)
	if err := p.punct("{"); err != nil {
		return nil, err
	}
	if err := p.endOfLine(); err != nil {
		return nil, err
	}
	for {
		if err := p.skipNewlines(); err != nil {
			return nil, err
		}
		switch {
		case p.tok.kind == tokID:
			if err := p.parseValue(); err != nil {
				return nil, err
			}
		case p.is(tokWord, "return"):
			if err := p.parseReturn(); err != nil {
				return nil, err
			}
			if err := p.skipNewlines(); err != nil {
				return nil, err
			}
			if err := p.punct("}"); err != nil {
				return nil, err
			}
			if err := p.skipNewlines(); err != nil {
				return nil, err
			}
			if p.tok.kind != tokEOF {
				return nil, p.errExpected("end of input after the function")
			}
			p.f.nextID = p.maxID + 1
			return p.f, nil
		default:
			return nil, p.errExpected("a value line (%ID = op ...) or return")
		}
	}
}

// parseID reads %N (N a decimal value ID).
func (p *parser) parseID() (int, token, error) {
	t, err := p.expect(tokID, "", "value ID (%N)")
	if err != nil {
		return 0, t, err
	}
	id, perr := strconv.Atoi(t.text)
	if perr != nil || id >= maxValueID {
		return 0, t, errorAt(t, "value ID %%%s too large", t.text)
	}
	return id, t, nil
}

// parseUse reads a reference to an already defined value.
func (p *parser) parseUse() (*Value, error) {
	id, t, err := p.parseID()
	if err != nil {
		return nil, err
	}
	v := p.byID[id]
	if v == nil {
		return nil, errorAt(t, "%%%d is not defined before this use", id)
	}
	return v, nil
}

func (p *parser) parseValue() error {
	id, idTok, err := p.parseID()
	if err != nil {
		return err
	}
	if p.byID[id] != nil {
		return errorAt(idTok, "%%%d is defined twice", id)
	}
	if err := p.punct("="); err != nil {
		return err
	}
	opTok, err := p.expect(tokWord, "", "op name")
	if err != nil {
		return err
	}
	op, ok := OpByName(opTok.text)
	if !ok {
		return errorAt(opTok, "unknown op %q", opTok.text)
	}
	info := op.Info()
	var args []*Value
	for p.tok.kind == tokID {
		a, err := p.parseUse()
		if err != nil {
			return err
		}
		args = append(args, a)
		if !p.is(tokPunct, ",") {
			break
		}
		if err := p.advance(); err != nil {
			return err
		}
	}
	if len(args) < info.MinArgs || (info.MaxArgs >= 0 && len(args) > info.MaxArgs) {
		return errorAt(opTok, "%s has %d operands, want %s", op, len(args), info.arityString())
	}
	var attrs any
	var constData *parser // for constants: a parser positioned at the element list
	if info.AttrsType != nil {
		if !p.is(tokPunct, "{") {
			return p.errExpected("{ with the attributes of " + op.String())
		}
		if err := p.advance(); err != nil {
			return err
		}
		if op == OpConstant {
			constData, err = p.skipConstantData()
		} else {
			attrs, err = p.parseAttrs(op)
		}
		if err != nil {
			return err
		}
	} else if p.is(tokPunct, "{") {
		return errorAt(p.tok, "%s takes no attributes", op)
	}
	if err := p.punct(":"); err != nil {
		return err
	}
	typTok := p.tok
	typ, err := p.parseType()
	if err != nil {
		return err
	}
	v := &Value{ID: id, Op: op, Type: typ, Args: args, Attrs: attrs}
	if p.tok.kind == tokString {
		v.Name = p.tok.text
		if err := p.advance(); err != nil {
			return err
		}
	}
	if p.is(tokPunct, "@") {
		if v.Pos, err = p.parsePos(); err != nil {
			return err
		}
	}
	if err := p.endOfLine(); err != nil {
		return err
	}
	if constData != nil {
		data, err := constData.parseConstantData(typ)
		if err != nil {
			return err
		}
		v.Attrs = &ConstantAttrs{Data: data}
	}
	if err := p.verify(v, opTok, typTok); err != nil {
		return err
	}
	p.byID[id] = v
	p.maxID = max(p.maxID, id)
	p.f.Values = append(p.f.Values, v)
	if op == OpParameter {
		p.f.Params = append(p.f.Params, v)
		p.params[v.Name] = v
	}
	return nil
}

// verify checks one parsed value the way Check would, reporting at the op
// or the declared type.
func (p *parser) verify(v *Value, opTok, typTok token) error {
	if v.Op.Info().Flags&FlagSource == 0 {
		t, err := InferType(v.Op, v.Attrs, v.Args)
		if err != nil {
			return errorAt(opTok, "%s: %v", v.Op, err)
		}
		if !t.Equal(v.Type) {
			return errorAt(typTok, "declared type %s, but %s of %s gives %s", v.Type, v.Op, argTypes(v.Args), t)
		}
		return nil
	}
	if v.Op == OpParameter {
		if v.Name == "" {
			return errorAt(typTok, "parameter needs a name: a quoted string after its type")
		}
		if q := p.params[v.Name]; q != nil {
			return errorAt(typTok, "parameter name %q is already used by %s", v.Name, q)
		}
	}
	if err := checkSource(v, map[*Value]bool{v: v.Op == OpParameter}); err != nil {
		return errorAt(opTok, "%s: %v", v.Op, err)
	}
	return nil
}

func argTypes(args []*Value) string {
	ts := make([]Type, len(args))
	for i, a := range args {
		ts[i] = a.Type
	}
	return typeList(ts)
}

// parseType reads dtype[dims].
func (p *parser) parseType() (Type, error) {
	dt, err := p.expect(tokWord, "", "type (dtype[dims])")
	if err != nil {
		return Type{}, err
	}
	d, perr := ParseDType(dt.text)
	if perr != nil {
		return Type{}, errorAt(dt, "%v", perr)
	}
	if err := p.punct("["); err != nil {
		return Type{}, err
	}
	dims, err := p.parseIntList("dimension")
	if err != nil {
		return Type{}, err
	}
	t := Type{DType: d, Shape: Shape(dims)}
	for _, n := range dims {
		if n < 0 {
			return Type{}, errorAt(dt, "negative dimension in %s", t)
		}
	}
	if err := checkTypeSize(t); err != nil {
		return Type{}, errorAt(dt, "%v", err)
	}
	return t, nil
}

// parseIntList reads "n, n, ...]" after an opening '['; nil when empty.
func (p *parser) parseIntList(what string) ([]int, error) {
	var out []int
	if p.is(tokPunct, "]") {
		return nil, p.advance()
	}
	for {
		t, err := p.expect(tokWord, "", what)
		if err != nil {
			return nil, err
		}
		n, perr := strconv.ParseInt(t.text, 10, strconv.IntSize)
		if perr != nil {
			return nil, errorAt(t, "invalid %s %q: want a decimal integer", what, t.text)
		}
		out = append(out, int(n))
		if p.is(tokPunct, "]") {
			return out, p.advance()
		}
		if err := p.punct(","); err != nil {
			return nil, err
		}
	}
}

// parsePos reads @"file":line.
func (p *parser) parsePos() (Pos, error) {
	if err := p.punct("@"); err != nil {
		return Pos{}, err
	}
	ft, err := p.expect(tokString, "", `quoted file name after @`)
	if err != nil {
		return Pos{}, err
	}
	if ft.text == "" {
		return Pos{}, errorAt(ft, "empty file name in position")
	}
	if err := p.punct(":"); err != nil {
		return Pos{}, err
	}
	lt, err := p.expect(tokWord, "", "line number")
	if err != nil {
		return Pos{}, err
	}
	line, perr := strconv.ParseInt(lt.text, 10, strconv.IntSize)
	if perr != nil {
		return Pos{}, errorAt(lt, "invalid line number %q", lt.text)
	}
	return Pos{File: ft.text, Line: int(line)}, nil
}

// parseReturn reads return [%a ["name"] {, %b ["name"]}] to the end of line.
func (p *parser) parseReturn() error {
	if err := p.advance(); err != nil { // "return"
		return err
	}
	var vals []*Value
	var names []string
	if p.tok.kind == tokID {
		for {
			v, err := p.parseUse()
			if err != nil {
				return err
			}
			name := ""
			if p.tok.kind == tokString {
				name = p.tok.text
				if err := p.advance(); err != nil {
					return err
				}
			}
			vals, names = append(vals, v), append(names, name)
			if !p.is(tokPunct, ",") {
				break
			}
			if err := p.advance(); err != nil {
				return err
			}
		}
	}
	p.f.SetResults(vals, names)
	return p.endOfLine()
}

// The scanner splits IR text into tokens. Newlines are tokens because the
// format is one value per line; spaces, tabs, carriage returns and "//"
// comments (to the end of the line) are skipped.
type tokKind uint8

const (
	tokEOF     tokKind = iota
	tokNewline         // '\n'
	tokWord            // run of [A-Za-z0-9_.+-]: names, numbers, dtypes, enum values
	tokString          // Go-quoted string; text holds the unquoted value
	tokID              // %123; text holds the digits
	tokPunct           // one of = , { } [ ] : @
)

type token struct {
	kind      tokKind
	text      string
	line, col int
}

// describe names a token for "expected X, found Y" messages.
func (t token) describe() string {
	switch t.kind {
	case tokEOF:
		return "end of input"
	case tokNewline:
		return "end of line"
	case tokString:
		return "string " + strconv.Quote(t.text)
	case tokID:
		return "%" + t.text
	}
	return strconv.Quote(t.text)
}

type scanner struct {
	src       string
	off       int
	line, col int
}

func isWordByte(c byte) bool {
	return c == '_' || c == '.' || c == '+' || c == '-' ||
		c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// next returns the next token or a *ParseError for text that is no token.
func (s *scanner) next() (token, error) {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\r' {
			s.advance(1)
			continue
		}
		if c == '/' && s.off+1 < len(s.src) && s.src[s.off+1] == '/' {
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.advance(1)
			}
			continue
		}
		break
	}
	t := token{line: s.line, col: s.col}
	if s.off >= len(s.src) {
		return t, nil
	}
	c := s.src[s.off]
	switch {
	case c == '\n':
		s.off++
		s.line++
		s.col = 1
		t.kind = tokNewline
		return t, nil
	case c == '%':
		end := s.off + 1
		for end < len(s.src) && s.src[end] >= '0' && s.src[end] <= '9' {
			end++
		}
		if end == s.off+1 {
			return t, errorAt(t, "expected a value ID (digits) after %%")
		}
		t.kind, t.text = tokID, s.src[s.off+1:end]
		s.advance(end - s.off)
		return t, nil
	case c == '"':
		end := s.off + 1
		for end < len(s.src) && s.src[end] != '"' && s.src[end] != '\n' {
			if s.src[end] == '\\' && end+1 < len(s.src) && s.src[end+1] != '\n' {
				end++
			}
			end++
		}
		if end >= len(s.src) || s.src[end] != '"' {
			return t, errorAt(t, "unterminated string")
		}
		u, err := strconv.Unquote(s.src[s.off : end+1])
		if err != nil {
			return t, errorAt(t, "invalid quoted string %s", s.src[s.off:end+1])
		}
		t.kind, t.text = tokString, u
		s.advance(end + 1 - s.off)
		return t, nil
	case isWordByte(c):
		end := s.off
		for end < len(s.src) && isWordByte(s.src[end]) {
			end++
		}
		t.kind, t.text = tokWord, s.src[s.off:end]
		s.advance(end - s.off)
		return t, nil
	case c == '=' || c == ',' || c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == '@':
		t.kind, t.text = tokPunct, s.src[s.off:s.off+1]
		s.advance(1)
		return t, nil
	}
	return t, errorAt(t, "unexpected character %q", c)
}

// advance moves n bytes within one line.
func (s *scanner) advance(n int) {
	s.off += n
	s.col += n
}

// ParseError is a problem in IR text at a 1-based line and byte column.
// Callers that read a file prefix the file name: "f.ir:3:14: ...".
type ParseError struct {
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

func errorAt(t token, format string, args ...any) *ParseError {
	return &ParseError{Line: t.line, Col: t.col, Msg: fmt.Sprintf(format, args...)}
}
