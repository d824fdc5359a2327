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
// Whisper-base's encoder (B=1, H=8, T=1500, D=64, f32, no mask) on the
// tiled kernel; GFLOP/s counts the 4*T*T*D*H multiply-adds.
func BenchmarkAttentionEncoder(b *testing.B) {
	if err := llvm.Default().Available(); err != nil {
		b.Skip("llvm backend not available: ", err)
	}
	const T, H = 1500, 8
	s := attnSpec{d: ir.Float32, b: 1, hq: H, hkv: H, tq: T, tk: T, dk: 64, dv: 64, attrs: ir.AttentionAttrs{Scale: 0.125}}
	f, ins := s.build(rand.New(rand.NewSource(1)))
	runLoop(b, llvm.Default(), f, ins)
	flops := 4 * float64(T) * float64(T) * 64 * H
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
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
	for b.Loop() {
		if _, err := exe.Run(bufs, backends.RunOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
