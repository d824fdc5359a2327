//go:build unix

package cpu

import (
	"math/rand"
	"syscall"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// BenchmarkViTKiln runs kiln's ViT-B/16 (the suite's vit-b16-224, random
// pixels) back to back, without ONNX Runtime, and reports the process's
// CPU time per image (mean, and the least of the runs) beside the wall
// time: with KILN_THREADS=1 the CPU
// time is the model's compute on one thread, which a neighbour's load
// on the other core disturbs far less than the 2-thread wall time. The
// first two runs (the second makes the weights' packed copies) are not
// timed. A/B the backend's switches with its environment variables
// (KILN_LLVM_NO_PREPACK=1, KILN_LLVM_NO_GEMM_GROUPS=1):
//
//	KILN_THREADS=1 go test ./bench/cpu -run XXX -bench ViTKiln -benchtime 10x
func BenchmarkViTKiln(b *testing.B) {
	m, err := newModel(vitB16Config)
	if err != nil {
		b.Fatal(err)
	}
	vc := m.Config().(*models.ViTConfig)
	f, _, err := buildModel(vitB16Config, models.Spec{Batch: 1, Seq: vc.Patches() + 1})
	if err != nil {
		b.Fatal(err)
	}
	s := &suite{be: llvm.Default()}
	pix := randomFloat32(rand.New(rand.NewSource(1)), []int{1, 3, vc.ImageSize, vc.ImageSize}, 1)
	run, err := s.prepare(f, encoderWeights(rand.New(rand.NewSource(18)), map[string]*tensor.Tensor{models.InputPixelValues: pix}, map[string]*tensor.Tensor{}))
	if err != nil {
		b.Fatal(err)
	}
	defer run.free()
	for range 2 {
		if err := run.run(); err != nil {
			b.Fatal(err)
		}
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	b.ResetTimer()
	var total, best time.Duration
	for i := range b.N {
		c0 := cpu()
		if err := run.run(); err != nil {
			b.Fatal(err)
		}
		d := cpu() - c0
		total += d
		if i == 0 || d < best {
			best = d
		}
	}
	b.ReportMetric(float64(total.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(best.Microseconds())/1e3, "min-cpu-ms")
}
