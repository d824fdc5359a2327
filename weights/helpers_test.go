package weights

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wantErrContains fails unless err mentions every fragment.
func wantErrContains(t *testing.T, err error, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", fragments)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Fatalf("error %q does not contain %q", err, f)
		}
	}
}

// lastOffset is the largest data offset a header mentions.
func lastOffset(t *testing.T, hdr []byte) int64 {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &m); err != nil {
		t.Fatal(err)
	}
	var end int64
	for k, v := range m {
		if k == "__metadata__" {
			continue
		}
		var e struct {
			DataOffsets []int64 `json:"data_offsets"`
		}
		json.Unmarshal(v, &e)
		if e.DataOffsets[1] > end {
			end = e.DataOffsets[1]
		}
	}
	return end
}

// pk assembles pickle programs for tests, one opcode at a time.
type pk struct{ bytes.Buffer }

func (p *pk) op(b ...byte) *pk { p.Write(b); return p }

func (p *pk) proto(v byte) *pk { return p.op(0x80, v) }

func (p *pk) global(module, name string) *pk {
	p.WriteByte('c')
	p.WriteString(module + "\n" + name + "\n")
	return p
}

func (p *pk) str(s string) *pk {
	p.WriteByte('X')
	binary.Write(p, binary.LittleEndian, uint32(len(s)))
	p.WriteString(s)
	return p
}

func (p *pk) int(v int) *pk {
	p.WriteByte('J')
	binary.Write(p, binary.LittleEndian, int32(v))
	return p
}

// ints pushes a tuple of ints.
func (p *pk) ints(vs ...int) *pk {
	p.op('(')
	for _, v := range vs {
		p.int(v)
	}
	return p.op('t')
}

// tensorV2 pushes _rebuild_tensor_v2 of storage key (of class storage with
// numel elements) with the given offset, size and stride.
func (p *pk) tensorV2(storage, key string, numel, offset int, size, stride []int) *pk {
	p.global("torch._utils", "_rebuild_tensor_v2")
	p.op('(')
	p.op('(').str("storage").global("torch", storage).str(key).str("cpu").int(numel).op('t', 'Q')
	p.int(offset).ints(size...).ints(stride...)
	p.op(0x89) // requires_grad False
	p.global("collections", "OrderedDict").op(')', 'R')
	return p.op('t', 'R')
}

// stateDict wraps entries (each pushing key then value) in an OrderedDict.
func stateDict(entries func(p *pk)) []byte {
	p := &pk{}
	p.proto(2).global("collections", "OrderedDict").op(')', 'R', '(')
	entries(p)
	p.op('u', '.')
	return p.Bytes()
}

// writeZip writes a torch.save-style archive: root/data.pkl, root/byteorder
// and root/data/<key> for each storage, all stored uncompressed unless
// deflate is set.
func writeZip(t *testing.T, path string, pickle []byte, storages map[string][]byte, deflate bool) {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name string, data []byte) {
		method := zip.Store
		if deflate {
			method = zip.Deflate
		}
		w, err := z.CreateHeader(&zip.FileHeader{Name: "archive/" + name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	add("data.pkl", pickle)
	add("byteorder", []byte("little"))
	for k, v := range storages {
		add("data/"+k, v)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// f32s encodes float32 values little-endian.
func f32s(vals ...float32) []byte {
	b := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

func tempFile(t *testing.T, name string) string { return filepath.Join(t.TempDir(), name) }
