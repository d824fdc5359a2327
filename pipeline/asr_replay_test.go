package pipeline_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/pipeline"
)

// asrReference is testdata/asr/reference.json (scripts/asr_fixture.py).
type asrReference struct {
	Transformers string `json:"transformers"`
	Cases        []struct {
		Name             string  `json:"name"`
		ReturnTimestamps bool    `json:"return_timestamps"`
		ChunkLengthS     float64 `json:"chunk_length_s"`
		MaxNewTokens     int     `json:"max_new_tokens"`
		BatchSize        int     `json:"batch_size"`
		Output           struct {
			Text   string `json:"text"`
			Chunks []struct {
				Timestamp [2]*float64 `json:"timestamp"`
				Text      string      `json:"text"`
			} `json:"chunks"`
		} `json:"output"`
		Strides [][3]int `json:"strides"`
		// Tokens are the rows of the pipeline's own generate calls;
		// GenerateTokens are model.generate called alone on each chunk.
		Tokens         [][]int `json:"tokens"`
		GenerateTokens [][]int `json:"generate_tokens"`
	} `json:"cases"`
}

// untilEOS returns a chunk's generated tokens after prompt (when the row
// starts with it) up to the first EOS, excluded: transformers' Whisper
// generate strips the final EOS of short-form output and has returned the
// prompt in some versions and not in others.
func untilEOS(row, prompt []int) []int {
	if len(row) >= len(prompt) && slices.Equal(row[:len(prompt)], prompt) {
		row = row[len(prompt):]
	}
	if i := slices.Index(row, eot); i >= 0 {
		row = row[:i]
	}
	return row
}

// TestReplayASRFixture compares the pipeline with transformers' on the
// 70-second clip of scripts/asr_fixture.py: chunk strides, each chunk's
// generated tokens (the rows of the pipeline's generate calls, Whisper's
// segment loop included), the merged text and the timed segments,
// exactly.
// Skips when the fixture has not been made (it needs the GPU machine).
func TestReplayASRFixture(t *testing.T) {
	refPath := filepath.Join("..", "testdata", "asr", "reference.json")
	data, err := os.ReadFile(refPath)
	if os.IsNotExist(err) {
		t.Skip("no testdata/asr/reference.json: run scripts/asr_fixture.py on the GPU machine")
	} else if err != nil {
		t.Fatal(err)
	}
	var ref asrReference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatalf("%s: %v", refPath, err)
	}
	dir := asrModelDir(t)
	ctx := context.Background()
	for _, c := range ref.Cases {
		ts := ""
		prompt := []int{sot, noTS}
		if c.ReturnTimestamps {
			ts, prompt = "true", []int{sot}
		}
		p, err := pipeline.New(ctx, pipeline.AutomaticSpeechRecognition, dir, pipeline.Options{Backend: "interp", ChunkLengthS: c.ChunkLengthS, ReturnTimestamps: ts, BatchSize: max(c.BatchSize, 1)})
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Transcribe(ctx, []string{filepath.Join("..", "testdata", "asr", "audio70.wav")}, generate.MaxNewTokens(c.MaxNewTokens))
		p.Close()
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		r := res[0]
		if !slices.Equal(r.Strides, c.Strides) {
			t.Errorf("%s: strides %v, transformers %v", c.Name, r.Strides, c.Strides)
		}
		for i := range min(len(c.Tokens), len(c.GenerateTokens)) {
			if a, b := untilEOS(c.Tokens[i], prompt), untilEOS(c.GenerateTokens[i], prompt); !slices.Equal(a, b) {
				t.Logf("%s: chunk %d: in transformers the pipeline's generate gave other tokens than generate alone:\n pipeline %v\n alone    %v", c.Name, i, a, b)
			}
		}
		if len(r.Tokens) != len(c.Tokens) {
			t.Errorf("%s: %d chunks, transformers %d", c.Name, len(r.Tokens), len(c.Tokens))
		}
		for i := range min(len(r.Tokens), len(c.Tokens)) {
			if got, want := untilEOS(r.Tokens[i], prompt), untilEOS(c.Tokens[i], prompt); !slices.Equal(got, want) {
				t.Errorf("%s: chunk %d tokens\n got %v\nwant %v", c.Name, i, got, want)
			}
		}
		if r.Text != c.Output.Text {
			t.Errorf("%s: text\n got %q\nwant %q", c.Name, r.Text, c.Output.Text)
		}
		if !c.ReturnTimestamps {
			continue
		}
		if len(r.Chunks) != len(c.Output.Chunks) {
			t.Errorf("%s: %d segments, transformers %d:\n got %+v\nwant %+v", c.Name, len(r.Chunks), len(c.Output.Chunks), r.Chunks, c.Output.Chunks)
			continue
		}
		for i, want := range c.Output.Chunks {
			got := r.Chunks[i]
			for k := range 2 {
				g, w := got.Timestamp[k], want.Timestamp[k]
				if (g == nil) != (w == nil) || (g != nil && math.Abs(*g-*w) > 1e-9) {
					t.Errorf("%s: segment %d timestamp %d: %v, transformers %v", c.Name, i, k, fmtPtr(g), fmtPtr(w))
				}
			}
			if got.Text != want.Text {
				t.Errorf("%s: segment %d text %q, transformers %q", c.Name, i, got.Text, want.Text)
			}
		}
	}
}

func fmtPtr(x *float64) any {
	if x == nil {
		return nil
	}
	return *x
}
