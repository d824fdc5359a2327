package cpu

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
)

// The machine's fp32 FMA peak, the ceiling of every GFLOP/s figure of
// the suite. It is measured with the widest FMA the CPU and OS support
// (AVX-512F zmm, else AVX2+FMA3 ymm; the llvm backend's 8-wide probe off
// amd64), on every logical CPU at once, with enough independent chains
// per thread to cover the FMA latency times the number of FMA pipes (4
// cycles x 2 pipes = 8 on Zen 4/5 and Skylake-SP and later; 16 zmm and 12
// ymm chains run here). Where several widths run, the peak is the best of
// them: a CPU that down-clocks for zmm still cannot beat the best width.

// fmaKernel is one width of the probe: run does iters steps of Chains
// independent FMAs, FlopsPerStep floating-point operations per step.
type fmaKernel struct {
	ISA          string
	Chains       int
	FlopsPerStep float64
	run          func(iters int64)
}

// peakProbe is the probe's outcome: the peak, the ISA that reached it,
// every width's figure and the threads it ran on.
type peakProbe struct {
	GFLOPS  float64
	ISA     string
	ByISA   map[string]float64
	Threads int
}

// measureFMAPeak measures the fp32 FMA peak in GFLOP/s on all logical
// CPUs, spending about d on each width the CPU has.
func measureFMAPeak(d time.Duration) (peakProbe, error) {
	threads := runtime.NumCPU()
	ks := fmaKernels()
	if len(ks) == 0 {
		g, err := llvm.MeasureFMAPeak(d)
		if err != nil {
			return peakProbe{}, fmt.Errorf("fma peak (llvm probe, no amd64 kernel): %w", err)
		}
		isa := "llvm fmuladd <8 x float>"
		return peakProbe{GFLOPS: g, ISA: isa, ByISA: map[string]float64{isa: g}, Threads: threads}, nil
	}
	p := peakProbe{ByISA: map[string]float64{}, Threads: threads}
	for _, k := range ks {
		g := k.measure(threads, d)
		p.ByISA[k.ISA] = g
		if g > p.GFLOPS {
			p.GFLOPS, p.ISA = g, k.ISA
		}
	}
	return p, nil
}

// measure runs k on threads OS threads at once in rounds of about d/8 and
// returns the best round's GFLOP/s. One call of the kernel is sized to
// about a millisecond (assembly is not preempted; the garbage collector
// waits at most that long). Where GOMAXPROCS is below threads it is
// raised for the measurement and restored after.
func (k fmaKernel) measure(threads int, d time.Duration) float64 {
	if prev := runtime.GOMAXPROCS(0); prev < threads {
		runtime.GOMAXPROCS(threads)
		defer runtime.GOMAXPROCS(prev)
	}
	iters := int64(1 << 10)
	var call time.Duration
	for {
		t := time.Now()
		k.run(iters)
		call = time.Since(t)
		if call >= time.Millisecond || iters >= 1<<30 {
			break
		}
		iters *= 2
	}
	calls := max(1, int((d/8)/max(call, time.Microsecond)))
	best := 0.0
	for end := time.Now().Add(d); best == 0 || time.Now().Before(end); {
		el := onAllThreads(threads, func() {
			for range calls {
				k.run(iters)
			}
		})
		flops := float64(threads) * float64(calls) * float64(iters) * k.FlopsPerStep
		best = max(best, flops/el.Seconds()/1e9)
	}
	return best
}

// onAllThreads runs fn on threads goroutines, each locked to its own OS
// thread and released together once all are ready, and returns the time
// from the release until the last one finished.
func onAllThreads(threads int, fn func()) time.Duration {
	var ready, done sync.WaitGroup
	start := make(chan struct{})
	ready.Add(threads)
	done.Add(threads)
	for range threads {
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			ready.Done()
			<-start
			fn()
			done.Done()
		}()
	}
	ready.Wait()
	t := time.Now()
	close(start)
	done.Wait()
	return time.Since(t)
}

// cpuID names the CPU: CPUID's vendor, brand string and display
// family/model/stepping (zero where unknown).
type cpuID struct {
	Vendor, Brand           string
	Family, Model, Stepping int
}

// describeCPU is the CPU's identity from CPUID where the architecture has
// it, completed from /proc/cpuinfo (model name, cpu family, model,
// stepping) where CPUID is not available or says nothing.
func describeCPU() cpuID {
	id, _ := cpuIdentity()
	info := procCPUInfo()
	if id.Brand == "" {
		id.Brand = info["model name"]
	}
	if id.Vendor == "" {
		id.Vendor = info["vendor_id"]
	}
	for key, dst := range map[string]*int{"cpu family": &id.Family, "model": &id.Model, "stepping": &id.Stepping} {
		if *dst == 0 {
			*dst, _ = strconv.Atoi(info[key])
		}
	}
	if id.Brand == "" {
		id.Brand = runtime.GOARCH
	}
	return id
}

// procCPUInfo is the first processor's "key: value" lines of
// /proc/cpuinfo (empty where there is no such file).
func procCPUInfo() map[string]string {
	out := map[string]string{}
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return out
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" && len(out) > 0 {
			break // end of the first processor
		}
		k, v, ok := strings.Cut(l, ":")
		if ok {
			out[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return out
}

// cString is b up to its first NUL, trimmed of spaces.
func cString(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		b = b[:i]
	}
	return strings.TrimSpace(string(b))
}
