package ir

import "fmt"

// Attrs structs carry the static parameters of an op. Value.Attrs holds a
// pointer to the struct the op table names (nil for ops without attrs).
// Field tags `attr:"name"` give the names used by the text format; every
// field is printed and parsed, so attrs must hold only ints, floats, bools,
// DTypes, Shapes, int slices, byte slices and the enums below.
//
// Axes and dims in attrs are always non-negative and in range: the frontend
// normalises Python-style negative axes before building a value.

// ConstantAttrs holds a literal: the little-endian, row-major bytes of the
// value's type (len(Data) == Type.Bytes()). Bool is one byte, 0 or 1.
type ConstantAttrs struct {
	Data []byte `attr:"value"`
}

// IotaAttrs: result[idx] = idx[Dim].
type IotaAttrs struct {
	Dim int `attr:"dim"`
}

// CompareAttrs selects the comparison of Compare.
type CompareAttrs struct {
	Dir CompareDir `attr:"dir"`
}

// ConvertAttrs gives the target dtype of Convert.
type ConvertAttrs struct {
	To DType `attr:"to"`
}

// BroadcastAttrs: operand dim i becomes result dim Dims[i]; Dims is strictly
// increasing; each operand dim is 1 or equals the result dim.
type BroadcastAttrs struct {
	Shape Shape `attr:"shape"`
	Dims  []int `attr:"dims"`
}

// ReshapeAttrs gives the result shape (same element count).
type ReshapeAttrs struct {
	Shape Shape `attr:"shape"`
}

// TransposeAttrs: result dim i is operand dim Perm[i].
type TransposeAttrs struct {
	Perm []int `attr:"perm"`
}

// SliceAttrs: per dim, elements Start, Start+Stride, ... < Limit.
type SliceAttrs struct {
	Start  []int `attr:"start"`
	Limit  []int `attr:"limit"`
	Stride []int `attr:"stride"`
}

// DynamicSliceAttrs gives the static sizes of the slice.
type DynamicSliceAttrs struct {
	Sizes []int `attr:"sizes"`
}

// ConcatAttrs gives the concatenation axis.
type ConcatAttrs struct {
	Axis int `attr:"axis"`
}

// PadAttrs: per dim, Low and High elements of padding (negative crops) and
// Interior elements between neighbours (>= 0).
type PadAttrs struct {
	Low      []int `attr:"low"`
	High     []int `attr:"high"`
	Interior []int `attr:"interior"`
}

// GatherAttrs describes Gather and ScatterAdd as tf.gather(params, indices,
// axis, batch_dims): the first BatchDims dims of operand and indices match;
// result shape = operand[:Axis] + indices[BatchDims:] + operand[Axis+1:].
// BatchDims <= Axis.
type GatherAttrs struct {
	Axis      int `attr:"axis"`
	BatchDims int `attr:"batch_dims"`
}

// ReduceAttrs: Kind over Axes (strictly increasing); those dims are removed.
type ReduceAttrs struct {
	Kind ReduceKind `attr:"kind"`
	Axes []int      `attr:"axes"`
}

// ArgAttrs: the axis of ArgMax/ArgMin (removed) and the integer result dtype.
type ArgAttrs struct {
	Axis int   `attr:"axis"`
	Out  DType `attr:"out"`
}

// DotAttrs describes DotGeneral. Batch dims pair up in order, as do the
// contracting dims. The result has the batch dims, then lhs's remaining dims,
// then rhs's remaining dims, each in operand order. Floats accumulate in at
// least float32; Out is the result dtype.
type DotAttrs struct {
	LhsBatch    []int `attr:"lhs_batch"`
	RhsBatch    []int `attr:"rhs_batch"`
	LhsContract []int `attr:"lhs_contract"`
	RhsContract []int `attr:"rhs_contract"`
	Out         DType `attr:"out"`
}

// FreeDims returns the dims of lhs (rank lhsRank) and rhs (rank rhsRank)
// that are neither batch nor contracting dims, in operand order: the
// result's dims after the batch dims are lhs's free dims then rhs's.
func (a *DotAttrs) FreeDims(lhsRank, rhsRank int) (lhs, rhs []int) {
	return freeDims(lhsRank, a.LhsBatch, a.LhsContract), freeDims(rhsRank, a.RhsBatch, a.RhsContract)
}

func freeDims(rank int, batch, contract []int) []int {
	used := make([]bool, rank)
	for _, d := range batch {
		used[d] = true
	}
	for _, d := range contract {
		used[d] = true
	}
	var f []int
	for d := 0; d < rank; d++ {
		if !used[d] {
			f = append(f, d)
		}
	}
	return f
}

// ConvAttrs describes Conv in PyTorch layout: input (N, C, S...), kernel
// (O, C/Groups, K...), result (N, O, S'...). One entry per spatial dim in
// Strides, PadLow, PadHigh and Dilation (kernel dilation).
type ConvAttrs struct {
	Strides  []int `attr:"strides"`
	PadLow   []int `attr:"pad_low"`
	PadHigh  []int `attr:"pad_high"`
	Dilation []int `attr:"dilation"`
	Groups   int   `attr:"groups"`
}

// RNGAttrs describes RNG: the distribution and the result type. The key
// operand is an i64 scalar; element i of the result is a pure function of
// (key, i), defined in docs/ir.md, identical on every backend.
type RNGAttrs struct {
	Dist  RNGDist `attr:"dist"`
	DType DType   `attr:"dtype"`
	Shape Shape   `attr:"shape"`
}

// AxisAttrs gives the axis of Softmax and LogSoftmax.
type AxisAttrs struct {
	Axis int `attr:"axis"`
}

// NormAttrs gives the epsilon of LayerNorm and RMSNorm.
type NormAttrs struct {
	Eps float64 `attr:"eps"`
}

// GeluAttrs selects the exact (erf) or tanh-approximated GELU.
type GeluAttrs struct {
	Approx GeluApprox `attr:"approx"`
}

// AttentionAttrs is the mask description of Attention. Operands are
// q (B, Hq, Tq, D), k (B, Hkv, Tk, D), v (B, Hkv, Tk, Dv), then, in this order
// and only when flagged: the padding mask (B, Tk) bool (true = attend),
// query positions (Tq) or (B, Tq) integer (the key index each query sits
// at; default Tk-Tq+i), sinks (Hq) float (a per-head logit that joins the
// softmax denominator only). Hq must be a multiple of Hkv (GQA).
// Query at position p may see key j when: mask[b,j], and if Causal j <= p,
// and if Window > 0 p - j < Window, and if also SymmetricWindow j - p <
// Window (a window on both sides, |p - j| < Window: the bidirectional
// local attention of encoders such as ModernBERT; it needs Window > 0).
// Rows that see no key give zeros.
// SoftCap > 0 applies cap*tanh(s/cap) to the scaled scores.
type AttentionAttrs struct {
	Scale  float64 `attr:"scale"`
	Causal bool    `attr:"causal"`
	Window int     `attr:"window"`
	// SymmetricWindow bounds keys after the query too: j - p < Window.
	SymmetricWindow bool    `attr:"symmetric_window"`
	SoftCap         float64 `attr:"softcap"`
	HasMask         bool    `attr:"has_mask"`
	HasPositions    bool    `attr:"has_positions"`
	HasSinks        bool    `attr:"has_sinks"`
}

// OptionalArgs returns the operand indices of the optional operands — the
// padding mask, the positions and the sinks, which follow q, k and v in
// that order when flagged — or -1 for each one that is absent.
func (a *AttentionAttrs) OptionalArgs() (mask, positions, sinks int) {
	mask, positions, sinks = -1, -1, -1
	next := 3
	if a.HasMask {
		mask, next = next, next+1
	}
	if a.HasPositions {
		positions, next = next, next+1
	}
	if a.HasSinks {
		sinks = next
	}
	return
}

// AttentionGradAttrs describes AttentionGrad: the Attention whose gradient
// it is (the same fields; sinks are not supported) and the operand the
// gradient is for: 0 q, 1 k, 2 v. Operands are q, k, v, the Attention's
// output o and its cotangent do (o's type), then the padding mask and the
// positions when flagged, as Attention takes them.
type AttentionGradAttrs struct {
	Scale           float64 `attr:"scale"`
	Causal          bool    `attr:"causal"`
	Window          int     `attr:"window"`
	SymmetricWindow bool    `attr:"symmetric_window"`
	SoftCap         float64 `attr:"softcap"`
	HasMask         bool    `attr:"has_mask"`
	HasPositions    bool    `attr:"has_positions"`
	Wrt             int     `attr:"wrt"`
}

// Forward returns the attributes of the Attention whose gradient a is.
func (a *AttentionGradAttrs) Forward() *AttentionAttrs {
	return &AttentionAttrs{Scale: a.Scale, Causal: a.Causal, Window: a.Window, SymmetricWindow: a.SymmetricWindow, SoftCap: a.SoftCap,
		HasMask: a.HasMask, HasPositions: a.HasPositions}
}

// NewAttentionGradAttrs returns the attributes of the gradient of an
// Attention with attributes f with respect to operand wrt (0 q, 1 k, 2 v).
func NewAttentionGradAttrs(f *AttentionAttrs, wrt int) *AttentionGradAttrs {
	return &AttentionGradAttrs{Scale: f.Scale, Causal: f.Causal, Window: f.Window, SymmetricWindow: f.SymmetricWindow, SoftCap: f.SoftCap,
		HasMask: f.HasMask, HasPositions: f.HasPositions, Wrt: wrt}
}

// ForwardArgs returns, from AttentionGrad's operands args, the operands of
// its Attention (q, k, v, then the mask and positions when flagged).
func (a *AttentionGradAttrs) ForwardArgs(args []*Value) []*Value {
	return append(append([]*Value{}, args[:3]...), args[5:]...)
}

// LinearCrossEntropyAttrs describes LinearCrossEntropy: the label that
// gives a zero loss (PyTorch's ignore_index) and the rows per chunk of
// the decomposition and the gradient (0: ChunkRowsFor picks them).
type LinearCrossEntropyAttrs struct {
	ChunkRows   int `attr:"chunk_rows"`
	IgnoreIndex int `attr:"ignore_index"`
}

// ChunkTargetBytes bounds the float32 logits of one chunk of
// LinearCrossEntropy when ChunkRows is 0 (32 MiB: 64 rows of Llama-3's
// 128256-token vocabulary).
const ChunkTargetBytes = 32 << 20

// ChunkRowsFor returns the rows per chunk for n rows over a vocabulary
// of v: ChunkRows when set (at most n), else the most rows whose float32
// logits fit ChunkTargetBytes, rounded down to a multiple of 8 when that
// is at least 8, at least 1 and at most n, then evened out: the same
// number of chunks with rows ceil(n / chunks) (rounded up to a multiple
// of 8 when the bound is one), so that the last chunk is not a sliver
// (512 rows of GPT-2's vocabulary: 4 chunks of 128, not 3 of 160 and one
// of 32, whose products run on slower few-row kernels). It is 0 only
// when n is 0.
func (a *LinearCrossEntropyAttrs) ChunkRowsFor(n, v int) int {
	if a.ChunkRows > 0 {
		return min(a.ChunkRows, n)
	}
	return evenChunks(n, ChunkTargetBytes/(4*max(v, 1)))
}

// GradChunkTargetBytes bounds the float32 logits of one chunk of
// LinearCrossEntropy's gradient (1 GiB).
const GradChunkTargetBytes = 1 << 30

// GradChunkRowsFor returns the rows per chunk of LinearCrossEntropy's
// gradient on a backend that wants wide chunks (autodiff.Options.WideChunks,
// XLA) for n rows, a vocabulary of v and a hidden size of c: ChunkRows
// when set (at most n), else chunks of at least 4c rows within
// GradChunkTargetBytes of float32 logits, and never fewer rows than
// ChunkRowsFor, evened out as ChunkRowsFor does; at least two chunks when
// ChunkRowsFor makes more than one (the whole logits never exist). Each chunk of the
// gradient writes a (v, c) float32 partial of dw that is then summed, so
// chunks of few rows spend more memory traffic on the partials than on
// their logits (GPT-2 on 16k tokens: 34 partials of 147 MiB with
// ChunkRowsFor's 480 rows); with 4c rows a partial costs at most half a
// pass over its chunk's logits.
func (a *LinearCrossEntropyAttrs) GradChunkRowsFor(n, v, c int) int {
	if a.ChunkRows > 0 {
		return min(a.ChunkRows, n)
	}
	fwd := ChunkTargetBytes / (4 * max(v, 1))
	rows := max(min(4*max(c, 1), GradChunkTargetBytes/(4*max(v, 1))), fwd)
	if n > fwd {
		rows = min(rows, (n+1)/2) // the logits never exist whole: at least two chunks
	}
	return evenChunks(n, rows)
}

// evenChunks splits n rows into chunks of at most rows (rounded down to a
// multiple of 8 when that is at least 8; at least 1) and returns the rows
// of each when they are evened out: ceil(n / chunks), rounded up to a
// multiple of 8 when the bound is one. 0 only when n is 0.
func evenChunks(n, rows int) int {
	if rows >= 8 {
		rows &^= 7
	}
	rows = max(min(rows, n), min(n, 1))
	if rows == 0 {
		return 0
	}
	chunks := (n + rows - 1) / rows
	even := (n + chunks - 1) / chunks
	if rows%8 == 0 {
		even = (even + 7) &^ 7 // at most rows: rows >= n/chunks and a multiple of 8
	}
	return min(even, rows)
}

// CompareDir is the direction of a comparison.
type CompareDir uint8

// Comparison directions.
const (
	EQ CompareDir = iota
	NE
	LT
	LE
	GT
	GE
)

var compareNames = []string{"eq", "ne", "lt", "le", "gt", "ge"}

func (d CompareDir) String() string { return enumName(compareNames, int(d)) }

// UnmarshalText parses the text-format name of d.
func (d *CompareDir) UnmarshalText(b []byte) error { return enumParse(compareNames, b, (*uint8)(d)) }

// ReduceKind is the combining function of Reduce.
type ReduceKind uint8

// Reduction kinds.
const (
	ReduceSum ReduceKind = iota
	ReduceMax
	ReduceMin
	ReduceProd
)

var reduceNames = []string{"sum", "max", "min", "prod"}

func (k ReduceKind) String() string { return enumName(reduceNames, int(k)) }

// UnmarshalText parses the text-format name of k.
func (k *ReduceKind) UnmarshalText(b []byte) error { return enumParse(reduceNames, b, (*uint8)(k)) }

// RNGDist is the distribution of RNG.
type RNGDist uint8

// RNG distributions.
const (
	Uniform RNGDist = iota // [0, 1)
	Normal                 // mean 0, standard deviation 1
)

var rngNames = []string{"uniform", "normal"}

func (d RNGDist) String() string { return enumName(rngNames, int(d)) }

// UnmarshalText parses the text-format name of d.
func (d *RNGDist) UnmarshalText(b []byte) error { return enumParse(rngNames, b, (*uint8)(d)) }

// GeluApprox selects the GELU formula.
type GeluApprox uint8

// GELU forms: HF "gelu" is GeluExact; "gelu_new"/"gelu_pytorch_tanh" are GeluTanh.
const (
	GeluExact GeluApprox = iota
	GeluTanh
)

var geluNames = []string{"none", "tanh"}

func (a GeluApprox) String() string { return enumName(geluNames, int(a)) }

// UnmarshalText parses the text-format name of a.
func (a *GeluApprox) UnmarshalText(b []byte) error { return enumParse(geluNames, b, (*uint8)(a)) }

func enumName(names []string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("invalid(%d)", i)
}

func enumParse(names []string, b []byte, out *uint8) error {
	for i, n := range names {
		if n == string(b) {
			*out = uint8(i)
			return nil
		}
	}
	return fmt.Errorf("unknown value %q (want one of %v)", b, names)
}

// MarshalText implements encoding.TextMarshaler with the text-format name.
func (d DType) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses a dtype name (see ParseDType).
func (d *DType) UnmarshalText(b []byte) error {
	v, err := ParseDType(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ExpertMatmulAttrs describes ExpertMatmul, the grouped GEMM of a
// mixture-of-experts layer. The weights are stacked per expert in the
// Hugging Face Linear layout (E, Cout, Cin); TransposeW reads them as
// (E, Cin, Cout) instead and contracts their axis 1 (the gradient with
// respect to x multiplies by the transposed expert weights without a copy).
type ExpertMatmulAttrs struct {
	TransposeW bool `attr:"transpose_w"`
}

// QuantMatmulAttrs describes QuantMatmul, the matmul with a group-quantized
// weight. Bits is 4 or 8; GroupSize (> 0) divides K, and for 4 bits is a
// multiple of 32 (the packing's block). The packing (docs/quant.md,
// "kiln's packing"): row n of qweight (N, K*Bits/8) holds q[n, 0..K-1];
// 8 bits: byte k is q[n, k]; 4 bits: in each block of 32 values (16
// bytes) starting at k0, byte j holds q[n, k0+j] in its low nibble and
// q[n, k0+16+j] in its high nibble, so that both nibble halves of a
// 16-byte load line up with 16 consecutive elements of x.
type QuantMatmulAttrs struct {
	Bits      int `attr:"bits"`
	GroupSize int `attr:"group_size"`
}

// QuantMatmulCodebookAttrs describes QuantMatmulCodebook, the matmul with
// a 4-bit codebook-quantized weight (bitsandbytes' nf4 and fp4): the codes
// are packed as QuantMatmul's 4 bits (kiln's packing, blocks of 32 inputs
// in 16 bytes), GroupSize (> 0, a multiple of 32) inputs of a row share
// one absmax, and each weight code[q] * absmax is computed in float32 and
// rounded to DType (float32, float16 or bfloat16: the dtype bitsandbytes'
// quant_state dequantizes to), so the op equals quant's load-time
// dequantization exactly.
type QuantMatmulCodebookAttrs struct {
	GroupSize int   `attr:"group_size"`
	DType     DType `attr:"dtype"`
}
