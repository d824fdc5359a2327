package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/kiln-ml/kiln/train"
)

// trainProgress prints kiln train's progress to standard error. With a
// bar (a terminal) it draws a progress bar of the optimizer steps with the
// last step's loss, its learning rate and the tokens per second, and
// prints each log entry (and every other line) above it, as the HF
// Trainer's tqdm bar does; without one it prints plain lines: one per log
// entry and, between them, about 20 "step N/M (step loss L)" lines a run
// (what tests and CI read).
type trainProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar // nil: plain lines
	now func() time.Time
	// lr is the learning rate of step k's update (nil: the last logged).
	lr     func(step int) float64
	lastLR float64
	// tokens is the number of training tokens consumed after step k
	// (nil: no tokens/s).
	tokens func() float64
	// The rate's origin: the end of the first step seen (its compile
	// time is not training throughput).
	t0       time.Time
	tok0     float64
	lastDraw time.Time
	logged   bool
}

// barRedraw is how often the bar is redrawn at most (but for the last
// step and after a line printed above it).
const barRedraw = 100 * time.Millisecond

// newTrainProgress returns the progress of a run of total optimizer steps
// on w, with a bar when bar is set.
func newTrainProgress(w io.Writer, bar bool, total int, lr func(int) float64, tokens func() float64) *trainProgress {
	p := &trainProgress{w: w, now: time.Now, lr: lr, tokens: tokens}
	if bar && total > 0 {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("kiln: train"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionThrottle(0), // barRedraw throttles
		)
		_ = p.bar.RenderBlank() // 0/total while the first step compiles
	}
	return p
}

// line prints one line of text (without its newline): above the bar,
// which is redrawn under it.
func (p *trainProgress) line(format string, args ...any) {
	if p.bar == nil {
		fmt.Fprintf(p.w, format+"\n", args...)
		return
	}
	_ = p.bar.Clear()
	fmt.Fprintf(p.w, format+"\n", args...)
	p.lastDraw = time.Time{}
	_ = p.bar.RenderBlank()
}

// log prints a log entry ("kiln: step N: loss ..."); it is the
// TrainerOptions.OnLog of the run.
func (p *trainProgress) log(e train.LogEntry) {
	p.logged = true
	if v, ok := e["learning_rate"].(float64); ok {
		p.lastLR = v
	}
	p.line("%s", "kiln: "+formatLog(e))
}

// step reports the end of optimizer step step of total with the step's
// loss; it is the TrainerOptions.OnStep of the run (called after the
// step's log entry, if any).
func (p *trainProgress) step(step, total int, loss float64) {
	logged := p.logged
	p.logged = false
	now := p.now()
	var tokens float64
	if p.tokens != nil {
		tokens = p.tokens()
	}
	if p.t0.IsZero() {
		p.t0, p.tok0 = now, tokens
	}
	if p.bar == nil {
		// Between log entries, about 20 progress lines a run.
		if every := max(1, (total+19)/20); step%every == 0 && !logged {
			fmt.Fprintf(p.w, "kiln: step %d/%d (step loss %.4f)\n", step, total, loss)
		}
		return
	}
	if now.Sub(p.lastDraw) < barRedraw && step < total {
		return
	}
	p.lastDraw = now
	p.bar.Describe(p.describe(step, loss, now, tokens))
	_ = p.bar.Set(step)
	if p.bar.IsFinished() { // the last step: what follows goes below
		fmt.Fprintln(p.w)
		p.bar = nil
	}
}

// describe is the text at the bar's end: "loss 2.3456, lr 5e-05, 1234
// tokens/s".
func (p *trainProgress) describe(step int, loss float64, now time.Time, tokens float64) string {
	lr := p.lastLR
	if p.lr != nil {
		lr = p.lr(step)
	}
	s := fmt.Sprintf("loss %.4f, lr %.3g", loss, lr)
	if dt := now.Sub(p.t0).Seconds(); p.tokens != nil && dt > 0 {
		s += fmt.Sprintf(", %.0f tokens/s", (tokens-p.tok0)/dt)
	}
	return s
}

// done ends the bar where it stands (an interrupted or failed run), on a
// line of its own, so that what follows starts on the next; after the
// last step it does nothing.
func (p *trainProgress) done() {
	if p.bar == nil {
		return
	}
	_ = p.bar.Exit()
	fmt.Fprintln(p.w)
	p.bar = nil
}

// datasetTokens is the number of tokens of data's rows (attention-mask
// ones, or every id without a mask): the tokens an epoch feeds the model.
func datasetTokens(data *train.Dataset) float64 {
	n := 0
	for _, r := range data.Rows {
		if r.AttentionMask == nil {
			n += len(r.InputIDs)
			continue
		}
		for _, m := range r.AttentionMask {
			if m != 0 {
				n++
			}
		}
	}
	return float64(n)
}
