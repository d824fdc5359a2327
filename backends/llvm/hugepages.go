package llvm

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugeMin is the size from which host buffers are allocated with
// transparent huge pages requested (madvise(MADV_HUGEPAGE) on the 2 MiB
// aligned interior, before the first touch). Weights are streamed (decode)
// and read along strided rows (packing N x K weights); with 4 KiB pages
// each 4 KiB costs a TLB miss.
const hugeMin = 4 << 20

// allocHost returns n zero bytes; from hugeMin on, their 2 MiB aligned
// interior is advised for huge pages (where the kernel offers them: Linux
// with transparent_hugepage "madvise" or "always") if hugePages is set
// (Options.NoHugePages clears it). The memory is ordinary Go memory either
// way.
func allocHost(n int, hugePages bool) []byte {
	b := make([]byte, n)
	if n < hugeMin || runtime.GOOS != "linux" || !hugePages {
		return b
	}
	const huge = 2 << 20
	start := uintptr(unsafe.Pointer(&b[0]))
	lo := (start + huge - 1) &^ (huge - 1)
	hi := (start + uintptr(n)) &^ (huge - 1)
	if hi > lo {
		// Errors (no THP support) leave ordinary pages: nothing to do.
		_ = madvise(lo, hi-lo, 14 /* MADV_HUGEPAGE */)
	}
	return b
}

func madvise(addr, length uintptr, advice int) error {
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, addr, length, uintptr(advice))
	if e != 0 {
		return e
	}
	return nil
}
