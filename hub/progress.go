package hub

import (
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressWriter is where progress goes: Options.Progress unless it is nil
// or io.Discard or HF_HUB_DISABLE_PROGRESS_BARS is set, else nowhere.
func progressWriter(cfg *config) io.Writer {
	if cfg.Progress == nil || cfg.Progress == io.Discard || envTrue("HF_HUB_DISABLE_PROGRESS_BARS") {
		return nil
	}
	return cfg.Progress
}

// byteBar is a progressSink drawing one byte-count bar, created on the
// first grow so that nothing is drawn when everything is already cached.
type byteBar struct {
	w    io.Writer
	desc string
	mu   sync.Mutex
	pb   *progressbar.ProgressBar
}

func newProgress(cfg *config, desc string) progressSink {
	w := progressWriter(cfg)
	if w == nil {
		return nopProgress{}
	}
	return &byteBar{w: w, desc: desc}
}

func (b *byteBar) grow(total int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pb == nil {
		b.pb = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(b.w),
			progressbar.OptionSetDescription(b.desc),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionOnCompletion(func() { io.WriteString(b.w, "\n") }),
		)
		return
	}
	b.pb.AddMax64(total)
}

func (b *byteBar) add(n int64) {
	b.mu.Lock()
	pb := b.pb
	b.mu.Unlock()
	if pb != nil {
		pb.Add64(n)
	}
}

// finish completes the bar if one was drawn.
func finishProgress(p progressSink) {
	if b, ok := p.(*byteBar); ok {
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.pb != nil && !b.pb.IsFinished() {
			b.pb.Finish()
		}
	}
}
