package models_test

import (
	"context"
	"fmt"
	"math"
	"sort"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// cacheTol bounds |cached - recomputed| logits: both are kiln in float32,
// the cached run only attends over a longer, masked key buffer.
const cacheTol = 1e-5

// cacheCapacity is the KV cache length of the cached programs:
// generate.DefaultBucket, the capacity generate gives a fixture's short
// generations, so the one-token decode program is the one generate's
// parity tests compile.
const cacheCapacity = 64

// TestCacheMatchesRecompute runs checkCacheMatchesRecompute for every
// decoder family (mistral's 24-token prompt is longer than its window of 8)
// on every parity backend.
func TestCacheMatchesRecompute(t *testing.T) {
	forEachDecoder(t, checkCacheMatchesRecompute)
}

// checkCacheMatchesRecompute decodes a left-padded batch of two prompts of
// different lengths (the fixture's longest prompt, and at most 6 tokens of
// the other) with the KV cache and compares the logits at every real token
// with a full recompute of the whole sequence, within cacheTol. Two
// schedules: one token per step from an empty cache, and a 4-token prefill
// followed by one-token steps (what generation does). The cache has
// cacheCapacity slots, those past the sequence masked as never written;
// within the sequence the attention mask covers every slot (future slots
// are hidden by causality).
//
// The shapes are those other tests compile anyway, so that a cold
// go test ./... builds each program once (the llvm module cache is shared
// across packages): the recompute is TestDecoderParity's padded batch
// (the longest prompt's length), and the one-token step is generate's
// greedy decode step (batch 2, cacheCapacity slots).
func checkCacheMatchesRecompute(t *testing.T, fixture string, be backends.Backend) {
	ref := readReference[decoderRef](t, fixture)
	cacheMatchesRecompute(t, openRunner(t, fixture, be), ref.Prompts)
}

// cacheMatchesRecompute is checkCacheMatchesRecompute for the model of r
// and two or more prompts.
func cacheMatchesRecompute(t *testing.T, r *models.Runner, refPrompts [][]int64) {
	dec, ok := r.Model().(models.Decoder)
	if !ok {
		t.Fatalf("%s does not implement models.Decoder", r.Model().Arch())
	}

	prompts := append([][]int64(nil), refPrompts...)
	if len(prompts) < 2 {
		t.Fatalf("fixture has %d prompts, want 2", len(prompts))
	}
	sort.Slice(prompts, func(i, j int) bool { return len(prompts[i]) > len(prompts[j]) })
	long := len(prompts[0])
	short := min(6, len(prompts[1]), long-2)
	n, capacity := long, cacheCapacity
	if n+2 > capacity {
		t.Fatalf("prompt of %d tokens: the cache of %d slots keeps fewer than 2 unwritten", n, capacity)
	}
	const batch = 2

	// Row 0 is the long prompt, row 1 the short one padded on the left.
	ids := make([]int64, batch*n)
	mask := make([]int64, batch*n)
	for j := 0; j < n; j++ {
		ids[j], mask[j] = prompts[0][j], 1
		if p := j - (n - short); p >= 0 {
			ids[n+j], mask[n+j] = prompts[1][p], 1
		}
	}
	pos := models.PositionIDs(mask, batch, n)
	full := mustForward(t, r, models.Spec{Batch: batch, Seq: n}, map[string]*tensor.Tensor{
		models.InputIDs:           i64(t, ids, batch, n),
		models.InputAttentionMask: i64(t, mask, batch, n),
		models.InputPositionIDs:   i64(t, pos, batch, n),
	})
	want := full[models.OutputLogits] // (B, n, V)
	vocab := want.Shape[2]

	// The cache's attention mask spans its capacity: the sequence's mask,
	// then zeros for the slots never written.
	cacheMask := make([]int64, batch*capacity)
	for b := 0; b < batch; b++ {
		copy(cacheMask[b*capacity:], mask[b*n:(b+1)*n])
	}
	layers, kvHeads, headDim := dec.CacheLayout()

	for _, prefill := range []int{1, 4} {
		t.Run(fmt.Sprintf("prefill%d", prefill), func(t *testing.T) {
			past := map[string]*tensor.Tensor{}
			for i := 0; i < layers; i++ {
				for _, name := range []string{models.PastKey(i), models.PastValue(i)} {
					z, err := tensor.New(r.DType(), ir.Shape{batch, kvHeads, capacity, headDim})
					if err != nil {
						t.Fatal(err)
					}
					past[name] = z
				}
			}
			bad := 0
			for start := 0; start < n; {
				seq := 1
				if start == 0 {
					seq = prefill
				}
				in := map[string]*tensor.Tensor{
					models.InputIDs:           i64(t, columns(ids, n, start, seq), batch, seq),
					models.InputPositionIDs:   i64(t, columns(pos, n, start, seq), batch, seq),
					models.InputAttentionMask: i64(t, cacheMask, batch, capacity),
					models.InputCachePosition: i64(t, []int64{int64(start)}),
				}
				for k, v := range past {
					in[k] = v
				}
				out := mustForward(t, r, models.Spec{Batch: batch, Seq: seq, Cache: capacity}, in)
				for i := 0; i < layers; i++ {
					past[models.PastKey(i)] = out[models.PresentKey(i)]
					past[models.PastValue(i)] = out[models.PresentValue(i)]
				}
				got := out[models.OutputLogits].Float64s() // (B, seq, V)
				all := want.Float64s()
				for b := 0; b < batch; b++ {
					for s := 0; s < seq; s++ {
						p := start + s
						if mask[b*n+p] == 0 {
							continue
						}
						g := got[(b*seq+s)*vocab : (b*seq+s+1)*vocab]
						w := all[(b*n+p)*vocab : (b*n+p+1)*vocab]
						for v := range g {
							if d := math.Abs(g[v] - w[v]); !(d <= cacheTol) {
								if bad++; bad <= 5 {
									t.Errorf("row %d position %d logit %d: cached %.7f, recomputed %.7f", b, p, v, g[v], w[v])
								}
							}
						}
					}
				}
				start += seq
			}
		})
	}
}

func mustForward(t *testing.T, r *models.Runner, spec models.Spec, in map[string]*tensor.Tensor) map[string]*tensor.Tensor {
	t.Helper()
	out, err := r.Forward(context.Background(), spec, in)
	if err != nil {
		t.Fatalf("spec %s: %v", spec, err)
	}
	return out
}

// i64 wraps vals as an int64 tensor of shape dims.
func i64(t *testing.T, vals []int64, dims ...int) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromInt64(ir.Int64, ir.Shape(dims), vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// columns returns columns [start, start+k) of a row-major (rows, n) matrix.
func columns(m []int64, n, start, k int) []int64 {
	var out []int64
	for r := 0; r < len(m)/n; r++ {
		out = append(out, m[r*n+start:r*n+start+k]...)
	}
	return out
}
