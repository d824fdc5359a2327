package nn

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Linear is torch.nn.Linear: y = x W^T + b with W of shape (out, in), the
// Hugging Face layout, declared as <scope>.weight and <scope>.bias.
type Linear struct {
	Weight  *frontend.Tensor // (out, in)
	Bias    *frontend.Tensor // (out), nil without bias
	In, Out int
	LoRA    *LoRAWeights // the adapter's low-rank update, nil without one
	// Quant is the kiln-packed quantized weight that replaces Weight (nil)
	// when the graph marks the layer quantized (WithQuantized).
	Quant *QuantWeights
}

// NewLinear declares the weights of a linear layer in scope s.
func NewLinear(s *Scope, in, out int, bias bool) *Linear {
	l := &Linear{In: in, Out: out}
	if l.Quant = newQuantWeights(s, in, out); l.Quant == nil {
		l.Weight = s.Param("weight", out, in)
	}
	if bias {
		l.Bias = s.Param("bias", out)
	}
	l.LoRA = s.LoRA(in, out, false)
	return l
}

// Forward maps x (..., in) to (..., out). The weight is contracted in
// place (no transpose, no per-batch copy). With a bias on 16-bit floats the
// product stays in float32 until the bias is added and is rounded once, as
// torch's fused addmm does. With a LoRA update, Scaling · B(A(x)) is added
// to the base layer's output, as PEFT's unmerged forward does.
func (l *Linear) Forward(x *frontend.Tensor) *frontend.Tensor {
	return l.LoRA.AddTo(l.base(x), x)
}

func (l *Linear) base(x *frontend.Tensor) *frontend.Tensor {
	dt := x.DType()
	if l.Quant != nil {
		y := l.Quant.matmulT(x)
		if l.Bias != nil {
			y = y.Add(l.Bias)
		}
		return y
	}
	if l.Bias == nil {
		return x.MatMulT(l.Weight) // (..., out)
	}
	if dt != ir.Float16 && dt != ir.BFloat16 {
		return x.MatMulT(l.Weight).Add(l.Bias)
	}
	y := x.DotGeneral(l.Weight, frontend.DotDims{LhsContract: []int{-1}, RhsContract: []int{1}, Out: ir.Float32})
	return y.Add(l.Bias.AsType(ir.Float32)).AsType(dt)
}

// Embedding is torch.nn.Embedding: a (num, dim) table, <scope>.weight.
type Embedding struct {
	Weight   *frontend.Tensor // (num, dim)
	Num, Dim int
}

// NewEmbedding declares an embedding table in scope s.
func NewEmbedding(s *Scope, num, dim int) *Embedding {
	return &Embedding{Weight: s.Param("weight", num, dim), Num: num, Dim: dim}
}

// Forward looks up integer ids (...) and returns (..., dim). Out-of-range
// ids are clamped (the IR's gather semantics).
func (e *Embedding) Forward(ids *frontend.Tensor) *frontend.Tensor {
	return e.Weight.Take(ids, 0)
}

// Attend multiplies x (..., dim) by the table's transpose, giving (..., num):
// the language-model head of models with tied embeddings.
func (e *Embedding) Attend(x *frontend.Tensor) *frontend.Tensor { return x.MatMulT(e.Weight) }

// LayerNorm is torch.nn.LayerNorm over the last axis: <scope>.weight and,
// optionally, <scope>.bias, both (dim).
type LayerNorm struct {
	Weight, Bias *frontend.Tensor // nil when absent
	Eps          float64
}

// LayerNormOptions selects the affine parameters (torch's
// elementwise_affine and bias arguments).
type LayerNormOptions struct {
	NoWeight bool // elementwise_affine=False: neither weight nor bias
	NoBias   bool // bias=False
}

// NewLayerNorm declares a LayerNorm over a last axis of size dim.
func NewLayerNorm(s *Scope, dim int, eps float64, o LayerNormOptions) *LayerNorm {
	n := &LayerNorm{Eps: eps}
	if !o.NoWeight {
		n.Weight = s.Param("weight", dim)
		if !o.NoBias {
			n.Bias = s.Param("bias", dim)
		}
	}
	return n
}

// Forward normalises x (..., dim) through the LayerNorm op.
func (n *LayerNorm) Forward(x *frontend.Tensor) *frontend.Tensor {
	return x.LayerNorm(n.Weight, n.Bias, n.Eps)
}

// RMSNorm is Llama's RMSNorm: x / sqrt(mean(x^2) + eps) * weight, with
// <scope>.weight (dim), through the RMSNorm op (normalised in float32, the
// weight applied in x's dtype). UnitOffset is Gemma's variant: everything,
// (1 + weight) included, in float32 (or x's dtype if wider), then cast
// back to x's dtype.
type RMSNorm struct {
	Weight     *frontend.Tensor
	Eps        float64
	UnitOffset bool
}

// NewRMSNorm declares an RMSNorm over a last axis of size dim.
func NewRMSNorm(s *Scope, dim int, eps float64) *RMSNorm {
	return &RMSNorm{Weight: s.Param("weight", dim), Eps: eps}
}

// Forward normalises x (..., dim).
func (n *RMSNorm) Forward(x *frontend.Tensor) *frontend.Tensor {
	if n.UnitOffset {
		dt := x.DType()
		if dt == ir.Float16 || dt == ir.BFloat16 {
			dt = ir.Float32
		}
		w := n.Weight.AsType(dt).AddScalar(1)
		return x.AsType(dt).RMSNorm(w, n.Eps).AsType(x.DType())
	}
	return x.RMSNorm(n.Weight, n.Eps)
}

// MLP is the gated feed-forward block of Llama-style models:
// down(act(gate(x)) * up(x)), weights <scope>.gate_proj, up_proj, down_proj.
type MLP struct {
	Gate, Up, Down *Linear
	Act            func(*frontend.Tensor) *frontend.Tensor
}

// NewGatedMLP declares a gated MLP with activation act (an ACT2FN name).
func NewGatedMLP(s *Scope, hidden, intermediate int, bias bool, act string) (*MLP, error) {
	fn, err := Activation(act)
	if err != nil {
		return nil, err
	}
	return &MLP{
		Gate: NewLinear(s.Sub("gate_proj"), hidden, intermediate, bias),
		Up:   NewLinear(s.Sub("up_proj"), hidden, intermediate, bias),
		Down: NewLinear(s.Sub("down_proj"), intermediate, hidden, bias),
		Act:  fn,
	}, nil
}

// Forward maps x (..., hidden) to (..., hidden).
func (m *MLP) Forward(x *frontend.Tensor) *frontend.Tensor {
	return m.Down.Forward(m.Act(m.Gate.Forward(x)).Mul(m.Up.Forward(x)))
}
