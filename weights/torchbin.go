package weights

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// binShard is one legacy PyTorch checkpoint (torch.save's zip format since
// torch 1.6): <root>/data.pkl, a pickle of the state dict whose tensors name
// storages by persistent id, and <root>/data/<key>, the raw little-endian
// bytes of each storage. The archive is memory-mapped; storages that torch
// stored uncompressed (it always does) are used in place.
type binShard struct {
	path    string
	data    []byte
	release func() error
	prefix  string
	records map[string]*zip.File
	tensors map[string]*tensorRef

	mu       sync.Mutex
	inflated map[string][]byte // storages that had to be decompressed
}

// zipMagic starts every zip archive; pickleProto starts a bare pickle, which
// is what torch.save wrote before 1.6.
const (
	zipMagic    = "PK\x03\x04"
	pickleProto = 0x80
)

// openBin opens a torch.save zip checkpoint and unpickles its state dict;
// no storage is read. Errors name the file.
func openBin(p string) (*binShard, error) {
	b, err := openBinInner(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return b, nil
}

func openBinInner(p string) (*binShard, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	var magic [4]byte
	if n, _ := f.ReadAt(magic[:], 0); n < 4 || string(magic[:]) != zipMagic {
		if n > 0 && magic[0] == pickleProto {
			return nil, errors.New("this is the legacy (pre-1.6, non-zip) torch.save format, which kiln does not read; re-save it with torch>=1.6 or convert it to safetensors")
		}
		return nil, errors.New("not a PyTorch checkpoint (expected a torch.save zip archive)")
	}
	data, release, err := mapFile(f, st.Size())
	if err != nil {
		return nil, err
	}
	b, err := parseBin(p, data)
	if err != nil {
		release()
		return nil, err
	}
	b.release = release
	return b, nil
}

// parseBin reads the archive directory and the pickle held in data.
func parseBin(p string, data []byte) (*binShard, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("reading zip archive (truncated or corrupt?): %v", err)
	}
	b := &binShard{path: p, data: data, records: map[string]*zip.File{}, inflated: map[string][]byte{}}
	var pkl *zip.File
	for _, f := range zr.File {
		dir, base := path.Split(f.Name)
		if base == "data.pkl" && dir != "" && !strings.Contains(strings.TrimSuffix(dir, "/"), "/") {
			if pkl != nil {
				return nil, fmt.Errorf("archive has two state pickles, %s and %s", pkl.Name, f.Name)
			}
			pkl = f
			b.prefix = strings.TrimSuffix(dir, "/")
		}
		b.records[f.Name] = f
	}
	if pkl == nil {
		return nil, errors.New("zip archive has no <root>/data.pkl: not a torch.save checkpoint")
	}
	if bo, ok := b.records[b.prefix+"/byteorder"]; ok {
		order, err := readRecord(bo, 16)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %v", bo.Name, err)
		}
		if s := strings.TrimSpace(string(order)); s != "little" {
			return nil, fmt.Errorf("byte order %q is not supported (only little-endian)", s)
		}
	}
	code, err := readRecord(pkl, maxPickleSize)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", pkl.Name, err)
	}
	res := &storageResolver{byKey: map[string]*storageRef{}}
	v, err := unpickle(code, res.resolve)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", pkl.Name, err)
	}
	d, ok := v.(*pyDict)
	if !ok {
		return nil, fmt.Errorf("%s holds a %s, not a state dict", pkl.Name, typeName(v))
	}
	b.tensors = make(map[string]*tensorRef, len(d.keys))
	for _, k := range d.keys {
		name, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("state dict key %v is a %s, not a string", k, typeName(k))
		}
		t, ok := d.vals[k].(*tensorRef)
		if !ok {
			return nil, fmt.Errorf("state dict entry %q is a %s, not a tensor", name, typeName(d.vals[k]))
		}
		if _, ok := b.records[b.prefix+"/data/"+t.storage.key]; !ok {
			return nil, fmt.Errorf("tensor %q: storage record %s/data/%s is missing from the archive", name, b.prefix, t.storage.key)
		}
		b.tensors[name] = t
	}
	return b, nil
}

// readRecord decompresses a whole (small) record, refusing more than limit bytes.
func readRecord(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("record is %d bytes, over the %d-byte limit", f.UncompressedSize64, limit)
	}
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("record is over the %d-byte limit", limit)
	}
	return out, nil
}

// storageBytes returns the bytes of one storage: a slice of the mapping for
// an uncompressed record (torch's own layout), else a decompressed copy kept
// for later tensors sharing the storage.
func (b *binShard) storageBytes(st *storageRef) ([]byte, error) {
	f := b.records[b.prefix+"/data/"+st.key]
	want := st.numel * int64(st.dtype.Size())
	if f.Method == zip.Store && f.CompressedSize64 == f.UncompressedSize64 {
		off, err := f.DataOffset()
		if err != nil {
			return nil, err
		}
		size := int64(f.UncompressedSize64)
		if off < 0 || size < 0 || off > int64(len(b.data)) || size > int64(len(b.data))-off {
			return nil, fmt.Errorf("storage record %s runs past the end of the file (truncated?)", f.Name)
		}
		return b.data[off : off+size : off+size], nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if raw, ok := b.inflated[st.key]; ok {
		return raw, nil
	}
	raw, err := readRecord(f, want)
	if err != nil {
		return nil, fmt.Errorf("storage record %s: %v", f.Name, err)
	}
	b.inflated[st.key] = raw
	return raw, nil
}

func (b *binShard) file() string { return b.path }

func (b *binShard) names() []string {
	out := make([]string, 0, len(b.tensors))
	for n := range b.tensors {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (b *binShard) info(name string) (ir.Type, bool) {
	t, ok := b.tensors[name]
	if !ok {
		return ir.Type{}, false
	}
	return ir.Type{DType: t.storage.dtype, Shape: t.shape()}, true
}

func (b *binShard) tensor(name string) (*tensor.Tensor, error) {
	t, ok := b.tensors[name]
	if !ok {
		return nil, fmt.Errorf("%s: no tensor %q", b.path, name)
	}
	raw, err := b.storageBytes(t.storage)
	if err != nil {
		return nil, fmt.Errorf("%s: tensor %q: %v", b.path, name, err)
	}
	out, err := t.materialize(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: tensor %q: %v", b.path, name, err)
	}
	return out, nil
}

func (b *binShard) metadata() map[string]string { return nil }

func (b *binShard) close() error {
	if b.release == nil {
		return nil
	}
	err := b.release()
	b.release = nil
	return err
}

// mapping is the mapped archive (tensors stored uncompressed are views of it).
func (b *binShard) mapping() []byte { return b.data }
