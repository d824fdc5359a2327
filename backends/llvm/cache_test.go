package llvm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestCorruptCacheEntryIsRebuilt: a cached library whose bytes were
// damaged (or whose checksum is missing) is rebuilt, not loaded, and the
// executable computes the right answer.
func TestCorruptCacheEntryIsRebuilt(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	dir := t.TempDir()
	b := &Backend{CacheDir: dir}
	f := ir.NewFunc("corrupt")
	x := f.Param("x", ir.T(ir.Int32, 5))
	y, _ := f.Emit(ir.OpMul, nil, ir.Pos{}, x, x)
	f.SetResults([]*ir.Value{y}, nil)
	compile := func() (backends.Executable, CompileStats) {
		exe, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		st, _ := Stats(exe)
		return exe, st
	}
	if _, st := compile(); st.Cached {
		t.Fatal("first compile into an empty cache reported a cache hit")
	}
	if _, st := compile(); !st.Cached {
		t.Fatal("second compile missed the cache")
	}
	sos, _ := filepath.Glob(filepath.Join(dir, "*.so"))
	var lib string
	for _, so := range sos {
		if _, err := os.Stat(so + ".sum"); err == nil {
			if data, _ := os.ReadFile(so); len(data) > 0 && !strings.Contains(string(data), "kiln_rt_init") {
				lib = so
			}
		}
	}
	if lib == "" {
		t.Fatalf("no library in %v", sos)
	}
	// Damage by replacing the file (a library this process has mapped must
	// not be truncated in place; kiln itself only ever renames over it).
	for _, damage := range []func(){
		func() {
			os.WriteFile(lib+".tmp", []byte("not an ELF file"), 0o644)
			os.Rename(lib+".tmp", lib)
		},
		func() { os.Remove(lib + ".sum") },
	} {
		damage()
		exe, st := compile()
		if st.Cached {
			t.Fatal("a damaged entry was used")
		}
		if !validEntry(lib) {
			t.Fatal("the entry was not rebuilt")
		}
		in, _ := tensor.FromInt64(ir.Int32, ir.Shape{5}, []int64{1, -2, 3, 40000, 5})
		buf, _ := b.Upload(in)
		res, err := exe.Run([]backends.Buffer{buf}, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := res[0].Download()
		want := []int64{1, 4, 9, 1600000000, 25}
		for i, g := range got.Int64s() {
			if g != want[i] {
				t.Fatalf("got %v, want %v", got.Int64s(), want)
			}
		}
	}
}

// TestMissingLLC: an Options.LLC (KILN_LLC) that does not exist makes the
// backend unavailable with an error naming it, never a panic.
func TestMissingLLC(t *testing.T) {
	err := New(Options{LLC: "/nonexistent/llc-none"}).Available()
	if err == nil || !strings.Contains(err.Error(), "KILN_LLC") || !strings.Contains(err.Error(), "llc-none") {
		t.Fatalf("got %v, want an error about KILN_LLC", err)
	}
}

// TestCompileErrorIsReported: llc rejecting a module is an error with the
// tool's message, not a crash.
func TestCompileErrorIsReported(t *testing.T) {
	_, tc, err := Default().setup()
	if err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	c := *tc
	c.cacheDir = t.TempDir()
	_, _, err = c.library("ll-noopt", []byte("this is not LLVM IR"))
	if err == nil || !strings.Contains(err.Error(), "llc") {
		t.Fatalf("got %v, want an llc error", err)
	}
}

// TestConcurrentCompiles: several compiles of one function into an empty
// cache at once (serialized by the entry's file lock) all succeed and
// leave one valid entry.
func TestConcurrentCompiles(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	dir := t.TempDir()
	f := ir.NewFunc("concurrent")
	x := f.Param("x", ir.T(ir.Float32, 3))
	y, _ := f.Emit(ir.OpSqrt, nil, ir.Pos{}, x)
	f.SetResults([]*ir.Value{y}, nil)
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			_, err := (&Backend{CacheDir: dir}).Compile(f, backends.CompileOptions{})
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	sums, _ := filepath.Glob(filepath.Join(dir, "*.so.sum"))
	if len(sums) != 1 || !validEntry(strings.TrimSuffix(sums[0], ".sum")) {
		t.Fatalf("cache holds %v", sums)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "build-*")); len(tmp) > 0 {
		t.Fatalf("build directories left behind: %v", tmp)
	}
}

// TestHostFeatures: on an x86 Linux host with AVX2 the feature list names
// it (the fallback for CPUs llc does not know).
func TestHostFeatures(t *testing.T) {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil || !strings.Contains(string(data), " avx2") {
		t.Skip("no /proc/cpuinfo with avx2 here")
	}
	got := hostFeatures()
	if !strings.Contains(got, "+avx2") || !strings.Contains(got, "+avx") {
		t.Errorf("hostFeatures() = %q", got)
	}
	_, tc, err := Default().setup()
	if err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	c := *tc
	c.cpu, c.attrs, c.cacheDir = "x86-64", got, t.TempDir()
	if _, _, err := c.library("ll", []byte(microText())); err != nil {
		t.Errorf("opt/llc with -mattr=%s: %v", got, err)
	}
}
