package hub

import (
	"path/filepath"
	"testing"
)

func TestCacheDirFromEnvironment(t *testing.T) {
	home := t.TempDir()
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"HF_HOME": "/x/hf"}, "/x/hf/hub"},
		{map[string]string{"HF_HOME": "/x/hf", "HF_HUB_CACHE": "/y/cache"}, "/y/cache"},
		{map[string]string{"HF_HOME": "/x/hf", "HUGGINGFACE_HUB_CACHE": "/z/legacy"}, "/z/legacy"},
		{map[string]string{"HF_HUB_CACHE": "/y/cache", "HUGGINGFACE_HUB_CACHE": "/z/legacy"}, "/y/cache"},
		{map[string]string{"HF_HOME": "", "XDG_CACHE_HOME": "/xdg"}, "/xdg/huggingface/hub"},
		{map[string]string{"HF_HOME": "", "XDG_CACHE_HOME": "", "HOME": home}, filepath.Join(home, ".cache", "huggingface", "hub")},
		{map[string]string{"HF_HOME": "~/hfhome", "HOME": home}, filepath.Join(home, "hfhome", "hub")},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			for _, k := range []string{"HF_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "XDG_CACHE_HOME"} {
				t.Setenv(k, "")
			}
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			if got := DefaultCacheDir(); got != tc.want {
				t.Errorf("DefaultCacheDir() = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestEndpointAndOfflineFromEnvironment(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	cache := t.TempDir()
	t.Setenv("HF_ENDPOINT", f.hub.URL+"/")
	opts := testOpts(f, cache)
	opts.Endpoint = ""
	if _, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts); err != nil {
		t.Fatalf("HF_ENDPOINT not used: %v", err)
	}
	for _, tc := range []struct {
		hf, transformers string
		want             bool
	}{
		{"1", "", true}, {"TRUE", "", true}, {"yes", "", true}, {"on", "", true},
		{"0", "", false}, {"", "1", true}, {"0", "1", false}, {"", "", false}, {"2", "", false},
	} {
		t.Setenv("HF_HUB_OFFLINE", tc.hf)
		t.Setenv("TRANSFORMERS_OFFLINE", tc.transformers)
		if got := OfflineFromEnv(); got != tc.want {
			t.Errorf("HF_HUB_OFFLINE=%q TRANSFORMERS_OFFLINE=%q: offline %v, want %v", tc.hf, tc.transformers, got, tc.want)
		}
	}
}

func TestBadOptions(t *testing.T) {
	for _, opts := range []Options{
		{RepoType: "space"},
		{Endpoint: "ftp://example.com"},
		{Endpoint: "not a url"},
		{Token: "hf_a\nInjected: header"},
		{Revision: "../main"},
	} {
		if _, err := File(testCtx(t), "kiln-test/tiny", "config.json", opts); err == nil {
			t.Errorf("%+v accepted", opts)
		}
	}
}
