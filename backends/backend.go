// Package backends defines what a kiln backend is — Backend, Executable,
// Buffer — and the registry through which backends are found by name.
//
// A backend compiles an *ir.Func (after running its own pass pipeline,
// Pipeline(), built from package passes) into an Executable, and owns the Buffers that hold
// executable inputs and outputs. Backends register in init(); those that
// need native libraries load them at run time and report through
// Available why they cannot run, so every backend builds everywhere.
//
// Implementations live in subpackages: interp (the pure-Go reference),
// llvm (CPU), xla (PJRT), cuda. backendtest is the conformance suite every
// backend runs against interp.
package backends

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// Backend compiles IR functions and manages buffers.
type Backend interface {
	// Name is the registry name ("interp", "llvm", "xla", "cuda").
	Name() string
	// Available returns nil when the backend can compile and run here, or
	// an error saying what is missing and how to get it.
	Available() error
	// Capabilities reports the ops and dtypes the backend implements
	// natively; passes/decompose expands the composite ops it lacks.
	Capabilities() Capabilities
	// Pipeline is the named, ordered list of every pass Compile runs on
	// (a clone of) f before generating code; CompileOptions' DumpAfter,
	// Disable, Time and Verify name and reach exactly these passes. It
	// satisfies passes.Check (Register enforces it). Analyses a backend
	// runs after the pipeline (llvm's passes.Fuse) change nothing and are
	// not in it.
	Pipeline() passes.Pipeline
	// Compile lowers f (which it may not modify: it works on a clone) to an
	// executable. Parameters are bound positionally in f.Params order.
	Compile(f *ir.Func, opts CompileOptions) (Executable, error)
	// Upload copies a host tensor into a buffer owned by this backend.
	Upload(t *tensor.Tensor) (Buffer, error)
}

// Precompiler is an optional Backend interface for callers about to
// compile many functions one by one (the conformance suite): Precompile
// prepares their compilations together, with fewer tool processes, so that
// each later Compile of one of them with the same options is cheaper. It
// is a hint that changes no result: every Compile still produces the same
// code and reports its own errors. Its error only says what could not be
// prepared (a caller may log it).
type Precompiler interface {
	Precompile(fs []*ir.Func, opts CompileOptions) error
}

// Capabilities lists what a backend implements natively.
type Capabilities struct {
	Ops    map[ir.Op]bool
	DTypes map[ir.DType]bool
	// WideChunks: chunked computations (the LM-head loss's gradient) should
	// use wide row chunks (autodiff.Options.WideChunks). XLA sums the
	// chunks' partial products in one fusion and its GEMMs want rows; a
	// CPU backend keeps cache-sized chunks (GPT-2 4x128 on llvm: 2.11 s
	// per step with 4 chunks of 128 rows, 2.92 s with 2 of 256).
	WideChunks bool
}

// HasOp reports whether op is implemented natively.
func (c Capabilities) HasOp(op ir.Op) bool { return c.Ops[op] }

// HasDType reports whether buffers and ops of dtype d are supported.
func (c Capabilities) HasDType(d ir.DType) bool { return c.DTypes[d] }

// CompileOptions tune compilation. The zero value is the default.
type CompileOptions struct {
	// Options control how the backend's Pipeline runs: IR dumps after
	// named passes (DumpAfter, "all" for every pass), timings (Time),
	// skipped optional passes (Disable) and the verifier between passes
	// (Verify). passes.OptionsFromEnv reads them from KILN_DUMP_IR,
	// KILN_TIME_PASSES and KILN_DISABLE_PASSES.
	passes.Options
}

// Executable is a compiled function.
type Executable interface {
	// Signature returns the parameter and result types, in order.
	Signature() Signature
	// Run executes with one buffer per parameter (in Signature order) and
	// returns one new buffer per result. Buffers listed in Donate may be
	// reused for results; they are invalid after Run returns. Run never
	// modifies non-donated inputs.
	Run(args []Buffer, opts RunOptions) ([]Buffer, error)
}

// Signature is the calling convention of an Executable.
type Signature struct {
	ParamNames  []string
	Params      []ir.Type
	ResultNames []string
	Results     []ir.Type
}

// RunOptions tune one execution.
type RunOptions struct {
	// Donate lists argument indices whose buffers the executable may reuse.
	Donate []int
}

// Buffer is a tensor owned by a backend (host memory or device memory).
type Buffer interface {
	// Type is the buffer's dtype and shape.
	Type() ir.Type
	// Download copies the contents to a new host tensor.
	Download() (*tensor.Tensor, error)
	// Free releases the storage. It is idempotent; a freed buffer must not
	// be used again (backends report an error if it is).
	Free()
}

// ErrFreed is returned when a freed or donated buffer is used.
var ErrFreed = errors.New("buffer was freed or donated")

var (
	regMu    sync.RWMutex
	registry = map[string]registered{}
)

type registered struct {
	b        Backend
	priority int
}

// Register adds a backend under its name. Higher priority wins in Default
// among the available backends. Registering a name twice, or a backend
// whose Pipeline violates passes.Check (a pass ordering constraint),
// panics: both are programming errors in init code.
func Register(b Backend, priority int) {
	if err := passes.Check(b.Pipeline()); err != nil {
		panic("backends: " + b.Name() + ": " + err.Error())
	}
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[b.Name()]; dup {
		panic("backends: duplicate registration of " + b.Name())
	}
	registry[b.Name()] = registered{b, priority}
}

// Get returns the named backend, or an error listing the registered names.
// It does not check availability.
func Get(name string) (Backend, error) {
	regMu.RLock()
	defer regMu.RUnlock()
	if r, ok := registry[name]; ok {
		return r.b, nil
	}
	return nil, fmt.Errorf("unknown backend %q (registered: %v; import its package to register it)", name, namesLocked())
}

// Names lists the registered backends, sorted.
func Names() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	return namesLocked()
}

func namesLocked() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Default returns the available backend with the highest priority.
func Default() (Backend, error) {
	regMu.RLock()
	defer regMu.RUnlock()
	var best *registered
	for _, n := range namesLocked() {
		r := registry[n]
		if r.b.Available() != nil {
			continue
		}
		if best == nil || r.priority > best.priority {
			rr := r
			best = &rr
		}
	}
	if best == nil {
		return nil, errors.New("no backend available (import github.com/kiln-ml/kiln/backends/interp for the pure-Go reference)")
	}
	return best.b, nil
}

// SignatureOf derives the calling convention of f.
func SignatureOf(f *ir.Func) Signature {
	var s Signature
	for _, p := range f.Params {
		s.ParamNames = append(s.ParamNames, p.Name)
		s.Params = append(s.Params, p.Type)
	}
	for i, r := range f.Results {
		name := ""
		if i < len(f.ResultNames) {
			name = f.ResultNames[i]
		}
		s.ResultNames = append(s.ResultNames, name)
		s.Results = append(s.Results, r.Type)
	}
	return s
}

// CheckArgs verifies that args match the signature's parameter types and
// are not nil, naming the first mismatch.
func (s Signature) CheckArgs(args []Buffer) error {
	if len(args) != len(s.Params) {
		return fmt.Errorf("%d arguments, want %d", len(args), len(s.Params))
	}
	for i, a := range args {
		if a == nil {
			return fmt.Errorf("argument %d (%s) is nil", i, s.ParamNames[i])
		}
		if t := a.Type(); !t.Equal(s.Params[i]) {
			return fmt.Errorf("argument %d (%s) is %s, want %s", i, s.ParamNames[i], t, s.Params[i])
		}
	}
	return nil
}
