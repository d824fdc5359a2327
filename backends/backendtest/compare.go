package backendtest

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// tolerance is the relative tolerance for a float result of dtype d:
// about two units in the last place of the narrow types, a few of f32.
// A case may widen it (composites in bf16 on backends that compute in the
// narrow type).
func tolerance(override float64, d ir.DType) float64 {
	if override > 0 {
		return override
	}
	switch d {
	case ir.Float64:
		return 1e-12
	case ir.Float32:
		return 1e-5
	case ir.Float16:
		return 2e-3
	case ir.BFloat16:
		return 1.6e-2
	}
	return 0
}

// compareTensors checks dtype and shape, then every element: integers and
// bools exactly; floats with |got-want| <= tol*max(1, |want|), NaN only
// where want is NaN, infinities exactly, and (if zeroSign) the sign of
// zeros.
func compareTensors(got, want *tensor.Tensor, tol float64, zeroSign bool) error {
	if got.DType != want.DType || !got.Shape.Equal(want.Shape) {
		return fmt.Errorf("got %s, want %s", got.Type(), want.Type())
	}
	if err := got.Validate(); err != nil {
		return err
	}
	n := want.NumElements()
	bad, first := 0, ""
	report := func(i int, g, w any) {
		if bad == 0 {
			first = fmt.Sprintf("element %d (index %v): got %v, want %v", i, multiIndex(i, want.Shape), g, w)
		}
		bad++
	}
	switch {
	case want.DType.IsFloat():
		g, w := got.Float64s(), want.Float64s()
		for i := 0; i < n; i++ {
			if !floatClose(g[i], w[i], tol, zeroSign) {
				report(i, g[i], w[i])
			}
		}
	case want.DType == ir.Bool:
		g, w := got.Bools(), want.Bools()
		for i := 0; i < n; i++ {
			if g[i] != w[i] {
				report(i, g[i], w[i])
			}
		}
	default:
		g, w := got.Int64s(), want.Int64s()
		for i := 0; i < n; i++ {
			if g[i] != w[i] {
				report(i, g[i], w[i])
			}
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d elements differ; first: %s\ngot:  %v\nwant: %v", bad, n, first, got, want)
	}
	return nil
}

func floatClose(g, w, tol float64, zeroSign bool) bool {
	switch {
	case math.IsNaN(w) || math.IsNaN(g):
		return math.IsNaN(w) && math.IsNaN(g)
	case math.IsInf(w, 0) || math.IsInf(g, 0):
		return g == w
	case zeroSign && w == 0:
		return g == 0 && math.Signbit(g) == math.Signbit(w)
	}
	return math.Abs(g-w) <= tol*math.Max(1, math.Abs(w))
}

func multiIndex(i int, s ir.Shape) []int {
	idx := make([]int, len(s))
	for d := len(s) - 1; d >= 0; d-- {
		if s[d] > 0 {
			idx[d] = i % s[d]
			i /= s[d]
		}
	}
	return idx
}
