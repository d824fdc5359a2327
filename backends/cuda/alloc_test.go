package cuda

import (
	"errors"
	"math/rand"
	"testing"
)

// fakeRaw is device memory as a counter: blocks at increasing addresses,
// an optional capacity, and a log of frees and synchronizations.
type fakeRaw struct {
	next     devPtr
	live     map[devPtr]int
	capacity int // 0: unlimited
	used     int
	allocs   int
	syncs    int
}

func newFakeRaw(capacity int) *fakeRaw {
	return &fakeRaw{next: 1 << 20, live: map[devPtr]int{}, capacity: capacity}
}

var errFakeOOM = errors.New("fake: out of memory")

func (f *fakeRaw) alloc(n int) (devPtr, error) {
	if f.capacity > 0 && f.used+n > f.capacity {
		return 0, errFakeOOM
	}
	p := f.next
	f.next += devPtr(n+255) &^ 255
	f.live[p] = n
	f.used += n
	f.allocs++
	return p, nil
}

func (f *fakeRaw) free(p devPtr) error {
	n, ok := f.live[p]
	if !ok {
		return errors.New("fake: double free")
	}
	delete(f.live, p)
	f.used -= n
	return nil
}

func (f *fakeRaw) sync() error { f.syncs++; return nil }

func TestSizeClass(t *testing.T) {
	for _, c := range [][2]int{{1, 512}, {512, 512}, {513, 1024}, {1 << 20, 1 << 20}, {1<<20 + 1, 2 << 20}, {5 << 20, 6 << 20}} {
		if got := sizeClass(c[0]); got != c[1] {
			t.Errorf("sizeClass(%d) = %d, want %d", c[0], got, c[1])
		}
	}
}

// TestCachingAllocatorReuse: a freed block serves the next request of its
// class without the driver; best fit among free blocks within an eighth;
// the statistics follow.
func TestCachingAllocatorReuse(t *testing.T) {
	raw := newFakeRaw(0)
	a := newCachingAllocator(raw)
	p, _ := a.alloc(1000) // class 1024
	q, _ := a.alloc(3 << 20)
	if st := a.stats; st.InUse != 1024+4<<20 || st.Reserved != st.InUse || st.Peak != st.InUse || raw.allocs != 2 {
		t.Fatalf("after two allocations: %+v, %d driver allocations", st, raw.allocs)
	}
	if err := a.release(p); err != nil {
		t.Fatal(err)
	}
	if err := a.release(p); err == nil {
		t.Error("a double free was accepted")
	}
	if err := a.release(12345); err == nil {
		t.Error("a foreign pointer was accepted")
	}
	p2, _ := a.alloc(1024)
	if p2 != p || raw.allocs != 2 {
		t.Errorf("the freed 1024-byte block was not reused: %#x vs %#x, %d driver allocations", p2, p, raw.allocs)
	}
	p3, _ := a.alloc(700) // class 1024 too, and no 1024-byte block is free
	if p3 == p || raw.allocs != 3 {
		t.Errorf("a block in use was handed out again")
	}
	a.release(q) // a 4 MiB block is free
	r, _ := a.alloc(3 << 20)
	if r != q {
		t.Error("the 4 MiB block did not serve a 4 MiB request")
	}
	a.release(r)
	small, _ := a.alloc(2 << 20) // 4 MiB is more than 2 MiB + 1/8: no reuse
	if small == q {
		t.Error("a 4 MiB block served a 2 MiB request")
	}
	if a.stats.Peak < a.stats.InUse || a.stats.Reserved < a.stats.InUse {
		t.Errorf("inconsistent statistics %+v", a.stats)
	}
	if a.stats.Reused != 2 {
		t.Errorf("Reused = %d, want 2", a.stats.Reused)
	}
}

// TestCachingAllocatorBestFit: among free blocks within an eighth of the
// request's class, the smallest is taken.
func TestCachingAllocatorBestFit(t *testing.T) {
	a := newCachingAllocator(newFakeRaw(0))
	var ps []devPtr
	for _, n := range []int{16 << 20, 17 << 20, 18 << 20} { // classes 16, 18, 18 MiB
		p, _ := a.alloc(n)
		ps = append(ps, p)
	}
	for _, p := range ps {
		a.release(p)
	}
	got, _ := a.alloc(15<<20 + 1) // class 16 MiB: the 16 MiB block
	if got != ps[0] {
		t.Errorf("best fit took %#x, want the 16 MiB block %#x", got, ps[0])
	}
	got, _ = a.alloc(16<<20 + 1) // class 18 MiB: one of the 18 MiB blocks
	if got != ps[1] && got != ps[2] {
		t.Errorf("an 18 MiB request got %#x", got)
	}
}

// TestCachingAllocatorRelease: releaseCached returns the free blocks to
// the driver after a synchronization and keeps those in use; an
// allocation the driver refuses releases the cache and is retried.
func TestCachingAllocatorRelease(t *testing.T) {
	raw := newFakeRaw(10 << 20)
	a := newCachingAllocator(raw)
	p, _ := a.alloc(4 << 20)
	q, _ := a.alloc(4 << 20)
	a.release(p)
	// 8 MiB held, 4 free; 6 MiB more does not fit the fake until the free
	// block goes back.
	r, err := a.alloc(6 << 20)
	if err != nil {
		t.Fatalf("the cache was not released on out of memory: %v", err)
	}
	if raw.syncs != 1 || a.stats.Released != 1 || a.stats.Reserved != 10<<20 || a.stats.InUse != 10<<20 {
		t.Errorf("after the retry: %d syncs, %+v", raw.syncs, a.stats)
	}
	if _, err := a.alloc(1 << 20); !errors.Is(err, errFakeOOM) {
		t.Errorf("allocation past the capacity: %v", err)
	}
	a.release(q)
	a.release(r)
	if err := a.releaseCached(); err != nil {
		t.Fatal(err)
	}
	if len(raw.live) != 0 || a.stats.Reserved != 0 || a.stats.InUse != 0 || a.stats.Peak != 10<<20 {
		t.Errorf("after releaseCached: %d driver blocks live, %+v", len(raw.live), a.stats)
	}
}

// TestCachingAllocatorRandom: random allocations and frees never hand out
// a block twice, and the counters always equal what the fake driver and
// the live blocks say.
func TestCachingAllocatorRandom(t *testing.T) {
	raw := newFakeRaw(0)
	a := newCachingAllocator(raw)
	rng := rand.New(rand.NewSource(3))
	held := map[devPtr]int{}
	var peak int64
	for i := 0; i < 5000; i++ {
		if len(held) > 0 && rng.Intn(2) == 0 {
			for p := range held {
				if err := a.release(p); err != nil {
					t.Fatal(err)
				}
				delete(held, p)
				break
			}
		} else {
			n := 1 + rng.Intn(1<<uint(rng.Intn(24)+1))
			p, err := a.alloc(n)
			if err != nil {
				t.Fatal(err)
			}
			if _, dup := held[p]; dup {
				t.Fatalf("block %#x handed out twice", p)
			}
			if a.live[p] < n {
				t.Fatalf("block of %d bytes for %d", a.live[p], n)
			}
			held[p] = n
		}
		var inUse int64
		for p := range held {
			inUse += int64(a.live[p])
		}
		peak = max(peak, inUse)
		if a.stats.InUse != inUse || a.stats.Peak != peak || a.stats.Reserved != int64(raw.used) {
			t.Fatalf("step %d: stats %+v, in use %d, peak %d, driver %d", i, a.stats, inUse, peak, raw.used)
		}
	}
	if a.stats.Reused == 0 {
		t.Error("no block was ever reused")
	}
}

// TestCachingAllocatorOrderIndependent: which blocks requests get depends
// on the set of free blocks, not on the order they were freed in (a step
// that frees its buffers in map order gets the same blocks next step, and
// its CUDA graph recurs): the lowest address of a size first.
func TestCachingAllocatorOrderIndependent(t *testing.T) {
	a := newCachingAllocator(newFakeRaw(0))
	var blocks []devPtr
	for i := 0; i < 6; i++ {
		p, err := a.alloc(100)
		if err != nil {
			t.Fatal(err)
		}
		blocks = append(blocks, p)
	}
	var first []devPtr
	for round, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 3, 1, 0, 4, 2}, {2, 0, 5, 4, 1, 3}} {
		for _, i := range order {
			if err := a.release(blocks[i]); err != nil {
				t.Fatal(err)
			}
		}
		var got []devPtr
		for range blocks {
			p, err := a.alloc(300)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, p)
		}
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Fatalf("round %d: blocks handed out %v, want ascending addresses", round, got)
			}
		}
		if round == 0 {
			first = got
		} else if !slicesEqualPtr(got, first) {
			t.Errorf("round %d: %v, round 0 %v", round, got, first)
		}
		blocks = got
	}
}

func slicesEqualPtr(a, b []devPtr) bool {
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
