package llvm

import (
	"errors"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestDonatedCacheUpdatedInPlace: a result that is a dynamic_update_slice
// of a donated parameter reuses the parameter's memory (no copy), gives
// the same values as without donation, and the donated buffer is freed.
func TestDonatedCacheUpdatedInPlace(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	f := ir.NewFunc("kv")
	cache := f.Param("past", ir.T(ir.Float32, 4, 8))
	up := f.Param("new", ir.T(ir.Float32, 1, 8))
	pos := f.Param("pos", ir.T(ir.Int64))
	zero, _ := f.Constant(ir.T(ir.Int64), make([]byte, 8), ir.Pos{})
	present, err := f.Emit(ir.OpDynamicUpdateSlice, nil, ir.Pos{}, cache, up, pos, zero)
	if err != nil {
		t.Fatal(err)
	}
	sum, _ := f.Emit(ir.OpReduce, &ir.ReduceAttrs{Kind: ir.ReduceSum, Axes: []int{0}}, ir.Pos{}, present)
	f.SetResults([]*ir.Value{present, sum}, nil)
	b := Default()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cacheVals := make([]float32, 32)
	for i := range cacheVals {
		cacheVals[i] = float32(i)
	}
	ct, _ := tensor.FromFloat32(ir.Shape{4, 8}, cacheVals)
	ut, _ := tensor.FromFloat32(ir.Shape{1, 8}, []float32{-1, -2, -3, -4, -5, -6, -7, -8})
	pt, _ := tensor.FromInt64(ir.Int64, nil, []int64{2})
	run := func(donate bool) ([]*tensor.Tensor, *tensor.Tensor, backends.Buffer, []backends.Buffer) {
		var args []backends.Buffer
		for _, x := range []*tensor.Tensor{ct, ut, pt} {
			buf, err := b.Upload(x)
			if err != nil {
				t.Fatal(err)
			}
			args = append(args, buf)
		}
		orig := args[0].(*buffer).t
		opts := backends.RunOptions{}
		if donate {
			opts.Donate = []int{0}
		}
		res, err := exe.Run(args, opts)
		if err != nil {
			t.Fatal(err)
		}
		var outs []*tensor.Tensor
		for _, r := range res {
			o, err := r.Download()
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, o)
		}
		return outs, orig, args[0], res
	}
	want, _, _, _ := run(false)
	got, orig, donated, res := run(true)
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Errorf("result %d with donation %v, without %v", i, got[i], want[i])
		}
	}
	if res[0].(*buffer).t != orig {
		t.Error("the donated cache was copied, not updated in place")
	}
	if _, err := donated.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("donated buffer after run: %v, want ErrFreed", err)
	}
	if got[0].Float64s()[2*8+3] != -4 || got[0].Float64s()[3*8] != 24 {
		t.Errorf("present = %v", got[0])
	}
}
