package train

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// Run applies one optimizer step at learning rate lr over the micro-batches
// of that step: 1 to Accumulation() of them (fewer than Accumulation only
// for the last step of an epoch, as the HF Trainer does). Each micro-batch
// holds host tensors by input name: exactly InputNames(), each of its
// exact type (InputType); labels included. The losses are normalised as
// StepConfig.Loss says (num_items_in_batch is counted here, over all the
// micro-batches). It returns the step's loss (the sum of the micro-batch
// losses, as the HF Trainer's tr_loss accumulates them) and the pre-clip
// norm of the accumulated gradients; weights and optimizer state are
// updated in place. Nothing is compiled.
//
// Every micro-batch is checked before anything runs. When the loss or the
// gradient norm is NaN or infinite, Run returns an error naming the step
// and the weights and optimizer state are unchanged. On any error the
// step count does not advance and the gradient accumulators are zero
// again, so the next Run starts a clean step.
func (s *Step) Run(ctx context.Context, micro []map[string]*tensor.Tensor, lr float64) (StepResult, error) {
	step := s.step + 1
	if len(micro) < 1 || len(micro) > s.accum {
		return StepResult{}, fmt.Errorf("train step %d: %d micro-batches, want 1 to %d (gradient_accumulation_steps)", step, len(micro), s.accum)
	}
	vals, err := s.cfg.Optimizer.Scalars(step, lr)
	if err != nil {
		return StepResult{}, fmt.Errorf("train step %d: %w", step, err)
	}
	for i, m := range micro {
		if s.shard != nil {
			if err := s.checkShardedBatch(m); err != nil {
				return StepResult{}, fmt.Errorf("train step %d: micro-batch %d of %d: %w", step, i+1, len(micro), err)
			}
		}
		if err := s.checkInputs(m); err != nil {
			return StepResult{}, fmt.Errorf("train step %d: micro-batch %d of %d: %w", step, i+1, len(micro), err)
		}
	}
	scalars := map[string]float64{InputLossDivisor: 1}
	if s.plan.divide {
		scalars[InputLossDivisor] = float64(len(micro))
	}
	if s.shard != nil && !s.plan.numItems {
		// A row-mean loss: each device's mean over its rows, summed over
		// the devices, divided by their count.
		scalars[InputLossDivisor] *= float64(s.shard.n)
	}
	if s.plan.numItems {
		n, err := countItems(micro, s.plan.shift)
		if err != nil {
			return StepResult{}, fmt.Errorf("train step %d: %w", step, err)
		}
		scalars[models.InputNumItems] = n
	}
	for name, v := range vals {
		scalars[name] = float64(v)
	}
	b := s.sess.Backend()
	shared := map[string]backends.Buffer{}
	defer func() {
		for _, buf := range shared {
			buf.Free()
		}
	}()
	for name, v := range scalars {
		t, err := tensor.ScalarFloat64(ir.Float32, v)
		if err != nil {
			return StepResult{}, err
		}
		buf, err := b.Upload(t)
		if err != nil {
			return StepResult{}, fmt.Errorf("train step %d: uploading %s: %w", step, name, err)
		}
		shared[name] = buf
	}
	res, err := s.runAll(ctx, step, micro, shared)
	if err != nil {
		if s.accum > 1 {
			if zerr := s.zeroAccumulators(true); zerr != nil {
				err = errors.Join(err, zerr)
			}
		}
		return StepResult{}, fmt.Errorf("train step %d: %w", step, err)
	}
	if res.LossValue, res.GradNormValue, err = checkFinite(res); err != nil {
		res.Free()
		return StepResult{}, fmt.Errorf("train step %d: %w; the weights and optimizer state were not updated", step, err)
	}
	s.step = step
	if !s.ran {
		s.ran = true
		releaseFreeMemory()
	}
	return res, nil
}

// checkInputs checks that m holds exactly the step's inputs, of their
// types.
func (s *Step) checkInputs(m map[string]*tensor.Tensor) error {
	if len(m) != len(s.inputs) {
		return fmt.Errorf("%d inputs, the program for %s takes %d (%v)", len(m), s.spec, len(s.inputs), s.InputNames())
	}
	for _, p := range s.inputs {
		t, ok := m[p.Name]
		if !ok || t == nil {
			return fmt.Errorf("missing input %q", p.Name)
		}
		if want := s.inputType(p); !t.Type().Equal(want) {
			return fmt.Errorf("input %q is %s, the program for %s takes %s", p.Name, t.Type(), s.spec, want)
		}
	}
	return nil
}

// runAll runs the programs over the micro-batches: accumulate for all but
// the last, then apply (or the fused program without accumulation).
func (s *Step) runAll(ctx context.Context, step int, micro []map[string]*tensor.Tensor, shared map[string]backends.Buffer) (StepResult, error) {
	for i, m := range micro {
		last := i == len(micro)-1
		prog := s.accProg
		switch {
		case s.accum == 1:
			prog = s.fused
		case last:
			prog = s.apply
		}
		out, err := s.runOne(ctx, prog, m, DropoutSeed(s.cfg.Seed, step, i), shared, s.accum > 1, last)
		if err != nil {
			return StepResult{}, fmt.Errorf("micro-batch %d of %d: %w", i+1, len(micro), err)
		}
		if last {
			return StepResult{Loss: out[models.OutputLoss], GradNorm: out[GradNormResult]}, nil
		}
	}
	return StepResult{}, fmt.Errorf("no micro-batch")
}

// runOne uploads one micro-batch (and, with dropout, its seed) and runs
// prog on it with the shared scalars it declares; accumulators and (with
// update) the parameters and optimizer state are replaced in place.
func (s *Step) runOne(ctx context.Context, prog *session.Program, m map[string]*tensor.Tensor, seed int64, shared map[string]backends.Buffer, accumulators, update bool) (map[string]backends.Buffer, error) {
	b := s.sess.Backend()
	call := session.Call{Inputs: map[string]backends.Buffer{}, Updates: map[string]string{}}
	var uploaded []backends.Buffer
	defer func() {
		for _, buf := range uploaded {
			buf.Free()
		}
	}()
	for _, p := range s.inputs {
		var buf backends.Buffer
		var err error
		if s.shard != nil {
			buf, err = s.splitInput(p.Name, m[p.Name])
		} else {
			buf, err = b.Upload(m[p.Name])
		}
		if err != nil {
			return nil, fmt.Errorf("uploading %s: %w", p.Name, err)
		}
		uploaded = append(uploaded, buf)
		call.Inputs[p.Name] = buf
	}
	if s.dropout {
		t, err := tensor.ScalarInt64(ir.Int64, seed)
		if err != nil {
			return nil, err
		}
		buf, err := b.Upload(t)
		if err != nil {
			return nil, fmt.Errorf("uploading %s: %w", models.InputDropoutSeed, err)
		}
		uploaded = append(uploaded, buf)
		call.Inputs[models.InputDropoutSeed] = buf
	}
	for name, buf := range shared {
		if _, ok := prog.Param(name); ok {
			call.Inputs[name] = buf
		}
	}
	if accumulators {
		call.Updates[AccumLoss+".new"] = AccumLoss
		for _, p := range s.params {
			call.Updates[AccumName(p.Name)+".new"] = AccumName(p.Name)
		}
	}
	if update {
		for _, p := range s.params {
			call.Updates[p.Name+".new"] = p.Name
			for _, sp := range s.cfg.Optimizer.States(p.Type) {
				n := StateName(p.Name, sp.Suffix)
				call.Updates[n+".new"] = n
			}
		}
	}
	return s.sess.Run(ctx, prog, call)
}

// checkFinite downloads the step's loss and gradient norm, returns them,
// and reports either that is NaN or infinite.
func checkFinite(r StepResult) (loss, norm float64, err error) {
	for _, x := range []struct {
		buf backends.Buffer
		v   *float64
		n   string
	}{{r.Loss, &loss, "loss"}, {r.GradNorm, &norm, "grad_norm"}} {
		if x.buf == nil {
			return 0, 0, fmt.Errorf("the program returned no %s", x.n)
		}
		t, err := x.buf.Download()
		if err != nil {
			return 0, 0, fmt.Errorf("downloading %s: %w", x.n, err)
		}
		*x.v = t.Float64s()[0]
	}
	if bad(loss) || bad(norm) {
		return 0, 0, fmt.Errorf("loss is %v, grad_norm is %v", loss, norm)
	}
	return loss, norm, nil
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }
