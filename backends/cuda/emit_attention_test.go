package cuda

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// attentionValue builds an Attention of q (B, Hq, Tq, D), k and v
// (B, Hkv, Tk, D or Dv) of dtype d.
func attentionValue(t *testing.T, d ir.DType, B, Hq, Hkv, Tq, Tk, D, Dv int) *ir.Value {
	t.Helper()
	f := ir.NewFunc("attn")
	q := f.Param("q", ir.T(d, B, Hq, Tq, D))
	k := f.Param("k", ir.T(d, B, Hkv, Tk, D))
	v := f.Param("v", ir.T(d, B, Hkv, Tk, Dv))
	y, err := f.Emit(ir.OpAttention, &ir.AttentionAttrs{Scale: 1, Causal: true}, ir.Pos{}, q, k, v)
	if err != nil {
		t.Fatal(err)
	}
	return y
}

func TestAttentionOK(t *testing.T) {
	for _, c := range []struct {
		d     ir.DType
		D, Dv int
		ok    bool
		tile  int
	}{
		{ir.BFloat16, 128, 128, true, 32},
		{ir.Float16, 64, 64, true, 32},
		{ir.Float32, 80, 80, true, 32},
		{ir.BFloat16, 256, 256, true, 16}, // Gemma: 16-key tiles
		{ir.Float32, 256, 256, true, 16},
		{ir.BFloat16, 296, 296, true, 16},
		{ir.BFloat16, 320, 320, false, 0}, // no tile fits 48 KiB
		{ir.Float64, 64, 64, false, 32},   // decomposed
		{ir.Float32, 0, 4, false, 32},     // empty heads: decomposed
	} {
		v := attentionValue(t, c.d, 1, 4, 2, 3, 5, c.D, c.Dv)
		if got := attentionOK(v); got != c.ok {
			t.Errorf("%s D=%d Dv=%d: attentionOK %v, want %v", c.d, c.D, c.Dv, got, c.ok)
		}
		if got := attnTileFor(c.D, c.Dv); c.tile != 0 && got != c.tile {
			t.Errorf("D=%d Dv=%d: tile %d, want %d", c.D, c.Dv, got, c.tile)
		}
		if tile := attnTileFor(c.D, c.Dv); tile > 0 && attnSmemBytes(c.D, c.Dv, tile) > attnSmemLimit {
			t.Errorf("D=%d Dv=%d: %d bytes of shared memory", c.D, c.Dv, attnSmemBytes(c.D, c.Dv, tile))
		}
	}
}

// TestPlanAttention: decode over a long cache splits its keys into whole
// tiles that cover every key exactly once; prefill and short caches do
// not split.
func TestPlanAttention(t *testing.T) {
	for _, c := range []struct {
		name                  string
		B, Hq, Hkv, Tq, Tk, D int
		split                 bool
	}{
		{"llama8b_decode", 1, 32, 8, 1, 4096, 128, true},
		{"llama1b_decode_short", 1, 32, 8, 1, 384, 64, true},
		{"batched_decode_32", 32, 32, 8, 1, 4096, 128, true},  // 256 units: 2 splits
		{"batched_decode_64", 64, 32, 8, 1, 4096, 128, false}, // 512 units already
		{"gqa_rows_over_a_block", 1, 32, 8, 4, 4096, 128, false},
		{"prefill", 1, 32, 8, 2048, 2048, 128, false},
		{"one_tile_of_keys", 1, 8, 8, 1, 40, 64, false},
	} {
		s := planAttention(attentionValue(t, ir.BFloat16, c.B, c.Hq, c.Hkv, c.Tq, c.Tk, c.D, c.D))
		if (s.splits > 1) != c.split {
			t.Errorf("%s: %d splits, want split %v", c.name, s.splits, c.split)
		}
		if s.splits > 1 && (s.chunk%s.tile != 0 || s.splits*s.chunk < c.Tk || (s.splits-1)*s.chunk >= c.Tk) {
			t.Errorf("%s: %d splits of %d keys do not cover %d keys exactly", c.name, s.splits, s.chunk, c.Tk)
		}
		if s.splits == 1 && s.chunk < c.Tk {
			t.Errorf("%s: one split of %d keys < %d", c.name, s.chunk, c.Tk)
		}
	}
}

func TestVecBytes(t *testing.T) {
	for _, c := range []struct{ n, es, want int }{
		{4096, 2, 16}, {37, 2, 2}, {44, 2, 8}, {22, 2, 4}, {64, 4, 16}, {30, 4, 8}, {13, 4, 4}, {7, 1, 1}, {12, 1, 4},
	} {
		if got := vecBytes(c.n, c.es); got != c.want {
			t.Errorf("vecBytes(%d, %d) = %d, want %d", c.n, c.es, got, c.want)
		}
	}
}
