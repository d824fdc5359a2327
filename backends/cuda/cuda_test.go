package cuda

import (
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
)

// TestConformance runs the backendtest suite on the GPU; without CUDA it
// skips with the reason Available gives.
func TestConformance(t *testing.T) {
	t.Log(Default().Describe())
	backendtest.Run(t, Default())
}

func TestRegistered(t *testing.T) {
	b, err := backends.Get("cuda")
	if err != nil {
		t.Fatal(err)
	}
	if b != backends.Backend(Default()) {
		t.Error("backends.Get(\"cuda\") is not cuda.Default()")
	}
	err = b.Available()
	if err == nil {
		t.Log(Default().Describe())
		return
	}
	// Unavailable: one line, saying what is missing.
	if msg := err.Error(); msg == "" || containsNewline(msg) {
		t.Errorf("Available() = %q, want a one-line reason", msg)
	}
	t.Logf("not available here: %v", err)
}

func containsNewline(s string) bool {
	for _, c := range s {
		if c == '\n' {
			return true
		}
	}
	return false
}
