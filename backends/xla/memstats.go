package xla

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/gomlx/go-xla/pkg/pjrt"
)

// EnvMemoryStats, when set, makes Compile print each newly compiled
// program's device memory as XLA's buffer assignment planned it: what a
// run needs beside the allocator's own slack, so a change to a program's
// peak memory shows without reading nvidia-smi (which also counts the
// CUDA context, the allocator's pool and what autotuning left in it).
const EnvMemoryStats = "KILN_XLA_MEMORY_STATS"

// EnvAllocator names the PJRT client's device allocator ("bfc", the
// CUDA plugin's default, which grows its pool in doubling regions and
// never returns them; "cuda_async", cudaMallocAsync's pool; "platform",
// plain cudaMalloc), to compare what nvidia-smi shows under each.
const EnvAllocator = "KILN_XLA_ALLOCATOR"

// EnvMemoryFraction sets the device memory the PJRT client's BFC
// allocator takes, as a fraction of the device's memory in (0, 1] (the
// CUDA plugin's "memory_fraction" with "preallocate": JAX's
// XLA_PYTHON_CLIENT_MEM_FRACTION): one pool of that size reserved when the
// client starts, so nvidia-smi shows the pool plus the CUDA context, however
// the programs' buffers come and go. Unset, the pool grows on demand in
// doubling regions and can reach twice what a program needs (a growing pool
// under a cap does not work: its regions are too small for a step's
// contiguous temporaries). A pool below a program's need fails its run with
// XLA's out-of-memory error: size it from KILN_XLA_MEMORY_STATS's plan.
const EnvMemoryFraction = "KILN_XLA_MEMORY_FRACTION"

// memoryFractionFromEnv reads $KILN_XLA_MEMORY_FRACTION: 0 when unset, an
// error naming the variable when it is not a number in (0, 1].
func memoryFractionFromEnv() (float32, error) {
	v := strings.TrimSpace(os.Getenv(EnvMemoryFraction))
	if v == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(v, 32)
	if err != nil || !(f > 0 && f <= 1) {
		return 0, fmt.Errorf("xla: %s=%q: want a fraction of device memory in (0, 1]", EnvMemoryFraction, v)
	}
	return float32(f), nil
}

// logMemoryStats writes one line: arguments, outputs, the outputs aliased
// to (donated) arguments, temporaries, and their sum less the aliases —
// the device bytes one execution holds at its peak, at most.
func logMemoryStats(w io.Writer, name string, s pjrt.ExecutableMemoryUsageStats) {
	const mib = 1 << 20
	total := s.Inputs + s.Outputs - s.Aliases + s.Temporary
	fmt.Fprintf(w, "xla: %s: device memory planned: arguments %.1f MiB, outputs %.1f MiB (%.1f MiB aliased to donated arguments), temporaries %.1f MiB, code %.1f MiB; total %.1f MiB\n",
		name, float64(s.Inputs)/mib, float64(s.Outputs)/mib, float64(s.Aliases)/mib, float64(s.Temporary)/mib, float64(s.GeneratedCode)/mib, float64(total)/mib)
}
