package hub

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHelperProcess is not a test: TestTwoProcessesDownloadOnce runs the
// test binary again with KILN_HUB_HELPER=1 to get a real second process.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("KILN_HUB_HELPER") != "1" {
		t.Skip("helper for TestTwoProcessesDownloadOnce")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	opts := Options{
		Endpoint: os.Getenv("KILN_HUB_ENDPOINT"),
		CacheDir: os.Getenv("KILN_HUB_CACHE"),
		Retry:    RetryPolicy{MaxRetries: 3, BaseDelay: time.Millisecond, MaxDelay: 4 * time.Millisecond},
	}
	dir, err := Download(ctx, "kiln-test/shared", opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(3)
	}
	fmt.Println("SNAPSHOT", dir)
	os.Exit(0)
}

func TestTwoProcessesDownloadOnce(t *testing.T) {
	files := map[string]string{
		"config.json":                      `{"a": 1}`,
		"model-00001-of-00002.safetensors": strings.Repeat("first shard ", 30000),
		"model-00002-of-00002.safetensors": strings.Repeat("second shard", 30000),
		"tokenizer.json":                   strings.Repeat("t", 100000),
	}
	f := newFakeHub(t)
	commit := f.addRepo(Model, "kiln-test/shared", files)
	// Each body is held back until both processes have asked for it, so the
	// second one is certainly waiting on the lock while the first downloads.
	for name := range files {
		f.setFault(name, &fault{holdHeads: 2})
	}
	cache := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 2)
	errs := make([]error, 2)
	for i := range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "KILN_HUB_HELPER=1", "KILN_HUB_ENDPOINT="+f.hub.URL, "KILN_HUB_CACHE="+cache)
		cmd.Stdout = &outs[i]
		cmd.Stderr = &outs[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = cmd.Run()
		}()
	}
	wg.Wait()
	want := filepath.Join(cache, "models--kiln-test--shared", "snapshots", commit)
	for i := range 2 {
		if errs[i] != nil {
			t.Fatalf("process %d: %v\n%s", i, errs[i], outs[i].String())
		}
		if !strings.Contains(outs[i].String(), "SNAPSHOT "+want) {
			t.Errorf("process %d printed %q", i, outs[i].String())
		}
	}
	for name, content := range files {
		if n := f.count(f.fulls, name); n != 1 {
			t.Errorf("%s transferred %d times, want once", name, n)
		}
		if n := f.count(f.heads, name); n != 2 {
			t.Errorf("%s: %d HEAD requests, want one per process", name, n)
		}
		if readFile(t, filepath.Join(want, name)) != content {
			t.Errorf("%s: content differs", name)
		}
	}
}

// TestConcurrentCallsInOneProcess: the per-blob lock also serialises
// goroutines of one process (flock locks belong to open files, not processes).
func TestConcurrentCallsInOneProcess(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"model.safetensors": strings.Repeat("z", 200000)})
	f.setFault("model.safetensors", &fault{holdHeads: 4})
	cache := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = File(testCtx(t), "kiln-test/tiny", "model.safetensors", testOpts(f, cache))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("call %d: %v", i, err)
		}
	}
	if n := f.count(f.fulls, "model.safetensors"); n != 1 {
		t.Errorf("transferred %d times, want once", n)
	}
}
