package train

import (
	"os"
	"runtime/debug"
	"testing"
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
