package train

import (
	"os"
	"runtime/debug"
)

// GCPercent is the Go collector's target percentage (GOGC) that training
// runs with. kiln's CPU backends keep weights, optimizer state and
// activations on the Go heap as pointer-free byte slices: they cost the
// collector almost nothing to mark, but at the default GOGC of 100 they
// let the garbage of a compile (the program's IR, passes, autodiff) grow
// to as much as the live heap — for a frozen 124M-parameter base, ~450 MiB
// of peak RSS on top of the weights (bench/cpu's lora-train workload,
// docs/lora.md "Memory (CPU)"). 10 bounds that garbage to a tenth of the
// live heap; the collector's cycles stay cheap because the big buffers
// hold no pointers (measured: the compile's peak RSS 720 MiB at 25, 641
// at 10, the same step times).
const GCPercent = 10

// LowerGCPercent sets the collector's percentage to GCPercent unless the
// GOGC environment variable chose one, and returns a function restoring
// the previous setting (kiln train calls it for the whole process).
func LowerGCPercent() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(GCPercent)
	return func() { debug.SetGCPercent(old) }
}
