package audio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// modelDirWith writes a model directory holding whisper-tiny's
// preprocessor_config.json and returns it.
func modelDirWith(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cfg, err := os.ReadFile("testdata/whisper_tiny_preprocessor_config.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "preprocessor_config.json"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoadWhisperInput checks the file-to-features chain on the bad inputs
// the issue names: a 0-second clip gives the features of silence (as
// transformers' extractor), an unsupported WAV encoding and a model
// directory without preprocessor_config.json are errors naming them, and a
// real clip matches the extractor run on its decoded samples.
func TestLoadWhisperInput(t *testing.T) {
	dir := modelDirWith(t)
	empty := filepath.Join(t.TempDir(), "empty.wav")
	if err := os.WriteFile(empty, makeWAV(wavSpec{code: 1, channels: 1, rate: 16000, bits: 16, dataSize: -1}), 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := LoadWhisperInput(empty, dir)
	if err != nil {
		t.Fatal(err)
	}
	if in.Seconds != 0 || in.Truncated || in.Features.Shape[1] != 80 || in.Features.Shape[2] != 3000 {
		t.Fatalf("0-second clip: %+v, features %v", in, in.Features.Shape)
	}
	for i, v := range in.Features.Float32s() {
		if v != -1.5 {
			t.Fatalf("0-second clip: feature %d = %v, want -1.5 (silence)", i, v)
		}
	}
	alaw := filepath.Join(t.TempDir(), "alaw.wav")
	if err := os.WriteFile(alaw, makeWAV(wavSpec{code: 6, channels: 1, rate: 8000, bits: 8, data: []byte{1, 2, 3, 4}, dataSize: -1}), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadWhisperInput(alaw, dir); err == nil || !strings.Contains(err.Error(), "alaw.wav") {
		t.Errorf("A-law WAV: error %v, want one naming the file", err)
	}
	wav := "testdata/whisper_tiny_audio.wav"
	if _, err := LoadWhisperInput(wav, t.TempDir()); err == nil || !strings.Contains(err.Error(), "preprocessor_config.json") {
		t.Errorf("no preprocessor_config.json: error %v", err)
	}
	in, err = LoadWhisperInput(wav, dir)
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := readNpyFloat32("testdata/whisper_tiny_input_features.npy.gz")
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i, v := range in.Features.Float32s() {
		worst = max(worst, float64(abs32(v-want[i])))
	}
	if worst > 1e-4 || in.Seconds != 2 {
		t.Errorf("whisper-tiny clip: features within %g of transformers', %g s", worst, in.Seconds)
	}
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
