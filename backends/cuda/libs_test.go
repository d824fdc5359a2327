package cuda

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestSearchOrder(t *testing.T) {
	tmp := t.TempDir()
	venv := filepath.Join(tmp, "venv")
	wheel := filepath.Join(venv, "lib", "python3.12", "site-packages", "nvidia", "cu13", "lib")
	if err := os.MkdirAll(wheel, 0o755); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"KILN_CUDA_PATH": "/opt/cuda-x", "VIRTUAL_ENV": venv}
	explicit, before, after := searchDirs(func(k string) string { return env[k] }, "")
	if len(before) < 4 || before[0] != "/opt/cuda-x" || before[1] != "/opt/cuda-x/lib64" || before[3] != "/usr/local/cuda/lib64" {
		t.Errorf("before = %v, want KILN_CUDA_PATH (and lib64, lib) then /usr/local/cuda/lib64", before)
	}
	if !slices.Contains(after, wheel) {
		t.Errorf("after = %v, want the wheel directory %s", after, wheel)
	}
	c := candidates(libNVRTC, explicit, before, after)
	if c[0] != "/opt/cuda-x/libnvrtc.so.13" {
		t.Errorf("first NVRTC candidate %s, want /opt/cuda-x/libnvrtc.so.13", c[0])
	}
	bare := slices.Index(c, "libnvrtc.so.13")
	inWheel := slices.Index(c, filepath.Join(wheel, "libnvrtc.so.13"))
	inToolkit := slices.Index(c, "/usr/local/cuda/lib64/libnvrtc.so.13")
	if !(inToolkit >= 0 && inToolkit < bare && bare < inWheel) {
		t.Errorf("order toolkit %d < loader path %d < wheels %d violated: %v", inToolkit, bare, inWheel, c)
	}
	// The driver comes from KILN_CUDA_PATH, then the loader's path, never
	// the toolkit's default directories (link stubs, compatibility copies).
	d := candidates(libDriver, explicit, before, after)
	if d[0] != "/opt/cuda-x/libcuda.so.1" || slices.Index(d, "libcuda.so.1") < 0 || slices.Contains(d, "/usr/local/cuda/lib64/libcuda.so.1") {
		t.Errorf("driver candidates %v", d)
	}
}

func TestOpenLibMissingIsOneLine(t *testing.T) {
	_, _, err := openLib(libSpec{what: "nothing", names: []string{"libkiln-does-not-exist.so.1"}})
	if err == nil {
		t.Fatal("opened a library that does not exist")
	}
	if containsNewline(err.Error()) {
		t.Errorf("error %q has several lines", err)
	}
}

func TestArchName(t *testing.T) {
	for _, c := range []struct {
		major, minor int
		want         string
	}{{9, 0, "sm_90a"}, {8, 0, "sm_80"}, {8, 9, "sm_89"}, {10, 0, "sm_100a"}} {
		if got := archName(c.major, c.minor); got != c.want {
			t.Errorf("archName(%d, %d) = %s, want %s", c.major, c.minor, got, c.want)
		}
	}
}
