package passes_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// compositeCase builds a function applying one composite op to parameters
// of float dtype dt. prep may adjust the random arguments (scale them,
// force a fully masked row, pick keys).
type compositeCase struct {
	name  string
	op    ir.Op
	build func(dt ir.DType) (*ir.Func, error)
	prep  func(r *rand.Rand, args []*tensor.Tensor)
}

// one builds f(params...) = op(params...) with attrs.
func one(op ir.Op, attrs any, params ...ir.Type) func(dt ir.DType) (*ir.Func, error) {
	return func(dt ir.DType) (*ir.Func, error) {
		f := ir.NewFunc(op.String())
		args := make([]*ir.Value, len(params))
		for i, p := range params {
			if p.DType == ir.Invalid { // placeholder for the case's float dtype
				p.DType = dt
			}
			args[i] = f.Param(fmt.Sprintf("p%d", i), p)
		}
		v, err := f.Emit(op, attrs, ir.Pos{File: "case.go", Line: 1}, args...)
		if err != nil {
			return nil, err
		}
		f.SetResults([]*ir.Value{v}, []string{"out"})
		return f, nil
	}
}

// fl is a parameter of the case's float dtype.
func fl(dims ...int) ir.Type { return ir.Type{Shape: ir.Shape(dims)} }

func scaleArg(i int, s float64) func(*rand.Rand, []*tensor.Tensor) {
	return func(_ *rand.Rand, a []*tensor.Tensor) {
		for j := 0; j < a[i].NumElements(); j++ {
			ir.PutElementFloat(a[i].DType, a[i].Data, j, s*ir.ElementFloat(a[i].DType, a[i].Data, j))
		}
	}
}

// maskRowOff clears the mask of batch 0 so its rows see no key.
func maskRowOff(i int) func(*rand.Rand, []*tensor.Tensor) {
	return func(_ *rand.Rand, a []*tensor.Tensor) {
		tk := a[i].Shape[1]
		for j := 0; j < tk; j++ {
			a[i].Data[j] = 0
		}
	}
}

func randomKey(i int) func(*rand.Rand, []*tensor.Tensor) {
	return func(r *rand.Rand, a []*tensor.Tensor) {
		ir.PutElementInt(ir.Int64, a[i].Data, 0, int64(r.Uint64()))
	}
}

// labelsArg fills the integer labels at i with classes in [0, v), every
// third one the ignore index -100 and one out of range (clamped).
func labelsArg(i, v int) func(*rand.Rand, []*tensor.Tensor) {
	return func(r *rand.Rand, a []*tensor.Tensor) {
		for j := 0; j < a[i].NumElements(); j++ {
			y := int64(r.IntN(v))
			switch {
			case j%3 == 1:
				y = -100
			case j == 2:
				y = int64(v + 1)
			}
			ir.PutElementInt(a[i].DType, a[i].Data, j, y)
		}
	}
}

func attn(a ir.AttentionAttrs, b, hq, hkv, tq, tk, d, dv int, extra ...ir.Type) func(ir.DType) (*ir.Func, error) {
	params := append([]ir.Type{fl(b, hq, tq, d), fl(b, hkv, tk, d), fl(b, hkv, tk, dv)}, extra...)
	return one(ir.OpAttention, &a, params...)
}

// attnGrad is AttentionGrad wrt operand wrt of attn's Attention: o and do
// are free operands of the attention's output type.
func attnGrad(a ir.AttentionAttrs, wrt, b, hq, hkv, tq, tk, d, dv int, extra ...ir.Type) func(ir.DType) (*ir.Func, error) {
	return func(dt ir.DType) (*ir.Func, error) {
		out := ir.T(dt, b, hq, tq, dv)
		params := append([]ir.Type{ir.T(dt, b, hq, tq, d), ir.T(dt, b, hkv, tk, d), ir.T(dt, b, hkv, tk, dv), out, out}, extra...)
		return one(ir.OpAttentionGrad, ir.NewAttentionGradAttrs(&a, wrt), params...)(dt)
	}
}

var compositeCases = []compositeCase{
	{"softmax_last", ir.OpSoftmax, one(ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, fl(3, 7)), nil},
	{"softmax_first_axis", ir.OpSoftmax, one(ir.OpSoftmax, &ir.AxisAttrs{Axis: 0}, fl(4, 2, 3)), nil},
	{"softmax_large_logits", ir.OpSoftmax, one(ir.OpSoftmax, &ir.AxisAttrs{Axis: 2}, fl(2, 3, 5)), scaleArg(0, 40)},
	{"log_softmax", ir.OpLogSoftmax, one(ir.OpLogSoftmax, &ir.AxisAttrs{Axis: 1}, fl(3, 7)), nil},
	{"log_softmax_large_logits", ir.OpLogSoftmax, one(ir.OpLogSoftmax, &ir.AxisAttrs{Axis: 0}, fl(6, 2)), scaleArg(0, 40)},
	{"layer_norm", ir.OpLayerNorm, one(ir.OpLayerNorm, &ir.NormAttrs{Eps: 1e-5}, fl(2, 3, 8), fl(8), fl(8)), nil},
	{"layer_norm_2d_weight", ir.OpLayerNorm, one(ir.OpLayerNorm, &ir.NormAttrs{Eps: 1e-6}, fl(2, 3, 4), fl(3, 4), fl(3, 4)), nil},
	{"layer_norm_offset", ir.OpLayerNorm, one(ir.OpLayerNorm, &ir.NormAttrs{Eps: 1e-5}, fl(4, 16), fl(16), fl(16)), scaleArg(0, 10)},
	{"rms_norm", ir.OpRMSNorm, one(ir.OpRMSNorm, &ir.NormAttrs{Eps: 1e-6}, fl(2, 5, 8), fl(8)), nil},
	{"rms_norm_2d_weight", ir.OpRMSNorm, one(ir.OpRMSNorm, &ir.NormAttrs{Eps: 1e-5}, fl(3, 2, 4), fl(2, 4)), nil},
	{"gelu_exact", ir.OpGelu, one(ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluExact}, fl(4, 16)), nil},
	{"gelu_tanh", ir.OpGelu, one(ir.OpGelu, &ir.GeluAttrs{Approx: ir.GeluTanh}, fl(4, 16)), nil},
	{"silu", ir.OpSilu, one(ir.OpSilu, nil, fl(4, 16)), scaleArg(0, 5)},
	{"stop_gradient", ir.OpStopGradient, one(ir.OpStopGradient, nil, fl(3, 5)), nil},
	// Collectives decompose only over a group of one device (the identity).
	{"all_reduce_one_device", ir.OpAllReduce, one(ir.OpAllReduce, &ir.AllReduceAttrs{Kind: ir.ReduceMax, GroupSize: 1}, fl(3, 5)), nil},
	{"all_gather_one_device", ir.OpAllGather, one(ir.OpAllGather, &ir.ShardAttrs{Axis: 1, GroupSize: 1, Groups: []int{0}}, fl(3, 5)), nil},
	{"reduce_scatter_one_device", ir.OpReduceScatter, one(ir.OpReduceScatter, &ir.ShardAttrs{Axis: 0, GroupSize: 1}, fl(3, 5)), nil},
	{"attention_grad_dq_causal_gqa", ir.OpAttentionGrad, attnGrad(ir.AttentionAttrs{Scale: 0.5, Causal: true}, 0, 2, 4, 2, 3, 5, 4, 3), nil},
	{"attention_grad_dk_mask_empty_row", ir.OpAttentionGrad, attnGrad(ir.AttentionAttrs{Scale: 0.5, Causal: true, HasMask: true}, 1, 2, 4, 2, 3, 5, 4, 3,
		ir.T(ir.Bool, 2, 5)), maskRowOff(5)},
	{"attention_grad_dv_softcap_window_positions", ir.OpAttentionGrad, attnGrad(ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 3, SoftCap: 2, HasPositions: true}, 2, 1, 2, 1, 3, 6, 4, 4,
		ir.T(ir.Int32, 3)), nil},
	{"attention_plain_gqa", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5}, 2, 4, 2, 3, 5, 4, 3), nil},
	{"attention_causal", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true}, 2, 4, 2, 3, 5, 4, 3), nil},
	{"attention_causal_window", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 2}, 1, 2, 1, 4, 6, 4, 4), nil},
	{"attention_window_only", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.3, Window: 3}, 1, 2, 2, 4, 6, 4, 2), nil},
	{"attention_more_queries_than_keys", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true}, 1, 2, 1, 5, 3, 4, 3), nil},
	{"attention_mask_empty_row", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, HasMask: true}, 2, 4, 2, 3, 5, 4, 3,
		ir.T(ir.Bool, 2, 5)), maskRowOff(3)},
	{"attention_mask_only_mqa", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, HasMask: true}, 2, 3, 1, 2, 4, 2, 5,
		ir.T(ir.Bool, 2, 4)), nil},
	{"attention_positions", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, HasPositions: true}, 2, 2, 2, 3, 6, 4, 3,
		ir.T(ir.Int32, 3)), nil},
	{"attention_batched_positions_mask_window", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, Window: 3, HasMask: true, HasPositions: true}, 2, 4, 2, 3, 6, 4, 3,
		ir.T(ir.Bool, 2, 6), ir.T(ir.Int64, 2, 3)), nil},
	{"attention_sinks_softcap", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, SoftCap: 2, HasSinks: true}, 1, 4, 2, 3, 5, 4, 3,
		fl(4)), scaleArg(0, 4)},
	{"attention_all_features", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.25, Causal: true, Window: 4, SoftCap: 5, HasMask: true, HasPositions: true, HasSinks: true}, 2, 6, 2, 4, 7, 8, 4,
		ir.T(ir.Bool, 2, 7), ir.T(ir.Int32, 2, 4), fl(6)), maskRowOff(3)},
	{"attention_no_keys", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true, HasMask: true, HasSinks: true}, 2, 2, 1, 3, 0, 4, 3,
		ir.T(ir.Bool, 2, 0), fl(2)), nil},
	{"attention_no_queries", ir.OpAttention, attn(ir.AttentionAttrs{Scale: 0.5, Causal: true}, 1, 2, 2, 0, 4, 4, 3), nil},
	{"softmax_empty_axis", ir.OpSoftmax, one(ir.OpSoftmax, &ir.AxisAttrs{Axis: 1}, fl(3, 0)), nil},
	{"layer_norm_empty_batch", ir.OpLayerNorm, one(ir.OpLayerNorm, &ir.NormAttrs{Eps: 1e-5}, fl(0, 4), fl(4), fl(4)), nil},
	{"linear_cross_entropy_one_chunk", ir.OpLinearCrossEntropy, one(ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{IgnoreIndex: -100},
		fl(5, 8), fl(11, 8), ir.T(ir.Int64, 5)), labelsArg(2, 11)},
	{"linear_cross_entropy_chunks_uneven_bias", ir.OpLinearCrossEntropy, one(ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{ChunkRows: 3, IgnoreIndex: -100},
		fl(7, 8), fl(11, 8), ir.T(ir.Int32, 7), fl(11)), labelsArg(2, 11)},
	{"linear_cross_entropy_row_chunks_large_logits", ir.OpLinearCrossEntropy, one(ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{ChunkRows: 1, IgnoreIndex: 3},
		fl(4, 4), fl(6, 4), ir.T(ir.Int64, 4)), func(r *rand.Rand, a []*tensor.Tensor) { scaleArg(0, 30)(r, a); labelsArg(2, 6)(r, a) }},
	{"linear_cross_entropy_no_rows", ir.OpLinearCrossEntropy, one(ir.OpLinearCrossEntropy, &ir.LinearCrossEntropyAttrs{IgnoreIndex: -100},
		fl(0, 4), fl(6, 4), ir.T(ir.Int64, 0)), nil},
	{"expert_matmul_gather_shared_x", ir.OpExpertMatmul, one(ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{}, fl(2, 1, 8), fl(4, 6, 8), ir.T(ir.Int64, 2, 2)), labelsArg(2, 4)},
	{"expert_matmul_dense_per_row_transposed", ir.OpExpertMatmul, one(ir.OpExpertMatmul, &ir.ExpertMatmulAttrs{TransposeW: true}, fl(5, 2, 6), fl(3, 6, 4), ir.T(ir.Int32, 5, 2)), labelsArg(2, 3)},
	{"quant_matmul_4bit_groups", ir.OpQuantMatmul, one(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: 4, GroupSize: 32}, fl(2, 3, 64), ir.T(ir.Uint8, 5, 32), fl(5, 2), fl(5, 2)), nil},
	{"quant_matmul_8bit", ir.OpQuantMatmul, one(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: 8, GroupSize: 4}, fl(3, 8), ir.T(ir.Uint8, 4, 8), fl(4, 2), fl(4, 2)), nil},
	{"quant_matmul_codebook_bf16_weights", ir.OpQuantMatmulCodebook, one(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: 64, DType: ir.BFloat16}, fl(2, 3, 128), ir.T(ir.Uint8, 5, 64), ir.T(ir.Float32, 5, 2), ir.T(ir.Float32, 16)), nil},
	{"quant_matmul_codebook_f32_weights", ir.OpQuantMatmulCodebook, one(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: 32, DType: ir.Float32}, fl(3, 64), ir.T(ir.Uint8, 4, 32), ir.T(ir.Float32, 4, 2), ir.T(ir.Float32, 16)), nil},
	{"rng_uniform", ir.OpRNG, one(ir.OpRNG, nil, ir.T(ir.Int64)), randomKey(0)},
	{"rng_normal", ir.OpRNG, one(ir.OpRNG, nil, ir.T(ir.Int64)), randomKey(0)},
	{"rng_normal_scalar", ir.OpRNG, one(ir.OpRNG, nil, ir.T(ir.Int64)), randomKey(0)},
	{"rng_uniform_empty", ir.OpRNG, one(ir.OpRNG, nil, ir.T(ir.Int64)), randomKey(0)},
}

func init() {
	// RNG attrs carry the dtype, so its builders are made per dtype.
	for i, c := range compositeCases {
		if c.op != ir.OpRNG {
			continue
		}
		dist := ir.Uniform
		if strings.HasPrefix(c.name, "rng_normal") {
			dist = ir.Normal
		}
		shape := ir.Shape{3, 37}
		switch {
		case strings.HasSuffix(c.name, "_scalar"):
			shape = ir.Shape{}
		case strings.HasSuffix(c.name, "_empty"):
			shape = ir.Shape{4, 0}
		}
		compositeCases[i].build = func(dt ir.DType) (*ir.Func, error) {
			return one(ir.OpRNG, &ir.RNGAttrs{Dist: dist, DType: dt, Shape: shape}, ir.T(ir.Int64))(dt)
		}
	}
}

// tolerance per dtype: the decomposition computes f16/bf16 in f32 and
// rounds once, so it may differ from interp (f64, rounded once) by about
// one unit in the last place of the result dtype; f32 differs by f32
// rounding of intermediate steps.
var tolerances = map[ir.DType]struct{ atol, rtol float64 }{
	ir.Float64:  {1e-12, 1e-12},
	ir.Float32:  {1e-6, 1e-5},
	ir.Float16:  {1e-3, 1e-3},
	ir.BFloat16: {8e-3, 8e-3},
}

// TestDecompositionsMatchInterp is the acceptance test: every composite op,
// in every float dtype, decomposed into primitives and run on interp,
// agrees with interp's direct implementation of the op. RNG must agree
// bit for bit.
func TestDecompositionsMatchInterp(t *testing.T) {
	covered := map[ir.Op]bool{}
	worst := map[ir.DType]float64{}
	for _, c := range compositeCases {
		for _, dt := range []ir.DType{ir.Float32, ir.BFloat16, ir.Float16, ir.Float64} {
			t.Run(c.name+"/"+dt.String(), func(t *testing.T) {
				orig, err := c.build(dt)
				if err != nil {
					t.Fatal(err)
				}
				dec, _ := c.build(dt)
				verified(t, "decompose", passes.Decompose(nil), dec)
				for _, v := range dec.Values {
					if v.Op.Has(ir.FlagComposite) {
						t.Fatalf("composite %s left after decompose:\n%s", v.Op, dec)
					}
				}
				r := rand.New(rand.NewPCG(7, uint64(dt)))
				for trial := 0; trial < 3; trial++ {
					args := randomArgs(t, r, orig)
					if c.prep != nil {
						c.prep(r, args)
					}
					want, got := run(t, orig, args), run(t, dec, args)
					if c.op == ir.OpRNG {
						sameBits(t, want, got)
						continue
					}
					tol := tolerances[dt]
					if c.op == ir.OpAttentionGrad && (dt == ir.BFloat16 || dt == ir.Float16) {
						// Its dots read P, dO and dS rounded to the half
						// dtype (as flash attention's backward does), and
						// dQ, dK sum many such products that cancel: the
						// error follows Σ|dS||q|, not the result.
						tol.atol, tol.rtol = 4*tol.atol, 4*tol.rtol
					}
					ratio, err := errorRatio(want[0], got[0], tol.atol, tol.rtol)
					if err != nil {
						t.Fatalf("trial %d: %v", trial, err)
					}
					worst[dt] = math.Max(worst[dt], ratio)
				}
			})
		}
		covered[c.op] = true
	}
	for dt, w := range worst {
		t.Logf("%s: largest error is %.2f of the tolerance (atol %g, rtol %g)", dt, w, tolerances[dt].atol, tolerances[dt].rtol)
	}
	for _, op := range ir.AllOps() {
		if op.Has(ir.FlagComposite) && !covered[op] {
			t.Errorf("composite op %s has no case in compositeCases", op)
		}
	}
}

// TestEveryCompositeHasDecomposition fails when an op flagged Composite in
// the op table has no decomposition (add one in a decompose_*.go file).
func TestEveryCompositeHasDecomposition(t *testing.T) {
	n := 0
	for _, op := range ir.AllOps() {
		if !op.Has(ir.FlagComposite) {
			if passes.HasDecomposition(op) {
				t.Errorf("%s is not composite but has a decomposition", op)
			}
			continue
		}
		n++
		if !passes.HasDecomposition(op) {
			t.Errorf("composite op %s has no decomposition", op)
		}
	}
	if n == 0 || len(passes.Decomposable()) != n {
		t.Errorf("%d composite ops, %d decompositions", n, len(passes.Decomposable()))
	}
}

// TestDecomposeKeep: exactly the composites keep rejects are expanded.
func TestDecomposeKeep(t *testing.T) {
	for _, kept := range []ir.Op{ir.OpSoftmax, ir.OpAttention, ir.OpRNG} {
		f := ir.NewFunc("k")
		x := f.Param("x", ir.T(ir.Float32, 2, 4, 3, 2))
		key := f.Param("key", ir.T(ir.Int64))
		var outs []*ir.Value
		for _, e := range []struct {
			op    ir.Op
			attrs any
			args  []*ir.Value
		}{
			{ir.OpSoftmax, &ir.AxisAttrs{Axis: 3}, []*ir.Value{x}},
			{ir.OpSilu, nil, []*ir.Value{x}},
			{ir.OpAttention, &ir.AttentionAttrs{Scale: 1}, []*ir.Value{x, x, x}},
			{ir.OpRNG, &ir.RNGAttrs{DType: ir.Float32, Shape: ir.Shape{2}}, []*ir.Value{key}},
			{ir.OpExp, nil, []*ir.Value{x}},
		} {
			v, err := f.Emit(e.op, e.attrs, ir.Pos{}, e.args...)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, v)
		}
		f.SetResults(outs, nil)
		verified(t, "decompose", passes.Decompose(keepOnly(kept)), f)
		count := map[ir.Op]int{}
		for _, v := range f.Values {
			count[v.Op]++
		}
		for _, op := range []ir.Op{ir.OpSoftmax, ir.OpSilu, ir.OpAttention, ir.OpRNG} {
			want := 0
			if op == kept {
				want = 1
			}
			if count[op] != want {
				t.Errorf("keep %s: %d %s values left, want %d", kept, count[op], op, want)
			}
		}
		if count[ir.OpExp] < 1 {
			t.Errorf("keep %s: the primitive exp was removed", kept)
		}
	}
}

// TestAttentionDecompositionSharesKV: GQA must not copy K/V heads (no
// broadcast, gather or concat of k or v), only reshape q and the scores.
func TestAttentionDecompositionSharesKV(t *testing.T) {
	f, err := attn(ir.AttentionAttrs{Scale: 1, Causal: true}, 1, 8, 2, 3, 5, 4, 4)(ir.Float32)
	if err != nil {
		t.Fatal(err)
	}
	verified(t, "decompose", passes.Decompose(nil), f)
	k, v := f.Params[1], f.Params[2]
	for _, val := range f.Values {
		for _, a := range val.Args {
			if (a == k || a == v) && val.Op != ir.OpDotGeneral {
				t.Errorf("k or v used by %s: %s", val.Op, val.LongString())
			}
		}
	}
}

// TestAttentionFullyMaskedRowsAreZero checks the decomposition directly
// (not only against interp): no NaN, exact zeros where no key is visible.
func TestAttentionFullyMaskedRowsAreZero(t *testing.T) {
	f, err := attn(ir.AttentionAttrs{Scale: 1, HasMask: true}, 2, 2, 1, 3, 4, 2, 2, ir.T(ir.Bool, 2, 4))(ir.BFloat16)
	if err != nil {
		t.Fatal(err)
	}
	verified(t, "decompose", passes.Decompose(nil), f)
	r := rand.New(rand.NewPCG(3, 4))
	args := randomArgs(t, r, f)
	maskRowOff(3)(r, args)
	args[3].Data[4] = 1 // batch 1 sees key 0 at least
	out := run(t, f, args)[0]
	per := out.NumElements() / 2
	for i := 0; i < out.NumElements(); i++ {
		x := ir.ElementFloat(out.DType, out.Data, i)
		if math.IsNaN(x) || (i < per && (x != 0 || math.Signbit(x))) {
			t.Fatalf("element %d = %v (batch 0 must be +0, nothing NaN)", i, x)
		}
	}
}
