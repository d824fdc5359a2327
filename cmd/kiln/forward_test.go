package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/tensor"
)

const qwen2Dir = "../../testdata/models/qwen2-tiny"

func joinRows(rows [][]int64) string {
	var parts []string
	for _, r := range rows {
		var xs []string
		for _, x := range r {
			xs = append(xs, strconv.FormatInt(x, 10))
		}
		parts = append(parts, strings.Join(xs, ","))
	}
	return strings.Join(parts, ";")
}

// TestForwardRaggedRowsMatchLeftPaddedReference runs `kiln forward` on
// ragged prompts: it must left-pad them for this decoder with the pad id
// and give transformers' logits of the left-padded batch.
func TestForwardRaggedRowsMatchLeftPaddedReference(t *testing.T) {
	f, err := os.Open(filepath.Join(qwen2Dir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Prompts [][]int64 `json:"prompts_ids"`
		Left    struct {
			Mask   [][]int64 `json:"attention_mask"`
			Logits struct {
				Full [][][]float64 `json:"full"`
			} `json:"logits"`
		} `json:"batch_left"`
	}
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.safetensors")
	if err := runForward(context.Background(), qwen2Dir, "interp", "", "", joinRows(ref.Prompts), "", "", "", out, 1, nil, nil); err != nil {
		t.Fatal(err)
	}
	got, _, err := tensor.ReadSafetensors(out)
	if err != nil {
		t.Fatal(err)
	}
	lg := got["logits"]
	if lg == nil || got["last_hidden_state"] == nil {
		t.Fatalf("outputs %v, want logits and last_hidden_state", got)
	}
	vals := lg.Float64s()
	b, n, v := lg.Shape[0], lg.Shape[1], lg.Shape[2]
	for i := 0; i < b; i++ {
		for p := 0; p < n; p++ {
			if ref.Left.Mask[i][p] == 0 {
				continue
			}
			for j := 0; j < v; j++ {
				if d := math.Abs(vals[(i*n+p)*v+j] - ref.Left.Logits.Full[i][p][j]); d > 1e-4 {
					t.Fatalf("row %d position %d logit %d off by %g", i, p, j, d)
				}
			}
		}
	}
}

func TestForwardArgumentErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o.safetensors")
	for _, c := range []struct{ ids, mask, types, want string }{
		{"1,2;3", "1,1;1", "", "same length"},
		{"1,x", "", "", `--ids: row 0, item 1: "x" is not an integer`},
		{"1,2", "1,1;1,1", "", "--attention-mask has 2 rows"},
		{"1,2", "", "0,0", "--token-type-ids"},
	} {
		err := runForward(context.Background(), qwen2Dir, "interp", "", "", c.ids, c.mask, c.types, "", out, 1, nil, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ids %q mask %q: error %v, want it to contain %q", c.ids, c.mask, err, c.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an output file was written despite errors")
	}
}
