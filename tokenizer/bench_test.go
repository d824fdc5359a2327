package tokenizer

import (
	"strings"
	"testing"
)

func benchCorpus(b *testing.B) ([]string, int) {
	var corpus []string
	readGzJSON(b, "testdata/corpus_shared.json.gz", &corpus)
	n := 0
	for _, s := range corpus {
		n += len(s)
	}
	return corpus, n
}

// BenchmarkEncode is single-thread throughput on the shared corpus (one
// Encode per text, offsets included).
func BenchmarkEncode(b *testing.B) {
	corpus, n := benchCorpus(b)
	for _, name := range []string{"llama2", "llama3", "qwen3", "gpt2", "bert"} {
		tk := fixtureTokenizers(b)[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				for _, s := range corpus {
					if _, err := tk.Encode(s); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkEncodeBatch is EncodeBatch over the whole corpus (all cores).
func BenchmarkEncodeBatch(b *testing.B) {
	corpus, n := benchCorpus(b)
	for _, name := range []string{"llama2", "llama3", "qwen3", "gpt2", "bert"} {
		tk := fixtureTokenizers(b)[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				if _, err := tk.EncodeBatch(corpus); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLongString encodes one 10 MB string built from the corpus; the
// time per byte must not grow with the length (see TestLinearTime).
func BenchmarkLongString(b *testing.B) {
	corpus, _ := benchCorpus(b)
	long := longText(corpus, 10<<20)
	for _, name := range []string{"llama2", "llama3", "qwen3", "gpt2", "bert"} {
		tk := fixtureTokenizers(b)[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(long)))
			for i := 0; i < b.N; i++ {
				if _, err := tk.Encode(long); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func longText(corpus []string, size int) string {
	var sb strings.Builder
	for sb.Len() < size {
		for _, s := range corpus {
			sb.WriteString(s)
			sb.WriteByte(' ')
			if sb.Len() >= size {
				break
			}
		}
	}
	return sb.String()[:size]
}
