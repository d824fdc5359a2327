package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/train"
	"github.com/kiln-ml/kiln/train/trainlog"
)

// logFileCallback writes the run's log history to OUT/train_log.jsonl as
// it grows: the first on_log after on_train_begin creates the file (and
// OUT) with the whole history so far (a resumed run's restored entries
// first), and every later one appends the entry the history just got
// (with its "step"). A run that fails before its first log entry leaves
// no file, and no output directory. A write error ends training with that
// error, as a failing HF callback does.
type logFileCallback struct {
	train.BaseCallback
	path    string
	started bool
	w       *trainlog.Writer
}

// OnTrainBegin arms the callback.
func (c *logFileCallback) OnTrainBegin(*train.TrainingArguments, *train.TrainerState, *train.TrainerControl) error {
	c.started = true
	return nil
}

// OnLog appends the history's newest entry, creating the file first.
func (c *logFileCallback) OnLog(_ *train.TrainingArguments, s *train.TrainerState, _ *train.TrainerControl, _ train.LogEntry) error {
	if !c.started || len(s.LogHistory) == 0 {
		return nil
	}
	if c.w == nil {
		if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
			return fmt.Errorf("--output-dir: %w", err)
		}
		w, err := trainlog.Create(c.path, s.LogHistory)
		if err != nil {
			return fmt.Errorf("--output-dir: %w", err)
		}
		c.w = w
		return nil
	}
	return c.w.Write(s.LogHistory[len(s.LogHistory)-1])
}

// close closes the file, if it was created.
func (c *logFileCallback) close() {
	if c.w != nil {
		c.w.Close()
		c.w = nil
	}
}

// plotCurves draws the run's loss, eval_loss and learning-rate curves to
// OUT/training_curves.png once the run logged (the log file exists). A
// run with nothing to plot, or a failed plot, gets a notice: the model
// and the logs are written either way.
func plotCurves(stderr io.Writer, out string, history []train.LogEntry, logFile *logFileCallback) {
	if logFile.w == nil || len(history) == 0 {
		return
	}
	path := filepath.Join(out, trainlog.CurvesFile)
	if err := trainlog.SavePNG(path, history); err != nil {
		fmt.Fprintf(stderr, "kiln: notice: no %s: %v\n", path, err)
		return
	}
	fmt.Fprintf(stderr, "kiln: wrote the loss and learning-rate curves to %s and the log to %s\n", path, logFile.path)
}

// stepLR is the learning rate of each optimizer step's update (the value
// the Trainer logs at that step) from args' schedule over total steps, or
// nil when the schedule cannot be built (the bar then shows the last
// logged one).
func stepLR(args train.TrainingArguments, total int) func(int) float64 {
	s, err := args.Schedule(total)
	if err != nil {
		return nil
	}
	return s.LoggedLR
}

// epochTokens counts the training tokens consumed so far as the fraction
// of epochs done times the tokens of one epoch (datasetTokens): exact for
// --dataset's packed blocks, the mean over ragged rows otherwise (a
// progress figure, not a metric).
func epochTokens(tr *train.Trainer, data *train.Dataset) func() float64 {
	perEpoch := datasetTokens(data)
	return func() float64 { return tr.State.Epoch * perEpoch }
}
