package cuda

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ebitengine/purego"
	"github.com/kiln-ml/kiln/backends"
	kgen "github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// decodeStackFunc is a decode-shaped program: a one-row activation through
// layers of (softmax row group, M = 1 GEMV with a residual add), then a
// batched cuBLASLt GEMM with a bias (M = 16 rows of y, above the GEMV's
// rows) so that a run mixes many small kernels with a GEMM, as a decode
// step does.
func decodeStackFunc(t *testing.T, layers, hidden int, d ir.DType) (*ir.Func, []*tensor.Tensor) {
	t.Helper()
	must := func(v *ir.Value, err error) *ir.Value {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	r := rand.New(rand.NewSource(17))
	f := ir.NewFunc(fmt.Sprintf("decode_stack_%d_%d_%s", layers, hidden, d))
	h := f.Param("x", ir.T(d, 1, hidden))
	in := []*tensor.Tensor{randTensor(t, r, d, 1, hidden)}
	for l := 0; l < layers; l++ {
		w := f.Param(fmt.Sprintf("w%d", l), ir.T(d, hidden, hidden))
		in = append(in, randTensor(t, r, d, hidden, hidden))
		s := must(f.Emit(ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, ir.Pos{}, h))
		p := must(f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: d}, ir.Pos{}, s, w))
		h = must(f.Emit(ir.OpAdd, nil, ir.Pos{}, h, p))
	}
	y := f.Param("y", ir.T(d, 16, hidden))
	wo := f.Param("wo", ir.T(d, hidden, hidden))
	bo := f.Param("bo", ir.T(d, hidden))
	in = append(in, randTensor(t, r, d, 16, hidden), randTensor(t, r, d, hidden, hidden), randTensor(t, r, d, hidden))
	g := must(f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: d}, ir.Pos{}, y, wo))
	bb := must(f.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{16, hidden}, Dims: []int{1}}, ir.Pos{}, bo))
	g = must(f.Emit(ir.OpAdd, nil, ir.Pos{}, g, bb))
	f.SetResults([]*ir.Value{h, g}, nil)
	return f, in
}

// runOnce runs exe on args and returns its results downloaded; the
// result buffers are freed (their blocks go back to the allocator).
func runOnce(t *testing.T, exe backends.Executable, args []backends.Buffer, opts backends.RunOptions) []*tensor.Tensor {
	t.Helper()
	res, err := exe.Run(args, opts)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	out := make([]*tensor.Tensor, len(res))
	for i, r := range res {
		if out[i], err = r.Download(); err != nil {
			t.Fatal(err)
		}
		r.Free()
	}
	return out
}

func uploadAll(t *testing.T, b backends.Backend, in []*tensor.Tensor) []backends.Buffer {
	t.Helper()
	args := make([]backends.Buffer, len(in))
	for i, x := range in {
		var err error
		if args[i], err = b.Upload(x); err != nil {
			t.Fatal(err)
		}
	}
	return args
}

func freeAll(bufs []backends.Buffer) {
	for _, x := range bufs {
		x.Free()
	}
}

// sameBits reports whether two result lists are bit for bit equal.
func sameBits(a, b []*tensor.Tensor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

func TestGraphCacheLRU(t *testing.T) {
	var c graphCache
	if c.recurs("a") || c.recurs("b") {
		t.Fatal("a key seen for the first time recurs")
	}
	if !c.recurs("a") || c.recurs("a") {
		t.Fatal("a key seen once must recur once, then be forgotten")
	}
	for i := 0; i < graphSeenSize+1; i++ {
		c.recurs(fmt.Sprint(i))
	}
	if c.recurs("b") {
		t.Error("the oldest seen key was not forgotten")
	}
	for i := 1; i <= graphCacheSize; i++ {
		if old := c.put(fmt.Sprint("k", i), cuGraphEx(i)); old != 0 {
			t.Fatalf("put %d evicted %d below capacity", i, old)
		}
	}
	if e, ok := c.get("k1"); !ok || e != 1 {
		t.Fatalf("get k1 = %d, %v", e, ok)
	}
	// k1 is now the most recently used: k2 goes first.
	if old := c.put("k9", 9); old != 2 {
		t.Errorf("evicted %d, want 2 (least recently used)", old)
	}
	if _, ok := c.get("k2"); ok {
		t.Error("an evicted graph is still found")
	}
}

func TestGraphKey(t *testing.T) {
	x := &executable{consts: []devPtr{0x1000}, ws: 0x2000}
	a := []*buffer{{ptr: 0x100}, {ptr: 0x200}}
	r := []*buffer{{ptr: 0x300}}
	k := x.graphKey(a, r, 0x4000, []bool{false, true, false})
	same := x.graphKey([]*buffer{{ptr: 0x100}, {ptr: 0x200}}, []*buffer{{ptr: 0x300}}, 0x4000, []bool{false, true, false})
	if k != same {
		t.Fatal("equal addresses give different keys")
	}
	for name, other := range map[string]string{
		"argument":   x.graphKey([]*buffer{{ptr: 0x100}, {ptr: 0x208}}, r, 0x4000, []bool{false, true, false}),
		"swapped":    x.graphKey([]*buffer{{ptr: 0x200}, {ptr: 0x100}}, r, 0x4000, []bool{false, true, false}),
		"result":     x.graphKey(a, []*buffer{{ptr: 0x308}}, 0x4000, []bool{false, true, false}),
		"gemm ws":    x.graphKey(a, r, 0x4008, []bool{false, true, false}),
		"skip":       x.graphKey(a, r, 0x4000, []bool{false, false, false}),
		"constant":   (&executable{consts: []devPtr{0x1008}, ws: 0x2000}).graphKey(a, r, 0x4000, []bool{false, true, false}),
		"workspace":  (&executable{consts: []devPtr{0x1000}, ws: 0x2008}).graphKey(a, r, 0x4000, []bool{false, true, false}),
		"skip ninth": x.graphKey(a, r, 0x4000, []bool{false, true, false, false, false, false, false, false, true}),
	} {
		if other == k {
			t.Errorf("a different %s gives the same key", name)
		}
	}
}

// TestBindGraphsMissing: a driver without the graph entry points turns
// graphs off with a reason naming the symbol; it is not an error.
func TestBindGraphsMissing(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("dlopen of libc")
	}
	h, err := dlopen("libc.so.6")
	if err != nil {
		t.Skip(err)
	}
	g, why := bindGraphs(h, "libc.so.6")
	if g != nil || !strings.Contains(why, "cuStreamBeginCapture_v2") {
		t.Errorf("bindGraphs on libc: %v, %q", g, why)
	}
	if got := graphsOff(&driverAPI{noGraphs: why}); got != why {
		t.Errorf("graphsOff = %q, want %q", got, why)
	}
	t.Setenv("KILN_CUDA_GRAPHS", "0")
	if got := graphsOff(&driverAPI{graphs: &graphAPI{}}); got != "KILN_CUDA_GRAPHS=0" {
		t.Errorf("graphsOff with KILN_CUDA_GRAPHS=0: %q", got)
	}
}

// fakeGraphCounts reads the fake driver's counters: kernels and GEMMs
// run outside graphs, graphs launched, captures begun, graphs and
// executable graphs alive.
type fakeCounts struct{ direct, launches, captures, graphs, execs int64 }

func fakeGraphControl(t *testing.T, lib string) (counts func() fakeCounts, failCaptures func(n int)) {
	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		t.Fatal(err)
	}
	var get func(out *[5]int64)
	var fail func(n int32)
	purego.RegisterLibFunc(&get, h, "kiln_fake_graph_counts")
	purego.RegisterLibFunc(&fail, h, "kiln_fake_fail_captures")
	return func() fakeCounts {
			var o [5]int64
			get(&o)
			return fakeCounts{o[0], o[1], o[2], o[3], o[4]}
		}, func(n int) {
			fail(int32(n))
		}
}

// checkGraphs runs a decode-shaped program through Run on the fake driver:
// graphs captured on the second run of the same addresses replay bit for
// bit what the steps give launched one by one, launching no step
// themselves; other addresses miss and capture anew; the LRU destroys
// what it evicts and release destroys the rest; KILN_CUDA_GRAPHS=0 never
// captures; a failed capture falls back to the steps, and an executable
// stops trying after graphMaxFailures.
func checkGraphs(t *testing.T, b *Backend, lib string) {
	counts, failCaptures := fakeGraphControl(t, lib)
	// The exact counts below assume that nothing else frees device memory
	// meanwhile: an executable released by its finalizer returns blocks,
	// and the allocator's lowest-address order then moves results. So
	// the garbage of earlier tests is released first, and this test's
	// executables are kept alive to its end.
	settleFinalizers(t)
	var keep []backends.Executable
	defer runtime.KeepAlive(&keep)
	if why := b.GraphsOff(); why != "" {
		t.Fatalf("graphs off on the fake driver: %s", why)
	}
	f, in := decodeStackFunc(t, 3, 32, ir.Float32)
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x := exe.(*executable)
	args := uploadAll(t, b, in)
	defer freeAll(args)

	var plain []*tensor.Tensor
	t.Run("replay", func(t *testing.T) {
		c0 := counts()
		plain = runOnce(t, exe, args, backends.RunOptions{})
		c1 := counts()
		if c1.direct-c0.direct != int64(len(x.prog.steps)) || c1.captures != c0.captures {
			t.Fatalf("first run: %d steps launched, %d captures; want %d, 0", c1.direct-c0.direct, c1.captures-c0.captures, len(x.prog.steps))
		}
		for run := 1; run < 6; run++ {
			got := runOnce(t, exe, args, backends.RunOptions{})
			if !sameBits(got, plain) {
				t.Fatalf("run %d differs from the plain run", run)
			}
		}
		c2 := counts()
		st, _ := Graphs(exe)
		if st.Captures != 1 || st.Replays != 4 || st.Misses != 1 || st.Live != 1 {
			t.Errorf("stats %+v, want 1 capture, 4 replays, 1 miss, 1 live", st)
		}
		if c2.direct != c1.direct || c2.launches-c1.launches != 5 || c2.execs-c0.execs != 1 || c2.graphs != c0.graphs {
			t.Errorf("fake driver: %d steps launched outside graphs, %d graph launches, %d executable graphs and %d graphs more; want 0, 5, 1, 0",
				c2.direct-c1.direct, c2.launches-c1.launches, c2.execs-c0.execs, c2.graphs-c0.graphs)
		}
		t.Logf("%d steps per run; %+v", len(x.prog.steps), st)
	})
	t.Run("changed_address", func(t *testing.T) {
		// Other values at other addresses: a stale graph would give the
		// first inputs' results.
		in2 := append([]*tensor.Tensor(nil), in...)
		in2[0] = randTensor(t, rand.New(rand.NewSource(99)), ir.Float32, 1, 32)
		x2, err := b.Upload(in2[0])
		if err != nil {
			t.Fatal(err)
		}
		defer x2.Free()
		args2 := append([]backends.Buffer{x2}, args[1:]...)
		before, _ := Graphs(exe)
		want := runOnce(t, exe, args2, backends.RunOptions{})
		if sameBits(want, plain) {
			t.Fatal("the new input gives the old results")
		}
		for run := 0; run < 3; run++ {
			if got := runOnce(t, exe, args2, backends.RunOptions{}); !sameBits(got, want) {
				t.Fatalf("run %d with the new argument differs from its plain run", run)
			}
		}
		st, _ := Graphs(exe)
		if st.Misses-before.Misses != 1 || st.Captures-before.Captures != 1 || st.Replays-before.Replays != 2 {
			t.Errorf("stats %+v -> %+v, want 1 miss, 1 capture, 2 replays more", before, st)
		}
		if got := runOnce(t, exe, args, backends.RunOptions{}); !sameBits(got, plain) {
			t.Fatal("back to the first argument: results differ")
		}
	})
	t.Run("eviction", func(t *testing.T) {
		before, c0 := x.graphStatsLocked(), counts()
		var extra []backends.Buffer
		defer func() { freeAll(extra) }()
		for k := 0; k < graphCacheSize+1; k++ {
			xk, err := b.Upload(in[0])
			if err != nil {
				t.Fatal(err)
			}
			extra = append(extra, xk) // kept: each key's address stays distinct
			ak := append([]backends.Buffer{xk}, args[1:]...)
			for run := 0; run < 3; run++ {
				if got := runOnce(t, exe, ak, backends.RunOptions{}); !sameBits(got, plain) {
					t.Fatalf("key %d run %d differs", k, run)
				}
			}
		}
		st, c1 := x.graphStatsLocked(), counts()
		if st.Live != graphCacheSize || st.Evicted-before.Evicted != st.Captures-before.Captures-(graphCacheSize-before.Live) {
			t.Errorf("stats %+v -> %+v: want %d live, an eviction per capture beyond capacity", before, st, graphCacheSize)
		}
		if c1.execs-c0.execs != int64(st.Live-before.Live) {
			t.Errorf("the fake holds %d executable graphs more, the cache %d", c1.execs-c0.execs, st.Live-before.Live)
		}
		bs := b.GraphStats()
		runtime.SetFinalizer(x, nil)
		x.release()
		if c2 := counts(); c2.execs != c1.execs-int64(st.Live) {
			t.Errorf("release left %d of %d executable graphs", c2.execs-(c1.execs-int64(st.Live)), st.Live)
		}
		if after := b.GraphStats(); after.Live != bs.Live-st.Live {
			t.Errorf("backend stats after release: %+v (before %+v)", after, bs)
		}
	})
	t.Run("disabled", func(t *testing.T) {
		t.Setenv("KILN_CUDA_GRAPHS", "0")
		if why := b.GraphsOff(); why != "KILN_CUDA_GRAPHS=0" {
			t.Errorf("GraphsOff = %q", why)
		}
		exe, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		keep = append(keep, exe)
		c0 := counts()
		for run := 0; run < 4; run++ {
			if got := runOnce(t, exe, args, backends.RunOptions{}); !sameBits(got, plain) {
				t.Fatalf("run %d differs", run)
			}
		}
		c1 := counts()
		if st, _ := Graphs(exe); st != (GraphStats{}) || c1.captures != c0.captures || c1.launches != c0.launches {
			t.Errorf("graphs off: stats %+v, %d captures, %d graph launches", st, c1.captures-c0.captures, c1.launches-c0.launches)
		}
	})
	t.Run("capture_fails", func(t *testing.T) {
		exe, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		keep = append(keep, exe)
		failCaptures(1)
		defer failCaptures(0)
		// run 0: first sight; 1: the capture fails, steps launched; 2: seen
		// again; 3: captured; 4: replayed.
		for run := 0; run < 5; run++ {
			if got := runOnce(t, exe, args, backends.RunOptions{}); !sameBits(got, plain) {
				t.Fatalf("run %d differs", run)
			}
		}
		st, _ := Graphs(exe)
		if st.Failures != 1 || st.Captures != 1 || st.Replays != 1 || st.Misses != 3 {
			t.Errorf("stats %+v, want 1 failure, 1 capture, 1 replay, 3 misses", st)
		}
		if !strings.Contains(st.LastFailure, "cuStreamEndCapture") || !strings.Contains(b.GraphStats().LastFailure, "cuStreamEndCapture") {
			t.Errorf("the failure is not reported: %q, backend %q", st.LastFailure, b.GraphStats().LastFailure)
		}
		exe2, err := b.Compile(f, backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		keep = append(keep, exe2)
		failCaptures(1000)
		c0 := counts()
		for run := 0; run < 8; run++ {
			if got := runOnce(t, exe2, args, backends.RunOptions{}); !sameBits(got, plain) {
				t.Fatalf("run %d differs", run)
			}
		}
		if st, _ := Graphs(exe2); st.Failures != graphMaxFailures || st.Captures != 0 || counts().captures-c0.captures != graphMaxFailures {
			t.Errorf("stats %+v after failing captures: want %d failures and no more tries", st, graphMaxFailures)
		}
	})
}

// settleFinalizers collects garbage and waits until the finalizers queued
// by it have run (those of unreachable executables release their device
// memory).
func settleFinalizers(t *testing.T) {
	for i := 0; i < 2; i++ {
		done := make(chan struct{})
		s := new([16]byte)
		runtime.SetFinalizer(s, func(*[16]byte) { close(done) })
		s = nil
		runtime.GC()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("finalizers did not run")
		}
	}
}

// graphStatsLocked is Graphs(x).
func (x *executable) graphStatsLocked() GraphStats {
	st, _ := Graphs(x)
	return st
}

// fakeNamed is the fake-driver backend under the name "cuda-fake", so
// that models load on it by name (TestFakeCUDA sets Backend).
type fakeNamed struct{ *Backend }

func (*fakeNamed) Name() string { return "cuda-fake" }

var (
	fakeProxy     = &fakeNamed{}
	fakeProxyOnce sync.Once
)

// checkGenerateGraphs: greedy generation on the fake driver — the
// backend's own Run, sampler and allocator — gives the same tokens with
// graphs on and off, and interp's; with graphs on, the decode steps of a
// second generation (same shapes) replay graphs: the hit rate is logged
// and must be at least minHitRate.
func checkGenerateGraphs(t *testing.T, b *Backend) {
	fakeProxy.Backend = b
	fakeProxyOnce.Do(func() { backends.Register(fakeProxy, -1) })
	gf, gi := loadLlamaTiny(t, "cuda-fake"), loadLlamaTiny(t, "interp")
	prompts := [][]int{{1, 15, 27, 3, 9}, {1, 8, 8}}
	const newTokens = 12
	opts := []kgen.Option{kgen.MaxNewTokens(newTokens), kgen.Greedy()}
	ctx := context.Background()
	gen := func(warm bool) ([][]int, GraphStats) {
		before, mem := b.GraphStats(), b.MemoryStats()
		out, err := gf.Generate(ctx, prompts, opts...)
		if err != nil {
			t.Fatal(err)
		}
		// Once the weights are uploaded (the first call), every step's
		// buffers are freed (a leaked output would also change the next
		// step's addresses).
		if m := b.MemoryStats(); warm && m.InUse != mem.InUse {
			t.Errorf("generate kept %d bytes of device memory", m.InUse-mem.InUse)
		}
		after := b.GraphStats()
		return out.Sequences, GraphStats{Captures: after.Captures - before.Captures, Replays: after.Replays - before.Replays,
			Misses: after.Misses - before.Misses, Failures: after.Failures - before.Failures, Evicted: after.Evicted - before.Evicted, Live: after.Live}
	}
	first, st1 := gen(false)
	second, st2 := gen(true)
	t.Setenv("KILN_CUDA_GRAPHS", "0")
	off, st3 := gen(true)
	ref, err := gi.Generate(ctx, prompts, opts...)
	if err != nil {
		t.Fatal(err)
	}
	for r := range prompts {
		if !equalInts(first[r], off[r]) || !equalInts(second[r], off[r]) || !equalInts(off[r], ref.Sequences[r]) {
			t.Errorf("row %d: graphs on %v then %v, off %v, interp %v", r, first[r], second[r], off[r], ref.Sequences[r])
		}
	}
	rate := func(s GraphStats) float64 {
		return float64(s.Replays) / float64(max(1, s.Replays+s.Captures+s.Misses))
	}
	t.Logf("generate %d tokens: first call %+v (hit rate %.2f), second %+v (hit rate %.2f), graphs off %+v",
		newTokens, st1, rate(st1), st2, rate(st2), st3)
	if st3.Captures+st3.Replays+st3.Misses != 0 {
		t.Errorf("KILN_CUDA_GRAPHS=0: %+v", st3)
	}
	if st1.Failures+st2.Failures != 0 {
		t.Errorf("captures failed: %+v, %+v", st1, st2)
	}
	// The second call's runs: a prefill and newTokens-1 decode steps,
	// every one of which replays unless something else frees device
	// memory meanwhile (a finalizer: each such change costs a miss and a
	// capture).
	if runs := st2.Replays + st2.Captures + st2.Misses; runs != newTokens || st2.Replays < newTokens/2 {
		t.Errorf("second generation: %d replays in %d runs, want >= %d in %d", st2.Replays, runs, newTokens/2, newTokens)
	}
}
