// Package passes rewrites kiln IR functions between the frontend and a
// backend. Each pass is a func(*ir.Func) error in its own file; a Pipeline
// is a named, ordered list of passes; the ordering constraints between
// passes are a table with a reason each (Order in order.go), and Check
// verifies a pipeline against it. The driver runs a pipeline with the
// verifier between passes, optional IR dumps and timings, and turns a panic
// inside a pass into an error that names the pass and the function.
package passes

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/ir"
)

// Pass is one named rewrite of a function. Run must leave f valid under
// ir.Check when it returns nil; when it returns an error f may be partially
// rewritten and must be discarded. Optional passes only improve the code
// (a pipeline is correct without them) and may be disabled by name.
type Pass struct {
	Name     string
	Run      func(*ir.Func) error
	Optional bool
}

// Pipeline is a named, ordered list of passes.
type Pipeline struct {
	Name   string
	Passes []Pass
}

// Options control how a pipeline runs. The zero value runs every pass with
// no dumps, no timing and no verification.
type Options struct {
	// DumpAfter names passes after which f is printed to DumpTo; "all"
	// means every pass. Names that are not in the pipeline are an error.
	DumpAfter []string
	// DumpTo receives dumps. It must be set when DumpAfter names passes:
	// the library writes nowhere it was not told to (OptionsFromEnv sets
	// os.Stderr, since the environment asked for the dump).
	DumpTo io.Writer
	// Time prints the duration of each pass to TimeTo.
	Time bool
	// TimeTo receives timings; it must be set when Time is.
	TimeTo io.Writer
	// Disable names passes to skip. Only Optional passes may be disabled;
	// a name that is not in the pipeline, or names a required pass, is an
	// error (a typo must not silently leave a pass on).
	Disable []string
	// Verify runs ir.Check before the first pass and after every pass;
	// a failure names the pass that broke the function.
	Verify bool
}

// Environment variables read by OptionsFromEnv.
const (
	EnvDumpIR        = "KILN_DUMP_IR"        // comma-separated pass names, or "all"
	EnvTimePasses    = "KILN_TIME_PASSES"    // "1" to time every pass
	EnvDisablePasses = "KILN_DISABLE_PASSES" // comma-separated optional pass names
)

// OptionsFromEnv builds Options from KILN_DUMP_IR, KILN_TIME_PASSES and
// KILN_DISABLE_PASSES; dumps and timings go to os.Stderr (the one place
// this package names it: the user asked for them through the environment).
// Unset variables leave the zero value. Verification stays off (tests turn
// it on). No library code calls it: a program that wants the variables
// honoured passes backends.CompileOptions{Options: passes.OptionsFromEnv()},
// as the kiln CLI does.
func OptionsFromEnv() Options {
	return Options{
		DumpAfter: splitList(os.Getenv(EnvDumpIR)),
		DumpTo:    os.Stderr,
		Time:      os.Getenv(EnvTimePasses) == "1",
		TimeTo:    os.Stderr,
		Disable:   splitList(os.Getenv(EnvDisablePasses)),
	}
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Names lists the pass names of p in order.
func (p Pipeline) Names() []string {
	out := make([]string, len(p.Passes))
	for i, ps := range p.Passes {
		out[i] = ps.Name
	}
	return out
}

// Run applies p's passes to f in order. It returns the first error, naming
// the pipeline, the pass and the function; a panic inside a pass becomes
// "panic in pass X while compiling F: <value>" followed by a short stack.
// Options are validated before any pass runs.
func (p Pipeline) Run(f *ir.Func, opts Options) error {
	if f == nil {
		return fmt.Errorf("pipeline %s: nil func", p.Name)
	}
	skip, dump, err := p.resolve(opts)
	if err != nil {
		return err
	}
	dumpTo, timeTo := opts.DumpTo, opts.TimeTo
	if len(dump) > 0 && dumpTo == nil {
		return fmt.Errorf("pipeline %s: Options.DumpAfter names passes but Options.DumpTo is nil", p.Name)
	}
	if opts.Time && timeTo == nil {
		return fmt.Errorf("pipeline %s: Options.Time is set but Options.TimeTo is nil", p.Name)
	}
	if opts.Verify {
		if err := ir.Check(f); err != nil {
			return fmt.Errorf("pipeline %s: invalid input before the first pass: %w", p.Name, err)
		}
	}
	for _, ps := range p.Passes {
		if skip[ps.Name] {
			continue
		}
		start := time.Now()
		if err := runPass(ps, f); err != nil {
			return fmt.Errorf("pipeline %s: %w", p.Name, err)
		}
		if opts.Time {
			fmt.Fprintf(timeTo, "kiln: pass %-12s %-20s %10s  %d values\n", ps.Name, f.Name, time.Since(start).Round(time.Microsecond), len(f.Values))
		}
		if dump[ps.Name] {
			fmt.Fprintf(dumpTo, "// IR of %s after pass %s (pipeline %s)\n%s", f.Name, ps.Name, p.Name, f.String())
		}
		if opts.Verify {
			if err := ir.Check(f); err != nil {
				return fmt.Errorf("pipeline %s: pass %s broke func %s: %w", p.Name, ps.Name, f.Name, err)
			}
		}
	}
	return nil
}

// resolve checks Disable and DumpAfter against the pipeline's passes.
func (p Pipeline) resolve(opts Options) (skip, dump map[string]bool, err error) {
	byName := make(map[string]Pass, len(p.Passes))
	for _, ps := range p.Passes {
		byName[ps.Name] = ps
	}
	skip = map[string]bool{}
	for _, n := range opts.Disable {
		ps, ok := byName[n]
		switch {
		case !ok:
			return nil, nil, fmt.Errorf("pipeline %s: cannot disable unknown pass %q (passes: %s)", p.Name, n, strings.Join(p.Names(), ", "))
		case !ps.Optional:
			return nil, nil, fmt.Errorf("pipeline %s: pass %q is required and cannot be disabled", p.Name, n)
		}
		skip[n] = true
	}
	dump = map[string]bool{}
	for _, n := range opts.DumpAfter {
		if n == "all" {
			for name := range byName {
				dump[name] = true
			}
			continue
		}
		if _, ok := byName[n]; !ok {
			return nil, nil, fmt.Errorf("pipeline %s: cannot dump after unknown pass %q (passes: %s)", p.Name, n, strings.Join(p.Names(), ", "))
		}
		dump[n] = true
	}
	return skip, dump, nil
}

// runPass runs one pass, turning a panic into an error.
func runPass(ps Pass, f *ir.Func) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in pass %s while compiling %s: %v\n%s", ps.Name, f.Name, r, shortStack(debug.Stack(), 12))
		}
	}()
	if err := ps.Run(f); err != nil {
		return fmt.Errorf("pass %s on func %s: %w", ps.Name, f.Name, err)
	}
	return nil
}

// shortStack keeps the first n frames of a goroutine stack after the
// runtime's own panic machinery, so reports stay readable.
func shortStack(stack []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(stack)), "\n")
	// Skip the header and frames of debug.Stack, the deferred func and
	// runtime.gopanic: start after the line naming panic(...).
	start := 1
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			start = i + 2
			break
		}
	}
	if start > len(lines) {
		start = len(lines)
	}
	lines = lines[start:]
	if len(lines) > 2*n {
		lines = append(lines[:2*n], "\t...")
	}
	return strings.Join(lines, "\n")
}
