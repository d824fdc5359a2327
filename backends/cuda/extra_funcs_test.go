package cuda

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// extraFunc is a function beyond the conformance suite that exercises a
// path of the generator the suite does not reach (GEMM epilogues of each
// kind), with inputs; the golden and emulation tests run them too.
type extraFunc struct {
	f   *ir.Func
	in  []*tensor.Tensor
	tol float64 // relative to max(1, |interp|)
}

// linearFunc is y = act(x · wᵀ + b) in dtype d, converted to out.
func linearFunc(t *testing.T, name string, d, out ir.DType, act ir.Op, biasFirst bool) *ir.Func {
	t.Helper()
	f := ir.NewFunc(name)
	x := f.Param("x", ir.T(d, 2, 5, 24))
	w := f.Param("w", ir.T(d, 16, 24))
	b := f.Param("b", ir.T(d, 16))
	must := func(v *ir.Value, err error) *ir.Value {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	y := must(f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{2}, RhsContract: []int{1}, Out: d}, ir.Pos{}, x, w))
	bb := must(f.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{2, 5, 16}, Dims: []int{2}}, ir.Pos{}, b))
	if biasFirst {
		y = must(f.Emit(ir.OpAdd, nil, ir.Pos{}, bb, y))
	} else {
		y = must(f.Emit(ir.OpAdd, nil, ir.Pos{}, y, bb))
	}
	switch act {
	case ir.OpGelu:
		y = must(f.Emit(ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluTanh}, ir.Pos{}, y))
	case ir.OpInvalid:
	default:
		y = must(f.Emit(act, nil, ir.Pos{}, y))
	}
	if out != d {
		y = must(f.Emit(ir.OpConvert, &ir.ConvertAttrs{To: out}, ir.Pos{}, y))
	}
	f.SetResults([]*ir.Value{y}, nil)
	return f
}

// extraFuncs are the GEMM epilogue functions, the kernel functions
// (kernelFuncs) and the quantized GEMV's (quantFuncs).
func extraFuncs(t *testing.T) []extraFunc {
	r := rand.New(rand.NewSource(7))
	return append(append(epilogueFuncs(t, r), kernelFuncs(t, r)...), quantFuncs(t, rand.New(rand.NewSource(20)))...)
}

// epilogueFuncs are GEMMs with a bias epilogue, alone or followed by an
// activation or a conversion.
func epilogueFuncs(t *testing.T, r *rand.Rand) []extraFunc {
	in := func(d ir.DType) []*tensor.Tensor {
		return []*tensor.Tensor{randTensor(t, r, d, 2, 5, 24), randTensor(t, r, d, 16, 24), randTensor(t, r, d, 16)}
	}
	return []extraFunc{
		{linearFunc(t, "linear_bias_f32", ir.Float32, ir.Float32, ir.OpInvalid, false), in(ir.Float32), 1e-5},
		{linearFunc(t, "linear_bias_first_bf16", ir.BFloat16, ir.BFloat16, ir.OpInvalid, true), in(ir.BFloat16), 2e-2},
		{linearFunc(t, "linear_bias_gelu_f32", ir.Float32, ir.Float32, ir.OpGelu, false), in(ir.Float32), 1e-5},
		{linearFunc(t, "linear_bias_tanh_to_bf16", ir.Float32, ir.BFloat16, ir.OpTanh, false), in(ir.Float32), 1e-2},
		{linearFunc(t, "linear_bias_to_f16", ir.Float32, ir.Float16, ir.OpInvalid, false), in(ir.Float32), 2e-3},
	}
}
