package models_test

import (
	"context"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

type decoderRef struct {
	Prompts [][]int64 `json:"prompts_ids"`
	Single  logitsRef `json:"single_logits"`
	Left    batchRef  `json:"batch_left"`
	Right   batchRef  `json:"batch_right"`
}

type batchRef struct {
	InputIDs  [][]int64 `json:"input_ids"`
	Mask      [][]int64 `json:"attention_mask"`
	Positions [][]int64 `json:"position_ids"`
	Logits    logitsRef `json:"logits"`
}

var decoderFixtures = []string{"llama-tiny", "qwen2-tiny", "qwen3-tiny", "mistral-sliding-tiny", "gpt2-tiny"}

// TestDecoderParity compares every decoder family's logits with the
// Hugging Face fixtures: prompt 0 alone, and the batch padded on each side
// (positions where the mask is 1), within 1e-4, on every parity backend.
func TestDecoderParity(t *testing.T) {
	forEachDecoder(t, checkDecoderParity)
}

// checkDecoderParity is TestDecoderParity for one fixture on backend be.
func checkDecoderParity(t *testing.T, name string, be backends.Backend) {
	ref := readReference[decoderRef](t, name)
	r := openRunner(t, name, be)

	p0 := ref.Prompts[0]
	out, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(p0)}, map[string]*tensor.Tensor{
		models.InputIDs: int64Tensor(t, [][]int64{p0}),
	})
	if err != nil {
		t.Fatal(err)
	}
	compareLogits(t, "single", positionsOf(t, out[models.OutputLogits])[0], ref.Single, nil)

	for _, side := range []struct {
		name string
		b    batchRef
	}{{"left", ref.Left}, {"right", ref.Right}} {
		b := side.b
		out, err := r.Forward(context.Background(), models.Spec{Batch: len(b.InputIDs), Seq: len(b.InputIDs[0])}, map[string]*tensor.Tensor{
			models.InputIDs:           int64Tensor(t, b.InputIDs),
			models.InputAttentionMask: int64Tensor(t, b.Mask),
			models.InputPositionIDs:   int64Tensor(t, b.Positions),
		})
		if err != nil {
			t.Fatal(err)
		}
		// The reference stores each row's logits; compare where mask == 1.
		got := positionsOf(t, out[models.OutputLogits])
		wantRows := splitRef(t, b.Logits, len(b.InputIDs))
		for row := range got {
			keep := make([]bool, len(b.Mask[row]))
			for j, m := range b.Mask[row] {
				keep[j] = m == 1
			}
			compareLogits(t, side.name, got[row], wantRows[row], keep)
		}
	}
}

// splitRef splits a batched logits reference into per-row references.
func splitRef(t *testing.T, ref logitsRef, batch int) []logitsRef {
	t.Helper()
	out := make([]logitsRef, batch)
	split := func(raw []byte) [][]byte {
		var rows []jsonRaw
		if err := unmarshal(raw, &rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != batch {
			t.Fatalf("reference has %d rows, want %d", len(rows), batch)
		}
		res := make([][]byte, batch)
		for i := range rows {
			res[i] = rows[i]
		}
		return res
	}
	if ref.Full != nil {
		for i, r := range split(ref.Full) {
			out[i].Full = r
		}
		return out
	}
	f, ids, vals, lse := split(ref.First256), split(ref.Top16IDs), split(ref.Top16Values), split(ref.LogSumExp)
	for i := range out {
		out[i] = logitsRef{First256: f[i], Top16IDs: ids[i], Top16Values: vals[i], LogSumExp: lse[i]}
	}
	return out
}
