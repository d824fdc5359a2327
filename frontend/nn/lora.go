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
	// Dropout is lora_dropout: in a training program (one whose graph
	// carries a dropout, WithDropout) the update reads dropout(x) with
	// this probability, PEFT's lora_B(lora_A(dropout(x))); the base
	// layer reads x. It changes nothing in evaluation programs.
	Dropout float64
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
	Dropout float64 // lora_dropout, applied with the graph's dropout (WithDropout)
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
		Dropout: l.Dropout,
	}
}

// Forward maps x (..., in) to the update Scaling · (x' Aᵀ) Bᵀ (..., out):
// two thin products through the rank, never the dense B·A. x' is x, or
// in a training program with Dropout > 0 dropout(x) drawn at a site of
// the graph's dropout (one site per adapted module, in build order).
func (w *LoRAWeights) Forward(x *frontend.Tensor) *frontend.Tensor {
	if w.Dropout > 0 {
		x = DropoutOf(x.Graph()).Apply(x, w.Dropout) // nil (evaluation): x itself
	}
	return x.MatMulT(w.A).MatMulT(w.B).MulScalar(w.Scaling) // (..., r) -> (..., out)
}

// AddTo returns y + the update of x, or y when w is nil.
func (w *LoRAWeights) AddTo(y, x *frontend.Tensor) *frontend.Tensor {
	if w == nil {
		return y
	}
	return y.Add(w.Forward(x))
}

type dropoutKey struct{}

// WithDropout records d as the training-mode dropout of g's program, so
// that layers other than the model's own code (LoRA's lora_dropout) draw
// their masks from the same seed at further sites. A nil d (evaluation)
// records none.
func WithDropout(g *frontend.Graph, d *Dropout) { g.SetValue(dropoutKey{}, d) }

// DropoutOf returns the dropout WithDropout recorded on g, or nil.
func DropoutOf(g *frontend.Graph) *Dropout {
	d, _ := g.Value(dropoutKey{}).(*Dropout)
	return d
}
