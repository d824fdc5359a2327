package hub

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateFilename(t *testing.T) {
	good := []string{"config.json", "onnx/model.onnx", "a/b/c.txt", "..hidden", "x..y", ".gitattributes", "dir.with.dots/f"}
	bad := []string{"", "..", "../x", "a/../b", "a/..", "/etc/passwd", `a\b`, `..\x`, "a\x00b", "C:evil", "c:/x", "a//b", "./a", "a/./b", "a/", "a\nb"}
	for _, name := range good {
		if err := ValidateFilename(name); err != nil {
			t.Errorf("%q refused: %v", name, err)
		}
	}
	for _, name := range bad {
		if err := ValidateFilename(name); !errors.Is(err, ErrUnsafeName) {
			t.Errorf("%q accepted (err %v)", name, err)
		}
	}
}

func TestValidateRepoID(t *testing.T) {
	good := []string{"gpt2", "openai-community/gpt2", "meta-llama/Llama-3.2-1B", "a_b/c.d", "x/y_"}
	bad := []string{"", "a/b/c", "../x", "a/..", "a--b/c", "a/b..c", "-a/b", "a/b-", "a b/c", "a/b\x00", "/a", "a/", strings.Repeat("a", 97)}
	for _, id := range good {
		if err := ValidateRepoID(id); err != nil {
			t.Errorf("%q refused: %v", id, err)
		}
	}
	for _, id := range bad {
		if err := ValidateRepoID(id); err == nil {
			t.Errorf("%q accepted", id)
		}
	}
}

func TestParseRepoRef(t *testing.T) {
	tests := []struct{ in, repo, rev string }{
		{"org/name", "org/name", ""},
		{"org/name@main", "org/name", "main"},
		{"org/name@refs/pr/1", "org/name", "refs/pr/1"},
		{"gpt2@0123456789abcdef0123456789abcdef01234567", "gpt2", "0123456789abcdef0123456789abcdef01234567"},
	}
	for _, tc := range tests {
		repo, rev, err := ParseRepoRef(tc.in)
		if err != nil || repo != tc.repo || rev != tc.rev {
			t.Errorf("%q: %q %q %v", tc.in, repo, rev, err)
		}
	}
	for _, in := range []string{"org/name@", "org/name@../x", "@main", "a/b/c@main", "org/name@/abs"} {
		if _, _, err := ParseRepoRef(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

// TestHostileNamesWriteNothingOutside: names from the caller, the API or
// the server that would escape the cache are refused before any write.
func TestHostileNamesWriteNothingOutside(t *testing.T) {
	for _, hostile := range []string{"../../evil.txt", "/tmp/evil", "a/../../evil", `..\evil`, "ok\x00.json"} {
		t.Run("api:"+hostile, func(t *testing.T) {
			f := newFakeHub(t)
			f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
			f.setFault("api", &fault{badETag: hostile}) // the API lists the hostile name
			root := t.TempDir()
			cache := filepath.Join(root, "cache")
			_, err := Download(testCtx(t), "kiln-test/tiny", testOpts(f, cache))
			if !errors.Is(err, ErrUnsafeName) {
				t.Fatalf("err = %v, want ErrUnsafeName", err)
			}
			assertOnlyUnder(t, root, cache)
		})
		t.Run("caller:"+hostile, func(t *testing.T) {
			f := newFakeHub(t)
			root := t.TempDir()
			cache := filepath.Join(root, "cache")
			if _, err := File(testCtx(t), "kiln-test/tiny", hostile, testOpts(f, cache)); !errors.Is(err, ErrUnsafeName) {
				t.Errorf("file name: err = %v, want ErrUnsafeName", err)
			}
			opts := testOpts(f, cache)
			opts.Revision = hostile
			if _, err := Download(testCtx(t), "kiln-test/tiny", opts); !errors.Is(err, ErrUnsafeName) {
				t.Errorf("revision: err = %v, want ErrUnsafeName", err)
			}
			if n := f.requests(); n != 0 {
				t.Errorf("%d requests sent for a hostile name", n)
			}
			assertOnlyUnder(t, root, cache)
		})
	}
}
