package audio

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"
)

// wavSpec describes a WAV file for makeWAV.
type wavSpec struct {
	code       uint16 // format code (PCM 1, float 3, ...)
	channels   int
	rate       int
	bits       int
	extensible bool
	mask       uint32
	rifx       bool
	rf64       bool
	extraChunk []byte // an odd-sized LIST chunk body placed before data
	data       []byte // raw sample bytes
	dataSize   int    // declared data size; -1 means len(data)
}

func makeWAV(s wavSpec) []byte {
	var order binary.ByteOrder = binary.LittleEndian
	if s.rifx {
		order = binary.BigEndian
	}
	var b bytes.Buffer
	u16 := func(v uint16) { _ = binary.Write(&b, order, v) }
	u32 := func(v uint32) { _ = binary.Write(&b, order, v) }
	switch {
	case s.rifx:
		b.WriteString("RIFX")
	case s.rf64:
		b.WriteString("RF64")
	default:
		b.WriteString("RIFF")
	}
	u32(0) // RIFF size: readers ignore it
	b.WriteString("WAVE")
	dataSize := s.dataSize
	if dataSize < 0 {
		dataSize = len(s.data)
	}
	if s.rf64 {
		b.WriteString("ds64")
		u32(28)
		_ = binary.Write(&b, order, uint64(0))
		_ = binary.Write(&b, order, uint64(dataSize))
		_ = binary.Write(&b, order, uint64(0))
		u32(0)
	}
	b.WriteString("fmt ")
	bytesPer := (s.bits + 7) / 8
	if s.extensible {
		u32(40)
		u16(wavFormatExtensible)
	} else {
		u32(16)
		u16(s.code)
	}
	u16(uint16(s.channels))
	u32(uint32(s.rate))
	u32(uint32(s.rate * s.channels * bytesPer))
	u16(uint16(s.channels * bytesPer))
	u16(uint16(s.bits))
	if s.extensible {
		u16(22)
		u16(uint16(s.bits))
		u32(s.mask)
		var guid [16]byte
		binary.LittleEndian.PutUint16(guid[:2], s.code)
		copy(guid[2:], ksDataFormatSuffix[:])
		b.Write(guid[:])
	}
	if s.extraChunk != nil {
		b.WriteString("LIST")
		u32(uint32(len(s.extraChunk)))
		b.Write(s.extraChunk)
		if len(s.extraChunk)%2 == 1 {
			b.WriteByte(0)
		}
	}
	b.WriteString("data")
	if s.rf64 {
		u32(0xFFFFFFFF)
	} else {
		u32(uint32(dataSize))
	}
	b.Write(s.data)
	return b.Bytes()
}

func le16(vs ...int16) []byte {
	out := make([]byte, 2*len(vs))
	for i, v := range vs {
		binary.LittleEndian.PutUint16(out[2*i:], uint16(v))
	}
	return out
}

func TestDecodeWAVEncodings(t *testing.T) {
	f32 := func(vs ...float32) []byte {
		out := make([]byte, 4*len(vs))
		for i, v := range vs {
			binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(v))
		}
		return out
	}
	f64 := func(vs ...float64) []byte {
		out := make([]byte, 8*len(vs))
		for i, v := range vs {
			binary.LittleEndian.PutUint64(out[8*i:], math.Float64bits(v))
		}
		return out
	}
	s32 := func(vs ...int32) []byte {
		out := make([]byte, 4*len(vs))
		for i, v := range vs {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(v))
		}
		return out
	}
	cases := []struct {
		name   string
		spec   wavSpec
		want   []float32
		format string
	}{
		{"u8", wavSpec{code: 1, channels: 1, rate: 8000, bits: 8, data: []byte{0, 128, 255, 64}},
			[]float32{-1, 0, 127.0 / 128, -0.5}, "pcm_u8"},
		{"s16", wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, data: le16(-32768, 0, 16384, 32767)},
			[]float32{-1, 0, 0.5, 32767.0 / 32768}, "pcm_s16"},
		{"s24", wavSpec{code: 1, channels: 1, rate: 16000, bits: 24, data: []byte{0, 0, 0x80, 0xFF, 0xFF, 0x7F, 0, 0, 0x40, 0xFF, 0xFF, 0xFF}},
			[]float32{-1, float32(8388607.0 / 8388608), 0.5, float32(-1.0 / 8388608)}, "pcm_s24"},
		{"s32", wavSpec{code: 1, channels: 1, rate: 16000, bits: 32, data: s32(math.MinInt32, 1<<30, 0)},
			[]float32{-1, 0.5, 0}, "pcm_s32"},
		{"f32", wavSpec{code: 3, channels: 1, rate: 16000, bits: 32, data: f32(0.25, -1.5, 0)},
			[]float32{0.25, -1.5, 0}, "pcm_f32"},
		{"f64", wavSpec{code: 3, channels: 1, rate: 16000, bits: 64, data: f64(0.1, -0.75)},
			[]float32{float32(0.1), -0.75}, "pcm_f64"},
		{"extensible s16 stereo", wavSpec{code: 1, channels: 2, rate: 44100, bits: 16, extensible: true, mask: chFL | chFR, data: le16(16384, -16384)},
			[]float32{0.5, -0.5}, "pcm_s16"},
		{"extensible f32", wavSpec{code: 3, channels: 1, rate: 48000, bits: 32, extensible: true, mask: chFC, data: f32(0.125)},
			[]float32{0.125}, "pcm_f32"},
		{"odd LIST chunk before data", wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, extraChunk: []byte("abc"), data: le16(8192)},
			[]float32{0.25}, "pcm_s16"},
		{"rf64", wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, rf64: true, data: le16(-8192, 8192), dataSize: -1},
			[]float32{-0.25, 0.25}, "pcm_s16"},
		{"rifx s16", wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, rifx: true, data: []byte{0x40, 0x00, 0xC0, 0x00}},
			[]float32{0.5, -0.5}, "pcm_s16 (RIFX)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.spec.dataSize == 0 {
				c.spec.dataSize = -1
			}
			a, err := Decode(makeWAV(c.spec), c.name+".wav", Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != c.format || a.SampleRate != c.spec.rate || a.Channels != c.spec.channels || a.Truncated {
				t.Fatalf("got format %q rate %d channels %d truncated %v", a.Format, a.SampleRate, a.Channels, a.Truncated)
			}
			if len(a.Samples) != len(c.want) {
				t.Fatalf("samples %v, want %v", a.Samples, c.want)
			}
			for i := range c.want {
				if a.Samples[i] != c.want[i] {
					t.Fatalf("samples %v, want %v", a.Samples, c.want)
				}
			}
		})
	}
}

func TestDecodeWAVTruncated(t *testing.T) {
	// The header says 8 frames; 2.5 are present: ffmpeg decodes 2.
	w := makeWAV(wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, data: append(le16(100, 200), 7), dataSize: 16})
	a, err := DecodeWAV(w, "cut.wav", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Truncated || a.Frames() != 2 {
		t.Fatalf("truncated %v frames %d, want true 2", a.Truncated, a.Frames())
	}
	// Cut inside the header: errors, for every prefix.
	for n := 0; n < 44; n++ {
		if _, err := DecodeWAV(w[:n], "cut.wav", Limits{}); err == nil {
			t.Fatalf("prefix of %d bytes decoded", n)
		} else if !strings.Contains(err.Error(), "cut.wav") {
			t.Fatalf("error does not name the file: %v", err)
		}
	}
}

func TestDecodeWAVRefusals(t *testing.T) {
	cases := []struct {
		name string
		wav  []byte
		want string
	}{
		{"alaw", makeWAV(wavSpec{code: 6, channels: 1, rate: 8000, bits: 8, data: []byte{1, 2}, dataSize: -1}), "0x0006 (A-law)"},
		{"mulaw", makeWAV(wavSpec{code: 7, channels: 1, rate: 8000, bits: 8, data: []byte{1, 2}, dataSize: -1}), "0x0007 (µ-law)"},
		{"adpcm", makeWAV(wavSpec{code: 2, channels: 1, rate: 8000, bits: 4, data: []byte{1, 2}, dataSize: -1}), "0x0002 (Microsoft ADPCM)"},
		{"extensible alaw", makeWAV(wavSpec{code: 6, channels: 1, rate: 8000, bits: 8, extensible: true, data: []byte{1}, dataSize: -1}), "0x0006"},
		{"block align", badBlockAlign(), "nBlockAlign 3"},
		{"pcm 0 bits", makeWAV(wavSpec{code: 1, channels: 1, rate: 8000, bits: 0, dataSize: -1}), "nBlockAlign"},
		{"float 16", makeWAV(wavSpec{code: 3, channels: 1, rate: 8000, bits: 16, data: []byte{1, 2}, dataSize: -1}), "wBitsPerSample 16"},
		{"zero channels", makeWAV(wavSpec{code: 1, channels: 0, rate: 8000, bits: 16, dataSize: -1}), "nChannels 0"},
		{"zero rate", makeWAV(wavSpec{code: 1, channels: 1, rate: 0, bits: 16, dataSize: -1}), "nSamplesPerSec"},
		{"not wave", append([]byte("RIFF\x00\x00\x00\x00AVI "), make([]byte, 40)...), "not \"WAVE\""},
		{"unknown file", []byte("OggS...."), "unknown file type"},
	}
	for _, c := range cases {
		_, err := Decode(c.wav, c.name+".wav", Limits{})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.name+".wav") {
			t.Errorf("%s: error %v, want one naming the file and %q", c.name, err, c.want)
		}
	}
	big := makeWAV(wavSpec{code: 1, channels: 2, rate: 8000, bits: 16, data: make([]byte, 4000), dataSize: -1})
	if _, err := Decode(big, "big.wav", Limits{MaxSamples: 1999}); err == nil || !strings.Contains(err.Error(), "MaxSamples") {
		t.Errorf("sample limit: %v", err)
	}
}

// badBlockAlign is a mono s16 WAV whose fmt chunk says 3-byte frames.
func badBlockAlign() []byte {
	w := makeWAV(wavSpec{code: 1, channels: 1, rate: 8000, bits: 16, data: le16(1, 2, 3), dataSize: -1})
	binary.LittleEndian.PutUint16(w[32:], 3)
	return w
}

// TestDecodeWAV4BitIsU8: ffmpeg rounds PCM bits up to whole bytes.
func TestDecodeWAV4BitIsU8(t *testing.T) {
	a, err := Decode(makeWAV(wavSpec{code: 1, channels: 1, rate: 8000, bits: 4, data: []byte{192}, dataSize: -1}), "4bit.wav", Limits{})
	if err != nil || a.Format != "pcm_u8" || a.Samples[0] != 0.5 {
		t.Fatalf("4-bit PCM: %+v, %v", a, err)
	}
}

func TestDownmix(t *testing.T) {
	stereo := &Audio{SampleRate: 8000, Channels: 2, Layout: channelLayout(2, 0), Samples: []float32{0.5, 0.25, -1, 1}}
	got, err := ToMono(stereo, DownmixFFmpeg)
	if err != nil {
		t.Fatal(err)
	}
	r := float32(math.Sqrt2 / 2)
	if want := []float32{r*0.5 + r*0.25, r*-1 + r*1}; got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("ffmpeg stereo downmix %v, want %v", got, want)
	}
	if got, _ := ToMono(stereo, DownmixMean); got[0] != 0.375 || got[1] != 0 {
		t.Fatalf("mean downmix %v", got)
	}
	if got, _ := ToMono(stereo, DownmixFirst); got[0] != 0.5 || got[1] != -1 {
		t.Fatalf("first-channel downmix %v", got)
	}
	// 5.1 (FL FR FC LFE BL BR): sqrt(1/2), sqrt(1/2), 1, 0, 1/2, 1/2.
	s51 := &Audio{SampleRate: 8000, Channels: 6, Layout: channelLayout(6, 0), Samples: []float32{1, 1, 1, 1, 1, 1}}
	got, err = ToMono(s51, DownmixFFmpeg)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2*r + 1 + 0 + 1; math.Abs(float64(got[0]-want)) > 1e-6 {
		t.Fatalf("5.1 downmix %v, want %v", got[0], want)
	}
	nine := &Audio{SampleRate: 8000, Channels: 9, Layout: channelLayout(9, 0), Samples: make([]float32, 9)}
	if _, err := ToMono(nine, DownmixFFmpeg); err == nil || !strings.Contains(err.Error(), "DownmixMean") {
		t.Fatalf("9 channels without a layout: %v", err)
	}
	if _, err := ToMono(nine, DownmixMean); err != nil {
		t.Fatal(err)
	}
	top := &Audio{SampleRate: 8000, Channels: 3, Layout: chFL | chFR | 1<<11, Samples: make([]float32, 3)}
	if _, err := ToMono(top, DownmixFFmpeg); err == nil {
		t.Fatal("top-center speaker downmixed without a rule")
	}
	// A mask that does not name the channel count falls back to the default.
	if l := channelLayout(2, chFC); l != chFL|chFR {
		t.Fatalf("layout %#x", l)
	}
}

// FuzzDecode feeds arbitrary bytes to the WAV and FLAC decoders: they must
// return an error or a consistent clip, never panic or allocate past the
// limit.
func FuzzDecode(f *testing.F) {
	f.Add(makeWAV(wavSpec{code: 1, channels: 2, rate: 16000, bits: 16, data: le16(1, 2, 3, 4), dataSize: -1}))
	f.Add(makeWAV(wavSpec{code: 3, channels: 1, rate: 16000, bits: 32, extensible: true, mask: chFC, data: make([]byte, 8), dataSize: -1}))
	f.Add(makeWAV(wavSpec{code: 1, channels: 1, rate: 16000, bits: 24, rf64: true, data: make([]byte, 6), dataSize: -1}))
	f.Add(makeWAV(wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, rifx: true, extraChunk: []byte("x"), data: le16(5), dataSize: 100}))
	f.Add(makeWAV(wavSpec{code: 6, channels: 1, rate: 8000, bits: 8, data: []byte{1}, dataSize: -1}))
	f.Add(testFLAC(f, 2, 16, 44100, 300))
	f.Add(testFLAC(f, 1, 24, 16000, 50)[:60])
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxSamples: 1 << 20}
		a, err := Decode(data, "fuzz", lim)
		if err != nil {
			return
		}
		if a.Channels < 1 || a.Channels > MaxChannels || a.SampleRate < 1 || len(a.Samples)%a.Channels != 0 || len(a.Samples) > lim.MaxSamples {
			t.Fatalf("inconsistent clip: %d channels, %d Hz, %d samples", a.Channels, a.SampleRate, len(a.Samples))
		}
		if _, err := ToMono(a, DownmixMean); err != nil {
			t.Fatal(err)
		}
	})
}
