package hub

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScanPythonCache(t *testing.T) {
	// Scan through a symlink to the cache, as when $HOME is a link.
	link := filepath.Join(t.TempDir(), "linked-cache")
	abs, _ := filepath.Abs(filepath.Join("testdata", "hfcache"))
	if err := os.Symlink(abs, link); err != nil {
		t.Fatal(err)
	}
	ci, err := ScanCache(link)
	if err != nil {
		t.Fatal(err)
	}
	if len(ci.Warnings) != 0 {
		t.Errorf("warnings on a clean cache: %v", ci.Warnings)
	}
	if len(ci.Repos) != 2 {
		t.Fatalf("%d repos, want 2", len(ci.Repos))
	}
	ds, m := ci.Repos[0], ci.Repos[1]
	if ds.ID != "kiln-test/tiny-ds" || ds.Type != Dataset || m.ID != "kiln-test/tiny-gpt2" || m.Type != Model {
		t.Fatalf("repos %s/%s %s/%s", ds.Type, ds.ID, m.Type, m.ID)
	}
	wantSize := int64(0)
	for _, c := range pyCacheFiles {
		wantSize += int64(len(c))
	}
	wantSize += int64(len("{\"model_type\": \"gpt2\", \"n_embd\": 4, \"n_layer\": 1}\n"))
	if m.NumFiles != 4 || m.Size != wantSize {
		t.Errorf("model repo: %d blobs, %d bytes; want 4, %d", m.NumFiles, m.Size, wantSize)
	}
	refs := map[string]string{}
	for _, rev := range m.Revisions {
		refs[rev.Commit] = strings.Join(rev.Refs, ",")
	}
	if refs[pyMain] != "main" || refs[pyV1] != "refs/pr/1,v1.0" {
		t.Errorf("refs by commit: %v", refs)
	}
	var buf bytes.Buffer
	if err := ci.WriteTable(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"kiln-test/tiny-gpt2", pyV1, "refs/pr/1, v1.0", "dataset"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestDeleteRevisionKeepsSharedBlobs(t *testing.T) {
	tests := []struct {
		name      string
		typ       RepoType
		targets   []string
		gone      []string // paths relative to the cache that must disappear
		kept      []string // and those that must stay
		wantRepos int
	}{
		{
			name:    "tag",
			targets: []string{"kiln-test/tiny-gpt2@v1.0"},
			gone: []string{"models--kiln-test--tiny-gpt2/snapshots/" + pyV1, "models--kiln-test--tiny-gpt2/refs/v1.0",
				"models--kiln-test--tiny-gpt2/refs/refs/pr/1", "models--kiln-test--tiny-gpt2/blobs/18c03167654b179b78ab15d6126ae3ce1d9bd680",
				"models--kiln-test--tiny-gpt2/trees/" + pyV1 + ".json"},
			kept: []string{"models--kiln-test--tiny-gpt2/snapshots/" + pyMain + "/model.safetensors", "models--kiln-test--tiny-gpt2/refs/main",
				"models--kiln-test--tiny-gpt2/trees/" + pyMain + ".json"},
			wantRepos: 2,
		},
		{
			name:      "bare commit of the main branch",
			targets:   []string{pyMain},
			gone:      []string{"models--kiln-test--tiny-gpt2/snapshots/" + pyMain, "models--kiln-test--tiny-gpt2/.no_exist/" + pyMain, "models--kiln-test--tiny-gpt2/blobs/b0f3b106fdd484260643eff5c7f7f4ac141af2ae"},
			kept:      []string{"models--kiln-test--tiny-gpt2/snapshots/" + pyV1 + "/model.safetensors"},
			wantRepos: 2,
		},
		{
			name:      "whole repo",
			targets:   []string{"kiln-test/tiny-gpt2"},
			gone:      []string{"models--kiln-test--tiny-gpt2"},
			kept:      []string{"datasets--kiln-test--tiny-ds", "CACHEDIR.TAG"},
			wantRepos: 1,
		},
		{
			name:      "every revision removes the repo",
			targets:   []string{"kiln-test/tiny-gpt2@main", "kiln-test/tiny-gpt2@" + pyV1},
			gone:      []string{"models--kiln-test--tiny-gpt2"},
			wantRepos: 1,
		},
		{
			name:      "dataset",
			typ:       Dataset,
			targets:   []string{"kiln-test/tiny-ds"},
			gone:      []string{"datasets--kiln-test--tiny-ds"},
			wantRepos: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cache := t.TempDir()
			copyTree(t, filepath.Join("testdata", "hfcache"), cache)
			ci, err := ScanCache(cache)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := ci.PlanDelete(tc.typ, tc.targets...)
			if err != nil {
				t.Fatal(err)
			}
			if err := plan.Execute(); err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.gone {
				if _, err := os.Lstat(filepath.Join(cache, p)); !os.IsNotExist(err) {
					t.Errorf("%s still there", p)
				}
			}
			for _, p := range tc.kept {
				if _, err := os.Stat(filepath.Join(cache, p)); err != nil {
					t.Errorf("%s removed: %v", p, err)
				}
			}
			after, err := ScanCache(cache)
			if err != nil {
				t.Fatal(err)
			}
			if len(after.Repos) != tc.wantRepos || len(after.Warnings) != 0 {
				t.Errorf("after: %d repos, warnings %v", len(after.Repos), after.Warnings)
			}
		})
	}
}

func TestDeleteErrorsAndHostileLinks(t *testing.T) {
	root := t.TempDir()
	cache := filepath.Join(root, "cache")
	copyTree(t, filepath.Join("testdata", "hfcache"), cache)
	outside := filepath.Join(root, "precious.txt")
	os.WriteFile(outside, []byte("keep me"), 0o644)
	evil := filepath.Join(cache, "models--kiln-test--tiny-gpt2", "snapshots", pyV1, "evil.txt")
	if err := os.Symlink("../../../../precious.txt", evil); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(cache, "not-a-repo"), 0o755)
	ci, err := ScanCache(cache)
	if err != nil {
		t.Fatal(err)
	}
	if len(ci.Warnings) != 2 {
		t.Errorf("warnings %v, want the outside link and the stray folder", ci.Warnings)
	}
	for _, bad := range []string{"kiln-test/nope", "kiln-test/tiny-gpt2@nobranch", strings.Repeat("1", 40)} {
		if _, err := ci.PlanDelete(Model, bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	plan, err := ci.PlanDelete(Model, "kiln-test/tiny-gpt2@v1.0")
	if err != nil {
		t.Fatal(err)
	}
	if err := plan.Execute(); err != nil {
		t.Fatal(err)
	}
	if readFile(t, outside) != "keep me" {
		t.Error("a file outside the cache was touched")
	}
	if _, err := ScanCache(filepath.Join(root, "missing")); err == nil {
		t.Error("scanning a missing dir: no error")
	}
}
