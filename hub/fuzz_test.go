package hub

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParseRepoInfo(f *testing.F) {
	f.Add([]byte(`{"id":"a/b","sha":"0123456789abcdef0123456789abcdef01234567","siblings":[{"rfilename":"config.json"},{"rfilename":"onnx/m.onnx"}]}`))
	f.Add([]byte(`{"sha":"abc","siblings":[{"rfilename":"../x"}]}`))
	f.Add([]byte(`{"sha":null}`))
	f.Add([]byte(`{"sha":"0123456","siblings":[{}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		commit, files, err := ParseRepoInfo(data)
		if err != nil {
			if !errors.Is(err, ErrBadServer) && !errors.Is(err, ErrUnsafeName) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if checkCommitName(commit) != nil {
			t.Fatalf("accepted commit %q", commit)
		}
		root := "/cache/models--a--b/snapshots/" + commit
		seen := map[string]bool{}
		for _, name := range files {
			if seen[name] {
				t.Fatalf("duplicate %q", name)
			}
			seen[name] = true
			if p := filepath.Join(root, filepath.FromSlash(name)); !within(root, p) || p == root {
				t.Fatalf("accepted %q escapes to %s", name, p)
			}
		}
	})
}

func FuzzValidateFilename(f *testing.F) {
	for _, s := range []string{"config.json", "a/b", "../x", "/abs", `a\b`, "a\x00", "C:x", "..", "a//b", "..hidden"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if ValidateFilename(name) != nil {
			return
		}
		const root = "/cache/snapshots/abc"
		p := filepath.Join(root, filepath.FromSlash(name))
		if !within(root, p) || p == root {
			t.Fatalf("accepted %q escapes to %s", name, p)
		}
		if strings.ContainsAny(name, "\\\x00") || filepath.Clean("/"+name) != "/"+name {
			t.Fatalf("accepted non-canonical %q", name)
		}
	})
}

func FuzzParseRepoRef(f *testing.F) {
	for _, s := range []string{"org/name", "org/name@main", "gpt2@refs/pr/1", "a--b/c", "@", "a/b@../c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		repo, rev, err := ParseRepoRef(s)
		if err != nil {
			return
		}
		folder := RepoFolderName(repo, Model)
		if strings.ContainsAny(folder, `/\`) || strings.Contains(folder, "..") {
			t.Fatalf("%q gives folder %q", s, folder)
		}
		if rev != "" {
			p := filepath.Join("/c/refs", filepath.FromSlash(rev))
			if !within("/c/refs", p) || p == "/c/refs" {
				t.Fatalf("revision %q escapes refs/", rev)
			}
		}
	})
}

func FuzzNormalizeETag(f *testing.F) {
	for _, s := range []string{`"abc"`, `W/"abc"`, `"../x"`, `abc`, `""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, etag string) {
		e := normalizeETag(etag)
		if !etagRe.MatchString(e) {
			return
		}
		p := filepath.Join("/c/blobs", e)
		if filepath.Dir(p) != "/c/blobs" {
			t.Fatalf("etag %q names %s", etag, p)
		}
	})
}
