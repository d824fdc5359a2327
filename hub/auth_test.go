package hub

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTokenSourcesAndNoLeakToCDN(t *testing.T) {
	const token = "hf_PRIVATEtoken42"
	tests := []struct {
		name  string
		setup func(t *testing.T, opts *Options)
	}{
		{"Options.Token", func(t *testing.T, opts *Options) { opts.Token = token }},
		{"HF_TOKEN", func(t *testing.T, opts *Options) { t.Setenv("HF_TOKEN", token) }},
		{"HF_HOME/token file", func(t *testing.T, opts *Options) {
			home := t.TempDir()
			if err := os.WriteFile(filepath.Join(home, "token"), []byte(token+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			t.Setenv("HF_HOME", home)
		}},
		{"HF_TOKEN wins over the file", func(t *testing.T, opts *Options) {
			home := t.TempDir()
			os.WriteFile(filepath.Join(home, "token"), []byte("hf_stale"), 0o600)
			t.Setenv("HF_HOME", home)
			t.Setenv("HF_TOKEN", token)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.token = token
			f.addRepo(Model, "kiln-test/private", map[string]string{"config.json": "{}", "model.safetensors": strings.Repeat("w", 1000)})
			f.mu.Lock()
			f.repos["model:kiln-test/private"].private = true
			f.mu.Unlock()
			opts := testOpts(f, t.TempDir())
			tc.setup(t, &opts)
			dir, err := Download(testCtx(t), "kiln-test/private", opts)
			if err != nil {
				t.Fatal(err)
			}
			if readFile(t, filepath.Join(dir, "model.safetensors")) != strings.Repeat("w", 1000) {
				t.Error("content differs")
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if len(f.cdnAuth) == 0 {
				t.Fatal("the LFS file was not fetched from the CDN")
			}
			for _, a := range f.cdnAuth {
				if a != "" {
					t.Errorf("the CDN (another host) received Authorization %q", a)
				}
			}
			for _, a := range f.hubAuth {
				if a != "Bearer "+token {
					t.Errorf("the Hub received Authorization %q", a)
				}
			}
		})
	}
}

func TestNoTokenSendsNothing(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	t.Setenv("HF_TOKEN", "hf_fromenv")
	opts := testOpts(f, t.TempDir())
	opts.NoToken = true
	if _, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.hubAuth {
		if a != "" {
			t.Errorf("NoToken sent Authorization %q", a)
		}
	}
}

// TestRenamedRepoRelativeRedirect: a HEAD answered with a relative
// redirect (a renamed repo) is followed on the same host, token included.
func TestRenamedRepoRelativeRedirect(t *testing.T) {
	const token = "hf_tok"
	f := newFakeHub(t)
	f.token = token
	commit := f.addRepo(Model, "kiln-test/new-name", map[string]string{"config.json": "{}", "model.safetensors": "weights"})
	f.mu.Lock()
	f.repos["model:kiln-test/new-name"].private = true
	f.renamed["kiln-test/old-name"] = "kiln-test/new-name"
	f.mu.Unlock()
	opts := testOpts(f, t.TempDir())
	opts.Token = token
	for _, name := range []string{"config.json", "model.safetensors"} {
		p, err := File(testCtx(t), "kiln-test/old-name", name, opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(p, filepath.Join("models--kiln-test--old-name", "snapshots", commit)) {
			t.Errorf("%s stored at %s", name, p)
		}
	}
}
