package weights

import (
	"os"
	"unsafe"

	"github.com/kiln-ml/kiln/tensor"
)

// DropPages tells the kernel that the mapped file pages under t (a view
// returned by Tensor) are not needed now: they leave the process's
// resident set (RSS) at once instead of when memory runs short, and a
// later read of any tensor there faults them back from the page cache or
// the disk, so every view stays valid and unchanged. A loader that has
// copied a tensor out (a backend's Upload) calls it so that the weights
// are not resident twice. A t that does not alias a mapping of c (a copy,
// a .bin tensor rebuilt densely, a closed checkpoint) is left alone; on
// systems without mmap DropPages does nothing. The range is widened to
// whole pages, which may drop a neighbouring tensor's edge pages too
// (harmless: they are read back on use).
func (c *Checkpoint) DropPages(t *tensor.Tensor) {
	if t == nil || len(t.Data) == 0 {
		return
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.closed {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(t.Data)))
	hi := lo + uintptr(len(t.Data))
	for _, s := range c.shards {
		m := s.mapping()
		if len(m) == 0 {
			continue
		}
		base := uintptr(unsafe.Pointer(unsafe.SliceData(m)))
		if lo < base || hi > base+uintptr(len(m)) {
			continue
		}
		page := uintptr(os.Getpagesize())
		start := (lo - base) &^ (page - 1)
		end := min((hi-base+page-1)&^(page-1), uintptr(len(m)))
		dropPages(m[start:end])
		return
	}
}
