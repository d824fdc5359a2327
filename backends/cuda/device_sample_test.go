package cuda

import (
	"math"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// TestDeviceInPlace: on the GPU, a donated KV cache is updated in place
// (the result's device pointer is the cache's, the whole-cache copy not
// launched), the values equal interp's, and the caching allocator serves
// a second run from the first one's blocks.
func TestDeviceInPlace(t *testing.T) {
	checkInPlaceDevice(t, requireDevice(t))
}

// TestDeviceSampler: SampleLast on the GPU at Llama-3's vocabulary
// (128256, bf16): greedy equals the host arg-max; top-k / top-p picks stay
// inside their sets (computed on the host in float64, with 1e-6 of slack
// for the order of the device's sums); each call's time is logged next to
// downloading the logits, which is what the host loop does instead.
func TestDeviceSampler(t *testing.T) {
	b := requireDevice(t)
	rng := rand.New(rand.NewSource(21))
	const rows, vocab = 8, 128256
	x := randTensor(t, rng, ir.BFloat16, rows, 1, vocab)
	buf, err := b.Upload(x)
	if err != nil {
		t.Fatal(err)
	}
	defer buf.Free()
	host := lastRows(x)
	greedy, err := b.SampleLast(buf, backends.SampleRequest{Greedy: true})
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range host {
		if want := refArgmax(row); greedy[r] != want {
			t.Errorf("row %d: greedy %d, host %d", r, greedy[r], want)
		}
	}
	const k, p, temp = 50, 0.9, 0.8
	for step := uint64(0); step < 20; step++ {
		ids, err := b.SampleLast(buf, backends.SampleRequest{Temperature: temp, TopK: k, TopP: p, Seed: 1, Step: step})
		if err != nil {
			t.Fatal(err)
		}
		for r, id := range ids {
			row := host[r]
			sorted := append([]float64(nil), row...)
			sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
			kth := sorted[k-1]
			if id < 0 || id >= vocab || row[id] < kth {
				t.Fatalf("step %d row %d: id %d (score %g) is outside the top %d (k-th %g)", step, r, id, row[id], k, kth)
			}
			var z, above float64
			for _, v := range row {
				if v >= kth {
					z += math.Exp(v/temp - sorted[0]/temp)
					if v > row[id] {
						above += math.Exp(v/temp - sorted[0]/temp)
					}
				}
			}
			if above/z >= p+1e-6 {
				t.Fatalf("step %d row %d: id %d has mass %g above it, at least top_p %g", step, r, id, above/z, p)
			}
		}
	}
	timeIt := func(name string, f func() error) {
		const n = 50
		start := time.Now()
		for i := 0; i < n; i++ {
			if err := f(); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: %v per call (%d rows x %d bf16)", name, time.Since(start)/n, rows, vocab)
	}
	timeIt("device greedy", func() error { _, err := b.SampleLast(buf, backends.SampleRequest{Greedy: true}); return err })
	timeIt("device top-k/top-p", func() error {
		_, err := b.SampleLast(buf, backends.SampleRequest{Temperature: temp, TopK: k, TopP: p})
		return err
	})
	timeIt("download of the logits", func() error { _, err := buf.Download(); return err })
	t.Logf("allocator: %+v", b.MemoryStats())
}
