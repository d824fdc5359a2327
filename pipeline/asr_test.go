package pipeline_test

import (
	"context"
	"encoding/json"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/pipeline"
)

// asrModelDir is whisper-tiny with a Whisper tokenizer (GPT-2's BPE files
// and Whisper's added tokens) and a generation_config.json with Whisper's
// fields, linked together in testdata/asr/whisper-tiny-asr: the directory
// scripts/asr_fixture.py gives transformers.
func asrModelDir(t testing.TB) string {
	t.Helper()
	return filepath.Join("..", "testdata", "asr", "whisper-tiny-asr")
}

// synthWave is a deterministic 16 kHz clip: a rising sweep, a slowly
// pulsing chord and xorshift noise.
func synthWave(seconds float64) []float32 {
	n := int(seconds * 16000)
	out := make([]float32, n)
	s := uint32(18)
	for i := range out {
		t := float64(i) / 16000
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		noise := float64(s)/float64(math.MaxUint32) - 0.5
		v := 0.3*math.Sin(2*math.Pi*(200+30*t)*t) + 0.1*(math.Sin(2*math.Pi*261.6*t)+math.Sin(2*math.Pi*392*t))*(0.5+0.5*math.Sin(2*math.Pi*0.1*t)) + 0.1*noise
		out[i] = float32(v)
	}
	return out
}

const (
	eot      = 50256
	sot      = 50257
	noTS     = 50362
	tsBegin  = 50363
	maxFirst = 50 // max_initial_timestamp_index of the test generation_config.json
)

// TestASRLongForm runs the pipeline on 70 s of synthetic audio in 30 s
// chunks (random weights: the text is gibberish, so structure and
// invariants are checked): chunk_iter's strides; each chunk's decoder
// prompt (<|notimestamps|> only without timestamps); with timestamps,
// every chunk starts with a timestamp within max_initial_timestamp_index
// and its timestamps never decrease; segments are ordered in time inside
// the clip, and the text is their concatenation; batching does not
// change the result; the same call gives the same result.
func TestASRLongForm(t *testing.T) {
	dir := asrModelDir(t)
	wave := synthWave(70)
	ctx := context.Background()
	wantStrides := [][3]int{{480000, 0, 80000}, {480000, 80000, 80000}, {480000, 80000, 0}}
	for _, ts := range []string{"true", ""} {
		var results []pipeline.ASRResult
		batches := []int{2, 1}
		if ts == "" {
			batches = batches[:1] // batching is checked once, with timestamps
		}
		for _, batch := range batches {
			p, err := pipeline.New(ctx, pipeline.AutomaticSpeechRecognition, dir, pipeline.Options{Backend: "interp", ChunkLengthS: 30, ReturnTimestamps: ts, BatchSize: batch})
			if err != nil {
				t.Fatal(err)
			}
			r, err := p.TranscribeSamples(ctx, wave, generate.MaxNewTokens(6))
			p.Close()
			if err != nil {
				t.Fatal(err)
			}
			results = append(results, r)
		}
		r := results[0]
		if !reflect.DeepEqual(r.Strides, wantStrides) {
			t.Errorf("timestamps %q: strides %v, want %v", ts, r.Strides, wantStrides)
		}
		prompt := []int{sot, noTS}
		if ts == "true" {
			prompt = []int{sot}
		}
		for i, row := range r.Tokens {
			if len(row) < len(prompt)+1 || !reflect.DeepEqual(row[:len(prompt)], prompt) {
				t.Fatalf("timestamps %q: chunk %d tokens %v do not start with the prompt %v", ts, i, row, prompt)
			}
			if ts != "true" {
				continue
			}
			gen := row[len(prompt):]
			if gen[0] < tsBegin || gen[0] > tsBegin+maxFirst {
				t.Errorf("chunk %d: first token %d is not a timestamp within <|%.2f|>", i, gen[0], maxFirst*0.02)
			}
			last := 0
			for _, id := range gen {
				if id == eot {
					break
				}
				if id == noTS {
					t.Errorf("chunk %d generated <|notimestamps|>: %v", i, gen)
				}
				if id >= tsBegin {
					if id < last {
						t.Errorf("chunk %d: timestamps go back: %v", i, gen)
					}
					last = id
				}
			}
		}
		js, _ := json.Marshal(r)
		var back map[string]any
		_ = json.Unmarshal(js, &back)
		if _, has := back["chunks"]; has != (ts == "true") {
			t.Errorf("timestamps %q: JSON %s", ts, js)
		}
		if ts == "true" {
			joined, prevStart := "", -1.0
			for _, c := range r.Chunks {
				joined += c.Text
				if c.Timestamp[0] == nil {
					t.Fatalf("segment without a start: %s", js)
				}
				s := *c.Timestamp[0]
				if s < prevStart || s < 0 || s > 70 || (c.Timestamp[1] != nil && (*c.Timestamp[1] < s || *c.Timestamp[1] > 70)) {
					t.Errorf("segment times out of order or outside the clip: %s", js)
				}
				prevStart = s
			}
			if joined != r.Text {
				t.Errorf("text %q is not the segments' %q", r.Text, joined)
			}
		}
		if len(results) > 1 && !reflect.DeepEqual(results[0], results[1]) {
			t.Errorf("timestamps %q: batch_size 2 gave %+v, batch_size 1 %+v", ts, results[0], results[1])
		}
		t.Logf("timestamps %q: %s", ts, js)
	}
}

// TestASRErrors checks that what the pipeline does not do is refused by
// name.
func TestASRErrors(t *testing.T) {
	dir := asrModelDir(t)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		opts pipeline.Options
		want string
	}{
		{"word timestamps", pipeline.Options{ReturnTimestamps: "word"}, "word"},
		{"bad timestamps value", pipeline.Options{ReturnTimestamps: "yes"}, "return_timestamps"},
		{"chunk longer than the window", pipeline.Options{ChunkLengthS: 40}, "chunk_length"},
		{"stride without chunks", pipeline.Options{StrideLengthS: &[2]float64{1, 1}}, "stride_length_s"},
		{"task name", pipeline.Options{ASRTask: "summarize"}, "transcribe, translate"},
	} {
		c.opts.Backend = "interp"
		p, err := pipeline.New(ctx, pipeline.AutomaticSpeechRecognition, dir, c.opts)
		if err == nil {
			p.Close()
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	p, err := pipeline.New(ctx, pipeline.AutomaticSpeechRecognition, dir, pipeline.Options{Backend: "interp", Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.TranscribeSamples(ctx, synthWave(1), generate.MaxNewTokens(2)); err == nil || !strings.Contains(err.Error(), "English-only") {
		t.Errorf("language on an English-only model: %v", err)
	}
	if _, err := p.TranscribeSamples(ctx, nil); err == nil || !strings.Contains(err.Error(), "0-second") {
		t.Errorf("empty clip: %v", err)
	}
	if _, err := p.TranscribeSamples(ctx, synthWave(31)); err == nil || !strings.Contains(err.Error(), "chunk_length_s") {
		t.Errorf("31 s without chunking: %v", err)
	}
	if _, err := pipeline.New(ctx, pipeline.AutomaticSpeechRecognition, t5DirWith(t, ""), pipeline.Options{Backend: "interp", TokenizerDir: "testdata/bert"}); err == nil || !strings.Contains(err.Error(), "Whisper") {
		t.Errorf("T5 for ASR: %v", err)
	}
}
