package cuda

import (
	bin "encoding/binary"
	"fmt"
	"os"

	"github.com/kiln-ml/kiln/backends"
)

// CUDA graphs for Run (issue #17). A run of an executable is its steps —
// kernels and cuBLASLt GEMMs — queued one by one on the stream. When the
// same device addresses recur (a decode step: the weights, the donated
// KV cache, and results and small uploads that the caching allocator
// hands back from its free lists), the whole sequence is captured once
// into a CUDA graph and later runs launch that graph: one driver call
// instead of one per step.
//
// The key of a graph is every address a step reads or writes — each
// argument and result (an in-place result is its argument's memory), the
// executable's constants and workspace, cuBLASLt's workspace — and the set
// of steps skipped (skipIfSame compares addresses). A kernel node holds its
// argument values and a GEMM node the addresses it was given, so a graph is
// only valid for the addresses it was captured with; nothing else of a run
// varies (grids, kernels, GEMM descriptors and algorithms are fixed per
// executable).
//
// Policy, per executable: a key seen for the first time runs step by step
// (so the first run of an executable, where cuBLASLt and the driver load
// their kernels lazily, is never captured, and keys that never recur —
// one-off calls, a prefill — cost no capture); the second time it is
// captured, instantiated and launched; later it is replayed. At most
// graphCacheSize graphs are kept (least recently used first out; an
// evicted graph is destroyed, and so are all of them when the executable
// is released). A capture that fails falls back to launching the steps
// one by one; after graphMaxFailures failures the executable stops
// capturing. KILN_CUDA_GRAPHS=0 (read on every run) turns graphs off; so
// does a driver without the entry points (GraphsOff says why).

const (
	// captureModeThreadLocal is CU_STREAM_CAPTURE_MODE_THREAD_LOCAL: while
	// kiln captures, only its own thread is barred from potentially unsafe
	// calls (a synchronization, a cuMemAlloc), which invalidate the
	// capture. Capture runs on Run's locked OS thread with the backend's
	// mutex held, so kiln makes no such call meanwhile. The global mode
	// would bar them in every thread of the process — another library, a
	// backend on another device — for the length of kiln's capture, and
	// make their legitimate calls fail.
	captureModeThreadLocal = 1
	// graphCacheSize is the number of graphs kept per executable. Decode
	// alternates between a few address sets (two uploads of one size class
	// swap blocks from step to step); a handful covers them.
	graphCacheSize = 4
	// graphSeenSize is the number of keys run once without a graph that an
	// executable remembers.
	graphSeenSize = 8
	// graphMaxFailures is the number of failed captures after which an
	// executable stops trying.
	graphMaxFailures = 2
)

// graphAPI is the driver's stream capture and graph entry points.
type graphAPI struct {
	beginCapture func(s cuStream, mode int32) cuResult
	endCapture   func(s cuStream, g *cuGraph) cuResult
	instantiate  func(e *cuGraphEx, g cuGraph, flags uint64) cuResult
	launch       func(e cuGraphEx, s cuStream) cuResult
	execDestroy  func(e cuGraphEx) cuResult
	destroy      func(g cuGraph) cuResult
}

// bindGraphs binds the graph entry points of library h (at path): the API
// and "", or nil and why graphs are off.
func bindGraphs(h uintptr, path string) (*graphAPI, string) {
	g := &graphAPI{}
	s := &symbols{h: h, lib: path}
	// cuda.h maps cuStreamBeginCapture to _v2 (the mode argument) since
	// CUDA 10.1, and cuGraphInstantiate to cuGraphInstantiateWithFlags in
	// CUDA 12 and 13; both names are exported by 12.x and 13.x drivers.
	s.bind(&g.beginCapture, "cuStreamBeginCapture_v2")
	s.bind(&g.endCapture, "cuStreamEndCapture")
	s.bind(&g.instantiate, "cuGraphInstantiateWithFlags")
	s.bind(&g.launch, "cuGraphLaunch")
	s.bind(&g.execDestroy, "cuGraphExecDestroy")
	s.bind(&g.destroy, "cuGraphDestroy")
	if s.err != nil {
		return nil, "the driver has no CUDA graphs: " + s.err.Error()
	}
	return g, ""
}

// GraphStats counts what Run did with CUDA graphs.
type GraphStats struct {
	Captures int // graphs captured and instantiated (each then launched)
	Replays  int // runs that launched a graph captured earlier
	Misses   int // runs with graphs on that launched their steps one by one: a key seen for the first time, or a failed capture
	Failures int // captures that failed (their runs fell back to launching the steps)
	Evicted  int // graphs destroyed to make room for another
	Live     int // graphs instantiated and not yet destroyed
	// LastFailure is the error of the latest failed capture ("" for none).
	LastFailure string
}

// Graphs returns the graph counters of an executable of this backend.
func Graphs(exe backends.Executable) (GraphStats, bool) {
	x, ok := exe.(*executable)
	if !ok {
		return GraphStats{}, false
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.graphs.stats, true
}

// GraphStats returns the graph counters of every executable of the
// backend, released ones included (zero when it is unavailable).
func (b *Backend) GraphStats() GraphStats {
	if _, err := b.setup(); err != nil {
		return GraphStats{}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.graphStats
}

// GraphsOff says why Run does not use CUDA graphs now ("" when it does).
func (b *Backend) GraphsOff() string {
	rt, err := b.setup()
	if err != nil {
		return err.Error()
	}
	return graphsOff(rt.drv)
}

func graphsOff(drv *driverAPI) string {
	if os.Getenv("KILN_CUDA_GRAPHS") == "0" {
		return "KILN_CUDA_GRAPHS=0"
	}
	if drv.graphs == nil {
		return drv.noGraphs
	}
	return ""
}

// graphEntry is one instantiated graph and the key it was captured for.
type graphEntry struct {
	key  string
	exec cuGraphEx
}

// graphCache is an executable's graphs (used with its mutex held).
type graphCache struct {
	entries  []graphEntry // least recently used first
	seen     []string     // keys run once without a graph, oldest first
	failures int
	stats    GraphStats
}

// get returns the graph of key and marks it most recently used.
func (c *graphCache) get(key string) (cuGraphEx, bool) {
	for i, e := range c.entries {
		if e.key == key {
			copy(c.entries[i:], c.entries[i+1:])
			c.entries[len(c.entries)-1] = e
			return e.exec, true
		}
	}
	return 0, false
}

// recurs reports whether key was seen before (and forgets it then);
// otherwise it remembers key, forgetting the oldest beyond graphSeenSize.
func (c *graphCache) recurs(key string) bool {
	for i, k := range c.seen {
		if k == key {
			c.seen = append(c.seen[:i], c.seen[i+1:]...)
			return true
		}
	}
	if len(c.seen) == graphSeenSize {
		c.seen = append(c.seen[:0], c.seen[1:]...)
	}
	c.seen = append(c.seen, key)
	return false
}

// put adds a graph as the most recently used and returns the graph it
// evicts (0 for none).
func (c *graphCache) put(key string, exec cuGraphEx) cuGraphEx {
	var out cuGraphEx
	if len(c.entries) == graphCacheSize {
		out = c.entries[0].exec
		c.entries = append(c.entries[:0], c.entries[1:]...)
	}
	c.entries = append(c.entries, graphEntry{key, exec})
	return out
}

// graphKey is the key of a run: the addresses of its arguments, results,
// constants, workspace and cuBLASLt's workspace, then a bit per step that
// is skipped.
func (x *executable) graphKey(args, res []*buffer, gemmWS devPtr, skip []bool) string {
	n := 8 * (len(args) + len(res) + len(x.consts) + 2)
	b := make([]byte, 0, n+(len(skip)+7)/8)
	for _, a := range args {
		b = bin.LittleEndian.AppendUint64(b, uint64(a.ptr))
	}
	for _, r := range res {
		b = bin.LittleEndian.AppendUint64(b, uint64(r.ptr))
	}
	for _, c := range x.consts {
		b = bin.LittleEndian.AppendUint64(b, uint64(c))
	}
	b = bin.LittleEndian.AppendUint64(b, uint64(x.ws))
	b = bin.LittleEndian.AppendUint64(b, uint64(gemmWS))
	var bits byte
	for i, s := range skip {
		if s {
			bits |= 1 << (i % 8)
		}
		if i%8 == 7 || i == len(skip)-1 {
			b = append(b, bits)
			bits = 0
		}
	}
	return string(b)
}

// count applies f to the executable's and the backend's counters (the
// backend's mutex is held).
func (x *executable) count(f func(*GraphStats)) {
	f(&x.graphs.stats)
	f(&x.b.graphStats)
}

// runGraph runs the steps through a graph when graphs are on: it returns
// false when the caller is to launch them one by one (graphs off, a key
// seen for the first time, or a failed capture).
func (x *executable) runGraph(rt *runtimeState, key func() string, enqueue func() error) (bool, error) {
	if graphsOff(rt.drv) != "" || x.graphs.failures >= graphMaxFailures {
		return false, nil
	}
	k := key()
	g := rt.drv.graphs
	exec, ok := x.graphs.get(k)
	if !ok {
		if !x.graphs.recurs(k) {
			x.count(func(s *GraphStats) { s.Misses++ })
			return false, nil
		}
		var err error
		if exec, err = x.capture(rt, enqueue); err != nil {
			x.graphs.failures++
			x.count(func(s *GraphStats) { s.Failures++; s.Misses++; s.LastFailure = err.Error() })
			return false, nil
		}
		x.count(func(s *GraphStats) { s.Captures++; s.Live++ })
		if old := x.graphs.put(k, exec); old != 0 {
			_ = rt.drv.check("cuGraphExecDestroy", g.execDestroy(old))
			x.count(func(s *GraphStats) { s.Evicted++; s.Live-- })
		}
	} else {
		x.count(func(s *GraphStats) { s.Replays++ })
	}
	if err := rt.drv.check("cuGraphLaunch", g.launch(exec, rt.dev.stream)); err != nil {
		return true, err
	}
	return true, rt.dev.sync()
}

// capture records enqueue's work on the stream as a graph and
// instantiates it. Nothing runs: the caller launches the graph. On
// failure the stream is out of capture mode and nothing is kept.
func (x *executable) capture(rt *runtimeState, enqueue func() error) (cuGraphEx, error) {
	g, drv, s := rt.drv.graphs, rt.drv, rt.dev.stream
	if err := drv.check("cuStreamBeginCapture", g.beginCapture(s, captureModeThreadLocal)); err != nil {
		return 0, err
	}
	runErr := enqueue()
	var graph cuGraph
	endErr := drv.check("cuStreamEndCapture", g.endCapture(s, &graph))
	if graph != 0 {
		defer g.destroy(graph) // the instantiated graph does not need it
	}
	if runErr != nil {
		return 0, fmt.Errorf("capture: %w", runErr)
	}
	if endErr != nil {
		return 0, endErr
	}
	var exec cuGraphEx
	if err := drv.check("cuGraphInstantiateWithFlags", g.instantiate(&exec, graph, 0)); err != nil {
		return 0, err
	}
	return exec, nil
}

// dropGraphs destroys every graph of the executable (the backend's mutex
// held, on the device's thread).
func (x *executable) dropGraphs(rt *runtimeState) {
	for _, e := range x.graphs.entries {
		_ = rt.drv.check("cuGraphExecDestroy", rt.drv.graphs.execDestroy(e.exec))
		x.count(func(s *GraphStats) { s.Live-- })
	}
	x.graphs.entries = nil
}
