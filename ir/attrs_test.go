package ir

import "testing"

func TestAttentionOptionalArgs(t *testing.T) {
	for _, c := range []struct {
		a                AttentionAttrs
		mask, pos, sinks int
	}{
		{AttentionAttrs{}, -1, -1, -1},
		{AttentionAttrs{HasMask: true}, 3, -1, -1},
		{AttentionAttrs{HasPositions: true}, -1, 3, -1},
		{AttentionAttrs{HasSinks: true}, -1, -1, 3},
		{AttentionAttrs{HasMask: true, HasSinks: true}, 3, -1, 4},
		{AttentionAttrs{HasMask: true, HasPositions: true, HasSinks: true}, 3, 4, 5},
	} {
		m, p, s := c.a.OptionalArgs()
		if m != c.mask || p != c.pos || s != c.sinks {
			t.Errorf("%+v: got %d %d %d, want %d %d %d", c.a, m, p, s, c.mask, c.pos, c.sinks)
		}
	}
}

func TestLinearCrossEntropyChunkRows(t *testing.T) {
	for _, c := range []struct {
		chunk, n, v, want int
	}{
		{0, 4096, 128256, 64},  // Llama-3: 64 rows of 128256 f32 logits = 31.3 MiB
		{0, 4096, 50257, 160},  // GPT-2: 166 rows fit, rounded down to a multiple of 8
		{0, 512, 50257, 128},   // GPT-2, 4x128 tokens: 4 even chunks, not 3 of 160 and 32
		{0, 500, 50257, 128},   // evened out, rounded up to a multiple of 8: 3 of 128 and 116
		{0, 330, 50257, 112},   // 3 chunks of at most 160: 110 each, rounded up to 112
		{0, 7, 5_000_000, 1},   // one row per chunk stays one
		{0, 10, 128256, 10},    // fewer rows than a chunk: one chunk
		{0, 100, 5_000_000, 1}, // a row's logits above the target: one row per chunk
		{0, 0, 128256, 0},      // no rows, no chunks
		{0, 5, 0, 5},           // an empty vocabulary
		{3, 7, 128256, 3},      // chunk_rows set
		{100, 7, 10, 7},        // capped at N
	} {
		a := LinearCrossEntropyAttrs{ChunkRows: c.chunk}
		if got := a.ChunkRowsFor(c.n, c.v); got != c.want {
			t.Errorf("chunk_rows=%d N=%d V=%d: %d rows per chunk, want %d", c.chunk, c.n, c.v, got, c.want)
		}
	}
}

func TestLinearCrossEntropyGradChunkRows(t *testing.T) {
	for _, c := range []struct {
		chunk, n, v, c, want int
	}{
		{0, 16384, 50257, 768, 2736},   // GPT-2 124M, 16x1024 tokens: 4*768 rows bound, 6 even chunks
		{0, 16384, 128256, 4096, 2048}, // Llama-3 8B: 1 GiB of logits bounds it (2088 rows), 8 even chunks
		{0, 512, 50257, 768, 256},      // GPT-2, 4x128 tokens: two chunks, never the whole logits
		{0, 4096, 128256, 16, 64},      // a tiny hidden size: never fewer rows than the forward's 64
		{0, 12, 96, 32, 12},            // a tiny model: one chunk, as the forward
		{0, 1024, 128256, 2048, 512},   // Llama-3.2-1B, 2x512 tokens: two chunks
		{0, 0, 50257, 768, 0},          // no rows
		{3, 16384, 50257, 768, 3},      // chunk_rows set
		{0, 100, 500_000_000, 4096, 1}, // a row's logits above both targets: one row per chunk
	} {
		a := LinearCrossEntropyAttrs{ChunkRows: c.chunk}
		if got := a.GradChunkRowsFor(c.n, c.v, c.c); got != c.want {
			t.Errorf("chunk_rows=%d N=%d V=%d C=%d: %d rows per gradient chunk, want %d", c.chunk, c.n, c.v, c.c, got, c.want)
		}
	}
}

func TestLinearCrossEntropyShapeRule(t *testing.T) {
	p := func(dt DType, dims ...int) *Value { return &Value{Op: OpParameter, Type: T(dt, dims...)} }
	h, w, y := p(BFloat16, 6, 4), p(BFloat16, 10, 4), p(Int64, 6)
	ok := &LinearCrossEntropyAttrs{IgnoreIndex: -100}
	for _, c := range []struct {
		name  string
		attrs *LinearCrossEntropyAttrs
		args  []*Value
		want  Type // zero: an error
	}{
		{"bf16", ok, []*Value{h, w, y}, T(Float32, 6)},
		{"bias", ok, []*Value{h, w, y, p(BFloat16, 10)}, T(Float32, 6)},
		{"f64", ok, []*Value{p(Float64, 6, 4), p(Float64, 10, 4), p(Int32, 6)}, T(Float64, 6)},
		{"integer h", ok, []*Value{p(Int32, 6, 4), p(Int32, 10, 4), y}, Type{}},
		{"h rank 3", ok, []*Value{p(BFloat16, 2, 3, 4), w, y}, Type{}},
		{"w dtype", ok, []*Value{h, p(Float32, 10, 4), y}, Type{}},
		{"w width", ok, []*Value{h, p(BFloat16, 10, 5), y}, Type{}},
		{"float labels", ok, []*Value{h, w, p(Float32, 6)}, Type{}},
		{"labels length", ok, []*Value{h, w, p(Int64, 5)}, Type{}},
		{"bias length", ok, []*Value{h, w, y, p(BFloat16, 9)}, Type{}},
		{"negative chunk_rows", &LinearCrossEntropyAttrs{ChunkRows: -1}, []*Value{h, w, y}, Type{}},
	} {
		got, err := InferType(OpLinearCrossEntropy, c.attrs, c.args)
		switch {
		case c.want.DType == Invalid && err == nil:
			t.Errorf("%s: got %s, want an error", c.name, got)
		case c.want.DType != Invalid && (err != nil || !got.Equal(c.want)):
			t.Errorf("%s: got %s, %v; want %s", c.name, got, err, c.want)
		}
	}
}
