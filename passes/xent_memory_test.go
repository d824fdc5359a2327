package passes_test

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
)

// Llama-3's LM head (Llama-3.2-1B: hidden 2048, vocabulary 128256). The
// token counts differ from the hidden size so that an (N, V) value cannot
// be mistaken for the (V, C) weight.
const llamaC, llamaV = 2048, 128256

// headProgram is a training step's view of the LM head and its loss: the
// hidden states h (N, C) and the head weight w (V, C) of dtype dt,
// labels (N), the mean token cross-entropy, and its gradients with
// respect to h and w (autodiff.Grad); chunked selects linear_cross_entropy
// over the unfused logits + log_softmax path the models used before it.
func headProgram(t *testing.T, n int, dt ir.DType, chunked bool) *ir.Func {
	t.Helper()
	f, err := frontend.Build("head", func(g *frontend.Graph) error {
		h, w := g.Param("h", dt, n, llamaC), g.Param("w", dt, llamaV, llamaC)
		labels := g.Param("labels", ir.Int64, n)
		ignored := labels.Eq(g.ConstScalarInt(ir.Int64, models.IgnoreIndex))
		kept := ignored.Not().AsType(ir.Float32)
		var sum *frontend.Tensor
		if chunked {
			sum = frontend.LinearCrossEntropy(h, w, nil, labels, models.IgnoreIndex, 0).Sum()
		} else {
			logp := h.MatMulT(w).AsType(ir.Float32).LogSoftmax(-1) // (N, V)
			safe := frontend.Where(ignored, g.ConstScalarInt(ir.Int64, 0), labels)
			sum = logp.TakeAlongAxis(safe.Unsqueeze(-1), -1).Squeeze(-1).Mul(kept).Sum().Neg()
		}
		g.Return(frontend.Out("loss", sum.Div(kept.Sum())))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gf, err := autodiff.Grad(f, []string{"h", "w"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return gf
}

// plannedPeak runs the standard pipeline (composites decomposed except
// attention, as llvm), fuses as llvm does and plans the buffers; it
// returns the function and the plan.
func plannedPeak(t *testing.T, f *ir.Func) (*ir.Func, *passes.BufferPlan) {
	t.Helper()
	keep := func(op ir.Op) bool { return !op.Has(ir.FlagComposite) || op == ir.OpAttention }
	if err := passes.Standard(keep, interpEval).Run(f, passes.Options{}); err != nil {
		t.Fatal(err)
	}
	fp, err := passes.Fuse(f, attnFusionRules())
	if err != nil {
		t.Fatal(err)
	}
	bp, err := passes.PlanBuffers(f, fp, bufRules())
	if err != nil {
		t.Fatal(err)
	}
	return f, bp
}

// tokenByVocab lists the values of f whose shape has both a token dim
// (any of ns) and a vocabulary dim: the whole logits or their gradient.
func tokenByVocab(f *ir.Func, v int, ns ...int) []*ir.Value {
	var out []*ir.Value
	for _, x := range f.Values {
		var hasN, hasV bool
		for _, d := range x.Type.Shape {
			hasV = hasV || d == v
			for _, n := range ns {
				hasN = hasN || d == n
			}
		}
		if hasN && hasV {
			out = append(out, x)
		}
	}
	return out
}

func largestSlot(bp *passes.BufferPlan) int {
	m := 0
	for _, s := range bp.Slots {
		m = max(m, s.Bytes)
	}
	return m
}

// livePeak is the most bytes of workspace slots live at one position:
// the workspace a layout without fragmentation would need.
func livePeak(f *ir.Func, bp *passes.BufferPlan) int {
	best := 0
	for at := 0; at <= len(f.Values); at++ {
		sum := 0
		for _, s := range bp.Slots {
			if s.Def <= at && at <= s.Last {
				sum += s.Bytes
			}
		}
		best = max(best, sum)
	}
	return best
}

func mib(b int) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// TestLinearCrossEntropyPlannedMemory is issue #14's memory evidence: the
// planned workspace (intermediates; parameters and results, such as the
// (V, C) weight gradient, are not in it) of a training step over Llama-3's
// head for 4096 and 16384 tokens, with the unfused logits path and with
// linear_cross_entropy. The chunked programs have no (N, V) value and
// their workspace is below the unfused one. What they hold is O(V C), not
// O(N V): the weight-gradient accumulator (two float32 (V, C) live while
// a chunk's product is added) and, for bf16, the float32 copy of w that
// gradients compute with; so the bytes live at once hardly grow with N,
// while the unfused workspace grows by several logits copies. (The laid
// out workspace may exceed the live bytes: first-fit placement of the
// accumulators above the per-chunk dh values fragments it.)
func TestLinearCrossEntropyPlannedMemory(t *testing.T) {
	const n1, n2 = 4096, 16384
	for _, dt := range []ir.DType{ir.Float32, ir.BFloat16} {
		t.Run(dt.String(), func(t *testing.T) {
			var plainWS, chunkedLive [2]int
			for i, n := range []int{n1, n2} {
				plain, pp := plannedPeak(t, headProgram(t, n, dt, false))
				chunked, cp := plannedPeak(t, headProgram(t, n, dt, true))
				plainWS[i], chunkedLive[i] = pp.WorkspaceBytes, livePeak(chunked, cp)
				t.Logf("N=%d C=%d V=%d %s: planned workspace unfused %s (live %s, largest slot %s), chunked %s (live %s, largest slot %s); one f32 logits copy is %s",
					n, llamaC, llamaV, dt, mib(pp.WorkspaceBytes), mib(livePeak(plain, pp)), mib(largestSlot(pp)),
					mib(cp.WorkspaceBytes), mib(chunkedLive[i]), mib(largestSlot(cp)), mib(n*llamaV*4))
				if nv := tokenByVocab(plain, llamaV, n); len(nv) == 0 {
					t.Errorf("N=%d: the unfused program has no (N, V) value: the shape check proves nothing", n)
				}
				if nv := tokenByVocab(chunked, llamaV, n); len(nv) > 0 {
					t.Errorf("N=%d: the chunked program holds %d values of N x V, e.g. %s", n, len(nv), nv[0].LongString())
				}
				if cp.WorkspaceBytes >= pp.WorkspaceBytes {
					t.Errorf("N=%d: chunked workspace %s, unfused %s", n, mib(cp.WorkspaceBytes), mib(pp.WorkspaceBytes))
				}
				if wc := llamaV * llamaC * 4; chunkedLive[i] > 3*wc+n*llamaC*4*4 {
					t.Errorf("N=%d: chunked live workspace %s, want at most three float32 (V, C) and a few (N, C)", n, mib(chunkedLive[i]))
				}
			}
			logitsGrowth := (n2 - n1) * llamaV * 4
			if g := plainWS[1] - plainWS[0]; g < logitsGrowth {
				t.Errorf("unfused workspace grew by %s from N=%d to %d, less than one logits copy (%s): the plan is not what this test assumes", mib(g), n1, n2, mib(logitsGrowth))
			}
			if g := chunkedLive[1] - chunkedLive[0]; g > logitsGrowth/16 {
				t.Errorf("chunked live workspace grew by %s from N=%d to %d, want well below the logits' growth %s", mib(g), n1, n2, mib(logitsGrowth))
			}
		})
	}
}

// TestLlamaTrainingProgramHasNoLogits builds a one-layer decoder with
// Llama-3.2-1B's head as a training step sees it (loss and gradients of
// every parameter, the logits output dropped) and checks that no value
// of the planned program spans tokens and vocabulary: the logits are not
// computed and the loss's are chunked.
func TestLlamaTrainingProgramHasNoLogits(t *testing.T) {
	cfg, err := models.ParseConfig([]byte(`{"model_type": "llama", "architectures": ["LlamaForCausalLM"],
		"hidden_size": 2048, "intermediate_size": 512, "num_attention_heads": 32, "num_key_value_heads": 8,
		"head_dim": 64, "num_hidden_layers": 1, "vocab_size": 128256, "rms_norm_eps": 1e-5,
		"max_position_embeddings": 4096, "tie_word_embeddings": true, "hidden_act": "silu"}`), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	const b, seq = 2, 512 // N = 1024 tokens; short sequences keep attention small
	f, err := frontend.Build("llama", func(g *frontend.Graph) error {
		return m.Build(g, models.Spec{Batch: b, Seq: seq, Labels: true}, ir.BFloat16)
	})
	if err != nil {
		t.Fatal(err)
	}
	var wrt []string
	for _, p := range f.Params {
		if p.Type.DType.IsFloat() {
			wrt = append(wrt, p.Name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
	if err != nil {
		t.Fatal(err)
	}
	// Keep the loss and the gradients, as the train step does.
	var res []*ir.Value
	var names []string
	for i, n := range gf.ResultNames {
		if n == models.OutputLoss || i >= len(f.Results) {
			res, names = append(res, gf.Results[i]), append(names, n)
		}
	}
	gf.SetResults(res, names)
	if err := passes.DeadCode(gf); err != nil {
		t.Fatal(err)
	}
	if nv := tokenByVocab(f, 128256, b*seq, seq); len(nv) == 0 {
		t.Fatal("the forward program has no logits: the check proves nothing")
	}
	planned, bp := plannedPeak(t, gf)
	if nv := tokenByVocab(planned, 128256, b*seq, seq); len(nv) > 0 {
		t.Errorf("the training program holds %d values of tokens x vocabulary, e.g. %s", len(nv), nv[0].LongString())
	}
	t.Logf("one-layer Llama-3.2-1B-shaped decoder, bf16, %d x %d tokens: %d values, planned workspace %s (largest slot %s)",
		b, seq, len(planned.Values), mib(bp.WorkspaceBytes), mib(largestSlot(bp)))
}
