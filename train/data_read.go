package train

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// TextOptions are the options of HF datasets' "text" builder.
type TextOptions struct {
	// KeepLinebreaks keeps each line's "\n" (keep_linebreaks).
	KeepLinebreaks bool
	// SampleBy is "line" (default, ""), "paragraph" or "document".
	SampleBy string
}

// ReadOptions choose how ReadTable reads a file.
type ReadOptions struct {
	// Format is "json" (JSON lines), "csv", "tsv", "text" or "parquet";
	// "" picks it from the extension (.jsonl/.json, .csv, .tsv, .txt/.text,
	// .parquet), as HF's load_dataset does from data_files.
	Format string
	// Text configures the text format.
	Text TextOptions
}

// ReadTable reads a raw dataset file into a Table (see ParseJSONLTable,
// ParseCSV, ParseText, ReadParquet for each format's rules).
func ReadTable(path string, opts ReadOptions) (*Table, error) {
	format := opts.Format
	if format == "" {
		switch ext := strings.ToLower(filepath.Ext(path)); ext {
		case ".jsonl", ".json":
			format = "json"
		case ".csv":
			format = "csv"
		case ".tsv":
			format = "tsv"
		case ".txt", ".text":
			format = "text"
		case ".parquet":
			format = "parquet"
		default:
			return nil, fmt.Errorf("%s: unknown dataset format %q: want .jsonl, .json, .csv, .tsv, .txt or .parquet, or name the format", path, ext)
		}
	}
	if format == "parquet" {
		return ReadParquet(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch format {
	case "json", "jsonl":
		return ParseJSONLTable(f, path)
	case "csv":
		return ParseCSV(f, path, ',')
	case "tsv":
		return ParseCSV(f, path, '\t')
	case "text":
		return ParseText(f, path, opts.Text)
	}
	return nil, fmt.Errorf("%s: unknown dataset format %q: want json, csv, tsv, text or parquet", path, format)
}

// ParseJSONLTable reads JSON lines with any columns: each non-blank line is
// one JSON object whose fields are the row's columns. Columns are the union
// of every row's fields in order of first appearance; a row without a field
// holds Null there. Numbers written without '.' or exponent that fit int64
// are Int, others Float; arrays are List. A nested object, a duplicate
// field, a line that is not one JSON object, and a file without rows are
// errors naming name:line and the field. It never panics.
func ParseJSONLTable(r io.Reader, name string) (*Table, error) {
	if name == "" {
		name = "dataset"
	}
	t := &Table{Name: name, Lines: []int{}}
	col := map[string]int{}
	err := forEachJSONLine(r, name, func(line int, text []byte) error {
		keys, vals, err := parseObjectLine(text)
		if err != nil {
			return err
		}
		row := make([]Value, len(t.Columns), len(t.Columns)+len(keys))
		for k, key := range keys {
			c, ok := col[key]
			if !ok {
				c = len(t.Columns)
				col[key] = c
				t.Columns = append(t.Columns, key)
				for i := range t.Rows { // earlier rows lack it
					t.Rows[i] = append(t.Rows[i], Value{})
				}
				row = append(row, Value{})
			}
			row[c] = vals[k]
		}
		t.Rows = append(t.Rows, row)
		t.Lines = append(t.Lines, line)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// parseObjectLine decodes one JSON object, keeping its field order.
func parseObjectLine(text []byte) ([]string, []Value, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if d == '[' {
			return nil, nil, fmt.Errorf("not a JSON object but an array: kiln reads JSON lines, one object per line")
		}
		return nil, nil, fmt.Errorf("not a JSON object: starts with %v", tok)
	}
	var keys []string
	var vals []Value
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("not a JSON object: %w", err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, nil, fmt.Errorf("not a JSON object: key %v", tok)
		}
		if seen[key] {
			return nil, nil, fmt.Errorf("field %q appears twice", key)
		}
		seen[key] = true
		var raw any
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, fmt.Errorf("field %q: %w", key, err)
		}
		v, err := jsonValue(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("field %q: %w", key, err)
		}
		keys, vals = append(keys, key), append(vals, v)
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("text after the JSON object (one object per line)")
	}
	return keys, vals, nil
}

// jsonValue converts a decoded JSON value (numbers as json.Number).
func jsonValue(raw any) (Value, error) {
	switch x := raw.(type) {
	case nil:
		return Value{}, nil
	case string:
		return StringValue(x), nil
	case bool:
		return BoolValue(x), nil
	case json.Number:
		return numberValue(string(x))
	case []any:
		l := make([]Value, len(x))
		for i, e := range x {
			v, err := jsonValue(e)
			if err != nil {
				return Value{}, fmt.Errorf("value %d: %w", i, err)
			}
			l[i] = v
		}
		return ListValue(l...), nil
	case map[string]any:
		return Value{}, fmt.Errorf("nested objects are not supported (want a string, number, bool, null or list)")
	}
	return Value{}, fmt.Errorf("unexpected JSON value %T", raw)
}

// numberValue reads a JSON number literal as Python's json does: integers
// without '.' or exponent, floats otherwise.
func numberValue(s string) (Value, error) {
	if !strings.ContainsAny(s, ".eE") {
		if v, err := strconv.ParseInt(s, 10, 64); err == nil {
			return IntValue(v), nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return Value{}, fmt.Errorf("number %s is out of float64 range", s)
	}
	return FloatValue(f), nil
}
