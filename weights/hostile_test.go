package weights

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// stFile writes a safetensors file from a raw header and data.
func stFile(t *testing.T, path, header string, data []byte) {
	t.Helper()
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, uint64(len(header)))
	b = append(append(b, header...), data...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestHostileSafetensors(t *testing.T) {
	two := `"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`
	tests := []struct {
		name   string
		header string
		data   []byte
		raw    []byte // whole file, overrides header+data
		want   []string
	}{
		{name: "truncated data", header: `{` + two + `}`, data: make([]byte, 5), want: []string{`"w"`, "past the end"}},
		{name: "truncated header", raw: []byte("\x40\x00\x00\x00\x00\x00\x00\x00{\"w\""), want: []string{"header length 64 runs past the end"}},
		{name: "shorter than length", raw: []byte("\x01\x00"), want: []string{"too short"}},
		{name: "offsets out of range", header: `{"w":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}`, data: make([]byte, 8), want: []string{`"w"`, "run past the end"}},
		{name: "overlapping", header: `{` + two + `,"v":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, data: make([]byte, 8), want: []string{`"v"`, "overlap"}},
		{name: "unknown dtype", header: `{"w":{"dtype":"C64","shape":[1],"data_offsets":[0,8]}}`, data: make([]byte, 8), want: []string{`"w"`, `unsupported dtype "C64"`}},
		{name: "shape/size mismatch", header: `{"w":{"dtype":"BF16","shape":[3],"data_offsets":[0,8]}}`, data: make([]byte, 8), want: []string{`"w"`, "needs 6 bytes"}},
		{name: "extra trailing bytes", header: `{` + two + `}`, data: make([]byte, 12), want: []string{"trailing bytes"}},
		{name: "not json", header: `not json`, want: []string{"not a JSON object"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tempFile(t, "model.safetensors")
			if tc.raw != nil {
				os.WriteFile(path, tc.raw, 0o644)
			} else {
				stFile(t, path, tc.header, tc.data)
			}
			_, err := Open(path)
			wantErrContains(t, err, append([]string{path}, tc.want...)...)
		})
	}
}

// writeShards writes safetensors shards and an index.
func writeShards(t *testing.T, dir, index string, shards map[string]map[string]*tensor.Tensor) {
	t.Helper()
	for file, ts := range shards {
		if err := tensor.WriteSafetensorsFile(filepath.Join(dir, file), ts, nil); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "model.safetensors.index.json"), []byte(index), 0o644)
}

func TestHostileShards(t *testing.T) {
	a, _ := tensor.FromFloat32(ir.Shape{2}, []float32{1, 2})
	b, _ := tensor.FromFloat32(ir.Shape{1}, []float32{3})
	good := map[string]map[string]*tensor.Tensor{"s1.safetensors": {"a": a}, "s2.safetensors": {"b": b}}
	tests := []struct {
		name   string
		index  string
		shards map[string]map[string]*tensor.Tensor
		want   []string
	}{
		{"missing shard", `{"weight_map":{"a":"s1.safetensors","b":"s3.safetensors"}}`, good,
			[]string{"shard s3.safetensors is missing", `"b"`}},
		{"index names a missing tensor", `{"weight_map":{"a":"s1.safetensors","b":"s2.safetensors","c":"s2.safetensors"}}`, good,
			[]string{`tensor "c"`, "s2.safetensors, which does not contain it"}},
		{"duplicate across shards", `{"weight_map":{"a":"s1.safetensors","b":"s2.safetensors"}}`,
			map[string]map[string]*tensor.Tensor{"s1.safetensors": {"a": a}, "s2.safetensors": {"a": a, "b": b}},
			[]string{`tensor "a" is in two shards`, "s1.safetensors", "s2.safetensors"}},
		{"extra tensor in shard", `{"weight_map":{"a":"s1.safetensors"}}`,
			map[string]map[string]*tensor.Tensor{"s1.safetensors": {"a": a, "b": b}},
			[]string{"s1.safetensors", `"b"`, "does not list"}},
		{"wrong shard in index", `{"weight_map":{"a":"s2.safetensors","b":"s1.safetensors"}}`, good,
			[]string{`"a"`, "but it is in", "s1.safetensors"}},
		{"listed twice", `{"weight_map":{"a":"s1.safetensors","a":"s2.safetensors"}}`, good, []string{`tensor "a" twice`}},
		{"path traversal", `{"weight_map":{"a":"../s1.safetensors"}}`, good, []string{"plain file name"}},
		{"no weight_map", `{"metadata":{}}`, good, []string{`no "weight_map"`}},
		{"empty weight_map", `{"weight_map":{}}`, good, []string{"empty"}},
		{"bad json", `{"weight_map":`, good, []string{"not a JSON object"}},
		{"non-string shard", `{"weight_map":{"a":1}}`, good, []string{`tensor "a"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeShards(t, dir, tc.index, tc.shards)
			_, err := Open(dir)
			wantErrContains(t, err, append([]string{"model.safetensors.index.json"}, tc.want...)...)
		})
	}
	// A corrupt shard is reported with the shard's own name.
	dir := t.TempDir()
	writeShards(t, dir, `{"weight_map":{"a":"s1.safetensors","b":"s2.safetensors"}}`, good)
	os.WriteFile(filepath.Join(dir, "s2.safetensors"), []byte("\xff\xff\xff\xff\xff\xff\x00\x00"), 0o644)
	_, err := Open(dir)
	wantErrContains(t, err, "s2.safetensors", "header length")
}

// A pickle whose globals would run a shell command if executed must be
// refused at the global, and nothing may run.
func TestMaliciousPickles(t *testing.T) {
	marker := filepath.Join(t.TempDir(), "pwned")
	cmd := "touch " + marker
	call := func(module, name string) []byte {
		p := &pk{}
		return p.proto(2).global(module, name).op('(').str(cmd).op('t', 'R', '.').Bytes()
	}
	stackGlobal := (&pk{}).proto(4).str("os").str("system").op(0x93).op('(').str(cmd).op('t', 'R', '.').Bytes()
	tests := []struct {
		name   string
		pickle []byte
		want   string
	}{
		{"os.system", call("os", "system"), "pickle global os.system is not allowed"},
		{"posix.system", call("posix", "system"), "pickle global posix.system is not allowed"},
		{"builtins.eval", call("builtins", "eval"), "pickle global builtins.eval is not allowed"},
		{"STACK_GLOBAL os.system", stackGlobal, "pickle global os.system is not allowed"},
		{"os.system inside a state dict", stateDict(func(p *pk) {
			p.str("w").global("os", "system").op('(').str(cmd).op('t', 'R')
		}), "pickle global os.system is not allowed"},
		{"REDUCE on a storage class", (&pk{}).proto(2).global("torch", "FloatStorage").op(')', 'R', '.').Bytes(),
			"REDUCE on torch.FloatStorage, which is not an allowed callable"},
		{"REDUCE on a string", (&pk{}).proto(2).str("os.system").op('(').str(cmd).op('t', 'R', '.').Bytes(),
			"REDUCE on a str, which is not an allowed callable"},
		{"NEWOBJ", (&pk{}).proto(2).global("collections", "OrderedDict").op(')', 0x81, '.').Bytes(), "constructs arbitrary objects"},
		{"INST", (&pk{}).proto(2).op('(').op('i').Bytes(), "constructs arbitrary objects"},
		{"rebuild_from_type to a foreign type", stateDict(func(p *pk) {
			p.str("w").global("torch._tensor", "_rebuild_from_type_v2").op('(')
			p.global("collections", "OrderedDict").global("torch", "FloatStorage").op(')', '}', 't', 'R')
		}), "not an allowed tensor type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tempFile(t, "pytorch_model.bin")
			writeZip(t, path, tc.pickle, nil, false)
			_, err := Open(path)
			wantErrContains(t, err, path, "data.pkl", tc.want)
			if _, err := os.Stat(marker); err == nil {
				t.Fatal("the pickle's command ran")
			}
		})
	}
}

func TestHostileBin(t *testing.T) {
	six := f32s(0, 1, 2, 3, 4, 5)
	good := func(p *pk) { p.str("w").tensorV2("FloatStorage", "0", 6, 0, []int{2, 3}, []int{3, 1}) }
	tests := []struct {
		name     string
		pickle   []byte
		storages map[string][]byte
		want     string
		atLoad   bool // error only when the tensor is read
	}{
		{"missing storage record", stateDict(good), nil, `tensor "w": storage record archive/data/0 is missing`, false},
		{"view past storage", stateDict(func(p *pk) {
			p.str("w").tensorV2("FloatStorage", "0", 6, 1, []int{2, 3}, []int{3, 1})
		}), map[string][]byte{"0": six}, "reaches element 6", false},
		{"negative stride", stateDict(func(p *pk) {
			p.str("w").tensorV2("FloatStorage", "0", 6, 5, []int{6}, []int{-1})
		}), map[string][]byte{"0": six}, "negative size or stride", false},
		{"storage bytes mismatch", stateDict(good), map[string][]byte{"0": six[:20]}, "has 20 bytes", true},
		{"unsupported storage", stateDict(func(p *pk) {
			p.str("w").tensorV2("ComplexFloatStorage", "0", 6, 0, []int{6}, []int{1})
		}), map[string][]byte{"0": six}, "torch.ComplexFloatStorage is not allowed", false},
		{"not a dict", (&pk{}).proto(2).int(3).op('.').Bytes(), nil, "holds a int, not a state dict", false},
		{"non-tensor entry", stateDict(func(p *pk) { p.str("step").int(3) }), nil, `entry "step" is a int`, false},
		{"truncated pickle", stateDict(good)[:40], nil, "past the end", false},
		{"no STOP", bytes.TrimSuffix(stateDict(good), []byte(".")), map[string][]byte{"0": six}, "without STOP", false},
		{"size/stride rank mismatch", stateDict(func(p *pk) {
			p.str("w").tensorV2("FloatStorage", "0", 6, 0, []int{2, 3}, []int{1})
		}), map[string][]byte{"0": six}, "differ in rank", false},
		{"storage declared twice differently", stateDict(func(p *pk) {
			good(p)
			p.str("v").tensorV2("HalfStorage", "0", 6, 0, []int{6}, []int{1})
		}), map[string][]byte{"0": six}, `storage "0" is declared twice`, false},
		{"protocol 0", []byte("I3\n."), nil, "text opcode", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tempFile(t, "pytorch_model.bin")
			writeZip(t, path, tc.pickle, tc.storages, false)
			c, err := Open(path)
			if tc.atLoad {
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
				_, err = c.Tensor("w")
				wantErrContains(t, err, path, `"w"`, tc.want)
				return
			}
			wantErrContains(t, err, path, tc.want)
		})
	}
	for name, data := range map[string][]byte{
		"empty file": {},
		"not a zip":  []byte("hello world"),
		"truncated zip": func() []byte {
			path := tempFile(t, "x.bin")
			writeZip(t, path, stateDict(good), map[string][]byte{"0": six}, false)
			b, _ := os.ReadFile(path)
			return b[:len(b)-30]
		}(),
		"zip without data.pkl": func() []byte {
			path := tempFile(t, "x.bin")
			writeZip(t, path, nil, nil, false)
			b, _ := os.ReadFile(path)
			return bytes.ReplaceAll(b, []byte("data.pkl"), []byte("data.pkx"))
		}(),
	} {
		path := tempFile(t, "pytorch_model.bin")
		os.WriteFile(path, data, 0o644)
		_, err := Open(path)
		wantErrContains(t, err, path)
		t.Logf("%s: %v", name, err)
	}
}

// Views built by hand: strided copies, shared storages, zero-copy slices,
// deflated records.
func TestBinViews(t *testing.T) {
	six := f32s(0, 1, 2, 3, 4, 5)
	pickle := stateDict(func(p *pk) {
		p.str("base").tensorV2("FloatStorage", "0", 6, 0, []int{2, 3}, []int{3, 1})
		p.str("t").tensorV2("FloatStorage", "0", 6, 0, []int{3, 2}, []int{1, 3})
		p.str("row1").tensorV2("FloatStorage", "0", 6, 3, []int{3}, []int{1})
		p.str("col2").tensorV2("FloatStorage", "0", 6, 2, []int{2, 1}, []int{3, 1})
		p.str("bcast").tensorV2("FloatStorage", "0", 6, 4, []int{2, 2}, []int{0, 1})
		p.str("empty").tensorV2("FloatStorage", "0", 6, 0, []int{0, 7}, []int{7, 1})
		p.str("scalar").tensorV2("FloatStorage", "0", 6, 5, nil, nil)
	})
	want := map[string][]float32{
		"base": {0, 1, 2, 3, 4, 5}, "t": {0, 3, 1, 4, 2, 5}, "row1": {3, 4, 5},
		"col2": {2, 5}, "bcast": {4, 5, 4, 5}, "empty": {}, "scalar": {5},
	}
	for _, deflate := range []bool{false, true} {
		path := tempFile(t, "pytorch_model.bin")
		writeZip(t, path, pickle, map[string][]byte{"0": six}, deflate)
		c, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for name, w := range want {
			g, err := c.Tensor(name)
			if err != nil {
				t.Fatal(err)
			}
			got := g.Float32s()
			if len(got) != len(w) {
				t.Fatalf("deflate=%v %s: %v, want %v", deflate, name, got, w)
			}
			for i := range w {
				if got[i] != w[i] {
					t.Fatalf("deflate=%v %s: %v, want %v", deflate, name, got, w)
				}
			}
		}
		c.Close()
		if _, err := c.Tensor("base"); err == nil {
			t.Fatal("Tensor after Close: no error")
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	wantErrContains(t, err, dir, "no checkpoint", "model.safetensors")
	_, err = Open(filepath.Join(dir, "nope.safetensors"))
	wantErrContains(t, err, "nope.safetensors")
	c, err := Open("testdata/qwen2-tiny/model.safetensors")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Tensor("no.such.weight")
	wantErrContains(t, err, "no.such.weight")
	if _, ok := c.Info("no.such.weight"); ok {
		t.Error("Info of a missing tensor reported ok")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	_, err = c.Tensor("lm_head.weight")
	wantErrContains(t, err, "closed")
}

func TestRebuildFromTypeNesting(t *testing.T) {
	// One level, as torch writes for tensor subclasses, is accepted ...
	ok := stateDict(func(p *pk) {
		p.str("w").global("torch._tensor", "_rebuild_from_type_v2").op('(')
		p.global("torch._utils", "_rebuild_tensor_v2").global("torch", "Tensor").op('(')
		p.op('(').str("storage").global("torch", "FloatStorage").str("0").str("cpu").int(2).op('t', 'Q')
		p.int(0).ints(2).ints(1).op(0x89).op('}').op('t')
		p.op('}', 't', 'R')
	})
	path := tempFile(t, "pytorch_model.bin")
	writeZip(t, path, ok, map[string][]byte{"0": f32s(1, 2)}, false)
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if x, err := c.Tensor("w"); err != nil || x.Float32s()[1] != 2 {
		t.Fatalf("Tensor(w) = %v, %v", x, err)
	}
	c.Close()
	// ... but a deep chain is refused instead of recursing without bound.
	p := &pk{}
	p.proto(2).global("collections", "OrderedDict").op(')', 'R')
	p.op(')') // innermost args: OrderedDict()
	for i := 0; i < 20; i++ {
		// args = (_rebuild_from_type_v2 or OrderedDict, Tensor, args, {})
		p.op('q', byte(i)) // memoize the current args tuple
		p.op('0')          // and drop it
		p.op('(')
		if i == 0 {
			p.global("collections", "OrderedDict")
		} else {
			p.global("torch._tensor", "_rebuild_from_type_v2")
		}
		p.global("torch", "Tensor").op('h', byte(i)).op('}', 't')
	}
	p.op('q', 99, '0') // keep the outermost tuple as args of a final call
	p.global("torch._tensor", "_rebuild_from_type_v2").op('h', 99, 'R')
	p.op('0', '.')
	_, err = unpickle(p.Bytes(), nil)
	wantErrContains(t, err, "nested more than 8 deep")
}

func TestHugeBroadcastRefused(t *testing.T) {
	pickle := stateDict(func(p *pk) {
		p.str("w").tensorV2("FloatStorage", "0", 1, 0, []int{1 << 20, 1 << 10}, []int{0, 0})
	})
	path := tempFile(t, "pytorch_model.bin")
	writeZip(t, path, pickle, map[string][]byte{"0": f32s(1)}, false)
	_, err := Open(path)
	wantErrContains(t, err, path, "broadcast views")
}

// A sharded pytorch_model.bin checkpoint, and a directory holding both
// formats (safetensors wins, as in transformers).
func TestShardedBinAndPreference(t *testing.T) {
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "pytorch_model-00001-of-00002.bin"), stateDict(func(p *pk) {
		p.str("a").tensorV2("FloatStorage", "0", 2, 0, []int{2}, []int{1})
	}), map[string][]byte{"0": f32s(1, 2)}, false)
	writeZip(t, filepath.Join(dir, "pytorch_model-00002-of-00002.bin"), stateDict(func(p *pk) {
		p.str("b").tensorV2("HalfStorage", "0", 1, 0, nil, nil)
	}), map[string][]byte{"0": {0x00, 0x3C}}, false)
	os.WriteFile(filepath.Join(dir, "pytorch_model.bin.index.json"), []byte(`{"metadata":{"total_size":10},
		"weight_map":{"a":"pytorch_model-00001-of-00002.bin","b":"pytorch_model-00002-of-00002.bin"}}`), 0o644)
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.Format() != "pytorch-sharded" || len(c.Names()) != 2 {
		t.Fatalf("format %s names %v", c.Format(), c.Names())
	}
	b, err := c.TensorAs("b", ir.Float32)
	if err != nil || b.Float32s()[0] != 1 || len(b.Shape) != 0 {
		t.Fatalf("b = %v, %v", b, err)
	}
	c.Close()
	x, _ := tensor.FromFloat32(ir.Shape{1}, []float32{7})
	tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), map[string]*tensor.Tensor{"x": x}, nil)
	c, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Format() != "safetensors" || c.Names()[0] != "x" {
		t.Fatalf("with both formats present: %s %v", c.Format(), c.Names())
	}
}

func TestFileShrunkAfterOpen(t *testing.T) {
	path := tempFile(t, "model.safetensors")
	x, _ := tensor.FromFloat32(ir.Shape{4}, []float32{1, 2, 3, 4})
	tensor.WriteSafetensorsFile(path, map[string]*tensor.Tensor{"x": x}, nil)
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	os.Truncate(path, 20)
	_, err = c.Tensor("x")
	wantErrContains(t, err, path, "changed size")
}
