package cuda

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// CompileStats describes the compilation of an executable.
type CompileStats struct {
	Cached  bool // the cubin came from the disk or process cache
	Kernels int  // distinct kernels in the module
	Steps   int  // launches (kernels and GEMMs) per run
	WSBytes int  // workspace bytes per run
}

// executable is a loaded program.
type executable struct {
	b      *Backend
	prog   *program
	fns    map[string]cuFunc
	gemms  map[int]*ltMatmul // step index -> prepared GEMM
	consts []devPtr
	stats  CompileStats
	mu     sync.Mutex
	ws     devPtr // the workspace, allocated on the first run
	// graphs are the CUDA graphs of this executable's runs (graph.go).
	graphs graphCache
}

// Stats returns the compile statistics of an executable of this backend.
func Stats(exe backends.Executable) (CompileStats, bool) {
	x, ok := exe.(*executable)
	if !ok {
		return CompileStats{}, false
	}
	return x.stats, true
}

// Compile lowers f to a CUDA module (NVRTC, cached on disk), loads it and
// prepares its GEMMs. f is not modified.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	rt, err := b.setup()
	if err != nil {
		return nil, err
	}
	p, err := lower(f, opts)
	if err != nil {
		return nil, err
	}
	x := &executable{b: b, prog: p, gemms: map[int]*ltMatmul{}}
	x.stats = CompileStats{Kernels: len(p.kernels), Steps: len(p.steps), WSBytes: p.wsBytes}
	b.mu.Lock()
	defer b.mu.Unlock()
	err = rt.dev.do(func() error {
		if err := x.load(rt, b.cacheDir()); err != nil {
			return err
		}
		for _, c := range p.consts {
			ptr, err := rt.mem.alloc(len(c))
			if err != nil {
				return err
			}
			x.consts = append(x.consts, ptr)
			if err := rt.dev.upload(ptr, c); err != nil {
				return err
			}
		}
		for i, s := range p.steps {
			if s.kind != stepGemm {
				continue
			}
			m, err := rt.lt.prepare(rt.ltH, s.gemm, [3]int{s.lhs.alignment(), s.rhs.alignment(), s.out.alignment()}, s.hasBias)
			if err != nil {
				return fmt.Errorf("%w (%s)", err, s.what)
			}
			x.gemms[i] = m
		}
		return nil
	})
	runtime.SetFinalizer(x, (*executable).release)
	if err != nil {
		return nil, fmt.Errorf("cuda: compile %s: %w", f.Name, err)
	}
	return x, nil
}

// release returns to the caching allocator the device memory of an executable that is no longer
// reachable: its constants and its workspace, and destroys its CUDA graphs.
// (Loaded modules stay: the process keeps them for the next executable of
// the same source.)
func (x *executable) release() {
	rt := x.b.rt
	x.b.mu.Lock()
	defer x.b.mu.Unlock()
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.graphs.entries) > 0 {
		_ = rt.dev.do(func() error { x.dropGraphs(rt); return nil })
	}
	for _, p := range append(x.consts, x.ws) {
		_ = rt.mem.release(p) // stream-ordered: reused only by later work
	}
	x.consts, x.ws = nil, 0
}

func (b *Backend) cacheDir() string {
	switch b.CacheDir {
	case "":
		return defaultCacheDir()
	case "-":
		return ""
	}
	return b.CacheDir
}

// load compiles (or finds) the module and looks up its kernels. A cached
// cubin that fails to load is compiled again and replaced.
func (x *executable) load(rt *runtimeState, dir string) error {
	p := x.prog
	if len(p.kernels) == 0 {
		return nil
	}
	arch := rt.dev.arch()
	key := cacheKey(p.source, arch, rt.dev.driverVersion, rt.nvrtc.major, rt.nvrtc.minor)
	if fns, ok := rt.modules[key]; ok {
		x.fns, x.stats.Cached = fns, true
		return nil
	}
	compile := func() ([]byte, error) { return rt.nvrtc.compileCUBIN(p.source, p.name+".cu", arch) }
	cubin, cached, err := cachedCompile(dir, key, compile)
	if err != nil {
		return err
	}
	fns, err := rt.dev.loadModule(cubin, p.kernels)
	if err != nil && cached {
		if cubin, err = compile(); err != nil {
			return err
		}
		_ = cacheStore(dir, key, cubin)
		cached = false
		fns, err = rt.dev.loadModule(cubin, p.kernels)
	}
	if err != nil {
		return err
	}
	rt.modules[key] = fns
	x.fns, x.stats.Cached = fns, cached
	return nil
}

func (x *executable) Signature() backends.Signature { return x.prog.sig }

// Run launches the program's steps on the backend's stream and waits for
// them. A result the buffer plan pairs with a donated argument (InPlace)
// is written into that argument's device memory, which it takes over (no
// allocation, and a dynamic_update_slice writes only the update); other
// donated arguments are freed afterwards.
func (x *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	sig := x.prog.sig
	if err := sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("cuda: run %s: %w", x.prog.name, err)
	}
	bufs := make([]*buffer, len(args))
	for i, a := range args {
		bb, ok := a.(*buffer)
		if !ok || bb.b != x.b {
			return nil, fmt.Errorf("cuda: run %s: argument %d (%s) is not a buffer of this cuda backend", x.prog.name, i, sig.ParamNames[i])
		}
		bufs[i] = bb
		bb.mu.Lock()
		freed := bb.freed
		bb.mu.Unlock()
		if freed {
			return nil, fmt.Errorf("cuda: run %s: argument %d (%s): %w", x.prog.name, i, sig.ParamNames[i], backends.ErrFreed)
		}
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("cuda: run %s: donated argument %d out of range [0, %d)", x.prog.name, d, len(args))
		}
	}
	inPlace := x.prog.inPlaceResults(args, opts.Donate)
	taken := map[int]bool{}
	rt := x.b.rt
	res := make([]*buffer, len(sig.Results))
	x.b.mu.Lock()
	err := rt.dev.do(func() error {
		for i, t := range sig.Results {
			res[i] = &buffer{b: x.b, t: t}
			if q, ok := inPlace[i]; ok {
				res[i].ptr, res[i].borrowed = bufs[q].ptr, true
				taken[q] = true
				continue
			}
			p, err := x.b.allocLocked(rt, t.Bytes())
			if err != nil {
				return err
			}
			res[i].ptr = p
		}
		return x.launch(rt, bufs, res)
	})
	x.b.mu.Unlock()
	if err != nil {
		for _, r := range res {
			if r != nil && !r.borrowed {
				r.Free()
			}
		}
		return nil, fmt.Errorf("cuda: run %s: %w", x.prog.name, err)
	}
	for _, d := range opts.Donate {
		if taken[d] {
			bufs[d].disown()
		} else {
			args[d].Free()
		}
	}
	out := make([]backends.Buffer, len(res))
	for i, r := range res {
		r.borrowed = false // the result owns the memory now
		out[i] = r
	}
	return out, nil
}

// launch runs every step and waits for the stream: through a CUDA graph
// of the run's addresses when graphs are on and the addresses recur
// (graph.go), else step by step.
func (x *executable) launch(rt *runtimeState, args, res []*buffer) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.ws == 0 && x.prog.wsBytes > 0 {
		p, err := x.b.allocLocked(rt, x.prog.wsBytes)
		if err != nil {
			return err
		}
		x.ws = p
	}
	addr := func(r bufRef) devPtr {
		switch r.kind {
		case bufParam:
			return args[r.index].ptr
		case bufResult:
			return res[r.index].ptr
		case bufConst:
			return x.consts[r.index]
		}
		return x.ws + devPtr(r.offset)
	}
	skip := make([]bool, len(x.prog.steps))
	for i, s := range x.prog.steps {
		skip[i] = s.skipped(func(r bufRef) uintptr { return uintptr(addr(r)) })
	}
	enqueue := func() error { return x.enqueue(rt, addr, skip) }
	key := func() string { return x.graphKey(args, res, rt.gemmWS, skip) }
	if done, err := x.runGraph(rt, key, enqueue); done {
		return err
	}
	if err := enqueue(); err != nil {
		return err
	}
	return rt.dev.sync()
}

// enqueue queues the steps not skipped on the stream.
func (x *executable) enqueue(rt *runtimeState, addr func(bufRef) devPtr, skip []bool) error {
	for i, s := range x.prog.steps {
		if skip[i] {
			continue
		}
		var err error
		switch s.kind {
		case stepGemm:
			var bias devPtr
			if s.hasBias {
				bias = addr(s.bias)
			}
			err = rt.lt.run(rt.ltH, x.gemms[i], addr(s.lhs), addr(s.rhs), addr(s.out), bias, rt.gemmWS, rt.dev.stream)
		default:
			ptrs := make([]devPtr, len(s.args))
			for j, a := range s.args {
				ptrs[j] = addr(a)
			}
			err = rt.dev.launch(x.fns[s.kernel], s.grid, s.block, ptrs)
		}
		if err != nil {
			return fmt.Errorf("%w (step %d: %s)", err, i, s.what)
		}
	}
	return nil
}
