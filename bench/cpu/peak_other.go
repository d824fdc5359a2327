//go:build !amd64

package cpu

// fmaKernels is empty off amd64: the probe falls back to the llvm
// backend's 8-wide FMA microbenchmark.
func fmaKernels() []fmaKernel { return nil }

// cpuIdentity has no CPUID off amd64.
func cpuIdentity() (cpuID, bool) { return cpuID{}, false }
