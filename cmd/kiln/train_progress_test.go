package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/train/trainlog"
)

// feedProgress runs 40 steps of 100 tokens each, 0.5 s apart on a fake
// clock, with a log entry every 10 steps and a line printed at step 20.
func feedProgress(p *trainProgress) {
	clock := time.Unix(1000, 0)
	p.now = func() time.Time { return clock }
	epoch := 0.0
	p.tokens = func() float64 { return epoch * 400 } // 4 steps an epoch
	for s := 1; s <= 40; s++ {
		clock = clock.Add(500 * time.Millisecond)
		epoch = float64(s) / 4
		loss := 5 - float64(s)/10
		if s%10 == 0 {
			p.log(train.LogEntry{"step": s, "loss": loss, "learning_rate": 1e-3, "epoch": epoch})
		}
		p.step(s, 40, loss)
		if s == 20 {
			p.line("kiln: step %d: saved checkpoint %s", s, "out/checkpoint-20")
		}
	}
	p.log(train.LogEntry{"step": 40, "train_loss": 3.0, "epoch": 10.0})
	p.done()
}

// TestTrainProgressPlain: without a terminal the lines are the ones tests
// and CI read: every log entry, about 20 "step N/M" lines between them
// (none for a step that logged), and printed lines as they come.
func TestTrainProgressPlain(t *testing.T) {
	var b bytes.Buffer
	feedProgress(newTrainProgress(&b, false, 40, nil, nil))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	var want []string
	for s := 1; s <= 40; s++ {
		switch {
		case s%10 == 0:
			want = append(want, "kiln: step "+strconv.Itoa(s)+": loss ")
		case s%2 == 0:
			want = append(want, "kiln: step "+strconv.Itoa(s)+"/40 (step loss ")
		}
		if s == 20 {
			want = append(want, "kiln: step 20: saved checkpoint out/checkpoint-20")
		}
	}
	want = append(want, "kiln: step 40: epoch 10, train_loss 3")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), b.String())
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("line %d: %q, want the prefix %q", i, lines[i], want[i])
		}
	}
	if strings.Contains(b.String(), "\r") || strings.Contains(b.String(), "tokens/s") {
		t.Errorf("plain progress has a bar:\n%q", b.String())
	}
}

// TestTrainProgressBar: on a terminal the bar shows step/total, the loss,
// the learning rate of the step (from the schedule) and the tokens per
// second since the first step (100 tokens every 0.5 s: 200); log entries
// and other lines are printed whole above it (the bar's line cleared
// first), and the output ends with a newline.
func TestTrainProgressBar(t *testing.T) {
	var b bytes.Buffer
	lr := func(step int) float64 { return 1e-3 * float64(41-step) / 40 }
	feedProgress(newTrainProgress(&b, true, 40, lr, nil))
	out := b.String()
	for _, want := range []string{"(40/40", "loss 1.0000, lr 2.5e-05, 200 tokens/s", "(20/40", "loss 3.0000, lr 0.000525, 200 tokens/s",
		"\rkiln: step 10: loss 4, learning_rate 0.001, epoch 2.5\n", "\rkiln: step 20: saved checkpoint out/checkpoint-20\n",
		"kiln: step 40: epoch 10, train_loss 3\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q:\n%q", want, out)
		}
	}
	if strings.Contains(out, "(step loss") || !strings.HasSuffix(out, "\n") {
		t.Errorf("bar output:\n%q", out)
	}
	// The first step has no rate yet (it includes the compilation).
	if !strings.Contains(out, "loss 4.9000, lr 0.001") || strings.Contains(out, "loss 4.9000, lr 0.001,") {
		t.Errorf("step 1's bar:\n%q", out)
	}
}

// TestTrainProgressBarInterrupted: a run that stops before its last step
// ends the bar's line, so the next message starts a line of its own.
func TestTrainProgressBarInterrupted(t *testing.T) {
	var b bytes.Buffer
	p := newTrainProgress(&b, true, 10, nil, func() float64 { return 0 })
	p.step(1, 10, 2.5)
	p.done()
	const msg = "kiln: interrupted after step 1"
	b.WriteString(msg + "\n")
	if !strings.Contains(b.String(), "\n"+msg+"\n") || !strings.Contains(b.String(), "(1/10") {
		t.Errorf("%q", b.String())
	}
}

// TestPlotCommand: kiln plot draws a Hugging Face Trainer's recorded
// trainer_state.json to a 960 x 384 PNG; a missing directory, one without
// a state or log file, and a bad state file are errors naming them.
func TestPlotCommand(t *testing.T) {
	dir, env := freshDir(t)
	r := mustRun(t, dir, env, "plot", "testdata/trainer/gpt2_accum4_wsd_noclip/expected", "--out", "c.png")
	if !strings.Contains(r.stderr, "kiln: plotted 6 log entries of testdata/trainer/gpt2_accum4_wsd_noclip/expected/trainer_state.json to c.png") {
		t.Errorf("stderr: %s", r.stderr)
	}
	f, err := os.Open(filepath.Join(dir, "c.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil || img.Bounds().Dx() != 960 || img.Bounds().Dy() != 384 {
		t.Fatalf("c.png: %v, %v", img.Bounds(), err)
	}
	// Without --out: OUT/training_curves.png.
	run := filepath.Join(dir, "run")
	if err := os.Mkdir(run, 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := trainlog.Create(filepath.Join(run, trainlog.LogFile), []train.LogEntry{{"step": 1, "loss": 2.0, "learning_rate": 1e-4}})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	mustRun(t, dir, env, "plot", "run")
	if _, err := os.Stat(filepath.Join(run, trainlog.CurvesFile)); err != nil {
		t.Error(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"log_history": [{"step": 1, "loss": "x"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ arg, want string }{
		{"missing", "missing: no such file or directory"},
		{"empty", "empty holds neither trainer_state.json nor train_log.jsonl"},
		{"bad.json", `bad.json: log_history[0].loss is x, want a number`},
	} {
		if stderr := mustFail(t, dir, env, "plot", c.arg); !strings.Contains(stderr, c.want) {
			t.Errorf("kiln plot %s: %s, want %q", c.arg, stderr, c.want)
		}
	}
}

// TestPlotCurvesAtTheEnd: the end of a run draws the curves once it has
// logged, gives a notice when the history has nothing to draw, and does
// nothing before the first log entry (no output directory is made).
func TestPlotCurvesAtTheEnd(t *testing.T) {
	out := t.TempDir()
	lf := &logFileCallback{path: filepath.Join(out, trainlog.LogFile)}
	var b bytes.Buffer
	plotCurves(&b, filepath.Join(out, "none"), []train.LogEntry{{"step": 1, "loss": 2.0}}, lf)
	if b.Len() != 0 {
		t.Errorf("before the first entry: %q", b.String())
	}
	if _, err := os.Stat(filepath.Join(out, "none")); !os.IsNotExist(err) {
		t.Errorf("made the output directory: %v", err)
	}
	lf.OnTrainBegin(nil, nil, nil)
	st := &train.TrainerState{LogHistory: []train.LogEntry{{"step": 4, "epoch": 1.0, "train_loss": 2.5}}}
	if err := lf.OnLog(nil, st, nil, nil); err != nil {
		t.Fatal(err)
	}
	defer lf.close()
	plotCurves(&b, out, st.LogHistory, lf)
	if !strings.Contains(b.String(), "kiln: notice: no "+filepath.Join(out, trainlog.CurvesFile)+": the log history has no loss") {
		t.Errorf("a history without curves: %q", b.String())
	}
	b.Reset()
	st.LogHistory = append([]train.LogEntry{{"step": 2, "loss": 3.0, "learning_rate": 1e-3}}, st.LogHistory...)
	plotCurves(&b, out, st.LogHistory, lf)
	if !strings.Contains(b.String(), "kiln: wrote the loss and learning-rate curves to ") {
		t.Errorf("%q", b.String())
	}
	if _, err := os.Stat(filepath.Join(out, trainlog.CurvesFile)); err != nil {
		t.Error(err)
	}
}
