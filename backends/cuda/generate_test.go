package cuda

import (
	"context"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	kgen "github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
)

// TestGenerateDeviceSamplingEmulated: on the emulated backend (a
// backends.DeviceSampler, as the real one) generate picks the ids on the
// device — prefill and every step, only the ids copied back — and greedy
// generation, with and without a repetition penalty, equals the host
// loop (HostSampling) and interp token for token on a ragged batch.
// Sampling on the device is reproducible for a seed and stays inside
// top-k's tokens' vocabulary.
func TestGenerateDeviceSamplingEmulated(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the model's modules with the host C++ compiler")
	}
	be, err := backends.Get("cuda-emulated")
	if err != nil {
		t.Fatal(err)
	}
	if err := be.Available(); err != nil {
		t.Skip(err)
	}
	emu := be.(*emuBackend)
	ge, gi := loadLlamaTiny(t, "cuda-emulated"), loadLlamaTiny(t, "interp")
	layers, _, _ := ge.Runner.Model().(models.Decoder).CacheLayout()
	prompts := [][]int{{1, 15, 27, 3, 9}, {1, 8, 8}}
	ctx := context.Background()
	for _, opts := range [][]kgen.Option{
		{kgen.MaxNewTokens(6), kgen.Greedy()},
		{kgen.MaxNewTokens(6), kgen.Greedy(), kgen.RepetitionPenalty(1.8)},
	} {
		before, skippedBefore := emu.samples.Load(), emu.skipped.Load()
		dev, err := ge.Generate(ctx, prompts, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if calls := emu.samples.Load() - before; calls != 6 {
			t.Errorf("the device sampler ran %d times for 6 new tokens", calls)
		}
		// The cached stepper donates the cache: every run (the prefill and
		// 5 steps) updates each layer's keys and values in place, the
		// whole-cache copies not launched.
		if skipped, want := emu.skipped.Load()-skippedBefore, int64(6*2*layers); skipped != want {
			t.Errorf("%d cache copies skipped in 6 runs, want %d (2 per layer per run)", skipped, want)
		}
		before = emu.samples.Load()
		host, err := ge.Generate(ctx, prompts, append(opts, kgen.HostSampling())...)
		if err != nil {
			t.Fatal(err)
		}
		if calls := emu.samples.Load() - before; calls != 0 {
			t.Errorf("HostSampling still sampled on the device (%d calls)", calls)
		}
		ref, err := gi.Generate(ctx, prompts, opts...)
		if err != nil {
			t.Fatal(err)
		}
		for r := range prompts {
			if !equalInts(dev.Sequences[r], host.Sequences[r]) || !equalInts(dev.Sequences[r], ref.Sequences[r]) {
				t.Errorf("row %d: device %v, host loop %v, interp %v", r, dev.Sequences[r], host.Sequences[r], ref.Sequences[r])
			}
		}
	}
	sampleOpts := []kgen.Option{kgen.MaxNewTokens(5), kgen.Sample(7), kgen.TopK(4), kgen.Temperature(0.9), kgen.TopP(0.95)}
	before := emu.samples.Load()
	a, err := ge.Generate(ctx, prompts, sampleOpts...)
	if err != nil {
		t.Fatal(err)
	}
	if emu.samples.Load() == before {
		t.Error("sampling did not use the device sampler")
	}
	b, err := ge.Generate(ctx, prompts, sampleOpts...)
	if err != nil {
		t.Fatal(err)
	}
	for r := range prompts {
		if !equalInts(a.Sequences[r], b.Sequences[r]) {
			t.Errorf("row %d: the same seed gave %v and %v", r, a.Sequences[r], b.Sequences[r])
		}
	}
	// A warper the device does not apply keeps the host loop.
	before = emu.samples.Load()
	if _, err := ge.Generate(ctx, prompts, append(sampleOpts, kgen.MinP(0.1))...); err != nil {
		t.Fatal(err)
	}
	if calls := emu.samples.Load() - before; calls != 0 {
		t.Errorf("min_p sampled on the device (%d calls)", calls)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// loadLlamaTiny loads testdata's llama-tiny on the named backend as a
// generator, closed when the test ends.
func loadLlamaTiny(t *testing.T, backend string) *kgen.Generator {
	t.Helper()
	m, err := auto.Load(context.Background(), "../../testdata/models/llama-tiny", auto.Options{Backend: backend})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	g, err := kgen.Load(m.Runner, m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
