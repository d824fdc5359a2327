package backendtest

import (
	"errors"
	"fmt"
	"math"
	"math/rand"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// builder assembles a case's function, remembering the first error so
// that case code stays linear.
type builder struct {
	f   *ir.Func
	err error
}

func newBuilder(name string) *builder {
	return &builder{f: ir.NewFunc(name)}
}

func (b *builder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

// param declares the next parameter (named p0, p1, ...).
func (b *builder) param(t ir.Type) *ir.Value {
	return b.f.Param(fmt.Sprintf("p%d", len(b.f.Params)), t)
}

// emit appends op(args); a nil operand (from an earlier error) is an error.
func (b *builder) emit(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
	if b.err != nil {
		return nil
	}
	v, err := b.f.Emit(op, attrs, ir.Pos{}, args...)
	if err != nil {
		b.fail(err)
		return nil
	}
	return v
}

// constant appends a literal holding t.
func (b *builder) constant(t *tensor.Tensor) *ir.Value {
	v, err := b.f.Constant(t.Type(), t.Data, ir.Pos{})
	if err != nil {
		b.fail(err)
	}
	return v
}

func (b *builder) iota(t ir.Type, dim int) *ir.Value {
	v, err := b.f.Iota(t, dim, ir.Pos{})
	if err != nil {
		b.fail(err)
	}
	return v
}

// ret sets the results.
func (b *builder) ret(vals ...*ir.Value) {
	for _, v := range vals {
		if v == nil {
			b.fail(errors.New("nil result"))
		}
	}
	b.f.SetResults(vals, nil)
}

func (b *builder) finish() (*ir.Func, error) {
	if b.err != nil {
		return nil, b.err
	}
	if err := ir.Check(b.f); err != nil {
		return nil, err
	}
	return b.f, nil
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
