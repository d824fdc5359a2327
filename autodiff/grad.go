// Package autodiff is kiln's reverse-mode automatic differentiation: Grad
// transforms an ir.Func computing a scalar loss into one that also returns
// the loss's gradient with respect to chosen parameters. It is a transform
// (ir.Func -> new ir.Func) rather than an in-place pass because it changes
// the signature.
//
// Gradient rules are written with the frontend, like the decompositions
// of package passes, one file per op family (rules_*.go), and registered
// against the op table: every op either has a rule here or carries a
// reason in the table's gradient column (ir.OpInfo.NoGrad). Composite ops
// without a fused rule are differentiated through their decomposition.
// docs/autodiff.md describes what is differentiable and what is left.
package autodiff

import (
	"fmt"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// Options tune Grad. The zero value is valid.
type Options struct {
	// GradPrefix is prepended to a parameter's name to name its gradient
	// result; empty means "grad/".
	GradPrefix string
	// Loss names the result to differentiate (a model's "loss" output);
	// empty means result 0.
	Loss string
	// WideChunks sizes the chunks of linear_cross_entropy's gradient for
	// its (V, C) float32 dW partials (ir's GradChunkRowsFor) instead of
	// reusing the forward's cache-sized chunks (ChunkRowsFor), and gives
	// the forward the same chunks (the op's chunk_rows, where the model
	// left it 0): what XLA wants (it sums all partials in one fusion, and
	// each chunk is a GEMM and its reductions), not what a CPU wants
	// (backends.Capabilities.WideChunks says which).
	WideChunks bool
	// HalfCotangents holds the cotangent of every float16/bfloat16 value
	// in that value's own dtype, as torch's autograd does under autocast
	// (the grad_output of a bf16 op is bf16), instead of float32: half the
	// bytes for every activation gradient that crosses a kernel boundary.
	// Rules still compute in float32 (Context.DOut and Arg are float32),
	// the half dots' backward products are emitted with half results
	// (float32 accumulation), and fan-out sums are in the value's dtype.
	// Gradients of the wrt parameters stay in GradType (float32 for half
	// parameters; autocast's float32 masters are float32 anyway).
	HalfCotangents bool
}

// Grad returns a new function with f's parameters that returns f's
// results followed by one gradient per name in wrt (in wrt's order), the
// gradient of the loss (f's result 0, or the result named opts.Loss; a
// float scalar) with respect to that parameter. f itself is not modified.
//
// Guarantees:
//   - A parameter used several times (fan-out, tied weights such as GPT-2's
//     wte as embedding and LM head) gets one gradient: the sum of every
//     use's contribution.
//   - Gradients are float32 for float16 and bfloat16 parameters, and every
//     cotangent of a half-precision value is held and accumulated in
//     float32 (bf16 forward, float32 accumulation); float32 and float64
//     parameters get gradients of their own dtype.
//   - A parameter the loss does not depend on gets a zero gradient.
//   - Gradients do not flow through ops the table marks non-differentiable
//     (ir.OpInfo.NoGrad): their results count as constants, as
//     stop_gradient would make them.
//
// Errors name the offending argument: an unknown, repeated or non-float
// (integer, bool) parameter in wrt, a loss that is missing or not a float
// scalar, a gradient name that collides with one of f's result names, or
// an op on the path from a parameter to the loss without a rule.
func Grad(f *ir.Func, wrt []string, opts Options) (*ir.Func, error) {
	if f == nil {
		return nil, fmt.Errorf("autodiff.Grad: nil function")
	}
	lossIndex, lossName := 0, "result 0"
	if opts.Loss != "" {
		lossIndex, lossName = -1, fmt.Sprintf("result %q", opts.Loss)
		for i, n := range f.ResultNames {
			if n == opts.Loss {
				lossIndex = i
			}
		}
		if lossIndex < 0 {
			return nil, fmt.Errorf("autodiff.Grad: Options.Loss: function %q has no result %q", f.Name, opts.Loss)
		}
	}
	if len(f.Results) == 0 {
		return nil, fmt.Errorf("autodiff.Grad: function %q has no results; result 0 must be the scalar loss", f.Name)
	}
	if lt := f.Results[lossIndex].Type; !lt.DType.IsFloat() || lt.Shape.Rank() != 0 {
		return nil, fmt.Errorf("autodiff.Grad: function %q: %s (the loss) is %s, want a float scalar", f.Name, lossName, lt)
	}
	prefix := opts.GradPrefix
	if prefix == "" {
		prefix = "grad/"
	}
	taken := map[string]bool{}
	for _, n := range f.ResultNames {
		taken[n] = true
	}
	seen := map[string]bool{}
	for _, name := range wrt {
		p := f.ParamByName(name)
		switch {
		case p == nil:
			return nil, fmt.Errorf("autodiff.Grad: wrt: function %q has no parameter %q", f.Name, name)
		case seen[name]:
			return nil, fmt.Errorf("autodiff.Grad: wrt: parameter %q named twice", name)
		case !p.Type.DType.IsFloat():
			return nil, fmt.Errorf("autodiff.Grad: wrt: parameter %q is %s; only float parameters have gradients", name, p.Type)
		case taken[prefix+name]:
			return nil, fmt.Errorf("autodiff.Grad: the gradient of %q would be named %q, which function %q already returns (set Options.GradPrefix)", name, prefix+name, f.Name)
		}
		seen[name] = true
	}

	c := f.Clone()
	// Composites without a fused rule are differentiated through their
	// decomposition into primitives; the ones with a reason in the
	// gradient column (RNG) stay, their results being constants.
	keep := func(op ir.Op) bool { _, fused := rules[op]; return fused || op.Info().NoGrad != "" }
	if err := passes.Decompose(keep)(c); err != nil {
		return nil, fmt.Errorf("autodiff.Grad: function %q: %w", f.Name, err)
	}
	if opts.WideChunks {
		widenCrossEntropyChunks(c)
	}
	params := make([]*ir.Value, len(wrt))
	for i, name := range wrt {
		params[i] = c.ParamByName(name)
	}
	grads, err := backward(c, c.Results[lossIndex], params, opts)
	if err != nil {
		return nil, fmt.Errorf("autodiff.Grad: function %q: %w", f.Name, err)
	}
	results := append([]*ir.Value(nil), c.Results...)
	names := append([]string(nil), c.ResultNames...)
	for i, name := range wrt {
		results = append(results, grads[i])
		names = append(names, prefix+name)
	}
	c.SetResults(results, names)
	if err := passes.DeadCode(c); err != nil {
		return nil, fmt.Errorf("autodiff.Grad: function %q: %w", f.Name, err)
	}
	if err := ir.Check(c); err != nil {
		return nil, fmt.Errorf("autodiff.Grad: function %q: the gradient function is invalid: %w", f.Name, err)
	}
	return c, nil
}

// widenCrossEntropyChunks gives every linear_cross_entropy of f without
// an explicit chunk_rows the gradient's wide chunks (GradChunkRowsFor), so
// that its forward runs in the same few chunks as its backward instead of
// a hundred cache-sized ones (a GEMM and its reductions each, on a GPU).
func widenCrossEntropyChunks(f *ir.Func) {
	for _, v := range f.Values {
		a, ok := v.Attrs.(*ir.LinearCrossEntropyAttrs)
		if !ok || v.Op != ir.OpLinearCrossEntropy || a.ChunkRows > 0 {
			continue
		}
		h, w := v.Args[0].Type.Shape, v.Args[1].Type.Shape
		wide := *a
		wide.ChunkRows = a.GradChunkRowsFor(h[0], w[0], h[1])
		v.Attrs = &wide
	}
}

// cotangentType is the dtype the cotangent of a dtype-dt value is held
// in: dt itself with HalfCotangents, else GradType(dt).
func (o Options) cotangentType(dt ir.DType) ir.DType {
	if o.HalfCotangents && (dt == ir.Float16 || dt == ir.BFloat16) {
		return dt
	}
	return GradType(dt)
}

// GradType is the dtype gradients of a dtype-dt value are held and
// accumulated in: float32 for the half-precision floats, dt otherwise.
func GradType(dt ir.DType) ir.DType {
	if dt == ir.Float16 || dt == ir.BFloat16 {
		return ir.Float32
	}
	return dt
}

// differentiable reports whether a value of type t can carry a gradient.
func differentiable(t ir.Type) bool { return t.DType.IsFloat() }

// backward appends to f the reverse pass of loss with respect to params and
// returns their gradients (in GradType of each parameter's dtype).
func backward(f *ir.Func, loss *ir.Value, params []*ir.Value, opts Options) ([]*ir.Value, error) {
	// active: float values that depend on a parameter through
	// differentiable ops. Only they receive cotangents.
	active := map[*ir.Value]bool{}
	for _, p := range params {
		active[p] = true
	}
	forward := append([]*ir.Value(nil), f.Values...)
	for _, v := range forward {
		if v.Op == ir.OpParameter || v.Op.Info().NoGrad != "" || !differentiable(v.Type) {
			continue
		}
		for _, a := range v.Args {
			if active[a] {
				active[v] = true
				break
			}
		}
	}
	if err := checkFrozenQuantized(forward, active); err != nil {
		return nil, err
	}
	// Cotangents are only needed on values the loss depends on.
	needed := map[*ir.Value]bool{loss: true}
	for i := len(forward) - 1; i >= 0; i-- {
		v := forward[i]
		if !needed[v] {
			continue
		}
		for _, a := range v.Args {
			if active[a] {
				needed[a] = true
			}
		}
	}

	g := frontend.Wrap(f, f)
	grads := make([]*ir.Value, len(params))
	var current *ir.Value
	err := g.Do(func(g *frontend.Graph) error {
		ct := map[*ir.Value]*frontend.Tensor{}
		if active[loss] {
			g.SetPos(loss.Pos)
			ct[loss] = g.Ones(GradType(loss.Type.DType))
		}
		for i := len(forward) - 1; i >= 0; i-- {
			v := forward[i]
			dout, ok := ct[v]
			if !ok || v.Op == ir.OpParameter {
				continue
			}
			current = v
			r, ok := rules[v.Op]
			if !ok {
				return fmt.Errorf("no gradient rule for %s", v.LongString())
			}
			g.SetPos(v.Pos)
			args := make([]*frontend.Tensor, len(v.Args))
			for j, a := range v.Args {
				args[j] = g.Lift(a)
			}
			ctx := &Context{G: g, V: v, Args: args, Out: g.Lift(v), DOut: dout.AsType(GradType(v.Type.DType)), Opts: opts}
			outs := r(ctx)
			if len(outs) > len(v.Args) {
				return fmt.Errorf("gradient rule of %s returned %d gradients for %d operands", v.Op, len(outs), len(v.Args))
			}
			for j, gj := range outs {
				a := v.Args[j]
				if gj == nil || !active[a] || !needed[a] {
					continue
				}
				want := ir.Type{DType: opts.cotangentType(a.Type.DType), Shape: a.Type.Shape}
				gj = gj.AsType(want.DType)
				if !gj.Type().Equal(want) {
					return fmt.Errorf("gradient rule of %s gave operand %d's gradient type %s, want %s", v.LongString(), j, gj.Type(), want)
				}
				if prev, ok := ct[a]; ok {
					gj = prev.Add(gj)
				}
				ct[a] = gj
			}
			delete(ct, v)
		}
		current = nil
		for i, p := range params {
			t, ok := ct[p]
			if !ok {
				g.SetPos(p.Pos)
				t = g.Zeros(GradType(p.Type.DType), p.Type.Shape...)
			}
			grads[i] = t.AsType(GradType(p.Type.DType)).Value()
		}
		return nil
	})
	if err != nil {
		if current != nil {
			return nil, fmt.Errorf("differentiating %s: %w", current.LongString(), err)
		}
		return nil, err
	}
	return grads, nil
}
