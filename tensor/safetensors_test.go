package tensor

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// f32bytes encodes float32 values little-endian.
func f32bytes(vals ...float32) []byte {
	b := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

// fileOf assembles a safetensors file from a header string and data.
func fileOf(header string, data []byte) []byte {
	b := make([]byte, 8, 8+len(header)+len(data))
	binary.LittleEndian.PutUint64(b, uint64(len(header)))
	return append(append(b, header...), data...)
}

// The Rust safetensors crate's own serialization vectors: kiln must write
// exactly these bytes.
func TestWriteMatchesRustVectors(t *testing.T) {
	six, _ := FromFloat32(ir.Shape{1, 2, 3}, []float32{0, 1, 2, 3, 4, 5})
	six4, _ := FromFloat32(ir.Shape{1, 1, 2, 3}, []float32{0, 1, 2, 3, 4, 5})
	tests := []struct {
		name    string
		tensors map[string]*Tensor
		meta    map[string]string
		want    []byte
	}{
		{"one tensor", map[string]*Tensor{"attn.0": six}, nil,
			fileOf(`{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}`, f32bytes(0, 1, 2, 3, 4, 5))},
		{"padding", map[string]*Tensor{"attn0": six4}, nil,
			fileOf(`{"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}}       `, f32bytes(0, 1, 2, 3, 4, 5))},
		{"empty", nil, nil, fileOf(`{}      `, nil)},
		{"metadata only", nil, map[string]string{"framework": "pt"}, fileOf(`{"__metadata__":{"framework":"pt"}}     `, nil)},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := WriteSafetensors(&buf, tc.tensors, tc.meta); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !bytes.Equal(buf.Bytes(), tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, buf.Bytes(), tc.want)
		}
	}
}

func TestRoundTripEveryDType(t *testing.T) {
	tensors := map[string]*Tensor{}
	vals := []float64{1, -2, 0, 3.25, 5, -7}
	for _, dt := range ir.AllDTypes() {
		x, err := FromFloat64(dt, ir.Shape{3, 2}, vals)
		if err != nil {
			t.Fatal(err)
		}
		tensors["t_"+dt.String()] = x
	}
	tensors["scalar"], _ = ScalarFloat64(ir.Float32, 42)
	tensors["empty"], _ = New(ir.Float16, ir.Shape{0, 4})
	tensors["weird \"name\"\n\\ é"], _ = FromBool(ir.Shape{1}, []bool{true})
	meta := map[string]string{"format": "pt", "b": "x\"y"}
	path := filepath.Join(t.TempDir(), "x.safetensors")
	if err := WriteSafetensorsFile(path, tensors, meta); err != nil {
		t.Fatal(err)
	}
	got, gotMeta, err := ReadSafetensors(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(tensors) || len(gotMeta) != 2 || gotMeta["b"] != "x\"y" {
		t.Fatalf("read back %d tensors, metadata %v", len(got), gotMeta)
	}
	for name, want := range tensors {
		if !got[name].Equal(want) {
			t.Errorf("%q: got %v want %v", name, got[name], want)
		}
	}
	// Layout: descending alignment, every tensor aligned to its element size.
	raw, _ := os.ReadFile(path)
	h, err := ReadSafetensorsHeader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	if h.DataOffset%8 != 0 {
		t.Errorf("data offset %d not 8-aligned", h.DataOffset)
	}
	for _, e := range h.Entries {
		if e.Begin%int64(e.DType.Size()) != 0 {
			t.Errorf("%s (%v) at unaligned offset %d", e.Name, e.DType, e.Begin)
		}
	}
	if h.Entries[0].DType != ir.Int64 || h.Entries[len(h.Entries)-1].DType != ir.Bool {
		t.Errorf("layout order %v ... %v, want i64 first and bool last", h.Entries[0].DType, h.Entries[len(h.Entries)-1].DType)
	}
}

func TestParseHeaderRejects(t *testing.T) {
	ok := `"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`
	tests := []struct {
		name     string
		header   string
		dataSize int64
		wantErr  string
	}{
		{"not json", `{"a":`, 8, `"a": bad header JSON`},
		{"not object", `[1,2]`, 0, "not a JSON object"},
		{"unknown dtype", `{"a":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]}}`, 2, `"a": unsupported dtype "F8_E4M3"`},
		{"lowercase dtype", `{"a":{"dtype":"f32","shape":[2],"data_offsets":[0,8]}}`, 8, `unsupported dtype`},
		{"negative dim", `{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}`, 8, "negative dimension"},
		{"fractional dim", `{"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,6]}}`, 6, `"a"`},
		{"shape/size mismatch", `{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, 8, `"a": F32[3] needs 12 bytes`},
		{"offsets past end", `{` + ok + `,"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}`, 10, `"b": data_offsets [8,12] run past the end`},
		{"overlap", `{` + ok + `,"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, 8, `"b": data_offsets [4,8] overlap`},
		{"gap", `{"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, 8, "gap"},
		{"trailing data", `{` + ok + `}`, 12, "trailing bytes"},
		{"duplicate", `{` + ok + `,` + ok + `}`, 16, `"a" appears twice`},
		{"three offsets", `{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4,8]}}`, 8, "2 elements"},
		{"reversed offsets", `{"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}`, 8, "invalid data_offsets"},
		{"missing field", `{"a":{"dtype":"F32","shape":[2]}}`, 8, "needs dtype, shape and data_offsets"},
		{"overflowing shape", `{"a":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,8]}}`, 8, "overflows"},
		{"huge offset", `{"a":{"dtype":"F32","shape":[0],"data_offsets":[99999999999999999999,99999999999999999999]}}`, 8, `"a"`},
		{"bad metadata", `{"__metadata__":{"x":1}}`, 0, "__metadata__"},
		{"garbage after", `{}{}`, 0, "unexpected bytes"},
		{"not utf8", "{\"\xff\":1}", 0, "UTF-8"},
	}
	for _, tc := range tests {
		_, err := ParseSafetensorsHeader([]byte(tc.header), tc.dataSize)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.wantErr)
		}
	}
}

func TestReadHeaderRejectsBadLengths(t *testing.T) {
	good := fileOf(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, f32bytes(1))
	tests := []struct {
		name    string
		file    []byte
		wantErr string
	}{
		{"too short", good[:5], "too short"},
		{"length past end", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint64(b, 1<<20)
			return b
		}(), "past the end"},
		{"length over limit", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint64(b, 1<<62)
			return b
		}(), "limit"},
		{"truncated data", good[:len(good)-1], `"a": data_offsets [0,4] run past the end`},
	}
	for _, tc := range tests {
		_, _, err := DecodeSafetensors(tc.file)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.wantErr)
		}
	}
	if _, _, err := DecodeSafetensors(good); err != nil {
		t.Fatalf("good file: %v", err)
	}
}

func TestReadSafetensorsNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.safetensors")
	os.WriteFile(path, []byte("12345678"), 0o644)
	_, _, err := ReadSafetensors(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("error %v does not name %s", err, path)
	}
}

func TestWriteRejects(t *testing.T) {
	x, _ := ScalarFloat64(ir.Float32, 1)
	bad := &Tensor{DType: ir.Float32, Shape: ir.Shape{2}, Data: make([]byte, 4)}
	for name, tensors := range map[string]map[string]*Tensor{
		"reserved name":  {"__metadata__": x},
		"invalid tensor": {"bad": bad},
		"bad utf8 name":  {"\xff": x},
	} {
		if err := WriteSafetensors(&bytes.Buffer{}, tensors, nil); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
