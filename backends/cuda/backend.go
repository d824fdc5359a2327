package cuda

import (
	"fmt"
	"os"
	"strconv"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// Priority of "cuda" in backends.Default: below xla (20) until the
// backend runs whole models faster than xla does, above llvm (10).
const Priority = 15

func init() { backends.Register(defaultBackend, Priority) }

var defaultBackend = &Backend{}

// Default returns the registered "cuda" backend.
func Default() *Backend { return defaultBackend }

// Backend is kiln's CUDA backend. The zero value is ready to use; the
// CUDA libraries are loaded and the device opened on first use. It is
// safe for concurrent use: device work is serialized on one stream.
type Backend struct {
	// CacheDir overrides the module cache directory ($KILN_CUDA_CACHE,
	// else os.UserCacheDir()/kiln/cuda); "-" disables the disk cache.
	CacheDir string

	once sync.Once
	rt   *runtimeState
	err  error
	mu   sync.Mutex // serializes device work (one stream)
	// sampler holds the device sampler's kernels once loaded (mu held).
	sampler map[string]cuFunc
	// graphStats sums the CUDA graph counters of every executable (mu held).
	graphStats GraphStats
}

// runtimeState is the loaded libraries and the opened device.
type runtimeState struct {
	drv    *driverAPI
	nvrtc  *nvrtcAPI
	lt     *cublasLtAPI
	dev    *device
	ltH    ltHandle
	gemmWS devPtr
	// mem is the caching allocator of every buffer, workspace and
	// constant (alloc.go); used with Backend.mu held.
	mem *cachingAllocator
	// modules caches loaded modules by cache key within the process.
	modules map[string]map[string]cuFunc
}

// setup loads the libraries and opens the device once.
func (b *Backend) setup() (*runtimeState, error) {
	b.once.Do(func() { b.rt, b.err = openRuntime() })
	return b.rt, b.err
}

func openRuntime() (*runtimeState, error) {
	drv, err := loadDriver()
	if err != nil {
		return nil, err
	}
	nv, err := loadNVRTC()
	if err != nil {
		return nil, err
	}
	lt, err := loadCublasLt()
	if err != nil {
		return nil, err
	}
	ordinal := 0
	if s := os.Getenv("KILN_CUDA_DEVICE"); s != "" {
		if ordinal, err = strconv.Atoi(s); err != nil || ordinal < 0 {
			return nil, fmt.Errorf("cuda: KILN_CUDA_DEVICE=%q is not a device ordinal", s)
		}
	}
	dev, err := openDevice(drv, ordinal)
	if err != nil {
		return nil, err
	}
	rt := &runtimeState{drv: drv, nvrtc: nv, lt: lt, dev: dev, modules: map[string]map[string]cuFunc{}, mem: newCachingAllocator(dev)}
	err = dev.do(func() error {
		if err := lt.check("cublasLtCreate", lt.create(&rt.ltH)); err != nil {
			return err
		}
		rt.gemmWS, err = dev.alloc(gemmWorkspaceBytes)
		return err
	})
	if err != nil {
		return nil, err
	}
	return rt, nil
}

// Name returns "cuda".
func (*Backend) Name() string { return "cuda" }

// Available returns nil when the driver, NVRTC and cuBLASLt load and a
// device opens, else a one-line reason.
func (b *Backend) Available() error {
	_, err := b.setup()
	return err
}

// Describe is a one-line description of the device and libraries and
// whether Run uses CUDA graphs (or why the backend is unavailable).
func (b *Backend) Describe() string {
	rt, err := b.setup()
	if err != nil {
		return "cuda: unavailable: " + err.Error()
	}
	d := rt.dev
	graphs := "CUDA graphs on"
	if why := graphsOff(rt.drv); why != "" {
		graphs = "CUDA graphs off: " + why
	}
	return fmt.Sprintf("cuda: %s (%s, %d SMs), driver %d, NVRTC %d.%d (%s), cuBLASLt %d (%s), %s",
		d.name, d.arch(), d.sms, d.driverVersion, rt.nvrtc.major, rt.nvrtc.minor, rt.nvrtc.path, rt.lt.version(), rt.lt.path, graphs)
}

// Capabilities declares the ops the generator implements natively
// (elementwise, layout, reductions, arg reductions, dot, gather,
// dynamic slices, concat, pad, conv, scatter-add) and every dtype;
// composites (softmax, norms, GELU, SiLU, RNG) are decomposed into them.
// Composites the backend runs only for some operands (attention:
// attentionOK; quant_matmul and quant_matmul_codebook: quantOK) are not
// listed, since an op's entry would keep every value of it: the pipeline's
// keep predicate declares them value by value.
func (*Backend) Capabilities() backends.Capabilities { return capabilities() }

func capabilities() backends.Capabilities {
	c := backends.Capabilities{Ops: map[ir.Op]bool{}, DTypes: map[ir.DType]bool{}}
	for _, op := range ir.AllOps() {
		if inlineOp(op) {
			c.Ops[op] = true
		}
	}
	for op := range indexedEmitters {
		c.Ops[op] = true
	}
	for _, op := range []ir.Op{ir.OpParameter, ir.OpReduce, ir.OpArgMax, ir.OpArgMin, ir.OpDotGeneral, ir.OpConv, ir.OpScatterAdd} {
		c.Ops[op] = true
	}
	for _, d := range ir.AllDTypes() {
		c.DTypes[d] = true
	}
	return c
}

// Pipeline is the cuda pass pipeline: passes.Standard with this backend's
// capabilities (composites it does not declare are decomposed), keeping
// the Attention values the fused kernels run (attentionOK) and the
// quant_matmul / quant_matmul_codebook values the quantized GEMV runs
// (quantOK: decode-sized x; the others are decomposed), and constant
// folding on interp. Fusion (passes.Fuse) and buffer planning
// (passes.PlanBuffers) run after it as analyses.
func (*Backend) Pipeline() passes.Pipeline { return pipeline() }

func pipeline() passes.Pipeline {
	caps := capabilities()
	std := passes.StandardValues(func(v *ir.Value) bool { return caps.HasOp(v.Op) || attentionOK(v) || quantOK(v) },
		backends.NewEvaluator(interp.New()))
	return passes.Pipeline{Name: "cuda", Passes: std.Passes}
}

// Generate runs the pipeline on a clone of f and returns the CUDA C
// module of the result and its launch plan as text (what Compile would
// load), without a device: for golden tests and inspection.
func Generate(f *ir.Func, opts backends.CompileOptions) (string, error) {
	p, err := lower(f, opts)
	if err != nil {
		return "", err
	}
	return p.Listing(), nil
}

// lower runs the pipeline and generates the program.
func lower(f *ir.Func, opts backends.CompileOptions) (*program, error) {
	g, err := backends.RunPipeline(pipeline(), f, opts)
	if err != nil {
		return nil, fmt.Errorf("cuda: compile %s: %w", funcName(f), err)
	}
	p, err := generate(g)
	if err != nil {
		return nil, fmt.Errorf("cuda: compile %s: %w", f.Name, err)
	}
	return p, nil
}

func funcName(f *ir.Func) string {
	if f == nil {
		return "<nil>"
	}
	return f.Name
}

// Upload copies t into device memory.
func (b *Backend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	rt, err := b.setup()
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("cuda: upload: %w", err)
	}
	typ := ir.Type{DType: t.DType, Shape: t.Shape.Clone()}
	buf := &buffer{b: b, t: typ}
	b.mu.Lock()
	defer b.mu.Unlock()
	err = rt.dev.do(func() error {
		var err error
		if buf.ptr, err = rt.mem.alloc(len(t.Data)); err != nil {
			return err
		}
		if err := rt.dev.upload(buf.ptr, t.Data); err != nil {
			rt.mem.release(buf.ptr)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return buf, nil
}

// buffer is device memory holding one tensor.
type buffer struct {
	b     *Backend
	t     ir.Type
	ptr   devPtr
	mu    sync.Mutex
	freed bool
	// borrowed: ptr is a donated argument's memory, handed to this result
	// by a run that has not finished (Run frees no borrowed memory on
	// failure).
	borrowed bool
}

// disown marks a donated buffer whose memory a result took over as freed
// without releasing the memory.
func (x *buffer) disown() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.freed, x.ptr = true, 0
}

func (x *buffer) Type() ir.Type { return x.t }

// Download copies the buffer to a new host tensor after the work queued
// before it.
func (x *buffer) Download() (*tensor.Tensor, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.freed {
		return nil, backends.ErrFreed
	}
	out, err := tensor.New(x.t.DType, x.t.Shape)
	if err != nil {
		return nil, err
	}
	rt := x.b.rt
	x.b.mu.Lock()
	defer x.b.mu.Unlock()
	if err := rt.dev.do(func() error { return rt.dev.download(out.Data, x.ptr) }); err != nil {
		return nil, err
	}
	return out, nil
}

// Free returns the device memory to the backend's caching allocator;
// later uses report backends.ErrFreed. Work queued before may still read
// the memory: the allocator reuses it only for work queued after (one
// stream), so Free does not wait.
func (x *buffer) Free() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.freed {
		return
	}
	x.freed = true
	rt := x.b.rt
	x.b.mu.Lock()
	defer x.b.mu.Unlock()
	_ = rt.mem.release(x.ptr)
	x.ptr = 0
}

// allocLocked is a block of the caching allocator; b.mu is held.
func (b *Backend) allocLocked(rt *runtimeState, n int) (devPtr, error) { return rt.mem.alloc(n) }

// MemoryStats returns the caching allocator's counters (zero when the
// backend is unavailable).
func (b *Backend) MemoryStats() AllocStats {
	rt, err := b.setup()
	if err != nil {
		return AllocStats{}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return rt.mem.stats
}

// ReleaseCached waits for the device and returns every cached free block
// to the driver (cuMemFree); blocks in use stay. Call it when the
// process is done with the backend, or to hand memory to another user of
// the GPU.
func (b *Backend) ReleaseCached() error {
	rt, err := b.setup()
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return rt.dev.do(rt.mem.releaseCached)
}
