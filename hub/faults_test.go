package hub

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestResumeAfterDroppedConnection(t *testing.T) {
	big := strings.Repeat("0123456789abcdef", 20000) // 320 kB
	tests := []struct {
		name  string
		file  string
		fault fault
		fulls int // GETs that start at byte 0
	}{
		{"lfs via CDN, two drops", "model.safetensors", fault{drops: 2, dropAfter: 100000}, 1},
		{"regular file, one drop", "vocab.txt", fault{drops: 1, dropAfter: 70000}, 1},
		{"drop before the first byte", "model.safetensors", fault{drops: 1, dropAfter: 0}, 2},
		{"server ignores Range: restart from 0", "model.safetensors", fault{drops: 1, dropAfter: 50000, ignoreRange: true}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.addRepo(Model, "kiln-test/tiny", map[string]string{tc.file: big})
			ft := tc.fault
			f.setFault(tc.file, &ft)
			p, err := File(testCtx(t), "kiln-test/tiny", tc.file, testOpts(f, t.TempDir()))
			if err != nil {
				t.Fatal(err)
			}
			if readFile(t, p) != big {
				t.Fatal("resumed file differs from the original")
			}
			if n := f.count(f.fulls, tc.file); n != tc.fulls {
				t.Errorf("%d transfers from byte 0, want %d", n, tc.fulls)
			}
			f.mu.Lock()
			served := f.served[tc.file]
			f.mu.Unlock()
			if !tc.fault.ignoreRange && served != int64(len(big)) {
				t.Errorf("served %d bytes for a %d-byte file: resume re-fetched data", served, len(big))
			}
		})
	}
}

func TestResumeLeftoverFromEarlierRun(t *testing.T) {
	content := strings.Repeat("leftover", 10000)
	sum := sha256Hex([]byte(content))
	tests := []struct {
		name   string
		prefix string
		fulls  int
	}{
		{"good prefix is kept", content[:30000], 0},
		{"bad prefix is detected and refetched", strings.Repeat("x", 30000), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.addRepo(Model, "kiln-test/tiny", map[string]string{"model.safetensors": content})
			cache := t.TempDir()
			blobs := filepath.Join(cache, "models--kiln-test--tiny", "blobs")
			os.MkdirAll(blobs, 0o755)
			os.WriteFile(filepath.Join(blobs, sum+".incomplete"), []byte(tc.prefix), 0o644)
			p, err := File(testCtx(t), "kiln-test/tiny", "model.safetensors", testOpts(f, cache))
			if err != nil {
				t.Fatal(err)
			}
			if readFile(t, p) != content {
				t.Fatal("content differs")
			}
			if n := f.count(f.fulls, "model.safetensors"); n != tc.fulls {
				t.Errorf("%d full transfers, want %d", n, tc.fulls)
			}
			if _, err := os.Stat(filepath.Join(blobs, sum+".incomplete")); !os.IsNotExist(err) {
				t.Error(".incomplete file left behind")
			}
		})
	}
}

func TestCorruptBodyLeavesNothing(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}", "model.safetensors": strings.Repeat("w", 5000)})
	f.setFault("model.safetensors", &fault{corrupt: true})
	cache := t.TempDir()
	_, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache))
	if !errors.Is(err, ErrIntegrity) {
		t.Fatalf("err = %v, want ErrIntegrity", err)
	}
	if !strings.Contains(err.Error(), "model.safetensors") || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("error does not name the file and check: %v", err)
	}
	repoDir := filepath.Join(cache, "models--kiln-test--tiny")
	for name := range listTree(t, filepath.Join(repoDir, "blobs")) {
		if name != gitBlobID([]byte("{}")) {
			t.Errorf("blobs/%s left in the cache", name)
		}
	}
	for name := range listTree(t, filepath.Join(repoDir, "snapshots")) {
		if strings.HasSuffix(name, "model.safetensors") {
			t.Errorf("snapshot entry %s left in the cache", name)
		}
	}
	if _, err := os.Stat(filepath.Join(repoDir, "refs", "main")); !os.IsNotExist(err) {
		t.Error("refs/main written for an incomplete snapshot")
	}
	// Oversized bodies are rejected too.
	f.setFault("config.json", nil)
	f.setFault("model.safetensors", nil)
	if _, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache)); err != nil {
		t.Fatalf("clean retry failed: %v", err)
	}
}

// recordSleeps makes opts record backoff waits instead of sleeping.
func recordSleeps(opts *Options) *[]time.Duration {
	var mu sync.Mutex
	var waits []time.Duration
	opts.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return ctx.Err()
	}
	return &waits
}

func TestRetriesHonourRetryAfter(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		fault     fault
		wantWaits []time.Duration
		wantErr   int // HTTP status expected in the error, 0 for success
	}{
		{"HEAD 429 Retry-After then 503", "config.json", fault{headStatus: []int{429, 503}, retryAfter: "7"}, []time.Duration{8 * time.Second, 8 * time.Second}, 0},
		{"429 RateLimit window", "config.json", fault{headStatus: []int{429, 429}, rateLimit: `"api";r=0;t=55`, retryAfter: "3"}, []time.Duration{56 * time.Second, 56 * time.Second}, 0},
		{"429 RateLimit not exhausted: Retry-After", "config.json", fault{headStatus: []int{429}, rateLimit: `"api";r=3;t=55`, retryAfter: "3"}, []time.Duration{4 * time.Second}, 0},
		{"Retry-After capped", "config.json", fault{headStatus: []int{503}, retryAfter: "999999"}, []time.Duration{10 * time.Minute}, 0},
		{"HEAD 503 backoff doubles", "config.json", fault{headStatus: []int{503, 502, 500}}, []time.Duration{time.Millisecond, time.Millisecond, 2 * time.Millisecond}, 0},
		{"CDN GET 503 then 429", "model.safetensors", fault{getStatus: []int{503, 429}}, []time.Duration{time.Millisecond, 2 * time.Millisecond}, 0},
		{"HEAD 503 forever", "config.json", fault{headStatus: []int{503, 503, 503, 503, 503, 503}}, nil, 503},
		{"HTTP-date Retry-After", "config.json", fault{headStatus: []int{429}, retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT"}, []time.Duration{0}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.addRepo(Model, "kiln-test/tiny", map[string]string{tc.file: "content of " + tc.file})
			ft := tc.fault
			f.setFault(tc.file, &ft)
			opts := testOpts(f, t.TempDir())
			waits := recordSleeps(&opts)
			p, err := File(testCtx(t), "kiln-test/tiny", tc.file, opts)
			if tc.wantErr != 0 {
				var herr *HTTPError
				if !errors.As(err, &herr) || herr.StatusCode != tc.wantErr {
					t.Fatalf("err = %v, want HTTP %d", err, tc.wantErr)
				}
				// One quick try, a cache lookup, then MaxRetries more after waiting.
				if len(*waits) != opts.Retry.MaxRetries+1 {
					t.Errorf("%d waits, want %d", len(*waits), opts.Retry.MaxRetries+1)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if readFile(t, p) != "content of "+tc.file {
				t.Error("content differs")
			}
			got := *waits
			if len(got) != len(tc.wantWaits) {
				t.Fatalf("waits %v, want %v", got, tc.wantWaits)
			}
			for i := range got {
				if got[i] != tc.wantWaits[i] {
					t.Errorf("waits %v, want %v", got, tc.wantWaits)
					break
				}
			}
		})
	}
}

func TestHTTPErrorsAreClear(t *testing.T) {
	const token = "hf_SECRETtoken123"
	f := newFakeHub(t)
	f.token = token
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	f.addRepo(Model, "kiln-test/private", map[string]string{"config.json": "{}"})
	f.addRepo(Model, "kiln-test/gated", map[string]string{"config.json": "{}"})
	f.mu.Lock()
	f.repos["model:kiln-test/private"].private = true
	f.repos["model:kiln-test/gated"].gated = true
	f.mu.Unlock()
	tests := []struct {
		name, repo, file, rev, token string
		want                         error
		wantText                     string
	}{
		{"missing repo", "kiln-test/nope", "config.json", "", "", ErrRepoNotFound, "HF_TOKEN"},
		{"private without token (401)", "kiln-test/private", "config.json", "", "", ErrRepoNotFound, "HTTP 401"},
		{"private with a wrong token", "kiln-test/private", "config.json", "", "hf_wrong", ErrUnauthorized, "was rejected"},
		{"missing revision", "kiln-test/tiny", "config.json", "nobranch", "", ErrRevisionNotFound, `no revision "nobranch"`},
		{"missing file (404)", "kiln-test/tiny", "nofile.json", "", "", ErrEntryNotFound, `no file "nofile.json"`},
		{"gated", "kiln-test/gated", "config.json", "", token, ErrGatedRepo, "request access"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cache := t.TempDir()
			opts := testOpts(f, cache)
			opts.Revision, opts.Token = tc.rev, tc.token
			_, err := File(testCtx(t), tc.repo, tc.file, opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.wantText) {
				t.Errorf("error %q does not say %q", err, tc.wantText)
			}
			if strings.Contains(err.Error(), "hf_") {
				t.Errorf("error leaks a token: %q", err)
			}
			_, derr := Download(testCtx(t), tc.repo, opts)
			if tc.file == "config.json" && !errors.Is(derr, tc.want) {
				t.Errorf("Download: err = %v, want %v", derr, tc.want)
			}
		})
	}
	// The 404 for a missing file was remembered as huggingface_hub does.
	cache := t.TempDir()
	_, err := File(testCtx(t), "kiln-test/tiny", "generation_config.json", testOpts(f, cache))
	if !errors.Is(err, ErrEntryNotFound) {
		t.Fatal(err)
	}
	f.mu.Lock()
	commit := f.repos["model:kiln-test/tiny"].refs["main"]
	f.mu.Unlock()
	if _, err := os.Stat(filepath.Join(cache, "models--kiln-test--tiny", ".no_exist", commit, "generation_config.json")); err != nil {
		t.Errorf(".no_exist entry missing: %v", err)
	}
}

func TestBadServerReplies(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		fault fault
		want  error
	}{
		{"no X-Repo-Commit", "config.json", fault{noCommit: true}, ErrBadServer},
		{"etag escaping blobs/", "config.json", fault{badETag: `"../../../evil"`}, ErrUnsafeName},
		{"LFS etag escaping blobs/", "model.safetensors", fault{badETag: `"../x"`}, ErrUnsafeName},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.addRepo(Model, "kiln-test/tiny", map[string]string{tc.file: "data"})
			ft := tc.fault
			f.setFault(tc.file, &ft)
			root := t.TempDir()
			cache := filepath.Join(root, "cache")
			_, err := File(testCtx(t), "kiln-test/tiny", tc.file, testOpts(f, cache))
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			assertOnlyUnder(t, root, cache)
		})
	}
}

// assertOnlyUnder fails if anything exists in root outside cache.
func assertOnlyUnder(t *testing.T, root, cache string) {
	t.Helper()
	for name := range listTree(t, root) {
		if !within(cache, filepath.Join(root, name)) {
			t.Errorf("%s written outside the cache", name)
		}
	}
}

func TestStalledTransferIsAbortedAndResumed(t *testing.T) {
	content := strings.Repeat("s", 100000)
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"model.safetensors": content})
	f.setFault("model.safetensors", &fault{drops: 1, dropAfter: 40000, stall: true})
	opts := testOpts(f, t.TempDir())
	opts.ReadTimeout = 150 * time.Millisecond
	start := time.Now()
	p, err := File(testCtx(t), "kiln-test/tiny", "model.safetensors", opts)
	if err != nil {
		t.Fatal(err)
	}
	if readFile(t, p) != content {
		t.Fatal("content differs")
	}
	if time.Since(start) > 4*time.Second {
		t.Errorf("the stalled connection was not abandoned after the read timeout")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fulls["model.safetensors"] != 1 || f.served["model.safetensors"] != int64(len(content)) {
		t.Errorf("%d full transfers, %d bytes served; want 1 and %d", f.fulls["model.safetensors"], f.served["model.safetensors"], len(content))
	}
}

func TestProgressGoesToTheGivenWriter(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}", "model.safetensors": strings.Repeat("p", 50000)})
	var buf strings.Builder
	opts := testOpts(f, t.TempDir())
	opts.Progress = &buf
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Fetching 2 files") || !strings.Contains(buf.String(), "100%") {
		t.Errorf("progress output %q", buf.String())
	}
	// Everything cached: no bar at all.
	buf.Reset()
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("a bar was drawn with nothing to download: %q", buf.String())
	}
}
