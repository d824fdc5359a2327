// Package optable is the single source of truth for kiln's IR operations.
// One row per op. `go generate ./ir` turns it into ir/ops_gen.go (op
// constants, names, arity, attrs types, flags, shape-rule hooks, and the
// op groups backends dispatch on, see Row.Group) and frontend/ops_gen.go
// (Tensor methods for the simple ops). Edit this file, never the
// generated ones.
package optable

// Flag names used in Row.Flags. They become ir.Flag constants.
const (
	Elementwise = "Elementwise" // result[i] depends only on operands[i] (same shapes)
	Commutative = "Commutative" // binary op with f(a,b) == f(b,a)
	Reduction   = "Reduction"   // reduces one or more axes
	Composite   = "Composite"   // has a decomposition into primitives (passes/decompose)
	SideEffect  = "SideEffect"  // must not be removed or merged even if unused
	Source      = "Source"      // takes no operands (parameter, constant, iota)
)

// Stub kinds select which frontend method is generated for a row.
const (
	StubNone   = ""
	StubUnary  = "unary"  // func (t *Tensor) Name() *Tensor
	StubBinary = "binary" // func (t *Tensor) Name(o *Tensor) *Tensor, with broadcasting
)

// Row describes one op.
type Row struct {
	Name    string   // Go name (Add); the text name is its snake_case form (add)
	MinArgs int      // minimum number of operands
	MaxArgs int      // maximum number of operands; -1 = unbounded
	Attrs   string   // name of the ir attrs struct (pointer in Value.Attrs), "" for none
	Shape   string   // name of the ir shape rule function
	Flags   []string // see the Flag constants
	Stub    string   // frontend stub kind
	Doc     string   // one-line semantics; docs/ir.md has the full text
	// NoGrad is the gradient column: why the op is not differentiable
	// (autodiff treats its result as a constant, so no gradient flows
	// through it). Empty means differentiable: package autodiff must
	// register a gradient rule for the op, and its coverage test fails on
	// an op with neither a rule nor a reason.
	NoGrad string
	// Autocast is the mixed-precision column: the dtype the op runs in
	// under passes.Autocast, after torch.autocast's op lists (one of the
	// Autocast* constants; CUDA's lists where CPU's differ). passes'
	// coverage test fails on an op without one.
	Autocast string
}

// Autocast classes (Row.Autocast): which dtype an op runs in under mixed
// precision (passes.Autocast with a low dtype such as bfloat16). They
// become ir.AutocastClass constants; docs/passes.md maps them to torch.
const (
	// AutocastLower: torch's lower_precision_fp list (mm, bmm, linear,
	// conv*, scaled_dot_product_attention): float operands are cast to the
	// low dtype and the op runs there, accumulating in float32.
	AutocastLower = "Lower"
	// AutocastFP32: torch's fp32 and fp32_set_opt_dtype lists (exp, log,
	// log1p, rsqrt, pow, softmax, log_softmax, layer_norm, ...): half
	// operands are cast to float32 and the op runs in float32.
	AutocastFP32 = "FP32"
	// AutocastPromote: every other op, and torch's promote list: the op
	// runs in the widest dtype of its float operands (torch's type
	// promotion; scalar literals do not count), which is its input dtype
	// when it has one float operand.
	AutocastPromote = "Promote"
	// AutocastReduce: reduce, whose kind decides: sum and prod are in
	// torch's fp32_set_opt_dtype list (FP32), max and min are not
	// (Promote).
	AutocastReduce = "Reduce"
	// AutocastKeep: the dtype is written in the program and stays: the
	// sources (parameter, constant, iota), RNG's declared dtype, and
	// convert (a model's explicit cast, such as HF's .float() before a
	// loss, is kept as written).
	AutocastKeep = "Keep"
)

// Op groups: families of ops that backends lower the same way (one table
// of op -> implementation, one dispatch case). They become ir.OpGroup
// constants and ir.Op.Group.
const (
	GroupNone              = ""
	GroupElementwiseUnary  = "ElementwiseUnary"  // result[i] = op(x[i])
	GroupElementwiseBinary = "ElementwiseBinary" // result[i] = op(a[i], b[i]), a and b of one type
)

// Group derives r's op group from the columns that define it, so that a
// new row joins its group (and every backend's dispatch of it) without a
// hand-kept list: an elementwise primitive (not composite) with a fixed
// arity of one or two operands and no attrs. Elementwise ops with attrs
// (Compare, Convert) or three operands (Select) are lowered one by one.
func (r Row) Group() string {
	if !r.has(Elementwise) || r.has(Composite) || r.Attrs != "" || r.MinArgs != r.MaxArgs {
		return GroupNone
	}
	switch r.MinArgs {
	case 1:
		return GroupElementwiseUnary
	case 2:
		return GroupElementwiseBinary
	}
	return GroupNone
}

func (r Row) has(flag string) bool {
	for _, f := range r.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

var (
	ew   = []string{Elementwise}
	ewc  = []string{Elementwise, Commutative}
	comp = []string{Composite}
)

// Rows is the op table, in the order of the generated constants.
var Rows = []Row{
	// Sources.
	{Name: "Parameter", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "function input, bound by name (weights use their Hugging Face names)", NoGrad: "source: parameters are where gradients end; autodiff returns them", Autocast: AutocastKeep},
	{Name: "Constant", Attrs: "ConstantAttrs", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "literal tensor, little-endian row-major data", NoGrad: "source: a literal has no operands", Autocast: AutocastKeep},
	{Name: "Iota", Attrs: "IotaAttrs", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "result[i...] = i[dim], converted to the result dtype", NoGrad: "source: integer positions with no operands", Autocast: AutocastKeep},

	// Elementwise unary. Result type = operand type unless noted.
	{Name: "Neg", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "-x (integers wrap)", Autocast: AutocastPromote},
	{Name: "Abs", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "|x| (abs(min int) wraps to min int)", Autocast: AutocastPromote},
	{Name: "Exp", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "e^x", Autocast: AutocastFP32},
	{Name: "Log", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "natural log; log(0) = -inf, log(<0) = NaN", Autocast: AutocastFP32},
	{Name: "Log1p", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "log(1+x), accurate near 0", Autocast: AutocastFP32},
	{Name: "Sqrt", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "square root; sqrt(<0) = NaN", Autocast: AutocastPromote},
	{Name: "Rsqrt", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "1/sqrt(x); rsqrt(0) = +inf", Autocast: AutocastFP32},
	{Name: "Tanh", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "hyperbolic tangent", Autocast: AutocastPromote},
	{Name: "Erf", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "error function", Autocast: AutocastPromote},
	{Name: "Sin", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "sine (radians)", Autocast: AutocastPromote},
	{Name: "Cos", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "cosine (radians)", Autocast: AutocastPromote},
	{Name: "Sigmoid", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "1/(1+e^-x)", Autocast: AutocastPromote},
	{Name: "Sign", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "-1, 0 or 1 (NaN stays NaN; sign(-0) = -0)", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)", Autocast: AutocastPromote},
	{Name: "Floor", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round toward -inf", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)", Autocast: AutocastPromote},
	{Name: "Ceil", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round toward +inf", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)", Autocast: AutocastPromote},
	{Name: "Round", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round half to even (as torch.round)", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)", Autocast: AutocastPromote},
	{Name: "Not", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameBoolOrInt", Flags: ew, Stub: StubUnary, Doc: "logical not for bool, bitwise not for integers", NoGrad: "boolean and integer operands only", Autocast: AutocastPromote},
	{Name: "IsFinite", MinArgs: 1, MaxArgs: 1, Shape: "shapeIsFinite", Flags: ew, Stub: StubUnary, Doc: "bool: x is neither inf nor NaN", NoGrad: "boolean result", Autocast: AutocastPromote},

	// Elementwise binary: operands have identical types (the frontend broadcasts).
	{Name: "Add", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ewc, Stub: StubBinary, Doc: "a+b (integers wrap)", Autocast: AutocastPromote},
	{Name: "Sub", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "a-b (integers wrap)", Autocast: AutocastPromote},
	{Name: "Mul", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ewc, Stub: StubBinary, Doc: "a*b (integers wrap)", Autocast: AutocastPromote},
	{Name: "Div", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "a/b; integers truncate toward zero, x/0 = -1 for integers (all bits set), MinInt/-1 = MinInt", Autocast: AutocastPromote},
	{Name: "Pow", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryFloat", Flags: ew, Stub: StubBinary, Doc: "a^b as C pow (pow(x,0)=1, pow(<0, non-integer)=NaN)", Autocast: AutocastFP32},
	{Name: "Max", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryAny", Flags: ewc, Stub: StubBinary, Doc: "maximum; NaN if either is NaN (as torch.maximum); bool: or", Autocast: AutocastPromote},
	{Name: "Min", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryAny", Flags: ewc, Stub: StubBinary, Doc: "minimum; NaN if either is NaN (as torch.minimum); bool: and", Autocast: AutocastPromote},
	{Name: "And", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical and (bool) / bitwise and (integers)", NoGrad: "boolean and integer operands only", Autocast: AutocastPromote},
	{Name: "Or", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical or (bool) / bitwise or (integers)", NoGrad: "boolean and integer operands only", Autocast: AutocastPromote},
	{Name: "Xor", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical xor (bool) / bitwise xor (integers)", NoGrad: "boolean and integer operands only", Autocast: AutocastPromote},
	{Name: "Remainder", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "truncated remainder, sign of a (C fmod / XLA rem); integer x%0 = x", Autocast: AutocastPromote},
	{Name: "ShiftLeft", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a << b; b outside [0, bits) gives 0", NoGrad: "integer operands only", Autocast: AutocastPromote},
	{Name: "ShiftRightLogical", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a >> b filling zeros; b outside [0, bits) gives 0", NoGrad: "integer operands only", Autocast: AutocastPromote},
	{Name: "ShiftRightArithmetic", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a >> b filling the sign bit; b outside [0, bits) gives 0 or -1", NoGrad: "integer operands only", Autocast: AutocastPromote},
	{Name: "Compare", MinArgs: 2, MaxArgs: 2, Attrs: "CompareAttrs", Shape: "shapeCompare", Flags: ew, Doc: "bool result of eq ne lt le gt ge; any comparison with NaN is false except ne", NoGrad: "boolean result", Autocast: AutocastPromote},

	// Selection and conversion.
	{Name: "Select", MinArgs: 3, MaxArgs: 3, Shape: "shapeSelect", Flags: ew, Doc: "pred ? a : b, pred is bool of the same shape", Autocast: AutocastPromote},
	{Name: "Convert", MinArgs: 1, MaxArgs: 1, Attrs: "ConvertAttrs", Shape: "shapeConvert", Flags: ew, Doc: "dtype conversion; floats round to nearest even, float->int truncates toward zero and saturates (NaN -> 0), int->int wraps, x->bool is x != 0", Autocast: AutocastKeep},

	// Shape manipulation.
	{Name: "BroadcastInDim", MinArgs: 1, MaxArgs: 1, Attrs: "BroadcastAttrs", Shape: "shapeBroadcast", Doc: "operand dim i maps to result dim dims[i]; operand size 1 or equal", Autocast: AutocastPromote},
	{Name: "Reshape", MinArgs: 1, MaxArgs: 1, Attrs: "ReshapeAttrs", Shape: "shapeReshape", Doc: "row-major reshape to the same element count", Autocast: AutocastPromote},
	{Name: "Transpose", MinArgs: 1, MaxArgs: 1, Attrs: "TransposeAttrs", Shape: "shapeTranspose", Doc: "result dim i = operand dim perm[i]", Autocast: AutocastPromote},
	{Name: "Slice", MinArgs: 1, MaxArgs: 1, Attrs: "SliceAttrs", Shape: "shapeSlice", Doc: "static strided slice [start, limit) with stride >= 1", Autocast: AutocastPromote},
	{Name: "DynamicSlice", MinArgs: 1, MaxArgs: -1, Attrs: "DynamicSliceAttrs", Shape: "shapeDynamicSlice", Doc: "slice of static sizes at start offsets given as one integer scalar operand per dim, clamped into range", Autocast: AutocastPromote},
	{Name: "DynamicUpdateSlice", MinArgs: 2, MaxArgs: -1, Shape: "shapeDynamicUpdateSlice", Doc: "operand with update written at start offsets (one integer scalar operand per dim, clamped into range)", Autocast: AutocastPromote},
	{Name: "Concat", MinArgs: 1, MaxArgs: -1, Attrs: "ConcatAttrs", Shape: "shapeConcat", Doc: "concatenation along axis", Autocast: AutocastPromote},
	{Name: "Pad", MinArgs: 2, MaxArgs: 2, Attrs: "PadAttrs", Shape: "shapePad", Doc: "pad with a scalar value: low, high (negative crops) and interior padding per dim", Autocast: AutocastPromote},
	{Name: "Gather", MinArgs: 2, MaxArgs: 2, Attrs: "GatherAttrs", Shape: "shapeGather", Doc: "take along axis with batch dims (tf.gather); indices clamped into range", Autocast: AutocastPromote},
	{Name: "ScatterAdd", MinArgs: 3, MaxArgs: 3, Attrs: "GatherAttrs", Shape: "shapeScatterAdd", Doc: "operand plus updates added at the positions Gather would read; out-of-range indices are skipped", Autocast: AutocastPromote},

	// Reductions.
	{Name: "Reduce", MinArgs: 1, MaxArgs: 1, Attrs: "ReduceAttrs", Shape: "shapeReduce", Flags: []string{Reduction}, Doc: "sum, max, min or prod over axes (removed); empty reductions give the identity", Autocast: AutocastReduce},
	{Name: "ArgMax", MinArgs: 1, MaxArgs: 1, Attrs: "ArgAttrs", Shape: "shapeArg", Flags: []string{Reduction}, Doc: "index of the maximum along axis; first on ties; NaN counts as the maximum", NoGrad: "integer index result", Autocast: AutocastPromote},
	{Name: "ArgMin", MinArgs: 1, MaxArgs: 1, Attrs: "ArgAttrs", Shape: "shapeArg", Flags: []string{Reduction}, Doc: "index of the minimum along axis; first on ties; NaN counts as the minimum", NoGrad: "integer index result", Autocast: AutocastPromote},

	// Linear algebra.
	{Name: "DotGeneral", MinArgs: 2, MaxArgs: 2, Attrs: "DotAttrs", Shape: "shapeDot", Doc: "batched contraction; result dims = batch, lhs free, rhs free", Autocast: AutocastLower},
	{Name: "Conv", MinArgs: 2, MaxArgs: 2, Attrs: "ConvAttrs", Shape: "shapeConv", Doc: "N-d convolution (cross-correlation), input (N,C,spatial...), kernel (O,C/groups,spatial...)", Autocast: AutocastLower},

	// Randomness.
	{Name: "RNG", MinArgs: 1, MaxArgs: 1, Attrs: "RNGAttrs", Shape: "shapeRNG", Flags: comp, Doc: "counter-based random numbers from an i64 scalar key: uniform [0,1) or standard normal", NoGrad: "samples depend only on the integer key (JAX gives PRNG keys no cotangent)", Autocast: AutocastKeep},

	// Composites: each has a decomposition into primitives in passes/decompose.
	{Name: "Softmax", MinArgs: 1, MaxArgs: 1, Attrs: "AxisAttrs", Shape: "shapeAxisFloat", Flags: comp, Doc: "exp(x - max) / sum(exp(x - max)) along axis", Autocast: AutocastFP32},
	{Name: "LogSoftmax", MinArgs: 1, MaxArgs: 1, Attrs: "AxisAttrs", Shape: "shapeAxisFloat", Flags: comp, Doc: "x - max - log(sum(exp(x - max))) along axis", Autocast: AutocastFP32},
	{Name: "LayerNorm", MinArgs: 3, MaxArgs: 3, Attrs: "NormAttrs", Shape: "shapeNorm", Flags: comp, Doc: "(x - mean) / sqrt(var + eps) * weight + bias over the trailing dims of weight's rank", Autocast: AutocastFP32},
	{Name: "RMSNorm", MinArgs: 2, MaxArgs: 2, Attrs: "NormAttrs", Shape: "shapeNorm", Flags: comp, Doc: "x / sqrt(mean(x^2) + eps) * weight (Llama: computed in f32, weight applied in x's dtype)", Autocast: AutocastFP32},
	{Name: "Gelu", MinArgs: 1, MaxArgs: 1, Attrs: "GeluAttrs", Shape: "shapeSameFloat", Flags: comp, Doc: "x * Phi(x), exact (erf) or tanh approximation", Autocast: AutocastPromote},
	{Name: "Silu", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: comp, Stub: StubUnary, Doc: "x * sigmoid(x)", Autocast: AutocastPromote},
	{Name: "Attention", MinArgs: 3, MaxArgs: 6, Attrs: "AttentionAttrs", Shape: "shapeAttention", Flags: comp, Doc: "softmax(q k^T * scale + mask) v with a mask description (causal, window, padding operand, positions, sinks), GQA", Autocast: AutocastLower},
	{Name: "AttentionGrad", MinArgs: 5, MaxArgs: 7, Attrs: "AttentionGradAttrs", Shape: "shapeAttentionGrad", Flags: comp, Doc: "the gradient of Attention (no sinks) with respect to q, k or v (attrs.wrt) from q, k, v, its output o and the output's cotangent do, in q's dtype: flash attention's backward", NoGrad: "the backward of Attention's backward: training needs no second derivatives", Autocast: AutocastKeep},
	{Name: "LinearCrossEntropy", MinArgs: 3, MaxArgs: 4, Attrs: "LinearCrossEntropyAttrs", Shape: "shapeLinearCrossEntropy", Flags: comp, Doc: "per-row cross-entropy of the logits h w^T (+ bias) against integer labels, 0 where the label is ignore_index; computed in row chunks, the (N, V) logits never whole", Autocast: AutocastLower},
	{Name: "ExpertMatmul", MinArgs: 3, MaxArgs: 3, Attrs: "ExpertMatmulAttrs", Shape: "shapeExpertMatmul", Flags: comp, Doc: "mixture-of-experts grouped matmul: for x (N, S, Cin) with S = K or 1, stacked expert weights w (E, Cout, Cin) (transpose_w: (E, Cin, Cout)) and expert indices (N, K) clamped into [0, E), result[n, k] = w[idx[n, k]] x[n, k or 0] (N, K, Cout)", Autocast: AutocastLower},
	{Name: "QuantMatmul", MinArgs: 4, MaxArgs: 4, Attrs: "QuantMatmulAttrs", Shape: "shapeQuantMatmul", Flags: comp, Doc: "matmul with a group-quantized weight: x (..., K) times w^T, w[n, k] = round_to(scales' dtype, scales[n, g] * (q[n, k] - zeros[n, g])), g = k / group_size, q unpacked from qweight uint8 (N, K*bits/8) in kiln's packing (docs/quant.md); result (..., N) in x's dtype; gradient for x only (the packed weight is frozen)", Autocast: AutocastLower},
	{Name: "QuantMatmulCodebook", MinArgs: 4, MaxArgs: 4, Attrs: "QuantMatmulCodebookAttrs", Shape: "shapeQuantMatmulCodebook", Flags: comp, Doc: "matmul with a 4-bit codebook-quantized weight (bitsandbytes nf4/fp4): x (..., K) times w^T, w[n, k] = round_to(dtype, code[q[n, k]] * absmax[n, g]) in float32, g = k / group_size, q unpacked from qweight uint8 (N, K/2) in kiln's 4-bit packing, code a float32 (16) table, absmax float32 (N, K/group_size); result (..., N) in x's dtype; gradient for x only (the packed weight is frozen)", Autocast: AutocastLower},
	{Name: "StopGradient", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: comp, Stub: StubUnary, Doc: "x unchanged; autodiff gives its operand no cotangent (jax.lax.stop_gradient, torch's detach)", NoGrad: "stop_gradient: the result counts as a constant, which is the op's purpose", Autocast: AutocastPromote},

	// Collectives: SPMD communication among the devices of a replica group
	// (docs/ir.md, "Collectives"; docs/distributed.md). Composite so that
	// one-device backends decompose them: the identity for a group of one
	// device, an error naming the op for a larger group; interp runs them
	// on a mesh of virtual devices (package mesh).
	{Name: "AllReduce", MinArgs: 1, MaxArgs: 1, Attrs: "AllReduceAttrs", Shape: "shapeAllReduce", Flags: comp, Doc: "elementwise sum, max or min of the operand over the devices of this device's replica group; every member gets the same result", Autocast: AutocastPromote},
	{Name: "AllGather", MinArgs: 1, MaxArgs: 1, Attrs: "ShardAttrs", Shape: "shapeAllGather", Flags: comp, Doc: "concatenation along axis of the operands of the devices of this device's replica group, in group order", Autocast: AutocastPromote},
	{Name: "ReduceScatter", MinArgs: 1, MaxArgs: 1, Attrs: "ShardAttrs", Shape: "shapeReduceScatter", Flags: comp, Doc: "sum over the devices of this device's replica group, split along axis into group_size equal blocks; the member of rank r gets block r", Autocast: AutocastPromote},
}
