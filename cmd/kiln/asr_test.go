package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunASR runs `kiln run automatic-speech-recognition` on whisper-tiny's
// 2-second clip in 1.5 s chunks with timestamps: transformers' JSON dict
// (text and ordered timed chunks whose texts make the text), and the plain
// printout; ASR flags on another task are refused.
func TestRunASR(t *testing.T) {
	model := filepath.Join(repoRoot(t), "testdata/asr/whisper-tiny-asr")
	wav := filepath.Join(repoRoot(t), "testdata/models/whisper-tiny/audio.wav")
	args := []string{"run", "automatic-speech-recognition", "--model", model, "--backend", "interp", "--chunk-length", "1.5",
		"--stride-length", "0.25", "--max-new-tokens", "4", "--return-timestamps"}
	r := mustRun(t, "", nil, append(args, "--json", wav)...)
	var out struct {
		Text   string `json:"text"`
		Chunks []struct {
			Timestamp [2]*float64 `json:"timestamp"`
			Text      string      `json:"text"`
		} `json:"chunks"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || out.Chunks == nil {
		t.Fatalf("output %q: %v (want a dict with text and chunks)", r.stdout, err)
	}
	joined, prev := "", 0.0
	for _, c := range out.Chunks {
		joined += c.Text
		// Random weights predict any time inside a window; starts are
		// still ordered and not before the clip.
		if c.Timestamp[0] == nil || *c.Timestamp[0] < prev {
			t.Errorf("segment starts out of order: %s", r.stdout)
		} else {
			prev = *c.Timestamp[0]
		}
	}
	if joined != out.Text {
		t.Errorf("text %q is not its chunks' %q", out.Text, joined)
	}
	plain := mustRun(t, "", nil, append(args, wav)...)
	if !strings.HasPrefix(plain.stdout, wav+"\n") || !strings.Contains(plain.stdout, " -> ") {
		t.Errorf("plain output %q", plain.stdout)
	}
	if msg := mustFail(t, "", nil, "run", "fill-mask", "--model", "testdata/models/bert-tiny-mlm", "--chunk-length", "30", "a [MASK]"); !strings.Contains(msg, "automatic-speech-recognition only") {
		t.Errorf("--chunk-length on fill-mask: %s", msg)
	}
	if msg := mustFail(t, "", nil, append(args[:len(args)-1], "--stride-length", "1,2,3", wav)...); !strings.Contains(msg, "--stride-length") {
		t.Errorf("bad --stride-length: %s", msg)
	}
}
