// Package frontend is how model code builds kiln IR: a Graph wraps an IR
// function (or an ir.Emitter during a pass) and hands out Tensors whose
// methods read like the PyTorch code they port:
//
//	h := x.MatMul(w.T()).Add(b).Softmax(-1)
//
// Binary ops broadcast numpy-style, axes may be negative, and every value
// records the model-source line that created it (ir.Value.Pos).
//
// Model-building code does not check errors at every call: a shape mistake
// panics with an *Error naming the model source line and the operand
// shapes, and Build (or Graph.Do) turns that panic into an ordinary error.
package frontend

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Sink is where a Graph appends values. Both *ir.Func and *ir.Emitter
// satisfy it, so model code and pass decompositions share one API.
type Sink interface {
	Emit(op ir.Op, attrs any, pos ir.Pos, args ...*ir.Value) (*ir.Value, error)
	Constant(t ir.Type, data []byte, pos ir.Pos) (*ir.Value, error)
	Iota(t ir.Type, dim int, pos ir.Pos) (*ir.Value, error)
}

// Graph builds values into a Sink. It is not safe for concurrent use.
type Graph struct {
	sink Sink
	fn   *ir.Func
	// fixedPos, when set, is used for every value instead of the caller's
	// line (passes keep the position of the value they rewrite).
	fixedPos *ir.Pos
	posCache map[uintptr]pcInfo
	returned bool
	values   map[any]any // build-time options for layer code (SetValue)
}

// New returns a Graph over a new, empty ir.Func named name.
func New(name string) *Graph {
	f := ir.NewFunc(name)
	return &Graph{sink: f, fn: f}
}

// Wrap returns a Graph that appends to sink, whose values belong to f
// (sink is f itself, or an ir.Emitter of a rewrite of f). Over an
// *ir.Emitter, values get the position of the value being rewritten
// rather than the line of the pass; elsewhere they record their caller.
// A nil f is taken from the sink when it is an *ir.Func or *ir.Emitter.
func Wrap(sink Sink, f *ir.Func) *Graph {
	g := &Graph{sink: sink, fn: f}
	switch s := sink.(type) {
	case *ir.Emitter:
		g.fixedPos = &ir.Pos{}
		if f == nil {
			g.fn = s.Func()
		}
	case *ir.Func:
		if f == nil {
			g.fn = s
		}
	}
	if g.fn == nil {
		g.fn = ir.NewFunc("wrapped") // parameters cannot be added through a foreign sink
	}
	return g
}

// Func returns the function being built.
func (g *Graph) Func() *ir.Func { return g.fn }

// SetValue attaches a build-time value under key (a comparable, usually
// an unexported type of the package that owns it), as context.WithValue
// does: layer packages use it to hand options to the layers a model
// builds (nn's adapter set) without changing every model's signature.
func (g *Graph) SetValue(key, v any) {
	if g.values == nil {
		g.values = map[any]any{}
	}
	g.values[key] = v
}

// Value returns the value SetValue attached under key, or nil.
func (g *Graph) Value(key any) any { return g.values[key] }

// SetPos makes every later value record p instead of its caller's line;
// the zero Pos lets an ir.Emitter supply the rewritten value's position.
// ClearPos undoes it.
func (g *Graph) SetPos(p ir.Pos) { g.fixedPos = &p }

// ClearPos returns to recording each value's caller line.
func (g *Graph) ClearPos() { g.fixedPos = nil }

// Build creates a function named name by running fn on a new Graph. A
// panic inside fn — a shape mistake reported by a Tensor method, or any
// other — becomes an error naming the model source line; fn's own error is
// returned as is. fn must call Return. The result passes ir.Check.
func Build(name string, fn func(g *Graph) error) (*ir.Func, error) {
	g := New(name)
	if err := g.Do(fn); err != nil {
		return nil, err
	}
	if !g.returned {
		return nil, fmt.Errorf("build %s: the model function did not call Return", name)
	}
	if err := ir.Check(g.fn); err != nil {
		return nil, fmt.Errorf("build %s: %w", name, err)
	}
	return g.fn, nil
}

// Do runs fn on g and converts a panic inside it into an error: an *Error
// for frontend shape mistakes, a *PanicError (with the model line and the
// stack) for anything else. Passes that build through Wrap use it too.
func (g *Graph) Do(fn func(g *Graph) error) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(*Error); ok {
			err = e
			return
		}
		err = &PanicError{Func: g.fn.Name, Pos: g.panicPos(), Value: r, Stack: stack()}
	}()
	return fn(g)
}

// Param declares a function parameter (a weight by its Hugging Face name,
// or an input) of the given dtype and shape. Declaring a name twice with
// the same type returns the same tensor; with another type it panics.
func (g *Graph) Param(name string, dt ir.DType, dims ...int) *Tensor {
	t := ir.Type{DType: dt, Shape: ir.Shape(dims).Clone()}
	if name == "" {
		g.fail("param", "parameter needs a name")
	}
	if !dt.Valid() {
		g.fail("param", "parameter %q: invalid dtype %s", name, dt)
	}
	for _, d := range dims {
		if d < 0 {
			g.fail("param", "parameter %q: negative dimension in %v", name, dims)
		}
	}
	if p := g.fn.ParamByName(name); p != nil {
		if !p.Type.Equal(t) {
			g.fail("param", "parameter %q declared as %s and again as %s", name, p.Type, t)
		}
		return &Tensor{g: g, v: p}
	}
	if f, ok := g.sink.(*ir.Func); !ok || f != g.fn {
		g.fail("param", "cannot add parameter %q while rewriting (the sink is not the function)", name)
	}
	return &Tensor{g: g, v: g.fn.Param(name, t)}
}

// Output names one result of the function.
type Output struct {
	Name string
	T    *Tensor
}

// Out is shorthand for Output{name, t}.
func Out(name string, t *Tensor) Output { return Output{name, t} }

// Return sets the function's results in the given order. Names must be
// unique (empty names are allowed and not compared).
func (g *Graph) Return(outs ...Output) {
	vals := make([]*ir.Value, len(outs))
	names := make([]string, len(outs))
	seen := map[string]bool{}
	for i, o := range outs {
		if o.T == nil {
			g.fail("return", "result %d (%q) is nil", i, o.Name)
		}
		g.own(o.T, "return")
		if o.Name != "" && seen[o.Name] {
			g.fail("return", "duplicate result name %q", o.Name)
		}
		seen[o.Name] = true
		vals[i], names[i] = o.T.v, o.Name
	}
	g.fn.SetResults(vals, names)
	g.returned = true
}

// ReturnMap sets the results from a map, ordered by name.
func (g *Graph) ReturnMap(m map[string]*Tensor) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	outs := make([]Output, len(keys))
	for i, k := range keys {
		outs[i] = Output{k, m[k]}
	}
	g.Return(outs...)
}

// Lift wraps an existing value of g's function as a Tensor (for passes
// that start from the operands of the value they rewrite).
func (g *Graph) Lift(v *ir.Value) *Tensor {
	if v == nil {
		g.fail("lift", "nil value")
	}
	return &Tensor{g: g, v: v}
}

// Emit appends op(args) with attrs and returns the result; it is the escape
// hatch for ops without a dedicated method. Invalid operands panic with an
// *Error naming the caller's line and the operand types.
func (g *Graph) Emit(op ir.Op, attrs any, args ...*Tensor) *Tensor {
	return g.emit(op, attrs, args...)
}

func (g *Graph) emit(op ir.Op, attrs any, args ...*Tensor) *Tensor {
	vals := make([]*ir.Value, len(args))
	for i, a := range args {
		if a == nil {
			g.fail(op.String(), "operand %d is nil", i)
		}
		g.own(a, op.String())
		vals[i] = a.v
	}
	v, err := g.sink.Emit(op, attrs, g.pos(), vals...)
	if err != nil {
		g.fail(op.String(), "%v", stripPosPrefix(err.Error(), op))
	}
	return &Tensor{g: g, v: v}
}

// stripPosPrefix removes the "op at pos: " prefix of ir errors: *Error
// adds the position itself.
func stripPosPrefix(msg string, op ir.Op) string {
	p := op.String() + " at "
	if strings.HasPrefix(msg, p) {
		if i := strings.Index(msg, ": "); i >= 0 {
			return msg[i+2:]
		}
	}
	return msg
}

func (g *Graph) own(t *Tensor, what string) {
	if t.g != g {
		g.fail(what, "operand belongs to another graph")
	}
}

// pcInfo caches, per program counter, whether it is frontend code and the
// position of its innermost non-frontend frame.
type pcInfo struct {
	outside bool
	pos     ir.Pos
}

// pos returns the model-source position of the current frontend call: the
// first caller frame outside the frontend packages (test files count as
// model code).
func (g *Graph) pos() ir.Pos {
	if g.fixedPos != nil {
		return *g.fixedPos
	}
	return g.callerPos()
}

// callerPos is the first caller frame outside the frontend packages.
// It walks a few frames first (the model frame is usually within them: the
// stack walk dominates the cost of building) and the whole stack only if
// needed. A nil g (no graph at hand) classifies without caching.
func (g *Graph) callerPos() ir.Pos {
	for _, depth := range []int{10, 100} {
		pcs := make([]uintptr, depth)
		n := runtime.Callers(2, pcs)
		if p, ok := g.firstOutside(pcs[:n]); ok {
			return p
		}
		if n < depth {
			break
		}
	}
	return ir.Pos{}
}

func (g *Graph) firstOutside(pcs []uintptr) (ir.Pos, bool) {
	if g != nil && g.posCache == nil {
		g.posCache = map[uintptr]pcInfo{}
	}
	for _, pc := range pcs {
		var info pcInfo
		ok := false
		if g != nil {
			info, ok = g.posCache[pc]
		}
		if !ok {
			info = classifyPC(pc)
			if g != nil {
				g.posCache[pc] = info
			}
		}
		if info.outside {
			return info.pos, true
		}
	}
	return ir.Pos{}, false
}

func classifyPC(pc uintptr) pcInfo {
	frames := runtime.CallersFrames([]uintptr{pc})
	for {
		fr, more := frames.Next()
		if fr.Function != "" && !isFrontendFrame(fr) {
			return pcInfo{true, framePos(fr)}
		}
		if !more {
			return pcInfo{}
		}
	}
}

const modulePath = "github.com/kiln-ml/kiln/"

// isFrontendFrame reports whether fr is code of package frontend or
// frontend/nn (excluding their tests) or of the Go runtime.
func isFrontendFrame(fr runtime.Frame) bool {
	if strings.HasPrefix(fr.Function, "runtime.") {
		return true
	}
	if strings.HasSuffix(fr.File, "_test.go") {
		return false
	}
	pkg := funcPackage(fr.Function)
	return pkg == modulePath+"frontend" || pkg == modulePath+"frontend/nn"
}

// funcPackage extracts the import path from a runtime function name such
// as "github.com/kiln-ml/kiln/frontend.(*Tensor).Add".
func funcPackage(fn string) string {
	slash := strings.LastIndexByte(fn, '/')
	dot := strings.IndexByte(fn[slash+1:], '.')
	if dot < 0 {
		return fn
	}
	return fn[:slash+1+dot]
}

// framePos shortens the file to its last two path elements ("llama/llama.go")
// so that positions read well and do not depend on the checkout location.
func framePos(fr runtime.Frame) ir.Pos {
	dir, file := filepath.Split(fr.File)
	if d := filepath.Base(filepath.Clean(dir)); d != "." && d != "/" && dir != "" {
		file = d + "/" + file
	}
	return ir.Pos{File: file, Line: fr.Line}
}
