package tokenizer

import (
	"testing"
	"time"
)

// TestLinearTime checks that encoding one long string scales linearly:
// 4x the text must take well under 16x (quadratic) the time. Each size is
// timed three times and the fastest run kept, to damp noise from other processes.
func TestLinearTime(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	small, large := longText(corpus, 512<<10), longText(corpus, 2<<20)
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
		t.Logf("%s: 512 KiB %v, 2 MiB %v (x%.1f)", name, ds, dl, ratio)
		if ratio > 9 {
			t.Errorf("%s: 4x the input took %.1fx the time: not linear", name, ratio)
		}
	}
}
