package cuda

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/ebitengine/purego"
)

// Building the emulation libraries (the generated modules compiled for the
// host with testdata/host_shim.h) as cheaply as the tests can:
//
//   - -O0: the kernels run on small tensors, so compiling is what costs;
//     the code is the same C++ either way (-fno-fast-math and
//     -ffp-contract=off keep the arithmetic IEEE, as on the GPU).
//   - the shim is a precompiled header, built once per shim and compiler;
//   - many modules are split into one library per CPU, compiled in
//     parallel;
//   - every library is cached on disk ($KILN_CUDA_EMU_CACHE, else
//     os.UserCacheDir()/kiln/cuda-emu) under the SHA-256 of the compiler's
//     version, the flags, the shim and the source, so a second run of the
//     tests compiles nothing. An entry is written to a temporary file and
//     renamed into place: a reader sees a whole library or none.
var emuFlags = []string{"-std=c++20", "-O0", "-fno-fast-math", "-ffp-contract=off", "-fPIC", "-pthread"}

// emuToolchain is the host compiler with its cache and precompiled shim.
type emuToolchain struct {
	cxx      string
	version  string // cxx --version, part of every key
	cacheDir string
	shim     []byte // testdata/host_shim.h

	pchOnce sync.Once
	include string // the shim to -include: next to its .gch when that built
}

var (
	emuToolsMu sync.Mutex
	emuTools   = map[string]*emuToolchain{}
)

// emuToolchainOf returns the (process-wide) toolchain of compiler cxx.
func emuToolchainOf(cxx string) (*emuToolchain, error) {
	emuToolsMu.Lock()
	defer emuToolsMu.Unlock()
	if tc, ok := emuTools[cxx]; ok {
		return tc, nil
	}
	shimPath, err := filepath.Abs(filepath.Join("testdata", "host_shim.h"))
	if err != nil {
		return nil, err
	}
	shim, err := os.ReadFile(shimPath)
	if err != nil {
		return nil, err
	}
	version, err := exec.Command(cxx, "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("%s --version: %v", cxx, err)
	}
	dir := os.Getenv("KILN_CUDA_EMU_CACHE")
	if dir == "" {
		if d, err := os.UserCacheDir(); err == nil {
			dir = filepath.Join(d, "kiln", "cuda-emu")
		} else {
			dir = filepath.Join(os.TempDir(), "kiln-cuda-emu")
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("emulation cache %s: %v", dir, err)
	}
	tc := &emuToolchain{cxx: cxx, version: string(version), cacheDir: dir, shim: shim, include: shimPath}
	emuTools[cxx] = tc
	return tc, nil
}

// key hashes what a build from text depends on.
func (tc *emuToolchain) key(kind string, text []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "kiln-cuda-emu-v1\x00%s\x00%s\x00%s\x00", kind, tc.cxx, tc.version)
	for _, f := range emuFlags {
		fmt.Fprintf(h, "%s\x00", f)
	}
	h.Write(tc.shim)
	h.Write([]byte{0})
	h.Write(text)
	return hex.EncodeToString(h.Sum(nil))[:40]
}

// precompiledShim returns the shim to -include, precompiled (a copy of the
// header with its .gch beside it, in the cache) where the compiler could;
// the plain header otherwise: g++ uses the .gch only when it matches.
func (tc *emuToolchain) precompiledShim() string {
	tc.pchOnce.Do(func() {
		dir := filepath.Join(tc.cacheDir, "pch-"+tc.key("pch", nil))
		h, gch := filepath.Join(dir, "host_shim.h"), filepath.Join(dir, "host_shim.h.gch")
		if _, err := os.Stat(gch); err == nil {
			tc.include = h
			return
		}
		tmp, err := os.MkdirTemp(tc.cacheDir, "pch-build-")
		if err != nil {
			return
		}
		defer os.RemoveAll(tmp)
		if os.WriteFile(filepath.Join(tmp, "host_shim.h"), tc.shim, 0o644) != nil {
			return
		}
		args := append(append([]string{}, emuFlags...), "-x", "c++-header", "-o", filepath.Join(tmp, "host_shim.h.gch"), filepath.Join(tmp, "host_shim.h"))
		if exec.Command(tc.cxx, args...).Run() != nil {
			return
		}
		if os.Rename(tmp, dir) == nil || fileExists(gch) { // or another process published it first
			tc.include = h
		}
	})
	return tc.include
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// library returns the path of the shared library built from C++ source
// text (which the shim is included before), compiling it unless the cache
// holds it.
func (tc *emuToolchain) library(text string) (string, error) {
	so := filepath.Join(tc.cacheDir, tc.key("so", []byte(text))+".so")
	if fileExists(so) {
		return so, nil
	}
	tmp, err := os.MkdirTemp(tc.cacheDir, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cpp, built := filepath.Join(tmp, "emu.cpp"), filepath.Join(tmp, "emu.so")
	if err := os.WriteFile(cpp, []byte(text), 0o644); err != nil {
		return "", err
	}
	args := append(append([]string{}, emuFlags...), "-shared", "-include", tc.precompiledShim(), "-o", built, cpp)
	if out, err := exec.Command(tc.cxx, args...).CombinedOutput(); err != nil {
		return "", fmt.Errorf("%s: %v\n%.3000s", tc.cxx, err, out)
	}
	if err := os.Rename(built, so); err != nil {
		return "", err
	}
	return so, nil
}

// buildEmulation compiles modules (whole sources, prelude first) for the
// host and loads them: module i's kernels are named m<i>_<name> in the
// library of emuModule i. The modules are split into one library per
// CPU, built in parallel.
func buildEmulation(cxx string, sources []string) ([]emuModule, error) {
	tc, err := emuToolchainOf(cxx)
	if err != nil {
		return nil, err
	}
	parts := min(runtime.GOMAXPROCS(0), len(sources))
	total := 0
	for _, s := range sources {
		total += len(s)
	}
	// Consecutive modules, about total/parts bytes a library.
	var bounds []int // library j holds sources[bounds[j]:bounds[j+1]]
	bounds = append(bounds, 0)
	acc := 0
	for i, s := range sources {
		acc += len(s)
		if len(bounds) < parts && acc >= total*len(bounds)/parts && i+1 < len(sources) {
			bounds = append(bounds, i+1)
		}
	}
	bounds = append(bounds, len(sources))
	mods := make([]emuModule, len(sources))
	errs := make([]error, len(bounds)-1)
	var wg sync.WaitGroup
	for j := 0; j+1 < len(bounds); j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b strings.Builder
			b.WriteString(prelude)
			for i := bounds[j]; i < bounds[j+1]; i++ {
				b.WriteString(kernelName.ReplaceAllString(strings.TrimPrefix(sources[i], prelude), fmt.Sprintf("${1}m%d_${2}(", i)))
			}
			so, err := tc.library(b.String())
			if err != nil {
				errs[j] = err
				return
			}
			lib, err := purego.Dlopen(so, purego.RTLD_NOW|purego.RTLD_LOCAL)
			if err != nil {
				errs[j] = fmt.Errorf("load %s: %v", so, err)
				return
			}
			m := emuModule{lib: lib}
			purego.RegisterLibFunc(&m.launch, lib, "kiln_launch")
			for i := bounds[j]; i < bounds[j+1]; i++ {
				m.prefix = fmt.Sprintf("m%d_", i)
				mods[i] = m
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return mods, nil
}
