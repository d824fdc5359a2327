package llvm_test

import (
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
)

// TestReduceColumns covers reductions that keep the operand's last axis
// (the tiled column kernel) against interp: every kind, leading and
// middle axes, a last axis shorter than, equal to and longer than a tile
// (with a partial last tile), an inline chain as the operand (a softmax
// over axis 0), and bit-identical results on one and two threads.
func TestReduceColumns(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	defer llvm.SetThreads(64)
	type tc struct {
		shape ir.Shape
		axes  []int
		kind  ir.ReduceKind
		dt    ir.DType
	}
	cases := []tc{
		{ir.Shape{300, 70}, []int{0}, ir.ReduceSum, ir.Float32},
		{ir.Shape{300, 70}, []int{0}, ir.ReduceMax, ir.Float32},
		{ir.Shape{50, 8}, []int{0}, ir.ReduceMin, ir.Float32},
		{ir.Shape{20, 64}, []int{0}, ir.ReduceProd, ir.Float32},
		{ir.Shape{3, 41, 5, 150}, []int{1, 2}, ir.ReduceSum, ir.Float32},
		{ir.Shape{4, 9, 16}, []int{0, 1}, ir.ReduceMax, ir.Float32},
		{ir.Shape{33, 24}, []int{0}, ir.ReduceSum, ir.Int32},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%v_%v_%v_%v", c.kind, c.shape, c.axes, c.dt), func(t *testing.T) {
			f := ir.NewFunc("cols")
			x := f.Param("x", ir.Type{DType: ir.Float32, Shape: c.shape})
			in := x
			if c.dt != ir.Float32 {
				in, _ = f.Emit(ir.OpConvert, &ir.ConvertAttrs{To: c.dt}, ir.Pos{}, x)
			} else if c.kind == ir.ReduceSum {
				in, _ = f.Emit(ir.OpExp, nil, ir.Pos{}, x) // an inline chain
			}
			r, err := f.Emit(ir.OpReduce, &ir.ReduceAttrs{Kind: c.kind, Axes: c.axes}, ir.Pos{}, in)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{r}, nil)
			var outs [2]string
			for i, n := range []int{1, 2} {
				if _, err := llvm.SetThreads(n); err != nil {
					t.Fatal(err)
				}
				outs[i] = fmt.Sprint(runBoth(t, f, 1e-5)[0].Float64s())
			}
			if outs[0] != outs[1] {
				t.Error("1 and 2 threads differ")
			}
		})
	}
}
