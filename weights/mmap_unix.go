//go:build unix

package weights

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// mapFile maps size bytes of f read-only and shared. Pages are read from
// disk only when touched, so mapping costs O(1) whatever the size. The
// returned release function unmaps; after it, the bytes must not be used.
func mapFile(f *os.File, size int64) ([]byte, func() error, error) {
	if size == 0 {
		return []byte{}, func() error { return nil }, nil
	}
	if int64(int(size)) != size {
		return nil, nil, syscall.EFBIG
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() error { return syscall.Munmap(data) }, nil
}

// dropPages drops b's pages (page-aligned, inside a read-only shared file
// mapping) from the resident set; errors are ignored (the pages then stay
// resident, which is only a cost).
func dropPages(b []byte) { _ = unix.Madvise(b, unix.MADV_DONTNEED) }
