package xla

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Benchmarks of the fixed costs of one call through PJRT: they bound how
// fast a decode loop of one executable per token can go.

func sumProgram(b *testing.B, nargs, n int) (backends.Executable, []backends.Buffer) {
	b.Helper()
	f := ir.NewFunc(fmt.Sprintf("sum_%d_%d", nargs, n))
	var acc *ir.Value
	for i := 0; i < nargs; i++ {
		p := f.Param(fmt.Sprintf("x%d", i), ir.T(ir.Float32, n))
		if acc == nil {
			acc = p
			continue
		}
		v, err := f.Emit(ir.OpAdd, nil, ir.Pos{}, acc, p)
		if err != nil {
			b.Fatal(err)
		}
		acc = v
	}
	f.SetResults([]*ir.Value{acc}, nil)
	exe, err := Default().Compile(f, backends.CompileOptions{})
	if err != nil {
		b.Fatal(err)
	}
	vals := make([]float32, n)
	for i := range vals {
		vals[i] = float32(i)
	}
	t, _ := tensor.FromFloat32(ir.Shape{n}, vals)
	args := make([]backends.Buffer, nargs)
	for i := range args {
		if args[i], err = Default().Upload(t); err != nil {
			b.Fatal(err)
		}
	}
	return exe, args
}

func benchRun(b *testing.B, nargs int, download bool) {
	if err := Default().Available(); err != nil {
		b.Skipf("xla not available: %v", err)
	}
	exe, args := sumProgram(b, nargs, 16)
	defer func() {
		for _, a := range args {
			a.Free()
		}
	}()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, err := exe.Run(args, backends.RunOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if download {
			if _, err := out[0].Download(); err != nil {
				b.Fatal(err)
			}
		}
		out[0].Free()
	}
}

func BenchmarkRun1Arg(b *testing.B)            { benchRun(b, 1, false) }
func BenchmarkRun150Args(b *testing.B)         { benchRun(b, 150, false) }
func BenchmarkRun1ArgDownload(b *testing.B)    { benchRun(b, 1, true) }
func BenchmarkRun150ArgsDownload(b *testing.B) { benchRun(b, 150, true) }

func BenchmarkUploadScalar(b *testing.B) {
	if err := Default().Available(); err != nil {
		b.Skipf("xla not available: %v", err)
	}
	t, _ := tensor.ScalarInt64(ir.Int64, 7)
	for i := 0; i < b.N; i++ {
		x, err := Default().Upload(t)
		if err != nil {
			b.Fatal(err)
		}
		x.Free()
	}
}
