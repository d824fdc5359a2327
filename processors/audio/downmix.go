package audio

import (
	"fmt"
	"math"
	"math/bits"
)

// Speaker positions: bits of a WAVE channel mask (the same bits as
// ffmpeg's AV_CH_*).
const (
	chFL  = 1 << 0  // front left
	chFR  = 1 << 1  // front right
	chFC  = 1 << 2  // front center
	chLFE = 1 << 3  // low frequency
	chBL  = 1 << 4  // back left
	chBR  = 1 << 5  // back right
	chFLC = 1 << 6  // front left of center
	chFRC = 1 << 7  // front right of center
	chBC  = 1 << 8  // back center
	chSL  = 1 << 9  // side left
	chSR  = 1 << 10 // side right
)

// defaultLayouts[n] is ffmpeg's default layout for n channels when the file
// names none (the first entry for n in libavutil's channel layout map):
// mono, stereo, 2.1, 4.0, 5.0, 5.1, 6.1, 7.1.
var defaultLayouts = [...]uint32{
	0,
	chFC,
	chFL | chFR,
	chFL | chFR | chLFE,
	chFL | chFR | chFC | chBC,
	chFL | chFR | chFC | chBL | chBR,
	chFL | chFR | chFC | chLFE | chBL | chBR,
	chFL | chFR | chFC | chLFE | chBC | chSL | chSR,
	chFL | chFR | chFC | chLFE | chBL | chBR | chSL | chSR,
}

// DownmixMode selects how a multi-channel clip becomes mono.
type DownmixMode int

const (
	// DownmixFFmpeg mixes as ffmpeg's "-ac 1" does with float output, which
	// is what transformers' pipeline reads from a file (ffmpeg_read): front
	// left and right at 1/sqrt(2) each (so stereo is (L+R)/sqrt(2), not the
	// mean), center at 1, back and side speakers at 1/2, front left/right of
	// center at 1/sqrt(2), LFE dropped; no renormalisation.
	DownmixFFmpeg DownmixMode = iota
	// DownmixMean averages the channels (librosa.to_mono, datasets' Audio
	// feature with mono=True).
	DownmixMean
	// DownmixFirst keeps the first channel.
	DownmixFirst
)

// ffmpegMonoWeights is swresample's auto matrix row for a mono (front
// center) output, per input speaker, with its default center and surround
// mix levels (-3 dB) and LFE mix level (0).
var ffmpegMonoWeights = map[uint32]float64{
	chFL:  math.Sqrt2 / 2,
	chFR:  math.Sqrt2 / 2,
	chFC:  1, // center mix level (-3 dB) x sqrt(2) when FL/FR are mixed in too
	chLFE: 0,
	chBL:  0.5, // surround mix level (-3 dB) x 1/sqrt(2)
	chBR:  0.5,
	chBC:  0.5,
	chSL:  0.5,
	chSR:  0.5,
	chFLC: math.Sqrt2 / 2,
	chFRC: math.Sqrt2 / 2,
}

// ToMono mixes a clip down to one channel. A mono clip is returned as is
// (the slice is shared, not copied).
func ToMono(a *Audio, mode DownmixMode) ([]float32, error) {
	if a.Channels == 1 {
		return a.Samples, nil
	}
	w, err := downmixWeights(a, mode)
	if err != nil {
		return nil, err
	}
	n := a.Frames()
	out := make([]float32, n)
	for f := 0; f < n; f++ {
		frame := a.Samples[f*a.Channels : (f+1)*a.Channels]
		var s float32
		for c, x := range frame {
			s += w[c] * x // float32 sums, as swresample's float path
		}
		out[f] = s
	}
	return out, nil
}

// downmixWeights is the per-channel weight of each input channel in the mono
// mix.
func downmixWeights(a *Audio, mode DownmixMode) ([]float32, error) {
	w := make([]float32, a.Channels)
	switch mode {
	case DownmixMean:
		for c := range w {
			w[c] = 1 / float32(a.Channels)
		}
		return w, nil
	case DownmixFirst:
		w[0] = 1
		return w, nil
	case DownmixFFmpeg:
	default:
		return nil, fmt.Errorf("unknown downmix mode %d", mode)
	}
	if a.Layout == 0 || bits.OnesCount32(a.Layout) != a.Channels {
		return nil, fmt.Errorf("%d channels without a speaker layout: ffmpeg has no default downmix for them; use DownmixMean", a.Channels)
	}
	// WAVE and FLAC store channels in increasing mask-bit order.
	c := 0
	for bit := uint32(1); bit != 0; bit <<= 1 {
		if a.Layout&bit == 0 {
			continue
		}
		v, ok := ffmpegMonoWeights[bit]
		if !ok {
			return nil, fmt.Errorf("speaker position 0x%X in layout 0x%X has no ffmpeg mono downmix rule kiln reproduces; use DownmixMean", bit, a.Layout)
		}
		w[c] = float32(v)
		c++
	}
	return w, nil
}
