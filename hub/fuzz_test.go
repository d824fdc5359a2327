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
	f.Add([]byte(`{"sha":"0123456","siblings":[{"rfilename":"m.bin","size":3,"blobId":"ab","lfs":{"sha256":"x","size":3}}]}`))
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
		for _, file := range files {
			name := file.Name
			if file.LFSSHA256 != "" && !sha256Re.MatchString(file.LFSSHA256) {
				t.Fatalf("accepted LFS sha256 %q", file.LFSSHA256)
			}
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

func FuzzParseTreeListing(f *testing.F) {
	f.Add([]byte(`{"format_version": 1, "files": {"a.json": {"size": 2, "blob_id": "x"}, "m.safetensors": {"size": 9, "blob_id": "y", "lfs_sha256": "z", "lfs_size": 9}}}`))
	f.Add([]byte(`{"format_version": 2, "files": {}}`))
	f.Add([]byte(`{"format_version": 1, "files": {"../x": {"size": 1, "blob_id": "b"}}}`))
	f.Add([]byte(`{"format_version": 1, "files": {"a": {"size": -1, "blob_id": "b"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		names, err := ParseTreeListing(data)
		if err != nil {
			return
		}
		for _, name := range names {
			if ValidateFilename(name) != nil {
				t.Fatalf("accepted unsafe name %q", name)
			}
		}
	})
}

func TestParseTreeListing(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr string
	}{
		{`{"format_version": 1, "files": {"b": {"size": 1, "blob_id": "x"}, "a/c": {"size": 0, "blob_id": "y"}}}`, "a/c,b", ""},
		{`{"format_version": 2, "files": {}}`, "", "format_version"},
		{`{"format_version": 1}`, "", `no "files"`},
		{`{"format_version": 1, "files": {"a": {"blob_id": "x"}}}`, "", `files["a"].size`},
		{`{"format_version": 1, "files": {"a": {"size": 3}}}`, "", "no blob_id"},
		{`{"format_version": 1, "files": {"/etc/x": {"size": 3, "blob_id": "x"}}}`, "", "absolute"},
		{`not json`, "", "tree listing"},
	}
	for _, tc := range tests {
		names, err := ParseTreeListing([]byte(tc.in))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: err %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || strings.Join(names, ",") != tc.want {
			t.Errorf("%s: %v %v, want %s", tc.in, names, err, tc.want)
		}
	}
}
