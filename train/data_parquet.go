package train

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/parquet-go/parquet-go"
)

// ReadParquet reads a Parquet file (see ParseParquet).
func ReadParquet(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return ParseParquet(f, st.Size(), path)
}

// ParseParquet reads a Parquet file of size bytes into a Table: one column
// per top-level field, in schema order. String and binary columns are
// String, integer columns (signed or not, up to 64 bits; an unsigned value
// above int64 is an error) Int, float and double Float, boolean Bool,
// LIST and repeated columns List (of any of these), an empty optional
// field Null. Struct and map columns, a file that is not Parquet, and a
// decoding failure are errors naming name, the row and the column; it never
// panics (parquet-go's panics on malformed files are recovered into
// errors).
func ParseParquet(r io.ReaderAt, size int64, name string) (t *Table, err error) {
	if name == "" {
		name = "dataset"
	}
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("%s: malformed Parquet file: %v", name, p)
		}
	}()
	f, err := parquet.OpenFile(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t = &Table{Name: name}
	for _, fl := range f.Schema().Fields() {
		t.Columns = append(t.Columns, fl.Name())
	}
	rd := parquet.NewReader(f)
	defer rd.Close()
	for i := 0; ; i++ {
		m := map[string]any{}
		if err := rd.Read(&m); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, fmt.Errorf("%s: row %d: %w", name, i, err)
		}
		row := make([]Value, len(t.Columns))
		for j, c := range t.Columns {
			v, err := parquetValue(m[c])
			if err != nil {
				return nil, fmt.Errorf("%s: row %d: column %q: %w", name, i, c, err)
			}
			row[j] = v
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// parquetValue converts what parquet-go reconstructs into a map[string]any.
func parquetValue(x any) (Value, error) {
	switch v := x.(type) {
	case nil:
		return Value{}, nil
	case string:
		return StringValue(v), nil
	case []byte:
		return StringValue(string(v)), nil
	case bool:
		return BoolValue(v), nil
	case int:
		return IntValue(int64(v)), nil
	case int8:
		return IntValue(int64(v)), nil
	case int16:
		return IntValue(int64(v)), nil
	case int32:
		return IntValue(int64(v)), nil
	case int64:
		return IntValue(v), nil
	case uint8:
		return IntValue(int64(v)), nil
	case uint16:
		return IntValue(int64(v)), nil
	case uint32:
		return IntValue(int64(v)), nil
	case uint64:
		if v > math.MaxInt64 {
			return Value{}, fmt.Errorf("unsigned value %d does not fit int64", v)
		}
		return IntValue(int64(v)), nil
	case float32:
		return FloatValue(float64(v)), nil
	case float64:
		return FloatValue(v), nil
	case []any:
		l := make([]Value, len(v))
		for i, e := range v {
			ev, err := parquetValue(e)
			if err != nil {
				return Value{}, fmt.Errorf("value %d: %w", i, err)
			}
			l[i] = ev
		}
		return ListValue(l...), nil
	case map[string]any:
		return Value{}, fmt.Errorf("struct and map columns are not supported (want string, integer, float, bool or list)")
	}
	return Value{}, fmt.Errorf("unsupported Parquet value of Go type %T", x)
}
