package train

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Kind is the type of one Value of a Table.
type Kind int

const (
	// Null is a missing value (JSON null, an empty optional Parquet field).
	Null Kind = iota
	// String is text.
	String
	// Int is an integer (a JSON number without '.' or exponent, a Parquet
	// integer column).
	Int
	// Float is any other number.
	Float
	// Bool is true or false.
	Bool
	// List is a list of values (a JSON array, a Parquet LIST or repeated
	// column).
	List
)

// String names the kind in errors.
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case String:
		return "string"
	case Int:
		return "integer"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case List:
		return "list"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one cell of a Table: the field that Kind names holds it.
type Value struct {
	Kind  Kind
	Str   string
	Int   int64
	Float float64
	Bool  bool
	List  []Value
}

// StringValue, IntValue, FloatValue and ListValue build Values.
func StringValue(s string) Value { return Value{Kind: String, Str: s} }
func IntValue(v int64) Value     { return Value{Kind: Int, Int: v} }
func FloatValue(v float64) Value { return Value{Kind: Float, Float: v} }
func BoolValue(b bool) Value     { return Value{Kind: Bool, Bool: b} }
func ListValue(vs ...Value) Value {
	if len(vs) == 0 {
		vs = nil // one form for an empty list
	}
	return Value{Kind: List, List: vs}
}

func IntListValue(vs []int64) Value {
	l := make([]Value, len(vs))
	for i, v := range vs {
		l[i] = IntValue(v)
	}
	return ListValue(l...)
}

// Number returns an Int or Float value as float64.
func (v Value) Number() (float64, bool) {
	switch v.Kind {
	case Int:
		return float64(v.Int), true
	case Float:
		return v.Float, true
	}
	return 0, false
}

// Ints returns a list of integers (an Int list, or a Float list whose
// values are all integral, as Parquet may store them).
func (v Value) Ints() ([]int64, error) {
	if v.Kind != List {
		return nil, fmt.Errorf("want a list of integers, got %s", v.Kind)
	}
	out := make([]int64, len(v.List))
	for i, e := range v.List {
		switch {
		case e.Kind == Int:
			out[i] = e.Int
		case e.Kind == Float && e.Float == math.Trunc(e.Float) && math.Abs(e.Float) < 1<<53:
			out[i] = int64(e.Float)
		default:
			return nil, fmt.Errorf("value %d: want an integer, got %s", i, e)
		}
	}
	return out, nil
}

// String formats the value for errors (JSON-like, long values shortened).
func (v Value) String() string {
	var b strings.Builder
	v.format(&b)
	s := b.String()
	if len(s) > 60 {
		s = s[:60] + "..."
	}
	return s
}

func (v Value) format(b *strings.Builder) {
	switch v.Kind {
	case Null:
		b.WriteString("null")
	case String:
		b.WriteString(strconv.Quote(v.Str))
	case Int:
		b.WriteString(strconv.FormatInt(v.Int, 10))
	case Float:
		b.WriteString(strconv.FormatFloat(v.Float, 'g', -1, 64))
	case Bool:
		b.WriteString(strconv.FormatBool(v.Bool))
	case List:
		b.WriteByte('[')
		for i, e := range v.List {
			if i > 0 {
				b.WriteString(", ")
			}
			if b.Len() > 64 {
				b.WriteString("...")
				break
			}
			e.format(b)
		}
		b.WriteByte(']')
	}
}

// Table is a raw dataset: rows of named columns, as HF datasets' Dataset
// holds them before tokenization. Every row has one value per column (Null
// where a JSONL row lacks the field).
type Table struct {
	// Name is the source (a file path) in errors; "" for a table built in
	// code.
	Name string
	// Columns are the column names, in file order (JSONL: order of first
	// appearance).
	Columns []string
	// Rows holds len(Columns) values per row.
	Rows [][]Value
	// Lines is the 1-based source line of each row (JSONL, CSV, text) or nil
	// (Parquet, tables built in code: errors then name the row index).
	Lines []int
	// Files is each row's source file when the rows come from several
	// (ReadTables); nil when Name is every row's. Lines then holds each
	// row's line in its file, or with RowNumbers its 0-based row index
	// there (Parquet).
	Files      []string
	RowNumbers bool
}

// Len is the number of rows.
func (t *Table) Len() int { return len(t.Rows) }

// Where names row i for errors: "file:line", "file: row i" or "row i".
func (t *Table) Where(i int) string {
	switch {
	case t.Files != nil && i < len(t.Files) && t.Lines != nil && i < len(t.Lines):
		if t.RowNumbers {
			return fmt.Sprintf("%s: row %d", t.Files[i], t.Lines[i])
		}
		return fmt.Sprintf("%s:%d", t.Files[i], t.Lines[i])
	case t.Lines != nil && i < len(t.Lines) && t.Name != "":
		return fmt.Sprintf("%s:%d", t.Name, t.Lines[i])
	case t.Name != "":
		return fmt.Sprintf("%s: row %d", t.Name, i)
	}
	return fmt.Sprintf("row %d", i)
}

// Column returns the index of the named column; a missing one is an error
// that lists the table's columns.
func (t *Table) Column(name string) (int, error) {
	for i, c := range t.Columns {
		if c == name {
			return i, nil
		}
	}
	src := t.Name
	if src == "" {
		src = "table"
	}
	return -1, fmt.Errorf("%s: no column %q (columns: %s)", src, name, strings.Join(t.Columns, ", "))
}

// Strings returns the named column as text; a row whose value is not a
// string is an error naming the row and the column.
func (t *Table) Strings(column string) ([]string, error) {
	c, err := t.Column(column)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		if r[c].Kind != String {
			return nil, fmt.Errorf("%s: column %q: want a string, got %s", t.Where(i), column, r[c])
		}
		out[i] = r[c].Str
	}
	return out, nil
}

// Select returns a table of the rows at idx, in that order (rows are
// shared, not copied). Indices out of range are an error.
func (t *Table) Select(idx []int) (*Table, error) {
	out := &Table{Name: t.Name, Columns: t.Columns, Rows: make([][]Value, len(idx)), RowNumbers: t.RowNumbers}
	if t.Lines != nil {
		out.Lines = make([]int, len(idx))
	}
	if t.Files != nil {
		out.Files = make([]string, len(idx))
	}
	for k, i := range idx {
		if i < 0 || i >= len(t.Rows) {
			return nil, fmt.Errorf("select: index %d is outside [0, %d)", i, len(t.Rows))
		}
		out.Rows[k] = t.Rows[i]
		if t.Lines != nil {
			out.Lines[k] = t.Lines[i]
		}
		if t.Files != nil {
			out.Files[k] = t.Files[i]
		}
	}
	return out, nil
}

// Shuffle returns the rows in the order Permutation(Len(), seed) gives.
func (t *Table) Shuffle(seed uint64) *Table {
	out, _ := t.Select(Permutation(t.Len(), seed)) // a permutation is in range
	return out
}
