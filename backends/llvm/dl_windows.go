//go:build windows

package llvm

import "errors"

var errNoDlopen = errors.New("llvm: loading compiled libraries is not supported on Windows")

func dlopen(path string, global bool) (uintptr, error) { return 0, errNoDlopen }

func dlsym(h uintptr, name string) (uintptr, error) { return 0, errNoDlopen }
