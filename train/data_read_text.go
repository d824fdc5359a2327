package train

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseCSV reads a delimited file with a header row (encoding/csv rules:
// RFC 4180 quoting, every record as many fields as the header). Values get
// the column types pandas.read_csv (HF's csv builder) infers: an empty field
// or one of pandas' NA strings ("NA", "NaN", "null", "None", "n/a", ...)
// is Null; a column whose other fields all parse as integers is Int, as
// numbers Float, as True/False Bool; any other column is String (NA
// strings are Null in every column, as in pandas). Unlike pandas an Int column with Null cells stays Int (pandas makes it
// float). A header with an empty or repeated name, a ragged record, bad
// quoting and invalid UTF-8 are errors naming name:line (and the column).
func ParseCSV(r io.Reader, name string, delim rune) (*Table, error) {
	if name == "" {
		name = "dataset"
	}
	cr := csv.NewReader(r)
	cr.Comma = delim
	cr.ReuseRecord = false
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty file: want a header row", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff") // pandas drops a UTF-8 BOM
	}
	seen := map[string]bool{}
	for i, h := range header {
		if !utf8.ValidString(h) {
			return nil, fmt.Errorf("%s:1: column %d: invalid UTF-8 in the header", name, i)
		}
		if h == "" {
			return nil, fmt.Errorf("%s:1: column %d has no name", name, i)
		}
		if seen[h] {
			return nil, fmt.Errorf("%s:1: column %q appears twice in the header", name, h)
		}
		seen[h] = true
	}
	t := &Table{Name: name, Columns: header, Lines: []int{}}
	var raw [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		for j, f := range rec {
			if !utf8.ValidString(f) {
				return nil, fmt.Errorf("%s:%d: column %q: invalid UTF-8", name, line, header[j])
			}
		}
		raw = append(raw, rec)
		t.Lines = append(t.Lines, line)
	}
	t.Rows = make([][]Value, len(raw))
	for i := range t.Rows {
		t.Rows[i] = make([]Value, len(header))
	}
	for j := range header {
		kind := inferCSVKind(raw, j)
		for i, rec := range raw {
			t.Rows[i][j] = csvValue(rec[j], kind)
		}
	}
	return t, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %w", name, pe.Line, pe.Column, pe.Err) // line:character, as encoding/csv counts
	}
	return fmt.Errorf("%s: %w", name, err)
}

// csvNA are pandas' default NA strings (read_csv's na_values).
var csvNA = map[string]bool{
	"": true, "#N/A": true, "#N/A N/A": true, "#NA": true, "-1.#IND": true, "-1.#QNAN": true,
	"-NaN": true, "-nan": true, "1.#IND": true, "1.#QNAN": true, "<NA>": true, "N/A": true,
	"NA": true, "NULL": true, "NaN": true, "None": true, "n/a": true, "nan": true, "null": true,
}

var csvTrue = map[string]bool{"True": true, "TRUE": true, "true": true}
var csvFalse = map[string]bool{"False": true, "FALSE": true, "false": true}

// inferCSVKind is the narrowest kind every non-NA field of column j fits.
func inferCSVKind(raw [][]string, j int) Kind {
	isInt, isFloat, isBool, any := true, true, true, false
	for _, rec := range raw {
		f := rec[j]
		if csvNA[f] {
			continue
		}
		any = true
		s := strings.TrimSpace(f)
		if isInt {
			if _, err := strconv.ParseInt(s, 10, 64); err != nil {
				isInt = false
			}
		}
		if isFloat && !isInt {
			if _, err := strconv.ParseFloat(s, 64); err != nil {
				isFloat = false
			}
		}
		if isBool && !csvTrue[f] && !csvFalse[f] {
			isBool = false
		}
		if !isInt && !isFloat && !isBool {
			return String
		}
	}
	switch {
	case !any:
		return Null
	case isBool:
		return Bool
	case isInt:
		return Int
	case isFloat:
		return Float
	}
	return String
}

func csvValue(f string, kind Kind) Value {
	if csvNA[f] {
		return Value{}
	}
	s := strings.TrimSpace(f)
	switch kind {
	case Int:
		v, _ := strconv.ParseInt(s, 10, 64)
		return IntValue(v)
	case Float:
		v, _ := strconv.ParseFloat(s, 64)
		return FloatValue(v)
	case Bool:
		return BoolValue(csvTrue[f])
	}
	return StringValue(f)
}

// ParseText reads a text file as HF datasets' "text" builder does, after
// Python's universal-newline decoding ("\r\n" and "\r" read as "\n"):
//
//   - SampleBy "line" (default): one row per line, column "text"; the
//     line's "\n" is dropped unless KeepLinebreaks; empty lines are rows
//     (""), a final line without "\n" is a row, and a file ending in "\n"
//     has no empty last row.
//   - "paragraph": the text split on "\n\n", empty pieces dropped; single
//     line breaks stay inside a paragraph (the last one keeps the file's
//     final "\n").
//   - "document": one row holding the whole file.
//
// Invalid UTF-8 is an error naming name:line (Python decodes strictly). An
// empty file has no rows in line and paragraph mode and one empty row in
// document mode, as HF. Lines holds each row's first line.
func ParseText(r io.Reader, name string, opts TextOptions) (*Table, error) {
	if name == "" {
		name = "dataset"
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			c, size := utf8.DecodeRune(data[i:])
			if c == utf8.RuneError && size <= 1 {
				break
			}
			if c == '\n' || c == '\r' && (i+1 >= len(data) || data[i+1] != '\n') {
				line++
			}
			i += size
		}
		return nil, fmt.Errorf("%s:%d: invalid UTF-8 (the text builder decodes utf-8 strictly)", name, line)
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	t := &Table{Name: name, Columns: []string{"text"}, Lines: []int{}}
	add := func(s string, line int) {
		t.Rows = append(t.Rows, []Value{StringValue(s)})
		t.Lines = append(t.Lines, line)
	}
	switch opts.SampleBy {
	case "", "line":
		line := 1
		for len(text) > 0 {
			i := strings.IndexByte(text, '\n')
			var s string
			if i < 0 {
				s, text = text, ""
			} else {
				s, text = text[:i+1], text[i+1:]
			}
			if !opts.KeepLinebreaks {
				s = strings.TrimSuffix(s, "\n")
			}
			add(s, line)
			line++
		}
	case "paragraph":
		line := 1
		for _, p := range strings.Split(text, "\n\n") {
			if p != "" {
				add(p, line)
			}
			line += strings.Count(p, "\n") + 2
		}
	case "document":
		add(text, 1) // also for an empty file, as HF

	default:
		return nil, fmt.Errorf("%s: sample_by %q: want line, paragraph or document", name, opts.SampleBy)
	}
	return t, nil
}
