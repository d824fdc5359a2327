package cuda

import "errors"

// The CUDA backend loads Linux shared objects; on Windows it is never
// available (Available says so) but the package builds.
var errNoDlopen = errors.New("cuda: loading CUDA libraries is implemented for Linux only")

func dlopen(string) (uintptr, error)         { return 0, errNoDlopen }
func dlsym(uintptr, string) (uintptr, error) { return 0, errNoDlopen }
