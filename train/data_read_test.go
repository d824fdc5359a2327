package train

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func strRows(t *testing.T, tb *Table) []string {
	t.Helper()
	s, err := tb.Strings("text")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The text builder's rows follow datasets' text.py: universal newlines,
// rstrip("\n") per line unless keep_linebreaks, empty lines kept,
// paragraphs split on "\n\n" with empty pieces dropped.
func TestParseText(t *testing.T) {
	cases := []struct {
		name, src string
		opts      TextOptions
		want      []string
		lines     []int
	}{
		{"lines", "a\nb\n", TextOptions{}, []string{"a", "b"}, []int{1, 2}},
		{"no final newline", "a\nb", TextOptions{}, []string{"a", "b"}, []int{1, 2}},
		{"empty lines kept", "a\n\nb\n", TextOptions{}, []string{"a", "", "b"}, []int{1, 2, 3}},
		{"one newline", "\n", TextOptions{}, []string{""}, []int{1}},
		{"empty", "", TextOptions{}, nil, nil},
		{"universal newlines", "a\r\nb\rc", TextOptions{}, []string{"a", "b", "c"}, []int{1, 2, 3}},
		{"spaces kept", "  x \t\n", TextOptions{}, []string{"  x \t"}, []int{1}},
		{"keep_linebreaks", "a\r\n\nb", TextOptions{KeepLinebreaks: true}, []string{"a\n", "\n", "b"}, []int{1, 2, 3}},
		{"paragraphs", "p1 l1\np1 l2\n\n\n\np2\n", TextOptions{SampleBy: "paragraph"}, []string{"p1 l1\np1 l2", "p2\n"}, []int{1, 6}},
		{"paragraphs odd newlines", "a\n\n\nb", TextOptions{SampleBy: "paragraph"}, []string{"a", "\nb"}, []int{1, 3}},
		{"document", "a\r\n\nb\n", TextOptions{SampleBy: "document"}, []string{"a\n\nb\n"}, []int{1}},
		{"empty document", "", TextOptions{SampleBy: "document"}, []string{""}, []int{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, err := ParseText(strings.NewReader(c.src), "d.txt", c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := strRows(t, tb); !reflect.DeepEqual(got, append([]string{}, c.want...)) && !(len(got) == 0 && len(c.want) == 0) {
				t.Errorf("rows %q, want %q", got, c.want)
			}
			if !reflect.DeepEqual(tb.Lines, append([]int{}, c.lines...)) {
				t.Errorf("lines %v, want %v", tb.Lines, c.lines)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	_, err := ParseText(strings.NewReader("ok\nbad \xff\n"), "d.txt", TextOptions{})
	if err == nil || !strings.Contains(err.Error(), "d.txt:2: invalid UTF-8") {
		t.Errorf("invalid UTF-8: %v", err)
	}
	_, err = ParseText(strings.NewReader("x"), "d.txt", TextOptions{SampleBy: "word"})
	if err == nil || !strings.Contains(err.Error(), `sample_by "word"`) {
		t.Errorf("bad sample_by: %v", err)
	}
}

func TestParseCSVInfersPandasTypes(t *testing.T) {
	src := "\ufefftext,label,score,flag,empty\n" +
		"\"hello, world\",1,0.5,True,\n" +
		"\"multi\nline\",2,NA,false,\n" +
		"plain,,1e3,True,null\n"
	tb, err := ParseCSV(strings.NewReader(src), "d.csv", ',')
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"text", "label", "score", "flag", "empty"}; !reflect.DeepEqual(tb.Columns, want) {
		t.Fatalf("columns %q, want %q", tb.Columns, want)
	}
	want := [][]Value{
		{StringValue("hello, world"), IntValue(1), FloatValue(0.5), BoolValue(true), {}},
		{StringValue("multi\nline"), IntValue(2), {}, BoolValue(false), {}},
		{StringValue("plain"), {}, FloatValue(1000), BoolValue(true), {}},
	}
	if !reflect.DeepEqual(tb.Rows, want) {
		t.Errorf("rows %v\nwant %v", tb.Rows, want)
	}
	if !reflect.DeepEqual(tb.Lines, []int{2, 3, 5}) {
		t.Errorf("lines %v, want [2 3 5] (the quoted field spans lines 3-4)", tb.Lines)
	}
	tsv, err := ParseCSV(strings.NewReader("a\tb\nx y\t3\n"), "d.tsv", '\t')
	if err != nil || !reflect.DeepEqual(tsv.Rows, [][]Value{{StringValue("x y"), IntValue(3)}}) {
		t.Errorf("tsv: %v %v", tsv, err)
	}
}

func TestParseCSVErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"", "d.csv: empty file"},
		{"a,b\n1,2\n3\n", "d.csv:3:1: wrong number of fields"},
		{"a,a\n1,2\n", `d.csv:1: column "a" appears twice`},
		{"a,\n1,2\n", "d.csv:1: column 1 has no name"},
		{"a\n\"x\n", "d.csv:2:4: extraneous or missing \" in quoted-field"},
		{"a,b\n1,x\xfe\n", `d.csv:2: column "b": invalid UTF-8`},
	}
	for _, c := range cases {
		_, err := ParseCSV(strings.NewReader(c.src), "d.csv", ',')
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.src, err, c.want)
		}
	}
}

func TestParseJSONLTable(t *testing.T) {
	src := `{"text": "a", "id": 1}

{"id": 2.5, "extra": [1, "x", null], "text": null}
{"text": "c", "ok": true, "big": 12345678901234567890}`
	tb, err := ParseJSONLTable(strings.NewReader(src), "d.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"text", "id", "extra", "ok", "big"}; !reflect.DeepEqual(tb.Columns, want) {
		t.Fatalf("columns %q, want %q (first appearance order)", tb.Columns, want)
	}
	want := [][]Value{
		{StringValue("a"), IntValue(1), {}, {}, {}},
		{{}, FloatValue(2.5), ListValue(IntValue(1), StringValue("x"), Value{}), {}, {}},
		{StringValue("c"), {}, {}, BoolValue(true), FloatValue(12345678901234567890)},
	}
	if !reflect.DeepEqual(tb.Rows, want) {
		t.Errorf("rows %v\nwant %v", tb.Rows, want)
	}
	if !reflect.DeepEqual(tb.Lines, []int{1, 3, 4}) {
		t.Errorf("lines %v", tb.Lines)
	}
	if _, err := tb.Strings("text"); err == nil || !strings.Contains(err.Error(), `d.jsonl:3: column "text": want a string, got null`) {
		t.Errorf("Strings on a null: %v", err)
	}
	if _, err := tb.Column("txt"); err == nil || !strings.Contains(err.Error(), `no column "txt" (columns: text, id, extra, ok, big)`) {
		t.Errorf("Column: %v", err)
	}
}

func TestParseJSONLTableErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"", "d.jsonl: no rows"},
		{"{\"a\": 1}\n[1]", "d.jsonl:2: not a JSON object but an array"},
		{"7", "d.jsonl:1: not a JSON object: starts with 7"},
		{`{"a": 1, "a": 2}`, `d.jsonl:1: field "a" appears twice`},
		{`{"a": {"b": 1}}`, `d.jsonl:1: field "a": nested objects are not supported`},
		{`{"a": [1, {"b": 1}]}`, `d.jsonl:1: field "a": value 1: nested objects`},
		{`{"a": 1} x`, "d.jsonl:1: text after the JSON object"},
		{`{"a": 1`, "d.jsonl:1: not a JSON object"},
		{`{"a": 1e999}`, `d.jsonl:1: field "a": number 1e999 is out of float64 range`},
	}
	for _, c := range cases {
		_, err := ParseJSONLTable(strings.NewReader(c.src), "d.jsonl")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.src, err, c.want)
		}
	}
}

func TestReadTableByExtension(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"a.jsonl": `{"text": "j"}`, "a.csv": "text\nc\n", "a.txt": "t\n", "a.tsv": "text\ns\n"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, want := range map[string]string{"a.jsonl": "j", "a.csv": "c", "a.txt": "t", "a.tsv": "s"} {
		tb, err := ReadTable(filepath.Join(dir, name), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strRows(t, tb); len(got) != 1 || got[0] != want {
			t.Errorf("%s: %q", name, got)
		}
	}
	if _, err := ReadTable(filepath.Join(dir, "a.xml"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), `unknown dataset format ".xml"`) {
		t.Errorf("unknown extension: %v", err)
	}
}
