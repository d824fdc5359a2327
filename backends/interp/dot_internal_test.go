package interp

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// dotGeneralReference is the straightforward dot_general dotGeneral
// replaced: for every output element, unravel its index and sum the
// products over the contracting multi-index in row-major order, reading
// the operands in place. dotGeneral must give the same bits.
func dotGeneralReference(l, r *tensor.Tensor, a *ir.DotAttrs, t ir.Type) *tensor.Tensor {
	lf, rf := a.FreeDims(l.Shape.Rank(), r.Shape.Rank())
	cshape := make(ir.Shape, len(a.LhsContract))
	for i, d := range a.LhsContract {
		cshape[i] = l.Shape[d]
	}
	lst, rst := l.Shape.Strides(), r.Shape.Strides()
	nb := len(a.LhsBatch)
	n := t.Shape.NumElements()
	isFloat := l.DType.IsFloat()
	lfs, rfs := floats(l), floats(r)
	lis, ris := ints(l), ints(r)
	nc := cshape.NumElements()
	loff, roff := make([]int, nc), make([]int, nc)
	ci := make([]int, len(cshape))
	for c := 0; c < nc; c++ {
		unravel(c, cshape, ci)
		for i, x := range ci {
			loff[c] += x * lst[a.LhsContract[i]]
			roff[c] += x * rst[a.RhsContract[i]]
		}
	}
	facc, iacc := make([]float64, n), make([]int64, n)
	oi := make([]int, len(t.Shape))
	for o := 0; o < n; o++ {
		unravel(o, t.Shape, oi)
		lb, rb := 0, 0
		for i := 0; i < nb; i++ {
			lb += oi[i] * lst[a.LhsBatch[i]]
			rb += oi[i] * rst[a.RhsBatch[i]]
		}
		for i, d := range lf {
			lb += oi[nb+i] * lst[d]
		}
		for i, d := range rf {
			rb += oi[nb+len(lf)+i] * rst[d]
		}
		for c := 0; c < nc; c++ {
			facc[o] += lfs[lb+loff[c]] * rfs[rb+roff[c]]
			iacc[o] += lis[lb+loff[c]] * ris[rb+roff[c]]
		}
	}
	if isFloat {
		return fromFloats(t, facc)
	}
	return fromInts(t, iacc)
}

// TestDotGeneralMatchesReference: on random dot_generals (up to two batch,
// free and contracting dims each, in shuffled positions, sizes 0 to 4, in
// f32, bf16, f16, f64, i32, i8, u8) dotGeneral gives the reference's bits.
func TestDotGeneralMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	dtypes := []ir.DType{ir.Float32, ir.BFloat16, ir.Float16, ir.Float64, ir.Int32, ir.Int8, ir.Uint8}
	for trial := 0; trial < 400; trial++ {
		dt := dtypes[trial%len(dtypes)]
		nb, nlf, nrf, nc := rng.Intn(3), rng.Intn(3), rng.Intn(3), rng.Intn(3)
		size := func() int {
			if rng.Intn(12) == 0 {
				return 0
			}
			return 1 + rng.Intn(4)
		}
		bs, cs := make([]int, nb), make([]int, nc)
		for i := range bs {
			bs[i] = size()
		}
		for i := range cs {
			cs[i] = size()
		}
		// operand builds a shape with its dims in a random order and
		// returns where the batch and contracting dims went.
		operand := func(nfree int) (ir.Shape, []int, []int, []int) {
			kinds := make([]int, 0, nb+nfree+nc) // 0 batch, 1 free, 2 contract
			for i := 0; i < nb; i++ {
				kinds = append(kinds, 0)
			}
			for i := 0; i < nfree; i++ {
				kinds = append(kinds, 1)
			}
			for i := 0; i < nc; i++ {
				kinds = append(kinds, 2)
			}
			rng.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
			shape := make(ir.Shape, len(kinds))
			var batch, contract, free []int
			for d, k := range kinds {
				switch k {
				case 0:
					batch = append(batch, d)
				case 1:
					free = append(free, d)
					shape[d] = size()
				case 2:
					contract = append(contract, d)
				}
			}
			// Batch and contracting dims pair up in a random order too.
			rng.Shuffle(len(contract), func(i, j int) { contract[i], contract[j] = contract[j], contract[i] })
			for i, d := range batch {
				shape[d] = bs[i]
			}
			for i, d := range contract {
				shape[d] = cs[i]
			}
			return shape, batch, contract, free
		}
		ls, lb, lc, lf := operand(nlf)
		rs, rb, rc, rf := operand(nrf)
		a := &ir.DotAttrs{LhsBatch: lb, RhsBatch: rb, LhsContract: lc, RhsContract: rc}
		var out ir.Shape
		out = append(out, bs...)
		for _, d := range lf {
			out = append(out, ls[d])
		}
		for _, d := range rf {
			out = append(out, rs[d])
		}
		l, r := randomTensor(rng, dt, ls), randomTensor(rng, dt, rs)
		typ := ir.Type{DType: dt, Shape: out}
		got, want := dotGeneral(l, r, a, typ), dotGeneralReference(l, r, a, typ)
		if !bytes.Equal(got.Data, want.Data) {
			t.Fatalf("trial %d: %s lhs %v rhs %v attrs %+v: results differ", trial, dt, ls, rs, *a)
		}
	}
}

func randomTensor(rng *rand.Rand, dt ir.DType, shape ir.Shape) *tensor.Tensor {
	x := newTensor(ir.Type{DType: dt, Shape: shape})
	for i := 0; i < shape.NumElements(); i++ {
		if dt.IsFloat() {
			ir.PutElementFloat(dt, x.Data, i, rng.NormFloat64()*3)
		} else {
			ir.PutElementInt(dt, x.Data, i, rng.Int63n(400)-200)
		}
	}
	return x
}
