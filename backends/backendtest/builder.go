package backendtest

import (
	"fmt"
	"math"
	"math/rand"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Case functions are built with the frontend, the API model code uses, so
// the suite exercises what models emit. A case needs one op with exact
// attrs on operands of exact types (a broadcast_in_dim with given dims, a
// compare of two given operands), not the numpy conveniences of Tensor
// methods that would add broadcasts and converts around it, so cases emit
// through Graph.Emit, the frontend's escape hatch, which still checks types
// with the op's shape rule and panics on a mistake (Build returns it as an
// error naming the case's line). What the frontend refuses by design is
// built with ir directly, each with a comment: compile_invalid in
// buffers.go needs a result that belongs to another function.

// buildFunc runs build on a new Graph named name and returns the checked
// function (see frontend.Build: build must call Return).
func buildFunc(name string, build func(g *frontend.Graph)) (*ir.Func, error) {
	return frontend.Build(name, func(g *frontend.Graph) error {
		build(g)
		return nil
	})
}

// param declares the next parameter of g (named p0, p1, ...).
func param(g *frontend.Graph, t ir.Type) *frontend.Tensor {
	return g.Param(fmt.Sprintf("p%d", len(g.Func().Params)), t.DType, t.Shape...)
}

// constant is a literal holding t.
func constant(g *frontend.Graph, t *tensor.Tensor) *frontend.Tensor {
	return g.ConstData(t.Type(), t.Data)
}

// ret sets the results, unnamed.
func ret(g *frontend.Graph, ts ...*frontend.Tensor) {
	outs := make([]frontend.Output, len(ts))
	for i, t := range ts {
		outs[i] = frontend.Out("", t)
	}
	g.Return(outs...)
}

// Tensor literals. They panic on a malformed literal: that is a bug in the
// suite itself, caught the first time it runs.

func must(t *tensor.Tensor, err error) *tensor.Tensor {
	if err != nil {
		panic("backendtest: bad literal: " + err.Error())
	}
	return t
}

// tf is a float-valued tensor of dtype dt (values rounded / converted by
// the tensor package's rules).
func tf(dt ir.DType, shape ir.Shape, vals ...float64) *tensor.Tensor {
	return must(tensor.FromFloat64(dt, shape, vals))
}

// ti is an integer-valued tensor of dtype dt (values wrap to the width).
func ti(dt ir.DType, shape ir.Shape, vals ...int64) *tensor.Tensor {
	return must(tensor.FromInt64(dt, shape, vals))
}

// tb is a bool tensor.
func tb(shape ir.Shape, vals ...bool) *tensor.Tensor {
	return must(tensor.FromBool(shape, vals))
}

// sh is a shape literal.
func sh(d ...int) ir.Shape { return ir.Shape(d) }

// seq is a deterministic, irregular float sequence: n values in about
// [-scale, scale].
func seq(n int, scale float64, phase float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = scale * math.Sin(1.3*float64(i)+phase) * math.Cos(0.7*float64(i)*phase+0.3)
	}
	return out
}

// seqT is tf(dt, shape, seq(...)).
func seqT(dt ir.DType, shape ir.Shape, scale, phase float64) *tensor.Tensor {
	return tf(dt, shape, seq(shape.NumElements(), scale, phase)...)
}

// randomInputs draws one tensor per type: floats roughly normal with
// standard deviation 2, integers half small (|x| <= 20) and half arbitrary
// bit patterns, bools fair coins.
func randomInputs(r *rand.Rand, ts []ir.Type) []*tensor.Tensor {
	out := make([]*tensor.Tensor, len(ts))
	for i, t := range ts {
		out[i] = randomTensor(r, t)
	}
	return out
}

func randomTensor(r *rand.Rand, t ir.Type) *tensor.Tensor {
	n := t.Shape.NumElements()
	switch {
	case t.DType.IsFloat():
		vs := make([]float64, n)
		for i := range vs {
			vs[i] = 2 * r.NormFloat64()
		}
		return tf(t.DType, t.Shape, vs...)
	case t.DType == ir.Bool:
		vs := make([]bool, n)
		for i := range vs {
			vs[i] = r.Intn(2) == 1
		}
		return tb(t.Shape, vs...)
	}
	vs := make([]int64, n)
	for i := range vs {
		if r.Intn(2) == 0 {
			vs[i] = int64(r.Intn(41) - 20)
			if t.DType == ir.Uint8 {
				vs[i] += 20
			}
		} else {
			vs[i] = int64(r.Uint64())
		}
	}
	return ti(t.DType, t.Shape, vs...)
}
