package cuda

import (
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestFakeCUDA runs the backend's own code end to end — library search,
// the purego bindings, buffers, NVRTC through the module cache, launches,
// cuBLASLt descriptors and the bias epilogue, Run and its buffer rules —
// against testdata/fake_cuda.cpp: the driver, NVRTC and cuBLASLt entry
// points implemented on the host (kernels built by g++ with the host shim).
// It checks kiln's side of those APIs as kiln understands them; the GPU
// tests check that understanding.
func TestFakeCUDA(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the fake CUDA libraries and every module with g++")
	}
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++ to build the fake CUDA libraries with")
	}
	libDir := t.TempDir()
	lib := filepath.Join(libDir, "libcuda.so.1")
	if out, err := exec.Command(cxx, "-std=c++20", "-O1", "-shared", "-fPIC", "-o", lib, filepath.Join("testdata", "fake_cuda.cpp"), "-ldl").CombinedOutput(); err != nil {
		t.Fatalf("building the fake CUDA: %v\n%s", err, out)
	}
	data, err := os.ReadFile(lib)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"libnvrtc.so.13", "libcublasLt.so.13"} {
		if err := os.WriteFile(filepath.Join(libDir, n), data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// The shim precompiled (a copy of host_shim.h with its .gch beside
	// it): the fake NVRTC compiles every module with g++.
	tc, err := emuToolchainOf(cxx)
	if err != nil {
		t.Fatal(err)
	}
	shim := tc.precompiledShim()
	t.Setenv("KILN_CUDA_PATH", libDir)
	t.Setenv("KILN_FAKE_CXX", cxx)
	t.Setenv("KILN_FAKE_SHIM", shim)
	t.Setenv("KILN_FAKE_TMP", t.TempDir())
	b := &Backend{CacheDir: t.TempDir()}
	if err := b.Available(); err != nil {
		t.Fatalf("the fake CUDA does not load: %v", err)
	}
	t.Log(b.Describe())
	if b.rt.drv.path != lib || filepath.Dir(b.rt.nvrtc.path) != libDir || filepath.Dir(b.rt.lt.path) != libDir {
		t.Errorf("libraries found at %s, %s, %s; want the fake ones in %s", b.rt.drv.path, b.rt.nvrtc.path, b.rt.lt.path, libDir)
	}
	if a := b.rt.dev.arch(); a != "sm_90a" {
		t.Errorf("arch %s, want sm_90a", a)
	}
	t.Run("round_trip", func(t *testing.T) { checkRoundTrip(t, b) })
	t.Run("kernel_and_cache", func(t *testing.T) { checkKernelAndCache(t, b) })
	t.Run("gemm", func(t *testing.T) { checkGemm(t, b) })
	t.Run("row_group", func(t *testing.T) { checkRowGroup(t, b) })
	// The epilogue functions only: the fake compiles every module with
	// g++ afresh, and the kernels are the emulated tests' business.
	t.Run("epilogues", func(t *testing.T) { checkEpilogues(t, b, epilogueFuncs(t, rand.New(rand.NewSource(7)))) })
	t.Run("buffers", func(t *testing.T) { checkBufferRules(t, b) })
	t.Run("in_place", func(t *testing.T) { checkInPlaceDevice(t, b) })
	t.Run("sample", func(t *testing.T) { checkSampleDevice(t, b) })
	t.Run("graphs", func(t *testing.T) { checkGraphs(t, b, lib) })
	t.Run("graph_replay", func(t *testing.T) { checkGraphReplay(t, b, 3, 32, ir.Float32, 2, 3) })
	t.Run("generate_graphs", func(t *testing.T) { checkGenerateGraphs(t, b) })
}

// checkSampleDevice: SampleLast through the backend's own code (module
// load, parameter upload, launch, the ids' download) gives the host's
// greedy picks, and sampling gives the emulation's picks for the same
// request; its device blocks go back to the allocator.
func checkSampleDevice(t *testing.T, b *Backend) {
	rng := rand.New(rand.NewSource(4))
	x := randomLogits(t, rng, ir.BFloat16, ir.Shape{3, 2, 50}, 30)
	buf, err := b.Upload(x)
	if err != nil {
		t.Fatal(err)
	}
	defer buf.Free()
	before := b.MemoryStats()
	got, err := b.SampleLast(buf, backends.SampleRequest{Greedy: true})
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range lastRows(x) {
		if want := refArgmax(row); got[r] != want {
			t.Errorf("row %d: greedy %d, host %d", r, got[r], want)
		}
	}
	req := backends.SampleRequest{Temperature: 0.9, TopK: 7, TopP: 0.8, RepetitionPenalty: 1.3, History: [][]int{{1, 2}, nil, {got[2]}}, Seed: 5, Step: 1}
	dev, err := b.SampleLast(buf, req)
	if err != nil {
		t.Fatal(err)
	}
	if after := b.MemoryStats(); after.InUse != before.InUse {
		t.Errorf("SampleLast kept %d bytes", after.InUse-before.InUse)
	}
	if _, err := b.SampleLast(buf, backends.SampleRequest{TopK: -1}); err == nil {
		t.Error("a negative top_k was accepted")
	}
	if emu := emuSample(t, x, req); !slicesEqual(dev, emu) { // last: skips without g++
		t.Errorf("sampled %v on the device, %v in the emulation", dev, emu)
	}
}

func slicesEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkInPlaceDevice: on the backend's own Run, a donated KV cache is
// the result's device memory (same pointer, the copy step skipped), the
// values equal interp's, and the caching allocator serves a second run's
// results from the blocks the first run's freed.
func checkInPlaceDevice(t *testing.T, b *Backend) {
	f := kvUpdateFunc()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cacheVals := make([]float32, 32)
	for i := range cacheVals {
		cacheVals[i] = float32(i)
	}
	ct, _ := tensor.FromFloat32(ir.Shape{4, 8}, cacheVals)
	ut, _ := tensor.FromFloat32(ir.Shape{1, 8}, []float32{-1, -2, -3, -4, -5, -6, -7, -8})
	pt, _ := tensor.FromInt64(ir.Int64, nil, []int64{2})
	want, err := interp.Eval(f, ct, ut, pt)
	if err != nil {
		t.Fatal(err)
	}
	for run := 0; run < 2; run++ {
		var args []backends.Buffer
		for _, x := range []*tensor.Tensor{ct, ut, pt} {
			buf, err := b.Upload(x)
			if err != nil {
				t.Fatal(err)
			}
			args = append(args, buf)
		}
		cache := args[0].(*buffer).ptr
		before := b.MemoryStats()
		res, err := exe.Run(args, backends.RunOptions{Donate: []int{0}})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].(*buffer).ptr != cache {
			t.Errorf("run %d: the donated cache was not updated in place", run)
		}
		after := b.MemoryStats()
		if got := after.InUse - before.InUse; got != 512 { // only the sums' block is new
			t.Errorf("run %d: %d bytes more in use, want 512 (the sums only)", run, got)
		}
		if _, err := args[0].Download(); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("run %d: the donated cache after the run: %v, want ErrFreed", run, err)
		}
		for i, r := range res {
			got, err := r.Download()
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(want[i]) {
				t.Errorf("run %d: result %d = %v, interp %v", run, i, got, want[i])
			}
			r.Free()
		}
		args[1].Free()
		args[2].Free()
		if run == 1 && after.Reused <= before.Reused {
			t.Errorf("the second run's buffers were not served from the cache: %+v -> %+v", before, after)
		}
	}
	st := b.MemoryStats()
	if err := b.ReleaseCached(); err != nil {
		t.Fatal(err)
	}
	if st2 := b.MemoryStats(); st2.Reserved != st2.InUse || st2.Released == st.Released {
		t.Errorf("ReleaseCached: %+v -> %+v", st, st2)
	}
	t.Logf("allocator: %+v", b.MemoryStats())
}

// checkBufferRules checks Run's side of the Executable and Buffer
// contract: donation, freed buffers, foreign and mistyped arguments,
// results independent of the arguments.
func checkBufferRules(t *testing.T, b *Backend) {
	f := ir.NewFunc("twice")
	x := f.Param("x", ir.T(ir.Float32, 3))
	y, _ := f.Emit(ir.OpAdd, nil, ir.Pos{}, x, x)
	f.SetResults([]*ir.Value{y, x}, nil)
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x0, _ := tensor.FromFloat32(ir.Shape{3}, []float32{1, 2, 3})
	up := func() backends.Buffer {
		buf, err := b.Upload(x0)
		if err != nil {
			t.Fatal(err)
		}
		return buf
	}
	xb := up()
	res, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{Donate: []int{0}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := xb.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("download of a donated buffer: %v, want ErrFreed", err)
	}
	if _, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{}); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("run with a donated buffer: %v, want ErrFreed", err)
	}
	for i, want := range [][]float32{{2, 4, 6}, {1, 2, 3}} {
		got, err := res[i].Download()
		if err != nil {
			t.Fatal(err)
		}
		for j, w := range want {
			if g := got.Float32s()[j]; g != w {
				t.Errorf("result %d[%d] = %g, want %g", i, j, g, w)
			}
		}
		res[i].Free()
		res[i].Free() // idempotent
	}
	other := up()
	defer other.Free()
	if _, err := exe.Run([]backends.Buffer{other}, backends.RunOptions{Donate: []int{1}}); err == nil {
		t.Error("donating argument 1 of 1 succeeded")
	}
	wrong, _ := tensor.FromFloat32(ir.Shape{4}, []float32{1, 2, 3, 4})
	wb, err := b.Upload(wrong)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Free()
	interpBuf := &emuBuffer{t: ir.T(ir.Float32, 3), data: make([]byte, 12)}
	for name, args := range map[string][]backends.Buffer{"none": nil, "wrong_shape": {wb}, "foreign": {interpBuf}, "nil": {nil}} {
		if _, err := exe.Run(args, backends.RunOptions{}); err == nil {
			t.Errorf("%s: run succeeded", name)
		}
	}
}
