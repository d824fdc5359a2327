package tensor

import (
	"bytes"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// FuzzParseSafetensorsHeader checks that the header parser never panics and
// that whatever it accepts satisfies the documented invariants.
func FuzzParseSafetensorsHeader(f *testing.F) {
	f.Add([]byte(`{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}`), int64(16))
	f.Add([]byte(`{"a":{"dtype":"BF16","shape":[],"data_offsets":[0,2]},"b":{"dtype":"BOOL","shape":[0],"data_offsets":[2,2]}}`), int64(2))
	f.Add([]byte(`{}`), int64(0))
	f.Add([]byte(`{"a":{"dtype":"I64","shape":[3],"data_offsets":[8,32]},"b":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}}`), int64(32))
	f.Fuzz(func(t *testing.T, header []byte, dataSize int64) {
		h, err := ParseSafetensorsHeader(header, dataSize)
		if err != nil {
			return
		}
		var pos int64
		for _, e := range h.Entries {
			if e.Begin != pos || e.End-e.Begin != int64(e.Shape.NumElements()*e.DType.Size()) || !e.DType.Valid() {
				t.Fatalf("accepted bad entry %+v at %d", e, pos)
			}
			if got, ok := h.Lookup(e.Name); !ok || got.Begin != e.Begin {
				t.Fatalf("Lookup(%q) broken", e.Name)
			}
			pos = e.End
		}
		if pos != dataSize {
			t.Fatalf("entries cover %d of %d bytes", pos, dataSize)
		}
	})
}

// FuzzDecodeSafetensors feeds whole files; accepted files must round-trip
// through WriteSafetensors to the same tensors.
func FuzzDecodeSafetensors(f *testing.F) {
	x, _ := FromFloat64(ir.BFloat16, ir.Shape{2, 3}, []float64{1, 2, 3, 4, 5, 6})
	y, _ := FromInt64(ir.Int8, ir.Shape{3}, []int64{-1, 0, 1})
	var buf bytes.Buffer
	WriteSafetensors(&buf, map[string]*Tensor{"x": x, "y": y}, map[string]string{"k": "v"})
	f.Add(buf.Bytes())
	f.Add([]byte("\x02\x00\x00\x00\x00\x00\x00\x00{}"))
	f.Fuzz(func(t *testing.T, file []byte) {
		tensors, meta, err := DecodeSafetensors(file)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteSafetensors(&out, tensors, meta); err != nil {
			t.Fatalf("accepted file does not re-encode: %v", err)
		}
		again, _, err := DecodeSafetensors(out.Bytes())
		if err != nil {
			t.Fatalf("re-encoded file rejected: %v", err)
		}
		for name, want := range tensors {
			if !again[name].Equal(want) {
				t.Fatalf("%q changed in round trip", name)
			}
		}
	})
}
