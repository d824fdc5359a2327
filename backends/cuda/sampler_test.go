package cuda

import (
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"sort"
	"sync"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

var (
	samplerEmuOnce sync.Once
	samplerEmu     emuModule
	samplerEmuErr  error
)

// emuSample runs the sampler kernels in the CPU emulation on logits (a
// host tensor standing for device memory), as SampleLast launches them.
func emuSample(t *testing.T, logits *tensor.Tensor, req backends.SampleRequest) []int {
	t.Helper()
	ids, err := emulated(t).sample(logits, req)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// SampleLast makes the emulated backend a backends.DeviceSampler, as the
// real one is.
func (e *emuBackend) SampleLast(logits backends.Buffer, req backends.SampleRequest) ([]int, error) {
	b, ok := logits.(*emuBuffer)
	if !ok || b.freed {
		return nil, fmt.Errorf("sample: the logits are not a live emulated buffer")
	}
	e.samples.Add(1)
	return e.sample(&tensor.Tensor{DType: b.t.DType, Shape: b.t.Shape, Data: b.data}, req)
}

func (e *emuBackend) sample(logits *tensor.Tensor, req backends.SampleRequest) ([]int, error) {
	samplerEmuOnce.Do(func() {
		var mods []emuModule
		if mods, samplerEmuErr = buildEmulation(e.cxx, []string{samplerSource}); samplerEmuErr == nil {
			samplerEmu = mods[0]
		}
	})
	if samplerEmuErr != nil {
		return nil, samplerEmuErr
	}
	l, err := planSample(logits.Type(), req)
	if err != nil {
		return nil, err
	}
	fn, err := purego.Dlsym(samplerEmu.lib, samplerEmu.prefix+l.kernel)
	if err != nil {
		return nil, err
	}
	scratch := make([]byte, 4*l.rows*l.vocab+8)
	out := make([]byte, 8*l.rows)
	for i := range out {
		out[i] = 0xa5
	}
	var pin runtime.Pinner
	defer pin.Unpin()
	ptr := func(b []byte) unsafe.Pointer {
		if len(b) == 0 {
			return nil
		}
		pin.Pin(&b[0])
		return unsafe.Pointer(&b[0])
	}
	ptrs := []unsafe.Pointer{ptr(logits.Data), ptr(l.params), ptr(l.history), ptr(scratch), ptr(out)}
	pin.Pin(&ptrs[0])
	emuLaunchMu.Lock()
	defer emuLaunchMu.Unlock()
	// Two blocks of two warps: the rows loop over the grid, the block
	// reductions cross warps.
	samplerEmu.launch(fn, int32(len(ptrs)), unsafe.Pointer(&ptrs[0]), int32(min(l.rows, 2)), 64)
	return l.ids(out), nil
}

// lastRows returns the last position's scores of every row in float64.
func lastRows(x *tensor.Tensor) [][]float64 {
	sh := x.Shape
	v := sh[len(sh)-1]
	per := x.Shape.NumElements() / sh[0]
	all := x.Float64s()
	rows := make([][]float64, sh[0])
	for r := range rows {
		rows[r] = all[r*per+per-v : (r+1)*per]
	}
	return rows
}

// refArgmax: first index of the largest, a NaN first.
func refArgmax(row []float64) int {
	best := 0
	for i, x := range row {
		b := row[best]
		if math.IsNaN(b) {
			break
		}
		if math.IsNaN(x) || x > b {
			best = i
		}
	}
	return best
}

// refPenalty applies the repetition penalty in float32 as the host's
// RepetitionPenaltyProcessor.
func refPenalty(row []float64, hist []int, p float32) []float64 {
	out := append([]float64(nil), row...)
	for _, id := range hist {
		if id < 0 || id >= len(row) {
			continue
		}
		x := float32(row[id])
		if x < 0 {
			out[id] = float64(x * p)
		} else {
			out[id] = float64(x / p)
		}
	}
	return out
}

func randomLogits(t *testing.T, rng *rand.Rand, d ir.DType, shape ir.Shape, levels int) *tensor.Tensor {
	vals := make([]float64, shape.NumElements())
	for i := range vals {
		vals[i] = float64(rng.Intn(levels)-levels/2) / 4 // coarse: many ties
	}
	x, err := tensor.FromFloat64(d, shape, vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSampleGreedyEmulated: greedy picks equal the host's arg-max of the
// last position (first index on ties, a NaN wins) in f32, f16 and bf16,
// with and without a repetition penalty (duplicate and out-of-vocabulary
// history ids included).
func TestSampleGreedyEmulated(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for _, d := range []ir.DType{ir.Float32, ir.Float16, ir.BFloat16} {
		x := randomLogits(t, rng, d, ir.Shape{5, 2, 300}, 40)
		rows := lastRows(x)
		nan, _ := tensor.FromFloat64(d, nil, []float64{math.NaN()})
		w := d.Size()
		copy(x.Data[(3*600+300+17)*w:], nan.Data) // row 3: a NaN at 17
		rows = lastRows(x)
		got := emuSample(t, x, backends.SampleRequest{Greedy: true})
		for r, row := range rows {
			if want := refArgmax(row); got[r] != want {
				t.Errorf("%s row %d: greedy %d, host %d", d, r, got[r], want)
			}
		}
		if got[3] != 17 {
			t.Errorf("%s: the NaN did not win: %d", d, got[3])
		}
		hist := [][]int{{got[0], got[0], 5}, {}, {got[2], -1, 1000, got[2]}, nil, {got[4]}}
		req := backends.SampleRequest{Greedy: true, RepetitionPenalty: 1.7, History: hist}
		pen := emuSample(t, x, req)
		changed := 0
		for r, row := range rows {
			want := refArgmax(refPenalty(row, hist[r], 1.7))
			if pen[r] != want {
				t.Errorf("%s row %d: greedy with penalty %d, host %d", d, r, pen[r], want)
			}
			if pen[r] != got[r] {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("%s: the penalty changed no pick (the test does not test it)", d)
		}
	}
}

// sameRows is rows copies of one (1, V) row, as a (rows, V) tensor.
func sameRows(t *testing.T, row []float64, rows int) *tensor.Tensor {
	vals := make([]float64, 0, rows*len(row))
	for r := 0; r < rows; r++ {
		vals = append(vals, row...)
	}
	x, err := tensor.FromFloat64(ir.Float32, ir.Shape{rows, len(row)}, vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// probs is softmax(row / temp) in float64.
func probs(row []float64, temp float64) []float64 {
	m := math.Inf(-1)
	for _, x := range row {
		m = math.Max(m, x/temp)
	}
	p := make([]float64, len(row))
	var z float64
	for i, x := range row {
		p[i] = math.Exp(x/temp - m)
		z += p[i]
	}
	for i := range p {
		p[i] /= z
	}
	return p
}

// checkFrequencies: the picks' counts are within 5 standard deviations
// of n·p for every index, and an index of probability 0 is never picked.
func checkFrequencies(t *testing.T, name string, picks []int, p []float64) {
	t.Helper()
	counts := make([]int, len(p))
	for _, id := range picks {
		if id < 0 || id >= len(p) {
			t.Fatalf("%s: id %d out of range", name, id)
		}
		counts[id]++
	}
	n := float64(len(picks))
	for i, c := range counts {
		mean, sd := n*p[i], math.Sqrt(n*p[i]*(1-p[i]))
		if p[i] == 0 && c > 0 || math.Abs(float64(c)-mean) > 5*sd+1 {
			t.Errorf("%s: index %d picked %d times of %d, expected %.1f ± %.1f", name, i, c, len(picks), mean, sd)
		}
	}
}

// TestSampleDistributionEmulated: with temperature only, the picks of
// many rows (independent draws: the row is part of the counter) follow
// softmax(scores / T); the same (seed, step) gives the same picks, another
// step others.
func TestSampleDistributionEmulated(t *testing.T) {
	row := []float64{1, 0.5, -1, 2, 0, 1.5, -3, 0.25}
	x := sameRows(t, row, 2000)
	req := backends.SampleRequest{Temperature: 0.8, Seed: 42, Step: 3}
	picks := emuSample(t, x, req)
	checkFrequencies(t, "temperature 0.8", picks, probs(row, 0.8))
	again := emuSample(t, x, req)
	req.Step++
	other := emuSample(t, x, req)
	same, differ := true, 0
	for i := range picks {
		same = same && picks[i] == again[i]
		if picks[i] != other[i] {
			differ++
		}
	}
	if !same {
		t.Error("the same seed and step gave different picks")
	}
	if differ < 500 {
		t.Errorf("the next step changed only %d of 2000 picks", differ)
	}
}

// TestSampleTopKTopPEmulated: top-k never returns an id outside the k
// largest scores (ties at the k-th count as inside), top-p never one
// whose mass strictly above it reaches p, and the kept ids follow the
// renormalized distribution.
func TestSampleTopKTopPEmulated(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	row := make([]float64, 300)
	for i := range row {
		row[i] = math.Round(rng.NormFloat64()*8) / 4
	}
	const n = 400 // rows per setting: 5-sigma frequency checks; 800 cost 21 s of emulation in CI
	x := sameRows(t, row, n)
	sorted := append([]float64(nil), row...)
	sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
	for _, k := range []int{1, 3, 20} {
		picks := emuSample(t, x, backends.SampleRequest{Temperature: 0.7, TopK: k, Seed: 9})
		kth := sorted[k-1]
		p := probs(row, 0.7)
		var z float64
		for i := range p {
			if row[i] < kth {
				p[i] = 0
			}
			z += p[i]
		}
		for i := range p {
			p[i] /= z
		}
		checkFrequencies(t, "top-k", picks, p)
	}
	for _, topP := range []float64{0.05, 0.5, 0.9} {
		for _, k := range []int{0, 10} {
			picks := emuSample(t, x, backends.SampleRequest{TopP: topP, TopK: k, Seed: 17, Step: 2})
			p := probs(row, 1)
			if k > 0 {
				var z float64
				for i := range p {
					if row[i] < sorted[k-1] {
						p[i] = 0
					}
					z += p[i]
				}
				for i := range p {
					p[i] /= z
				}
			}
			// HF: kept iff the mass strictly above the score is below p.
			var z float64
			for i := range p {
				var above float64
				for j := range p {
					if row[j] > row[i] {
						above += p[j]
					}
				}
				if above >= topP {
					p[i] = 0
				}
				z += p[i]
			}
			for i := range p {
				p[i] /= z
			}
			checkFrequencies(t, "top-p", picks, p)
		}
	}
}

// TestPlanSampleErrors: what the sampler refuses, by name.
func TestPlanSampleErrors(t *testing.T) {
	for name, c := range map[string]struct {
		t   ir.Type
		req backends.SampleRequest
	}{
		"int logits":   {ir.T(ir.Int32, 2, 5), backends.SampleRequest{}},
		"1-d":          {ir.T(ir.Float32, 5), backends.SampleRequest{}},
		"empty vocab":  {ir.T(ir.Float32, 2, 0), backends.SampleRequest{}},
		"history rows": {ir.T(ir.Float32, 2, 5), backends.SampleRequest{History: [][]int{{1}}}},
		"top_k":        {ir.T(ir.Float32, 2, 5), backends.SampleRequest{TopK: -1}},
		"top_p":        {ir.T(ir.Float32, 2, 5), backends.SampleRequest{TopP: 1.5}},
		"temperature":  {ir.T(ir.Float32, 2, 5), backends.SampleRequest{Temperature: -1}},
	} {
		if _, err := planSample(c.t, c.req); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
