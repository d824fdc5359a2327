package cuda

import (
	"fmt"
	"runtime"
	"strings"
	"unsafe"
)

// NVRTC, bound by dlopen: CUDA C source -> cubin for the device's
// architecture at run time, with no toolkit needed at build time.

type nvrtcProgram uintptr

type nvrtcAPI struct {
	path           string
	version        func(major, minor *int32) int32
	create         func(p *nvrtcProgram, src, name string, nh int32, headers, includes unsafe.Pointer) int32
	compile        func(p nvrtcProgram, nopts int32, opts unsafe.Pointer) int32
	destroy        func(p *nvrtcProgram) int32
	getCUBINSize   func(p nvrtcProgram, n *uint64) int32
	getCUBIN       func(p nvrtcProgram, out unsafe.Pointer) int32
	getLogSize     func(p nvrtcProgram, n *uint64) int32
	getLog         func(p nvrtcProgram, out unsafe.Pointer) int32
	getErrorString func(r int32) *byte
	major, minor   int
}

func loadNVRTC() (*nvrtcAPI, error) {
	h, path, err := openLib(libNVRTC)
	if err != nil {
		return nil, err
	}
	n := &nvrtcAPI{path: path}
	s := &symbols{h: h, lib: path}
	s.bind(&n.version, "nvrtcVersion")
	s.bind(&n.create, "nvrtcCreateProgram")
	s.bind(&n.compile, "nvrtcCompileProgram")
	s.bind(&n.destroy, "nvrtcDestroyProgram")
	s.bind(&n.getCUBINSize, "nvrtcGetCUBINSize")
	s.bind(&n.getCUBIN, "nvrtcGetCUBIN")
	s.bind(&n.getLogSize, "nvrtcGetProgramLogSize")
	s.bind(&n.getLog, "nvrtcGetProgramLog")
	s.bind(&n.getErrorString, "nvrtcGetErrorString")
	if s.err != nil {
		return nil, s.err
	}
	var ma, mi int32
	if r := n.version(&ma, &mi); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcVersion: %s", cString(n.getErrorString(r)))
	}
	n.major, n.minor = int(ma), int(mi)
	return n, nil
}

// nvrtcOptions are the compile options for arch (besides the arch they
// are fixed, so the cache key is the source, arch and library versions).
func nvrtcOptions(arch string) []string {
	return []string{"--gpu-architecture=" + arch, "--std=c++17", "-default-device", "--fmad=false"}
}

// compileCUBIN compiles src (named name in messages) to a cubin for arch.
// A failed compilation returns NVRTC's log in the error.
func (n *nvrtcAPI) compileCUBIN(src, name, arch string) ([]byte, error) {
	var p nvrtcProgram
	if r := n.create(&p, src, name, 0, nil, nil); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcCreateProgram: %s", cString(n.getErrorString(r)))
	}
	defer n.destroy(&p)
	opts := nvrtcOptions(arch)
	// char** options: NUL-terminated copies and an array of pointers to
	// them, pinned for the call.
	var pin runtime.Pinner
	defer pin.Unpin()
	ptrs := make([]unsafe.Pointer, len(opts))
	for i, o := range opts {
		b := append([]byte(o), 0)
		pin.Pin(&b[0])
		ptrs[i] = unsafe.Pointer(&b[0])
	}
	pin.Pin(&ptrs[0])
	if r := n.compile(p, int32(len(opts)), unsafe.Pointer(&ptrs[0])); r != 0 {
		return nil, fmt.Errorf("cuda: NVRTC compile of %s for %s failed: %s\n%s", name, arch, cString(n.getErrorString(r)), n.log(p))
	}
	var size uint64
	if r := n.getCUBINSize(p, &size); r != 0 || size == 0 {
		return nil, fmt.Errorf("cuda: nvrtcGetCUBINSize of %s: %s", name, cString(n.getErrorString(r)))
	}
	out := make([]byte, size)
	pin.Pin(&out[0])
	if r := n.getCUBIN(p, unsafe.Pointer(&out[0])); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcGetCUBIN of %s: %s", name, cString(n.getErrorString(r)))
	}
	return out, nil
}

// log is the program's compile log (warnings and errors).
func (n *nvrtcAPI) log(p nvrtcProgram) string {
	var size uint64
	if n.getLogSize(p, &size) != 0 || size <= 1 {
		return ""
	}
	b := make([]byte, size)
	var pin runtime.Pinner
	pin.Pin(&b[0])
	defer pin.Unpin()
	if n.getLog(p, unsafe.Pointer(&b[0])) != 0 {
		return ""
	}
	return strings.TrimRight(string(b), "\x00\n")
}
