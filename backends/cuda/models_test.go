package cuda

import (
	"context"
	"math"
	"os/exec"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// The emulated backend is registered (tests only) so that models can load
// on it by name.
func init() {
	cxx, _ := exec.LookPath("g++")
	backends.Register(&emuBackend{cxx: cxx, mods: map[[32]byte]emuModule{}}, -1)
}

// TestModelsMatchInterp runs tiny checkpoints (Llama, Qwen2, GPT-2,
// Mistral with sliding-window attention, a BERT classifier; a single
// prompt, and for the decoders a left-padded batch with a mask and
// positions) on cuda — on the GPU, and in the CPU emulation of the
// generated kernels — and on interp: the logits must agree within 1e-4
// (float32; cuBLASLt accumulates in float32).
func TestModelsMatchInterp(t *testing.T) {
	for _, backend := range []string{"cuda", "cuda-emulated"} {
		t.Run(backend, func(t *testing.T) {
			b, err := backends.Get(backend)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Available(); err != nil {
				t.Skipf("%s not available: %v", backend, err)
			}
			if backend == "cuda-emulated" && testing.Short() {
				t.Skip("compiles the models' modules with the host C++ compiler")
			}
			for _, name := range []string{"llama-tiny", "qwen2-tiny", "gpt2-tiny", "mistral-sliding-tiny", "bert-tiny-cls"} {
				t.Run(name, func(t *testing.T) { modelMatchesInterp(t, backend, name) })
			}
		})
	}
}

func modelMatchesInterp(t *testing.T, backend, name string) {
	dir := "../../testdata/models/" + name
	load := func(be string) *auto.Model {
		m, err := auto.Load(context.Background(), dir, auto.Options{Backend: be})
		if err != nil {
			t.Fatalf("load %s on %s: %v", name, be, err)
		}
		t.Cleanup(func() { m.Close() })
		return m
	}
	mb, mi := load(backend), load("interp")
	ids := func(rows [][]int64) *tensor.Tensor {
		var flat []int64
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
		cases = append(cases, input{"single", models.Spec{Batch: 1, Seq: len(p0)}, map[string]*tensor.Tensor{models.InputIDs: ids([][]int64{p0})}})
		if l := ref.Left; len(l.IDs) > 0 && name != "mistral-sliding-tiny" {
			cases = append(cases, input{"left_padded", models.Spec{Batch: len(l.IDs), Seq: len(l.IDs[0])}, map[string]*tensor.Tensor{
				models.InputIDs:           ids(l.IDs),
				models.InputAttentionMask: ids(l.Mask),
				models.InputPositionIDs:   ids(l.Positions),
			}})
		}
	}
	for _, c := range cases {
		got, err := mb.Forward(context.Background(), c.spec, c.inputs)
		if err != nil {
			t.Fatalf("%s: %s: %v", c.name, backend, err)
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
			d := math.Abs(gs[i] - ws[i])
			if math.IsNaN(d) {
				worst = d
				break
			}
			worst = math.Max(worst, d)
		}
		if !(worst <= 1e-4) {
			t.Errorf("%s: max |%s - interp| = %g over %d logits, want <= 1e-4", c.name, backend, worst, len(ws))
		}
		t.Logf("%s: max |%s - interp| = %.3g", c.name, backend, worst)
	}
}
