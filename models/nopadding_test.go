package models_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestNoPaddingMatchesOnesMask: a Spec with NoPadding builds a program
// without the attention_mask input whose outputs (logits and loss, with
// NEFTune noise in training mode) are bit-identical to the program given
// an all-ones mask, for a GPT-2, a Llama and a BERT; a mask with padding
// given to it is refused.
func TestNoPaddingMatchesOnesMask(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"gpt2-tiny", "llama-tiny", "bert-tiny-mlm"} {
		t.Run(name, func(t *testing.T) {
			dir := fixtureDir(name)
			m := loadModel(t, dir, "")
			r, _ := newRunner(t, m, dir, referenceBackend(), backends.CompileOptions{})
			const b, seq = 2, 7
			ids := make([]int64, b*seq)
			for i := range ids {
				ids[i] = int64(5 + i*3%40)
			}
			idT, _ := tensor.FromInt64(ir.Int64, ir.Shape{b, seq}, ids)
			seed, _ := tensor.FromInt64(ir.Int64, ir.Shape{}, []int64{7})
			base := models.Spec{Batch: b, Seq: seq, Labels: true, Dropout: true, NEFTuneAlpha: 5}
			run := func(spec models.Spec) map[string]*tensor.Tensor {
				out, err := r.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: idT, models.InputLabels: idT, models.InputDropoutSeed: seed})
				if err != nil {
					t.Fatal(err)
				}
				return out
			}
			nopad := base
			nopad.NoPadding = true
			p, err := r.Program(ctx, nopad)
			if err != nil {
				t.Fatal(err)
			}
			if p.Func.ParamByName(models.InputAttentionMask) != nil {
				t.Fatalf("the NoPadding program takes %s", models.InputAttentionMask)
			}
			want, got := run(base), run(nopad)
			for k, w := range want {
				g, ok := got[k]
				if !ok {
					t.Fatalf("output %s missing", k)
				}
				if string(g.Data) != string(w.Data) {
					t.Errorf("%s differs from the all-ones mask program's", k)
				}
			}
			mask := make([]int64, b*seq)
			for i := range mask {
				mask[i] = 1
			}
			mask[seq-1] = 0
			maskT, _ := tensor.FromInt64(ir.Int64, ir.Shape{b, seq}, mask)
			_, err = r.Forward(ctx, nopad, map[string]*tensor.Tensor{models.InputIDs: idT, models.InputAttentionMask: maskT, models.InputLabels: idT, models.InputDropoutSeed: seed})
			if err == nil || !strings.Contains(err.Error(), "padding") {
				t.Errorf("a padded mask for a NoPadding spec: %v", err)
			}
		})
	}
}
