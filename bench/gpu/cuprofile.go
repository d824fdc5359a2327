package gpu

import (
	"fmt"
	"os"

	"github.com/ebitengine/purego"
)

// EnvProfileStep set to 1 makes the training bench run one more step
// between cuProfilerStart and cuProfilerStop, so that a profiler started
// with its capture off (ncu --profile-from-start off, nsys
// --capture-range=cudaProfilerApi) records exactly one step's kernels.
const EnvProfileStep = "KILN_CUDA_PROFILE_STEP"

// cudaProfiler holds libcuda's profiler range calls.
type cudaProfiler struct{ start, stop func() int32 }

// openCUDAProfiler loads cuProfilerStart/Stop from libcuda.
func openCUDAProfiler() (*cudaProfiler, error) {
	h, err := purego.Dlopen("libcuda.so.1", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return nil, fmt.Errorf("loading libcuda.so.1: %w", err)
	}
	p := &cudaProfiler{}
	purego.RegisterLibFunc(&p.start, h, "cuProfilerStart")
	purego.RegisterLibFunc(&p.stop, h, "cuProfilerStop")
	return p, nil
}

// profiledStep runs step between the profiler's start and stop when
// EnvProfileStep is 1, and does nothing otherwise.
func profiledStep(step func() error) error {
	if os.Getenv(EnvProfileStep) != "1" {
		return nil
	}
	p, err := openCUDAProfiler()
	if err != nil {
		return err
	}
	if rc := p.start(); rc != 0 {
		return fmt.Errorf("cuProfilerStart: CUresult %d", rc)
	}
	err = step()
	if rc := p.stop(); rc != 0 && err == nil {
		err = fmt.Errorf("cuProfilerStop: CUresult %d", rc)
	}
	return err
}
