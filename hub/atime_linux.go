//go:build linux

package hub

import (
	"io/fs"
	"syscall"
	"time"
)

// accessTime is the file's last access time where the platform records it.
func accessTime(fi fs.FileInfo) time.Time {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return time.Unix(st.Atim.Sec, st.Atim.Nsec)
	}
	return fi.ModTime()
}
