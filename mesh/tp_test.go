package mesh_test

import (
	"math/rand/v2"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/tensor"
)

// Sizes of the tensor-parallel MLP tests: batch, hidden, intermediate.
const tpB, tpH, tpI = 3, 8, 16

// llamaMLP builds Llama's MLP, down(silu(gate(x)) * up(x)) with Hugging
// Face's Linear layout, for an intermediate size of inter, and the loss
// sum(y * dy) / scale (dy fixed: the loss's cotangent). With r.Size > 1
// it is the Megatron tensor-parallel program of one device: gate and up
// column-parallel (their rows sharded), down row-parallel (its columns
// sharded) followed by an all_reduce of the partial sums over r.
func llamaMLP(t *testing.T, inter int, r frontend.Replicas, scale float64) *ir.Func {
	return build(t, "mlp", func(g *frontend.Graph) {
		x := g.Param("x", ir.Float32, tpB, tpH)                   // (B, H), replicated
		wg := g.Param("gate_proj.weight", ir.Float32, inter, tpH) // (I/n, H)
		wu := g.Param("up_proj.weight", ir.Float32, inter, tpH)   // (I/n, H)
		wd := g.Param("down_proj.weight", ir.Float32, tpH, inter) // (H, I/n)
		dy := g.Param("dy", ir.Float32, tpB, tpH)                 // (B, H), replicated
		h := x.MatMulT(wg).Silu().Mul(x.MatMulT(wu))              // (B, I/n)
		y := h.MatMulT(wd)                                        // (B, H), partial sums
		if r.Size > 1 {
			y = y.AllReduce(ir.ReduceSum, r)
		}
		g.Return(frontend.Output{Name: "y", T: y}, frontend.Output{Name: "loss", T: y.Mul(dy).Sum().DivScalar(scale)})
	})
}

var mlpParams = []string{"x", "gate_proj.weight", "up_proj.weight", "down_proj.weight"}

// TestTensorParallelMLP runs the Megatron-sharded MLP on 2 and 4 virtual
// devices: every device's output equals the unsharded MLP's within 1e-5,
// and so do the gradients of the sharded program (autodiff through the
// all_reduce): each weight shard's gradient is the matching block of the
// whole weight's, and the replicated input's per-device gradients sum to
// the unsharded one.
func TestTensorParallelMLP(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 2))
	x, wg, wu, wd, dy := random(t, r, tpB, tpH), random(t, r, tpI, tpH), random(t, r, tpI, tpH), random(t, r, tpH, tpI), random(t, r, tpB, tpH)
	whole, err := autodiff.Grad(llamaMLP(t, tpI, frontend.Replicas{Size: 1}, 1), mlpParams, autodiff.Options{Loss: "loss"})
	if err != nil {
		t.Fatal(err)
	}
	ref, err := interp.Eval(whole, x, wg, wu, wd, dy) // y, loss, dx, dwg, dwu, dwd
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 4} {
		m := newMesh(t, []string{"tp"}, []int{n})
		tp, _ := m.Replicas("tp")
		// Every device computes the whole loss: scaled by 1/n, the sum over
		// devices that autodiff differentiates is the loss once.
		sharded, err := autodiff.Grad(llamaMLP(t, tpI/n, tp, float64(n)), mlpParams, autodiff.Options{Loss: "loss"})
		if err != nil {
			t.Fatal(err)
		}
		wgs, wus, wds := split(t, wg, 0, n), split(t, wu, 0, n), split(t, wd, 1, n)
		args := make([][]*tensor.Tensor, n)
		for d := range args {
			args[d] = []*tensor.Tensor{x, wgs[d], wus[d], wds[d], dy}
		}
		outs, err := m.Run(sharded, args)
		if err != nil {
			t.Fatal(err)
		}
		dgs, dus, dds := split(t, ref[3], 0, n), split(t, ref[4], 0, n), split(t, ref[5], 1, n)
		dx := make([]float64, tpB*tpH)
		for d, o := range outs {
			assertClose(t, "y", o[0], ref[0], 1e-5)
			assertClose(t, "d gate shard", o[3], dgs[d], 1e-5)
			assertClose(t, "d up shard", o[4], dus[d], 1e-5)
			assertClose(t, "d down shard", o[5], dds[d], 1e-5)
			for i, v := range o[2].Float64s() {
				dx[i] += v
			}
		}
		assertClose(t, "dx summed over devices", floats(t, ir.Shape{tpB, tpH}, dx...), ref[2], 1e-5)
		if t.Failed() {
			t.Fatalf("tp=%d", n)
		}
	}
}

func split(t *testing.T, x *tensor.Tensor, axis, n int) []*tensor.Tensor {
	t.Helper()
	parts, err := mesh.Split(x, axis, n)
	if err != nil {
		t.Fatal(err)
	}
	return parts
}

// TestGatherScatterGradients: all_gather's gradient is reduce_scatter and
// reduce_scatter's is all_gather, so sequence-parallel style programs get
// the unsharded gradients block by block; all_reduce max sends the
// cotangent to the device holding the maximum, split among ties.
func TestGatherScatterGradients(t *testing.T) {
	const n = 2
	m := newMesh(t, []string{"sp"}, []int{n})
	sp, _ := m.Replicas("sp")
	r := rand.New(rand.NewPCG(7, 7))
	X, C := random(t, r, 4, 3), random(t, r, 4, 3)
	xs, cs := split(t, X, 0, n), split(t, C, 0, n)

	// loss = sum(X*X*C), X gathered from its row blocks; replicated, so /n.
	gather, err := autodiff.Grad(build(t, "gather", func(g *frontend.Graph) {
		x, c := g.Param("x", ir.Float32, 2, 3), g.Param("c", ir.Float32, 4, 3)
		y := x.AllGather(0, sp)
		g.Return(frontend.Output{Name: "loss", T: y.Mul(y).Mul(c).Sum().DivScalar(n)})
	}), []string{"x"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outs, err := m.Run(gather, [][]*tensor.Tensor{{xs[0], C}, {xs[1], C}})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, 12) // d/dX sum(X*X*C) = 2 X C
	for i, v := range X.Float64s() {
		want[i] = 2 * v * C.Float64s()[i]
	}
	wants := split(t, floats(t, ir.Shape{4, 3}, want...), 0, n)
	for d := range outs {
		assertClose(t, "all_gather grad", outs[d][1], wants[d], 1e-6)
	}

	// Device d holds x_d (4,3) and c_d (2,3); y_d = block d of sum_d x_d;
	// the summed loss is sum((sum_d x_d) * C), so every x_d's gradient is C.
	scatter, err := autodiff.Grad(build(t, "scatter", func(g *frontend.Graph) {
		x, c := g.Param("x", ir.Float32, 4, 3), g.Param("c", ir.Float32, 2, 3)
		g.Return(frontend.Output{Name: "loss", T: x.ReduceScatter(0, sp).Mul(c).Sum()})
	}), []string{"x"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outs, err = m.Run(scatter, [][]*tensor.Tensor{{X, cs[0]}, {random(t, r, 4, 3), cs[1]}})
	if err != nil {
		t.Fatal(err)
	}
	for d := range outs {
		assertClose(t, "reduce_scatter grad", outs[d][1], C, 0)
	}

	// all_reduce max over [1, 5, 2] and [3, 5, 0]: element 0's cotangent
	// goes to device 1, element 1's is split, element 2's goes to device 0.
	amax, err := autodiff.Grad(build(t, "max", func(g *frontend.Graph) {
		x := g.Param("x", ir.Float32, 3)
		w := g.ConstFloats(ir.Float32, []int{3}, []float64{1, 10, 100})
		g.Return(frontend.Output{Name: "loss", T: x.AllReduce(ir.ReduceMax, sp).Mul(w).Sum().DivScalar(n)})
	}), []string{"x"}, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outs, err = m.Run(amax, [][]*tensor.Tensor{{floats(t, ir.Shape{3}, 1, 5, 2)}, {floats(t, ir.Shape{3}, 3, 5, 0)}})
	if err != nil {
		t.Fatal(err)
	}
	assertClose(t, "max grad device 0", outs[0][1], floats(t, ir.Shape{3}, 0, 5, 100), 0)
	assertClose(t, "max grad device 1", outs[1][1], floats(t, ir.Shape{3}, 1, 5, 0), 0)
}
