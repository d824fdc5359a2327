//go:build !unix

package weights

import (
	"io"
	"os"
)

// mapFile reads the whole file on systems without mmap support in package
// syscall. Tensors are still views of this one buffer.
func mapFile(f *os.File, size int64) ([]byte, func() error, error) {
	data := make([]byte, size)
	if _, err := io.ReadFull(io.NewSectionReader(f, 0, size), data); err != nil {
		return nil, nil, err
	}
	return data, func() error { return nil }, nil
}

// dropPages does nothing where the file is read into memory.
func dropPages([]byte) {}
