package cuda

import (
	"fmt"
	"sort"
)

// The caching device allocator. Every result, upload, workspace and
// constant of the backend is a block of it: freed blocks go to free lists
// and are handed out again instead of cuMemFree + cuMemAlloc per result.
// The backend has one stream, so there is one set of free lists: a block
// freed while queued work may still read it is reused only by work queued
// after that work on the same stream (stream order), so neither free nor
// reuse synchronizes. Memory goes back to the driver only in
// releaseCached (after a stream synchronization): on Backend.ReleaseCached,
// and when the driver refuses an allocation (then the allocation is tried
// once more).

// rawAllocator is the device's own memory: cuMemAlloc/cuMemFree and a
// stream synchronization. An interface so that the cache is tested with a
// fake.
type rawAllocator interface {
	alloc(n int) (devPtr, error)
	free(p devPtr) error
	sync() error
}

// Block sizes: requests are rounded up to a size class, a multiple of
// smallGranule up to largeThreshold and of largeGranule above it. A free
// block serves a request of class c when its size is in [c, c + c/8]
// (best fit: the smallest such), so at most an eighth of a reused block
// is wasted.
const (
	smallGranule   = 512
	largeThreshold = 1 << 20
	largeGranule   = 2 << 20
)

// sizeClass is the block size of a request of n > 0 bytes.
func sizeClass(n int) int {
	g := smallGranule
	if n > largeThreshold {
		g = largeGranule
	}
	return (n + g - 1) / g * g
}

// AllocStats are the caching allocator's counters, in bytes of blocks
// (size classes, not requests).
type AllocStats struct {
	InUse    int64 // blocks handed out and not freed
	Peak     int64 // the largest InUse so far
	Reserved int64 // held from the driver: InUse + cached
	Allocs   int   // blocks handed out
	Reused   int   // of which from the free lists
	Released int   // blocks returned to the driver
}

// cachingAllocator keeps freed blocks on free lists by size. Not safe for
// concurrent use: the backend calls it with its mutex held.
type cachingAllocator struct {
	raw   rawAllocator
	free  map[int][]devPtr // block size -> free blocks, highest address first
	sizes []int            // sizes with free blocks, ascending
	live  map[devPtr]int   // block -> size, for blocks handed out
	stats AllocStats
}

func newCachingAllocator(raw rawAllocator) *cachingAllocator {
	return &cachingAllocator{raw: raw, free: map[int][]devPtr{}, live: map[devPtr]int{}}
}

// alloc returns a block of at least n bytes (0 for n == 0).
func (a *cachingAllocator) alloc(n int) (devPtr, error) {
	if n < 0 {
		return 0, fmt.Errorf("cuda: allocation of %d bytes", n)
	}
	if n == 0 {
		return 0, nil
	}
	c := sizeClass(n)
	if p, size, ok := a.takeFree(c); ok {
		a.hand(p, size)
		a.stats.Reused++
		return p, nil
	}
	p, err := a.raw.alloc(c)
	if err != nil && a.stats.Reserved > a.stats.InUse {
		// Out of memory with blocks cached: give them back and try again.
		if rerr := a.releaseCached(); rerr != nil {
			return 0, rerr
		}
		p, err = a.raw.alloc(c)
	}
	if err != nil {
		return 0, err
	}
	a.stats.Reserved += int64(c)
	a.hand(p, c)
	return p, nil
}

func (a *cachingAllocator) hand(p devPtr, size int) {
	a.live[p] = size
	a.stats.Allocs++
	a.stats.InUse += int64(size)
	a.stats.Peak = max(a.stats.Peak, a.stats.InUse)
}

// takeFree removes and returns the best-fitting free block for class c:
// of its size, the one at the lowest address. Which block a request gets
// thus depends on the set of free blocks, not on the order they were
// freed in — callers that free a step's buffers in map order (generate)
// still get the same blocks step after step, so a decode step's
// addresses recur and its CUDA graph is replayed (graph.go).
func (a *cachingAllocator) takeFree(c int) (devPtr, int, bool) {
	i := sort.SearchInts(a.sizes, c)
	if i == len(a.sizes) || a.sizes[i] > c+c/8 {
		return 0, 0, false
	}
	size := a.sizes[i]
	l := a.free[size]
	p := l[len(l)-1]
	if len(l) == 1 {
		delete(a.free, size)
		a.sizes = append(a.sizes[:i], a.sizes[i+1:]...)
	} else {
		a.free[size] = l[:len(l)-1]
	}
	return p, size, true
}

// release puts block p back on its free list (nothing for 0). A pointer
// the allocator did not hand out, or handed out and already released, is
// an error.
func (a *cachingAllocator) release(p devPtr) error {
	if p == 0 {
		return nil
	}
	size, ok := a.live[p]
	if !ok {
		return fmt.Errorf("cuda: free of %#x, which is not an allocated block", uintptr(p))
	}
	delete(a.live, p)
	a.stats.InUse -= int64(size)
	l, ok := a.free[size]
	if !ok {
		i := sort.SearchInts(a.sizes, size)
		a.sizes = append(a.sizes, 0)
		copy(a.sizes[i+1:], a.sizes[i:])
		a.sizes[i] = size
	}
	// Keep l sorted by descending address: takeFree pops the lowest.
	i := sort.Search(len(l), func(j int) bool { return l[j] < p })
	l = append(l, 0)
	copy(l[i+1:], l[i:])
	l[i] = p
	a.free[size] = l
	return nil
}

// releaseCached waits for the stream and returns every free block to the
// driver. Blocks in use stay.
func (a *cachingAllocator) releaseCached() error {
	if len(a.sizes) == 0 {
		return nil
	}
	if err := a.raw.sync(); err != nil {
		return err
	}
	var first error
	for _, size := range a.sizes {
		for _, p := range a.free[size] {
			if err := a.raw.free(p); err != nil && first == nil {
				first = err
			}
			a.stats.Reserved -= int64(size)
			a.stats.Released++
		}
		delete(a.free, size)
	}
	a.sizes = a.sizes[:0]
	return first
}
