package train

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// GCPercent is the Go collector's target percentage (GOGC) that training
// runs with while the live heap is small. kiln's CPU backends keep
// weights, optimizer state and activations on the Go heap as pointer-free
// byte slices: they cost the collector almost nothing to mark, but at the
// default GOGC of 100 they let the garbage of a compile (the program's IR,
// passes, autodiff) grow to as much as the live heap — for a frozen
// 124M-parameter base, ~450 MiB of peak RSS on top of the weights
// (bench/cpu's lora-train workload, docs/lora.md "Memory (CPU)"). 10
// bounds that garbage to a tenth of the live heap; the collector's cycles
// stay cheap because the big buffers hold no pointers (measured: the
// compile's peak RSS 720 MiB at 25, 641 at 10, the same step times).
const GCPercent = 10

// GCSlack is the garbage LowerGCPercent lets the heap hold over its live
// bytes once a tenth of the live heap is more than that: a tenth of a
// Llama-3.2-1B float32 base (4.6 GiB) is ~470 MiB, most of issue #16's
// 15% allowance (bench/cpu's lora-train-llama workload). The percentage
// is an integer of at least 1, so above 12.5 GiB of live heap the slack
// is 1% of it.
const GCSlack = 128 << 20

// fitGCPercent is the percentage that lets about slack bytes of garbage
// accumulate over live bytes of live heap: slack/live in percent, rounded
// down, at most GCPercent and at least 1.
func fitGCPercent(live, slack uint64) int {
	if live == 0 {
		return GCPercent
	}
	return int(max(1, min(GCPercent, slack*100/live)))
}

// LowerGCPercent sets the collector's percentage to GCPercent unless the
// GOGC environment variable chose one, and returns a function restoring
// the previous setting (kiln train calls it for the whole process). Until
// restored, after every collection it sets the percentage again to
// fitGCPercent of the live heap that collection found and GCSlack: the
// garbage between collections stays under ~GCSlack however large the
// weights (the first collection after the weights grew may come at a
// tenth of them).
//
// While it is in force (whatever GOGC says), the train step also returns
// the heap's free memory to the system at the two moments a large amount
// of it has just been freed and is not needed again (releaseFreeMemory).
func LowerGCPercent() (restore func()) {
	memoryRegime.Add(1)
	var once sync.Once
	leave := func() { once.Do(func() { memoryRegime.Add(-1) }) }
	if os.Getenv("GOGC") != "" {
		return leave
	}
	h := &gcHook{slack: GCSlack}
	h.old = debug.SetGCPercent(GCPercent)
	h.arm()
	return func() { h.stop(); leave() }
}

// memoryRegime counts the LowerGCPercent calls not yet restored.
var memoryRegime atomic.Int32

// releaseFreeMemory returns the Go heap's free pages to the system
// (debug.FreeOSMemory: a collection, then every free page released) when
// a LowerGCPercent regime is in force; otherwise it does nothing, so
// library users keep the runtime's own policy. NewStep calls it once the
// step is compiled (the compile's garbage: its IR, passes and autodiff)
// and Run after a Step's first successful run (what the first run freed:
// uploaded inputs, the first results of programs that do not update in
// place). The runtime's scavenger would keep up to ~10% over the heap
// goal of such free pages resident for good (about 100 MiB at a
// Llama-3.2-1B base, issue #16); between these two points the heap is in
// a steady state (workspaces and results are recycled), so there is
// nothing more to return. A soft limit (debug.SetMemoryLimit) derived from
// the live heap was the alternative: it would make the collector run
// continuously whenever the live heap grows past it (an evaluation
// program compiled mid-training), for the same result.
func releaseFreeMemory() {
	if memoryRegime.Load() > 0 {
		debug.FreeOSMemory()
	}
}

// gcHook refits the collector's percentage after each collection, from a
// finalizer that re-arms itself (it runs once per cycle that finds its
// sentinel unreachable: every cycle) until stopped.
type gcHook struct {
	mu      sync.Mutex
	stopped bool
	old     int
	slack   uint64
	sample  [1]metrics.Sample
}

// gcSentinel is the object whose finalizer runs the hook (large enough
// not to share a tiny-allocator block, whose finalizers may never run).
type gcSentinel struct {
	h *gcHook
	_ [16]byte
}

func (h *gcHook) arm() {
	runtime.SetFinalizer(&gcSentinel{h: h}, (*gcSentinel).fire)
}

func (s *gcSentinel) fire() {
	h := s.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return
	}
	h.sample[0].Name = "/gc/heap/live:bytes"
	metrics.Read(h.sample[:])
	if h.sample[0].Value.Kind() == metrics.KindUint64 {
		debug.SetGCPercent(fitGCPercent(h.sample[0].Value.Uint64(), h.slack))
	}
	runtime.SetFinalizer(s, (*gcSentinel).fire)
}

func (h *gcHook) stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.stopped {
		h.stopped = true
		debug.SetGCPercent(h.old)
	}
}
