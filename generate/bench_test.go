package generate_test

import (
	"context"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

// BenchmarkGreedyDecode measures a warm greedy generation of 32 tokens for
// one qwen2-tiny prompt on interp (programs compiled before the timer);
// the tokens/s metric counts generated tokens.
func BenchmarkGreedyDecode(b *testing.B) {
	ref := readReference(b, "qwen2-tiny")
	g := loadGenerator(b, "qwen2-tiny")
	opts := []generate.Option{generate.MaxNewTokens(32), generate.EOSTokenIDs()}
	if _, err := g.Generate(context.Background(), ref.Prompts[:1], opts...); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := g.Generate(context.Background(), ref.Prompts[:1], opts...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(32*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
