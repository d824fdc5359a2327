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

// precompileFuncs returns n small, distinct functions: x*x + x over int32
// vectors of lengths 1..n (so n different modules).
func precompileFuncs(n int) []*ir.Func {
	var fs []*ir.Func
	for i := 1; i <= n; i++ {
		f := ir.NewFunc("pre")
		x := f.Param("x", ir.T(ir.Int32, i))
		sq, _ := f.Emit(ir.OpMul, nil, ir.Pos{}, x, x)
		y, _ := f.Emit(ir.OpAdd, nil, ir.Pos{}, sq, x)
		f.SetResults([]*ir.Value{y}, nil)
		fs = append(fs, f)
	}
	return fs
}

// checkPrecompiled runs exe (function i+1 of precompileFuncs) on 0..n-1
// and compares with x*x + x.
func checkPrecompiled(t *testing.T, b *Backend, exe backends.Executable, n int) {
	t.Helper()
	xs := make([]int64, n)
	for j := range xs {
		xs[j] = int64(j - 3)
	}
	in, _ := tensor.FromInt64(ir.Int32, ir.Shape{n}, xs)
	buf, _ := b.Upload(in)
	defer buf.Free()
	res, err := exe.Run([]backends.Buffer{buf}, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := res[0].Download()
	res[0].Free()
	for j, g := range got.Int64s() {
		if want := xs[j]*xs[j] + xs[j]; g != want {
			t.Fatalf("length %d: element %d = %d, want %d", n, j, g, want)
		}
	}
}

// libraries lists the cache's libraries other than the runtime's.
func libraries(t *testing.T, dir string) []string {
	t.Helper()
	sos, _ := filepath.Glob(filepath.Join(dir, "*.so"))
	var out []string
	for _, so := range sos {
		if data, _ := os.ReadFile(so); !strings.Contains(string(data), "kiln_rt_init") {
			out = append(out, so)
		}
	}
	return out
}

// TestPrecompileBatches: Precompile builds 70 tiny modules as two batch
// libraries (64 + 6); each later Compile of one of the functions is a
// cache hit that loads the batch, builds nothing and computes the right
// answer; a second Precompile builds nothing.
func TestPrecompileBatches(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	dir := t.TempDir()
	b := &Backend{CacheDir: dir}
	fs := precompileFuncs(70)
	built, err := b.precompile(fs, backends.CompileOptions{})
	if err != nil || built != 70 {
		t.Fatalf("precompile built %d of 70 (error %v)", built, err)
	}
	if libs := libraries(t, dir); len(libs) != 2 {
		t.Fatalf("%d libraries after precompiling 70 modules, want 2 batches: %v", len(libs), libs)
	}
	for i, f := range fs {
		exe, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st, _ := Stats(exe); !st.Cached {
			t.Fatalf("function %d was built again after Precompile", i)
		}
		checkPrecompiled(t, b, exe, i+1)
	}
	if libs := libraries(t, dir); len(libs) != 2 {
		t.Fatalf("Compile built %d libraries beside the 2 batches", len(libs)-2)
	}
	if built, err := b.precompile(fs, backends.CompileOptions{}); built != 0 || err != nil {
		t.Fatalf("a second precompile built %d modules (error %v), want 0", built, err)
	}
}

// TestPrecompiledBatchDamaged: a batch library whose bytes no longer match
// its checksum is not loaded; Compile builds the module alone and the
// executable is right.
func TestPrecompiledBatchDamaged(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	dir := t.TempDir()
	b := &Backend{CacheDir: dir}
	fs := precompileFuncs(3)
	if built, err := b.precompile(fs, backends.CompileOptions{}); built != 3 || err != nil {
		t.Fatalf("precompile built %d of 3 (error %v)", built, err)
	}
	libs := libraries(t, dir)
	if len(libs) != 1 {
		t.Fatalf("want one batch library, got %v", libs)
	}
	// Replace, never truncate in place: see TestCorruptCacheEntryIsRebuilt.
	os.WriteFile(libs[0]+".tmp", []byte("not an ELF file"), 0o644)
	os.Rename(libs[0]+".tmp", libs[0])
	exe, err := b.Compile(fs[2], backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := Stats(exe); st.Cached {
		t.Fatal("the damaged batch was used")
	}
	checkPrecompiled(t, b, exe, 3)
}

// TestMergeModulesRenamesApart: two modules merged keep one declaration
// of the runtime's parallel-for and get distinct entry points.
func TestMergeModulesRenamesApart(t *testing.T) {
	o := &Options{}
	var mods []*module
	for _, f := range precompileFuncs(2) {
		_, m, err := lower(f, backends.CompileOptions{}, o, "x86_64-pc-linux-gnu", false)
		if err != nil {
			t.Fatal(err)
		}
		mods = append(mods, m)
	}
	text, syms := mergeModules(mods)
	s := string(text)
	if syms[0] != "m0_kiln_main" || syms[1] != "m1_kiln_main" {
		t.Fatalf("entry points %v", syms)
	}
	for _, want := range []string{"define void @m0_kiln_main(", "define void @m1_kiln_main("} {
		if !strings.Contains(s, want) {
			t.Fatalf("merged module lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "declare void @kiln_parallel_for("); n != 1 {
		t.Fatalf("%d declarations of kiln_parallel_for, want 1:\n%s", n, s)
	}
	if strings.Contains(s, "@kiln_main(") {
		t.Fatalf("an entry point kept its name:\n%s", s)
	}
}
