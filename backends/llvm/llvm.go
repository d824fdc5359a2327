// Package llvm is kiln's default CPU backend: IR -> LLVM IR (built with
// github.com/llir/llvm) -> opt/llc -O3 for the host CPU -> object -> shared
// library (cc) -> loaded at run time with purego (no cgo).
//
// Compile runs the backend's pass pipeline (Pipeline: llvm's own passes
// around passes.Standard; every composite op but Attention is decomposed),
// then lowers each value to a loop nest: elementwise, broadcast, reshape,
// transpose, slice and convert chains are fused into the loop of their
// consumer, and every other value gets a kernel function that computes a
// slice of its outermost loop. kiln_main calls the kernels
// in order, through a persistent pool of worker threads for large ones
// (runtime.go); results do not depend on the number of threads.
//
// Semantics are those of backends/interp (docs/ir.md): f16/bf16 are stored
// as i16 and computed in float32, rounded to their dtype wherever a value of
// that dtype is produced; reductions, dot products, convolutions and
// scatter-adds of floats accumulate in float64; integers wrap.
//
// Compiled libraries are cached under os.UserCacheDir()/kiln/llvm (or
// Options.CacheDir, $KILN_LLVM_CACHE), keyed by a hash of the LLVM module
// text, the target, the CPU and the llc version; entries are published
// atomically, builds of one key are serialized across processes with a
// file lock, and an entry whose checksum does not match is rebuilt.
//
// All configuration is Options (options.go, with the table of environment
// variables); the package reads the environment only in OptionsFromEnv and
// never writes to stderr (diagnostics go to Options.Logger).
//
// Importing the package registers the backend as "llvm" with priority 10,
// configured from the environment when first used (Default); it is
// Available only where llc and a C compiler are found.
package llvm

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/llir/llvm/ir/constant"
)

func init() { backends.Register(defaultBackend, 10) }

// defaultBackend is the registered "llvm": configured from the
// environment when first used.
var defaultBackend = &Backend{}

// Backend is the LLVM CPU backend. It is safe for concurrent use. The zero
// Backend (and Default) is configured from the environment
// (OptionsFromEnv, read once per process when first needed); New
// configures one by its Options alone.
type Backend struct {
	// CacheDir overrides the library cache directory of the Options.
	CacheDir string
	// Profile makes executables count the cycles of every kernel call
	// (see Profile).
	Profile bool

	opts *Options // nil: from the environment
}

// New returns an LLVM backend configured by opts (the environment is not
// read). Invalid options make Available and Compile fail with an error
// naming the field.
func New(opts Options) *Backend { return &Backend{opts: &opts} }

// Default returns the registered "llvm" backend, configured from the
// environment.
func Default() *Backend { return defaultBackend }

// envOptions reads the environment once per process, when a backend
// configured from it is first used.
var envOptions = sync.OnceValues(func() (*Options, error) {
	o, err := OptionsFromEnv()
	return &o, err
})

// options returns b's configuration (validated).
func (b *Backend) options() (*Options, error) {
	if b.opts == nil {
		o, err := envOptions()
		if err != nil {
			return nil, fmt.Errorf("%w (environment of the default llvm backend)", err)
		}
		return o, nil
	}
	if err := b.opts.validate(); err != nil {
		return nil, err
	}
	return b.opts, nil
}

// setup returns b's options and its toolchain, with the runtime loaded.
func (b *Backend) setup() (*Options, *toolchain, error) {
	o, err := b.options()
	if err != nil {
		return nil, nil, err
	}
	t, err := toolchainFor(o, b.CacheDir)
	if err != nil {
		return nil, nil, err
	}
	if err := loadRuntime(t, o.Threads); err != nil {
		return nil, nil, err
	}
	return o, t, nil
}

// Name returns "llvm".
func (*Backend) Name() string { return "llvm" }

// Available returns nil when llc and a C compiler are found and the
// runtime library builds and loads, else an error saying what to install
// (or which option is invalid).
func (b *Backend) Available() error {
	_, _, err := b.setup()
	return err
}

// Capabilities declares every primitive op and every dtype; composite ops
// are expanded by passes/decompose.
func (*Backend) Capabilities() backends.Capabilities { return capabilities() }

// CompileStats describes the last compilation of an executable.
type CompileStats struct {
	Cached  bool          // the shared library came from the disk cache
	Lower   time.Duration // passes and LLVM IR generation
	Build   time.Duration // opt + llc + cc (or cache lookup) and loading
	IRBytes int           // size of the LLVM module text
	Kernels int           // kernel functions generated
	WSBytes int           // workspace bytes per run
	// Prepacks is the number of weight-parameter layouts the GEMMs read
	// packed (gemm_prepack.go), PrepackBytes their packed size: the memory
	// the packed copies take, kept with the argument buffers, once each
	// has been passed to two Runs.
	Prepacks     int
	PrepackBytes int
}

// Compile lowers f to native code. f is not modified.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	o, t, err := b.setup()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	_, m, err := lower(f, opts, o, t.triple, b.Profile)
	if err != nil {
		return nil, err
	}
	lowered := time.Now()
	m.lm, m.bp = nil, nil
	kind := buildKind(m, o)
	fn, cached, err := loadModule(t, m.text, kind, "kiln_main")
	if err != nil {
		return nil, fmt.Errorf("llvm: compile %s: %w", f.Name, err)
	}
	x := &executable{name: f.Name, sig: backends.SignatureOf(f), mod: m, fn: fn, huge: !o.NoHugePages, prepackLimit: o.prepackLimit()}
	x.pool.results = countBySize(x.sig.Results)
	x.stats = CompileStats{Cached: cached, Lower: lowered.Sub(start), Build: time.Since(lowered), IRBytes: len(m.text), Kernels: m.kernels, WSBytes: m.wsBytes}
	for _, s := range m.prepack {
		x.stats.Prepacks++
		x.stats.PrepackBytes += s.bytes()
	}
	// The module's text (megabytes for a whole-model train step) served
	// only to build or find the library: an executable kept for a whole
	// training run should not keep it resident.
	m.text = nil
	return x, nil
}

// buildKind is how m is built: tiny modules (tests, small programs) skip
// opt and compile with llc -O0 ("ll-tiny"); the others get opt -O3 and llc
// -O3 ("ll"), unless Options.Opt says otherwise.
func buildKind(m *module, o *Options) string {
	kind := "ll"
	if m.work < optThreshold {
		kind = "ll-tiny"
	}
	switch o.Opt {
	case "always":
		kind = "ll"
	case "never":
		kind = "ll-noopt"
	}
	return kind
}

// ProfileEntry is the time spent in one kernel call site.
type ProfileEntry struct {
	Value  string  // the IR value the kernel computes
	Cycles int64   // cycle counter ticks, summed over runs
	Share  float64 // fraction of all kernel ticks
}

// Profile returns the per-kernel cycle counts of an executable compiled
// with Backend.Profile, largest first (nil otherwise).
func Profile(exe backends.Executable) []ProfileEntry {
	x, ok := exe.(*executable)
	if !ok || x.mod.profNames == nil {
		return nil
	}
	x.profMu.Lock()
	defer x.profMu.Unlock()
	agg := map[string]int64{}
	var total int64
	for i, c := range x.prof {
		agg[x.mod.profNames[i]] += c
		total += c
	}
	var out []ProfileEntry
	for n, c := range agg {
		out = append(out, ProfileEntry{Value: n, Cycles: c, Share: float64(c) / float64(max(total, 1))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cycles > out[j].Cycles })
	return out
}

// Describe reports the toolchain of the Default backend: llc, opt and cc
// paths, target triple, CPU, llc version line, cache directory and worker
// threads.
func Describe() (map[string]string, error) {
	_, t, err := Default().setup()
	if err != nil {
		return nil, err
	}
	ver := strings.TrimSpace(t.version)
	if i := strings.IndexByte(ver, '\n'); i > 0 {
		ver = ver[:i]
	}
	return map[string]string{"llc": t.llc, "opt": t.opt, "cc": t.cc, "triple": t.triple, "cpu": t.cpu,
		"llc_version": ver, "cache": t.cacheDir, "threads": strconv.Itoa(rtThreads)}, nil
}

// Stats reports how exe (an executable of this backend) was compiled.
func Stats(exe backends.Executable) (CompileStats, bool) {
	x, ok := exe.(*executable)
	if !ok {
		return CompileStats{}, false
	}
	return x.stats, true
}

var (
	loadedMu sync.Mutex
	loaded   = map[string]uintptr{} // library path NUL symbol -> address
)

// loadModule builds or finds the library of text and returns kiln_main. A
// cached library that fails to load is rebuilt once.
// kind is "ll" (opt -O3, llc -O3), "ll-noopt" (llc -O3) or "ll-tiny" (llc -O0).
//
// A module that Precompile built in a batch is loaded from the batch's
// library, under its renamed symbol (a batch that fails to load is evicted
// and the module built alone).
func loadModule(t *toolchain, text []byte, kind, symbol string) (uintptr, bool, error) {
	if so, sym, ok := t.batchEntry(kind, text, symbol); ok {
		if fn, err := loadSymbol(so, sym); err == nil {
			return fn, true, nil
		}
		t.evict(so)
	}
	for attempt := 0; ; attempt++ {
		so, cached, err := t.library(kind, text)
		if err != nil {
			return 0, false, err
		}
		fn, err := loadSymbol(so, symbol)
		if err != nil {
			if attempt == 0 && cached {
				t.evict(so)
				continue
			}
			return 0, false, err
		}
		return fn, cached, nil
	}
}

// loadSymbol opens the library so (once per process) and returns the
// address of symbol in it.
func loadSymbol(so, symbol string) (uintptr, error) {
	loadedMu.Lock()
	fn, ok := loaded[so+"\x00"+symbol]
	loadedMu.Unlock()
	if ok {
		return fn, nil
	}
	h, err := dlopen(so, false)
	if err == nil {
		fn, err = dlsym(h, symbol)
	}
	if err != nil {
		return 0, fmt.Errorf("load %s: %w", so, err)
	}
	loadedMu.Lock()
	loaded[so+"\x00"+symbol] = fn
	loadedMu.Unlock()
	return fn, nil
}

// Upload validates t and copies it into a new host buffer.
func (b *Backend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("llvm: upload: %w", err)
	}
	o, err := b.options()
	if err != nil {
		return nil, err
	}
	data := allocHost(len(t.Data), !o.NoHugePages)
	copy(data, t.Data)
	return newBuffer(&tensor.Tensor{DType: t.DType, Shape: t.Shape.Clone(), Data: data}), nil
}

// buffer is a host tensor owned by the backend. Its tensor's memory is
// never shared with another live buffer: Upload copies, results are fresh
// or recycled memory, and a donated buffer updated in place hands its
// memory to the result (then it is not recycled by its Free).
type buffer struct {
	mu    sync.Mutex
	t     *tensor.Tensor
	typ   ir.Type
	freed bool
	pins  int         // Runs using t right now
	pool  *resultPool // where Free returns t's memory (nil: not recycled)
	// packs holds t packed for GEMMs, by layout (param 0); a nil entry
	// marks a layout asked for once (gemm_prepack.go).
	packs map[prepackSpec][]byte
	// noPack: a program that updates state in place (it was given
	// donations) reads this buffer; it is never packed (neverPack).
	noPack bool
}

func newBuffer(t *tensor.Tensor) *buffer { return &buffer{t: t, typ: t.Type()} }

// Type returns the buffer's dtype and shape (valid after Free too).
func (b *buffer) Type() ir.Type { return b.typ }

// Download copies the contents; it fails with backends.ErrFreed after Free
// or donation.
func (b *buffer) Download() (*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, fmt.Errorf("llvm: download: %w", backends.ErrFreed)
	}
	return b.t.Clone(), nil
}

// Free drops the storage; it is idempotent. A result buffer's memory goes
// back to its executable's pool for later results, once no Run in flight
// still uses it.
func (b *buffer) Free() {
	b.mu.Lock()
	if b.freed {
		b.mu.Unlock()
		return
	}
	b.freed = true
	var data []byte
	if b.pins == 0 {
		data = b.drop()
	}
	b.mu.Unlock()
	b.pool.put(data)
}

// drop detaches t and returns its memory if it may be recycled (b.mu held).
func (b *buffer) drop() []byte {
	b.dropPacks()
	var data []byte
	if b.t != nil && b.pool != nil {
		data = b.t.Data
	}
	b.t = nil
	return data
}

// acquire returns the tensor for a Run, which must call release after.
func (b *buffer) acquire() (*tensor.Tensor, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed {
		return nil, backends.ErrFreed
	}
	b.pins++
	return b.t, nil
}

// release ends a Run's use; a Free that came meanwhile recycles now.
func (b *buffer) release() {
	b.mu.Lock()
	b.pins--
	var data []byte
	if b.pins == 0 && b.freed {
		data = b.drop()
	}
	b.mu.Unlock()
	b.pool.put(data)
}

// disown keeps b's memory from being recycled (it became a result's).
func (b *buffer) disown() {
	b.mu.Lock()
	b.pool = nil
	b.mu.Unlock()
}

// resultPool holds the memory of an executable's freed results, by byte
// size, for later results of the same size: reusing it saves allocating
// and zeroing (and the page faults and GC work of a fresh allocation).
// Every kernel writes every element of its result (the same code writes
// workspace slots, which hold garbage from earlier values and runs), so
// recycled memory is not cleared; TestResultsNotZeroed checks this on the
// conformance suite with poisoned results.
type resultPool struct {
	mu   sync.Mutex
	free map[int][][]byte
	// results counts the executable's results of each byte size: the pool
	// keeps that many of a size (one run's worth; a training step returns
	// every updated weight and state buffer, dozens of one size), or
	// maxPooledPerSize where that is more.
	results map[int]int
}

// maxPooledPerSize is the least a pool keeps of each size.
const maxPooledPerSize = 2

// countBySize counts types by byte size (resultPool.results).
func countBySize(ts []ir.Type) map[int]int {
	n := map[int]int{}
	for _, t := range ts {
		n[t.Bytes()]++
	}
	return n
}

func (p *resultPool) get(n int) []byte {
	if p == nil || n == 0 {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.free[n]
	if len(l) == 0 {
		return nil
	}
	data := l[len(l)-1]
	l[len(l)-1] = nil
	p.free[n] = l[:len(l)-1]
	return data
}

func (p *resultPool) put(data []byte) {
	if p == nil || len(data) == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.free == nil {
		p.free = map[int][][]byte{}
	}
	if l := p.free[len(data)]; len(l) < max(maxPooledPerSize, p.results[len(data)]) {
		p.free[len(data)] = append(l, data)
	}
}

// poisonResults (tests) fills every result with 0xff bytes before the
// kernels run, to show that they write every element.
var poisonResults atomic.Bool

type executable struct {
	name  string
	sig   backends.Signature
	mod   *module
	fn    uintptr
	stats CompileStats
	huge  bool // request huge pages for large workspaces
	// prepackLimit is the budget of packed weight copies (Options.PrepackLimitMiB) in bytes.
	prepackLimit int64
	wsMu         sync.Mutex
	profMu       sync.Mutex
	prof         []int64
	wsFree       [][]byte
	pool         resultPool
}

// Signature returns the parameter and result types.
func (x *executable) Signature() backends.Signature { return x.sig }

// Run executes the compiled function. Donated buffers are freed after a
// successful run; results are new buffers.
func (x *executable) Run(args []backends.Buffer, opts backends.RunOptions) ([]backends.Buffer, error) {
	if err := x.sig.CheckArgs(args); err != nil {
		return nil, fmt.Errorf("llvm: run %s: %w", x.name, err)
	}
	for _, d := range opts.Donate {
		if d < 0 || d >= len(args) {
			return nil, fmt.Errorf("llvm: run %s: donated argument index %d out of range [0,%d)", x.name, d, len(args))
		}
	}
	ins := make([]*tensor.Tensor, len(args))
	bufs := make([]*buffer, len(args))
	defer func() {
		for _, b := range bufs {
			if b != nil {
				b.release()
			}
		}
	}()
	for i, a := range args {
		b, ok := a.(*buffer)
		if !ok {
			return nil, fmt.Errorf("llvm: run %s: argument %d (%s) is a %T, not an llvm buffer", x.name, i, x.sig.ParamNames[i], a)
		}
		t, err := b.acquire()
		if err != nil {
			return nil, fmt.Errorf("llvm: run %s: argument %d (%s): %w", x.name, i, x.sig.ParamNames[i], err)
		}
		ins[i], bufs[i] = t, b
	}
	outs := make([]*tensor.Tensor, len(x.sig.Results))
	for j, i := range x.mod.inplace { // donated caches are updated in place
		if donated(opts.Donate, i) && !sharedData(ins, i) {
			outs[j] = ins[i]
			bufs[i].disown()
		}
	}
	for i, rt := range x.sig.Results {
		if outs[i] != nil {
			continue
		}
		if data := x.pool.get(rt.Bytes()); data != nil {
			outs[i] = &tensor.Tensor{DType: rt.DType, Shape: rt.Shape.Clone(), Data: data}
		} else {
			t, err := tensor.New(rt.DType, rt.Shape)
			if err != nil {
				return nil, fmt.Errorf("llvm: run %s: result %d: %w", x.name, i, err)
			}
			outs[i] = t
		}
		if poisonResults.Load() {
			for k := range outs[i].Data {
				outs[i].Data[k] = 0xff
			}
		}
	}
	// Packed weight copies serve programs that only read their arguments
	// (an encoder, a classifier). A run that donates arguments updates
	// state in place — a training step, a decode step with its KV cache —
	// and its arguments are never packed, by this or any later program
	// (the Trainer's evaluation reads the frozen base too): a LoRA step's
	// base would otherwise be held twice, and the peak RSS is what matters
	// there. Their GEMMs pack B per call.
	if len(opts.Donate) > 0 && len(x.mod.prepack) > 0 {
		for _, b := range bufs {
			b.neverPack()
		}
	}
	var packs [][]byte
	for _, s := range x.mod.prepack {
		var d []byte
		if len(opts.Donate) == 0 {
			d = bufs[s.param].prepacked(ins[s.param], s, x.huge, x.prepackLimit)
		}
		packs = append(packs, d)
	}
	x.call(ins, outs, packs)
	for _, b := range bufs {
		b.release()
	}
	clear(bufs)
	for _, d := range opts.Donate {
		args[d].Free()
	}
	res := make([]backends.Buffer, len(outs))
	for i, t := range outs {
		nb := newBuffer(t)
		nb.pool = &x.pool
		res[i] = nb
	}
	return res, nil
}

func donated(ds []int, i int) bool {
	for _, d := range ds {
		if d == i {
			return true
		}
	}
	return false
}

// sharedData reports whether argument i's memory is also another
// argument's (then it cannot be updated in place).
func sharedData(ins []*tensor.Tensor, i int) bool {
	p := dataPtr(ins[i].Data)
	for j, t := range ins {
		if j != i && p != 0 && dataPtr(t.Data) == p {
			return true
		}
	}
	return false
}

// call runs kiln_main on host tensors of the right types.
// packs[i] is the packed copy for the module's prepack slot i (nil: none).
func (x *executable) call(ins, outs []*tensor.Tensor, packs [][]byte) {
	m := x.mod
	ws := x.getWS()
	env := make([]uintptr, m.nparams+m.nres+len(m.ws))
	for i, t := range ins {
		env[i] = dataPtr(t.Data)
	}
	for i, t := range outs {
		env[m.nparams+i] = dataPtr(t.Data)
	}
	for i, s := range m.ws {
		if s.size > 0 {
			env[m.nparams+m.nres+i] = dataPtr(ws[s.off : s.off+s.size])
		}
	}
	for i, d := range packs {
		env[m.prepackSlot+i] = dataPtr(d)
	}
	if len(m.profNames) > 0 {
		x.profMu.Lock()
		if x.prof == nil {
			x.prof = make([]int64, len(m.profNames))
		}
		env[m.profSlot] = uintptr(unsafe.Pointer(&x.prof[0]))
		defer x.profMu.Unlock()
	}
	var envp uintptr
	if len(env) > 0 {
		envp = uintptr(unsafe.Pointer(&env[0]))
	}
	purego.SyscallN(x.fn, envp)
	runtime.KeepAlive(env)
	runtime.KeepAlive(ins)
	runtime.KeepAlive(outs)
	runtime.KeepAlive(ws)
	runtime.KeepAlive(packs)
	x.putWS(ws)
}

func dataPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// getWS returns a workspace of the module's size (reused across runs).
func (x *executable) getWS() []byte {
	x.wsMu.Lock()
	defer x.wsMu.Unlock()
	if n := len(x.wsFree); n > 0 {
		ws := x.wsFree[n-1]
		x.wsFree = x.wsFree[:n-1]
		return ws
	}
	return allocHost(x.mod.wsBytes, x.huge)
}

func (x *executable) putWS(ws []byte) {
	x.wsMu.Lock()
	defer x.wsMu.Unlock()
	if len(x.wsFree) < 4 {
		x.wsFree = append(x.wsFree, ws)
	}
}

func constantBytes(data []byte) *constant.CharArray { return constant.NewCharArray(data) }
