package models_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// qwen3KV4 writes a Qwen3 checkpoint with 4 key/value heads (qwen3-tiny's
// has 2, which does not split over 4 devices): qwen3-tiny's weights with
// each k_proj/v_proj extended by a scaled copy of its rows. It returns the
// directory.
func qwen3KV4(t *testing.T) string {
	t.Helper()
	src := fixtureDir("qwen3-tiny")
	w := readTensorsF32(t, src)
	for name, x := range w {
		if strings.HasSuffix(name, "k_proj.weight") || strings.HasSuffix(name, "v_proj.weight") {
			y := x.Clone()
			for i := 0; i < y.Shape.NumElements(); i++ {
				ir.PutElementFloat(ir.Float32, y.Data, i, -0.7*ir.ElementFloat(ir.Float32, y.Data, i)+0.01)
			}
			j, err := mesh.Join(0, x, y)
			if err != nil {
				t.Fatal(err)
			}
			w[name] = j
		}
	}
	return writeTPFixture(t, src, w, func(c map[string]any) { c["num_key_value_heads"] = 4 })
}

// writeTPFixture writes src's config.json, edited, and the weights w to a
// new directory.
func writeTPFixture(t *testing.T, src string, w map[string]*tensor.Tensor, edit func(map[string]any)) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(src, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	edit(cfg)
	dir := t.TempDir()
	data, _ = json.Marshal(cfg)
	if err := os.WriteFile(filepath.Join(dir, "config.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if w != nil {
		if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), w, nil); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func newTPRunner(t *testing.T, dir string, n int) *models.Runner {
	t.Helper()
	ck, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ck.Close() })
	r, err := models.NewTPRunner(loadModel(t, dir, ""), ck, n, ir.Float32, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// maxDiff is the largest |a-b| over two float32 tensors of one shape.
func maxDiff(t *testing.T, what string, a, b *tensor.Tensor) float64 {
	t.Helper()
	if a == nil || b == nil || !a.Type().Equal(b.Type()) {
		t.Fatalf("%s: %v vs %v", what, a, b)
	}
	d := 0.0
	for i := 0; i < a.Shape.NumElements(); i++ {
		d = math.Max(d, math.Abs(ir.ElementFloat(a.DType, a.Data, i)-ir.ElementFloat(b.DType, b.Data, i)))
	}
	return d
}

// TestTPForwardMatchesWhole: the tensor-parallel decoders on 2 and 4
// virtual devices return the unsharded model's logits within 1e-5, for a
// padded batch, and with a cache the present keys/values (sharded by
// heads, joined on download) equal the whole model's.
func TestTPForwardMatchesWhole(t *testing.T) {
	kv4 := qwen3KV4(t)
	// A config plan splitting the MLP only: attention stays whole.
	mlpOnly := writeTPFixture(t, fixtureDir("qwen3-tiny"), readTensorsF32(t, fixtureDir("qwen3-tiny")), func(c map[string]any) {
		c["base_model_tp_plan"] = map[string]string{"layers.*.mlp.gate_proj": "colwise", "layers.*.mlp.up_proj": "colwise", "layers.*.mlp.down_proj": "rowwise"}
	})
	for _, c := range []struct {
		name, dir string
		n         int
	}{
		{"llama-tiny/tp2", fixtureDir("llama-tiny"), 2},
		{"qwen2-tiny/tp2", fixtureDir("qwen2-tiny"), 2}, // q/k/v biases split with their rows
		{"mistral-sliding-tiny/tp2", fixtureDir("mistral-sliding-tiny"), 2},
		{"qwen3-kv4/tp2", kv4, 2},
		{"qwen3-kv4/tp4", kv4, 4},
		{"qwen3-mlp-only/tp2", mlpOnly, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			whole, _ := newRunner(t, loadModel(t, c.dir, ""), c.dir, referenceBackend(), backends.CompileOptions{})
			tp := newTPRunner(t, c.dir, c.n)
			ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{2, 5}, []int64{5, 17, 99, 3, 42, 0, 0, 7, 8, 9})
			mask, _ := tensor.FromInt64(ir.Int64, ir.Shape{2, 5}, []int64{1, 1, 1, 1, 1, 0, 0, 1, 1, 1})
			// With a cache: 3 past positions of made-up keys/values (whole
			// on the host; the TP Runner splits them by heads), the prompt
			// written at 3..7.
			cmask, _ := tensor.FromInt64(ir.Int64, ir.Shape{2, 8}, []int64{1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1})
			pos, _ := tensor.FromInt64(ir.Int64, ir.Shape{2, 5}, []int64{3, 4, 5, 6, 7, 3, 4, 5, 6, 7})
			layers, kvh, hd := whole.Model().(models.Decoder).CacheLayout()
			past := map[string]*tensor.Tensor{}
			for l := 0; l < layers; l++ {
				for j, name := range []string{models.PastKey(l), models.PastValue(l)} {
					x, _ := tensor.New(ir.Float32, ir.Shape{2, kvh, 8, hd})
					for i := 0; i < x.Shape.NumElements(); i++ {
						ir.PutElementFloat(ir.Float32, x.Data, i, math.Sin(float64(i*(l+2)+j*7)))
					}
					past[name] = x
				}
			}
			ctx := context.Background()
			for _, spec := range []models.Spec{{Batch: 2, Seq: 5}, {Batch: 2, Seq: 5, Cache: 8}} {
				in := map[string]*tensor.Tensor{models.InputIDs: ids, models.InputAttentionMask: mask}
				if spec.Cache > 0 {
					in[models.InputAttentionMask] = cmask
					in[models.InputPositionIDs] = pos
					in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, 3)
					for k, v := range past {
						in[k] = v
					}
				}
				want, err := whole.Forward(ctx, spec, in)
				if err != nil {
					t.Fatal(err)
				}
				got, err := tp.Forward(ctx, spec, in)
				if err != nil {
					t.Fatal(err)
				}
				if d := maxDiff(t, "logits", got[models.OutputLogits], want[models.OutputLogits]); d > 1e-5 {
					t.Errorf("%v: logits differ by %g", spec, d)
				}
				if spec.Cache > 0 {
					for _, n := range []string{models.PresentKey(1), models.PresentValue(0)} {
						if d := maxDiff(t, n, got[n], want[n]); d > 1e-5 {
							t.Errorf("%v: %s differs by %g", spec, n, d)
						}
					}
				}
			}
		})
	}
}

// TestTPGreedyGenerationTokenExact: greedy generation (prefill then
// decode steps over the sharded KV cache) on 2 and 4 devices gives the
// unsharded model's tokens.
func TestTPGreedyGenerationTokenExact(t *testing.T) {
	kv4 := qwen3KV4(t)
	prompts := [][]int{{5, 17, 99, 3}, {7, 8}}
	for _, c := range []struct {
		name, dir string
		n         int
	}{
		{"llama-tiny/tp2", fixtureDir("llama-tiny"), 2},
		{"qwen3-kv4/tp4", kv4, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			whole, _ := newRunner(t, loadModel(t, c.dir, ""), c.dir, referenceBackend(), backends.CompileOptions{})
			tp := newTPRunner(t, c.dir, c.n)
			var outs [2][][]int
			for i, r := range []*models.Runner{whole, tp} {
				cfg, err := generate.LoadConfig(c.dir, r.Model().Config())
				if err != nil {
					t.Fatal(err)
				}
				g, err := generate.New(r, cfg)
				if err != nil {
					t.Fatal(err)
				}
				out, err := g.Generate(context.Background(), prompts, generate.Greedy(), generate.MaxNewTokens(6))
				if err != nil {
					t.Fatal(err)
				}
				outs[i] = out.Sequences
			}
			for i := range outs[0] {
				if !equalInts(outs[0][i], outs[1][i]) {
					t.Errorf("row %d: whole %v, tp%d %v", i, outs[0][i], c.n, outs[1][i])
				}
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTPErrors: what kiln cannot shard is refused, naming the field,
// module or style.
func TestTPErrors(t *testing.T) {
	qwen3 := fixtureDir("qwen3-tiny")
	plan := func(p map[string]string) func(map[string]any) {
		return func(c map[string]any) { c["base_model_tp_plan"] = p }
	}
	full := map[string]string{
		"layers.*.self_attn.q_proj": "colwise", "layers.*.self_attn.k_proj": "colwise", "layers.*.self_attn.v_proj": "colwise",
		"layers.*.self_attn.o_proj": "rowwise", "layers.*.mlp.gate_proj": "colwise", "layers.*.mlp.up_proj": "colwise", "layers.*.mlp.down_proj": "rowwise",
	}
	with := func(k, v string) map[string]string {
		p := map[string]string{}
		for a, b := range full {
			p[a] = b
		}
		p[k] = v
		return p
	}
	for _, c := range []struct {
		name, dir string
		n         int
		want      []string
	}{
		{"kv heads", fixtureDir("llama-tiny"), 4, []string{"num_key_value_heads 2 does not divide over 4 devices"}},
		{"no plan", fixtureDir("gemma2-tiny"), 2, []string{`model_type "gemma2" has no base_model_tp_plan`}},
		{"not a decoder", fixtureDir("gpt2-tiny"), 2, []string{"has no tensor-parallel plan in kiln"}},
		{"fused qkv", fixtureDir("phi3-tiny"), 2, []string{"packed_colwise"}},
		{"experts", fixtureDir("mixtral-tiny"), 2, []string{"mixture-of-experts"}},
		{"unbuilt style", writeTPFixture(t, qwen3, nil, plan(with("layers.*.mlp.down_proj", "sequence_parallel"))), 2,
			[]string{"module layers.*.mlp.down_proj", `style "sequence_parallel" is not implemented`}},
		{"unknown style", writeTPFixture(t, qwen3, nil, plan(with("layers.*.mlp.up_proj", "diagonal"))), 2,
			[]string{"module layers.*.mlp.up_proj", `unknown style "diagonal"`}},
		{"half split", writeTPFixture(t, qwen3, nil, plan(with("layers.*.self_attn.o_proj", "replicate"))), 2,
			[]string{"the attention must be split whole", "layers.*.self_attn.o_proj=replicate"}},
		{"sharded embedding", writeTPFixture(t, qwen3, nil, plan(with("embed_tokens", "rowwise"))), 2,
			[]string{"module embed_tokens", "kiln replicates the embedding"}},
		{"intermediate", writeTPFixture(t, qwen3, nil, func(c map[string]any) { c["intermediate_size"] = 162 }), 4,
			[]string{"num_key_value_heads 2"}},
		{"intermediate only", writeTPFixture(t, qwen3, nil, func(c map[string]any) {
			c["intermediate_size"] = 161
			c["base_model_tp_plan"] = map[string]string{"layers.*.mlp.gate_proj": "colwise", "layers.*.mlp.up_proj": "colwise", "layers.*.mlp.down_proj": "rowwise"}
		}), 2, []string{"intermediate_size 161 does not divide over 2 devices"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := models.ShardTP(loadModel(t, c.dir, ""), c.n)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// TestTPShardsWeightsAtLoad: each device holds only its block of a split
// weight (the session buffer's type is one device's); a sharded Runner
// refuses quantized kernels, and a sharded model's weights a backend that
// cannot hold per-device blocks.
func TestTPShardsWeightsAtLoad(t *testing.T) {
	dir := fixtureDir("llama-tiny")
	r := newTPRunner(t, dir, 2)
	if _, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 2}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]ir.Shape{
		"model.layers.0.self_attn.q_proj.weight": {32, 64},    // 4 heads x 16 over 2
		"model.layers.0.self_attn.k_proj.weight": {16, 64},    // 2 KV heads over 2
		"model.layers.1.self_attn.o_proj.weight": {64, 32},    // rowwise: columns split
		"model.layers.1.mlp.down_proj.weight":    {64, 88},    // 176 / 2
		"model.embed_tokens.weight":              {32000, 64}, // replicated
	} {
		b, err := r.Session().Buffer(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Type().Shape; !got.Equal(want) {
			t.Errorf("%s: device buffer %s, want %s", name, got, want)
		}
	}
	// A past cache must come whole: 2 KV heads of llama-tiny, not one device's 1.
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 2}, []int64{5, 6})
	in := map[string]*tensor.Tensor{models.InputIDs: ids}
	in[models.InputPositionIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, 2}, []int64{0, 1})
	in[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, 0)
	in[models.InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, 4}, []int64{1, 1, 0, 0})
	for l := 0; l < 2; l++ {
		in[models.PastKey(l)], _ = tensor.New(ir.Float32, ir.Shape{1, 3, 4, 16})
		in[models.PastValue(l)], _ = tensor.New(ir.Float32, ir.Shape{1, 3, 4, 16})
	}
	if _, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 2, Cache: 4}, in); err == nil || !strings.Contains(err.Error(), "want the whole cache") {
		t.Fatalf("past of 3 heads: %v", err)
	}
	r.SetQuantized(map[string]nn.QuantSpec{"model.layers.0.mlp.up_proj": {Bits: 4, GroupSize: 32}})
	if _, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 3}); err == nil || !strings.Contains(err.Error(), "quantized kernels on a model sharded over 2 devices are not implemented") {
		t.Fatalf("quantized sharded program: %v", err)
	}
	sharded, err := models.ShardTP(loadModel(t, dir, ""), 2)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := newRunner(t, sharded, dir, referenceBackend(), backends.CompileOptions{})
	if _, err := plain.Program(context.Background(), models.Spec{Batch: 1, Seq: 2}); err == nil || !strings.Contains(err.Error(), "NewTPRunner") {
		t.Fatalf("sharded model on interp: %v", err)
	}
}

// FuzzShardTP: any base_model_tp_plan in config.json either fails to
// parse, is refused by ShardTP, or shards into a program that builds and
// whose every parameter is the whole model's, split in n along the axis
// ShardAxis names (whole when -1); inputs other than the KV cache are the
// whole model's.
func FuzzShardTP(f *testing.F) {
	base, err := os.ReadFile(filepath.Join(fixtureDir("qwen3-tiny"), "config.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		`null`, `{}`,
		`{"layers.*.self_attn.q_proj": "colwise", "layers.*.self_attn.k_proj": "colwise", "layers.*.self_attn.v_proj": "colwise", "layers.*.self_attn.o_proj": "rowwise"}`,
		`{"layers.*.mlp.gate_proj": "local_colwise", "layers.*.mlp.up_proj": "colwise", "layers.*.mlp.down_proj": "rowwise", "norm": "replicate"}`,
		`{"layers.*.mlp.gate_proj": "packed_colwise"}`, `{"embed_tokens": "embedding_rowwise"}`, `{"layers.1.mlp.up_proj": "colwise"}`,
		`[1, 2]`, `{"a": 3}`,
	} {
		f.Add([]byte(seed), uint8(2))
	}
	f.Fuzz(func(t *testing.T, plan []byte, nb uint8) {
		n := int(nb%5) + 1
		js := strings.Replace(string(base), "{", `{"base_model_tp_plan": `+string(plan)+",", 1)
		cfg, err := models.ParseConfig([]byte(js), "ckpt/config.json")
		if err != nil {
			return
		}
		m, err := models.New(cfg, "")
		if err != nil {
			return
		}
		sm, err := models.ShardTP(m, n)
		if err != nil {
			if !strings.Contains(err.Error(), "tensor parallel") {
				t.Fatalf("error does not say where it comes from: %v", err)
			}
			return
		}
		spec := models.Spec{Batch: 1, Seq: 2, Cache: 4}
		build := func(m models.Model) *ir.Func {
			fn, err := frontend.Build("tp", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
			if err != nil {
				t.Fatalf("plan %s, n=%d: %v", plan, n, err)
			}
			return fn
		}
		whole := map[string]ir.Shape{}
		for _, p := range build(m).Params {
			whole[p.Name] = p.Type.Shape
		}
		tp := sm.(models.TensorParallel)
		for _, p := range build(sm).Params {
			want := whole[p.Name]
			got := p.Type.Shape.Clone()
			if a := tp.ShardAxis(p.Name); a >= 0 {
				got[a] *= n
			} else if strings.HasPrefix(p.Name, "past_key_values.") && got.Rank() == 4 && got[1] != want[1] {
				got[1] *= n // the KV cache, split by heads
			}
			if !got.Equal(want) {
				t.Fatalf("plan %s, n=%d: %s is %s on a device (axis %d), whole %s", plan, n, p.Name, p.Type.Shape, tp.ShardAxis(p.Name), want)
			}
		}
	})
}

// TestTPOnLLVM: with llvm compiling each device's stages (the programs cut
// at their all_reduces), TP=2 logits equal the unsharded interp run's
// within 1e-5 and greedy generation is token-exact.
func TestTPOnLLVM(t *testing.T) {
	inner := llvm.New(llvm.Options{})
	if err := inner.Available(); err != nil {
		t.Skip(err)
	}
	dir := qwen3KV4(t)
	whole, _ := newRunner(t, loadModel(t, dir, ""), dir, referenceBackend(), backends.CompileOptions{})
	ck, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	tp, err := models.NewTPRunnerOn(loadModel(t, dir, ""), ck, inner, 2, ir.Float32, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer tp.Close()
	if got := tp.Backend().Name(); got != "mesh-llvm" {
		t.Fatalf("backend %s", got)
	}
	ids, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, 4}, []int64{5, 17, 99, 3})
	ctx := context.Background()
	spec := models.Spec{Batch: 1, Seq: 4}
	want, err := whole.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	got, err := tp.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(t, "logits", got[models.OutputLogits], want[models.OutputLogits]); d > 1e-5 {
		t.Errorf("logits differ by %g", d)
	}
	var seqs [2][][]int
	for i, r := range []*models.Runner{whole, tp} {
		cfg, err := generate.LoadConfig(dir, r.Model().Config())
		if err != nil {
			t.Fatal(err)
		}
		g, err := generate.New(r, cfg)
		if err != nil {
			t.Fatal(err)
		}
		out, err := g.Generate(ctx, [][]int{{5, 17, 99, 3}}, generate.Greedy(), generate.MaxNewTokens(4))
		if err != nil {
			t.Fatal(err)
		}
		seqs[i] = out.Sequences
	}
	if !equalInts(seqs[0][0], seqs[1][0]) {
		t.Errorf("whole %v, tp2 on llvm %v", seqs[0][0], seqs[1][0])
	}
}
