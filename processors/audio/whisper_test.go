package audio

import (
	"math"
	"math/rand/v2"
	"testing"
)

func loadTinyExtractor(t *testing.T) *WhisperFeatureExtractor {
	t.Helper()
	cfg, err := LoadWhisperConfig("testdata/whisper_tiny_preprocessor_config.json")
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestWhisperFeaturesMatchTransformers compares the features of the
// whisper-tiny fixture's audio.wav with transformers' input_features.
func TestWhisperFeaturesMatchTransformers(t *testing.T) {
	e := loadTinyExtractor(t)
	samples, rate, err := Load("testdata/whisper_tiny_audio.wav", LoadOptions{SampleRate: e.Config.SamplingRate})
	if err != nil {
		t.Fatal(err)
	}
	if rate != 16000 || len(samples) != 32000 {
		t.Fatalf("decoded %d samples at %d Hz, want 32000 at 16000", len(samples), rate)
	}
	got, err := e.ExtractTensor(samples, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, shape, err := readNpyFloat32("testdata/whisper_tiny_input_features.npy.gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(shape) != 3 || shape[0] != got.Shape[0] || shape[1] != got.Shape[1] || shape[2] != got.Shape[2] {
		t.Fatalf("shape %v, transformers %v", got.Shape, shape)
	}
	g := got.Float32s()
	var worst float64
	at := 0
	for i := range want {
		if d := math.Abs(float64(g[i] - want[i])); d > worst {
			worst, at = d, i
		}
	}
	t.Logf("max |kiln - transformers| = %.3g at mel %d frame %d", worst, at/3000, at%3000)
	if worst > 1e-4 {
		t.Fatalf("features differ by %.3g at mel %d frame %d (kiln %v, transformers %v)", worst, at/3000, at%3000, g[at], want[at])
	}
}

// TestWhisperEmptyClip: transformers pads an empty waveform to 30 s of
// padding_value, whose features are log10(1e-10) floored and scaled: -1.5.
func TestWhisperEmptyClip(t *testing.T) {
	e := loadTinyExtractor(t)
	for _, in := range [][]float32{nil, {}} {
		got, err := e.Extract(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 80*3000 {
			t.Fatalf("len %d, want %d", len(got), 80*3000)
		}
		for i, v := range got {
			if v != -1.5 {
				t.Fatalf("feature %d = %v, want -1.5", i, v)
			}
		}
	}
}

// TestWhisperTruncatesToChunk: samples past n_samples are ignored.
func TestWhisperTruncatesToChunk(t *testing.T) {
	e := loadTinyExtractor(t)
	rng := rand.New(rand.NewPCG(1, 2))
	long := make([]float32, e.NumSamples()+5000)
	for i := range long {
		long[i] = float32(rng.NormFloat64() * 0.1)
	}
	a, err := e.Extract(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.Extract(long[:e.NumSamples()], Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("feature %d differs: %v vs %v", i, a[i], b[i])
		}
	}
}

// TestWhisper128Mel checks the large-v3 shape and that no mel filter is
// empty (transformers warns when one is).
func TestWhisper128Mel(t *testing.T) {
	cfg := DefaultWhisperConfig()
	cfg.FeatureSize = 128
	e, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for m := range e.filters {
		if len(e.filters[m]) == 0 {
			t.Errorf("mel filter %d is all zero", m)
		}
	}
	tone := make([]float32, 16000)
	for i := range tone {
		tone[i] = float32(0.5 * math.Sin(2*math.Pi*1000*float64(i)/16000))
	}
	ft, err := e.ExtractTensor(tone, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ft.Shape[0] != 1 || ft.Shape[1] != 128 || ft.Shape[2] != 3000 {
		t.Fatalf("shape %v, want (1, 128, 3000)", ft.Shape)
	}
	// The loudest mel bin of a 1 kHz tone is the one whose centre is nearest.
	v := ft.Float32s()
	frame := 50
	best := 0
	for m := 0; m < 128; m++ {
		if v[m*3000+frame] > v[best*3000+frame] {
			best = m
		}
	}
	centre := melToHertz(hertzToMel(0, MelSlaney)+float64(best+1)*(hertzToMel(8000, MelSlaney)/129), MelSlaney)
	if math.Abs(centre-1000) > 60 {
		t.Fatalf("loudest mel bin %d (centre %.0f Hz) for a 1 kHz tone", best, centre)
	}
}

// TestSlaneyFilterArea: Slaney normalisation makes every filter's area in Hz
// 1 (2/width x the triangle's width/2); the discrete sum over 40 Hz bins is
// close for filters wider than a few bins.
func TestSlaneyFilterArea(t *testing.T) {
	bank, err := MelFilterBank(201, 80, 0, 8000, 16000, true, MelSlaney)
	if err != nil {
		t.Fatal(err)
	}
	for m := 65; m < 80; m++ { // the widest filters span over 10 bins
		var area float64
		for b := range bank {
			area += bank[b][m] * 40
		}
		if math.Abs(area-1) > 0.02 {
			t.Errorf("filter %d area %.4f, want 1", m, area)
		}
	}
	if _, err := MelFilterBank(201, 80, 0, 0, 16000, true, MelSlaney); err == nil {
		t.Error("max_frequency 0 accepted")
	}
}

func TestWhisperNormalizeAndDither(t *testing.T) {
	cfg := DefaultWhisperConfig()
	cfg.DoNormalize = true
	e, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float32, 8000)
	for i := range x {
		x[i] = float32(0.01*math.Sin(float64(i)/7)) + 0.3
	}
	scaled := make([]float32, len(x))
	for i := range x {
		scaled[i] = 5*x[i] - 1
	}
	// Normalisation makes the features invariant to an affine change.
	a, _ := e.Extract(x, Options{})
	b, _ := e.Extract(scaled, Options{})
	for i := range a {
		if math.Abs(float64(a[i]-b[i])) > 1e-3 {
			t.Fatalf("feature %d: %v vs %v after an affine change with do_normalize", i, a[i], b[i])
		}
	}
	empty, err := e.Extract(nil, Options{})
	if err != nil || empty[0] != -1.5 {
		t.Fatalf("empty clip with do_normalize: %v, %v", empty[0], err)
	}

	cfg = DefaultWhisperConfig()
	cfg.Dither = 1e-5
	d, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Extract(x, Options{}); err == nil {
		t.Fatal("dither without a random source accepted")
	}
	dz, err := d.Extract(nil, Options{Rand: rand.New(rand.NewPCG(3, 4))})
	if err != nil {
		t.Fatal(err)
	}
	if dz[0] == -1.5 {
		t.Fatal("dither left digital silence at the floor")
	}
}

func TestWhisperConfigErrors(t *testing.T) {
	for _, mut := range []func(*WhisperConfig){
		func(c *WhisperConfig) { c.FeatureSize = 0 },
		func(c *WhisperConfig) { c.NFFT = 1 },
		func(c *WhisperConfig) { c.HopLength = 0 },
		func(c *WhisperConfig) { c.SamplingRate = 0 },
		func(c *WhisperConfig) { c.ChunkLength = 0 },
		func(c *WhisperConfig) { c.PaddingValue = math.NaN() },
	} {
		c := DefaultWhisperConfig()
		mut(&c)
		if _, err := NewWhisperFeatureExtractor(c); err == nil {
			t.Errorf("config %+v accepted", c)
		}
	}
	if _, err := LoadWhisperConfig("testdata/missing.json"); err == nil {
		t.Error("missing file accepted")
	}
}

func TestReflectIndex(t *testing.T) {
	// numpy.pad([0 1 2 3], 5, mode="reflect") = [1 2 3 2 1 | 0 1 2 3 | 2 1 0 1 2]
	n := 4
	want := []int{1, 2, 3, 2, 1}
	for i, w := range want {
		if got := reflectIndex(-5+i, n); got != w {
			t.Errorf("reflectIndex(%d) = %d, want %d", -5+i, got, w)
		}
	}
	right := []int{2, 1, 0, 1, 2}
	for i, w := range right {
		if got := reflectIndex(n+i, n); got != w {
			t.Errorf("reflectIndex(%d) = %d, want %d", n+i, got, w)
		}
	}
}

// TestWhisperOddFFT: with an odd n_fft the centred STFT has n_samples/hop
// frames, one of which transformers drops.
func TestWhisperOddFFT(t *testing.T) {
	cfg := DefaultWhisperConfig()
	cfg.NFFT, cfg.ChunkLength = 401, 1
	e, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if e.NumFrames() != 99 {
		t.Fatalf("%d frames, want 99", e.NumFrames())
	}
	if _, err := e.Extract(sine(440, 16000, 16000, 0.5), Options{}); err != nil {
		t.Fatal(err)
	}
}

// FuzzParseWhisperConfig: any preprocessor_config.json either errors or
// builds an extractor within the allocation bounds.
func FuzzParseWhisperConfig(f *testing.F) {
	f.Add([]byte(`{"feature_size": 80, "sampling_rate": 16000, "hop_length": 160, "chunk_length": 30, "n_fft": 400}`))
	f.Add([]byte(`{"feature_size": 128, "dither": 0.0, "padding_value": 0.0, "do_normalize": true}`))
	f.Add([]byte(`{"feature_size": 512, "n_fft": 16384, "hop_length": 1, "chunk_length": 1}`))
	f.Add([]byte(`{"chunk_length": 1, "sampling_rate": 3, "hop_length": 2, "n_fft": 3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseWhisperConfig(data, "fuzz.json")
		if err != nil {
			return
		}
		e, err := NewWhisperFeatureExtractor(cfg)
		if err != nil {
			return
		}
		if e.NumFrames() < 1 || int64(e.NumFrames())*int64(cfg.FeatureSize) > maxFeatures {
			t.Fatalf("%+v: %d frames", cfg, e.NumFrames())
		}
		if e.NumSamples() <= 4096 {
			if _, err := e.Extract([]float32{0.1, -0.2, 0.3}, Options{}); err != nil && cfg.Dither == 0 {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkWhisperExtract30s(b *testing.B) {
	e, err := NewWhisperFeatureExtractor(DefaultWhisperConfig())
	if err != nil {
		b.Fatal(err)
	}
	x := sine(440, 16000, 480000, 0.5)
	for b.Loop() {
		if _, err := e.Extract(x, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResample30s44k1To16k(b *testing.B) {
	x := sine(440, 44100, 30*44100, 0.5)
	for _, c := range []struct {
		name string
		opts ResampleOptions
	}{{"torchaudio", ResampleOptions{}}, {"kaiser_best", KaiserBest}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Resample(x, 44100, 16000, c.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
