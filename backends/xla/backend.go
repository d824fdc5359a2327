package xla

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gomlx/go-xla/pkg/pjrt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Priority is the registry priority of "xla": above interp (0), so
// backends.Default picks it wherever a plugin loads.
const Priority = 20

func init() { backends.Register(defaultBackend, Priority) }

var defaultBackend = New(Options{})

// Options configure a Backend. The zero value finds the plugin with
// FindPlugin and compiles with XLA's defaults.
type Options struct {
	// Plugin is the PJRT plugin .so to load ("" = FindPlugin).
	Plugin string
	// XLAFlags are appended to the XLA_FLAGS environment variable before
	// the plugin loads (for example "--xla_gpu_autotune_level=0").
	XLAFlags string
	// DebugOptions is an xla.DebugOptions protobuf in text form applied to
	// every compilation (go-xla's XLA_DEBUG_OPTIONS), for example
	// "xla_gpu_enable_triton_gemm: false".
	DebugOptions string
	// ClientOptions are passed to the plugin's client. For CUDA plugins
	// the default is {"preallocate": false}: XLA's allocator grows on
	// demand instead of taking 75% of the GPU up front (set
	// "preallocate": true, "memory_fraction": float32(0.9) to change it).
	ClientOptions map[string]any
}

// Backend compiles IR to StableHLO and runs it through PJRT. It is safe
// for concurrent use. The plugin loads on the first call that needs it
// (Available, Compile, Upload), once.
type Backend struct {
	opts Options

	loadOnce sync.Once
	loadErr  error
	plugin   *pjrt.Plugin
	client   *pjrt.Client
	path     string

	mu       sync.Mutex
	cache    map[[32]byte]*pjrt.LoadedExecutable
	compiles int
	compileT time.Duration
}

// New returns a backend with the given options; nothing loads until it
// is used.
func New(opts Options) *Backend {
	return &Backend{opts: opts, cache: map[[32]byte]*pjrt.LoadedExecutable{}}
}

// Default returns the registered "xla" backend.
func Default() *Backend { return defaultBackend }

// Name returns "xla".
func (*Backend) Name() string { return "xla" }

// Available loads the PJRT plugin and creates a client (once). It returns
// nil when programs can run, else an error saying what is missing and how
// to get it. It never panics.
func (b *Backend) Available() error {
	b.loadOnce.Do(b.load)
	return b.loadErr
}

func (b *Backend) load() {
	defer func() {
		if r := recover(); r != nil {
			b.loadErr = fmt.Errorf("xla: loading the PJRT plugin panicked: %v", r)
		}
	}()
	path := b.opts.Plugin
	if path == "" {
		p, err := FindPlugin()
		if err != nil {
			b.loadErr = fmt.Errorf("xla: %w", err)
			return
		}
		path = p
	}
	b.path = path
	if isCUDAPlugin(path) {
		if os.Getenv("GOPJRT_CUDA_CHECKS") == "" {
			// go-xla's check rewrites XLA_FLAGS with a wrong CUDA directory.
			os.Setenv("GOPJRT_CUDA_CHECKS", "0")
		}
		// JAX's wheels keep the CUDA libraries (libdevice, ptxas) in
		// site-packages/nvidia next to jax_plugins.
		nv := filepath.Join(filepath.Dir(filepath.Dir(filepath.Dir(path))), "nvidia")
		if fi, err := os.Stat(filepath.Join(nv, "cuda_nvcc")); err == nil && fi.IsDir() && !strings.Contains(os.Getenv("XLA_FLAGS"), "xla_gpu_cuda_data_dir") {
			appendXLAFlags("--xla_gpu_cuda_data_dir=" + filepath.Join(nv, "cuda_nvcc"))
		}
		if !strings.Contains(os.Getenv("XLA_FLAGS"), "xla_gpu_enable_command_buffer") {
			appendXLAFlags(noCommandBuffers)
		}
	}
	if b.opts.XLAFlags != "" {
		appendXLAFlags(b.opts.XLAFlags)
	}
	p, err := pjrt.GetPlugin(path)
	if err != nil {
		b.loadErr = fmt.Errorf("xla: loading PJRT plugin %s: %w", path, err)
		return
	}
	copts := pjrt.NamedValuesMap{}
	if isCUDAPlugin(path) {
		copts["preallocate"] = false
	}
	if a := os.Getenv(EnvAllocator); a != "" {
		copts["allocator"] = a
	}
	if f, err := memoryFractionFromEnv(); err != nil {
		b.loadErr = err
		return
	} else if f > 0 {
		// One pool of exactly the cap, reserved up front: a growing BFC
		// pool under a cap is made of doubling regions, none of them large
		// enough for a step's contiguous temporaries (a LoRA step's 5.7 GiB
		// failed under a 9.95 GiB cap whose largest region was 4 GiB).
		copts["memory_fraction"] = f
		copts["preallocate"] = true
	}
	for k, v := range b.opts.ClientOptions {
		copts[k] = v
	}
	c, err := p.NewClient(copts)
	if err != nil {
		b.loadErr = fmt.Errorf("xla: creating a PJRT client with %s: %w", path, err)
		return
	}
	if len(c.AddressableDevices()) == 0 {
		b.loadErr = fmt.Errorf("xla: PJRT plugin %s sees no device", path)
		return
	}
	b.plugin, b.client = p, c
}

// noCommandBuffers turns off XLA's command buffers (CUDA graphs of
// fusions, GEMMs and cuDNN calls), unless XLA_FLAGS sets
// --xla_gpu_enable_command_buffer itself. Measured on an H100
// (2026-12-07, GPT-2 124M training step, 16 x 1024, bf16, same call):
// 0.0464 s per step without them, 0.051 s with them (likely the cost
// of updating the graphs for the new buffers of every execution; not
// profiled); decode measured no difference either way (docs/xla.md).
const noCommandBuffers = "--xla_gpu_enable_command_buffer="

func appendXLAFlags(flags string) {
	if old := os.Getenv("XLA_FLAGS"); old != "" {
		flags = old + " " + flags
	}
	os.Setenv("XLA_FLAGS", flags)
}

// Platform describes the loaded plugin and device ("cuda 0.x on NVIDIA
// H100 ..."), or the reason none is available.
func (b *Backend) Platform() string {
	if err := b.Available(); err != nil {
		return err.Error()
	}
	s := fmt.Sprintf("%s (%s) %s", b.client.Platform(), b.client.PlatformVersion(), b.path)
	if d := b.client.AddressableDevices(); len(d) > 0 {
		if desc, err := d[0].GetDescription(); err == nil {
			s += "; " + desc.DebugString()
		}
	}
	return s
}

// Capabilities: every primitive op and every dtype; composites are
// decomposed by passes.Standard and fused by XLA.
func (*Backend) Capabilities() backends.Capabilities { return capabilities() }

// Compiles is the number of PJRT compilations so far: Compile calls whose
// StableHLO was not already in the executable cache.
func (b *Backend) Compiles() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.compiles
}

// CompileTime is the total time spent in PJRT compilation.
func (b *Backend) CompileTime() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.compileT
}

// Compile lowers f (see Emit) and compiles it with PJRT. Executables are
// cached by the hash of the StableHLO text and the debug options, so a
// second Compile of an identical program costs only the lowering.
func (b *Backend) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	if err := b.Available(); err != nil {
		return nil, err
	}
	m, err := EmitFor(f, opts, cudnnTarget(b.path))
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256([]byte(b.opts.DebugOptions + "\x00" + m.Text))
	b.mu.Lock()
	defer b.mu.Unlock()
	le := b.cache[key]
	if le == nil {
		start := time.Now()
		le, err = b.compileLocked(m.Text)
		if err != nil {
			return nil, fmt.Errorf("xla: compiling %s with PJRT: %w", f.Name, err)
		}
		b.compileT += time.Since(start)
		b.compiles++
		b.cache[key] = le
		if os.Getenv(EnvMemoryStats) != "" {
			logMemoryStats(os.Stderr, f.Name, le.OnDeviceMemoryUsageStats)
		}
	}
	return &executable{b: b, le: le, mod: m, name: f.Name}, nil
}

// compileLocked runs PJRT's compiler (b.mu held: XLA_DEBUG_OPTIONS is
// process-wide).
func (b *Backend) compileLocked(text string) (le *pjrt.LoadedExecutable, err error) {
	defer func() {
		if r := recover(); r != nil {
			le, err = nil, fmt.Errorf("PJRT compile panicked: %v", r)
		}
	}()
	if b.opts.DebugOptions != "" {
		old, had := os.LookupEnv(pjrt.EnvXlaDebugOptions)
		os.Setenv(pjrt.EnvXlaDebugOptions, b.opts.DebugOptions)
		defer func() {
			if had {
				os.Setenv(pjrt.EnvXlaDebugOptions, old)
			} else {
				os.Unsetenv(pjrt.EnvXlaDebugOptions)
			}
		}()
	}
	return b.client.Compile().WithStableHLO([]byte(text)).Done()
}

// Upload copies t to the first device.
func (b *Backend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	if err := b.Available(); err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("xla: upload: %w", err)
	}
	dt, err := dtypeOf(t.DType)
	if err != nil {
		return nil, fmt.Errorf("xla: upload: %w", err)
	}
	data := t.Data
	if t.DType == ir.Bool {
		data = make([]byte, len(t.Data))
		for i, x := range t.Data {
			if x != 0 {
				data[i] = 1
			}
		}
	}
	if len(data) == 0 {
		data = []byte{0} // PJRT wants a valid pointer even for no elements
	}
	pb, err := b.client.BufferFromHost().FromRawData(data, dt, []int(t.Shape)).Done()
	if err != nil {
		return nil, fmt.Errorf("xla: upload %s: %w", t.Type(), err)
	}
	return newBuffer(b, pb, t.Type()), nil
}
