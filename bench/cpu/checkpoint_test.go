package cpu

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TestStreamedCheckpointValues checks that writeTrainCheckpoint, which
// generates the weights while writing them, writes the file that
// randomFloat32 over the program's parameters (seed 6, in their order;
// norm scales ones) written whole would be, byte for byte, for GPT-2 and
// Llama at small shapes; and that the norm scales it found are the
// models' norms, every one of them.
func TestStreamedCheckpointValues(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cfg   map[string]any
		norms int
	}{
		{"gpt2", smallConfig(gpt2Config), 2*2 + 1},     // ln_1, ln_2 per layer, ln_f
		{"llama", smallConfig(llama1bConfig), 2*2 + 1}, // input/post_attention_layernorm per layer, model.norm
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			spec := models.Spec{Batch: 1, Seq: 8, Labels: true}
			_, f, ckpt, err := writeTrainCheckpoint(dir, tc.cfg, spec)
			if err != nil {
				t.Fatal(err)
			}
			defer ckpt.Close()
			r := rand.New(rand.NewSource(6))
			want := map[string]*tensor.Tensor{}
			norms := 0
			for _, p := range f.Params {
				if models.IsInputName(p.Name) {
					continue
				}
				if isNormWeight(p) {
					norms++
					ones := make([]float32, p.Type.Shape.NumElements())
					for i := range ones {
						ones[i] = 1
					}
					if want[p.Name], err = tensor.FromFloat32(p.Type.Shape, ones); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want[p.Name] = randomFloat32(r, p.Type.Shape, 0.02)
			}
			if norms != tc.norms {
				t.Errorf("%d norm scales, want %d", norms, tc.norms)
			}
			var buf bytes.Buffer
			if err := tensor.WriteSafetensors(&buf, want, map[string]string{"format": "pt"}); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(dir, "model.safetensors"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, buf.Bytes()) {
				t.Fatalf("streamed checkpoint (%d bytes) differs from the whole-written one (%d bytes)", len(got), buf.Len())
			}
		})
	}
}
