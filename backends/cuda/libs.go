package cuda

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ebitengine/purego"
)

// Library search. The three libraries the backend needs — the driver
// (libcuda.so.1), NVRTC (libnvrtc.so.N) and cuBLASLt (libcublasLt.so.N) —
// are opened at run time, never linked, so the package builds and its
// tests run (skipping) on machines without CUDA. Each library is looked
// for, in this order, under:
//
//  1. $KILN_CUDA_PATH and its lib64/ and lib/ subdirectories (a toolkit
//     root or a directory of libraries);
//  2. /usr/local/cuda/lib64 and /usr/local/cuda/targets/<arch>-linux/lib;
//  3. the dynamic loader's own search path (LD_LIBRARY_PATH, ld.so.cache)
//     by bare file name;
//  4. the lib/ directories of the NVIDIA Python wheels (nvidia/*/lib,
//     nvidia/cu13/lib) in every site-packages directory found under
//     $VIRTUAL_ENV, ~/.local/lib, /usr/local/lib and /usr/lib.
//
// Within one directory the newest major version listed in the library's
// names is tried first. The driver is the one exception to the toolkit
// directories (step 2): libcuda.so.1 comes from the installed driver, and
// a toolkit holds at most link stubs or compatibility copies of it, so it
// is looked for in $KILN_CUDA_PATH, then by bare name, then in the wheels.

// libSpec names the file names of one library, best first.
type libSpec struct {
	what  string   // for messages
	names []string // file names, newest first
}

var (
	libDriver   = libSpec{"CUDA driver", []string{"libcuda.so.1", "libcuda.so"}}
	libNVRTC    = libSpec{"NVRTC", []string{"libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"}}
	libCublasLt = libSpec{"cuBLASLt", []string{"libcublasLt.so.13", "libcublasLt.so.12", "libcublasLt.so"}}
)

// searchDirs is the ordered list of directories searched before the
// loader's path (steps 1 and 2), and after it (step 4), for the
// environment env (os.Getenv) and home directory home.
// explicit is the part of before that $KILN_CUDA_PATH names.
func searchDirs(env func(string) string, home string) (explicit, before, after []string) {
	if p := env("KILN_CUDA_PATH"); p != "" {
		explicit = []string{p, filepath.Join(p, "lib64"), filepath.Join(p, "lib")}
	}
	before = append(before, explicit...)
	before = append(before, "/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib", "/usr/local/cuda/targets/sbsa-linux/lib")
	var roots []string
	if v := env("VIRTUAL_ENV"); v != "" {
		roots = append(roots, filepath.Join(v, "lib"))
	}
	if home != "" {
		roots = append(roots, filepath.Join(home, ".local", "lib"))
	}
	roots = append(roots, "/usr/local/lib", "/usr/lib", "/opt/conda/lib")
	for _, r := range roots {
		sites, _ := filepath.Glob(filepath.Join(r, "python3*", "*-packages"))
		sort.Sort(sort.Reverse(sort.StringSlice(sites))) // newest python first
		for _, s := range sites {
			libs, _ := filepath.Glob(filepath.Join(s, "nvidia", "*", "lib"))
			after = append(after, libs...)
		}
	}
	return explicit, before, after
}

// candidates lists the paths tried for lib, in order: full paths under
// the directories before the loader's path, bare names, then full paths
// under the wheel directories. The driver is looked for only in the
// explicit directories ($KILN_CUDA_PATH) of before, not in the toolkit's
// default directories (they hold link stubs or compatibility copies).
func candidates(lib libSpec, explicit, before, after []string) []string {
	var out []string
	add := func(dirs []string) {
		for _, d := range dirs {
			for _, n := range lib.names {
				out = append(out, filepath.Join(d, n))
			}
		}
	}
	if lib.what != libDriver.what {
		add(before)
	} else {
		add(explicit)
	}
	out = append(out, lib.names...)
	add(after)
	return out
}

// openLib opens the first candidate of lib that loads and returns its
// handle and path, or an error listing what was tried (in short).
func openLib(lib libSpec) (uintptr, string, error) {
	home, _ := os.UserHomeDir()
	explicit, before, after := searchDirs(os.Getenv, home)
	var firstErr error
	tried := 0
	for _, c := range candidates(lib, explicit, before, after) {
		if strings.ContainsRune(c, '/') {
			if _, err := os.Stat(c); err != nil {
				continue
			}
		}
		tried++
		h, err := dlopen(c)
		if err == nil {
			return h, c, nil
		}
		if firstErr == nil || strings.ContainsRune(c, '/') {
			firstErr = err
		}
	}
	msg := fmt.Sprintf("%s not found (%s; set KILN_CUDA_PATH to the directory that holds it)", lib.what, strings.Join(lib.names, ", "))
	if firstErr != nil && tried > 0 {
		msg += fmt.Sprintf(": %v", firstErr)
	}
	return 0, "", fmt.Errorf("%s", msg)
}

// symbols binds Go function variables to a library's symbols; the first
// missing symbol is remembered and reported by err.
type symbols struct {
	h   uintptr
	lib string
	err error
}

// bind points *fn (a pointer to a func variable) at the symbol name.
func (s *symbols) bind(fn any, name string) {
	if s.err != nil {
		return
	}
	p, err := dlsym(s.h, name)
	if err != nil || p == 0 {
		s.err = fmt.Errorf("%s: symbol %s not found (library too old?)", s.lib, name)
		return
	}
	purego.RegisterFunc(fn, p)
}
