package weights

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"testing"
)

// pickleOf extracts data.pkl from a torch.save archive.
func pickleOf(f *testing.F, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		f.Fatal(err)
	}
	for _, z := range zr.File {
		if bytes.HasSuffix([]byte(z.Name), []byte("/data.pkl")) {
			r, _ := z.Open()
			data, _ := io.ReadAll(r)
			return data
		}
	}
	f.Fatalf("%s has no data.pkl", path)
	return nil
}

// FuzzUnpickle runs the restricted unpickler on arbitrary programs: it must
// never panic, and every tensor it accepts must address only its storage,
// so materializing it from a storage of the declared size cannot fail.
func FuzzUnpickle(f *testing.F) {
	f.Add(pickleOf(f, "testdata/qwen2-tiny-bin/pytorch_model.bin"))
	f.Add(pickleOf(f, "testdata/torch/mixed.bin"))
	f.Add(pickleOf(f, "testdata/torch/mixed_p4.bin"))
	f.Add(stateDict(func(p *pk) {
		p.str("t").tensorV2("FloatStorage", "0", 6, 0, []int{3, 2}, []int{1, 3})
	}))
	f.Add((&pk{}).proto(2).global("os", "system").op('(').str("true").op('t', 'R', '.').Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		res := &storageResolver{byKey: map[string]*storageRef{}}
		v, err := unpickle(data, res.resolve)
		if err != nil {
			return
		}
		d, ok := v.(*pyDict)
		if !ok {
			return
		}
		for _, k := range d.keys {
			ref, ok := d.vals[k].(*tensorRef)
			if !ok || ref.storage.numel > 1<<16 {
				continue
			}
			raw := make([]byte, ref.storage.numel*int64(ref.storage.dtype.Size()))
			out, err := ref.materialize(raw)
			if err != nil {
				t.Fatalf("accepted tensor %v fails to materialize: %v", k, err)
			}
			if err := out.Validate(); err != nil {
				t.Fatalf("tensor %v: %v", k, err)
			}
		}
	})
}

// FuzzBinArchive feeds whole archives to the .bin reader (without the file
// system): no input may panic, and accepted tensors must be valid.
func FuzzBinArchive(f *testing.F) {
	for _, p := range []string{"testdata/torch/mixed.bin", "testdata/torch/mixed_p4.bin"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := parseBin("fuzz.bin", data)
		if err != nil {
			return
		}
		for _, name := range b.names() {
			if ty, _ := b.info(name); ty.Bytes() > 1<<20 {
				continue
			}
			x, err := b.tensor(name)
			if err != nil {
				continue
			}
			if err := x.Validate(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}

// zipBytes builds a torch.save-style archive in memory with one storage
// blob under every key "0".."15" (fresh CRCs, so the fuzzer's changes to
// the pickle reach the unpickler instead of failing the checksum).
func zipBytes(pickle, storage []byte) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name string, data []byte) {
		w, _ := z.CreateHeader(&zip.FileHeader{Name: "archive/" + name, Method: zip.Store})
		w.Write(data)
	}
	add("data.pkl", pickle)
	for k := 0; k < 16; k++ {
		add(fmt.Sprintf("data/%d", k), storage)
	}
	z.Close()
	return buf.Bytes()
}

// FuzzBinContents fuzzes the pickle and the storage bytes of a well-formed
// archive, through the whole .bin path: unpickle, storage lookup, views.
func FuzzBinContents(f *testing.F) {
	f.Add(pickleOf(f, "testdata/torch/mixed.bin"), make([]byte, 96))
	f.Add(stateDict(func(p *pk) {
		p.str("t").tensorV2("FloatStorage", "0", 6, 0, []int{3, 2}, []int{1, 3})
		p.str("u").tensorV2("FloatStorage", "0", 6, 2, []int{2, 2}, []int{0, 1})
	}), f32s(0, 1, 2, 3, 4, 5))
	f.Fuzz(func(t *testing.T, pickle, storage []byte) {
		b, err := parseBin("fuzz.bin", zipBytes(pickle, storage))
		if err != nil {
			return
		}
		for _, name := range b.names() {
			x, err := b.tensor(name)
			if err != nil {
				continue
			}
			ty, _ := b.info(name)
			if err := x.Validate(); err != nil || !ty.Equal(x.Type()) {
				t.Fatalf("%s: %v (info %v, tensor %v)", name, err, ty, x.Type())
			}
		}
	})
}
