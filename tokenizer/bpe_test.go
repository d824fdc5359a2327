package tokenizer

import (
	"fmt"
	"strings"
	"testing"
)

// TestBPEMergeStrategiesAgree checks the scan merge (short words) against
// the heap merge (long words) on every word of the corpus and on long
// concatenations, for a byte-level and a SentencePiece vocabulary.
func TestBPEMergeStrategiesAgree(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	tks := fixtureTokenizers(t)
	for _, name := range []string{"gpt2", "llama2"} {
		m := tks[name].model.(*bpeModel)
		words := map[string]bool{}
		for _, s := range corpus {
			for _, w := range strings.Fields(s) {
				if name == "gpt2" {
					n := newNormStr(" "+w, 0)
					byteLevelTransform(n)
					w = string(n.s)
				} else {
					w = metaSpace + w
				}
				words[w] = true
			}
		}
		words[strings.Repeat("ab", 40)] = true
		for w := range words {
			syms, err := m.initialSymbols(w)
			if err != nil || len(syms) < 2 {
				continue
			}
			a := m.mergeSmall(append([]symbol(nil), syms...))
			b := m.mergeHeap(append([]symbol(nil), syms...))
			if render(a) != render(b) {
				t.Fatalf("%s %q: scan %s heap %s", name, w, render(a), render(b))
			}
		}
	}
}

func render(syms []symbol) string {
	var sb strings.Builder
	for i := 0; i >= 0 && i < len(syms); i = int(syms[i].next) {
		fmt.Fprintf(&sb, "%d@%d+%d ", syms[i].id, syms[i].a, syms[i].n)
	}
	return sb.String()
}
