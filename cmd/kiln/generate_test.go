package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// execKiln runs the CLI with args (flags reset to their defaults first, as
// in a fresh process) and returns stdout.
func execKiln(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd, _, err := rootCmd.Find(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if s, ok := f.Value.(pflag.SliceValue); ok {
			s.Replace(nil)
		} else {
			f.Value.Set(f.DefValue)
		}
		f.Changed = false
	})
	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs(args)
	err = rootCmd.Execute()
	return out.String(), err
}

// TestGenerateJSONMatchesFixtures runs `kiln generate --json` with the
// issue's interface on ragged --ids and compares the new tokens with
// transformers' greedy, beam-search, repetition-penalty and no-repeat
// n-gram outputs.
func TestGenerateJSONMatchesFixtures(t *testing.T) {
	f, err := os.Open(filepath.Join(qwen2Dir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	type ids struct {
		IDs [][]int64 `json:"ids"`
	}
	var ref struct {
		Prompts [][]int64 `json:"prompts_ids"`
		Greedy  ids       `json:"greedy"`
		Beam4   ids       `json:"beam4"`
		Rep     ids       `json:"repetition_penalty_1.5"`
		NGram   ids       `json:"no_repeat_ngram_3"`
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	base := []string{"generate", "--model", qwen2Dir, "--backend", "interp", "--ids", joinRows(ref.Prompts), "--json"}
	for _, c := range []struct {
		name  string
		flags []string
		want  [][]int64
	}{
		{"greedy", []string{"--max-new-tokens", "20"}, ref.Greedy.IDs},
		{"beam4", []string{"--max-new-tokens", "12", "--num-beams", "4"}, ref.Beam4.IDs},
		{"repetition_penalty", []string{"--max-new-tokens", "20", "--repetition-penalty", "1.5"}, ref.Rep.IDs},
		{"no_repeat_ngram", []string{"--max-new-tokens", "20", "--no-repeat-ngram-size", "3", "--pad-token-id", "0"}, ref.NGram.IDs},
	} {
		out, err := execKiln(t, append(base, c.flags...)...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got struct {
			Sequences [][]int64 `json:"sequences"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: stdout %q: %v", c.name, out, err)
		}
		if !slices.EqualFunc(got.Sequences, c.want, slices.Equal) {
			t.Errorf("%s: %v, want %v", c.name, got.Sequences, c.want)
		}
	}
}

// TestGenerateSamplingFlags checks that --seed makes --do-sample runs
// reproducible and that bad flags are errors naming the flag.
func TestGenerateSamplingFlags(t *testing.T) {
	args := []string{"generate", "--model", qwen2Dir, "--backend", "interp", "--ids", "5,6,7", "--max-new-tokens", "6",
		"--do-sample", "--temperature", "1.3", "--top-k", "20", "--top-p", "0.95", "--seed", "9", "--json"}
	a, err := execKiln(t, args...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := execKiln(t, args...)
	if err != nil || a != b || !strings.HasPrefix(a, `{"sequences":[[`) {
		t.Errorf("seeded runs differ: %q %q (%v)", a, b, err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--ids", "1,x", "--max-new-tokens", "3"}, "--ids"},
		{[]string{"--ids", "1", "--max-new-tokens", "0"}, "--max-new-tokens"},
		{[]string{"--prompt", "hi", "--max-new-tokens", "3"}, "tokenizer"},
		{[]string{"--ids", "1", "--max-new-tokens", "3", "--top-p", "2"}, "top_p"},
	} {
		_, err := execKiln(t, append([]string{"generate", "--model", qwen2Dir, "--backend", "interp"}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one naming %s", c.args, err, c.want)
		}
	}
}

// TestRunFillMaskJSON runs `kiln run fill-mask --json`.
func TestRunFillMaskJSON(t *testing.T) {
	out, err := execKiln(t, "run", "fill-mask", "--model", "../../testdata/models/bert-tiny-mlm", "--tokenizer", "../../pipeline/testdata/bert",
		"--backend", "interp", "--top-k", "2", "--json", "the capital of france is [MASK].")
	if err != nil {
		t.Fatal(err)
	}
	var res []struct {
		Masks [][]struct {
			Score    float64 `json:"score"`
			Token    int     `json:"token"`
			TokenStr string  `json:"token_str"`
		} `json:"masks"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if len(res) != 1 || len(res[0].Masks) != 1 || len(res[0].Masks[0]) != 2 || res[0].Masks[0][0].Score < res[0].Masks[0][1].Score {
		t.Errorf("fill-mask output %+v", res)
	}
	if _, err := execKiln(t, "run", "translate", "--model", qwen2Dir, "x"); err == nil || !strings.Contains(err.Error(), "unknown task") {
		t.Errorf("unknown task: %v", err)
	}
}
