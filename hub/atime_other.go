//go:build !linux

package hub

import (
	"io/fs"
	"time"
)

// accessTime falls back to the modification time off Linux.
func accessTime(fi fs.FileInfo) time.Time { return fi.ModTime() }
