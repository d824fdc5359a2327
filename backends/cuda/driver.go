package cuda

import (
	"fmt"
	"runtime"
	"unsafe"
)

// The CUDA driver API, bound by dlopen (libcuda.so.1). Only the calls the
// backend makes are bound; their C signatures are in cuda.h. Every call
// returns a CUresult, turned into an error naming the call by check.

type (
	cuResult  int32
	cuDevice  int32
	cuContext uintptr
	cuModule  uintptr
	cuFunc    uintptr
	cuStream  uintptr
	devPtr    uint64 // CUdeviceptr
	cuGraph   uintptr
	cuGraphEx uintptr // CUgraphExec
)

// Device attributes (CUdevice_attribute).
const (
	attrMaxThreadsPerBlock = 1
	attrSMCount            = 16
	attrCCMajor            = 75
	attrCCMinor            = 76
)

// driverAPI holds the bound entry points of libcuda.
type driverAPI struct {
	path                string
	cuInit              func(flags uint32) cuResult
	cuDriverGetVersion  func(v *int32) cuResult
	cuDeviceGet         func(d *cuDevice, ordinal int32) cuResult
	cuDeviceGetCount    func(n *int32) cuResult
	cuDeviceGetName     func(name *byte, n int32, d cuDevice) cuResult
	cuDeviceGetAttr     func(v *int32, attr int32, d cuDevice) cuResult
	cuPrimaryCtxRetain  func(c *cuContext, d cuDevice) cuResult
	cuCtxSetCurrent     func(c cuContext) cuResult
	cuMemAlloc          func(p *devPtr, bytes uint64) cuResult
	cuMemFree           func(p devPtr) cuResult
	cuMemcpyHtoDAsync   func(dst devPtr, src unsafe.Pointer, bytes uint64, s cuStream) cuResult
	cuMemcpyDtoHAsync   func(dst unsafe.Pointer, src devPtr, bytes uint64, s cuStream) cuResult
	cuMemcpyDtoDAsync   func(dst, src devPtr, bytes uint64, s cuStream) cuResult
	cuModuleLoadData    func(m *cuModule, image unsafe.Pointer) cuResult
	cuModuleGetFunction func(f *cuFunc, m cuModule, name string) cuResult
	cuLaunchKernel      func(f cuFunc, gx, gy, gz, bx, by, bz, smem uint32, s cuStream, params, extra unsafe.Pointer) cuResult
	cuStreamCreate      func(s *cuStream, flags uint32) cuResult
	cuStreamSynchronize func(s cuStream) cuResult
	cuGetErrorString    func(r cuResult, s **byte) cuResult
	// graphs holds the stream-capture and graph entry points (graph.go);
	// nil when the driver lacks one of them, with the reason in noGraphs.
	graphs   *graphAPI
	noGraphs string
}

// loadDriver opens libcuda and binds the driver API.
func loadDriver() (*driverAPI, error) {
	h, path, err := openLib(libDriver)
	if err != nil {
		return nil, err
	}
	d := &driverAPI{path: path}
	s := &symbols{h: h, lib: path}
	s.bind(&d.cuInit, "cuInit")
	s.bind(&d.cuDriverGetVersion, "cuDriverGetVersion")
	s.bind(&d.cuDeviceGet, "cuDeviceGet")
	s.bind(&d.cuDeviceGetCount, "cuDeviceGetCount")
	s.bind(&d.cuDeviceGetName, "cuDeviceGetName")
	s.bind(&d.cuDeviceGetAttr, "cuDeviceGetAttribute")
	s.bind(&d.cuPrimaryCtxRetain, "cuDevicePrimaryCtxRetain")
	s.bind(&d.cuCtxSetCurrent, "cuCtxSetCurrent")
	s.bind(&d.cuMemAlloc, "cuMemAlloc_v2")
	s.bind(&d.cuMemFree, "cuMemFree_v2")
	s.bind(&d.cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2")
	s.bind(&d.cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2")
	s.bind(&d.cuMemcpyDtoDAsync, "cuMemcpyDtoDAsync_v2")
	s.bind(&d.cuModuleLoadData, "cuModuleLoadData")
	s.bind(&d.cuModuleGetFunction, "cuModuleGetFunction")
	s.bind(&d.cuLaunchKernel, "cuLaunchKernel")
	s.bind(&d.cuStreamCreate, "cuStreamCreate")
	s.bind(&d.cuStreamSynchronize, "cuStreamSynchronize")
	s.bind(&d.cuGetErrorString, "cuGetErrorString")
	if s.err != nil {
		return nil, s.err
	}
	// Optional: a driver without them runs every step as before.
	d.graphs, d.noGraphs = bindGraphs(h, path)
	return d, nil
}

// check turns a CUresult into an error naming the call and the driver's
// description of the code.
func (d *driverAPI) check(call string, r cuResult) error {
	if r == 0 {
		return nil
	}
	var msg *byte
	desc := "unknown error"
	if d.cuGetErrorString(r, &msg) == 0 && msg != nil {
		desc = cString(msg)
	}
	return fmt.Errorf("cuda: %s: %s (CUresult %d)", call, desc, r)
}

// cString copies a NUL-terminated C string.
func cString(p *byte) string {
	if p == nil {
		return ""
	}
	var b []byte
	for q := unsafe.Pointer(p); *(*byte)(q) != 0; q = unsafe.Add(q, 1) {
		b = append(b, *(*byte)(q))
	}
	return string(b)
}

// device is the one GPU the backend uses (ordinal 0 or $KILN_CUDA_DEVICE)
// with its primary context and the stream every launch goes to.
type device struct {
	drv              *driverAPI
	dev              cuDevice
	ctx              cuContext
	stream           cuStream
	name             string
	ccMajor, ccMinor int
	sms              int
	driverVersion    int
}

// openDevice initialises the driver and retains device ordinal's primary
// context.
func openDevice(drv *driverAPI, ordinal int) (*device, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := drv.check("cuInit", drv.cuInit(0)); err != nil {
		return nil, err
	}
	var n int32
	if err := drv.check("cuDeviceGetCount", drv.cuDeviceGetCount(&n)); err != nil {
		return nil, err
	}
	if int(n) <= ordinal {
		return nil, fmt.Errorf("cuda: device %d requested, %d found", ordinal, n)
	}
	d := &device{drv: drv}
	if err := drv.check("cuDeviceGet", drv.cuDeviceGet(&d.dev, int32(ordinal))); err != nil {
		return nil, err
	}
	var v int32
	if err := drv.check("cuDriverGetVersion", drv.cuDriverGetVersion(&v)); err != nil {
		return nil, err
	}
	d.driverVersion = int(v)
	name := make([]byte, 256)
	if err := drv.check("cuDeviceGetName", drv.cuDeviceGetName(&name[0], int32(len(name)), d.dev)); err != nil {
		return nil, err
	}
	d.name = cString(&name[0])
	for _, a := range []struct {
		attr int32
		dst  *int
	}{{attrCCMajor, &d.ccMajor}, {attrCCMinor, &d.ccMinor}, {attrSMCount, &d.sms}} {
		if err := drv.check("cuDeviceGetAttribute", drv.cuDeviceGetAttr(&v, a.attr, d.dev)); err != nil {
			return nil, err
		}
		*a.dst = int(v)
	}
	if err := drv.check("cuDevicePrimaryCtxRetain", drv.cuPrimaryCtxRetain(&d.ctx, d.dev)); err != nil {
		return nil, err
	}
	if err := drv.check("cuCtxSetCurrent", drv.cuCtxSetCurrent(d.ctx)); err != nil {
		return nil, err
	}
	if err := drv.check("cuStreamCreate", drv.cuStreamCreate(&d.stream, 1 /* CU_STREAM_NON_BLOCKING */)); err != nil {
		return nil, err
	}
	return d, nil
}

// arch is the NVRTC target of the device: sm_XY, with the "a" suffix
// (architecture-specific features such as wgmma) from sm_90 on.
func (d *device) arch() string { return archName(d.ccMajor, d.ccMinor) }

// archName is the --gpu-architecture of compute capability major.minor.
func archName(major, minor int) string {
	s := fmt.Sprintf("sm_%d%d", major, minor)
	if major >= 9 {
		s += "a"
	}
	return s
}

// do runs f on a locked OS thread with the device's context current:
// CUDA contexts are per thread and goroutines move between threads.
func (d *device) do(f func() error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := d.drv.check("cuCtxSetCurrent", d.drv.cuCtxSetCurrent(d.ctx)); err != nil {
		return err
	}
	return f()
}

// alloc returns n bytes of device memory (0 for n == 0).
func (d *device) alloc(n int) (devPtr, error) {
	if n == 0 {
		return 0, nil
	}
	var p devPtr
	err := d.drv.check(fmt.Sprintf("cuMemAlloc(%d bytes)", n), d.drv.cuMemAlloc(&p, uint64(n)))
	return p, err
}

// free releases p (nothing for 0).
func (d *device) free(p devPtr) error {
	if p == 0 {
		return nil
	}
	return d.drv.check("cuMemFree", d.drv.cuMemFree(p))
}

// upload copies src into dst on the stream and waits: src is Go memory
// that may move or be reused once the call returns.
func (d *device) upload(dst devPtr, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	var pin runtime.Pinner
	pin.Pin(&src[0])
	defer pin.Unpin()
	if err := d.drv.check("cuMemcpyHtoDAsync", d.drv.cuMemcpyHtoDAsync(dst, unsafe.Pointer(&src[0]), uint64(len(src)), d.stream)); err != nil {
		return err
	}
	return d.sync()
}

// download copies len(dst) bytes from src after the work queued before it.
func (d *device) download(dst []byte, src devPtr) error {
	if len(dst) == 0 {
		return nil
	}
	var pin runtime.Pinner
	pin.Pin(&dst[0])
	defer pin.Unpin()
	if err := d.drv.check("cuMemcpyDtoHAsync", d.drv.cuMemcpyDtoHAsync(unsafe.Pointer(&dst[0]), src, uint64(len(dst)), d.stream)); err != nil {
		return err
	}
	return d.sync()
}

// copyDevice queues a device-to-device copy of n bytes.
func (d *device) copyDevice(dst, src devPtr, n int) error {
	if n == 0 {
		return nil
	}
	return d.drv.check("cuMemcpyDtoDAsync", d.drv.cuMemcpyDtoDAsync(dst, src, uint64(n), d.stream))
}

func (d *device) sync() error {
	return d.drv.check("cuStreamSynchronize", d.drv.cuStreamSynchronize(d.stream))
}

// launch queues kernel f on grid x block threads with the given device
// pointer arguments (every kernel parameter of generated code is a
// pointer).
func (d *device) launch(f cuFunc, grid, block int, args []devPtr) error {
	// The driver reads kernelParams[i] as a pointer to argument i's value:
	// an array of pointers into vals, both pinned for the call.
	vals := make([]devPtr, len(args)+1)
	copy(vals, args)
	ptrs := make([]unsafe.Pointer, len(args)+1)
	var pin runtime.Pinner
	defer pin.Unpin()
	pin.Pin(&vals[0])
	pin.Pin(&ptrs[0])
	for i := range args {
		ptrs[i] = unsafe.Pointer(&vals[i])
	}
	return d.drv.check("cuLaunchKernel", d.drv.cuLaunchKernel(f, uint32(grid), 1, 1, uint32(block), 1, 1, 0, d.stream, unsafe.Pointer(&ptrs[0]), nil))
}

// loadModule loads a cubin and looks up the named kernels.
func (d *device) loadModule(cubin []byte, names []string) (map[string]cuFunc, error) {
	var pin runtime.Pinner
	pin.Pin(&cubin[0])
	defer pin.Unpin()
	var m cuModule
	if err := d.drv.check("cuModuleLoadData", d.drv.cuModuleLoadData(&m, unsafe.Pointer(&cubin[0]))); err != nil {
		return nil, err
	}
	fns := map[string]cuFunc{}
	for _, n := range names {
		var f cuFunc
		if err := d.drv.check("cuModuleGetFunction("+n+")", d.drv.cuModuleGetFunction(&f, m, n)); err != nil {
			return nil, err
		}
		fns[n] = f
	}
	return fns, nil
}
