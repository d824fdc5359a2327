package frontend

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Error is a mistake in model-building code (usually incompatible
// shapes), reported at the model-source line that made the call. Tensor
// methods panic with an *Error; Build and Graph.Do return it.
type Error struct {
	Pos ir.Pos // model-source line of the offending call
	Op  string // the frontend operation ("matmul", "reshape", ...)
	Msg string // what is wrong, including the operand shapes
}

// Error formats the error as "pos: op: message".
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s: %s", e.Pos, e.Op, e.Msg)
}

// PanicError is a panic other than a frontend *Error raised while building
// (a nil dereference in model code, say), converted by Build or Graph.Do.
type PanicError struct {
	Func  string // function being built
	Pos   ir.Pos // innermost model-source frame of the panic
	Value any    // the recovered value
	Stack string // goroutine stack at the panic
}

// Error formats the panic with its model position and function.
func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: panic while building %s: %v", e.Pos, e.Func, e.Value)
}

// Unwrap returns the panic value when it is an error.
func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

// failNoGraph panics with an *Error when no operand gives a graph (nil
// operands).
func failNoGraph(op, msg string) {
	var g *Graph
	panic(&Error{Pos: g.callerPos(), Op: op, Msg: msg})
}

// fail panics with an *Error at the caller's source line. It ignores
// SetPos: inside a pass, the line of the pass that misused the frontend is
// what its author needs.
func (g *Graph) fail(op, format string, args ...any) {
	panic(&Error{Pos: g.callerPos(), Op: op, Msg: fmt.Sprintf(format, args...)})
}

// panicPos finds the innermost model frame of a panic being recovered:
// called from the deferred function, the stack still holds the frames
// between the panic site and Do.
func (g *Graph) panicPos() ir.Pos {
	var pcs [64]uintptr
	n := runtime.Callers(1, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if fr.Function != "" && !isFrontendFrame(fr) {
			return framePos(fr)
		}
		if !more {
			return ir.Pos{}
		}
	}
}

func stack() string { return strings.TrimSpace(string(debug.Stack())) }
