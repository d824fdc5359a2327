package llvm_test

import (
	"context"
	"math"
	"testing"

	_ "github.com/kiln-ml/kiln/backends/interp" // the reference it compares against
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// TestModelsMatchInterp runs tiny checkpoints (Qwen2, GPT-2, Mistral with
// sliding-window attention, a BERT classifier) on llvm and interp — a
// single prompt, and for two decoders a left-padded batch with a mask and
// positions — and requires the logits to agree within 1e-4.
//
// The inputs are those of the fixture's reference.json (prompt 0 and the
// left-padded batch; the classifier's padded batch): the shapes models'
// parity tests compile, so a cold go test ./... builds each program once
// (the module cache is shared across packages).
func TestModelsMatchInterp(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	for _, name := range []string{"qwen2-tiny", "gpt2-tiny", "mistral-sliding-tiny", "bert-tiny-cls"} {
		t.Run(name, func(t *testing.T) {
			dir := "../../testdata/models/" + name
			load := func(backend string) *auto.Model {
				m, err := auto.Load(context.Background(), dir, auto.Options{Backend: backend})
				if err != nil {
					t.Fatalf("load %s on %s: %v", name, backend, err)
				}
				t.Cleanup(func() { m.Close() })
				return m
			}
			ml, mi := load("llvm"), load("interp")
			ids := func(rows [][]int64) *tensor.Tensor {
				flat := []int64{}
				for _, r := range rows {
					flat = append(flat, r...)
				}
				tt, err := tensor.FromInt64(ir.Int64, ir.Shape{len(rows), len(rows[0])}, flat)
				if err != nil {
					t.Fatal(err)
				}
				return tt
			}
			type input struct {
				name   string
				spec   models.Spec
				inputs map[string]*tensor.Tensor
			}
			var cases []input
			if name == "bert-tiny-cls" {
				// One program: the encoder, on the classifier's padded batch.
				var ref struct {
					IDs  [][]int64 `json:"input_ids"`
					Mask [][]int64 `json:"attention_mask"`
				}
				fixture.ReadJSON(t, dir+"/reference.json", &ref)
				cases = append(cases, input{"padded_batch", models.Spec{Batch: len(ref.IDs), Seq: len(ref.IDs[0])}, map[string]*tensor.Tensor{
					models.InputIDs:           ids(ref.IDs),
					models.InputAttentionMask: ids(ref.Mask),
				}})
			} else {
				var ref struct {
					Prompts [][]int64 `json:"prompts_ids"`
					Left    struct {
						IDs       [][]int64 `json:"input_ids"`
						Mask      [][]int64 `json:"attention_mask"`
						Positions [][]int64 `json:"position_ids"`
					} `json:"batch_left"`
				}
				fixture.ReadJSON(t, dir+"/reference.json", &ref)
				p0 := ref.Prompts[0]
				cases = append(cases, input{"single", models.Spec{Batch: 1, Seq: len(p0)}, map[string]*tensor.Tensor{
					models.InputIDs: ids([][]int64{p0}),
				}})
				// mistral: one program, sliding-window attention (prompt
				// 0 is longer than the window).
				if name != "mistral-sliding-tiny" {
					l := ref.Left
					cases = append(cases, input{"left_padded", models.Spec{Batch: len(l.IDs), Seq: len(l.IDs[0])}, map[string]*tensor.Tensor{
						models.InputIDs:           ids(l.IDs),
						models.InputAttentionMask: ids(l.Mask),
						models.InputPositionIDs:   ids(l.Positions),
					}})
				}
			}
			for _, c := range cases {
				got, err := ml.Forward(context.Background(), c.spec, c.inputs)
				if err != nil {
					t.Fatalf("%s: llvm: %v", c.name, err)
				}
				want, err := mi.Forward(context.Background(), c.spec, c.inputs)
				if err != nil {
					t.Fatalf("%s: interp: %v", c.name, err)
				}
				g, w := got[models.OutputLogits], want[models.OutputLogits]
				if g == nil || w == nil || !g.Type().Equal(w.Type()) {
					t.Fatalf("%s: logits %v vs %v", c.name, g, w)
				}
				gs, ws := g.Float64s(), w.Float64s()
				worst := 0.0
				for i := range ws {
					worst = math.Max(worst, math.Abs(gs[i]-ws[i]))
				}
				if worst > 1e-4 || math.IsNaN(worst) {
					t.Errorf("%s: max |llvm - interp| = %g over %d logits, want <= 1e-4", c.name, worst, len(ws))
				}
				t.Logf("%s: max |llvm - interp| = %.3g", c.name, worst)
			}
		})
	}
}

// TestModelsBF16MatchInterp runs two tiny decoders in bfloat16 on llvm and
// interp: every logit within one bf16 rounding step (2^-7 relative to
// max(1, |logit|)).
func TestModelsBF16MatchInterp(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	for _, name := range []string{"qwen2-tiny", "gpt2-tiny"} {
		t.Run(name, func(t *testing.T) {
			var outs []*tensor.Tensor
			for _, be := range []string{"llvm", "interp"} {
				m, err := auto.Load(context.Background(), "../../testdata/models/"+name, auto.Options{Backend: be, DType: ir.BFloat16})
				if err != nil {
					t.Fatal(err)
				}
				ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 7}, []int64{3, 17, 99, 5, 42, 8, 61})
				o, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: 7}, map[string]*tensor.Tensor{models.InputIDs: ids})
				m.Close()
				if err != nil {
					t.Fatalf("%s: %v", be, err)
				}
				outs = append(outs, o[models.OutputLogits])
			}
			if outs[0].DType != ir.BFloat16 || !outs[0].Type().Equal(outs[1].Type()) {
				t.Fatalf("logits %v vs %v", outs[0].Type(), outs[1].Type())
			}
			g, w := outs[0].Float64s(), outs[1].Float64s()
			for i := range w {
				if d := math.Abs(g[i] - w[i]); !(d <= math.Max(1, math.Abs(w[i]))/128) {
					t.Fatalf("logit %d: llvm %g, interp %g", i, g[i], w[i])
				}
			}
		})
	}
}
