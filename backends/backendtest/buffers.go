package backendtest

import (
	"errors"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// foreignBuffer is a Buffer that no backend owns.
type foreignBuffer struct{ t ir.Type }

func (f foreignBuffer) Type() ir.Type                     { return f.t }
func (f foreignBuffer) Download() (*tensor.Tensor, error) { return nil, errors.New("foreign") }
func (f foreignBuffer) Free()                             {}

// runBufferTests checks the Executable/Buffer contract of b.
func runBufferTests(t *testing.T, b backends.Backend) {
	f32 := ir.T(ir.Float32, 3)
	// addOne: y = x + 1.
	addOne := func(t *testing.T) backends.Executable {
		return compileOrFatal(t, b, "add_one", func(g *frontend.Graph) {
			x := param(g, f32)
			ret(g, g.Emit(ir.OpAdd, nil, x, constant(g, tf(ir.Float32, sh(3), 1, 1, 1))))
		})
	}
	x0 := tf(ir.Float32, sh(3), 1, 2, 3)
	upload := func(t *testing.T, x *tensor.Tensor) backends.Buffer {
		buf, err := b.Upload(x)
		if err != nil {
			t.Fatalf("upload: %v", err)
		}
		return buf
	}
	download := func(t *testing.T, buf backends.Buffer) *tensor.Tensor {
		d, err := buf.Download()
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		return d
	}
	expectEqual := func(t *testing.T, got, want *tensor.Tensor) {
		t.Helper()
		if err := compareTensors(got, want, 0, true); err != nil {
			t.Error(err)
		}
	}

	t.Run("donation", func(t *testing.T) {
		exe := addOne(t)
		x := upload(t, x0)
		res, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{Donate: []int{0}})
		if err != nil {
			t.Fatal(err)
		}
		expectEqual(t, download(t, res[0]), tf(ir.Float32, sh(3), 2, 3, 4))
		if _, err := x.Download(); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("download of a donated buffer: got %v, want ErrFreed", err)
		}
		if _, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{}); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("run with a donated buffer: got %v, want ErrFreed", err)
		}
		res[0].Free()
	})
	t.Run("donate_index_out_of_range", func(t *testing.T) {
		exe := addOne(t)
		x := upload(t, x0)
		defer x.Free()
		if _, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{Donate: []int{1}}); err == nil {
			t.Error("donating argument 1 of 1 succeeded")
		}
		expectEqual(t, download(t, x), x0)
	})
	t.Run("freed", func(t *testing.T) {
		exe := addOne(t)
		x := upload(t, x0)
		x.Free()
		x.Free() // idempotent
		if _, err := x.Download(); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("download after free: got %v, want ErrFreed", err)
		}
		if _, err := exe.Run([]backends.Buffer{x}, backends.RunOptions{}); !errors.Is(err, backends.ErrFreed) {
			t.Errorf("run with a freed buffer: got %v, want ErrFreed", err)
		}
	})
	t.Run("bad_arguments", func(t *testing.T) {
		exe := addOne(t)
		x := upload(t, x0)
		defer x.Free()
		wrongShape := upload(t, tf(ir.Float32, sh(4), 1, 2, 3, 4))
		defer wrongShape.Free()
		wrongType := upload(t, ti(ir.Int32, sh(3), 1, 2, 3))
		defer wrongType.Free()
		for name, args := range map[string][]backends.Buffer{
			"none":        nil,
			"two":         {x, x},
			"nil":         {nil},
			"wrong_shape": {wrongShape},
			"wrong_dtype": {wrongType},
			"foreign":     {foreignBuffer{f32}},
		} {
			if res, err := exe.Run(args, backends.RunOptions{}); err == nil {
				t.Errorf("%s: run succeeded with %d results, want an error", name, len(res))
			}
		}
		expectEqual(t, download(t, x), x0)
	})
	t.Run("multiple_results", func(t *testing.T) {
		exe := compileOrFatal(t, b, "multi", func(g *frontend.Graph) {
			x, y := param(g, f32), param(g, f32)
			g.Return(frontend.Out("sum", g.Emit(ir.OpAdd, nil, x, y)), frontend.Out("product", g.Emit(ir.OpMul, nil, x, y)), frontend.Out("x", x))
		})
		sig := exe.Signature()
		if len(sig.Params) != 2 || len(sig.Results) != 3 || sig.ResultNames[1] != "product" || sig.ParamNames[0] != "p0" || !sig.Results[2].Equal(f32) {
			t.Errorf("signature %+v", sig)
		}
		xb, yb := upload(t, x0), upload(t, tf(ir.Float32, sh(3), 10, 20, -1))
		defer xb.Free()
		defer yb.Free()
		for run := 0; run < 2; run++ { // an executable runs any number of times
			res, err := exe.Run([]backends.Buffer{xb, yb}, backends.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res) != 3 {
				t.Fatalf("%d results, want 3", len(res))
			}
			expectEqual(t, download(t, res[0]), tf(ir.Float32, sh(3), 11, 22, 2))
			expectEqual(t, download(t, res[1]), tf(ir.Float32, sh(3), 10, 40, -3))
			expectEqual(t, download(t, res[2]), x0)
			for _, r := range res {
				r.Free()
			}
		}
	})
	t.Run("return_parameter", func(t *testing.T) {
		exe := compileOrFatal(t, b, "identity", func(g *frontend.Graph) {
			x := param(g, f32)
			ret(g, x, x)
		})
		xb := upload(t, x0)
		res, err := exe.Run([]backends.Buffer{xb}, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		res[0].Free() // results are independent of the argument and of each other
		expectEqual(t, download(t, res[1]), x0)
		expectEqual(t, download(t, xb), x0)
		xb.Free()
		expectEqual(t, download(t, res[1]), x0)
		res[1].Free()
	})
	t.Run("copies", func(t *testing.T) {
		src := x0.Clone()
		xb := upload(t, src)
		defer xb.Free()
		src.Data[0] ^= 0xff // the buffer holds its own copy
		d := download(t, xb)
		expectEqual(t, d, x0)
		d.Data[1] ^= 0xff // so does each download
		expectEqual(t, download(t, xb), x0)
		if !xb.Type().Equal(f32) {
			t.Errorf("buffer type %s, want %s", xb.Type(), f32)
		}
	})
	t.Run("upload_invalid", func(t *testing.T) {
		if _, err := b.Upload(&tensor.Tensor{DType: ir.Float32, Shape: sh(3), Data: make([]byte, 5)}); err == nil {
			t.Error("upload of a tensor with 5 bytes for f32[3] succeeded")
		}
	})
	t.Run("compile_invalid", func(t *testing.T) {
		// Built with ir directly: the frontend refuses a result of
		// another function, which is the point of this case.
		f := ir.NewFunc("bad")
		other := ir.NewFunc("other")
		f.SetResults([]*ir.Value{other.Param("x", f32)}, nil)
		if _, err := b.Compile(f, backends.CompileOptions{}); err == nil {
			t.Error("compiling a function whose result belongs to another function succeeded")
		}
	})
}

func compileOrFatal(t *testing.T, b backends.Backend, name string, build func(g *frontend.Graph)) backends.Executable {
	t.Helper()
	f, err := buildFunc(name, build)
	if err != nil {
		t.Fatalf("suite bug: %v", err)
	}
	exe, err := b.Compile(f, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return exe
}
