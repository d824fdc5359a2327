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
}

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
	{Name: "Parameter", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "function input, bound by name (weights use their Hugging Face names)", NoGrad: "source: parameters are where gradients end; autodiff returns them"},
	{Name: "Constant", Attrs: "ConstantAttrs", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "literal tensor, little-endian row-major data", NoGrad: "source: a literal has no operands"},
	{Name: "Iota", Attrs: "IotaAttrs", Shape: "shapeDeclared", Flags: []string{Source}, Doc: "result[i...] = i[dim], converted to the result dtype", NoGrad: "source: integer positions with no operands"},

	// Elementwise unary. Result type = operand type unless noted.
	{Name: "Neg", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "-x (integers wrap)"},
	{Name: "Abs", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "|x| (abs(min int) wraps to min int)"},
	{Name: "Exp", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "e^x"},
	{Name: "Log", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "natural log; log(0) = -inf, log(<0) = NaN"},
	{Name: "Log1p", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "log(1+x), accurate near 0"},
	{Name: "Sqrt", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "square root; sqrt(<0) = NaN"},
	{Name: "Rsqrt", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "1/sqrt(x); rsqrt(0) = +inf"},
	{Name: "Tanh", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "hyperbolic tangent"},
	{Name: "Erf", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "error function"},
	{Name: "Sin", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "sine (radians)"},
	{Name: "Cos", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "cosine (radians)"},
	{Name: "Sigmoid", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "1/(1+e^-x)"},
	{Name: "Sign", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameNumeric", Flags: ew, Stub: StubUnary, Doc: "-1, 0 or 1 (NaN stays NaN; sign(-0) = -0)", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)"},
	{Name: "Floor", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round toward -inf", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)"},
	{Name: "Ceil", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round toward +inf", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)"},
	{Name: "Round", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: ew, Stub: StubUnary, Doc: "round half to even (as torch.round)", NoGrad: "piecewise constant: zero gradient almost everywhere (JAX and PyTorch define it as zero)"},
	{Name: "Not", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameBoolOrInt", Flags: ew, Stub: StubUnary, Doc: "logical not for bool, bitwise not for integers", NoGrad: "boolean and integer operands only"},
	{Name: "IsFinite", MinArgs: 1, MaxArgs: 1, Shape: "shapeIsFinite", Flags: ew, Stub: StubUnary, Doc: "bool: x is neither inf nor NaN", NoGrad: "boolean result"},

	// Elementwise binary: operands have identical types (the frontend broadcasts).
	{Name: "Add", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ewc, Stub: StubBinary, Doc: "a+b (integers wrap)"},
	{Name: "Sub", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "a-b (integers wrap)"},
	{Name: "Mul", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ewc, Stub: StubBinary, Doc: "a*b (integers wrap)"},
	{Name: "Div", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "a/b; integers truncate toward zero, x/0 = -1 for integers (all bits set), MinInt/-1 = MinInt"},
	{Name: "Pow", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryFloat", Flags: ew, Stub: StubBinary, Doc: "a^b as C pow (pow(x,0)=1, pow(<0, non-integer)=NaN)"},
	{Name: "Max", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryAny", Flags: ewc, Stub: StubBinary, Doc: "maximum; NaN if either is NaN (as torch.maximum); bool: or"},
	{Name: "Min", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryAny", Flags: ewc, Stub: StubBinary, Doc: "minimum; NaN if either is NaN (as torch.minimum); bool: and"},
	{Name: "And", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical and (bool) / bitwise and (integers)", NoGrad: "boolean and integer operands only"},
	{Name: "Or", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical or (bool) / bitwise or (integers)", NoGrad: "boolean and integer operands only"},
	{Name: "Xor", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryBoolOrInt", Flags: ewc, Stub: StubBinary, Doc: "logical xor (bool) / bitwise xor (integers)", NoGrad: "boolean and integer operands only"},
	{Name: "Remainder", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryNumeric", Flags: ew, Stub: StubBinary, Doc: "truncated remainder, sign of a (C fmod / XLA rem); integer x%0 = x"},
	{Name: "ShiftLeft", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a << b; b outside [0, bits) gives 0", NoGrad: "integer operands only"},
	{Name: "ShiftRightLogical", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a >> b filling zeros; b outside [0, bits) gives 0", NoGrad: "integer operands only"},
	{Name: "ShiftRightArithmetic", MinArgs: 2, MaxArgs: 2, Shape: "shapeBinaryInt", Flags: ew, Stub: StubBinary, Doc: "a >> b filling the sign bit; b outside [0, bits) gives 0 or -1", NoGrad: "integer operands only"},
	{Name: "Compare", MinArgs: 2, MaxArgs: 2, Attrs: "CompareAttrs", Shape: "shapeCompare", Flags: ew, Doc: "bool result of eq ne lt le gt ge; any comparison with NaN is false except ne", NoGrad: "boolean result"},

	// Selection and conversion.
	{Name: "Select", MinArgs: 3, MaxArgs: 3, Shape: "shapeSelect", Flags: ew, Doc: "pred ? a : b, pred is bool of the same shape"},
	{Name: "Convert", MinArgs: 1, MaxArgs: 1, Attrs: "ConvertAttrs", Shape: "shapeConvert", Flags: ew, Doc: "dtype conversion; floats round to nearest even, float->int truncates toward zero and saturates (NaN -> 0), int->int wraps, x->bool is x != 0"},

	// Shape manipulation.
	{Name: "BroadcastInDim", MinArgs: 1, MaxArgs: 1, Attrs: "BroadcastAttrs", Shape: "shapeBroadcast", Doc: "operand dim i maps to result dim dims[i]; operand size 1 or equal"},
	{Name: "Reshape", MinArgs: 1, MaxArgs: 1, Attrs: "ReshapeAttrs", Shape: "shapeReshape", Doc: "row-major reshape to the same element count"},
	{Name: "Transpose", MinArgs: 1, MaxArgs: 1, Attrs: "TransposeAttrs", Shape: "shapeTranspose", Doc: "result dim i = operand dim perm[i]"},
	{Name: "Slice", MinArgs: 1, MaxArgs: 1, Attrs: "SliceAttrs", Shape: "shapeSlice", Doc: "static strided slice [start, limit) with stride >= 1"},
	{Name: "DynamicSlice", MinArgs: 1, MaxArgs: -1, Attrs: "DynamicSliceAttrs", Shape: "shapeDynamicSlice", Doc: "slice of static sizes at start offsets given as one integer scalar operand per dim, clamped into range"},
	{Name: "DynamicUpdateSlice", MinArgs: 2, MaxArgs: -1, Shape: "shapeDynamicUpdateSlice", Doc: "operand with update written at start offsets (one integer scalar operand per dim, clamped into range)"},
	{Name: "Concat", MinArgs: 1, MaxArgs: -1, Attrs: "ConcatAttrs", Shape: "shapeConcat", Doc: "concatenation along axis"},
	{Name: "Pad", MinArgs: 2, MaxArgs: 2, Attrs: "PadAttrs", Shape: "shapePad", Doc: "pad with a scalar value: low, high (negative crops) and interior padding per dim"},
	{Name: "Gather", MinArgs: 2, MaxArgs: 2, Attrs: "GatherAttrs", Shape: "shapeGather", Doc: "take along axis with batch dims (tf.gather); indices clamped into range"},
	{Name: "ScatterAdd", MinArgs: 3, MaxArgs: 3, Attrs: "GatherAttrs", Shape: "shapeScatterAdd", Doc: "operand plus updates added at the positions Gather would read; out-of-range indices are skipped"},

	// Reductions.
	{Name: "Reduce", MinArgs: 1, MaxArgs: 1, Attrs: "ReduceAttrs", Shape: "shapeReduce", Flags: []string{Reduction}, Doc: "sum, max, min or prod over axes (removed); empty reductions give the identity"},
	{Name: "ArgMax", MinArgs: 1, MaxArgs: 1, Attrs: "ArgAttrs", Shape: "shapeArg", Flags: []string{Reduction}, Doc: "index of the maximum along axis; first on ties; NaN counts as the maximum", NoGrad: "integer index result"},
	{Name: "ArgMin", MinArgs: 1, MaxArgs: 1, Attrs: "ArgAttrs", Shape: "shapeArg", Flags: []string{Reduction}, Doc: "index of the minimum along axis; first on ties; NaN counts as the minimum", NoGrad: "integer index result"},

	// Linear algebra.
	{Name: "DotGeneral", MinArgs: 2, MaxArgs: 2, Attrs: "DotAttrs", Shape: "shapeDot", Doc: "batched contraction; result dims = batch, lhs free, rhs free"},
	{Name: "Conv", MinArgs: 2, MaxArgs: 2, Attrs: "ConvAttrs", Shape: "shapeConv", Doc: "N-d convolution (cross-correlation), input (N,C,spatial...), kernel (O,C/groups,spatial...)"},

	// Randomness.
	{Name: "RNG", MinArgs: 1, MaxArgs: 1, Attrs: "RNGAttrs", Shape: "shapeRNG", Flags: comp, Doc: "counter-based random numbers from an i64 scalar key: uniform [0,1) or standard normal", NoGrad: "samples depend only on the integer key (JAX gives PRNG keys no cotangent)"},

	// Composites: each has a decomposition into primitives in passes/decompose.
	{Name: "Softmax", MinArgs: 1, MaxArgs: 1, Attrs: "AxisAttrs", Shape: "shapeAxisFloat", Flags: comp, Doc: "exp(x - max) / sum(exp(x - max)) along axis"},
	{Name: "LogSoftmax", MinArgs: 1, MaxArgs: 1, Attrs: "AxisAttrs", Shape: "shapeAxisFloat", Flags: comp, Doc: "x - max - log(sum(exp(x - max))) along axis"},
	{Name: "LayerNorm", MinArgs: 3, MaxArgs: 3, Attrs: "NormAttrs", Shape: "shapeNorm", Flags: comp, Doc: "(x - mean) / sqrt(var + eps) * weight + bias over the trailing dims of weight's rank"},
	{Name: "RMSNorm", MinArgs: 2, MaxArgs: 2, Attrs: "NormAttrs", Shape: "shapeNorm", Flags: comp, Doc: "x / sqrt(mean(x^2) + eps) * weight (Llama: computed in f32, weight applied in x's dtype)"},
	{Name: "Gelu", MinArgs: 1, MaxArgs: 1, Attrs: "GeluAttrs", Shape: "shapeSameFloat", Flags: comp, Doc: "x * Phi(x), exact (erf) or tanh approximation"},
	{Name: "Silu", MinArgs: 1, MaxArgs: 1, Shape: "shapeSameFloat", Flags: comp, Stub: StubUnary, Doc: "x * sigmoid(x)"},
	{Name: "Attention", MinArgs: 3, MaxArgs: 6, Attrs: "AttentionAttrs", Shape: "shapeAttention", Flags: comp, Doc: "softmax(q k^T * scale + mask) v with a mask description (causal, window, padding operand, positions, sinks), GQA"},
	{Name: "LinearCrossEntropy", MinArgs: 3, MaxArgs: 4, Attrs: "LinearCrossEntropyAttrs", Shape: "shapeLinearCrossEntropy", Flags: comp, Doc: "per-row cross-entropy of the logits h w^T (+ bias) against integer labels, 0 where the label is ignore_index; computed in row chunks, the (N, V) logits never whole"},
}
