// Package testbackends gives tests the CPU backends to run a check on:
// the interp reference and, where it can run here, llvm.
package testbackends

import (
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
)

// CPU returns interp and, where llc and a C compiler are found, the
// default llvm backend, by name. When llvm is unavailable the test logs
// why and runs on interp alone.
func CPU(t testing.TB) map[string]backends.Backend {
	t.Helper()
	out := map[string]backends.Backend{"interp": interp.New()}
	if err := llvm.Default().Available(); err != nil {
		t.Logf("llvm skipped: %v", err)
	} else {
		out["llvm"] = llvm.Default()
	}
	return out
}
