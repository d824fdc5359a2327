package trainlog

import (
	"bytes"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/train"
)

// history is a short run's log history: training entries, evaluations
// and the train-end entry, as the Trainer logs them.
func history() []train.LogEntry {
	var h []train.LogEntry
	for s := 1; s <= 6; s++ {
		h = append(h, train.LogEntry{"step": s, "epoch": float64(s) / 3, "loss": 5 - 0.5*float64(s),
			"grad_norm": 1.25, "learning_rate": 1e-3 * (1 - float64(s-1)/6)})
		if s%3 == 0 {
			h = append(h, train.LogEntry{"step": s, "epoch": float64(s) / 3, "eval_loss": 4.5 - 0.4*float64(s),
				"eval_runtime": 0.01, "eval_samples_per_second": 400.0, "eval_steps_per_second": 100.0})
		}
	}
	return append(h, train.LogEntry{"step": 6, "epoch": 2.0, "train_loss": 3.25, "train_runtime": 1.5,
		"total_flos": 123.0, "train_samples_per_second": 8.0, "train_steps_per_second": 4.0})
}

func TestEncodeEntry(t *testing.T) {
	for _, c := range []struct {
		in   train.LogEntry
		want string
	}{
		{train.LogEntry{"step": 2, "loss": 2.5, "learning_rate": 5e-05, "epoch": 1.0},
			`{"epoch": 1.0, "learning_rate": 5e-05, "loss": 2.5, "step": 2}`},
		{train.LogEntry{"step": 3, "eval_loss": math.Inf(1), "grad_norm": math.NaN(), "x": int64(-7)},
			`{"eval_loss": Infinity, "grad_norm": NaN, "step": 3, "x": -7}`},
		{train.LogEntry{}, `{}`},
	} {
		got, err := EncodeEntry(c.in)
		if err != nil || string(got) != c.want {
			t.Errorf("EncodeEntry(%v) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
	if _, err := EncodeEntry(train.LogEntry{"note": "text"}); err == nil || !strings.Contains(err.Error(), `"note"`) {
		t.Errorf("a string value: err %v, want one naming the key", err)
	}
}

// TestWriterRoundTrip: Create writes the given history first, Write
// appends, each line is on disk as soon as Write returns, and ReadJSONL
// reads back the same entries (ints as ints, non-finite floats).
func TestWriterRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), LogFile)
	h := history()
	w, err := Create(path, h[:2])
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range h[2:] {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(data, []byte("\n")); n != i+3 {
			t.Fatalf("after %d writes the file has %d lines", i+3, n)
		}
	}
	odd := train.LogEntry{"step": 7, "grad_norm": math.Inf(-1)}
	if err := w.Write(odd); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	want := append(h, odd)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%v\nwant\n%v", got, want)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, text, want string }{
		{"notjson", "{\"step\": 1}\n\n{\"step\": 2, \"loss\": }\n", "notjson.jsonl:3: "},
		{"string", `{"step": 1, "loss": "low"}`, `string.jsonl:1: "loss" is the string "low"`},
		{"nested", `{"step": 1, "loss": [1]}`, `nested.jsonl:1: "loss" is [1], want a number`},
		{"two", `{"step": 1} {"step": 2}`, "two.jsonl:1: more than one JSON value"},
	} {
		path := filepath.Join(dir, c.name+".jsonl")
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadJSONL(path); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
}

// TestReadHistory: a directory is read from trainer_state.json, else
// from train_log.jsonl; files by their extension; missing and bad files
// are errors naming them.
func TestReadHistory(t *testing.T) {
	h := history()
	st := train.TrainerState{GlobalStep: 6, MaxSteps: 6, LogHistory: h}
	both, onlyLog, empty := t.TempDir(), t.TempDir(), t.TempDir()
	if err := st.SaveState(both); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{both, onlyLog} {
		w, err := Create(filepath.Join(d, LogFile), h[:3]) // shorter: tells the sources apart
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	bad := filepath.Join(empty, "trainer_state.json.bak")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, from string
		n          int
		err        string
	}{
		{both, filepath.Join(both, "trainer_state.json"), len(h), ""},
		{onlyLog, filepath.Join(onlyLog, LogFile), 3, ""},
		{filepath.Join(both, LogFile), filepath.Join(both, LogFile), 3, ""},
		{filepath.Join(both, "trainer_state.json"), filepath.Join(both, "trainer_state.json"), len(h), ""},
		{empty, "", 0, "holds neither trainer_state.json nor train_log.jsonl"},
		{filepath.Join(empty, "missing"), "", 0, "no such file"},
		{bad, "", 0, bad + ": "},
	} {
		got, from, err := ReadHistory(c.path)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ReadHistory(%s): err %v, want %q", c.path, err, c.err)
			}
			continue
		}
		if err != nil || from != c.from || len(got) != c.n {
			t.Errorf("ReadHistory(%s) = %d entries from %s, %v; want %d from %s", c.path, len(got), from, err, c.n, c.from)
		}
	}
}

func TestFromHistory(t *testing.T) {
	h := append(history(), train.LogEntry{"step": 7, "loss": math.NaN()}, train.LogEntry{"loss": 1.0})
	c := FromHistory(h)
	if !reflect.DeepEqual(c.Loss.Steps, []float64{1, 2, 3, 4, 5, 6}) || c.Loss.Values[0] != 4.5 || c.Loss.Values[5] != 2 {
		t.Errorf("loss %+v", c.Loss)
	}
	if !reflect.DeepEqual(c.EvalLoss.Steps, []float64{3, 6}) || math.Abs(c.EvalLoss.Values[1]-2.1) > 1e-12 {
		t.Errorf("eval_loss %+v", c.EvalLoss)
	}
	if c.LearningRate.Len() != 6 || c.LearningRate.Values[0] != 1e-3 {
		t.Errorf("learning_rate %+v", c.LearningRate)
	}
}

// TestWritePNG: the image decodes as a PNG of the documented size with a
// white background and drawn curves, for a full history and for
// histories with only some of the curves; a history with none is an
// error.
func TestWritePNG(t *testing.T) {
	wantW, wantH := int(Width.Dots(DPI)+0.5), int(Height.Dots(DPI)+0.5)
	if wantW != 960 || wantH != 384 {
		t.Fatalf("size %dx%d, documented 960x384", wantW, wantH)
	}
	for _, c := range []struct {
		name string
		h    []train.LogEntry
	}{
		{"full", history()},
		{"one point", []train.LogEntry{{"step": 1, "loss": 3.0, "learning_rate": 1e-4}}},
		{"eval only", []train.LogEntry{{"step": 4, "eval_loss": 2.0}, {"step": 8, "eval_loss": 1.5}}},
	} {
		var b bytes.Buffer
		if err := WritePNG(&b, c.h); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r := img.Bounds(); r.Dx() != wantW || r.Dy() != wantH {
			t.Errorf("%s: %v, want %dx%d", c.name, r, wantW, wantH)
		}
		white, other := 0, 0
		for y := 0; y < wantH; y += 4 {
			for x := 0; x < wantW; x += 4 {
				if color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y > 250 {
					white++
				} else {
					other++
				}
			}
		}
		if white < other || other == 0 {
			t.Errorf("%s: %d white and %d other sampled pixels: not a plot on white", c.name, white, other)
		}
	}
	for _, h := range [][]train.LogEntry{nil, {{"step": 1, "train_loss": 2.0}}} {
		if err := WritePNG(&bytes.Buffer{}, h); err == nil || !strings.Contains(err.Error(), "no loss, eval_loss or learning_rate") {
			t.Errorf("history %v: err %v", h, err)
		}
	}
}

func TestSavePNGLeavesOldFileOnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), CurvesFile)
	if err := SavePNG(path, history()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if err := SavePNG(path, nil); err == nil {
		t.Fatal("an empty history plotted")
	}
	after, _ := os.ReadFile(path)
	if len(before) == 0 || !bytes.Equal(before, after) {
		t.Errorf("the failed plot changed %s (%d -> %d bytes)", path, len(before), len(after))
	}
}

// TestTrainerDoesNotLinkPlot: package train (what a program that trains
// imports) depends neither on this package nor on gonum.
func TestTrainerDoesNotLinkPlot(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/kiln-ml/kiln/train").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "gonum.org/v1/plot") || dep == "github.com/kiln-ml/kiln/train/trainlog" {
			t.Errorf("package train depends on %s", dep)
		}
	}
}
