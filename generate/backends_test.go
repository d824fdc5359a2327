package generate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	_ "github.com/kiln-ml/kiln/backends/interp" // registers "interp"
	_ "github.com/kiln-ml/kiln/backends/llvm"   // registers "llvm"
	_ "github.com/kiln-ml/kiln/backends/xla"    // registers "xla" for $KILN_PARITY_BACKENDS
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models/auto"
)

// parityBackends names the backends the generation parity tests against
// the Hugging Face fixtures run on: interp (the pure-Go reference) and
// llvm (the compiled CPU backend), in this order — or those
// $KILN_PARITY_BACKENDS names (backendtest.ParityBackends).
var parityBackends = backendtest.ParityBackends("interp", "llvm")

// forEachBackend runs f as one subtest per parity backend, named by the
// backend. A backend that is not available on this machine (llvm without
// llc or a C compiler) is skipped with its reason on one line; it never
// passes silently.
func forEachBackend(t *testing.T, f func(t *testing.T, backend string)) {
	t.Helper()
	for _, name := range parityBackends {
		t.Run(name, func(t *testing.T) {
			b, err := backends.Get(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Available(); err != nil {
				t.Skipf("%s unavailable: %s", name, strings.Join(strings.Fields(err.Error()), " "))
			}
			f(t, name)
		})
	}
}

// loadGeneratorOn loads a fixture model on the named backend in float32.
func loadGeneratorOn(t testing.TB, name, backend string) *generate.Generator {
	t.Helper()
	m, err := auto.Load(context.Background(), fixtureDir(name), auto.Options{Backend: backend})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	g, err := generate.Load(m.Runner, m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
