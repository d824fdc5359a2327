package hub

import (
	"crypto/rand"
	"encoding/hex"
)

// randHex returns 8 random hex digits for temporary file names.
func randHex() string {
	var b [4]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
