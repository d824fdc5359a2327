package train

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseText: no panics; in line mode the rows joined by "\n" give back
// the newline-normalized text (less one final "\n").
func FuzzParseText(f *testing.F) {
	for _, s := range []string{"", "\n", "a\nb", "a\r\n\rb\n\n", "p\n\n\nq\n", "\xff", "x\r"} {
		f.Add([]byte(s), false, uint8(0))
	}
	f.Add([]byte("a\n\nb"), true, uint8(1))
	f.Add([]byte("doc\r\n"), false, uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, keep bool, mode uint8) {
		opts := TextOptions{KeepLinebreaks: keep, SampleBy: []string{"line", "paragraph", "document", "bogus"}[mode%4]}
		tb, err := ParseText(bytes.NewReader(data), "f.txt", opts)
		if err != nil {
			if utf8.Valid(data) && opts.SampleBy != "bogus" {
				t.Fatalf("valid input rejected: %v", err)
			}
			return
		}
		if len(tb.Rows) != len(tb.Lines) {
			t.Fatalf("%d rows, %d lines", len(tb.Rows), len(tb.Lines))
		}
		if opts.SampleBy != "line" {
			return
		}
		norm := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
		rows := strRows(t, tb)
		var joined string
		if keep {
			joined = strings.Join(rows, "")
		} else {
			joined = strings.Join(rows, "\n")
			if strings.HasSuffix(norm, "\n") {
				joined += "\n"
			}
		}
		if joined != norm {
			t.Fatalf("rows %q do not give back %q", rows, norm)
		}
	})
}

// FuzzParseCSV: no panics; a table has one value per column in every row.
func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{"", "a\n", "a,b\n1,2\n", "a,b\n\"x,\ny\",NA\n", "a\n\"", "a,a\n", "t\n1\n2.5\nTrue\n", "\ufeffx\n\xff\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ParseCSV(bytes.NewReader(data), "f.csv", ',')
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.csv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for i, r := range tb.Rows {
			if len(r) != len(tb.Columns) {
				t.Fatalf("row %d has %d values for %d columns", i, len(r), len(tb.Columns))
			}
		}
	})
}

// FuzzParseJSONLTable: no panics; a table has one value per column in
// every row and one line per row.
func FuzzParseJSONLTable(f *testing.F) {
	for _, s := range []string{"", `{"a": 1}`, "{\"a\": [1, 2.5, \"x\", null]}\n{\"b\": true}", `{"a": {"b": 1}}`, `{"a": 1, "a": 2}`, `[1]`, `{"a": 1e999}`, "{}\n{}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ParseJSONLTable(bytes.NewReader(data), "f.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(tb.Lines) != len(tb.Rows) {
			t.Fatalf("%d rows, %d lines", len(tb.Rows), len(tb.Lines))
		}
		for i, r := range tb.Rows {
			if len(r) != len(tb.Columns) {
				t.Fatalf("row %d has %d values for %d columns", i, len(r), len(tb.Columns))
			}
		}
	})
}
