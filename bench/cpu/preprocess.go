package cpu

import (
	"bytes"
	"encoding/binary"
	"fmt"
	stdimage "image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/processors/audio"
	imgproc "github.com/kiln-ml/kiln/processors/image"
	"github.com/kiln-ml/kiln/tensor"
)

// Preprocessing timed beside the vit and whisper workloads: the inputs are
// made here at run time (a synthetic photo-like image, a synthetic tone
// mixture), encoded as the files a user would pass, and timed from the
// encoded bytes (or the file) to the model's input tensor.

// syntheticImage is a w x h picture with smooth gradients, a few
// circles and fine texture, so that JPEG and PNG have work to do.
func syntheticImage(w, h int) *stdimage.RGBA {
	m := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			r := 128 + 100*math.Sin(6*fx+2*fy)
			g := 128 + 100*math.Cos(5*fy-3*fx)
			b := 128 + 60*math.Sin(40*fx*fy)
			if dx, dy := fx-0.6, fy-0.4; dx*dx+dy*dy < 0.04 {
				r, g = g, r
			}
			n := float64((x*7919+y*104729)%23) - 11 // texture
			m.SetRGBA(x, y, color.RGBA{clamp8(r + n), clamp8(g - n), clamp8(b + n/2), 255})
		}
	}
	return m
}

func clamp8(v float64) uint8 { return uint8(min(255, max(0, math.Round(v)))) }

// imagePreprocess encodes a synthetic image of side*8/7 pixels (256 for
// ViT's 224) as JPEG (quality 90) and PNG, times decoding each and running
// the ViT image processor (bilinear resize to side x side, rescale,
// normalize), records the times in details, and returns a note and the
// JPEG's pixel_values (1, 3, side, side).
func (s *suite) imagePreprocess(side int) (string, *tensor.Tensor, error) {
	src := side * 8 / 7
	img := syntheticImage(src, src)
	var jb, pb bytes.Buffer
	if err := jpeg.Encode(&jb, img, &jpeg.Options{Quality: 90}); err != nil {
		return "", nil, err
	}
	if err := png.Encode(&pb, img); err != nil {
		return "", nil, err
	}
	proc, err := imgproc.ParseConfig([]byte(fmt.Sprintf(`{"image_processor_type": "ViTImageProcessor", "size": {"height": %d, "width": %d}}`, side, side)), "bench ViTImageProcessor")
	if err != nil {
		return "", nil, err
	}
	details := map[string]any{"image": fmt.Sprintf("%dx%d synthetic RGB made at run time", src, src), "processor": "ViTImageProcessor (torchvision backend): bilinear resize, rescale, normalize",
		"jpeg_bytes": jb.Len(), "png_bytes": pb.Len()}
	var pixels *tensor.Tensor
	var notes []string
	for _, f := range []struct {
		name string
		data []byte
	}{{"jpeg", jb.Bytes()}, {"png", pb.Bytes()}} {
		var decodeOnly float64
		d, err := timeIt(s.o.MinTime/2, func() error {
			_, err := imgproc.Decode(f.data, "bench."+f.name, imgproc.DecodeOptions{})
			return err
		})
		if err != nil {
			return "", nil, err
		}
		decodeOnly = ms(d)
		var pv *tensor.Tensor
		d, err = timeIt(s.o.MinTime/2, func() error {
			m, err := imgproc.Decode(f.data, "bench."+f.name, imgproc.DecodeOptions{})
			if err != nil {
				return err
			}
			pv, err = proc.PixelValues([]*imgproc.RGB{m})
			return err
		})
		if err != nil {
			return "", nil, err
		}
		details[f.name+"_decode_ms"] = decodeOnly
		details[f.name+"_decode_and_process_ms"] = ms(d)
		notes = append(notes, fmt.Sprintf("%s decode + processor %.2f ms", f.name, ms(d)))
		if pixels == nil {
			pixels = pv
		}
	}
	s.rep.Details["vit-preprocess"] = details
	s.add(Result{Workload: fmt.Sprintf("vit-preprocess-jpeg-%d", src), Unit: "ms", Kiln: details["jpeg_decode_and_process_ms"].(float64),
		Note: fmt.Sprintf("decode a %dx%d JPEG (q90, %d bytes) + ViTImageProcessor to (1, 3, %d, %d); PNG: %.2f ms", src, src, jb.Len(), side, side, details["png_decode_and_process_ms"])})
	return fmt.Sprintf("%dx%d input: %s, %s", src, src, notes[0], notes[1]), pixels, nil
}

// wavPCM16 encodes channels of samples in [-1, 1] (all the same length)
// as a 16-bit PCM WAV file at rate Hz.
func wavPCM16(channels [][]float32, rate int) []byte {
	ch, n := len(channels), len(channels[0])
	le := binary.LittleEndian
	b := make([]byte, 0, 44+2*n*ch)
	b = append(b, "RIFF"...)
	b = le.AppendUint32(b, uint32(36+2*n*ch))
	b = append(b, "WAVEfmt "...)
	b = le.AppendUint32(b, 16)
	b = le.AppendUint16(b, 1) // PCM
	b = le.AppendUint16(b, uint16(ch))
	b = le.AppendUint32(b, uint32(rate))
	b = le.AppendUint32(b, uint32(rate*2*ch))
	b = le.AppendUint16(b, uint16(2*ch))
	b = le.AppendUint16(b, 16)
	b = append(b, "data"...)
	b = le.AppendUint32(b, uint32(2*n*ch))
	for i := 0; i < n; i++ {
		for c := 0; c < ch; c++ {
			v := max(-1, min(1, float64(channels[c][i])))
			b = le.AppendUint16(b, uint16(int16(math.Round(v*32767))))
		}
	}
	return b
}

// tones is seconds of a tone mixture with a slow tremolo at rate Hz.
func tones(seconds, rate int, phase float64) []float32 {
	out := make([]float32, seconds*rate)
	for i := range out {
		t := float64(i) / float64(rate)
		v := 0.3*math.Sin(2*math.Pi*220*t+phase) + 0.2*math.Sin(2*math.Pi*1375*t) + 0.1*math.Sin(2*math.Pi*3100*t*(1+0.01*t))
		out[i] = float32(v * (0.6 + 0.4*math.Sin(2*math.Pi*0.7*t)))
	}
	return out
}

// audioPreprocess writes seconds of audio as a 16 kHz mono 16-bit WAV
// file and a 44.1 kHz stereo one, times loading each as the ASR pipeline
// does (read, decode, downmix, resample to 16 kHz) and Whisper's feature
// extractor (mel bins, chunk_length = seconds), records the times, and
// returns a note and the 16 kHz file's input_features (1, mel, 100 x
// seconds).
func (s *suite) audioPreprocess(seconds, mel int) (string, *tensor.Tensor, error) {
	dir, err := os.MkdirTemp("", "kiln-bench-audio-")
	if err != nil {
		return "", nil, err
	}
	defer os.RemoveAll(dir)
	cfg := audio.DefaultWhisperConfig()
	cfg.FeatureSize, cfg.ChunkLength = mel, seconds
	fe, err := audio.NewWhisperFeatureExtractor(cfg)
	if err != nil {
		return "", nil, err
	}
	details := map[string]any{"features": fmt.Sprintf("WhisperFeatureExtractor, %d mel bins, %d s chunk", mel, seconds)}
	var feats *tensor.Tensor
	var note string
	for _, f := range []struct {
		name     string
		rate, ch int
	}{{"wav16k_mono", 16000, 1}, {"wav44k_stereo", 44100, 2}} {
		chans := make([][]float32, f.ch)
		for c := range chans {
			chans[c] = tones(seconds, f.rate, float64(c))
		}
		path := filepath.Join(dir, f.name+".wav")
		data := wavPCM16(chans, f.rate)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return "", nil, err
		}
		var samples []float32
		load, err := timeIt(s.o.MinTime/2, func() error {
			samples, _, err = audio.Load(path, audio.LoadOptions{SampleRate: cfg.SamplingRate})
			return err
		})
		if err != nil {
			return "", nil, err
		}
		var ft *tensor.Tensor
		extract, err := timeIt(s.o.MinTime/2, func() error {
			ft, err = fe.ExtractTensor(samples, audio.Options{})
			return err
		})
		if err != nil {
			return "", nil, err
		}
		details[f.name+"_bytes"] = len(data)
		details[f.name+"_load_ms"] = ms(load)
		details[f.name+"_features_ms"] = ms(extract)
		if feats == nil {
			feats = ft
			note = fmt.Sprintf("%d s 16 kHz mono WAV: load %.1f ms + features %.1f ms", seconds, ms(load), ms(extract))
			s.add(Result{Workload: fmt.Sprintf("whisper-preprocess-wav-%ds", seconds), Unit: "ms", Kiln: ms(load + extract),
				Note: fmt.Sprintf("read + decode a %d s 16 kHz mono PCM16 WAV (%.1f ms) + WhisperFeatureExtractor to (1, %d, %d) (%.1f ms)", seconds, ms(load), mel, fe.NumFrames(), ms(extract))})
		} else {
			note += fmt.Sprintf("; 44.1 kHz stereo: load+resample %.1f ms + features %.1f ms", ms(load), ms(extract))
		}
	}
	s.rep.Details["whisper-preprocess"] = details
	return note, feats, nil
}
