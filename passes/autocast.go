package passes

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Autocast rewrites f in place so that every op runs in the dtype
// torch.autocast(dtype=low) would give it: mixed precision with float32
// master weights. low must be ir.BFloat16 or ir.Float16.
//
// Each op's class is the op table's autocast column (ir.OpInfo.Autocast),
// taken from torch's CUDA autocast lists (docs/passes.md has the table and
// the CPU differences):
//   - AutocastLower (dot_general, conv, attention: torch's mm, bmm,
//     linear, conv*, scaled_dot_product_attention): float operands are
//     converted to low and the op runs in low; backends accumulate dots in
//     at least float32 (docs/ir.md) and round the result once to low. A
//     dot_general whose out dtype differs from its operands' keeps it.
//   - AutocastFP32 (exp, log, log1p, rsqrt, pow, softmax, log_softmax,
//     layer_norm, rms_norm): half operands are converted to float32.
//   - AutocastPromote (everything else): the op runs in the widest dtype
//     of its float operands (torch's type promotion: bf16 op f32 is f32,
//     f16 op bf16 is f32). A scalar literal (a rank-0 constant, possibly
//     broadcast or reshaped) does not take part, as a Python number does
//     not in torch: x_bf16 * 0.5 stays bf16. The op is then computed in
//     the literal's wider dtype and rounded once, as torch computes a
//     half tensor with a Python scalar.
//   - AutocastReduce: sum and prod as AutocastFP32 (torch's
//     fp32_set_opt_dtype), max and min as AutocastPromote.
//     quant_matmul and quant_matmul_codebook are lowered in x only (their
//     weight operands define the weight's values and keep their dtypes).
//   - AutocastKeep: parameters, constants, iota and rng keep their
//     declared dtype, and a convert keeps its target (the model's own
//     casts, such as HF's .float() on logits before the loss, stay as
//     written; a convert left converting to its operand's dtype is
//     removed).
//
// Guarantees: f keeps its parameters (names, order, types) and its
// result types and names; a result that would change dtype is converted
// back to its declared dtype by a convert at the end. float64 values and
// ops on them are left alone (torch does not autocast float64), and so
// are integer and bool ones. The conversion of one value to one dtype is
// emitted once and shared by its users (as torch's autocast weight cache
// casts a weight once). On error f is unchanged.
//
// Run it before autodiff: the gradient then flows through the converts
// (their cotangents are converted back) into float32 parameter gradients.
func Autocast(f *ir.Func, low ir.DType) error {
	if f == nil {
		return fmt.Errorf("autocast: nil function")
	}
	if low != ir.BFloat16 && low != ir.Float16 {
		return fmt.Errorf("autocast: func %s: low-precision dtype %s, want bf16 or f16", f.Name, low)
	}
	for _, v := range f.Values {
		if v.Op.Info().Autocast == ir.AutocastNone {
			return fmt.Errorf("autocast: func %s: %s has no autocast class in the op table", f.Name, v.LongString())
		}
	}
	want := make([]ir.DType, len(f.Results))
	for i, r := range f.Results {
		want[i] = r.Type.DType
	}
	a := &autocaster{low: low, weak: map[*ir.Value]bool{}, converts: map[convertKey]*ir.Value{}, dotIn: map[*ir.Value]ir.DType{}}
	for _, v := range f.Values {
		if v.Op == ir.OpDotGeneral {
			a.dotIn[v] = v.Args[0].Type.DType
		}
	}
	a.addmm = findAddmm(f)
	if err := f.Rewrite(a.rewrite); err != nil {
		return fmt.Errorf("autocast: func %s: %w", f.Name, err)
	}
	for i, r := range f.Results {
		if r.Type.DType == want[i] {
			continue
		}
		c, ok := a.converts[convertKey{r, want[i]}]
		if !ok {
			var err error
			if c, err = f.Emit(ir.OpConvert, &ir.ConvertAttrs{To: want[i]}, r.Pos, r); err != nil {
				return fmt.Errorf("autocast: func %s: result %d: %w", f.Name, i, err)
			}
			a.converts[convertKey{r, want[i]}] = c
		}
		f.Results[i] = c
	}
	return nil
}

// autocaster holds the state of one Autocast run.
type autocaster struct {
	low ir.DType
	// weak marks the (new) values that are scalar literals: rank-0 float
	// constants and their broadcasts and reshapes.
	weak map[*ir.Value]bool
	// converts shares the conversion of one value to one dtype.
	converts map[convertKey]*ir.Value
	// dotIn is each dot_general's operand dtype as written (Rewrite
	// hands the callback the rewritten operands).
	dotIn map[*ir.Value]ir.DType
	// addmm holds the dot_generals and adds of the linear layers with a
	// bias (findAddmm), which run as torch's addmm does.
	addmm map[*ir.Value]bool
}

type convertKey struct {
	v  *ir.Value
	to ir.DType
}

// rewrite is the Func.Rewrite callback: v's operands are already the
// rewritten values (whose dtypes may have changed).
func (a *autocaster) rewrite(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
	switch v.Op.Info().Autocast {
	case ir.AutocastKeep:
		if v.Op == ir.OpConstant && v.Type.DType.IsFloat() && v.Type.Shape.Rank() == 0 {
			a.weak[v] = true
		}
		if v.Op == ir.OpConvert && v.Args[0].Type.DType == v.Type.DType {
			return v.Args[0], nil
		}
		return nil, nil
	case ir.AutocastLower:
		return a.lower(e, v)
	case ir.AutocastPromote:
		if a.addmm[v] {
			if r, ok, err := a.addBias(e, v); ok || err != nil {
				return r, err
			}
		}
		return a.promote(e, v)
	case ir.AutocastFP32:
		return a.emit(e, v, a.castHalves(v, ir.Float32), ir.Invalid)
	case ir.AutocastReduce:
		if k := v.Attrs.(*ir.ReduceAttrs).Kind; k == ir.ReduceSum || k == ir.ReduceProd {
			return a.emit(e, v, a.castHalves(v, ir.Float32), ir.Invalid)
		}
		return a.promote(e, v)
	default: // ir.AutocastPromote
		return a.promote(e, v)
	}
}

// lower runs v in the low dtype: every float operand converted to it. Ops
// on float64 are left alone.
func (a *autocaster) lower(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
	to := make([]ir.DType, len(v.Args))
	args := v.Args
	if v.Op == ir.OpQuantMatmul || v.Op == ir.OpQuantMatmulCodebook {
		// Only x is lowered: the scales, zeros, absmax and code define
		// the weight's values and keep their dtypes (bitsandbytes
		// dequantizes to the quant_state's dtype, then casts the weight
		// to x's: the op's contraction in x's dtype).
		args = args[:1]
	}
	for i, x := range args {
		switch dt := x.Type.DType; {
		case dt == ir.Float64:
			return a.emit(e, v, nil, ir.Invalid)
		case dt.IsFloat():
			to[i] = a.low
		}
	}
	return a.emit(e, v, to, ir.Invalid)
}

// castHalves converts v's half-precision operands to dt.
func (a *autocaster) castHalves(v *ir.Value, dt ir.DType) []ir.DType {
	to := make([]ir.DType, len(v.Args))
	for i, x := range v.Args {
		if isHalf(x.Type.DType) {
			to[i] = dt
		}
	}
	return to
}

// promote runs v in the promoted dtype of its float operands. Scalar
// literals do not count unless every float operand is one; when one is
// wider than the others, v is computed in its dtype and rounded to theirs.
func (a *autocaster) promote(e *ir.Emitter, v *ir.Value) (*ir.Value, error) {
	var strong, all ir.DType
	for _, x := range v.Args {
		dt := x.Type.DType
		if !dt.IsFloat() {
			continue
		}
		all = promoteFloat(all, dt)
		if !a.weak[x] {
			strong = promoteFloat(strong, dt)
		}
	}
	if all == ir.Invalid { // no float operands: nothing to decide
		return a.emit(e, v, nil, ir.Invalid)
	}
	if strong == ir.Invalid {
		strong = all
	}
	to := make([]ir.DType, len(v.Args))
	for i, x := range v.Args {
		if x.Type.DType.IsFloat() {
			to[i] = all
		}
	}
	r, err := a.emit(e, v, to, strong)
	if err != nil {
		return nil, err
	}
	if (v.Op == ir.OpBroadcastInDim || v.Op == ir.OpReshape) && a.weak[v.Args[0]] {
		if r == nil {
			a.weak[v] = true
		} else {
			a.weak[r] = true
		}
	}
	return r, nil
}

// emit gives v the operands v.Args[i] converted to to[i] (where to[i] is
// valid; to may be nil) and, if its float result then has another dtype
// than round (when valid), rounds it to round. It returns nil when v is
// unchanged (same operands, same type), else the replacement.
func (a *autocaster) emit(e *ir.Emitter, v *ir.Value, to []ir.DType, round ir.DType) (*ir.Value, error) {
	args := append([]*ir.Value(nil), v.Args...)
	for i, dt := range to {
		if dt == ir.Invalid || args[i].Type.DType == dt {
			continue
		}
		c, err := a.convert(e, args[i], dt)
		if err != nil {
			return nil, err
		}
		args[i] = c
	}
	attrs := v.Attrs
	if v.Op == ir.OpDotGeneral {
		attrs = a.dotAttrs(v, args)
	}
	t, err := ir.InferType(v.Op, attrs, args)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", v.LongString(), err)
	}
	r := v
	if !sameArgs(args, v.Args) || !t.Equal(v.Type) || attrs != v.Attrs {
		if attrs == v.Attrs {
			attrs = ir.CloneAttrs(attrs)
		}
		if r, err = e.Emit(v.Op, attrs, v.Pos, args...); err != nil {
			return nil, err
		}
		r.Name = v.Name
	}
	// Rounding applies to a re-emitted op only: a weak operand wider than
	// the others means they were converted, so r is new (replacing v by
	// a convert of v itself would leave the convert without its operand).
	if r != v && round.IsFloat() && r.Type.DType.IsFloat() && r.Type.DType != round {
		if r, err = a.convert(e, r, round); err != nil {
			return nil, err
		}
	}
	if r == v {
		return nil, nil
	}
	return r, nil
}

// dotAttrs returns v's DotAttrs with out set to the operands' new dtype
// when it was the operands' dtype as written (torch's mm returns its
// inputs' dtype); an out the model chose to differ (bf16 operands with
// out=f32) is kept. It returns v.Attrs itself when nothing changes.
func (a *autocaster) dotAttrs(v *ir.Value, args []*ir.Value) any {
	d := v.Attrs.(*ir.DotAttrs)
	now := args[0].Type.DType
	if a.addmm[v] { // the product stays float32 until its bias is added
		return v.Attrs
	}
	if d.Out != a.dotIn[v] || !now.IsFloat() || d.Out == now {
		return v.Attrs
	}
	nd := ir.CloneAttrs(d).(*ir.DotAttrs)
	nd.Out = now
	return nd
}

// convert returns x converted to dt, sharing one convert per (x, dt).
func (a *autocaster) convert(e *ir.Emitter, x *ir.Value, dt ir.DType) (*ir.Value, error) {
	k := convertKey{x, dt}
	if c, ok := a.converts[k]; ok {
		return c, nil
	}
	c, err := e.Emit(ir.OpConvert, &ir.ConvertAttrs{To: dt}, ir.Pos{}, x)
	if err != nil {
		return nil, err
	}
	a.converts[k] = c
	if a.weak[x] {
		a.weak[c] = true
	}
	return c, nil
}

// promoteFloat is torch's promotion of two float dtypes (Invalid for
// "none yet"): the wider one; float16 with bfloat16 gives float32.
func promoteFloat(a, b ir.DType) ir.DType {
	switch {
	case a == ir.Invalid || a == b:
		return b
	case b == ir.Invalid:
		return a
	case a == ir.Float64 || b == ir.Float64:
		return ir.Float64
	default: // two different of f16, bf16, f32
		return ir.Float32
	}
}

func isHalf(dt ir.DType) bool { return dt == ir.Float16 || dt == ir.BFloat16 }

func sameArgs(a, b []*ir.Value) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
