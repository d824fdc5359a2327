package llvm_test

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// BenchmarkAttentionPrefill times causal self-attention (B=1, H=12, D=64,
// f32) on the tiled kernel and on the decomposition into GEMMs and softmax
// loops (Options.DecomposeAttention); GFLOP/s counts the 4*T*T*D*H
// multiply-adds of the unmasked problem.
func BenchmarkAttentionPrefill(b *testing.B) {
	if err := llvm.Default().Available(); err != nil {
		b.Skip("llvm backend not available: ", err)
	}
	for _, T := range []int{128, 1024} {
		for _, mode := range []string{"tiled", "decomposed"} {
			b.Run(fmt.Sprintf("T%d_%s", T, mode), func(b *testing.B) {
				be := llvm.Default()
				if mode == "decomposed" {
					be = llvm.New(llvm.Options{DecomposeAttention: true})
				}
				s := attnSpec{d: ir.Float32, b: 1, hq: 12, hkv: 12, tq: T, tk: T, dk: 64, dv: 64,
					attrs: ir.AttentionAttrs{Scale: 0.125, Causal: true}}
				f, ins := s.build(rand.New(rand.NewSource(1)))
				runLoop(b, be, f, ins)
				flops := 4 * float64(T) * float64(T) * 64 * 12
				b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

// BenchmarkAttentionEncoder times bidirectional self-attention over
// Whisper-base's encoder (B=1, H=8, T=1500, D=64, f32, no mask) and
// ViT-B/16's (H=12, T=197) on the tiled kernels; GFLOP/s counts the
// 4*T*T*D*H multiply-adds (with KILN_THREADS=1 also by the thread's CPU
// time: cpu-GFLOP/s).
func BenchmarkAttentionEncoder(b *testing.B) {
	if err := llvm.Default().Available(); err != nil {
		b.Skip("llvm backend not available: ", err)
	}
	for _, c := range []struct {
		name string
		t, h int
	}{{"whisper", 1500, 8}, {"vit", 197, 12}} {
		b.Run(c.name, func(b *testing.B) {
			s := attnSpec{d: ir.Float32, b: 1, hq: c.h, hkv: c.h, tq: c.t, tk: c.t, dk: 64, dv: 64, attrs: ir.AttentionAttrs{Scale: 0.125}}
			f, ins := s.build(rand.New(rand.NewSource(1)))
			cpuLoop(b, prepRun(b, llvm.Default(), f, ins), 4*float64(c.t)*float64(c.t)*64*float64(c.h)/1e9)
		})
	}
}

// BenchmarkAttentionDecodeGQA times one decode step's attention with
// grouped KV heads (B=1, Hq=14, Hkv=2, Tk=1024, D=64, f32, Qwen2-0.5B's
// heads); GB/s counts one read of K and V.
func BenchmarkAttentionDecodeGQA(b *testing.B) {
	if err := llvm.Default().Available(); err != nil {
		b.Skip("llvm backend not available: ", err)
	}
	s := attnSpec{d: ir.Float32, b: 1, hq: 14, hkv: 2, tq: 1, tk: 1024, dk: 64, dv: 64,
		attrs: ir.AttentionAttrs{Scale: 0.125, Causal: true}}
	f, ins := s.build(rand.New(rand.NewSource(1)))
	runLoop(b, llvm.Default(), f, ins)
	bytes := 2 * 2 * 1024 * 64 * 4.0
	b.ReportMetric(bytes*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
}

// runLoop compiles f on be, uploads ins and runs it for the benchmark's
// loop (compilation and upload untimed).
func runLoop(b *testing.B, be *llvm.Backend, f *ir.Func, ins []*tensor.Tensor) {
	b.Helper()
	step := prepRun(b, be, f, ins)
	for b.Loop() {
		step()
	}
}

// prepRun compiles f on be, uploads ins and returns one run of it.
func prepRun(b *testing.B, be *llvm.Backend, f *ir.Func, ins []*tensor.Tensor) func() {
	b.Helper()
	exe, err := be.Compile(f, backends.CompileOptions{})
	if err != nil {
		b.Fatal(err)
	}
	bufs := make([]backends.Buffer, len(ins))
	for i, x := range ins {
		if bufs[i], err = be.Upload(x); err != nil {
			b.Fatal(err)
		}
	}
	return func() {
		res, err := exe.Run(bufs, backends.RunOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for _, x := range res {
			x.Free()
		}
	}
}
