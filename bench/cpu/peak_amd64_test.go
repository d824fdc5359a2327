package cpu

import (
	"runtime"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/cpu"
)

// maxFlopsPerCycle bounds one core's fp32 FMA rate: two 16-wide FMA
// pipes (Zen 5, Sapphire Rapids) are 64 flops per cycle.
const maxFlopsPerCycle = 64

// TestFMAPeakZMM runs the probe's zmm kernel on one thread and on all and
// checks that the figures are plausible: above 1 GFLOP/s and below 64
// flops per cycle at 7 GHz per thread. (All threads are not compared with
// one: on a shared machine the other cores may be busy.)
func TestFMAPeakZMM(t *testing.T) {
	if !cpu.X86.HasAVX512F {
		t.Skip("no AVX-512F (or the OS does not save zmm state): the zmm kernel cannot run here")
	}
	k := fmaKernels()[0]
	if k.ISA != "avx512f zmm" {
		t.Fatalf("widest kernel is %q with AVX-512F present", k.ISA)
	}
	one := k.measure(1, 50*time.Millisecond)
	all := k.measure(runtime.NumCPU(), 50*time.Millisecond)
	t.Logf("zmm fma peak: %.1f GFLOP/s on 1 thread, %.1f on %d", one, all, runtime.NumCPU())
	for _, c := range []struct {
		g       float64
		threads int
	}{{one, 1}, {all, runtime.NumCPU()}} {
		if !(c.g > 1) || c.g > maxFlopsPerCycle*7*float64(c.threads) {
			t.Errorf("%d threads: %.1f GFLOP/s is not a plausible fp32 peak", c.threads, c.g)
		}
	}
}

// TestMeasureFMAPeakPicksBest checks that the reported peak is the best
// width's figure and names it.
func TestMeasureFMAPeakPicksBest(t *testing.T) {
	if len(fmaKernels()) == 0 {
		t.Skip("no AVX2+FMA3 or AVX-512F: the probe uses the llvm backend here")
	}
	p, err := measureFMAPeak(20 * time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.ByISA) != len(fmaKernels()) || p.ByISA[p.ISA] != p.GFLOPS || p.Threads != runtime.NumCPU() {
		t.Fatalf("probe %+v", p)
	}
	for isa, g := range p.ByISA {
		if g > p.GFLOPS {
			t.Errorf("%s reached %.1f above the reported peak %.1f", isa, g, p.GFLOPS)
		}
	}
}

// TestCPUIdentityMatchesProcCPUInfo checks the CPUID decoding against the
// kernel's own (/proc/cpuinfo reads the same CPUID leaves).
func TestCPUIdentityMatchesProcCPUInfo(t *testing.T) {
	id, ok := cpuIdentity()
	if !ok {
		t.Fatal("no CPUID leaf 1 on amd64")
	}
	info := procCPUInfo()
	if len(info) == 0 {
		t.Skip("no /proc/cpuinfo to compare with")
	}
	for key, got := range map[string]int{"cpu family": id.Family, "model": id.Model, "stepping": id.Stepping} {
		want, err := strconv.Atoi(info[key])
		if err != nil {
			t.Skipf("/proc/cpuinfo %q = %q", key, info[key])
		}
		if got != want {
			t.Errorf("%s: CPUID says %d, /proc/cpuinfo %d", key, got, want)
		}
	}
	if id.Vendor != info["vendor_id"] {
		t.Errorf("vendor %q; /proc/cpuinfo %q", id.Vendor, info["vendor_id"])
	}
	// The brand string is only logged: virtual machines can show user
	// space another brand than the kernel read at boot (one showed
	// "Oxide Virtual Turin-like Processor" against the kernel's "AMD EPYC").
	if id.Brand != info["model name"] {
		t.Logf("brand %q; /proc/cpuinfo %q", id.Brand, info["model name"])
	}
}
