//go:build !windows

package cuda

import "github.com/ebitengine/purego"

// dlopen loads a shared library now, keeping its symbols to itself.
func dlopen(path string) (uintptr, error) {
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}

func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }
