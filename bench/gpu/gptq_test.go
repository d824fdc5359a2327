package gpu

import (
	"context"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/xla"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// gptqTestModel writes llama-test (hidden 128: every projection has a
// multiple of 128 inputs) as bf16 into one directory and as GPTQ 4-bit
// into another.
func gptqTestModel(t *testing.T) (float, packed string, read int64) {
	t.Helper()
	Configs["llama-test"] = llama(128, 256, 2, 4, 2, 32, true)
	Configs["llama-test"]["vocab_size"] = 97
	t.Cleanup(func() { delete(Configs, "llama-test") })
	float, packed = t.TempDir(), t.TempDir()
	if _, err := writeModel(float, "llama-test", 3); err != nil {
		t.Fatal(err)
	}
	read, err := writeGPTQ4(float, packed)
	if err != nil {
		t.Fatal(err)
	}
	return float, packed, read
}

// TestWriteGPTQ4: the checkpoint is one kiln reads as GPTQ 4-bit, group
// 128, sym, v1; every projection is quantized (dequantized weights within
// 0.6 of their group's scale of the bf16 originals, and not all equal to
// them), the rest copied bit for bit.
func TestWriteGPTQ4(t *testing.T) {
	float, packed, read := gptqTestModel(t)
	cfg, err := quant.LoadConfig(packed)
	if err != nil {
		t.Fatal(err)
	}
	if g := cfg.GPTQ; cfg.Method != quant.GPTQ || g == nil || g.Bits != 4 || g.GroupSize != 128 || !g.Sym || g.DescAct || g.V2 {
		t.Fatalf("quantization_config %+v %+v", cfg, cfg.GPTQ)
	}
	fck, err := weights.Open(float)
	if err != nil {
		t.Fatal(err)
	}
	defer fck.Close()
	qck, err := weights.Open(packed)
	if err != nil {
		t.Fatal(err)
	}
	deq, err := quant.Dequantize(qck, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer deq.Close()
	var modules int
	var want int64
	for _, n := range fck.Names() {
		ft, _ := fck.Info(n)
		orig, err := fck.TensorAs(n, ir.Float32)
		if err != nil {
			t.Fatal(err)
		}
		got, err := deq.TensorAs(n, ir.Float32)
		if err != nil {
			t.Fatal(err)
		}
		if !gptqTarget(n, ft) {
			qt, ok := qck.Info(n)
			if !ok || !qt.Equal(ft) || string(mustTensor(t, qck, n).Data) != string(mustTensor(t, fck, n).Data) {
				t.Fatalf("%s was not copied as it is", n)
			}
			want += int64(len(mustTensor(t, fck, n).Data))
			continue
		}
		modules++
		p := strings.TrimSuffix(n, ".weight")
		scales, err := qck.TensorAs(p+".scales", ir.Float32)
		if err != nil {
			t.Fatal(err)
		}
		out, in := ft.Shape[0], ft.Shape[1]
		want += int64(in/8*out*4 + in/128*out/8*4 + in/128*out*2)
		o, g, s := orig.Float32s(), got.Float32s(), scales.Float32s()
		differ := false
		for r := 0; r < out; r++ {
			for i := 0; i < in; i++ {
				sc := float64(s[(i/128)*out+r])
				if d := math.Abs(float64(g[r*in+i] - o[r*in+i])); d > 0.6*sc || sc <= 0 {
					t.Fatalf("%s[%d, %d] = %g dequantizes to %g (scale %g)", n, r, i, o[r*in+i], g[r*in+i], sc)
				}
				differ = differ || g[r*in+i] != o[r*in+i]
			}
		}
		if !differ {
			t.Fatalf("%s is not quantized", n)
		}
	}
	if modules != 2*7 {
		t.Fatalf("%d quantized projections, want 14", modules)
	}
	if read != want {
		t.Fatalf("read bytes %d, want %d", read, want)
	}
}

func mustTensor(t *testing.T, ck *weights.Checkpoint, n string) *tensor.Tensor {
	t.Helper()
	x, err := ck.Tensor(n)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestGPTQ4LoadsPacked: kiln loads the benchmark's GPTQ checkpoint with
// every projection packed (QuantizedKernels) and its logits, of a prompt
// and of one decode-shaped token, equal the dequantized model's on interp.
func TestGPTQ4LoadsPacked(t *testing.T) {
	_, packed, _ := gptqTestModel(t)
	ids := []int64{5, 17, 3, 88, 41}
	logits := func(kernels bool) []float32 {
		m, err := auto.Load(context.Background(), packed, auto.Options{Backend: "interp", DType: ir.Float32, StrictWeights: true, QuantizedKernels: kernels})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		if n := len(m.Quantized()); (kernels && n != 14) || (!kernels && n != 0) {
			t.Fatalf("kernels %v: %d packed modules", kernels, n)
		}
		var all []float32
		for _, in := range [][]int64{ids, ids[4:]} {
			x, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, len(in)}, in)
			out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(in)}, map[string]*tensor.Tensor{models.InputIDs: x})
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, out[models.OutputLogits].Float32s()...)
		}
		return all
	}
	want, got := logits(false), logits(true)
	if len(got) != len(want) || len(got) != 6*97 {
		t.Fatalf("%d logits, want %d", len(got), len(want))
	}
	for i := range want {
		if d := math.Abs(float64(got[i]-want[i])) / math.Max(1, math.Abs(float64(want[i]))); d > 1e-5 {
			t.Fatalf("logit %d = %g, the dequantized model gives %g", i, got[i], want[i])
		}
	}
}

// TestSuiteQuantOnInterp runs the suite with -quant gptq4 on interp: the
// bf16 and the packed GPTQ model measured in one run, the quantized
// decode reported against kiln's bf16 with its limit on the packed bytes.
func TestSuiteQuantOnInterp(t *testing.T) {
	Configs["llama-test"] = llama(128, 256, 2, 4, 2, 32, true)
	Configs["llama-test"]["vocab_size"] = 97
	defer delete(Configs, "llama-test")
	var log strings.Builder
	rep, err := RunGPUSuite(context.Background(), Options{
		Models: []string{"llama-test"}, Backend: "interp", PrefillTokens: 8, PromptTokens: 4, NewTokens: 4,
		BandwidthElems: 1 << 10, Log: &log, WorkDir: t.TempDir(), Quant: GPTQ4,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	var dec, vsBF16 *Result
	for i, r := range rep.Results {
		switch {
		case r.Workload == "llama-test-decode-gptq4" && r.Peer == "":
			dec = &rep.Results[i]
		case r.Workload == "llama-test-decode-gptq4" && r.Peer == "kiln-bf16":
			vsBF16 = &rep.Results[i]
		}
	}
	if dec == nil || vsBF16 == nil || dec.Kiln <= 0 || dec.Limit <= 0 || vsBF16.PeerValue <= 0 || vsBF16.Ratio != dec.Kiln/vsBF16.PeerValue {
		t.Fatalf("quant results %+v %+v in %+v", dec, vsBF16, rep.Results)
	}
	q, ok := rep.Details["kiln-interp-gptq4/llama-test"].(*quantNumbers)
	if !ok || q.ReadBytes <= 0 || q.DecodeCompiles != 0 {
		t.Fatalf("details %+v", rep.Details)
	}
	if _, err := RunGPUSuite(context.Background(), Options{Models: []string{"llama-test"}, Backend: "interp", Quant: "awq9"}); err == nil || !strings.Contains(err.Error(), "awq9") {
		t.Fatalf("unknown -quant: %v", err)
	}
}

func TestQuantResultsHFBest(t *testing.T) {
	q := &quantNumbers{kilnNumbers: &kilnNumbers{DecodeTokS: 150}, ReadBytes: 5e9}
	hf := map[string]any{"eager": map[string]any{"decode_tok_s": 30.0}, "static_compile": map[string]any{"decode_tok_s": 100.0}}
	rs := quantResults("llama-8b", GPTQ4, q, &kilnNumbers{DecodeTokS: 60}, hf, 3e12)
	want := map[string]float64{"kiln-bf16": 2.5, "hf-eager": 5, "hf-static-compile": 1.5, "hf-best": 1.5}
	for _, r := range rs {
		if w, ok := want[r.Peer]; ok {
			if math.Abs(r.Ratio-w) > 1e-12 {
				t.Errorf("%s ratio %g, want %g", r.Peer, r.Ratio, w)
			}
			delete(want, r.Peer)
		}
		if r.Peer == "hf-best" && r.Target != 1.5 || r.Peer == "kiln-bf16" && r.Target != 2 {
			t.Errorf("%s target %g", r.Peer, r.Target)
		}
	}
	if len(want) != 0 {
		t.Errorf("missing peers %v in %+v", want, rs)
	}
}

// xlaOnInterp is interp running what the xla backend's pass pipeline
// makes of each function (xla.Backend.Pipeline: decode quant matmuls as a
// reduction over the packed weight), so that a model's programs as xla
// lowers them can be checked without a GPU. It counts the compiled
// functions that held quant_matmul and the quant ops left after the
// pipeline.
type xlaOnInterp struct {
	*interp.Backend
	mu                      sync.Mutex
	withQuant, rows, remain int // functions with quant_matmul; quant values expanded as rows; left
}

func (*xlaOnInterp) Name() string { return "xla-pipeline-on-interp" }

func (b *xlaOnInterp) Compile(f *ir.Func, o backends.CompileOptions) (backends.Executable, error) {
	g, err := backends.RunPipeline(xla.Default().Pipeline(), f, o)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	seen := false
	for _, v := range f.Values {
		if v.Op == ir.OpQuantMatmul {
			if !seen {
				b.withQuant++
			}
			seen = true
			if passes.QuantRowsApplies(v, passes.QuantRowsMaxRows) {
				b.rows++
			}
		}
	}
	for _, v := range g.Values {
		if v.Op == ir.OpQuantMatmul || v.Op == ir.OpQuantMatmulCodebook {
			b.remain++
		}
	}
	b.mu.Unlock()
	return b.Backend.Compile(g, o)
}

var registerXLAOnInterp = sync.OnceValue(func() *xlaOnInterp {
	b := &xlaOnInterp{Backend: interp.New()}
	backends.Register(b, -100)
	return b
})

// TestGPTQ4DecodeThroughXLAPipeline: the benchmark's GPTQ checkpoint,
// packed, with its programs put through the xla backend's pipeline (one
// token: every projection a reduction over the packed bytes; the 5-token
// prompt: dequantize + dot) gives the dequantized model's logits on
// interp within 1e-5.
func TestGPTQ4DecodeThroughXLAPipeline(t *testing.T) {
	_, packed, _ := gptqTestModel(t)
	b := registerXLAOnInterp()
	ids := []int64{5, 17, 3, 88, 41}
	logits := func(backend string, kernels bool) []float32 {
		m, err := auto.Load(context.Background(), packed, auto.Options{Backend: backend, DType: ir.Float32, QuantizedKernels: kernels})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		var all []float32
		for _, in := range [][]int64{ids, ids[4:]} {
			x, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, len(in)}, in)
			out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(in)}, map[string]*tensor.Tensor{models.InputIDs: x})
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, out[models.OutputLogits].Float32s()...)
		}
		return all
	}
	want, got := logits("interp", false), logits(b.Name(), true)
	if b.withQuant < 2 || b.rows < 14 || b.remain != 0 {
		t.Fatalf("%d programs with quant_matmul compiled, %d quant values expanded as reductions (want the one-token program's 14), %d left after xla's pipeline",
			b.withQuant, b.rows, b.remain)
	}
	for i := range want {
		if d := math.Abs(float64(got[i]-want[i])) / math.Max(1, math.Abs(float64(want[i]))); d > 1e-5 {
			t.Fatalf("logit %d = %g, the dequantized model gives %g", i, got[i], want[i])
		}
	}
}
