package cuda

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestCacheKey(t *testing.T) {
	k := cacheKey("src", "sm_90a", 13000, 13, 0)
	for name, other := range map[string]string{
		"source": cacheKey("src2", "sm_90a", 13000, 13, 0),
		"arch":   cacheKey("src", "sm_80", 13000, 13, 0),
		"driver": cacheKey("src", "sm_90a", 13010, 13, 0),
		"nvrtc":  cacheKey("src", "sm_90a", 13000, 13, 1),
	} {
		if other == k {
			t.Errorf("changing the %s keeps the key", name)
		}
	}
	if cacheKey("src", "sm_90a", 13000, 13, 0) != k {
		t.Error("key is not deterministic")
	}
}

func TestCachedCompile(t *testing.T) {
	dir := t.TempDir()
	calls := 0
	compile := func() ([]byte, error) { calls++; return []byte("cubin bytes"), nil }
	b, cached, err := cachedCompile(dir, "k1", compile)
	if err != nil || cached || string(b) != "cubin bytes" || calls != 1 {
		t.Fatalf("first: %q cached=%v err=%v calls=%d", b, cached, err, calls)
	}
	b, cached, err = cachedCompile(dir, "k1", compile)
	if err != nil || !cached || string(b) != "cubin bytes" || calls != 1 {
		t.Fatalf("second: %q cached=%v err=%v calls=%d", b, cached, err, calls)
	}
	// A damaged entry is ignored and rewritten.
	path := filepath.Join(dir, "k1.cubin")
	data, _ := os.ReadFile(path)
	data[len(data)-1] ^= 1
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, cached, _ = cachedCompile(dir, "k1", compile); cached || calls != 2 {
		t.Errorf("damaged entry: cached=%v calls=%d, want a recompilation", cached, calls)
	}
	if cacheLoad(dir, "k1") == nil {
		t.Error("the damaged entry was not rewritten")
	}
	// No temporary files are left behind.
	left, _ := filepath.Glob(filepath.Join(dir, "*.tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// Compile errors are returned and nothing is stored.
	boom := errors.New("boom")
	if _, _, err := cachedCompile(dir, "k2", func() ([]byte, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	if cacheLoad(dir, "k2") != nil {
		t.Error("a failed compilation was cached")
	}
	// An empty dir disables the cache.
	calls = 0
	cachedCompile("", "k1", compile)
	cachedCompile("", "k1", compile)
	if calls != 2 {
		t.Errorf("without a cache dir: %d compilations, want 2", calls)
	}
}

// FuzzCacheEntry: whatever bytes a cache file holds, cacheLoad returns
// nil or a payload whose checksum the entry carries — never a panic.
func FuzzCacheEntry(f *testing.F) {
	dir := f.TempDir()
	f.Add([]byte{})
	f.Add([]byte("short"))
	if err := cacheStore(dir, "seed", []byte("a cubin")); err != nil {
		f.Fatal(err)
	}
	seed, _ := os.ReadFile(filepath.Join(dir, "seed.cubin"))
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		d := t.TempDir()
		if err := os.WriteFile(filepath.Join(d, "k.cubin"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		got := cacheLoad(d, "k")
		if got == nil {
			return
		}
		if len(data) < 33 || string(got) != string(data[32:]) {
			t.Fatalf("cacheLoad returned %d bytes from a %d-byte entry", len(got), len(data))
		}
		if err := cacheStore(d, "k2", got); err != nil {
			t.Fatal(err)
		}
		if again, _ := os.ReadFile(filepath.Join(d, "k2.cubin")); string(again) != string(data) {
			t.Fatal("a valid entry does not round-trip")
		}
	})
}
