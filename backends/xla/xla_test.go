package xla

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
)

// TestConformance runs the backend conformance suite on the device; it
// skips (with the reason) where no PJRT plugin loads.
func TestConformance(t *testing.T) {
	backendtest.Run(t, Default())
}

func TestRegistered(t *testing.T) {
	b, err := backends.Get("xla")
	if err != nil {
		t.Fatal(err)
	}
	if b != backends.Backend(Default()) {
		t.Fatal("registry holds another xla backend")
	}
}

// TestFindPluginOrder checks the discovery order with fake plugin files.
func TestFindPluginOrder(t *testing.T) {
	dir := t.TempDir()
	touch := func(p string) string {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("not a library"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	explicit := touch("mine/kiln_plugin.so")
	cpu := touch("libdir/pjrt_c_api_cpu_plugin.so")
	cuda := touch("libdir/pjrt_c_api_cuda_plugin.so")
	for _, tc := range []struct {
		name, kiln, path, want string
	}{
		{"KILN_PJRT_PLUGIN wins", explicit, filepath.Join(dir, "libdir"), explicit},
		{"library path prefers cuda", "", filepath.Join(dir, "nothing") + ":" + filepath.Join(dir, "libdir"), cuda},
		{"library path may name a file", "", cpu, cpu},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(EnvPlugin, tc.kiln)
			t.Setenv(EnvPluginPath, tc.path)
			got, err := FindPlugin()
			if err != nil || got != tc.want {
				t.Fatalf("FindPlugin() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	t.Run("missing explicit plugin", func(t *testing.T) {
		t.Setenv(EnvPlugin, filepath.Join(dir, "absent.so"))
		if _, err := FindPlugin(); err == nil || !strings.Contains(err.Error(), EnvPlugin) {
			t.Fatalf("got %v, want an error naming %s", err, EnvPlugin)
		}
	})
}

// TestUnloadablePlugin: a file that is no PJRT plugin makes the backend
// unavailable with an error naming it; nothing panics, and Compile and
// Upload refuse with the same error.
func TestUnloadablePlugin(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pjrt_c_api_fake_plugin.so")
	if err := os.WriteFile(p, []byte("not a library"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := New(Options{Plugin: p})
	err := b.Available()
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("Available() = %v, want an error naming %s", err, p)
	}
	if _, err2 := b.Compile(nil, backends.CompileOptions{}); err2 == nil {
		t.Error("Compile succeeded on an unavailable backend")
	}
	if _, err2 := b.Upload(nil); err2 == nil {
		t.Error("Upload succeeded on an unavailable backend")
	}
	if !strings.Contains(b.Platform(), p) {
		t.Errorf("Platform() = %q, want the load error", b.Platform())
	}
}

// TestNoPluginAdvice: with no plugin anywhere the error says how to get one.
func TestNoPluginAdvice(t *testing.T) {
	if p, err := FindPlugin(); err == nil {
		t.Skipf("a plugin is installed here (%s)", p)
	}
	_, err := FindPlugin()
	if !strings.Contains(err.Error(), "pip install") || !strings.Contains(err.Error(), EnvPlugin) {
		t.Fatalf("error %q does not say how to get a plugin", err)
	}
}
