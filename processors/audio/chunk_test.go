package audio

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestChunkLengths(t *testing.T) {
	cases := []struct {
		rate                int
		chunk, left, right  float64
		wantC, wantL, wantR int
	}{
		{16000, 30, -1, -1, 480000, 80000, 80000}, // stride defaults to chunk/6
		{16000, 10, 2, 3, 160000, 32000, 48000},
		{1, 2.5, 0.5, 1.5, 2, 0, 2}, // Python's round: half to even
		{16000, 0.00003125, -1, -1, 0, 0, 0},
	}
	for _, c := range cases {
		cl, l, r, err := ChunkLengths(c.rate, c.chunk, c.left, c.right)
		if err != nil {
			t.Fatal(err)
		}
		if cl != c.wantC || l != c.wantL || r != c.wantR {
			t.Errorf("ChunkLengths(%d, %g, %g, %g) = %d, %d, %d; want %d, %d, %d", c.rate, c.chunk, c.left, c.right, cl, l, r, c.wantC, c.wantL, c.wantR)
		}
	}
	for _, bad := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, _, _, err := ChunkLengths(16000, bad, -1, -1); err == nil {
			t.Errorf("chunk_length_s %g accepted", bad)
		}
	}
}

func TestChunkBounds(t *testing.T) {
	type ch = Chunk
	cases := []struct {
		n, chunk, left, right int
		want                  []Chunk
	}{
		{0, 30, 5, 5, nil},
		{25, 30, 5, 5, []ch{{0, 25, 0, 0, true}}},
		{30, 30, 5, 5, []ch{{0, 30, 0, 0, true}}},
		{100, 30, 5, 5, []ch{
			{0, 30, 0, 5, false}, {20, 50, 5, 5, false}, {40, 70, 5, 5, false},
			{60, 90, 5, 5, false}, {80, 100, 5, 0, true}}},
		{31, 30, 5, 5, []ch{{0, 30, 0, 5, false}, {20, 31, 5, 0, true}}},
		{50, 30, 0, 0, []ch{{0, 30, 0, 0, false}, {30, 50, 0, 0, true}}},
		{60, 30, 0, 0, []ch{{0, 30, 0, 0, false}, {30, 60, 0, 0, true}}},
		{45, 30, 10, 0, []ch{{0, 30, 0, 0, false}, {20, 45, 10, 0, true}}},
	}
	for _, c := range cases {
		got, err := ChunkBounds(c.n, c.chunk, c.left, c.right)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(c.want) {
			t.Fatalf("ChunkBounds(%d, %d, %d, %d) = %+v, want %+v", c.n, c.chunk, c.left, c.right, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Fatalf("ChunkBounds(%d, %d, %d, %d) = %+v, want %+v", c.n, c.chunk, c.left, c.right, got, c.want)
			}
		}
	}
	if _, err := ChunkBounds(100, 10, 6, 6); err == nil {
		t.Error("strides longer than the chunk accepted")
	}
	if _, err := ChunkBounds(100, 10, 5, 5); err == nil {
		t.Error("a chunk that does not advance accepted")
	}
}

// TestChunkBoundsCover: once each chunk's strides are dropped, the chunks
// tile the input exactly (what the pipeline's stitching relies on).
func TestChunkBoundsCover(t *testing.T) {
	for n := 1; n < 400; n += 7 {
		for _, s := range [][3]int{{60, 10, 10}, {50, 0, 20}, {33, 11, 0}, {480, 80, 80}} {
			chunks, err := ChunkBounds(n, s[0], s[1], s[2])
			if err != nil {
				t.Fatal(err)
			}
			next := 0
			for _, c := range chunks {
				if c.Start+c.StrideLeft != next {
					t.Fatalf("n=%d %v: chunk %+v starts its own samples at %d, want %d", n, s, c, c.Start+c.StrideLeft, next)
				}
				next = c.End - c.StrideRight
			}
			if next != n || !chunks[len(chunks)-1].IsLast {
				t.Fatalf("n=%d %v: chunks end at %d (last %v)", n, s, next, chunks[len(chunks)-1].IsLast)
			}
		}
	}
}

// TestLoadFile runs Load end to end: a stereo 44.1 kHz WAV on disk comes
// back mono at 16 kHz, and a WAV with no samples gives an empty clip whose
// features are those of silence.
func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	const rate = 44100
	samples := make([]int16, 2*rate/2) // 0.5 s stereo, a 440 Hz tone in both channels
	for i := 0; i < rate/2; i++ {
		v := int16(10000 * math.Sin(2*math.Pi*440*float64(i)/rate))
		samples[2*i], samples[2*i+1] = v, v
	}
	path := filepath.Join(dir, "stereo.wav")
	if err := os.WriteFile(path, makeWAV(wavSpec{code: 1, channels: 2, rate: rate, bits: 16, data: le16(samples...), dataSize: -1}), 0o644); err != nil {
		t.Fatal(err)
	}
	mono, got, err := Load(path, LoadOptions{SampleRate: 16000})
	if err != nil {
		t.Fatal(err)
	}
	if got != 16000 || len(mono) != 8000 {
		t.Fatalf("%d samples at %d Hz, want 8000 at 16000", len(mono), got)
	}
	// ffmpeg's downmix: (L+R)/sqrt(2) = sqrt(2) x the tone.
	want := math.Sqrt2 * 10000 / 32768 / math.Sqrt2 // RMS of the mixed sine
	if r := rms(mono[800:7200]); math.Abs(r-want)/want > 1e-3 {
		t.Fatalf("mono RMS %.5f, want %.5f", r, want)
	}
	if _, _, err := Load(path, LoadOptions{Limits: Limits{MaxFileBytes: 100}}); err == nil {
		t.Fatal("file over MaxFileBytes accepted")
	}

	empty := filepath.Join(dir, "empty.wav")
	if err := os.WriteFile(empty, makeWAV(wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, dataSize: -1}), 0o644); err != nil {
		t.Fatal(err)
	}
	mono, _, err = Load(empty, LoadOptions{SampleRate: 16000})
	if err != nil || len(mono) != 0 {
		t.Fatalf("empty WAV: %d samples, %v", len(mono), err)
	}
	if _, _, err := Load(filepath.Join(dir, "missing.wav"), LoadOptions{}); err == nil {
		t.Fatal("missing file accepted")
	}
}
