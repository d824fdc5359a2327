package main

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/tensor"
)

const t5Dir = "../../testdata/models/t5-tiny"

// t5CLIRef is what the CLI tests read of t5-tiny's reference.json.
type t5CLIRef struct {
	InputIDs   [][]int64 `json:"input_ids"`
	Mask       [][]int64 `json:"attention_mask"`
	DecoderIDs [][]int64 `json:"decoder_input_ids"`
	Logits     struct {
		First256  [][][]float64 `json:"first256"`
		Top16IDs  [][][]int     `json:"top16_ids"`
		Top16Vals [][][]float64 `json:"top16_values"`
	} `json:"logits"`
	Greedy [][]int `json:"greedy_12"`
}

func readT5Ref(t *testing.T) t5CLIRef {
	t.Helper()
	f, err := os.Open(filepath.Join(t5Dir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var ref t5CLIRef
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	return ref
}

// unpaddedRows joins the rows of ids where mask is 1 as an --ids value.
func unpaddedRows(ids, mask [][]int64) string {
	var rows [][]int64
	for i, r := range ids {
		var row []int64
		for j, id := range r {
			if mask[i][j] != 0 {
				row = append(row, id)
			}
		}
		rows = append(rows, row)
	}
	return joinRows(rows)
}

// TestForwardT5MatchesTransformers runs the issue's interface, `kiln
// forward --ids ... --decoder-ids ... --out O.safetensors`, on t5-tiny's
// padded batch (explicit --attention-mask, and ragged --ids padded by the
// CLI): logits within 1e-4 of transformers' at every row and position.
func TestForwardT5MatchesTransformers(t *testing.T) {
	ref := readT5Ref(t)
	for _, args := range [][]string{
		{"--ids", joinRows(ref.InputIDs), "--attention-mask", joinRows(ref.Mask)},
		{"--ids", unpaddedRows(ref.InputIDs, ref.Mask)},
	} {
		out := filepath.Join(t.TempDir(), "out.safetensors")
		all := append([]string{"forward", "--model", t5Dir, "--backend", "interp", "--decoder-ids", joinRows(ref.DecoderIDs), "--out", out}, args...)
		if _, err := execKiln(t, all...); err != nil {
			t.Fatal(err)
		}
		got, _, err := tensor.ReadSafetensors(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{"logits", "encoder_last_hidden_state", "last_hidden_state"} {
			if got[n] == nil {
				t.Fatalf("%s has no %s (has %v)", out, n, keys(got))
			}
		}
		logits := got["logits"].Float64s()
		tt, v := got["logits"].Shape[1], got["logits"].Shape[2]
		for b := range ref.Logits.First256 {
			for p := range ref.Logits.First256[b] {
				row := logits[(b*tt+p)*v : (b*tt+p+1)*v]
				if d := maxDiff(row, ref.Logits.First256[b][p]); d > 1e-4 {
					t.Errorf("%v: row %d position %d: first 256 logits differ by %g", args[:1], b, p, d)
				}
				for j, id := range ref.Logits.Top16IDs[b][p] {
					if d := math.Abs(row[id] - ref.Logits.Top16Vals[b][p][j]); d > 1e-4 {
						t.Errorf("%v: row %d position %d: logit %d differs by %g", args[:1], b, p, id, d)
					}
				}
			}
		}
	}
}

// TestGenerateT5JSON runs `kiln generate --ids ... --max-new-tokens 12
// --json` on t5-tiny's two rows: the new tokens of transformers' greedy
// generate (after decoder_start_token_id), with ragged and with masked
// --ids, on interp, and ragged on llvm where it is available.
func TestGenerateT5JSON(t *testing.T) {
	ref := readT5Ref(t)
	type run struct {
		backend string
		args    []string
	}
	runs := []run{
		{"interp", []string{"--ids", unpaddedRows(ref.InputIDs, ref.Mask)}},
		{"interp", []string{"--ids", joinRows(ref.InputIDs), "--attention-mask", joinRows(ref.Mask)}},
	}
	if b, err := backends.Get("llvm"); err == nil && b.Available() == nil {
		runs = append(runs, run{"llvm", runs[0].args})
	}
	for _, r := range runs {
		t.Logf("%s %s", r.backend, r.args[1][:min(len(r.args[1]), 20)])
		args := r.args
		stdout, err := execKiln(t, append([]string{"generate", "--model", t5Dir, "--backend", r.backend, "--max-new-tokens", "12", "--json"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		var res generateJSON
		if err := json.Unmarshal([]byte(stdout), &res); err != nil {
			t.Fatalf("stdout %q: %v", stdout, err)
		}
		if len(res.Sequences) != 2 {
			t.Fatalf("%d rows, want 2", len(res.Sequences))
		}
		for i := range ref.Greedy {
			if !slices.Equal(res.Sequences[i], ref.Greedy[i][1:]) {
				t.Errorf("%s %v row %d: %v, want %v", r.backend, args[2:], i, res.Sequences[i], ref.Greedy[i][1:])
			}
		}
	}
}

// TestT5FlagErrors checks the flag combinations refused for text
// encoder-decoders, and that the errors name the flag.
func TestT5FlagErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o.safetensors")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"forward", "--model", t5Dir, "--backend", "interp", "--ids", "5,6", "--out", out}, "--decoder-ids"},
		{[]string{"forward", "--model", t5Dir, "--backend", "interp", "--ids", "5,6;7", "--decoder-ids", "0", "--out", out}, "--decoder-ids has 1 rows, --ids has 2"},
		{[]string{"forward", "--model", t5Dir, "--backend", "interp", "--ids", "5,6", "--attention-mask", "1", "--decoder-ids", "0", "--out", out}, "--attention-mask"},
		{[]string{"generate", "--model", t5Dir, "--backend", "interp", "--ids", "5,6", "--decoder-ids", "0;0", "--max-new-tokens", "2"}, "2 decoder prompts"},
		{[]string{"generate", "--model", t5Dir, "--backend", "interp", "--prompt", "hello", "--max-new-tokens", "2"}, "no tokenizer"},
		{[]string{"generate", "--model", qwen2Dir, "--backend", "interp", "--ids", "1", "--attention-mask", "1", "--max-new-tokens", "2"}, "--attention-mask"},
	} {
		_, err := execKiln(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("kiln %s: error %v, want one containing %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
}

// TestRunText2TextJSON runs `kiln run summarization --json TEXT` on
// t5-tiny (with the BERT tokenizer: t5-tiny has none): transformers'
// pipeline output, a list with one {"summary_text": ...} per text.
func TestRunText2TextJSON(t *testing.T) {
	stdout, err := execKiln(t, "run", "summarization", "--model", t5Dir, "--backend", "interp",
		"--tokenizer", "../../pipeline/testdata/bert", "--max-new-tokens", "3", "--json", "the cat sat", "on the mat")
	if err != nil {
		t.Fatal(err)
	}
	var res []map[string]string
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("stdout %q: %v", stdout, err)
	}
	if len(res) != 2 || len(res[0]) != 1 || res[0]["summary_text"] == "" {
		t.Errorf("output %s, want two {\"summary_text\": ...}", stdout)
	}
}
