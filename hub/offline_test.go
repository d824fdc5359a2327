package hub

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	pyMain   = "3f1c7c5e0a9b2d4e6f8a1b3c5d7e9f0a2b4c6d8e"
	pyV1     = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
	pyDSMain = "0123456789abcdef0123456789abcdef01234567"
)

// pyCacheFiles is the content of testdata/hfcache (see make_hfcache.sh).
var pyCacheFiles = map[string]string{
	"config.json":       "{\"model_type\": \"gpt2\", \"n_embd\": 8, \"n_layer\": 1}\n",
	"onnx/config.json":  "{\"opset\": 17}\n",
	"model.safetensors": "\x36\x00\x00\x00\x00\x00\x00\x00{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}\x00\x00\x80\x3f\x00\x00\x00\x40",
}

// copyTree copies a cache, keeping symlinks as symlinks.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		switch {
		case info.Mode()&os.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(target, to)
		case info.IsDir():
			return os.MkdirAll(to, 0o755)
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(to, b, 0o644)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadPythonWrittenCache reads, offline, a cache laid out by Python's huggingface_hub.
func TestReadPythonWrittenCache(t *testing.T) {
	cache := filepath.Join("testdata", "hfcache")
	tests := []struct {
		repo, file, rev string
		typ             RepoType
		want            string
		wantErr         error
	}{
		{"kiln-test/tiny-gpt2", "config.json", "", Model, pyCacheFiles["config.json"], nil},
		{"kiln-test/tiny-gpt2", "config.json", "main", Model, pyCacheFiles["config.json"], nil},
		{"kiln-test/tiny-gpt2", "model.safetensors", "", Model, pyCacheFiles["model.safetensors"], nil},
		{"kiln-test/tiny-gpt2", "onnx/config.json", pyMain, Model, pyCacheFiles["onnx/config.json"], nil},
		{"kiln-test/tiny-gpt2", "config.json", "v1.0", Model, "{\"model_type\": \"gpt2\", \"n_embd\": 4, \"n_layer\": 1}\n", nil},
		{"kiln-test/tiny-gpt2", "config.json", "refs/pr/1", Model, "{\"model_type\": \"gpt2\", \"n_embd\": 4, \"n_layer\": 1}\n", nil},
		{"kiln-test/tiny-gpt2", "model.safetensors", pyV1, Model, pyCacheFiles["model.safetensors"], nil},
		{"kiln-test/tiny-gpt2", "generation_config.json", "", Model, "", ErrEntryNotFound},
		{"kiln-test/tiny-gpt2", "onnx/config.json", "v1.0", Model, "", ErrNotCached},
		{"kiln-test/tiny-gpt2", "config.json", "nobranch", Model, "", ErrNotCached},
		{"kiln-test/other", "config.json", "", Model, "", ErrNotCached},
		{"kiln-test/tiny-ds", "data/train.csv", "", Dataset, "text,label\nhello,1\n", nil},
		{"kiln-test/tiny-ds", "data/train.csv", "", Model, "", ErrNotCached},
	}
	for _, tc := range tests {
		opts := Options{CacheDir: cache, Offline: true, Revision: tc.rev, RepoType: tc.typ}
		p, err := File(testCtx(t), tc.repo, tc.file, opts)
		if tc.wantErr != nil {
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("%s %s@%s: err %v, want %v", tc.repo, tc.file, tc.rev, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %s@%s: %v", tc.repo, tc.file, tc.rev, err)
			continue
		}
		if got := readFile(t, p); got != tc.want {
			t.Errorf("%s %s@%s: content %q, want %q", tc.repo, tc.file, tc.rev, got, tc.want)
		}
	}
	// Offline snapshots; trees/<commit>.json (v1.0's lists tokenizer.json,
	// never downloaded) makes an incomplete snapshot an error.
	for _, tc := range []struct {
		rev              string
		include, exclude []string
		want             string // snapshot commit, or error text
	}{
		{"", nil, nil, pyMain},
		{"main", []string{"*.json"}, nil, pyMain},
		{"v1.0", nil, nil, "incomplete: 1 file(s) not in the local cache"},
		{"v1.0", []string{"*.json"}, nil, "tokenizer.json"},
		{"v1.0", []string{"*.safetensors"}, nil, pyV1},
		{pyV1, nil, []string{"tokenizer.json"}, pyV1},
		{"refs/pr/1", []string{"config.json"}, nil, pyV1},
	} {
		opts := Options{CacheDir: cache, Offline: true, Revision: tc.rev, Include: tc.include, Exclude: tc.exclude}
		dir, err := Download(testCtx(t), "kiln-test/tiny-gpt2", opts)
		if len(tc.want) != 40 {
			if !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Download@%q %v offline: err %v, want ErrNotCached saying %q", tc.rev, tc.include, err, tc.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("Download@%q %v offline: %v", tc.rev, tc.include, err)
			continue
		}
		if filepath.Base(dir) != tc.want {
			t.Errorf("Download@%q offline = %s, want snapshot %s", tc.rev, dir, tc.want)
		}
	}
}

// TestOnlineReusesPythonCache: files Python fetched are not fetched again,
// and a new commit sharing a blob only fetches what changed.
func TestOnlineReusesPythonCache(t *testing.T) {
	cache := t.TempDir()
	copyTree(t, filepath.Join("testdata", "hfcache"), cache)
	f := newFakeHub(t)
	f.setCommit(Model, "kiln-test/tiny-gpt2", "main", pyMain, pyCacheFiles)
	dir, err := Download(testCtx(t), "kiln-test/tiny-gpt2", testOpts(f, cache))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(dir) != pyMain {
		t.Fatalf("snapshot %s", dir)
	}
	for name := range pyCacheFiles {
		if n := f.count(f.fulls, name) + f.count(f.heads, name); n != 0 {
			t.Errorf("%s: %d requests for a cached file", name, n)
		}
	}
	newer := map[string]string{"config.json": `{"n_embd": 16}`, "model.safetensors": pyCacheFiles["model.safetensors"]}
	next := strings.Repeat("ab", 20)
	f.setCommit(Model, "kiln-test/tiny-gpt2", "main", next, newer)
	dir, err = Download(testCtx(t), "kiln-test/tiny-gpt2", testOpts(f, cache))
	if err != nil {
		t.Fatal(err)
	}
	if readFile(t, filepath.Join(dir, "config.json")) != newer["config.json"] || readFile(t, filepath.Join(dir, "model.safetensors")) != newer["model.safetensors"] {
		t.Error("new snapshot content differs")
	}
	if n := f.count(f.fulls, "model.safetensors"); n != 0 {
		t.Errorf("shared blob fetched %d times", n)
	}
	if got := readFile(t, filepath.Join(cache, "models--kiln-test--tiny-gpt2", "refs", "main")); got != next {
		t.Errorf("refs/main = %q, want %q", got, next)
	}
}

func TestOffline(t *testing.T) {
	f := newFakeHub(t)
	commit := f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}", "model.safetensors": "w"})
	cache := t.TempDir()

	// Nothing cached: a clear error, and not a single request.
	opts := testOpts(f, cache)
	opts.Offline = true
	_, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts)
	if !errors.Is(err, ErrNotCached) {
		t.Fatalf("err %v, want ErrNotCached", err)
	}
	for _, want := range []string{"not in the local cache", "offline", "kiln download kiln-test/tiny --include 'config.json' --cache-dir " + cache} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); !errors.Is(err, ErrNotCached) {
		t.Errorf("Download offline, empty cache: %v", err)
	}
	if n := f.requests(); n != 0 {
		t.Fatalf("offline mode sent %d requests", n)
	}

	// Fetch online, then go offline through the environment.
	if _, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache)); err != nil {
		t.Fatal(err)
	}
	sent := f.requests()
	t.Setenv("HF_HUB_OFFLINE", "1")
	opts = testOpts(f, cache)
	p, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts)
	if err != nil || readFile(t, p) != "{}" {
		t.Fatalf("offline cached file: %q %v", p, err)
	}
	dir, err := Download(testCtx(t), "kiln-test/tiny", opts)
	if err != nil || filepath.Base(dir) != commit {
		t.Fatalf("offline snapshot: %q %v", dir, err)
	}
	// The repo's listing (trees/<commit>.json) says it has no .gguf file:
	// nothing is missing. A file that was removed from the snapshot is.
	opts.Include = []string{"*.gguf"}
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil {
		t.Errorf("offline Download of patterns matching nothing in the repo: %v", err)
	}
	if err := os.Remove(filepath.Join(dir, "model.safetensors")); err != nil {
		t.Fatal(err)
	}
	opts.Include = []string{"*.safetensors"}
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), "model.safetensors") {
		t.Errorf("offline Download of a file missing from the snapshot: %v", err)
	}
	opts.Include = nil
	if _, err := File(testCtx(t), "kiln-test/tiny", "tokenizer.json", testOpts(f, cache)); !errors.Is(err, ErrNotCached) {
		t.Errorf("offline uncached file: %v", err)
	}
	if n := f.requests(); n != sent {
		t.Fatalf("HF_HUB_OFFLINE=1 sent %d requests", n-sent)
	}
}

func TestUnreachableHubFallsBackToCache(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	cache := t.TempDir()
	if _, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache)); err != nil {
		t.Fatal(err)
	}
	opts := testOpts(f, cache)
	waits := recordSleeps(&opts)
	f.setFault("config.json", &fault{headStatus: []int{503, 503, 503, 503, 503, 503}})
	p, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts)
	if err != nil || readFile(t, p) != "{}" {
		t.Fatalf("503 with a cached file: %q %v", p, err)
	}
	if len(*waits) != 0 {
		t.Errorf("waited %v although the file was cached", *waits)
	}
	f.hub.Close() // the Hub is gone altogether
	dir, err := Download(testCtx(t), "kiln-test/tiny", opts)
	if err != nil {
		t.Fatalf("Hub down with a cached snapshot: %v", err)
	}
	if readFile(t, filepath.Join(dir, "config.json")) != "{}" {
		t.Error("content differs")
	}
	if _, err := File(testCtx(t), "kiln-test/tiny", "other.json", opts); !errors.Is(err, ErrNotCached) {
		t.Errorf("Hub down, file not cached: %v", err)
	}
}

// TestReadCacheWrittenByHuggingFaceHub reads testdata/hfcache-py, written by
// Python's huggingface_hub 1.33.0 itself (snapshot_download of kiln-test/tiny
// from the fake Hub, hf_hub_download of config.json at tag v1.0, and of a
// missing generation_config.json), with no network.
func TestReadCacheWrittenByHuggingFaceHub(t *testing.T) {
	const main, v1 = "3564a0d38d27b0f7aebabdefd767ba3eee315faf", "e024cf31d041f75c49702b352c76cb37521c5064"
	cache, _ := filepath.Abs(filepath.Join("testdata", "hfcache-py"))
	opts := Options{CacheDir: cache, Offline: true}
	for name, content := range tinyFiles {
		p, err := File(testCtx(t), "kiln-test/tiny", name, opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if readFile(t, p) != content {
			t.Errorf("%s: content differs", name)
		}
		if want := filepath.Join(cache, "models--kiln-test--tiny", "snapshots", main, name); p != want {
			t.Errorf("%s at %s, want %s", name, p, want)
		}
	}
	v1opts := opts
	v1opts.Revision = "v1.0"
	if p, err := File(testCtx(t), "kiln-test/tiny", "config.json", v1opts); err != nil || readFile(t, p) != `{"v": 1}` {
		t.Errorf("config.json@v1.0: %q %v", p, err)
	}
	if _, err := File(testCtx(t), "kiln-test/tiny", "generation_config.json", opts); !errors.Is(err, ErrEntryNotFound) {
		t.Errorf("Python's .no_exist entry not honoured: %v", err)
	}
	// Python's trees/<main>.json lists every file: the snapshot is complete.
	if dir, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil || filepath.Base(dir) != main {
		t.Errorf("offline snapshot: %q %v", dir, err)
	}
	if names, ok := (&repoCache{dir: filepath.Join(cache, "models--kiln-test--tiny")}).readTreeListing(main); !ok || len(names) != len(tinyFiles) {
		t.Errorf("Python's tree listing: %v %v", names, ok)
	}
	ci, err := ScanCache(cache)
	if err != nil {
		t.Fatal(err)
	}
	if len(ci.Warnings) != 0 || len(ci.Repos) != 1 || len(ci.Repos[0].Revisions) != 2 || ci.Repos[0].NumFiles != len(tinyFiles)+1 {
		t.Errorf("scan: %+v", ci)
	}
}

// TestTreeListingMatchesHuggingFaceHub: the trees/<commit>.json kiln writes
// is byte-identical to the one huggingface_hub 1.33.0 wrote for the same
// commit (testdata/hfcache-py), so either library can trust the other's.
func TestTreeListingMatchesHuggingFaceHub(t *testing.T) {
	const main = "3564a0d38d27b0f7aebabdefd767ba3eee315faf"
	f := newFakeHub(t)
	f.setCommit(Model, "kiln-test/tiny", "main", main, tinyFiles)
	cache := t.TempDir()
	opts := testOpts(f, cache)
	opts.Include = []string{"config.json"} // the listing covers the whole commit anyway
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil {
		t.Fatal(err)
	}
	got := readFile(t, filepath.Join(cache, "models--kiln-test--tiny", "trees", main+".json"))
	want := readFile(t, filepath.Join("testdata", "hfcache-py", "models--kiln-test--tiny", "trees", main+".json"))
	if got != want {
		t.Errorf("kiln's listing differs from huggingface_hub's:\n%s\nwant:\n%s", got, want)
	}
	// Offline, the partial snapshot is now known to be partial.
	opts.Offline, opts.Include = true, nil
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), "incomplete: 6 file(s)") {
		t.Errorf("partial snapshot offline: %v", err)
	}
	opts.Include = []string{"config.json"}
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); err != nil {
		t.Errorf("the part that was fetched: %v", err)
	}
}
