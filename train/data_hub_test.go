package train

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kiln-ml/kiln/hub"
)

func TestSplitFiles(t *testing.T) {
	pushed := []string{"README.md", "data/train-00000-of-00002.parquet", "data/train-00001-of-00002.parquet", "data/test-00000-of-00001.parquet", "data/pretrain-00000-of-00001.parquet"}
	cases := []struct {
		files []string
		split string
		want  []string
	}{
		{pushed, "train", []string{"data/train-00000-of-00002.parquet", "data/train-00001-of-00002.parquet"}},
		{pushed, "test", []string{"data/test-00000-of-00001.parquet"}},
		{[]string{"default/train/0000.parquet", "default/validation/0000.parquet"}, "validation", []string{"default/validation/0000.parquet"}},
		{[]string{"train.jsonl", "train.csv", "test.jsonl"}, "train", []string{"train.jsonl"}},
		{[]string{"data/train.txt", "train.parquet"}, "train", []string{"data/train.txt"}},
		{[]string{"en/train-0.jsonl.gz", "en/train-0.jsonl"}, "train", []string{"en/train-0.jsonl"}},
	}
	for _, c := range cases {
		got, err := SplitFiles(c.files, c.split)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v %q: %v %v, want %v", c.files, c.split, got, err, c.want)
		}
	}
	if _, err := SplitFiles(pushed, "validation"); err == nil || !strings.Contains(err.Error(), `no files of split "validation"`) || !strings.Contains(err.Error(), "README.md") {
		t.Errorf("missing split: %v", err)
	}
	if _, err := SplitFiles(pushed, "*"); err == nil {
		t.Error("a glob as split accepted")
	}
}

// ReadHubDataset offline, from a cache laid out as huggingface_hub writes
// it (datasets--owner--name/refs/main, snapshots/<commit>/...).
func TestReadHubDatasetOffline(t *testing.T) {
	cache := t.TempDir()
	commit := strings.Repeat("ab", 20)
	repoDir := filepath.Join(cache, "datasets--acme--tiny")
	snap := filepath.Join(repoDir, "snapshots", commit)
	if err := os.MkdirAll(filepath.Join(snap, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(repoDir, "refs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repoDir, "refs", "main"), []byte(commit), 0o644); err != nil {
		t.Fatal(err)
	}
	shard := func(name string, rows []pqRow) {
		if err := os.WriteFile(filepath.Join(snap, "data", name), writeParquet(t, rows), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	shard("train-00000-of-00002.parquet", []pqRow{{Text: "a"}, {Text: "b"}})
	shard("train-00001-of-00002.parquet", []pqRow{{Text: "c"}})
	shard("test-00000-of-00001.parquet", []pqRow{{Text: "z"}})
	tb, err := ReadHubDataset(context.Background(), "acme/tiny", "train", hub.Options{CacheDir: cache, Offline: true}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strRows(t, tb); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("rows %q", got)
	}
	if w := tb.Where(2); !strings.HasSuffix(w, "train-00001-of-00002.parquet: row 0") {
		t.Errorf("Where(2) = %q", w)
	}
	if _, err := ReadHubDataset(context.Background(), "acme/tiny", "validation", hub.Options{CacheDir: cache, Offline: true}, ReadOptions{}); err == nil {
		t.Error("a split the cache lacks was read")
	}
}

func TestReadTablesColumnsMustMatch(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	os.WriteFile(a, []byte(`{"text": "x"}`+"\n"+`{"text": "y"}`), 0o644)
	os.WriteFile(b, []byte(`{"text": "z", "id": 1}`), 0o644)
	if _, err := ReadTables([]string{a, b}, ReadOptions{}); err == nil || !strings.Contains(err.Error(), `b.jsonl: columns ["text" "id"] differ`) {
		t.Errorf("column mismatch: %v", err)
	}
	tb, err := ReadTables([]string{a, a}, ReadOptions{})
	if err != nil || tb.Len() != 4 || tb.Where(3) != a+":2" {
		t.Errorf("two files: %v %v", tb, err)
	}
}

// fakeDatasetHub serves one dataset repo the way the Hub does for
// hub.Download: the revision API listing its files, and HEAD/GET on
// /datasets/<repo>/resolve/<rev>/<file> with X-Repo-Commit and a git-blob
// ETag. It records the files fetched.
func fakeDatasetHub(t *testing.T, repo string, files map[string][]byte) (*httptest.Server, func() []string) {
	commit := strings.Repeat("cd", 20)
	var mu sync.Mutex
	var fetched []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if rest, ok := strings.CutPrefix(p, "/api/datasets/"+repo+"/revision/"); ok && rest == "main" {
			type sib struct {
				RFilename string `json:"rfilename"`
			}
			info := struct {
				ID       string `json:"id"`
				SHA      string `json:"sha"`
				Siblings []sib  `json:"siblings"`
			}{ID: repo, SHA: commit}
			for name := range files {
				info.Siblings = append(info.Siblings, sib{name})
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(info)
			return
		}
		name, ok := strings.CutPrefix(p, "/datasets/"+repo+"/resolve/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		_, name, _ = strings.Cut(name, "/") // the revision
		data, ok := files[name]
		if !ok {
			w.Header().Set("X-Error-Code", "EntryNotFound")
			w.WriteHeader(http.StatusNotFound)
			return
		}
		h := sha1.New()
		fmt.Fprintf(h, "blob %d\x00", len(data))
		h.Write(data)
		w.Header().Set("X-Repo-Commit", commit)
		w.Header().Set("ETag", `"`+hex.EncodeToString(h.Sum(nil))+`"`)
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		if r.Method == http.MethodHead {
			return
		}
		mu.Lock()
		fetched = append(fetched, name)
		mu.Unlock()
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := slices.Clone(fetched)
		slices.Sort(out)
		return out
	}
}

func TestReadHubDatasetDownloadsOneSplit(t *testing.T) {
	files := map[string][]byte{
		"README.md":                          []byte("# tiny"),
		"data/train-00000-of-00002.parquet":  writeParquet(t, []pqRow{{Text: "a"}, {Text: "b"}}),
		"data/train-00001-of-00002.parquet":  writeParquet(t, []pqRow{{Text: "c"}}),
		"data/test-00000-of-00001.parquet":   writeParquet(t, []pqRow{{Text: "z"}}),
		"data/pretrain-00000-of-00001.jsonl": []byte(`{"text": "no"}`),
	}
	srv, fetched := fakeDatasetHub(t, "acme/tiny", files)
	opts := hub.Options{Endpoint: srv.URL, CacheDir: t.TempDir(), NoToken: true}
	tb, err := ReadHubDataset(context.Background(), "acme/tiny", "train", opts, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strRows(t, tb); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("rows %q", got)
	}
	if got := fetched(); !reflect.DeepEqual(got, []string{"data/train-00000-of-00002.parquet", "data/train-00001-of-00002.parquet"}) {
		t.Errorf("fetched %q: want only the train shards", got)
	}
	// The cache now answers offline.
	opts.Offline = true
	if tb, err := ReadHubDataset(context.Background(), "acme/tiny", "train", opts, ReadOptions{}); err != nil || tb.Len() != 3 {
		t.Errorf("offline after download: %v %v", tb, err)
	}
}
