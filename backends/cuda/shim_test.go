package cuda

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// shimProgram is a host program over testdata/host_shim.h: a block
// reduction through shared memory (barriers and shuffles), printed, then,
// when given an argument, a kernel whose thread 0 exits while the others
// wait at a barrier.
const shimProgram = `
#include <cstdio>
__global__ void sum(void* in, void* out) {
  __shared__ float part[64];
  const float* x = (const float*)in;
  float v = 0;
  for (unsigned i = threadIdx.x; i < 1000; i += blockDim.x) v += x[i];
  for (int m = 16; m > 0; m /= 2) v += __shfl_xor_sync(0xffffffffu, v, m);
  if (threadIdx.x % 32 == 0) part[threadIdx.x / 32] = v;
  __syncthreads();
  if (threadIdx.x == 0) *(float*)out = part[0] + part[1];
}
__global__ void diverge(void* in, void*) {
  if (threadIdx.x == 0) return;
  __syncthreads();
}
int main(int argc, char**) {
  static float x[1000];
  for (int i = 0; i < 1000; i++) x[i] = (float)(i % 7);
  float s = -1;
  void* args[2] = {x, &s};
  kiln_launch((void*)sum, 2, args, 1, 64);
  std::printf("sum %g\n", s);
  std::fflush(stdout);
  if (argc > 1) kiln_launch((void*)diverge, 2, args, 1, 64);
  return 0;
}
`

// TestShimCoroutines checks the host shim's thread emulation on its own:
// barriers and warp shuffles give a block reduction its exact sum, and a
// block whose threads do not all reach a __syncthreads aborts with a
// message (the OS-thread shim it replaced hung there).
func TestShimCoroutines(t *testing.T) {
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++ to build the shim with")
	}
	tc, err := emuToolchainOf(cxx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src, bin := filepath.Join(dir, "shim.cpp"), filepath.Join(dir, "shim")
	if err := os.WriteFile(src, []byte(shimProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{}, emuFlags...), "-include", tc.precompiledShim(), "-o", bin, src)
	if out, err := exec.Command(cxx, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cxx, err, out)
	}
	want := 0
	for i := 0; i < 1000; i++ {
		want += i % 7
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "sum "+strconv.Itoa(want) {
		t.Errorf("block reduction: %q, %v; want \"sum %d\"", out, err, want)
	}
	out, err = exec.Command(bin, "diverge").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "63 threads wait at __syncthreads, 1 have exited") {
		t.Errorf("divergent barrier: %q, %v; want an abort naming 63 waiting and 1 exited thread", out, err)
	}
}
