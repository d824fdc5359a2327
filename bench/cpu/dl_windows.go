//go:build windows

package cpu

import "errors"

var errNoDlopen = errors.New("loading shared libraries is not supported on Windows")

func dlopenLocal(path string) (uintptr, error) { return 0, errNoDlopen }

func dlsym(h uintptr, name string) (uintptr, error) { return 0, errNoDlopen }
