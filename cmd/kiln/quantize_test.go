package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

// TestQuantizeCLI quantizes llama-tiny with `kiln quantize` and checks that
// forward, generate and run give the same results on the saved
// bitsandbytes checkpoint as with the same flags quantizing at load.
func TestQuantizeCLI(t *testing.T) {
	base := filepath.Join("..", "..", "testdata", "models", "llama-tiny")
	for _, c := range []struct {
		name  string
		flags []string
	}{
		{"int8", []string{"--load-in-8bit"}},
		{"nf4-double", []string{"--load-in-4bit", "--bnb-4bit-quant-type", "nf4", "--bnb-4bit-use-double-quant", "--bnb-4bit-compute-dtype", "bfloat16"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			saved := filepath.Join(dir, "q")
			out, err := execKiln(t, append([]string{"quantize", "--model", base, "--out", saved}, c.flags...)...)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, "quantized 14 Linears") {
				t.Fatalf("quantize printed %q", out)
			}
			// forward
			fa, fb := filepath.Join(dir, "a.safetensors"), filepath.Join(dir, "b.safetensors")
			if _, err := execKiln(t, append([]string{"forward", "--model", base, "--backend", "interp", "--ids", "1,415,5565,302", "--out", fa}, c.flags...)...); err != nil {
				t.Fatal(err)
			}
			if _, err := execKiln(t, "forward", "--model", saved, "--backend", "interp", "--ids", "1,415,5565,302", "--out", fb); err != nil {
				t.Fatal(err)
			}
			ta, _, err := tensor.ReadSafetensors(fa)
			if err != nil {
				t.Fatal(err)
			}
			tb, _, err := tensor.ReadSafetensors(fb)
			if err != nil {
				t.Fatal(err)
			}
			if la, lb := ta["logits"], tb["logits"]; la == nil || lb == nil || string(la.Data) != string(lb.Data) {
				t.Fatalf("forward logits differ between quantize-at-load and the saved checkpoint")
			}
			// generate
			genArgs := []string{"generate", "--backend", "interp", "--ids", "1,415,5565", "--max-new-tokens", "4", "--json"}
			ga, err := execKiln(t, append(append([]string{}, genArgs...), append([]string{"--model", base}, c.flags...)...)...)
			if err != nil {
				t.Fatal(err)
			}
			gb, err := execKiln(t, append(append([]string{}, genArgs...), "--model", saved)...)
			if err != nil {
				t.Fatal(err)
			}
			if ga != gb || ga == "" {
				t.Fatalf("generate: at load %q, saved %q", ga, gb)
			}
			// run
			runArgs := []string{"run", "text-generation", "--backend", "interp", "--max-new-tokens", "3", "--json"}
			ra, err := execKiln(t, append(append(append([]string{}, runArgs...), append([]string{"--model", base}, c.flags...)...), "Hello")...)
			if err != nil {
				t.Fatal(err)
			}
			rb, err := execKiln(t, append(append([]string{}, runArgs...), "--model", saved, "Hello")...)
			if err != nil {
				t.Fatal(err)
			}
			if ra != rb || ra == "" {
				t.Fatalf("run: at load %q, saved %q", ra, rb)
			}
		})
	}
}

func TestQuantizeCLIErrors(t *testing.T) {
	base := filepath.Join("..", "..", "testdata", "models", "llama-tiny")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"quantize", "--model", base, "--out", t.TempDir()}, "--load-in-8bit or --load-in-4bit"},
		{[]string{"quantize", "--model", base, "--out", t.TempDir(), "--load-in-4bit", "--bnb-4bit-quant-type", "int4"}, "--bnb-4bit-quant-type"},
		{[]string{"forward", "--model", base, "--ids", "1,2", "--out", filepath.Join(t.TempDir(), "x.safetensors"), "--bnb-4bit-quant-type", "nf4"}, "--bnb-4bit-quant-type needs --load-in-4bit"},
		{[]string{"generate", "--model", base, "--ids", "1,2", "--load-in-8bit", "--load-in-4bit"}, "exactly one"},
		{[]string{"generate", "--model", base, "--ids", "1,2", "--load-in-8bit", "--bnb-4bit-use-double-quant"}, "--bnb-4bit-use-double-quant applies to --load-in-4bit"},
		{[]string{"quantize", "--model", base, "--out", base, "--load-in-8bit"}, "the model's own directory"},
	} {
		_, err := execKiln(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one naming %q", c.args, err, c.want)
		}
	}
}
