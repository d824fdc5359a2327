package llvm_test

import (
	"testing"

	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
)

// TestViewChains: inline chains of slices, reshapes, transposes and
// broadcasts read through their affine view (views.go) or, where a
// reshape merges dims that are not contiguous, through the chain — each
// against interp, read by an elementwise consumer (so the chain is inline).
func TestViewChains(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	type step struct {
		op    ir.Op
		attrs any
	}
	cases := []struct {
		name  string
		in    ir.Shape
		steps []step
	}{
		{"qkv_split", ir.Shape{2, 5, 24}, []step{
			{ir.OpSlice, &ir.SliceAttrs{Start: []int{0, 0, 8}, Limit: []int{2, 5, 16}, Stride: []int{1, 1, 1}}},
			{ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{2, 5, 2, 4}}},
			{ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{0, 2, 1, 3}}},
		}},
		{"merge_after_transpose_not_contiguous", ir.Shape{3, 4, 5}, []step{
			{ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{1, 0, 2}}},
			{ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{12, 5}}},
		}},
		{"merge_contiguous_then_split", ir.Shape{3, 4, 5}, []step{
			{ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{2, 0, 1}}},
			{ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{5, 2, 6}}},
		}},
		{"strided_slice_unit_dims", ir.Shape{6, 1, 8}, []step{
			{ir.OpSlice, &ir.SliceAttrs{Start: []int{1, 0, 0}, Limit: []int{6, 1, 8}, Stride: []int{2, 1, 3}}},
			{ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{1, 3, 3, 1}}},
		}},
		{"broadcast_size1", ir.Shape{4, 1}, []step{
			{ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{3, 4, 5}, Dims: []int{1, 2}}},
			{ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{2, 1, 0}}},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc(c.name)
			x := f.Param("x", ir.T(ir.Float32, c.in...))
			v := x
			for _, s := range c.steps {
				var err error
				if v, err = f.Emit(s.op, s.attrs, ir.Pos{}, v); err != nil {
					t.Fatal(err)
				}
			}
			y, err := f.Emit(ir.OpExp, nil, ir.Pos{}, v)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y}, nil)
			runBoth(t, f, 1e-6)
		})
	}
}
