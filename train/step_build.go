package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
)

// gradPrefix names the gradient results of the differentiated model.
const gradPrefix = "grad/"

// divideLoss makes f's models.OutputLoss result the model's loss divided
// by the float32 scalar parameter InputLossDivisor (torch's `loss / k`, a
// float32 division), so the gradient is taken of the micro-batch's share.
func divideLoss(f *ir.Func) error {
	li := -1
	for i, n := range f.ResultNames {
		if n == models.OutputLoss {
			li = i
		}
	}
	if li < 0 {
		return fmt.Errorf("the model returns no %q", models.OutputLoss)
	}
	g := frontend.Wrap(f, f)
	return g.Do(func(g *frontend.Graph) error {
		loss := g.Lift(f.Results[li]).Convert(ir.Float32)
		f.Results[li] = loss.Div(g.Param(InputLossDivisor, ir.Float32)).Value()
		return nil
	})
}

// build differentiates f and appends what program kind does with the
// gradients. Results:
//   - progFused: models.OutputLoss, GradNormResult, then "<buffer>.new"
//     for each parameter and state buffer;
//   - progAccumulate: "<accumulator>.new" for AccumLoss and each AccumName;
//   - progApply: as progFused (loss and norm of the accumulated step),
//     then the zeroed accumulators.
//
// The updated parameters and states are the old values where the step's
// loss or gradient norm is not finite.
func (s *Step) build(f *ir.Func, wrt []string, kind progKind) (*ir.Func, error) {
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss, GradPrefix: gradPrefix,
		WideChunks: s.sess.Backend().Capabilities().WideChunks,
		// bf16 autocast holds activation gradients in bf16, as torch's
		// autograd does (docs/autodiff.md, mixed precision); so does a
		// bf16 base (its activations are bf16). A float16 base keeps
		// float32 activation gradients: kiln has no loss scaling
		// (torch's GradScaler), without which float16 ones underflow.
		HalfCotangents: s.cfg.BF16 || s.bf16Base})
	if err != nil {
		return nil, err
	}
	if s.cfg.Remat != nil {
		p := *s.cfg.Remat
		p.ForwardResults = len(f.Results) // Grad returns f's results, then the gradients
		if err := passes.Remat(p)(gf); err != nil {
			return nil, fmt.Errorf("gradient checkpointing: %w", err)
		}
	}
	results := map[string]*ir.Value{}
	for i, n := range gf.ResultNames {
		results[n] = gf.Results[i]
	}
	gf.Name = [...]string{"train_step_", "train_accumulate_", "train_apply_"}[kind] + gf.Name
	g := frontend.Wrap(gf, gf)
	err = g.Do(func(g *frontend.Graph) error {
		loss := g.Lift(results[models.OutputLoss])
		grads := make([]*frontend.Tensor, len(s.params))
		for i, p := range s.params {
			v := results[gradPrefix+p.Name]
			if v == nil {
				return fmt.Errorf("no gradient for %s", p.Name)
			}
			grads[i] = g.Lift(v)
		}
		if kind != progFused {
			loss = g.Param(AccumLoss, ir.Float32).Add(loss)
			for i, p := range s.params {
				grads[i] = g.Param(AccumName(p.Name), ir.Float32, p.Type.Shape...).Add(grads[i])
			}
		}
		if kind == progAccumulate {
			outs := []frontend.Output{frontend.Out(AccumLoss+".new", loss)}
			for i, p := range s.params {
				outs = append(outs, frontend.Out(AccumName(p.Name)+".new", grads[i]))
			}
			g.Return(outs...)
			return nil
		}
		normOf := GlobalNorm
		if s.shard != nil {
			// Over the devices: the loss and (data parallel) the
			// gradients are summed; full_shard's come reduce_scattered.
			loss, grads = s.shard.reduce(loss, grads)
			normOf = s.shard.globalNorm
		}
		scalars := map[string]*frontend.Tensor{}
		for _, n := range s.cfg.Optimizer.ScalarNames() {
			scalars[n] = g.Param(n, ir.Float32)
		}
		norm, err := normOf(grads)
		if err != nil {
			return err
		}
		if s.cfg.MaxGradNorm > 0 {
			if grads, err = clipByNorm(norm, grads, s.cfg.MaxGradNorm); err != nil {
				return err
			}
		}
		outs := []frontend.Output{frontend.Out(models.OutputLoss, loss), frontend.Out(GradNormResult, norm)}
		ups, err := emitUpdates(g, s.cfg.Optimizer, s.params, func(i int) *frontend.Tensor {
			return g.Param(s.params[i].Name, ir.Float32, s.params[i].Type.Shape...)
		}, grads, scalars)
		if err != nil {
			return err
		}
		// A non-finite loss or norm keeps every buffer as it was.
		ok := loss.IsFinite().And(norm.IsFinite())
		for _, u := range ups {
			old := g.Lift(gf.ParamByName(u.Name[:len(u.Name)-len(".new")]))
			outs = append(outs, frontend.Out(u.Name, frontend.Where(ok, u.T, old)))
		}
		if kind == progApply {
			outs = append(outs, frontend.Out(AccumLoss+".new", g.Zeros(ir.Float32)))
			for _, p := range s.params {
				outs = append(outs, frontend.Out(AccumName(p.Name)+".new", g.Zeros(ir.Float32, p.Type.Shape...)))
			}
		}
		g.Return(outs...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("building the update: %w", err)
	}
	if err := ir.Check(gf); err != nil {
		return nil, fmt.Errorf("building the update: %w", err)
	}
	return gf, nil
}
