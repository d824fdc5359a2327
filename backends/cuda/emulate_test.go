package cuda

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// TestEmulatedConformance runs the conformance suite on the generated
// kernels without a GPU: every module the suite's functions generate is
// compiled by the host C++ compiler with testdata/host_shim.h (which runs
// a kernel's threads as coroutines, see emulate_build_test.go for the
// build and its cache), and GEMM steps are computed in Go the
// way cuBLASLt is called (ltCallOf: column-major, transposes, strided
// batches, float32 accumulation). What it checks is the generated code and
// the launch plan — semantics, indexing, fusion, buffer placement — not
// NVRTC, the driver or cuBLASLt (TestConformance does, on the GPU).
func TestEmulatedConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles every conformance module with the host C++ compiler")
	}
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++ to emulate the kernels with")
	}
	r := &programRecorder{Backend: interp.New(), index: map[[32]byte]int{}}
	backendtest.Run(t, r)
	extras := extraFuncs(t)
	for _, x := range extras {
		if _, err := r.Compile(x.f, backends.CompileOptions{}); err != nil {
			t.Fatalf("%s: %v", x.f.Name, err)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	start := time.Now()
	mods, err := buildEmulation(cxx, r.sources)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d modules compiled for emulation in %v", len(r.sources), time.Since(start))
	emu := &emuBackend{cxx: cxx, mods: map[[32]byte]emuModule{}}
	for key, i := range r.index {
		emu.mods[key] = mods[i]
	}
	backendtest.Run(t, emu)
	for _, x := range extras {
		t.Run("extra/"+x.f.Name, func(t *testing.T) {
			if d := runBoth(t, emu, x.f, x.in...); d > x.tol {
				t.Errorf("differs from interp by %g (tolerance %g)", d, x.tol)
			}
		})
	}
}

// programRecorder collects the distinct module sources of every function
// the suite compiles that the backend declares.
type programRecorder struct {
	*interp.Backend
	mu      sync.Mutex
	sources []string
	index   map[[32]byte]int
}

func (r *programRecorder) Name() string { return "interp" }

func (r *programRecorder) Compile(f *ir.Func, o backends.CompileOptions) (backends.Executable, error) {
	exe, err := r.Backend.Compile(f, o)
	if err != nil || undeclared(f) != "" {
		return exe, err
	}
	p, err := lower(f, o)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	key := sha256.Sum256([]byte(p.source))
	if _, ok := r.index[key]; !ok && len(p.kernels) > 0 {
		r.index[key] = len(r.sources)
		r.sources = append(r.sources, p.source)
	}
	return exe, nil
}

var kernelName = regexp.MustCompile(`(__launch_bounds__\(\d+\) )(k\d+_\w+)\(`)

// emuBackend runs programs on the host: kernels from emulation libraries
// (built in advance for many modules, or on demand for one), GEMMs in Go,
// memory in Go slices.
type emuBackend struct {
	samples atomic.Int64 // SampleLast calls (the device sampler's use)
	skipped atomic.Int64 // steps not launched by every executable (in-place updates)
	cxx     string       // the host compiler; "" when there is none
	mu      sync.Mutex
	mods    map[[32]byte]emuModule
}

// emuModule is where the kernels of one module are: library lib, named
// prefix + kernel name, launched by that library's kiln_launch (the
// shim's launch state is per library).
type emuModule struct {
	lib    uintptr
	prefix string
	launch func(fn uintptr, nargs int32, args unsafe.Pointer, grid, block int32)
}

func (*emuBackend) Name() string { return "cuda-emulated" }
func (e *emuBackend) Available() error {
	if e.cxx == "" {
		return errors.New("no g++ to emulate the kernels with")
	}
	return nil
}
func (*emuBackend) Capabilities() backends.Capabilities { return capabilities() }
func (*emuBackend) Pipeline() passes.Pipeline           { return pipeline() }

type emuBuffer struct {
	t     ir.Type
	data  []byte
	freed bool
}

func (x *emuBuffer) Type() ir.Type { return x.t }
func (x *emuBuffer) Free()         { x.freed = true; x.data = nil }
func (x *emuBuffer) Download() (*tensor.Tensor, error) {
	if x.freed {
		return nil, backends.ErrFreed
	}
	out, err := tensor.New(x.t.DType, x.t.Shape)
	if err != nil {
		return nil, err
	}
	copy(out.Data, x.data)
	return out, nil
}

func (e *emuBackend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &emuBuffer{t: t.Type(), data: append([]byte(nil), t.Data...)}, nil
}

type emuExe struct {
	skippedSteps int // steps not launched (in-place updates), over all runs
	e            *emuBackend
	p            *program
	mod          emuModule
	syms         map[string]uintptr
}

// module returns the emulation module of source, building it on demand.
func (e *emuBackend) module(source string) (emuModule, error) {
	key := sha256.Sum256([]byte(source))
	e.mu.Lock()
	defer e.mu.Unlock()
	if m, ok := e.mods[key]; ok {
		return m, nil
	}
	mods, err := buildEmulation(e.cxx, []string{source})
	if err != nil {
		return emuModule{}, err
	}
	e.mods[key] = mods[0]
	return mods[0], nil
}

func (e *emuBackend) Compile(f *ir.Func, o backends.CompileOptions) (backends.Executable, error) {
	p, err := lower(f, o)
	if err != nil {
		return nil, err
	}
	x := &emuExe{e: e, p: p, syms: map[string]uintptr{}}
	if len(p.kernels) > 0 {
		if x.mod, err = e.module(p.source); err != nil {
			return nil, err
		}
		for _, k := range p.kernels {
			s, err := purego.Dlsym(x.mod.lib, x.mod.prefix+k)
			if err != nil {
				return nil, err
			}
			x.syms[k] = s
		}
	}
	return x, nil
}

func (x *emuExe) Signature() backends.Signature { return x.p.sig }

func (x *emuExe) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	sig := x.p.sig
	if err := sig.CheckArgs(args); err != nil {
		return nil, err
	}
	in := make([]*emuBuffer, len(args))
	for i, a := range args {
		b, ok := a.(*emuBuffer)
		if !ok {
			return nil, fmt.Errorf("argument %d is not an emulated buffer", i)
		}
		if b.freed {
			return nil, backends.ErrFreed
		}
		in[i] = b
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, errors.New("donated argument out of range")
		}
	}
	inPlace := x.p.inPlaceResults(args, opts.Donate)
	res := make([]*emuBuffer, len(sig.Results))
	for i, t := range sig.Results {
		if q, ok := inPlace[i]; ok { // the donated argument's memory, as on the device
			res[i] = &emuBuffer{t: t, data: in[q].data}
			continue
		}
		// Garbage, not zeros: every result must be written in full.
		res[i] = &emuBuffer{t: t, data: make([]byte, t.Bytes())}
		for j := range res[i].data {
			res[i].data[j] = 0xa5
		}
	}
	ws := make([]byte, x.p.wsBytes+8)
	for j := range ws {
		ws[j] = 0x5a
	}
	mem := func(r bufRef) []byte {
		switch r.kind {
		case bufParam:
			return in[r.index].data
		case bufResult:
			return res[r.index].data
		case bufConst:
			return x.p.consts[r.index]
		}
		return ws[r.offset:]
	}
	var pin runtime.Pinner
	defer pin.Unpin()
	ptr := func(b []byte) unsafe.Pointer {
		if len(b) == 0 {
			return nil
		}
		pin.Pin(&b[0])
		return unsafe.Pointer(&b[0])
	}
	emuLaunchMu.Lock() // the shim's launch state is global
	defer emuLaunchMu.Unlock()
	addr := func(r bufRef) uintptr {
		if b := mem(r); len(b) > 0 {
			return uintptr(unsafe.Pointer(&b[0]))
		}
		return 0
	}
	for _, s := range x.p.steps {
		if s.skipped(addr) {
			x.skippedSteps++
			x.e.skipped.Add(1)
			continue
		}
		if s.kind == stepGemm {
			var bias []byte
			if s.hasBias {
				bias = mem(s.bias)
			}
			emulateLt(ltCallOf(s.gemm), mem(s.rhs), mem(s.lhs), mem(s.out), bias)
			continue
		}
		ptrs := make([]unsafe.Pointer, len(s.args))
		for i, a := range s.args {
			ptrs[i] = ptr(mem(a))
		}
		pin.Pin(&ptrs[0])
		// Fewer, smaller blocks than on the GPU: every kernel loops over
		// the grid, and the emulated threads run one at a time. Two blocks of
		// two warps still exercise the grid loops and the cross-warp step
		// of the block reduction.
		x.mod.launch(x.syms[s.kernel], int32(len(ptrs)), unsafe.Pointer(&ptrs[0]), int32(min(s.grid, 2)), 64)
	}
	for _, d := range opts.Donate {
		args[d].Free()
	}
	out := make([]backends.Buffer, len(res))
	for i, r := range res {
		out[i] = r
	}
	return out, nil
}

var emuLaunchMu sync.Mutex

// emulateLt computes D = op(A) · op(B) (+ bias[i], when bias is not nil)
// as cuBLASLt does for call (column-major, float32 accumulation, one
// rounding to D's dtype).
func emulateLt(c ltCall, a, b, d, bias []byte) {
	m, n := c.c.rows, c.c.cols
	k := c.a.cols
	if c.transA {
		k = c.a.rows
	}
	for bt := 0; bt < c.batch; bt++ {
		for j := 0; j < n; j++ {
			for i := 0; i < m; i++ {
				var acc float32
				for l := 0; l < k; l++ {
					ai := i + l*c.a.ld // op(A)[i, l]
					if c.transA {
						ai = l + i*c.a.ld
					}
					bi := l + j*c.b.ld // op(B)[l, j]
					if c.transB {
						bi = j + l*c.b.ld
					}
					acc += loadF32(c.a.dtype, a, bt*c.a.stride+ai) * loadF32(c.b.dtype, b, bt*c.b.stride+bi)
				}
				if bias != nil {
					acc += loadF32(c.c.dtype, bias, i)
				}
				ir.PutElementFloat(c.c.dtype, d, bt*c.c.stride+i+j*c.c.ld, float64(acc))
			}
		}
	}
}

func loadF32(dt ir.DType, data []byte, i int) float32 {
	return float32(ir.ElementFloat(dt, data, i))
}
