package llvm

import (
	"fmt"
	"math"
	"runtime"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"
	"golang.org/x/sys/unix"
)

// Microbenchmarks of the machine's limits, compiled by the same toolchain
// as kiln's kernels and run on the same thread pool: the fp32 FMA peak
// and the streaming read bandwidth. Benchmarks report kiln's figures as
// fractions of these, measured in the same run.

const microLL = `
declare void @kiln_parallel_for(void (i8**, i64, i64)*, i8**, i64, i64)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)

; fma_task: per task, iters steps of 12 independent 8-wide FMA chains;
; writes one float per task (args[0]) so nothing is optimized away.
define internal void @fma_task(i8** %args, i64 %lo, i64 %hi) noinline nounwind {
entry:
  %p0 = getelementptr i8*, i8** %args, i64 0
  %r0 = load i8*, i8** %p0
  %out = bitcast i8* %r0 to float*
  %p1 = getelementptr i8*, i8** %args, i64 1
  %r1 = load i8*, i8** %p1
  %itp = bitcast i8* %r1 to i64*
  %iters = load i64, i64* %itp
  br label %task
task:
  %t = phi i64 [ %lo, %entry ], [ %tn, %done ]
  %tc = icmp slt i64 %t, %hi
  br i1 %tc, label %pre, label %exit
pre:
  %tf = sitofp i64 %t to float
  %s0 = insertelement <8 x float> undef, float %tf, i32 0
  %a = shufflevector <8 x float> %s0, <8 x float> undef, <8 x i32> zeroinitializer
  %b = fadd <8 x float> %a, <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>
  br label %loop
loop:
  %i = phi i64 [ 0, %pre ], [ %in, %loop ]
ACCPHIS
FMAS
  %in = add i64 %i, 1
  %c = icmp slt i64 %in, %iters
  br i1 %c, label %loop, label %done
done:
SUMS
  %e = extractelement <8 x float> %sum11, i32 0
  %op = getelementptr float, float* %out, i64 %t
  store float %e, float* %op
  %tn = add i64 %t, 1
  br label %task
exit:
  ret void
}

; read_task: sums float chunk [lo, hi) of 1<<14 floats each from args[0]
; with 4 vector accumulators; stores per-chunk sums in args[1].
define internal void @read_task(i8** %args, i64 %lo, i64 %hi) noinline nounwind {
entry:
  %p0 = getelementptr i8*, i8** %args, i64 0
  %r0 = load i8*, i8** %p0
  %src = bitcast i8* %r0 to <8 x float>*
  %p1 = getelementptr i8*, i8** %args, i64 1
  %r1 = load i8*, i8** %p1
  %out = bitcast i8* %r1 to float*
  br label %task
task:
  %t = phi i64 [ %lo, %entry ], [ %tn, %done ]
  %tc = icmp slt i64 %t, %hi
  br i1 %tc, label %pre, label %exit
pre:
  %base = mul i64 %t, 2048
  br label %loop
loop:
  %i = phi i64 [ 0, %pre ], [ %in, %loop ]
  %a0 = phi <8 x float> [ zeroinitializer, %pre ], [ %n0, %loop ]
  %a1 = phi <8 x float> [ zeroinitializer, %pre ], [ %n1, %loop ]
  %a2 = phi <8 x float> [ zeroinitializer, %pre ], [ %n2, %loop ]
  %a3 = phi <8 x float> [ zeroinitializer, %pre ], [ %n3, %loop ]
  %o0 = add i64 %base, %i
  %q0 = getelementptr <8 x float>, <8 x float>* %src, i64 %o0
  %v0 = load <8 x float>, <8 x float>* %q0, align 32
  %o1 = add i64 %o0, 1
  %q1 = getelementptr <8 x float>, <8 x float>* %src, i64 %o1
  %v1 = load <8 x float>, <8 x float>* %q1, align 32
  %o2 = add i64 %o0, 2
  %q2 = getelementptr <8 x float>, <8 x float>* %src, i64 %o2
  %v2 = load <8 x float>, <8 x float>* %q2, align 32
  %o3 = add i64 %o0, 3
  %q3 = getelementptr <8 x float>, <8 x float>* %src, i64 %o3
  %v3 = load <8 x float>, <8 x float>* %q3, align 32
  %n0 = fadd <8 x float> %a0, %v0
  %n1 = fadd <8 x float> %a1, %v1
  %n2 = fadd <8 x float> %a2, %v2
  %n3 = fadd <8 x float> %a3, %v3
  %in = add i64 %i, 4
  %c = icmp slt i64 %in, 2048
  br i1 %c, label %loop, label %done
done:
  %s01 = fadd <8 x float> %n0, %n1
  %s23 = fadd <8 x float> %n2, %n3
  %s = fadd <8 x float> %s01, %s23
  %e = extractelement <8 x float> %s, i32 0
  %op = getelementptr float, float* %out, i64 %t
  store float %e, float* %op
  %tn = add i64 %t, 1
  br label %task
exit:
  ret void
}

define void @kiln_fma(i8** %args, i64 %n) {
  call void @kiln_parallel_for(void (i8**, i64, i64)* @fma_task, i8** %args, i64 %n, i64 1)
  ret void
}

define void @kiln_read(i8** %args, i64 %n) {
  call void @kiln_parallel_for(void (i8**, i64, i64)* @read_task, i8** %args, i64 %n, i64 1)
  ret void
}
`

func microText() string {
	var phis, fmas, sums string
	for i := 0; i < 12; i++ {
		phis += fmt.Sprintf("  %%acc%d = phi <8 x float> [ %%a, %%pre ], [ %%nacc%d, %%loop ]\n", i, i)
		fmas += fmt.Sprintf("  %%nacc%d = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %%acc%d, <8 x float> %%b, <8 x float> %%a)\n", i, i)
	}
	sums = "  %sum0 = fadd <8 x float> %nacc0, zeroinitializer\n"
	for i := 1; i < 12; i++ {
		sums += fmt.Sprintf("  %%sum%d = fadd <8 x float> %%sum%d, %%nacc%d\n", i, i-1, i)
	}
	r := microLL
	for _, kv := range [][2]string{{"ACCPHIS\n", phis}, {"FMAS\n", fmas}, {"SUMS\n", sums}} {
		r = replaceOnce(r, kv[0], kv[1])
	}
	return r
}

// fma16LL is fma_task on <16 x float> (AVX-512F, the function alone
// compiled with the feature, as the GEMM's zmm kernel is): each chain is
// acc += (t+1) * (t+1) * 2^-20, which stays finite and normal (a chain
// that overflows to inf ran at half the zmm rate on Zen 5).
const fma16LL = `
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>)

define internal void @fma16_task(i8** %args, i64 %lo, i64 %hi) noinline nounwind #0 {
entry:
  %p0 = getelementptr i8*, i8** %args, i64 0
  %r0 = load i8*, i8** %p0
  %out = bitcast i8* %r0 to float*
  %p1 = getelementptr i8*, i8** %args, i64 1
  %r1 = load i8*, i8** %p1
  %itp = bitcast i8* %r1 to i64*
  %iters = load i64, i64* %itp
  br label %task
task:
  %t = phi i64 [ %lo, %entry ], [ %tn, %done ]
  %tc = icmp slt i64 %t, %hi
  br i1 %tc, label %pre, label %exit
pre:
  %tf = sitofp i64 %t to float
  %s0 = insertelement <16 x float> undef, float %tf, i32 0
  %a = shufflevector <16 x float> %s0, <16 x float> undef, <16 x i32> zeroinitializer
  %one = fadd <16 x float> %a, <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>
  %tiny = fmul <16 x float> %one, <float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000, float 0x3EB0000000000000>
  br label %loop
loop:
  %i = phi i64 [ 0, %pre ], [ %in, %loop ]
ACCPHIS
FMAS
  %in = add i64 %i, 1
  %c = icmp slt i64 %in, %iters
  br i1 %c, label %loop, label %done
done:
SUMS
  %e = extractelement <16 x float> %sumLAST, i32 0
  %op = getelementptr float, float* %out, i64 %t
  store float %e, float* %op
  %tn = add i64 %t, 1
  br label %task
exit:
  ret void
}

define void @kiln_fma16(i8** %args, i64 %n) {
  call void @kiln_parallel_for(void (i8**, i64, i64)* @fma16_task, i8** %args, i64 %n, i64 1)
  ret void
}

attributes #0 = { "target-features"="+avx512f" "min-legal-vector-width"="512" "prefer-vector-width"="512" }
`

// fma16Chains is the number of independent <16 x float> chains of
// kiln_fma16: more than FMA latency (4 cycles) x 2 pipes on Zen 4/5 and
// Intel's AVX-512 cores (with 16, llc -O3 spilled one accumulator).
const fma16Chains = 12

func micro16Text() string {
	var phis, fmas, sums string
	for i := 0; i < fma16Chains; i++ {
		phis += fmt.Sprintf("  %%acc%d = phi <16 x float> [ %%a, %%pre ], [ %%nacc%d, %%loop ]\n", i, i)
		fmas += fmt.Sprintf("  %%nacc%d = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %%one, <16 x float> %%tiny, <16 x float> %%acc%d)\n", i, i)
	}
	sums = "  %sum0 = fadd <16 x float> %nacc0, zeroinitializer\n"
	for i := 1; i < fma16Chains; i++ {
		sums += fmt.Sprintf("  %%sum%d = fadd <16 x float> %%sum%d, %%nacc%d\n", i, i-1, i)
	}
	r := fma16LL
	for _, kv := range [][2]string{{"ACCPHIS\n", phis}, {"FMAS\n", fmas}, {"SUMS\n", sums}, {"%sumLAST", fmt.Sprintf("%%sum%d", fma16Chains-1)}} {
		r = replaceOnce(r, kv[0], kv[1])
	}
	return r
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

func microSymbol(name string) (uintptr, error) {
	_, t, err := Default().setup()
	if err != nil {
		return 0, err
	}
	text := microText()
	if name == "kiln_fma16" {
		text += micro16Text()
	}
	fn, _, err := loadModule(t, []byte(text), "ll-noopt", name)
	return fn, err
}

// MeasureFMAPeak measures the float32 FMA throughput of the thread pool
// (all threads) in GFLOP/s: 12 independent 8-wide fused multiply-add
// chains per task, best of a few repetitions of about d each.
func MeasureFMAPeak(d time.Duration) (float64, error) {
	return measureFMA("kiln_fma", 12*8, d)
}

// measureFMA runs the FMA task sym (lanes FMAs per step) on the pool.
func measureFMA(sym string, lanes int64, d time.Duration) (float64, error) {
	fn, err := microSymbol(sym)
	if err != nil {
		return 0, err
	}
	tasks := int64(8 * max(rtThreads, 1))
	out := make([]float32, tasks)
	iters := []int64{1 << 16}
	args := []uintptr{uintptr(unsafe.Pointer(&out[0])), uintptr(unsafe.Pointer(&iters[0]))}
	call := func() time.Duration {
		s := time.Now()
		purego.SyscallN(fn, uintptr(unsafe.Pointer(&args[0])), uintptr(tasks))
		return time.Since(s)
	}
	call()
	for call() < d/8 && iters[0] < 1<<30 {
		iters[0] *= 2
	}
	best := 0.0
	for end := time.Now().Add(d); time.Now().Before(end) || best == 0; {
		el := call()
		best = math.Max(best, float64(tasks*iters[0]*lanes*2)/el.Seconds()/1e9)
	}
	runtime.KeepAlive(out)
	runtime.KeepAlive(iters)
	return best, nil
}

// MeasureFMAPeakZMM is MeasureFMAPeak on <16 x float> (16 chains): the
// ceiling of the GEMM's AVX-512 kernels, twice the 8-wide figure on CPUs
// with full-width 512-bit FMA units (Zen 5). An error where the host has
// no AVX-512F.
func MeasureFMAPeakZMM(d time.Duration) (float64, error) {
	if !hostHasAVX512() {
		return 0, fmt.Errorf("llvm: MeasureFMAPeakZMM: host CPU has no AVX-512F")
	}
	return measureFMA("kiln_fma16", fma16Chains*16, d)
}

// MeasureReadBandwidth measures the streaming read bandwidth of the thread
// pool over a buffer of about bytes (rounded to 64 KiB chunks) in GB/s,
// best of a few passes.
func MeasureReadBandwidth(bytes int, passes int) (float64, error) {
	return measureReadBandwidth(bytes, passes, time.Now)
}

// MeasureReadBandwidthThreadCPU is MeasureReadBandwidth timed by the CPU
// time of the calling OS thread instead of the wall clock: with one pool
// thread (SetThreads(1), KILN_THREADS=1) the passes run on the caller, and
// the figure leaves out the time other processes held the core. The
// caller must hold its OS thread (runtime.LockOSThread).
func MeasureReadBandwidthThreadCPU(bytes int, passes int) (float64, error) {
	return measureReadBandwidth(bytes, passes, threadCPUClock)
}

// threadCPUClock reads the calling thread's CPU time as a time.Time (only
// differences are meaningful).
func threadCPUClock() time.Time {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return time.Time{}
	}
	return time.Unix(ts.Sec, ts.Nsec)
}

func measureReadBandwidth(bytes int, passes int, now func() time.Time) (float64, error) {
	fn, err := microSymbol("kiln_read")
	if err != nil {
		return 0, err
	}
	const chunk = 1 << 16 // bytes per task (2048 vectors of 32 bytes)
	n := max(bytes/chunk, 1)
	buf := make([]float32, n*chunk/4+8)
	off := 0
	for uintptr(unsafe.Pointer(&buf[off]))%32 != 0 {
		off++
	}
	for i := off; i < len(buf); i += 1024 {
		buf[i] = 1
	}
	sums := make([]float32, n)
	args := []uintptr{uintptr(unsafe.Pointer(&buf[off])), uintptr(unsafe.Pointer(&sums[0]))}
	best := 0.0
	for p := 0; p < passes+1; p++ {
		s := now()
		purego.SyscallN(fn, uintptr(unsafe.Pointer(&args[0])), uintptr(n))
		if p > 0 {
			best = math.Max(best, float64(n*chunk)/now().Sub(s).Seconds()/1e9)
		}
	}
	runtime.KeepAlive(buf)
	runtime.KeepAlive(sums)
	return best, nil
}
