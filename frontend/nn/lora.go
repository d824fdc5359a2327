package nn

import "github.com/kiln-ml/kiln/frontend"

// LoRA describes the low-rank update of one module, as PEFT's LoraLayer
// computes it unmerged: y = base(x) + Scaling · B(A(x)), A (Rank, in) and
// B (out, Rank) torch Linear weights. A and B are the names of the graph
// parameters that hold them (PEFT's keys, so that an adapter of the same
// structure is a rebinding of buffers, not a recompile).
type LoRA struct {
	A, B    string
	Rank    int
	Scaling float64
}

// Module is a layer an adapter may target.
type Module struct {
	Path    string // the Hugging Face module name, a Scope prefix ("model.layers.0.self_attn.q_proj")
	In, Out int    // features
	// FanInFanOut: the base weight is stored (in, out) (transformers'
	// Conv1D) rather than Linear's (out, in).
	FanInFanOut bool
}

// Adapters decides which modules carry a low-rank update. LoRA returns
// the update of module m, or nil when m is not adapted. It must be a pure
// function of m: a program is compiled once per adapter structure.
type Adapters interface {
	LoRA(m Module) *LoRA
}

type adaptersKey struct{}

// WithAdapters makes every Scope later created on g by NewScope consult a
// for the layers it declares (Linear here, GPT-2's Conv1D in package
// models). A nil a removes them.
func WithAdapters(g *frontend.Graph, a Adapters) { g.SetValue(adaptersKey{}, a) }

func adaptersOf(g *frontend.Graph) Adapters {
	a, _ := g.Value(adaptersKey{}).(Adapters)
	return a
}

// LoRAWeights is a declared low-rank update: its A (Rank, in) and B
// (out, Rank) parameters and scaling.
type LoRAWeights struct {
	A, B    *frontend.Tensor
	Scaling float64
}

// LoRA declares the low-rank update of the module this scope names, a
// layer of in features to out (weight stored (in, out) when fanInFanOut),
// when the graph's adapters target it, and returns nil otherwise.
func (s *Scope) LoRA(in, out int, fanInFanOut bool) *LoRAWeights {
	if s.adapters == nil {
		return nil
	}
	l := s.adapters.LoRA(Module{Path: s.prefix, In: in, Out: out, FanInFanOut: fanInFanOut})
	if l == nil {
		return nil
	}
	return &LoRAWeights{
		A:       s.g.Param(l.A, s.dtype, l.Rank, in),
		B:       s.g.Param(l.B, s.dtype, out, l.Rank),
		Scaling: l.Scaling,
	}
}

// Forward maps x (..., in) to the update Scaling · (x Aᵀ) Bᵀ (..., out):
// two thin products through the rank, never the dense B·A.
func (w *LoRAWeights) Forward(x *frontend.Tensor) *frontend.Tensor {
	return x.MatMulT(w.A).MatMulT(w.B).MulScalar(w.Scaling) // (..., r) -> (..., out)
}

// AddTo returns y + the update of x, or y when w is nil.
func (w *LoRAWeights) AddTo(y, x *frontend.Tensor) *frontend.Tensor {
	if w == nil {
		return y
	}
	return y.Add(w.Forward(x))
}
