package nn

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// LoRA describes the low-rank update of one module, as PEFT's LoraLayer
// computes it unmerged: y = base(x) + Scaling · B(A(x)), A (Rank, in) and
// B (out, Rank) torch Linear weights. A and B are the names of the graph
// parameters that hold them (PEFT's keys, so that an adapter of the same
// structure is a rebinding of buffers, not a recompile).
//
// Magnitude, when not "", names DoRA's magnitude vector (out): the layer
// then computes PEFT's DoraLinearLayer (see LoRAWeights.AddTo).
type LoRA struct {
	A, B      string
	Magnitude string
	Rank      int
	Scaling   float64
	// Dropout is lora_dropout: in a training program (one whose graph
	// carries a dropout, WithDropout) the update reads dropout(x) with
	// this probability, PEFT's lora_B(lora_A(dropout(x))); the base
	// layer reads x (DoRA's rescaled base term reads dropout(x), see
	// LoRAWeights.AddTo). It changes nothing in evaluation programs.
	Dropout float64
}

// Params lists the graph parameters the update declares.
func (l *LoRA) Params() []string {
	if l.Magnitude == "" {
		return []string{l.A, l.B}
	}
	return []string{l.A, l.B, l.Magnitude}
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

// Overrider is implemented by adapter sets that replace model parameters
// outright (PEFT's modules_to_save copies): Overrides maps each replaced
// parameter (its Hugging Face name) to the adapter's key for the copy.
type Overrider interface {
	Overrides() map[string]string
}

// Replaced reports whether the graph's adapters replace parameter leaf of
// this scope with a copy of their own (an Overrider listing it). A model
// whose layer shares its weight with another layer (an LM head tied to
// the input embeddings) then declares the layer's own parameter, so that
// the copy applies to that layer alone, as PEFT's ModulesToSaveWrapper
// wraps the one module: the other layer keeps reading the base weight.
func (s *Scope) Replaced(leaf string) bool {
	o, ok := s.adapters.(Overrider)
	if !ok {
		return false
	}
	_, ok = o.Overrides()[s.Name(leaf)]
	return ok
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
// (out, Rank) parameters and scaling. For DoRA, Magnitude (out) and the
// base layer's Weight ((out, in), or (in, out) when FanInFanOut) and Bias
// (nil without one) are set too.
type LoRAWeights struct {
	A, B        *frontend.Tensor
	Scaling     float64
	Dropout     float64 // lora_dropout, applied with the graph's dropout (WithDropout)
	Magnitude   *frontend.Tensor
	Weight      *frontend.Tensor
	Bias        *frontend.Tensor
	FanInFanOut bool
}

// AdapterDType is the dtype of the adapter weights (lora_A, lora_B, DoRA's
// magnitude) of a model whose weights are of dtype dt: float32 on a
// float16 or bfloat16 base, dt otherwise. PEFT's LoraModel does the same
// by default (autocast_adapter_dtype=True upcasts half-precision adapter
// weights to float32), so that the trained weights and their optimizer
// state are float32 while the frozen base stays in half precision.
func AdapterDType(dt ir.DType) ir.DType {
	if dt == ir.BFloat16 || dt == ir.Float16 {
		return ir.Float32
	}
	return dt
}

// LoRA declares the low-rank update of the module this scope names, a
// layer of in features to out (weight stored (in, out) when fanInFanOut),
// when the graph's adapters target it, and returns nil otherwise. The
// update's parameters are of AdapterDType(the scope's dtype).
func (s *Scope) LoRA(in, out int, fanInFanOut bool) *LoRAWeights {
	if s.adapters == nil {
		return nil
	}
	l := s.adapters.LoRA(Module{Path: s.prefix, In: in, Out: out, FanInFanOut: fanInFanOut})
	if l == nil {
		return nil
	}
	at := AdapterDType(s.dtype)
	w := &LoRAWeights{
		A:       s.g.Param(l.A, at, l.Rank, in),
		B:       s.g.Param(l.B, at, out, l.Rank),
		Scaling: l.Scaling,
		Dropout: l.Dropout,
	}
	if l.Magnitude != "" {
		// DoRA needs the base layer's weight and bias, declared by the
		// layer before its update (same name and type: the same tensor).
		w.Magnitude = s.g.Param(l.Magnitude, at, out)
		w.FanInFanOut = fanInFanOut
		if fanInFanOut {
			w.Weight = s.Param("weight", in, out)
		} else {
			w.Weight = s.Param("weight", out, in)
		}
		if p := s.g.Func().ParamByName(s.Name("bias")); p != nil {
			w.Bias = s.g.Param(p.Name, p.Type.DType, p.Type.Shape...)
		}
	}
	return w
}

// Forward maps x (..., in) to the update Scaling · (x' Aᵀ) Bᵀ (..., out):
// two thin products through the rank, never the dense B·A. x' is x
// converted to the adapter's dtype (PEFT's _cast_input_dtype: a bf16
// activation meets float32 adapter weights as float32), or in a training
// program with Dropout > 0 dropout of that, drawn at a site of the
// graph's dropout (one site per adapted module, in build order). The
// result is in the adapter's dtype.
func (w *LoRAWeights) Forward(x *frontend.Tensor) *frontend.Tensor {
	x = x.AsType(w.A.DType())
	if w.Dropout > 0 {
		x = DropoutOf(x.Graph()).Apply(x, w.Dropout) // nil (evaluation): x itself
	}
	return x.MatMulT(w.A).MatMulT(w.B).MulScalar(w.Scaling) // (..., r) -> (..., out)
}

// AddTo returns y + the update of x, or y when w is nil; y is the base
// layer's output for x (bias included). When the adapter's dtype is wider
// than y's (float32 adapter weights on a bf16 base), the sum is formed in
// the adapter's dtype and rounded once to y's, as PEFT adds the float32
// update to the base result (torch's promotion) and casts the sum back
// to the base result's dtype. Under bf16 autocast (passes.Autocast) the
// adapter's products then run in bf16 with float32 accumulation, as
// torch's autocast runs PEFT's lora_A and lora_B.
//
// With DoRA it is PEFT's DoraLinearLayer (DoraLinearVariant.forward):
// with V = W + Scaling·B·A (W in the (out, in) layout) and its
// per-output-row L2 norm n, held constant for the gradient
// (stop_gradient: PEFT detaches it, section 4.3 of the DoRA paper),
// s = Magnitude / n and the result is
// y + (s - 1)·base + s·Scaling·B(A(x')). In evaluation programs, and in
// training without lora_dropout, x' = x and base = y - bias, so that
// without the bias it equals x (s·V)ᵀ, the merged layer. In a training
// program with lora_dropout, x' = dropout(x) and base = x' Wᵀ (no bias),
// as PEFT recomputes it from the dropped-out input.
func (w *LoRAWeights) AddTo(y, x *frontend.Tensor) *frontend.Tensor {
	if w == nil {
		return y
	}
	yt := y.DType()
	at := w.A.DType()
	if w.Magnitude == nil {
		return y.AsType(at).Add(w.Forward(x)).AsType(yt)
	}
	// PEFT's DoRA forward sees x cast to the adapter's dtype, and adds
	// its float32 terms to the base result before casting back.
	// (PEFT subtracts the bias from the base result in its own dtype.)
	x = x.AsType(at)
	s := w.Magnitude.Div(w.weightNorm().StopGradient()).AsType(at) // (out)
	var base *frontend.Tensor
	if d := DropoutOf(x.Graph()); d != nil && w.Dropout > 0 {
		x = d.Apply(x, w.Dropout)
		if w.FanInFanOut {
			base = x.MatMul(w.Weight.AsType(x.DType()))
		} else {
			base = x.MatMulT(w.Weight.AsType(x.DType()))
		}
	} else {
		base = y
		if w.Bias != nil {
			base = y.Sub(w.Bias.AsType(yt))
		}
		base = base.AsType(at)
	}
	lora := x.MatMulT(w.A).MatMulT(w.B).MulScalar(w.Scaling)
	return y.AsType(at).Add(base.Mul(s.AddScalar(-1)).Add(lora.Mul(s))).AsType(yt)
}

// weightNorm is the L2 norm of each output row of W + Scaling·B·A,
// computed in float32 (out).
func (w *LoRAWeights) weightNorm() *frontend.Tensor {
	wt := w.Weight
	if w.FanInFanOut {
		wt = wt.T()
	}
	f32 := func(t *frontend.Tensor) *frontend.Tensor {
		if t.DType() == ir.Float32 {
			return t
		}
		return t.AsType(ir.Float32)
	}
	ba := f32(w.B).MatMul(f32(w.A)) // (out, in)
	v := f32(wt).Add(ba.MulScalar(w.Scaling))
	n := v.Mul(v).Sum(1).Sqrt()
	return n.AsType(w.Magnitude.DType())
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
