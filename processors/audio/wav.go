package audio

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
)

// WAVE format codes (the fmt chunk's wFormatTag, or the first two bytes of
// WAVE_FORMAT_EXTENSIBLE's SubFormat GUID).
const (
	wavFormatPCM        = 0x0001
	wavFormatIEEEFloat  = 0x0003
	wavFormatExtensible = 0xFFFE
)

// wavFormatNames names the common codes kiln refuses, for the error.
var wavFormatNames = map[uint16]string{
	0x0002: "Microsoft ADPCM",
	0x0006: "A-law",
	0x0007: "µ-law",
	0x0011: "IMA ADPCM",
	0x0031: "GSM 6.10",
	0x0050: "MPEG",
	0x0055: "MP3",
	0x0161: "WMA",
	0x2000: "AC-3",
}

// ksDataFormatSuffix is the tail shared by the KSDATAFORMAT_SUBTYPE GUIDs
// whose first two bytes are a WAVE format code.
var ksDataFormatSuffix = [14]byte{0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71}

// wavFmt is the parsed fmt chunk.
type wavFmt struct {
	code       uint16 // effective format code (SubFormat's for EXTENSIBLE)
	channels   int
	rate       int
	blockAlign int
	bits       int // bits per sample as stored (the container size)
	mask       uint32
}

// DecodeWAV decodes a RIFF (little-endian), RIFX (big-endian) or RF64 WAVE
// file held in data: PCM unsigned 8-bit and signed 16/24/32-bit, IEEE float
// 32/64-bit, plain or as WAVE_FORMAT_EXTENSIBLE. Other encodings are refused
// with an error naming the format code. A data chunk longer than the file
// is decoded as far as whole frames go and the result marked Truncated, as
// ffmpeg does.
func DecodeWAV(data []byte, name string, lim Limits) (*Audio, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("audio: %s: %d bytes is too short for a WAV header (12)", name, len(data))
	}
	var order binary.ByteOrder = binary.LittleEndian
	riff := string(data[:4])
	switch riff {
	case "RIFF", "RF64":
	case "RIFX":
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("audio: %s: not a RIFF/RIFX/RF64 file (starts with %q)", name, data[:4])
	}
	if string(data[8:12]) != "WAVE" {
		return nil, fmt.Errorf("audio: %s: RIFF form type is %q, not \"WAVE\"", name, data[8:12])
	}
	var (
		fmtc       *wavFmt
		ds64Data   uint64 // the data size from RF64's ds64 chunk
		haveDS64   bool
		pos        = 12
		sampleData []byte
		truncated  bool
	)
	for sampleData == nil {
		if pos+8 > len(data) {
			if fmtc == nil {
				return nil, fmt.Errorf("audio: %s: no fmt chunk before the end of the file", name)
			}
			return nil, fmt.Errorf("audio: %s: no data chunk before the end of the file", name)
		}
		id := string(data[pos : pos+4])
		size := uint64(order.Uint32(data[pos+4 : pos+8]))
		body := pos + 8
		if id == "data" && riff == "RF64" && size == 0xFFFFFFFF {
			if !haveDS64 {
				return nil, fmt.Errorf("audio: %s: RF64 data chunk of size 0xFFFFFFFF without a ds64 chunk", name)
			}
			size = ds64Data
		}
		avail := uint64(len(data) - body)
		switch id {
		case "ds64":
			if riff != "RF64" {
				break
			}
			if size < 24 || avail < 24 {
				return nil, fmt.Errorf("audio: %s: ds64 chunk of %d bytes (%d present) is shorter than 24", name, size, avail)
			}
			ds64Data = order.Uint64(data[body+8 : body+16])
			haveDS64 = true
		case "fmt ":
			if size > avail {
				return nil, fmt.Errorf("audio: %s: fmt chunk of %d bytes runs past the end of the file (%d left)", name, size, avail)
			}
			f, err := parseWAVFmt(data[body:body+int(size)], order, name)
			if err != nil {
				return nil, err
			}
			fmtc = f
		case "data":
			if fmtc == nil {
				return nil, fmt.Errorf("audio: %s: data chunk before the fmt chunk", name)
			}
			if size > avail {
				size = avail
				truncated = true
			}
			sampleData = data[body : body+int(size)]
			continue
		}
		next := uint64(body) + size + size&1 // chunks are padded to an even size
		if next > uint64(len(data)) {
			if fmtc == nil {
				return nil, fmt.Errorf("audio: %s: %q chunk of %d bytes runs past the end of the file before any fmt chunk", name, id, size)
			}
			return nil, fmt.Errorf("audio: %s: %q chunk of %d bytes runs past the end of the file before any data chunk", name, id, size)
		}
		pos = int(next)
	}
	conv, format, err := wavSampleReader(fmtc, order, name)
	if err != nil {
		return nil, err
	}
	bytesPer := fmtc.bits / 8 // a whole number of bytes, >= 1, once checked
	frames := len(sampleData) / fmtc.blockAlign
	if len(sampleData)%fmtc.blockAlign != 0 {
		truncated = true
	}
	if frames > lim.maxSamples()/fmtc.channels {
		return nil, fmt.Errorf("audio: %s: %d frames x %d channels is over the %d-sample limit (Limits.MaxSamples)", name, frames, fmtc.channels, lim.maxSamples())
	}
	out := make([]float32, frames*fmtc.channels)
	for f := 0; f < frames; f++ {
		frame := sampleData[f*fmtc.blockAlign:]
		for c := 0; c < fmtc.channels; c++ {
			out[f*fmtc.channels+c] = conv(frame[c*bytesPer : (c+1)*bytesPer])
		}
	}
	if order == binary.BigEndian {
		format += " (RIFX)"
	}
	return &Audio{
		SampleRate: fmtc.rate,
		Channels:   fmtc.channels,
		Layout:     channelLayout(fmtc.channels, fmtc.mask),
		Samples:    out,
		Format:     format,
		Truncated:  truncated,
	}, nil
}

// parseWAVFmt validates a fmt chunk body.
func parseWAVFmt(b []byte, order binary.ByteOrder, name string) (*wavFmt, error) {
	if len(b) < 16 {
		return nil, fmt.Errorf("audio: %s: fmt chunk of %d bytes is shorter than 16", name, len(b))
	}
	f := &wavFmt{
		code:       order.Uint16(b[0:2]),
		channels:   int(order.Uint16(b[2:4])),
		rate:       int(order.Uint32(b[4:8])),
		blockAlign: int(order.Uint16(b[12:14])),
		bits:       int(order.Uint16(b[14:16])),
	}
	if f.code == wavFormatExtensible {
		if len(b) < 40 {
			return nil, fmt.Errorf("audio: %s: WAVE_FORMAT_EXTENSIBLE fmt chunk of %d bytes is shorter than 40", name, len(b))
		}
		f.mask = order.Uint32(b[20:24])
		guid := b[24:40]
		if [14]byte(guid[2:16]) != ksDataFormatSuffix {
			return nil, fmt.Errorf("audio: %s: WAVE_FORMAT_EXTENSIBLE SubFormat GUID % x is not a KSDATAFORMAT_SUBTYPE of a WAVE format code", name, guid)
		}
		// The GUID's first field is stored little-endian even in RIFX files.
		f.code = binary.LittleEndian.Uint16(guid[0:2])
	}
	switch {
	case f.channels < 1 || f.channels > MaxChannels:
		return nil, fmt.Errorf("audio: %s: fmt nChannels %d is not in 1..%d", name, f.channels, MaxChannels)
	case f.rate < 1:
		return nil, fmt.Errorf("audio: %s: fmt nSamplesPerSec is 0", name)
	}
	return f, nil
}

// wavSampleReader returns the converter from one stored sample to float32
// (ffmpeg's scaling) and the format's name, after checking the fmt chunk's
// sizes.
func wavSampleReader(f *wavFmt, order binary.ByteOrder, name string) (func([]byte) float32, string, error) {
	if f.code != wavFormatPCM && f.code != wavFormatIEEEFloat {
		what := wavFormatNames[f.code]
		if what == "" {
			what = "unknown"
		}
		return nil, "", fmt.Errorf("audio: %s: WAV format code 0x%04X (%s) is not supported: kiln decodes PCM (0x0001) and IEEE float (0x0003), plain or WAVE_FORMAT_EXTENSIBLE", name, f.code, what)
	}
	// ffmpeg decodes by whole bytes: 20 valid bits in 24 are s24, and 4-bit
	// "PCM" is u8 (ff_get_pcm_codec_id rounds the bits up).
	f.bits = (f.bits + 7) / 8 * 8
	bytesPer := f.bits / 8
	if bytesPer == 0 || f.blockAlign != f.channels*bytesPer {
		return nil, "", fmt.Errorf("audio: %s: fmt nBlockAlign %d is not nChannels %d x %d bytes (wBitsPerSample %d)", name, f.blockAlign, f.channels, bytesPer, f.bits)
	}
	le := order == binary.LittleEndian
	if f.code == wavFormatIEEEFloat {
		switch f.bits {
		case 32:
			return func(b []byte) float32 { return math.Float32frombits(order.Uint32(b)) }, "pcm_f32", nil
		case 64:
			return func(b []byte) float32 { return float32(math.Float64frombits(order.Uint64(b))) }, "pcm_f64", nil
		}
		return nil, "", fmt.Errorf("audio: %s: IEEE float WAV with wBitsPerSample %d (kiln reads 32 and 64)", name, f.bits)
	}
	switch f.bits {
	case 8:
		return func(b []byte) float32 { return float32(int(b[0])-128) / 128 }, "pcm_u8", nil
	case 16:
		return func(b []byte) float32 { return float32(int16(order.Uint16(b))) / (1 << 15) }, "pcm_s16", nil
	case 24:
		return func(b []byte) float32 {
			var v uint32
			if le {
				v = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16
			} else {
				v = uint32(b[2]) | uint32(b[1])<<8 | uint32(b[0])<<16
			}
			return float32(int32(v<<8)>>8) / (1 << 23)
		}, "pcm_s24", nil
	case 32:
		return func(b []byte) float32 { return float32(float64(int32(order.Uint32(b))) / (1 << 31)) }, "pcm_s32", nil
	}
	return nil, "", fmt.Errorf("audio: %s: PCM WAV with wBitsPerSample %d (kiln reads 8, 16, 24 and 32)", name, f.bits)
}

// channelLayout is the speaker mask of a stream: the file's mask when it
// names exactly channels speakers, else ffmpeg's default layout for the
// channel count (av_channel_layout_default), 0 when there is none.
func channelLayout(channels int, mask uint32) uint32 {
	if mask != 0 && bits.OnesCount32(mask) == channels {
		return mask
	}
	if channels < len(defaultLayouts) {
		return defaultLayouts[channels]
	}
	return 0
}
