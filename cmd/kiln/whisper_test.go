package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/tensor"
)

const whisperDir = "../../testdata/models/whisper-tiny"

// whisperCLIRef is what the CLI tests read of whisper-tiny's reference.json.
type whisperCLIRef struct {
	EncoderRows [][]float64 `json:"encoder_last_hidden_state_first_rows"`
	DecoderIDs  [][]int64   `json:"decoder_input_ids"`
	Logits      struct {
		First256  [][]float64 `json:"first256"`
		Top16IDs  [][]int     `json:"top16_ids"`
		Top16Vals [][]float64 `json:"top16_values"`
	} `json:"logits"`
	Greedy [][]int `json:"greedy_manual_10"`
}

func readWhisperRef(t *testing.T) whisperCLIRef {
	t.Helper()
	f, err := os.Open(filepath.Join(whisperDir, "reference.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var ref whisperCLIRef
	if err := json.NewDecoder(zr).Decode(&ref); err != nil {
		t.Fatal(err)
	}
	return ref
}

// maxDiff is the largest |got[i] - want[i]|.
func maxDiff(got []float64, want []float64) float64 {
	d := 0.0
	for i, w := range want {
		d = math.Max(d, math.Abs(got[i]-w))
	}
	return d
}

// TestForwardAudioMatchesTransformers runs the issue's interface, `kiln
// forward --audio F.wav --decoder-ids ... --out O.safetensors`, on the
// fixture's clip: input_features, encoder_last_hidden_state and logits
// within 1e-4 of transformers' (features computed from the WAV by
// processors/audio, not read from the fixture).
func TestForwardAudioMatchesTransformers(t *testing.T) {
	ref := readWhisperRef(t)
	out := filepath.Join(t.TempDir(), "out.safetensors")
	if err := runForwardAudio(context.Background(), whisperDir, "interp", "", "", filepath.Join(whisperDir, "audio.wav"), joinRows(ref.DecoderIDs), out, nil); err != nil {
		t.Fatal(err)
	}
	got, _, err := tensor.ReadSafetensors(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"logits", "encoder_last_hidden_state", "input_features", "last_hidden_state"} {
		if got[n] == nil {
			t.Fatalf("%s has no %s (has %v)", out, n, keys(got))
		}
	}
	want, _, err := fixture.ReadNpyFloat32(filepath.Join(whisperDir, "input_features.npy.gz"))
	if err != nil {
		t.Fatal(err)
	}
	wf := make([]float64, len(want))
	for i, v := range want {
		wf[i] = float64(v)
	}
	if d := maxDiff(got["input_features"].Float64s(), wf); d > 1e-4 {
		t.Errorf("input_features differ from transformers' by %g", d)
	}
	enc := got["encoder_last_hidden_state"].Float64s()
	c := got["encoder_last_hidden_state"].Shape[2]
	for i, row := range ref.EncoderRows {
		if d := maxDiff(enc[i*c:(i+1)*c], row); d > 1e-4 {
			t.Errorf("encoder_last_hidden_state row %d differs by %g", i, d)
		}
	}
	logits := got["logits"].Float64s()
	v := got["logits"].Shape[2]
	for p := range ref.Logits.First256 {
		row := logits[p*v : (p+1)*v]
		if d := maxDiff(row, ref.Logits.First256[p]); d > 1e-4 {
			t.Errorf("position %d: first 256 logits differ by %g", p, d)
		}
		for j, id := range ref.Logits.Top16IDs[p] {
			if d := math.Abs(row[id] - ref.Logits.Top16Vals[p][j]); d > 1e-4 {
				t.Errorf("position %d: logit %d differs by %g", p, id, d)
			}
		}
	}
}

func keys(m map[string]*tensor.Tensor) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestGenerateAudioJSON runs `kiln generate --audio F.wav --decoder-ids
// ... --max-new-tokens 10 --json`: the new tokens of transformers' greedy
// loop, in the decoders' JSON shape.
func TestGenerateAudioJSON(t *testing.T) {
	ref := readWhisperRef(t)
	stdout, err := execKiln(t, "generate", "--model", whisperDir, "--backend", "interp", "--audio", filepath.Join(whisperDir, "audio.wav"),
		"--decoder-ids", joinRows(ref.DecoderIDs), "--max-new-tokens", "10", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res generateJSON
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("stdout %q: %v", stdout, err)
	}
	want := ref.Greedy[0][len(ref.DecoderIDs[0]):]
	if len(res.Sequences) != 1 || !slices.Equal(res.Sequences[0], want) {
		t.Errorf("sequences %v, want [%v]", res.Sequences, want)
	}
}

// TestAudioFlagErrors checks the flag combinations the audio commands
// refuse, and that the errors name the flag.
func TestAudioFlagErrors(t *testing.T) {
	wav := filepath.Join(whisperDir, "audio.wav")
	out := filepath.Join(t.TempDir(), "o.safetensors")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"forward", "--model", whisperDir, "--backend", "interp", "--audio", wav, "--out", out}, "--decoder-ids"},
		{[]string{"forward", "--model", qwen2Dir, "--backend", "interp", "--audio", wav, "--decoder-ids", "1", "--out", out}, "not an encoder-decoder"},
		{[]string{"forward", "--model", qwen2Dir, "--backend", "interp", "--ids", "1", "--decoder-ids", "1", "--out", out}, "not a text encoder-decoder"},
		{[]string{"generate", "--model", whisperDir, "--backend", "interp", "--audio", filepath.Join(whisperDir, "config.json"), "--max-new-tokens", "2"}, "unknown file type"},
		{[]string{"generate", "--model", whisperDir, "--backend", "interp", "--audio", wav, "--decoder-ids", "50258", "--max-new-tokens", "64"}, "max_target_positions"},
	} {
		_, err := execKiln(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("kiln %s: error %v, want one containing %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
}
