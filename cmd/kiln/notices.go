package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/passes"
)

// noticeLogger returns the logger the CLI hands to the library for its
// notices (the llvm fallback): one "kiln: message (key=value ...)" line
// each on w. The library itself never writes to standard error.
func noticeLogger(w io.Writer) *slog.Logger { return slog.New(&lineHandler{w: w}) }

// lineHandler writes records as single plain lines.
type lineHandler struct {
	w     io.Writer
	attrs []slog.Attr
}

func (h *lineHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var kv []string
	add := func(a slog.Attr) bool { kv = append(kv, a.Key+"="+a.Value.String()); return true }
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	line := "kiln: " + r.Message
	if len(kv) > 0 {
		line += " (" + strings.Join(kv, ", ") + ")"
	}
	_, err := fmt.Fprintln(h.w, line)
	return err
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{w: h.w, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (h *lineHandler) WithGroup(string) slog.Handler { return h }

// compileOptions are the compile options of every command: the pass
// driver's settings from the environment (KILN_DUMP_IR, KILN_TIME_PASSES,
// KILN_DISABLE_PASSES; dumps and timings on standard error), so that a
// dump reaches every pass a backend runs, its own rewrites included.
func compileOptions() backends.CompileOptions {
	return backends.CompileOptions{Options: passes.OptionsFromEnv()}
}
