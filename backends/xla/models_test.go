package xla

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// The model parity tests compare the xla backend with interp on every
// fixture model of testdata/models. They skip where no plugin loads.

func fixtureModels(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join("..", "..", "testdata", "models"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no fixture models")
	}
	return out
}

func needDevice(t *testing.T) {
	t.Helper()
	if err := Default().Available(); err != nil {
		t.Skipf("xla not available: %v", err)
	}
}

func load(t *testing.T, name, backend string, dt ir.DType) *auto.Model {
	t.Helper()
	m, err := auto.Load(context.Background(), filepath.Join("..", "..", "testdata", "models", name), auto.Options{Backend: backend, DType: dt})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// tokenIDs is a deterministic (batch, seq) batch of ids below vocab.
func tokenIDs(t *testing.T, batch, seq, vocab int) *tensor.Tensor {
	ids := make([]int64, batch*seq)
	for i := range ids {
		ids[i] = int64((i*7919 + 3) % vocab)
	}
	x, err := tensor.FromInt64(ir.Int64, ir.Shape{batch, seq}, ids)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// maxRelErr is max |g-w| / max(1, |w|) over the elements, NaN aware.
func maxRelErr(t *testing.T, got, want *tensor.Tensor) float64 {
	t.Helper()
	if !got.Shape.Equal(want.Shape) {
		t.Fatalf("shape %s, want %s", got.Shape, want.Shape)
	}
	g, w := got.Float64s(), want.Float64s()
	worst := 0.0
	for i := range w {
		if math.IsNaN(g[i]) != math.IsNaN(w[i]) {
			return math.Inf(1)
		}
		if d := math.Abs(g[i]-w[i]) / math.Max(1, math.Abs(w[i])); d > worst {
			worst = d
		}
	}
	return worst
}

// relL2 is ||g-w|| / ||w||.
func relL2(got, want *tensor.Tensor) float64 {
	g, w := got.Float64s(), want.Float64s()
	var num, den float64
	for i := range w {
		num += (g[i] - w[i]) * (g[i] - w[i])
		den += w[i] * w[i]
	}
	return math.Sqrt(num / math.Max(den, 1e-300))
}

// TestModelParityF32 runs each fixture's forward pass (batch 2, 7 tokens)
// on xla and interp in float32 and compares every output within 1e-4.
func TestModelParityF32(t *testing.T) {
	needDevice(t)
	for _, name := range fixtureModels(t) {
		t.Run(name, func(t *testing.T) {
			ref := load(t, name, "interp", ir.Float32)
			got := load(t, name, "xla", ir.Float32)
			spec := models.Spec{Batch: 2, Seq: 7}
			in := map[string]*tensor.Tensor{models.InputIDs: tokenIDs(t, 2, 7, ref.Config.Common().VocabSize)}
			if _, ok := ref.Model().(models.TextEncoderDecoder); ok {
				// T5, BART: the encoder reads 5 tokens per row.
				spec.Source = 5
				in[models.InputEncoderIDs] = tokenIDs(t, 2, 5, ref.Config.Common().VocabSize)
			}
			want, err := ref.Forward(context.Background(), spec, in)
			if err != nil {
				t.Fatal(err)
			}
			have, err := got.Forward(context.Background(), spec, in)
			if err != nil {
				t.Fatal(err)
			}
			for n, w := range want {
				h, ok := have[n]
				if !ok {
					t.Errorf("xla returned no %s", n)
					continue
				}
				e := maxRelErr(t, h, w)
				t.Logf("%s: max rel err %.3g", n, e)
				if e > 1e-4 {
					t.Errorf("%s differs from interp: max rel err %.3g > 1e-4", n, e)
				}
			}
		})
	}
}

// cachedLogits runs a prefill of 4 tokens into a cache of 8 slots, then 3
// single-token decode steps, donating the cache every time, and returns
// the logits of each call.
func cachedLogits(t *testing.T, m *auto.Model) []*tensor.Tensor {
	t.Helper()
	dec := m.Model().(models.Decoder)
	layers, heads, hd := dec.CacheLayout()
	const capacity = 8
	b := m.Backend()
	cache := map[string]backends.Buffer{}
	zero, err := tensor.New(m.DType(), ir.Shape{1, heads, capacity, hd})
	if err != nil {
		t.Fatal(err)
	}
	var donate []string
	for i := 0; i < layers; i++ {
		for _, n := range []string{models.PastKey(i), models.PastValue(i)} {
			if cache[n], err = b.Upload(zero); err != nil {
				t.Fatal(err)
			}
			donate = append(donate, n)
		}
	}
	defer func() {
		for _, c := range cache {
			c.Free()
		}
	}()
	vocab := m.Config.Common().VocabSize
	mask := make([]int64, capacity)
	var out []*tensor.Tensor
	slot := 0
	for step, seq := range []int{4, 1, 1, 1} {
		spec := models.Spec{Batch: 1, Seq: seq, Cache: capacity}
		ids := make([]int64, seq)
		pos := make([]int64, seq)
		for i := range ids {
			ids[i] = int64((step*31 + i*7 + 5) % vocab)
			pos[i] = int64(slot + i)
			mask[slot+i] = 1
		}
		host := map[string]*tensor.Tensor{}
		host[models.InputIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, seq}, ids)
		host[models.InputPositionIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, seq}, pos)
		host[models.InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, capacity}, mask)
		host[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, int64(slot))
		bufs := map[string]backends.Buffer{}
		for n, x := range host {
			if bufs[n], err = b.Upload(x); err != nil {
				t.Fatal(err)
			}
		}
		for n, c := range cache {
			bufs[n] = c
		}
		res, err := m.RunBuffers(context.Background(), spec, bufs, donate)
		for n := range host {
			bufs[n].Free()
		}
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < layers; i++ {
			cache[models.PastKey(i)] = res[models.PresentKey(i)]
			cache[models.PastValue(i)] = res[models.PresentValue(i)]
		}
		lg, err := res[models.OutputLogits].Download()
		if err != nil {
			t.Fatal(err)
		}
		for n, r := range res {
			if n == models.OutputLogits || !isCacheOutput(n) {
				r.Free()
			}
		}
		out = append(out, lg)
		slot += seq
	}
	return out
}

func isCacheOutput(n string) bool {
	var i int
	var kind string
	k, _ := fmt.Sscanf(n, "present.%d.%s", &i, &kind)
	return k == 2
}

// TestCachedDecodeParity runs prefill + decode with a donated KV cache on
// both backends (float32) and compares the logits of every step.
func TestCachedDecodeParity(t *testing.T) {
	needDevice(t)
	for _, name := range fixtureModels(t) {
		t.Run(name, func(t *testing.T) {
			ref := load(t, name, "interp", ir.Float32)
			if _, ok := ref.Model().(models.Decoder); !ok {
				t.Skipf("%s has no KV cache", name)
			}
			if _, ok := ref.Model().(models.EncoderDecoder); ok {
				t.Skipf("%s's decoder takes cross-attention inputs (its model tests cover the stages)", name)
			}
			got := load(t, name, "xla", ir.Float32)
			want, have := cachedLogits(t, ref), cachedLogits(t, got)
			for i := range want {
				e := maxRelErr(t, have[i], want[i])
				t.Logf("step %d: max rel err %.3g", i, e)
				if e > 1e-4 {
					t.Errorf("step %d logits differ from interp: max rel err %.3g > 1e-4", i, e)
				}
			}
		})
	}
}

// TestBF16AgainstF32 runs decoders in bfloat16 on xla against the float32
// interp reference. bf16 keeps 8 significant bits, so logits are compared
// by relative L2 error, within 3e-2.
func TestBF16AgainstF32(t *testing.T) {
	needDevice(t)
	for _, name := range []string{"llama-tiny", "qwen2-tiny", "gpt2-tiny"} {
		t.Run(name, func(t *testing.T) {
			ref := load(t, name, "interp", ir.Float32)
			got := load(t, name, "xla", ir.BFloat16)
			spec := models.Spec{Batch: 2, Seq: 7}
			in := map[string]*tensor.Tensor{models.InputIDs: tokenIDs(t, 2, 7, ref.Config.Common().VocabSize)}
			want, err := ref.Forward(context.Background(), spec, in)
			if err != nil {
				t.Fatal(err)
			}
			have, err := got.Forward(context.Background(), spec, in)
			if err != nil {
				t.Fatal(err)
			}
			e := relL2(have[models.OutputLogits], want[models.OutputLogits])
			t.Logf("bf16 logits: relative L2 error %.3g", e)
			if e > 3e-2 {
				t.Errorf("bf16 logits: relative L2 error %.3g > 3e-2", e)
			}
		})
	}
}

// TestOneDecodeExecutable generates 24 tokens greedily, twice: the model
// programs compile once (prefill and decode, Runner.Compiles() == 2), the
// first generation compiles a bounded number of PJRT executables (the two
// programs plus generate's small helpers, never one per token) and the
// second compiles none; the tokens are interp's.
func TestOneDecodeExecutable(t *testing.T) {
	needDevice(t)
	gen := func(m *auto.Model) [][]int {
		g, err := generate.New(m.Runner, generate.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		out, err := g.Generate(context.Background(), [][]int{{5, 17, 42, 99, 3}}, generate.Greedy(), generate.MaxNewTokens(24))
		if err != nil {
			t.Fatal(err)
		}
		return out.NewTokens()
	}
	ref := load(t, "llama-tiny", "interp", ir.Float32)
	m := load(t, "llama-tiny", "xla", ir.Float32)
	before := Default().Compiles()
	toks := gen(m)
	first := Default().Compiles() - before
	if n := m.Compiles(); n != 2 {
		t.Errorf("runner compiled %d programs for one generation, want 2 (prefill, decode)", n)
	}
	if first > 4 {
		t.Errorf("PJRT compiled %d executables for one generation of %d tokens, want at most 4", first, len(toks[0]))
	}
	again := gen(m)
	if n := Default().Compiles() - before - first; n != 0 {
		t.Errorf("a second generation compiled %d more executables, want 0", n)
	}
	if m.Compiles() != 2 {
		t.Errorf("runner compiled %d programs after two generations, want 2", m.Compiles())
	}
	t.Logf("first generation: %d PJRT compiles, second: 0; %d tokens", first, len(toks[0]))
	if len(toks[0]) == 0 || len(toks[0]) > 24 {
		t.Errorf("generated %d tokens, want 1..24", len(toks[0]))
	}
	want := gen(ref)
	if fmt.Sprint(toks) != fmt.Sprint(want) || fmt.Sprint(again) != fmt.Sprint(want) {
		t.Errorf("greedy tokens differ from interp:\n got %v, then %v\nwant %v", toks, again, want)
	}
}
