package hub

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDownloadLFS measures a cold download of a 32 MiB LFS file from the
// loopback fake (redirect to the CDN, streaming to .incomplete, sha256, rename).
func BenchmarkDownloadLFS(b *testing.B) {
	content := strings.Repeat("0123456789abcdef", 2<<20) // 32 MiB
	f := newFakeHub(b)
	f.addRepo(Model, "kiln-test/big", map[string]string{"model.safetensors": content})
	b.Run("hub.File", func(b *testing.B) {
		b.SetBytes(int64(len(content)))
		for b.Loop() {
			opts := Options{Endpoint: f.hub.URL, CacheDir: b.TempDir()}
			if _, err := File(b.Context(), "kiln-test/big", "model.safetensors", opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The floor: one plain GET of the CDN URL copied into a file.
	b.Run("plain-GET", func(b *testing.B) {
		b.SetBytes(int64(len(content)))
		u := f.cdn.URL + "/lfs/" + sha256Hex([]byte(content)) + "?X-Amz-Signature=s3cr3t&name=model.safetensors"
		for b.Loop() {
			resp, err := http.Get(u)
			if err != nil {
				b.Fatal(err)
			}
			out, err := os.Create(filepath.Join(b.TempDir(), "blob"))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(out, resp.Body); err != nil {
				b.Fatal(err)
			}
			resp.Body.Close()
			out.Close()
		}
	})
}

// BenchmarkCachedFile measures resolving an already cached file at a branch
// (one HEAD request) and at a commit (no request).
func BenchmarkCachedFile(b *testing.B) {
	f := newFakeHub(b)
	commit := f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	cache := b.TempDir()
	opts := Options{Endpoint: f.hub.URL, CacheDir: cache}
	if _, err := File(b.Context(), "kiln-test/tiny", "config.json", opts); err != nil {
		b.Fatal(err)
	}
	for _, rev := range []string{"main", commit} {
		name := "branch"
		if rev == commit {
			name = "commit"
		}
		b.Run(name, func(b *testing.B) {
			o := opts
			o.Revision = rev
			for b.Loop() {
				if _, err := File(b.Context(), "kiln-test/tiny", "config.json", o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
