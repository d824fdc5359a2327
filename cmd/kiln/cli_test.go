package main

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestVersionFlag(t *testing.T) {
	r := mustRun(t, "", nil, "--version")
	if !regexp.MustCompile(`^kiln (0\.1\.0-dev|\d+\.\d+\.\d+\S*)( \(.*go1\.\d+.*\))?\n$`).MatchString(r.stdout) {
		t.Errorf("kiln --version printed %q", r.stdout)
	}
}

// TestRunWithoutTaskListsTasks: the error names every task.
func TestRunWithoutTaskListsTasks(t *testing.T) {
	stderr := mustFail(t, "", nil, "run", "--model", "testdata/models/bert-tiny-mlm")
	for _, task := range []string{"fill-mask", "text-classification", "feature-extraction", "text-generation"} {
		if !strings.Contains(stderr, task) {
			t.Errorf("stderr %q does not list %s", stderr, task)
		}
	}
}

// TestCacheLsWithoutCache lists an empty cache where none exists yet.
func TestCacheLsWithoutCache(t *testing.T) {
	dir, env := freshDir(t)
	for _, args := range [][]string{{"cache", "ls"}, {"cache", "ls", "--cache-dir", filepath.Join(dir, "absent")}} {
		r := mustRun(t, dir, env, args...)
		if !strings.Contains(r.stdout, "REPO ID") || !strings.Contains(r.stdout, "Scanned 0 repo(s)") {
			t.Errorf("%v: %q", args, r.stdout)
		}
	}
}

// TestDemoFromAnotherDirectory: the demo's model is in the binary.
func TestDemoFromAnotherDirectory(t *testing.T) {
	_, env := freshDir(t)
	r := mustRun(t, t.TempDir(), env, "demo", "--backend", "interp")
	if !strings.Contains(r.stdout, "Qwen2ForCausalLM") || !strings.Contains(r.stdout, "next-token top 5: ") {
		t.Errorf("demo output:\n%s", r.stdout)
	}
}

// genJSON runs kiln generate --json and decodes its output.
func genJSON(t *testing.T, args ...string) (generateJSON, cliRun) {
	t.Helper()
	r := mustRun(t, "", nil, append([]string{"generate", "--json"}, args...)...)
	var g generateJSON
	if err := json.Unmarshal([]byte(r.stdout), &g); err != nil {
		t.Fatalf("stdout %q: %v", r.stdout, err)
	}
	return g, r
}

// TestGenerateDefaultsAndJSONTexts: without --max-new-tokens gpt2-tiny
// (whose generation_config sets no length) generates transformers' 20 new
// tokens; --json carries the new text and the whole text; the summary
// line counts in proper English.
func TestGenerateDefaultsAndJSONTexts(t *testing.T) {
	g, _ := genJSON(t, "--model", "testdata/models/gpt2-tiny", "--prompt", "The capital of France is")
	if len(g.Sequences) != 1 || len(g.Sequences[0]) != 20 {
		t.Fatalf("sequences %v, want one row of 20 new tokens", g.Sequences)
	}
	if len(g.NewTexts) != 1 || len(g.Texts) != 1 || g.NewTexts[0] == "" || g.Texts[0] != "The capital of France is"+g.NewTexts[0] {
		t.Errorf("new_texts %q, texts %q", g.NewTexts, g.Texts)
	}
	r := mustRun(t, "", nil, "generate", "--model", "testdata/models/gpt2-tiny", "--ids", "464,3139", "--max-new-tokens", "1")
	if !strings.Contains(r.stderr, "kiln: 1 row, 1 new token in ") || !strings.Contains(r.stderr, "(1 program compiled)") {
		t.Errorf("summary line %q", r.stderr)
	}
}

// TestGenerateEmptyPrompt: GPT-2's tokenizer adds nothing to "": an error
// naming --prompt; Llama's adds BOS, so generation starts from it, as in
// transformers.
func TestGenerateEmptyPrompt(t *testing.T) {
	stderr := mustFail(t, "", nil, "generate", "--model", "testdata/models/gpt2-tiny", "--prompt", "")
	if !strings.Contains(stderr, "--prompt is empty") || strings.Contains(stderr, "--ids: empty") {
		t.Errorf("stderr %q", stderr)
	}
	g, _ := genJSON(t, "--model", "testdata/models/llama-tiny", "--prompt", "", "--max-new-tokens", "2")
	if len(g.Sequences) != 1 || len(g.Sequences[0]) != 2 {
		t.Errorf("llama from BOS: %v", g.Sequences)
	}
}

// TestPositionTableIsALimit: gpt2-tiny has 256 positions; a longer
// prompt plus new tokens is refused (generate and forward) with the
// config field and the numbers, before anything runs.
func TestPositionTableIsALimit(t *testing.T) {
	long := strings.TrimSuffix(strings.Repeat("11,", 250), ",")
	stderr := mustFail(t, "", nil, "generate", "--model", "testdata/models/gpt2-tiny", "--ids", long, "--max-new-tokens", "10")
	for _, want := range []string{"260 positions", "n_positions = 256", "250 prompt tokens + 10 new"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("generate: stderr %q lacks %q", stderr, want)
		}
	}
	longer := strings.TrimSuffix(strings.Repeat("11,", 300), ",")
	out := filepath.Join(t.TempDir(), "o.safetensors")
	stderr = mustFail(t, "", nil, "forward", "--model", "testdata/models/gpt2-tiny", "--ids", longer, "--out", out)
	if !strings.Contains(stderr, "300 positions") || !strings.Contains(stderr, "n_positions = 256") {
		t.Errorf("forward: stderr %q", stderr)
	}
	stderr = mustFail(t, "", nil, "run", "fill-mask", "--model", "testdata/models/bert-tiny-mlm", strings.Repeat("word ", 200)+"[MASK]")
	if !strings.Contains(stderr, "max_position_embeddings = 128") {
		t.Errorf("fill-mask past 128 positions: stderr %q", stderr)
	}
}

// TestRotaryPastTrainedLengthWarns: qwen2-tiny's rotary positions run
// past max_position_embeddings (256) with a warning, as in transformers.
func TestRotaryPastTrainedLengthWarns(t *testing.T) {
	long := strings.TrimSuffix(strings.Repeat("11,", 254), ",")
	r := mustRun(t, "", nil, "generate", "--model", "testdata/models/qwen2-tiny", "--ids", long, "--max-new-tokens", "4", "--json")
	if !strings.Contains(r.stderr, "warning: a sequence of 258 positions exceeds") || !strings.Contains(r.stderr, "max_position_embeddings = 256") {
		t.Errorf("stderr %q", r.stderr)
	}
}

// TestConfigFieldNamedOnMismatch: a gpt2 config without n_embd takes
// the default 768; the error names the field and the tensor's shape.
func TestConfigFieldNamedOnMismatch(t *testing.T) {
	src := filepath.Join(repoRoot(t), "testdata", "models", "gpt2-tiny")
	dir := t.TempDir()
	for _, f := range []string{"model.safetensors", "vocab.json", "merges.txt", "generation_config.json"} {
		if err := os.Symlink(filepath.Join(src, f), filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(filepath.Join(src, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	delete(cfg, "n_embd")
	data, _ = json.Marshal(cfg)
	if err := os.WriteFile(filepath.Join(dir, "config.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	stderr := mustFail(t, "", nil, "generate", "--model", dir, "--prompt", "hi")
	want := "config.json: n_embd = 768 (default: field missing) but transformer.wte.weight is [50257,64]"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q, want it to contain %q", stderr, want)
	}
}

// TestHubIDWithoutNetwork: a repo id that is not cached, with the Hub
// unreachable, fails at once naming the URL tried, the cache folder and
// HF_HUB_OFFLINE.
func TestHubIDWithoutNetwork(t *testing.T) {
	dir, env := freshDir(t)
	endpoint := closedPort(t)
	env = append(env, "HF_ENDPOINT="+endpoint)
	stderr := mustFail(t, dir, env, "generate", "--model", "kiln-test/absent", "--ids", "1")
	for _, want := range []string{endpoint + "/api/models/kiln-test/absent", "models--kiln-test--absent", "HF_HUB_OFFLINE=1", "not in the local cache"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	stderr = mustFail(t, dir, append(env, "HF_HUB_OFFLINE=1"), "generate", "--model", "kiln-test/absent", "--ids", "1")
	if !strings.Contains(stderr, "offline mode is on") {
		t.Errorf("offline: stderr %q", stderr)
	}
}

// closedPort is an http URL on 127.0.0.1 where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "http://" + l.Addr().String()
}

// detect runs kiln watermark detect --json and decodes its rows.
func detect(t *testing.T, args ...string) []detectionJSON {
	t.Helper()
	r := mustRun(t, "", nil, append([]string{"watermark", "detect", "--model", "testdata/models/gpt2-tiny", "--json"}, args...)...)
	var res []detectionJSON
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("stdout %q: %v", r.stdout, err)
	}
	return res
}

func idRows(rows [][]int) string {
	var parts []string
	for _, r := range rows {
		var xs []string
		for _, x := range r {
			xs = append(xs, strconv.Itoa(x))
		}
		parts = append(parts, strings.Join(xs, ","))
	}
	return strings.Join(parts, ";")
}

// TestWatermarkRoundTrip: text sampled with --watermark is detected (as
// ids and as text), text sampled without is not, nor is the watermarked
// text under another hashing key; watermark flags need --watermark.
func TestWatermarkRoundTrip(t *testing.T) {
	base := []string{"--model", "testdata/models/gpt2-tiny", "--prompt", "Hello", "--do-sample", "--seed", "3", "--max-new-tokens", "60"}
	marked, _ := genJSON(t, append(base, "--watermark", "--hashing-key", "42")...)
	plain, _ := genJSON(t, base...)
	res := detect(t, "--hashing-key", "42", "--ids", idRows(marked.Sequences)+";"+idRows(plain.Sequences))
	if len(res) != 2 || !res[0].Prediction || res[0].ZScore < 4 || res[1].Prediction {
		t.Errorf("detections %+v: want row 0 watermarked, row 1 not", res)
	}
	if res[0].NumTokensScored != 59 || res[0].PValue > 1e-3 {
		t.Errorf("row 0: %+v, want 59 tokens scored and a tiny p-value", res[0])
	}
	if other := detect(t, "--ids", idRows(marked.Sequences)); other[0].Prediction {
		t.Errorf("the default hashing key found the watermark of key 42: %+v", other[0])
	}
	if txt := detect(t, "--hashing-key", "42", "--text", marked.NewTexts[0]); !txt[0].Prediction {
		t.Errorf("--text of the watermarked output: %+v", txt[0])
	}
	stderr := mustFail(t, "", nil, append([]string{"generate"}, append(base, "--greenlist-ratio", "0.5")...)...)
	if !strings.Contains(stderr, "--greenlist-ratio applies only with --watermark") {
		t.Errorf("stderr %q", stderr)
	}
	stderr = mustFail(t, "", nil, append([]string{"generate"}, append(base, "--watermark", "--greenlist-ratio", "1.5")...)...)
	if !strings.Contains(stderr, "greenlist_ratio") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestShippedBertTokenizers: the BERT fixtures carry bert-base-uncased's
// WordPiece vocabulary (see scripts/bert_wordpiece_vocab.py): known ids
// for known words, "##" continuations, and no SentencePiece "▁" pieces.
func TestShippedBertTokenizers(t *testing.T) {
	for _, m := range []string{"bert-tiny-mlm", "bert-tiny-cls"} {
		r := mustRun(t, "", nil, "tokenize", "--tokenizer", "testdata/models/"+m, "--text", "the capital of france is [MASK].", "--text", "tokenization")
		var res []struct {
			IDs    []int    `json:"ids"`
			Tokens []string `json:"tokens"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
			t.Fatalf("%s: %q: %v", m, r.stdout, err)
		}
		want := []int{101, 1996, 3007, 1997, 2605, 2003, 103, 1012, 102}
		if len(res) != 2 || !slices.Equal(res[0].IDs, want) || !slices.Equal(res[1].Tokens, []string{"[CLS]", "token", "##ization", "[SEP]"}) {
			t.Errorf("%s: %+v, want ids %v and token ##ization", m, res, want)
		}
		vocab, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "models", m, "vocab.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(vocab), "\u2581") {
			t.Errorf("%s/vocab.txt has SentencePiece pieces", m)
		}
	}
}
