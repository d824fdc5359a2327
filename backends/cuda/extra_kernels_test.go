package cuda

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// kernelFuncs are extraFuncs for the fused attention (emit_attention.go)
// and GEMV (emit_gemv.go) kernels at shapes the conformance suite's small
// cases do not reach: several key tiles and row tiles, split decode with
// its combine kernel, head sizes over one warp, and GEMVs of every layout
// whose rows are and are not a multiple of the vector width.
func kernelFuncs(t *testing.T, r *rand.Rand) []extraFunc {
	t.Helper()
	var out []extraFunc
	tolOf := map[ir.DType]float64{ir.Float32: 1e-5, ir.Float16: 3e-3, ir.BFloat16: 2e-2}

	type attn struct {
		name                      string
		d                         ir.DType
		B, Hq, Hkv, Tq, Tk, D, Dv int
		a                         ir.AttentionAttrs
		wantSplit                 bool
		maskKeep                  float64 // fraction of keys the padding mask keeps
		positions                 []int64 // (Tq) positions, when set
		sinks                     bool
		mergeHeads                bool // the result is the head merge (B, Tq, Hq·Dv): MergedHeads
	}
	for _, c := range []attn{
		{name: "attn_prefill_tiles_causal_f16", d: ir.Float16, B: 1, Hq: 2, Hkv: 1, Tq: 45, Tk: 45, D: 8, Dv: 8, a: ir.AttentionAttrs{Scale: 0.35, Causal: true}},
		{name: "attn_prefill_window_mask_merged_f32", d: ir.Float32, B: 2, Hq: 2, Hkv: 2, Tq: 20, Tk: 40, D: 6, Dv: 5, a: ir.AttentionAttrs{Scale: 0.4, Causal: true, Window: 9, HasMask: true}, maskKeep: 0.8, mergeHeads: true},
		{name: "attn_decode_split_gqa_f32", d: ir.Float32, B: 1, Hq: 4, Hkv: 2, Tq: 1, Tk: 70, D: 40, Dv: 40, a: ir.AttentionAttrs{Scale: 0.15, Causal: true}, wantSplit: true, mergeHeads: true},
		{name: "attn_decode_split_everything_bf16", d: ir.BFloat16, B: 2, Hq: 2, Hkv: 1, Tq: 2, Tk: 100, D: 16, Dv: 16,
			a:         ir.AttentionAttrs{Scale: 0.25, Causal: true, Window: 50, SoftCap: 4, HasMask: true, HasPositions: true, HasSinks: true},
			wantSplit: true, maskKeep: 0.7, positions: []int64{60, 99}, sinks: true},
		{name: "attn_decode_split_symmetric_f16", d: ir.Float16, B: 1, Hq: 1, Hkv: 1, Tq: 1, Tk: 80, D: 4, Dv: 4,
			a: ir.AttentionAttrs{Scale: 0.5, Window: 30, SymmetricWindow: true, HasPositions: true}, wantSplit: true, positions: []int64{40}},
	} {
		f := ir.NewFunc(c.name)
		q := f.Param("q", ir.T(c.d, c.B, c.Hq, c.Tq, c.D))
		k := f.Param("k", ir.T(c.d, c.B, c.Hkv, c.Tk, c.D))
		v := f.Param("v", ir.T(c.d, c.B, c.Hkv, c.Tk, c.Dv))
		args := []*ir.Value{q, k, v}
		in := []*tensor.Tensor{randTensor(t, r, c.d, c.B, c.Hq, c.Tq, c.D), randTensor(t, r, c.d, c.B, c.Hkv, c.Tk, c.D), randTensor(t, r, c.d, c.B, c.Hkv, c.Tk, c.Dv)}
		if c.a.HasMask {
			args = append(args, f.Param("mask", ir.T(ir.Bool, c.B, c.Tk)))
			m := make([]bool, c.B*c.Tk)
			for i := range m {
				m[i] = r.Float64() < c.maskKeep
			}
			in = append(in, mustT(t)(tensor.FromBool(ir.Shape{c.B, c.Tk}, m)))
		}
		if c.a.HasPositions {
			args = append(args, f.Param("pos", ir.T(ir.Int32, c.Tq)))
			in = append(in, mustT(t)(tensor.FromInt64(ir.Int32, ir.Shape{c.Tq}, c.positions)))
		}
		if c.sinks {
			args = append(args, f.Param("sinks", ir.T(c.d, c.Hq)))
			in = append(in, randTensor(t, r, c.d, c.Hq))
		}
		a := c.a
		y, err := f.Emit(ir.OpAttention, &a, ir.Pos{}, args...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !attentionOK(y) || (planAttention(y).splits > 1) != c.wantSplit {
			t.Fatalf("%s: attentionOK %v, splits %d", c.name, attentionOK(y), planAttention(y).splits)
		}
		if c.mergeHeads {
			tr, err := f.Emit(ir.OpTranspose, &ir.TransposeAttrs{Perm: []int{0, 2, 1, 3}}, ir.Pos{}, y)
			if err != nil {
				t.Fatal(err)
			}
			if y, err = f.Emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{c.B, c.Tq, c.Hq * c.Dv}}, ir.Pos{}, tr); err != nil {
				t.Fatal(err)
			}
		}
		f.SetResults([]*ir.Value{y}, nil)
		out = append(out, extraFunc{f, in, tolOf[c.d]})
	}

	type gemv struct {
		name               string
		d, out             ir.DType
		batch, M, K, N     int
		lhsTrans, rhsTrans bool
		bias               bool
		splits             int     // the K slices gemvSplits must choose
		tol                float64 // when set, instead of tolOf[out]
	}
	for _, c := range []gemv{
		{name: "gemv_nt_m1_bf16_scalar_rows", d: ir.BFloat16, out: ir.BFloat16, batch: 1, M: 1, K: 37, N: 19, rhsTrans: true},
		{name: "gemv_nt_m3_bf16_vec16_long_rows", d: ir.BFloat16, out: ir.BFloat16, batch: 1, M: 3, K: 600, N: 11, rhsTrans: true},
		{name: "gemv_nt_m8_f32_vec16_bias", d: ir.Float32, out: ir.Float32, batch: 1, M: 8, K: 64, N: 10, rhsTrans: true, bias: true},
		{name: "gemv_nt_m2_f16_to_f32_lhs_trans_batched", d: ir.Float16, out: ir.Float32, batch: 3, M: 2, K: 33, N: 9, lhsTrans: true, rhsTrans: true},
		{name: "gemv_nn_m1_bf16_vec16", d: ir.BFloat16, out: ir.BFloat16, batch: 1, M: 1, K: 20, N: 264},
		{name: "gemv_nn_m8_f16_vec8_bias", d: ir.Float16, out: ir.Float16, batch: 1, M: 8, K: 21, N: 44, bias: true},
		{name: "gemv_nn_m5_f32_scalar_lhs_trans", d: ir.Float32, out: ir.Float32, batch: 2, M: 5, K: 30, N: 13, lhsTrans: true},
		// Split over K across blocks (emit_gemv_splitk.go): large K, few
		// column groups.
		{name: "gemv_nn_splitk_m1_bf16_k4096_n64", d: ir.BFloat16, out: ir.BFloat16, batch: 1, M: 1, K: 4096, N: 64, splits: 64},
		{name: "gemv_nn_splitk_m1_bf16_k4096_n4096", d: ir.BFloat16, out: ir.BFloat16, batch: 1, M: 1, K: 4096, N: 4096, splits: 33},
		{name: "gemv_nn_splitk_m3_f16_to_f32_lhs_trans_batched_bias", d: ir.Float16, out: ir.Float32, batch: 2, M: 3, K: 700, N: 40, lhsTrans: true, bias: true, splits: 10},
		{name: "gemv_nn_splitk_m8_f32_uneven_slices_bias", d: ir.Float32, out: ir.Float32, batch: 1, M: 8, K: 1000, N: 300, bias: true, splits: 15,
			tol: 5e-5}, // float32 sums of 1000 terms in another order than interp's

	} {
		f := ir.NewFunc(c.name)
		lshape := []int{c.batch, c.M, c.K}
		if c.lhsTrans {
			lshape = []int{c.batch, c.K, c.M}
		}
		rshape := []int{c.batch, c.K, c.N}
		if c.rhsTrans {
			rshape = []int{c.batch, c.N, c.K}
		}
		lc, rc := 2, 1
		if c.lhsTrans {
			lc = 1
		}
		if c.rhsTrans {
			rc = 2
		}
		l := f.Param("x", ir.T(c.d, lshape...))
		w := f.Param("w", ir.T(c.d, rshape...))
		in := []*tensor.Tensor{randTensor(t, r, c.d, lshape...), randTensor(t, r, c.d, rshape...)}
		y, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsBatch: []int{0}, RhsBatch: []int{0}, LhsContract: []int{lc}, RhsContract: []int{rc}, Out: c.out}, ir.Pos{}, l, w)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if p := planGemm(y); p == nil || !useGemv(p) || p.lhsTrans != c.lhsTrans || p.rhsTrans != c.rhsTrans {
			t.Fatalf("%s: not planned as the intended GEMV: %v", c.name, p)
		} else if got := gemvSplits(p); got != max(c.splits, 1) {
			t.Fatalf("%s: %d slices of K, want %d", c.name, got, max(c.splits, 1))
		}
		if c.bias {
			b := f.Param("b", ir.T(c.out, c.N))
			in = append(in, randTensor(t, r, c.out, c.N))
			bb, err := f.Emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: y.Type.Shape, Dims: []int{2}}, ir.Pos{}, b)
			if err != nil {
				t.Fatal(err)
			}
			if y, err = f.Emit(ir.OpAdd, nil, ir.Pos{}, y, bb); err != nil {
				t.Fatal(err)
			}
		}
		f.SetResults([]*ir.Value{y}, nil)
		tol := tolOf[c.out]
		if c.tol > 0 {
			tol = c.tol
		}
		out = append(out, extraFunc{f, in, tol})
	}
	return out
}

func mustT(t *testing.T) func(*tensor.Tensor, error) *tensor.Tensor {
	return func(x *tensor.Tensor, err error) *tensor.Tensor {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
}
