package tokenizer

import (
	"testing"
	"time"
)

// TestLinearTime checks that encoding one long string does not scale
// quadratically: 16x the text takes 16x the time when linear and 256x when
// quadratic; the test fails above 64x. The gap between the two is wide on
// purpose — this is a complexity check, not a timing goal, and it must not
// flake on a loaded 2-core machine (with 4x the text and a 9x threshold, GC
// and a busy neighbour once pushed a linear encoder to 9.2x). Each size is
// timed three times and the fastest run kept.
func TestLinearTime(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	small, large := longText(corpus, 128<<10), longText(corpus, 2<<20)
	for name, tk := range fixtureTokenizers(t) {
		best := func(s string) time.Duration {
			d := time.Duration(1 << 62)
			for i := 0; i < 3; i++ {
				t0 := time.Now()
				if _, err := tk.Encode(s); err != nil {
					t.Fatal(err)
				}
				d = min(d, time.Since(t0))
			}
			return d
		}
		ds, dl := best(small), best(large)
		ratio := float64(dl) / float64(ds)
		t.Logf("%s: 128 KiB %v, 2 MiB %v (x%.1f)", name, ds, dl, ratio)
		if ratio > 64 {
			t.Errorf("%s: 16x the input took %.1fx the time: not linear", name, ratio)
		}
	}
}
