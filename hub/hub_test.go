package hub

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestMain keeps the tests independent of the user's Hugging Face setup.
func TestMain(m *testing.M) {
	for _, k := range []string{"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_HUB_OFFLINE",
		"TRANSFORMERS_OFFLINE", "HF_ENDPOINT", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HUB_DISABLE_IMPLICIT_TOKEN"} {
		os.Unsetenv(k)
	}
	home, err := os.MkdirTemp("", "kiln-hub-home")
	if err != nil {
		panic(err)
	}
	os.Setenv("HF_HOME", home)
	code := m.Run()
	os.RemoveAll(home)
	os.Exit(code)
}

// testOpts talks to f with tiny backoffs and short timeouts.
func testOpts(f *fakeHub, cache string) Options {
	return Options{
		Endpoint:    f.hub.URL,
		CacheDir:    cache,
		Progress:    io.Discard,
		Retry:       RetryPolicy{MaxRetries: 3, BaseDelay: time.Millisecond, MaxDelay: 4 * time.Millisecond},
		ReadTimeout: 2 * time.Second,
		HTTPClient:  &http.Client{Timeout: 10 * time.Second},
	}
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var tinyFiles = map[string]string{
	"config.json":            `{"model_type": "gpt2"}`,
	"tokenizer.json":         `{"model": {"type": "BPE"}}`,
	"model.safetensors":      strings.Repeat("weights!", 40000), // 320 kB, LFS
	"onnx/model.json":        `{"opset": 17}`,
	"pytorch_model.bin":      "pickle bytes",
	"README.md":              "# tiny",
	"tokenizer_config.jinja": "{{ messages }}",
}

// listTree returns the files (and symlink targets) under dir, relative to it.
func listTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		target := ""
		if info.Mode()&os.ModeSymlink != 0 {
			target, _ = os.Readlink(p)
		}
		out[filepath.ToSlash(rel)] = target
		return nil
	})
	return out
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDownloadWritesHuggingFaceLayout(t *testing.T) {
	f := newFakeHub(t)
	commit := f.addRepo(Model, "kiln-test/tiny", tinyFiles)
	cache := t.TempDir()
	dir, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache))
	if err != nil {
		t.Fatal(err)
	}
	repoDir := filepath.Join(cache, "models--kiln-test--tiny")
	if want := filepath.Join(repoDir, "snapshots", commit); dir != want {
		t.Fatalf("snapshot dir %s, want %s", dir, want)
	}
	if got := readFile(t, filepath.Join(repoDir, "refs", "main")); got != commit {
		t.Errorf("refs/main = %q, want %q (no newline)", got, commit)
	}
	for name, content := range tinyFiles {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if got := readFile(t, p); got != content {
			t.Errorf("%s: content differs", name)
		}
		target, err := os.Readlink(p)
		if err != nil {
			t.Fatalf("%s is not a symlink: %v", name, err)
		}
		etag := gitBlobID([]byte(content))
		if strings.HasSuffix(name, ".safetensors") || strings.HasSuffix(name, ".bin") {
			etag = sha256Hex([]byte(content))
		}
		want := strings.Repeat("../", strings.Count(name, "/")+2) + "blobs/" + etag
		if target != want {
			t.Errorf("%s -> %s, want relative link %s", name, target, want)
		}
		if _, err := os.Stat(filepath.Join(cache, ".locks", "models--kiln-test--tiny", etag+".lock")); err != nil {
			t.Errorf("%s: no lock file: %v", name, err)
		}
	}
	for name := range listTree(t, filepath.Join(repoDir, "blobs")) {
		if strings.Contains(name, "incomplete") {
			t.Errorf("leftover %s", name)
		}
	}
	if !strings.HasPrefix(readFile(t, filepath.Join(cache, "CACHEDIR.TAG")), "Signature: 8a477f597d28d172789f06886806bc55") {
		t.Error("CACHEDIR.TAG missing or wrong")
	}
	// A second call finds everything cached: no body is transferred again.
	before := map[string]int{}
	for name := range tinyFiles {
		before[name] = f.count(f.fulls, name)
		if before[name] != 1 {
			t.Errorf("%s transferred %d times, want 1", name, before[name])
		}
	}
	if _, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache)); err != nil {
		t.Fatal(err)
	}
	for name := range tinyFiles {
		if n := f.count(f.fulls, name); n != before[name] {
			t.Errorf("%s fetched again (%d transfers)", name, n)
		}
	}
}

func TestDownloadIncludeExclude(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", tinyFiles)
	tests := []struct {
		include, exclude []string
		want             []string
	}{
		{[]string{"*.json"}, nil, []string{"config.json", "onnx/model.json", "tokenizer.json"}},
		{[]string{"*.json"}, []string{"onnx/"}, []string{"config.json", "tokenizer.json"}},
		{[]string{"onnx/"}, nil, []string{"onnx/model.json"}},
		{nil, []string{"*.bin", "*.safetensors", "onnx/*", "*.md", "*.jinja"}, []string{"config.json", "tokenizer.json"}},
		{[]string{"config.json", "model.safe[st]ensors"}, nil, []string{"config.json", "model.safetensors"}},
		{[]string{"nothing-matches"}, nil, nil},
	}
	for _, tc := range tests {
		opts := testOpts(f, t.TempDir())
		opts.Include, opts.Exclude = tc.include, tc.exclude
		dir, err := Download(testCtx(t), "kiln-test/tiny", opts)
		if err != nil {
			t.Fatalf("include %v exclude %v: %v", tc.include, tc.exclude, err)
		}
		var got []string
		for name := range listTree(t, dir) {
			got = append(got, name)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("include %v exclude %v: got %v, want %v", tc.include, tc.exclude, got, tc.want)
		}
	}
}

func TestFileRevisionsBranchTagCommit(t *testing.T) {
	f := newFakeHub(t)
	c1 := f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "v1"})
	c2 := f.addCommit(Model, "kiln-test/tiny", "main", map[string]string{"config.json": "v2"})
	f.mu.Lock()
	f.repos["model:kiln-test/tiny"].refs["v1.0"] = c1
	f.repos["model:kiln-test/tiny"].refs["refs/pr/1"] = c1
	f.mu.Unlock()
	cache := t.TempDir()
	tests := []struct{ rev, want, commit string }{
		{"", "v2", c2},
		{"main", "v2", c2},
		{"v1.0", "v1", c1},
		{"refs/pr/1", "v1", c1},
		{c1, "v1", c1},
	}
	for _, tc := range tests {
		opts := testOpts(f, cache)
		opts.Revision = tc.rev
		p, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts)
		if err != nil {
			t.Fatalf("revision %q: %v", tc.rev, err)
		}
		if got := readFile(t, p); got != tc.want {
			t.Errorf("revision %q: content %q, want %q", tc.rev, got, tc.want)
		}
		if want := filepath.Join(cache, "models--kiln-test--tiny", "snapshots", tc.commit, "config.json"); p != want {
			t.Errorf("revision %q: path %s, want %s", tc.rev, p, want)
		}
	}
	// huggingface_hub stores refs/pr/1 as refs/refs/pr/1.
	if got := readFile(t, filepath.Join(cache, "models--kiln-test--tiny", "refs", "refs", "pr", "1")); got != c1 {
		t.Errorf("refs/refs/pr/1 = %q", got)
	}
	// A cached file at a commit hash needs no request at all.
	heads := f.count(f.heads, "config.json")
	opts := testOpts(f, cache)
	opts.Revision = c1
	if _, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts); err != nil {
		t.Fatal(err)
	}
	if n := f.count(f.heads, "config.json"); n != heads {
		t.Errorf("cached commit file made %d HEAD requests", n-heads)
	}
}

func TestDatasetRepo(t *testing.T) {
	f := newFakeHub(t)
	commit := f.addRepo(Dataset, "kiln-test/ds", map[string]string{"data/train.csv": "a,b\n1,2\n"})
	cache := t.TempDir()
	opts := testOpts(f, cache)
	opts.RepoType = Dataset
	dir, err := Download(testCtx(t), "kiln-test/ds", opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(cache, "datasets--kiln-test--ds", "snapshots", commit); dir != want {
		t.Errorf("dir %s, want %s", dir, want)
	}
	if got := readFile(t, filepath.Join(dir, "data", "train.csv")); got != "a,b\n1,2\n" {
		t.Errorf("content %q", got)
	}
}

func TestResolveModelPath(t *testing.T) {
	f := newFakeHub(t)
	c := f.addRepo(Model, "kiln-test/tiny", tinyFiles)
	noST := map[string]string{"config.json": "{}", "pytorch_model.bin": "pickle", "training_args.bin": "x", "flax_model.msgpack": "x"}
	f.addRepo(Model, "kiln-test/legacy", noST)
	f.addRepo(Model, "kiln-test/sharded", map[string]string{"config.json": "{}", "model.safetensors.index.json": "{}",
		"model-00001-of-00002.safetensors": "a", "model-00002-of-00002.safetensors": "b", "consolidated.safetensors": "ab",
		"tokenizer.model": "spm", "original/consolidated.00.pth": "pth"})
	f.addRepo(Model, "kiln-test/lora", map[string]string{"adapter_config.json": "{}", "adapter_model.safetensors": "lora", "training_args.bin": "x"})
	local := t.TempDir()
	tests := []struct {
		name    string
		want    []string // files in the result, nil: the result is `local`
		wantErr string
	}{
		{name: local},
		{name: "kiln-test/tiny", want: []string{"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.jinja"}},
		{name: "kiln-test/tiny@" + c, want: []string{"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.jinja"}},
		{name: "kiln-test/legacy", want: []string{"config.json", "pytorch_model.bin"}},
		{name: "kiln-test/sharded", want: []string{"config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "model.safetensors.index.json", "tokenizer.model"}},
		{name: "kiln-test/lora", want: []string{"adapter_config.json", "adapter_model.safetensors"}},
		{name: "./not/a/dir", wantErr: "neither an existing directory nor a Hub repo id"},
		{name: "bad//id", wantErr: "neither an existing directory"},
		{name: "kiln-test/tiny@", wantErr: "neither an existing directory"},
	}
	for _, tc := range tests {
		got, err := ResolveModelPath(testCtx(t), tc.name, testOpts(f, t.TempDir()))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: err %v, want %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", tc.name, err)
		}
		if tc.want == nil {
			if got != tc.name {
				t.Errorf("local dir %q came back as %q", tc.name, got)
			}
			continue
		}
		var files []string
		for name := range listTree(t, got) {
			files = append(files, name)
		}
		sort.Strings(files)
		if strings.Join(files, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q: files %v, want %v", tc.name, files, tc.want)
		}
	}
}

// TestResolveModelPathOffline: what ResolveModelPath fetched online is
// enough for it offline, although the snapshot lacks the repo's other files.
func TestResolveModelPathOffline(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", tinyFiles)
	cache := t.TempDir()
	online, err := ResolveModelPath(testCtx(t), "kiln-test/tiny", testOpts(f, cache))
	if err != nil {
		t.Fatal(err)
	}
	opts := testOpts(f, cache)
	opts.Offline = true
	sent := f.requests()
	offline, err := ResolveModelPath(testCtx(t), "kiln-test/tiny", opts)
	if err != nil || offline != online {
		t.Fatalf("offline: %q %v, want %q", offline, err, online)
	}
	// Everything was asked for, so the snapshot is incomplete.
	if _, err := Download(testCtx(t), "kiln-test/tiny", opts); !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), "incomplete") {
		t.Errorf("Download of the whole repo offline: %v", err)
	}
	if n := f.requests(); n != sent {
		t.Errorf("offline sent %d requests", n-sent)
	}
	if _, err := ResolveModelPath(testCtx(t), "kiln-test/other", opts); !errors.Is(err, ErrNotCached) {
		t.Errorf("uncached repo offline: %v", err)
	}
}
