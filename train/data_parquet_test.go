package train

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

type pqRow struct {
	Text  string   `parquet:"text"`
	N     int64    `parquet:"n"`
	Small int32    `parquet:"small"`
	F     float64  `parquet:"f"`
	F32   float32  `parquet:"f32"`
	IDs   []int64  `parquet:"ids,list"`
	Tags  []string `parquet:"tags"`
	Opt   *string  `parquet:"opt,optional"`
	Flag  bool     `parquet:"flag"`
}

func writeParquet(t *testing.T, rows any) []byte {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch r := rows.(type) {
	case []pqRow:
		err = parquet.Write(&buf, r)
	case []pqNested:
		err = parquet.Write(&buf, r)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type pqNested struct {
	Meta struct {
		A int64 `parquet:"a"`
	} `parquet:"meta"`
}

func TestReadParquet(t *testing.T) {
	s := "x"
	data := writeParquet(t, []pqRow{
		{Text: "hello", N: 3, Small: -4, F: 1.5, F32: 0.25, IDs: []int64{1, 2}, Tags: []string{"a", "b"}, Opt: &s, Flag: true},
		{Text: "", N: -1, IDs: nil, Tags: nil},
	})
	path := filepath.Join(t.TempDir(), "d.parquet")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tb, err := ReadTable(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"text", "n", "small", "f", "f32", "ids", "tags", "opt", "flag"}; !reflect.DeepEqual(tb.Columns, want) {
		t.Fatalf("columns %q, want %q", tb.Columns, want)
	}
	want := [][]Value{
		{StringValue("hello"), IntValue(3), IntValue(-4), FloatValue(1.5), FloatValue(0.25), IntListValue([]int64{1, 2}), ListValue(StringValue("a"), StringValue("b")), StringValue("x"), BoolValue(true)},
		{StringValue(""), IntValue(-1), IntValue(0), FloatValue(0), FloatValue(0), ListValue(), ListValue(), {}, BoolValue(false)},
	}
	if !reflect.DeepEqual(tb.Rows, want) {
		t.Errorf("rows %#v\nwant %#v", tb.Rows, want)
	}
	if got := tb.Where(1); got != path+": row 1" {
		t.Errorf("Where: %q", got)
	}
}

func TestReadParquetErrors(t *testing.T) {
	good := writeParquet(t, []pqRow{{Text: "a", IDs: []int64{1}}})
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not parquet", []byte("text,label\nx,1\n"), "d.parquet:"},
		{"truncated", good[:len(good)/2], "d.parquet:"},
		{"empty", nil, "d.parquet:"},
		{"struct column", writeParquet(t, []pqNested{{}}), `d.parquet: row 0: column "meta": struct and map columns are not supported`},
	}
	for _, c := range cases {
		_, err := ParseParquet(bytes.NewReader(c.data), int64(len(c.data)), "d.parquet")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// FuzzParseParquet: malformed files are errors, never panics (parquet-go's
// own panics are recovered).
func FuzzParseParquet(f *testing.F) {
	var buf bytes.Buffer
	s := "x"
	if err := parquet.Write(&buf, []pqRow{{Text: "a", N: 1, IDs: []int64{1, 2}, Tags: []string{"t"}, Opt: &s}}); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)-9])
	f.Add([]byte("PAR1PAR1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ParseParquet(bytes.NewReader(data), int64(len(data)), "f.parquet")
		if err != nil {
			return
		}
		for i, r := range tb.Rows {
			if len(r) != len(tb.Columns) {
				t.Fatalf("row %d has %d values for %d columns", i, len(r), len(tb.Columns))
			}
		}
	})
}
