package audio

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/mewkiz/flac"
	"github.com/mewkiz/flac/frame"
	"github.com/mewkiz/flac/meta"
)

// flacSample is the test signal: channel c, frame i, as a bps-bit integer.
func flacSample(c, i, bps int) int32 {
	amp := float64(int64(1)<<(bps-1) - 1)
	return int32(math.Round(amp * 0.8 * math.Sin(float64(i)*0.05*float64(c+1))))
}

// testFLAC encodes frames of the test signal with mewkiz/flac's encoder, in
// blocks of 128 frames.
func testFLAC(tb testing.TB, channels, bps, rate, frames int) []byte {
	tb.Helper()
	var buf bytes.Buffer
	info := &meta.StreamInfo{BlockSizeMin: 16, BlockSizeMax: 128, SampleRate: uint32(rate), NChannels: uint8(channels), BitsPerSample: uint8(bps), NSamples: uint64(frames)}
	enc, err := flac.NewEncoder(&buf, info)
	if err != nil {
		tb.Fatal(err)
	}
	for start := 0; start < frames; start += 128 {
		n := min(128, frames-start)
		fr := &frame.Frame{Header: frame.Header{HasFixedBlockSize: false, BlockSize: uint16(n), SampleRate: uint32(rate), Channels: frame.Channels(channels - 1), BitsPerSample: uint8(bps)}}
		for c := 0; c < channels; c++ {
			s := make([]int32, n)
			for i := range s {
				s[i] = flacSample(c, start+i, bps)
			}
			fr.Subframes = append(fr.Subframes, &frame.Subframe{SubHeader: frame.SubHeader{Pred: frame.PredVerbatim}, Samples: s, NSamples: n})
		}
		if err := enc.WriteFrame(fr); err != nil {
			tb.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestDecodeFLAC(t *testing.T) {
	for _, c := range []struct{ channels, bps, rate, frames int }{
		{1, 16, 16000, 1000},
		{2, 24, 44100, 300},
		{6, 16, 48000, 200},
		{1, 8, 8000, 130},
	} {
		data := testFLAC(t, c.channels, c.bps, c.rate, c.frames)
		a, err := Decode(data, "t.flac", Limits{})
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if a.SampleRate != c.rate || a.Channels != c.channels || a.Frames() != c.frames || a.Truncated {
			t.Fatalf("%+v: got rate %d channels %d frames %d truncated %v", c, a.SampleRate, a.Channels, a.Frames(), a.Truncated)
		}
		scale := math.Ldexp(1, -(c.bps - 1))
		for i := 0; i < c.frames; i++ {
			for ch := 0; ch < c.channels; ch++ {
				want := float32(float64(flacSample(ch, i, c.bps)) * scale)
				if got := a.Samples[i*c.channels+ch]; got != want {
					t.Fatalf("%+v: frame %d channel %d = %v, want %v", c, i, ch, got, want)
				}
			}
		}
		if c.channels == 6 && a.Layout != chFL|chFR|chFC|chLFE|chBL|chBR {
			t.Fatalf("5.1 layout %#x", a.Layout)
		}
	}
}

func TestDecodeFLACBadInput(t *testing.T) {
	data := testFLAC(t, 2, 16, 16000, 1000)
	// Every cut either errors (naming the file) or decodes fewer frames
	// marked Truncated; none panics.
	for n := 0; n < len(data); n += 7 {
		a, err := DecodeFLAC(data[:n], "cut.flac", Limits{})
		if err != nil {
			if !strings.Contains(err.Error(), "cut.flac") {
				t.Fatalf("cut at %d: error does not name the file: %v", n, err)
			}
			continue
		}
		if a.Frames() >= 1000 || !a.Truncated {
			t.Fatalf("cut at %d: %d frames, truncated %v", n, a.Frames(), a.Truncated)
		}
	}
	if _, err := DecodeFLAC(data, "big.flac", Limits{MaxSamples: 1000}); err == nil || !strings.Contains(err.Error(), "MaxSamples") {
		t.Fatalf("sample limit: %v", err)
	}
	if _, err := DecodeFLAC([]byte("fLaC\x00\x00"), "bad.flac", Limits{}); err == nil {
		t.Fatal("bad header accepted")
	}
}
