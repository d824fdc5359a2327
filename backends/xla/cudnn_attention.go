package xla

import (
	"fmt"
	"os"
	"strings"

	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types/shapes"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// cuDNN flash attention through XLA's custom calls.
//
// On CUDA, a training step's Attention values and their AttentionGrad
// values (dq, dk, dv) lower to the custom calls XLA's GPU backend runs
// with cuDNN's fused flash-attention kernels — the calls JAX's
// jax.nn.dot_product_attention(implementation="cudnn") emits, with the
// same backend_config (recorded from jax 0.11.2's lowering):
//
//   - forward  __cudnn$fmhaSoftmax(q, k, v) or __cudnn$fmhaScaleBiasSoftmax(q, k, v, bias)
//     -> (out (B,N,T,H), softmax stats (B,N,T) f32, workspace u8[0])
//   - backward __cudnn$fmhaSoftmax[ScaleBias]Backward(q, k, v, stats, dO, [bias,] out)
//     -> (dq, dk, dv, [dbias,] workspace)
//
// q, k, v, dO and out go in as (B, T, N, H) (kiln's (B, N, T, H) transposed;
// XLA cancels the transpose with the model's own), results come out as
// (B, N, T, H) in kiln's order. A padding mask becomes an additive bias
// (0 where a key is visible, the dtype's lowest finite value elsewhere,
// broadcast to (B, N, Tq, Tk)); cuDNN gives zeros in rows that see no key,
// as the decomposition does. Nothing of size (Tq, Tk) is kept between the
// forward and the backward, and the backward is one kernel.
//
// go-xla's builder has no custom_call, so each call is emitted as
// placeholder values (iotas of its results' types) that lowerFunc's text
// pass replaces with the call and reshapes of its results (see
// customCall).

// EnvCuDNNAttention set to "0" keeps every attention decomposed on CUDA
// (for comparison).
const EnvCuDNNAttention = "KILN_XLA_CUDNN_ATTENTION"

// Target says which device-specific lowerings EmitFor may use.
type Target struct {
	// CuDNNAttention lowers the Attention and AttentionGrad values that
	// cudnnAttentionOK accepts to cuDNN flash attention (CUDA plugins). It
	// applies to functions with an AttentionGrad (training steps); the
	// others keep the decomposition.
	CuDNNAttention bool
}

// cudnnTarget is the Target of a loaded plugin at path.
func cudnnTarget(path string) Target {
	return Target{CuDNNAttention: isCUDAPlugin(path) && os.Getenv(EnvCuDNNAttention) != "0"}
}

// cudnnAttentionOK says whether v, an Attention or AttentionGrad, is one
// cuDNN's flash attention runs exactly: f16/bf16 operands, head size D =
// Dv a multiple of 8 up to 128, Tq = Tk, no query positions, sliding
// window, soft cap or sinks (a padding mask is fine). An AttentionGrad
// qualifies when its o operand is the Attention of the same operands and
// that one qualifies (the backward reads the forward's softmax stats).
func cudnnAttentionOK(v *ir.Value) bool {
	switch v.Op {
	case ir.OpAttention:
		return cudnnAttrsOK(v.Attrs.(*ir.AttentionAttrs), v.Args)
	case ir.OpAttentionGrad:
		a := v.Attrs.(*ir.AttentionGradAttrs)
		o := v.Args[3]
		fwd := a.ForwardArgs(v.Args)
		if o.Op != ir.OpAttention || len(o.Args) != len(fwd) || !cudnnAttrsOK(o.Attrs.(*ir.AttentionAttrs), o.Args) {
			return false
		}
		if fa := a.Forward(); *fa != *o.Attrs.(*ir.AttentionAttrs) {
			return false
		}
		for i, x := range fwd {
			if o.Args[i] != x {
				return false
			}
		}
		return true
	}
	return false
}

func cudnnAttrsOK(a *ir.AttentionAttrs, args []*ir.Value) bool {
	if a.HasPositions || a.HasSinks || a.SoftCap != 0 || a.Window != 0 {
		return false
	}
	q, k, v := args[0].Type, args[1].Type, args[2].Type
	if q.DType != ir.BFloat16 && q.DType != ir.Float16 {
		return false
	}
	d := q.Shape[3]
	return d == v.Shape[3] && d%8 == 0 && d <= 128 && q.Shape[2] == k.Shape[2] && q.Shape[2] > 0
}

// hasAttentionGrad reports whether f is a training step's function.
func hasAttentionGrad(f *ir.Func) bool {
	for _, v := range f.Values {
		if v.Op == ir.OpAttentionGrad {
			return true
		}
	}
	return false
}

// customCall is one custom_call statement to splice into the module text:
// it replaces the line of results[first], and each result placeholder
// becomes a reshape of the call's result of that index.
type customCall struct {
	target   string
	operands []*stablehlo.Value
	config   string   // backend_config, JSON
	results  []string // the result types, in order
	layouts  []string // result_layouts entries
	holders  []*stablehlo.Value
	holderAt []int // the result index each holder stands for
}

// cudnnFwd is the lowered forward of one Attention: its call and, once
// emitted, the placeholders of its output and stats.
type cudnnFwd struct {
	out, stats *stablehlo.Value
	bias       *stablehlo.Value // nil without a mask
	qt, kt, vt *stablehlo.Value // q, k, v as (B, T, N, H)
}

// attentionShapes returns B, N (query heads), T, H and K (kv heads).
func attentionShapes(q, k *ir.Value) (b, n, t, h, kh int) {
	return q.Type.Shape[0], q.Type.Shape[1], q.Type.Shape[2], q.Type.Shape[3], k.Type.Shape[1]
}

// btnh transposes a (B, N, T, H) value to (B, T, N, H).
func btnh(x *stablehlo.Value) (*stablehlo.Value, error) { return stablehlo.Transpose(x, 0, 2, 1, 3) }

// lowerCuDNNAttention emits the forward call of Attention v (a: its
// lowered operands) and returns the placeholder of its output.
func (l *lowerer) lowerCuDNNAttention(v *ir.Value, a []*stablehlo.Value) (*stablehlo.Value, error) {
	at := v.Attrs.(*ir.AttentionAttrs)
	b, n, t, h, _ := attentionShapes(v.Args[0], v.Args[1])
	dt := v.Type.DType
	f := &cudnnFwd{}
	var err error
	if f.qt, err = btnh(a[0]); err != nil {
		return nil, err
	}
	if f.kt, err = btnh(a[1]); err != nil {
		return nil, err
	}
	if f.vt, err = btnh(a[2]); err != nil {
		return nil, err
	}
	ops := []*stablehlo.Value{f.qt, f.kt, f.vt}
	target := "__cudnn$fmhaSoftmax"
	if at.HasMask {
		if f.bias, err = l.maskBias(a[3], dt, b, n, t); err != nil {
			return nil, err
		}
		ops = append(ops, f.bias)
		target = "__cudnn$fmhaScaleBiasSoftmax"
	}
	training := l.cudnnStats[v]
	cc := &customCall{target: target, operands: ops, config: fmhaConfig(at, dt, b, n, t, false)}
	cc.results = []string{tensorType(dt, b, n, t, h)}
	cc.layouts = []string{"dense<[3, 1, 2, 0]> : tensor<4xindex>"}
	if training {
		cc.results = append(cc.results, tensorType(ir.Float32, b, n, t))
		cc.layouts = append(cc.layouts, "dense<[2, 1, 0]> : tensor<3xindex>")
	}
	cc.results = append(cc.results, "tensor<0xui8>")
	cc.layouts = append(cc.layouts, "dense<0> : tensor<1xindex>")
	if f.out, err = l.holder(cc, 0, dt, b, n, t, h); err != nil {
		return nil, err
	}
	if training {
		if f.stats, err = l.holder(cc, 1, ir.Float32, b, n, t); err != nil {
			return nil, err
		}
	}
	l.calls = append(l.calls, cc)
	l.cudnnFwds[v] = f
	return f.out, nil
}

// lowerCuDNNAttentionGrad returns AttentionGrad v's result: one element of
// the backward call shared by the three gradients of one (o, do) pair.
func (l *lowerer) lowerCuDNNAttentionGrad(v *ir.Value, a []*stablehlo.Value) (*stablehlo.Value, error) {
	ga := v.Attrs.(*ir.AttentionGradAttrs)
	key := [2]*ir.Value{v.Args[3], v.Args[4]}
	if hs, ok := l.cudnnGrads[key]; ok {
		return hs[ga.Wrt], nil
	}
	f := l.cudnnFwds[v.Args[3]]
	if f == nil || f.stats == nil {
		return nil, fmt.Errorf("the cuDNN attention %%%d was not lowered for training", v.Args[3].ID)
	}
	b, n, t, h, kh := attentionShapes(v.Args[0], v.Args[1])
	dt := v.Type.DType
	dot, err := btnh(a[4])
	if err != nil {
		return nil, err
	}
	ot, err := btnh(f.out)
	if err != nil {
		return nil, err
	}
	ops := []*stablehlo.Value{f.qt, f.kt, f.vt, f.stats, dot}
	target := "__cudnn$fmhaSoftmaxBackward"
	if f.bias != nil {
		ops = append(ops, f.bias)
		target = "__cudnn$fmhaScaleBiasSoftmaxBackward"
	}
	ops = append(ops, ot)
	cc := &customCall{target: target, operands: ops, config: fmhaConfig(ga.Forward(), dt, b, n, t, true)}
	cc.results = []string{tensorType(dt, b, n, t, h), tensorType(dt, b, kh, t, h), tensorType(dt, b, kh, t, h)}
	cc.layouts = []string{"dense<[3, 1, 2, 0]> : tensor<4xindex>", "dense<[3, 1, 2, 0]> : tensor<4xindex>", "dense<[3, 1, 2, 0]> : tensor<4xindex>"}
	if f.bias != nil {
		cc.results = append(cc.results, tensorType(dt, b, n, t, t))
		cc.layouts = append(cc.layouts, "dense<[3, 2, 1, 0]> : tensor<4xindex>")
	}
	cc.results = append(cc.results, "tensor<0xui8>")
	cc.layouts = append(cc.layouts, "dense<0> : tensor<1xindex>")
	hs := make([]*stablehlo.Value, 3)
	for i, heads := range []int{n, kh, kh} {
		if hs[i], err = l.holder(cc, i, dt, b, heads, t, h); err != nil {
			return nil, err
		}
	}
	l.calls = append(l.calls, cc)
	l.cudnnGrads[key] = hs
	return hs[ga.Wrt], nil
}

// maskBias is the additive bias of padding mask m (B, Tk) bool: 0 where a
// key is visible, the lowest finite value of dt elsewhere, broadcast to
// (B, N, T, T).
func (l *lowerer) maskBias(m *stablehlo.Value, dt ir.DType, b, n, t int) (*stablehlo.Value, error) {
	zero, err := l.full(dt, 0, m)
	if err != nil {
		return nil, err
	}
	low, err := l.full(dt, passes.LowestFinite(dt), m)
	if err != nil {
		return nil, err
	}
	bias, err := stablehlo.Select(m, zero, low) // (B, Tk)
	if err != nil {
		return nil, err
	}
	xdt, err := dtypeOf(dt)
	if err != nil {
		return nil, err
	}
	return stablehlo.BroadcastInDim(bias, shapes.Make(xdt, b, n, t, t), []int{0, 3})
}

// holder emits the placeholder of result index i of cc, of dtype dt and
// shape dims.
func (l *lowerer) holder(cc *customCall, i int, dt ir.DType, dims ...int) (*stablehlo.Value, error) {
	xdt, err := dtypeOf(dt)
	if err != nil {
		return nil, err
	}
	p, err := l.fn.Iota(shapes.Make(xdt, dims...), 0)
	if err != nil {
		return nil, err
	}
	cc.holders = append(cc.holders, p)
	cc.holderAt = append(cc.holderAt, i)
	return p, nil
}

// tensorType is the MLIR type of a tensor of dtype dt and shape dims.
func tensorType(dt ir.DType, dims ...int) string {
	xdt, err := dtypeOf(dt)
	if err != nil {
		panic(fmt.Sprintf("xla: %v", err))
	}
	return mlirType(shapes.Make(xdt, dims...))
}

// fmhaConfig is the backend_config JSON of a forward or backward call.
func fmhaConfig(a *ir.AttentionAttrs, dt ir.DType, b, n, t int, backward bool) string {
	elem := "BF16"
	if dt == ir.Float16 {
		elem = "F16"
	}
	mask := "NO_MASK"
	if a.Causal {
		mask = "CAUSAL"
	}
	dims := func(lc, rc, lb, rb string) string {
		return fmt.Sprintf(`{"lhs_contracting_dimensions": [%s], "rhs_contracting_dimensions": [%s], "lhs_batch_dimensions": [%s], "rhs_batch_dimensions": [%s]}`, lc, rc, lb, rb)
	}
	var bmms string
	if backward {
		bmms = `"bmm1_grad_gemm1_dot_dimension_numbers": ` + dims(`"2"`, `"1"`, `"0", "1"`, `"0", "2"`) +
			`, "bmm1_grad_gemm2_dot_dimension_numbers": ` + dims(`"3"`, `"1"`, `"0", "1"`, `"0", "2"`) +
			`, "bmm2_grad_gemm1_dot_dimension_numbers": ` + dims(`"2"`, `"1"`, `"0", "1"`, `"0", "2"`) +
			`, "bmm2_grad_gemm2_dot_dimension_numbers": ` + dims(`"3"`, `"3"`, `"0", "2"`, `"0", "2"`)
	} else {
		bmms = `"bmm1_dot_dimension_numbers": ` + dims(`"3"`, `"3"`, `"0", "2"`, `"0", "2"`) +
			`, "bmm2_dot_dimension_numbers": ` + dims(`"3"`, `"1"`, `"0", "1"`, `"0", "2"`)
	}
	return fmt.Sprintf(`{"operation_queue_id": "0", "cudnn_fmha_backend_config": {"algorithm": {"algo_id": "0", "math_type": "TENSOR_OP_MATH", "tuning_knobs": {"17": "1", "24": "0"}, "is_cudnn_frontend": true, "workspace_size": "0"}, "fmha_scale": %v, "intermediate_tensor_shape": {"element_type": "%s", "dimensions": ["%d", "%d", "%d", "%d"], "tuple_shapes": [], "layout": {"dim_level_types": [], "dim_unique": [], "dim_ordered": [], "minor_to_major": ["3", "2", "1", "0"], "tiles": [], "element_size_in_bits": "0", "memory_space": "0", "index_primitive_type": "PRIMITIVE_TYPE_INVALID", "pointer_primitive_type": "PRIMITIVE_TYPE_INVALID", "dynamic_shape_metadata_prefix_bytes": "0"}, "is_dynamic_dimension": [false, false, false, false]}, "is_flash_attention": true, "mask_type": "%s", %s, "dropout_rate": 0.0, "seed": 42, "sliding_window_length": 0, "max_seg_per_batch": 1, "is_paged_attention": false}}`,
		a.Scale, elem, b, n, t, t, mask, bmms)
}

// spliceCalls rewrites module text: each call's first placeholder line
// becomes the custom_call and a reshape of its result, and every other
// placeholder a reshape of its result (an identity XLA removes).
func spliceCalls(text string, calls []*customCall, raw map[string]string) (string, error) {
	if len(calls) == 0 && len(raw) == 0 {
		return text, nil
	}
	repl := map[string]string{} // placeholder name -> replacement lines
	for k, v := range raw {
		repl[k] = v
	}
	for ci, cc := range calls {
		name := fmt.Sprintf("cudnn_call_%d", ci)
		ops := make([]string, len(cc.operands))
		opTypes := make([]string, len(cc.operands))
		layouts := make([]string, len(cc.operands))
		for i, o := range cc.operands {
			ops[i] = o.String()
			opTypes[i] = mlirType(o.Shape())
			layouts[i] = rowMajorLayout(o.Shape().Rank())
		}
		call := fmt.Sprintf("%%%s:%d = stablehlo.custom_call @%s(%s) {api_version = 2 : i32, backend_config = %s, operand_layouts = [%s], result_layouts = [%s]} : (%s) -> (%s)",
			name, len(cc.results), cc.target, strings.Join(ops, ", "), mlirString(cc.config),
			strings.Join(layouts, ", "), strings.Join(cc.layouts, ", "), strings.Join(opTypes, ", "), strings.Join(cc.results, ", "))
		for i, h := range cc.holders {
			ty := cc.results[cc.holderAt[i]]
			line := fmt.Sprintf("%s = stablehlo.reshape %%%s#%d : (%s) -> %s", h.String(), name, cc.holderAt[i], ty, ty)
			if i == 0 {
				line = call + "\n" + line
			}
			repl[h.String()] = line
		}
	}
	lines := strings.Split(text, "\n")
	done := 0
	for i, ln := range lines {
		trimmed := strings.TrimLeft(ln, " ")
		sp := strings.IndexByte(trimmed, ' ')
		if sp < 0 || !strings.HasPrefix(trimmed, "%") {
			continue
		}
		r, ok := repl[trimmed[:sp]]
		if !ok || !strings.Contains(trimmed, "stablehlo.iota") {
			continue
		}
		indent := ln[:len(ln)-len(trimmed)]
		lines[i] = indent + strings.ReplaceAll(r, "\n", "\n"+indent)
		done++
	}
	if done != len(repl) {
		return "", fmt.Errorf("xla: spliced %d of %d placeholders (cuDNN attention, remat barriers)", done, len(repl))
	}
	return strings.Join(lines, "\n"), nil
}

// rowMajorLayout is the layout attribute of a row-major operand of rank r.
func rowMajorLayout(r int) string {
	dims := make([]string, r)
	for i := range dims {
		dims[i] = fmt.Sprint(r - 1 - i)
	}
	return fmt.Sprintf("dense<[%s]> : tensor<%dxindex>", strings.Join(dims, ", "), r)
}

// mlirString quotes s as an MLIR string literal, quotes and backslashes
// as hex escapes (as JAX writes backend_config).
func mlirString(s string) string {
	s = strings.ReplaceAll(s, `\`, `\5C`)
	return `"` + strings.ReplaceAll(s, `"`, `\22`) + `"`
}
