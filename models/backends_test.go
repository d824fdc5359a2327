package models_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	_ "github.com/kiln-ml/kiln/backends/xla" // registers "xla" for $KILN_PARITY_BACKENDS
)

// parityBackends are the backends every parity test against the Hugging
// Face fixtures runs on: interp (the pure-Go reference) and llvm (the
// compiled CPU backend), in this order, with the same tolerances —
// or the registered backends $KILN_PARITY_BACKENDS names (xla on the GPU
// machine: backendtest.ParityBackends).
func parityBackends() []backends.Backend {
	names := backendtest.ParityBackends()
	if names == nil {
		return []backends.Backend{interp.New(), llvm.Default()}
	}
	var out []backends.Backend
	for _, n := range names {
		b, err := backends.Get(n)
		if err != nil {
			panic(fmt.Sprintf("%s: %v", backendtest.EnvParityBackends, err))
		}
		out = append(out, b)
	}
	return out
}

// forEachBackend runs f as one subtest per parity backend, named by the
// backend ("interp", "llvm"). A backend that is not available on this
// machine (llvm without llc or a C compiler) is skipped with its reason on
// one line; it never passes silently.
func forEachBackend(t *testing.T, f func(t *testing.T, b backends.Backend)) {
	t.Helper()
	for _, b := range parityBackends() {
		t.Run(b.Name(), func(t *testing.T) {
			if err := b.Available(); err != nil {
				t.Skipf("%s unavailable: %s", b.Name(), strings.Join(strings.Fields(err.Error()), " "))
			}
			f(t, b)
		})
	}
}

// forEachDecoder runs check for every decoder fixture on every parity
// backend (as forEachBackend), one parallel subtest per fixture.
func forEachDecoder(t *testing.T, check func(t *testing.T, fixture string, b backends.Backend)) {
	t.Helper()
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, name := range decoderFixtures {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				check(t, name, be)
			})
		}
	})
}
