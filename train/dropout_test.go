package train

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDropoutSettings(t *testing.T) {
	dir := t.TempDir()
	cfg := `{"model_type": "gpt2", "resid_pdrop": 0.1, "embd_pdrop": 0, "attn_pdrop": 0.05,
		"summary_first_dropout": 0.1, "text_config": {"attention_dropout": 0.2}, "hidden_size": 32}`
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := DropoutSettings(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"resid_pdrop": 0.1, "attn_pdrop": 0.05, "summary_first_dropout": 0.1, "text_config.attention_dropout": 0.2}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	n := DropoutNotice(got)
	if !strings.Contains(n, "attn_pdrop 0.05, resid_pdrop 0.1") || !strings.Contains(n, "not torch's") {
		t.Errorf("notice %q", n)
	}
	if DropoutNotice(nil) != "" {
		t.Error("a notice without dropout")
	}
	if _, err := DropoutSettings(t.TempDir()); err == nil {
		t.Error("no error for a missing config.json")
	}
}
