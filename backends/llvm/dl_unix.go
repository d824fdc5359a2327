//go:build !windows

package llvm

import "github.com/ebitengine/purego"

// dlopen loads a shared library now; global makes its symbols available to
// libraries loaded later (the runtime).
func dlopen(path string, global bool) (uintptr, error) {
	mode := purego.RTLD_NOW | purego.RTLD_LOCAL
	if global {
		mode = purego.RTLD_NOW | purego.RTLD_GLOBAL
	}
	return purego.Dlopen(path, mode)
}

func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }
