package train

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// TestLowerGCPercent checks that LowerGCPercent sets GCPercent when GOGC
// is unset, leaves the setting alone when it is set, and that its restore
// function puts the previous percentage back.
func TestLowerGCPercent(t *testing.T) {
	prev := debug.SetGCPercent(77)
	defer debug.SetGCPercent(prev)
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	restore := LowerGCPercent()
	if got := debug.SetGCPercent(GCPercent); got != GCPercent {
		t.Errorf("GC percent %d after LowerGCPercent, want %d", got, GCPercent)
	}
	restore()
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("GC percent %d after restore, want 77", got)
	}
	t.Setenv("GOGC", "50")
	LowerGCPercent()()
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("GC percent %d with GOGC set, want 77 (left alone)", got)
	}
}

// TestFitGCPercent checks the percentage for a slack: GCPercent while a
// tenth of the live heap is under the slack, slack/live in percent
// (rounded down) above, never under 1.
func TestFitGCPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live, slack uint64
		want        int
	}{
		{0, 128 * mib, GCPercent},
		{100 * mib, 128 * mib, GCPercent},
		{1280 * mib, 128 * mib, GCPercent},
		{1281 * mib, 128 * mib, 9},
		{4800 * mib, 128 * mib, 2}, // a Llama-3.2-1B float32 base: 2.67%
		{12800 * mib, 128 * mib, 1},
		{1 << 40, 128 * mib, 1},
	} {
		if got := fitGCPercent(c.live, c.slack); got != c.want {
			t.Errorf("fitGCPercent(%d MiB, %d MiB) = %d, want %d", c.live/mib, c.slack/mib, got, c.want)
		}
	}
}

// TestGCHookRefits checks that the hook sets the percentage from the live
// heap after collections (a 64 MiB live slice and a 2 MiB slack: 3%), and
// that once stopped it restores the previous one and changes nothing more.
func TestGCHookRefits(t *testing.T) {
	prev := debug.SetGCPercent(77)
	defer debug.SetGCPercent(prev)
	gogc := func() int {
		s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
		metrics.Read(s)
		return int(s[0].Value.Uint64())
	}
	live := make([]byte, 64<<20)
	h := &gcHook{slack: 2 << 20}
	h.old = debug.SetGCPercent(GCPercent)
	h.arm()
	deadline := time.Now().Add(5 * time.Second)
	for gogc() != 3 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := gogc(); got != 3 {
		t.Fatalf("GC percent %d with 64 MiB live and a 2 MiB slack, want 3", got)
	}
	h.stop()
	if got := gogc(); got != 77 {
		t.Errorf("GC percent %d after stop, want 77", got)
	}
	for range 3 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := gogc(); got != 77 {
		t.Errorf("GC percent %d after collections of a stopped hook, want 77", got)
	}
	runtime.KeepAlive(live)
}

// TestReleaseFreeMemory: under LowerGCPercent (also with GOGC set), the
// free pages of a dropped 64 MiB allocation go back to the system at
// releaseFreeMemory; restore ends the regime (once, however often called),
// and outside it releaseFreeMemory does nothing.
func TestReleaseFreeMemory(t *testing.T) {
	prev := debug.SetGCPercent(77)
	defer debug.SetGCPercent(prev)
	freeHeap := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	for _, gogc := range []string{"", "50"} {
		t.Setenv("GOGC", gogc)
		if gogc == "" {
			os.Unsetenv("GOGC")
		}
		restore := LowerGCPercent()
		junk := make([]byte, 64<<20)
		for i := range junk {
			junk[i] = byte(i)
		}
		runtime.KeepAlive(junk)
		junk = nil
		runtime.GC() // now free, and still resident
		if f := freeHeap(); f < 32<<20 {
			t.Fatalf("GOGC %q: only %d MiB of free heap after dropping 64 MiB: the test shows nothing", gogc, f>>20)
		}
		releaseFreeMemory()
		if f := freeHeap(); f > 16<<20 {
			t.Errorf("GOGC %q: %d MiB of free heap kept resident after releaseFreeMemory", gogc, f>>20)
		}
		restore()
		restore()
		if n := memoryRegime.Load(); n != 0 {
			t.Errorf("GOGC %q: %d regimes in force after restore", gogc, n)
		}
	}
}
