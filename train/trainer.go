package train

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// TrainerOptions are a Trainer's optional settings.
type TrainerOptions struct {
	// ModelDir is the directory the Runner's model was loaded from
	// (config.json, the checkpoint, tokenizer files): SaveModel reads it.
	ModelDir string
	// OnLog, when set, receives every log entry as it is appended to the
	// log history (the CLI prints progress from it). It must not keep the
	// entry.
	OnLog func(LogEntry)
	// OnStep, when set, is called after every optimizer step with the
	// global step, Plan.MaxSteps and the step's loss (summed over its
	// micro-batches), after the step's log entry if it has one.
	OnStep func(step, maxSteps int, loss float64)
	// Now is the clock for train_runtime (nil: time.Now).
	Now func() time.Time
	// NoDropout trains without dropout (StepConfig.NoDropout): for
	// step-for-step comparison with a run recorded in evaluation mode.
	// By default the steps apply the config's dropout as the HF Trainer
	// does, seeded by TrainingArguments.seed (StepConfig.Seed). It
	// cannot be combined with neftune_noise_alpha > 0 (NewTrainer's error).
	NoDropout bool
}

// TrainOutput is what Train returns, as transformers' TrainOutput.
type TrainOutput struct {
	GlobalStep int
	// TrainingLoss is the mean of the per-step losses over every step.
	TrainingLoss float64
	// Metrics is the train-end log entry (train_runtime, ...).
	Metrics LogEntry
}

// Trainer runs the HF Trainer's training loop (transformers 5.x, one
// device) over a Runner's model: epochs of shuffled micro-batches,
// gradient_accumulation_steps micro-batches per optimizer step, the
// learning-rate schedule, logging into State.LogHistory, and saving in the
// Hugging Face layout. Training updates the Runner's weights in place. A
// Trainer is not safe for concurrent use.
type Trainer struct {
	runner *models.Runner
	args   TrainingArguments
	data   *Dataset
	opts   TrainerOptions
	coll   *Collator
	plan   Plan
	sched  *Schedule
	cfg    StepConfig
	steps  map[models.Spec]*Step
	// paramsNoEmbed is the parameter count the flos estimate uses.
	paramsNoEmbed int64

	// State is the trainer state; Train fills it.
	State TrainerState
	// trained is true once Train finished.
	trained bool
}

// NewTrainer checks args and every row of data against r's model and
// plans the run (Plan, Schedule). The program of each batch shape is
// compiled on first use, by Train. Errors name the argument or the row at
// fault.
func NewTrainer(r *models.Runner, args TrainingArguments, data *Dataset, opts TrainerOptions) (*Trainer, error) {
	if r == nil {
		return nil, fmt.Errorf("trainer: nil runner")
	}
	if data == nil || data.Len() == 0 {
		return nil, fmt.Errorf("trainer: no training rows")
	}
	if err := args.Validate(); err != nil {
		return nil, err
	}
	if err := args.checkSupported(); err != nil {
		return nil, err
	}
	coll, err := NewCollator(r.Model(), r.DType())
	if err != nil {
		return nil, err
	}
	if err := coll.Check(data); err != nil {
		return nil, err
	}
	longest := 0
	for _, row := range data.Rows {
		longest = max(longest, len(row.InputIDs))
	}
	if _, err := models.CheckPositions(r.Model().Config(), longest); err != nil {
		return nil, fmt.Errorf("%s: the longest row has %d tokens: %w", data.Path, longest, err)
	}
	plan, err := args.Plan(data.Len())
	if err != nil {
		return nil, err
	}
	sched, err := args.Schedule(plan.MaxSteps)
	if err != nil {
		return nil, err
	}
	opt, err := args.OptimizerConfig()
	if err != nil {
		return nil, err
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	var alpha float64 // neftune_noise_alpha None: off; 0 adds zero noise, the same
	if args.NEFTuneNoiseAlpha != nil {
		alpha = *args.NEFTuneNoiseAlpha
	}
	if alpha > 0 && opts.NoDropout {
		return nil, fmt.Errorf("field \"neftune_noise_alpha\": %v: NEFTune noise is training-mode noise, and TrainerOptions.NoDropout trains in evaluation mode", alpha)
	}
	t := &Trainer{runner: r, args: args, data: data, opts: opts, coll: coll, plan: plan, sched: sched,
		steps: map[models.Spec]*Step{},
		cfg: StepConfig{Optimizer: opt, MaxGradNorm: math.Max(args.MaxGradNorm, 0),
			Accumulation: args.GradientAccumulationSteps, BF16: args.BF16,
			NoDropout: opts.NoDropout, Seed: int64(args.Seed), NEFTuneAlpha: alpha}}
	t.State = TrainerState{
		MaxSteps: plan.MaxSteps, NumTrainEpochs: plan.NumTrainEpochs, TrainBatchSize: args.PerDeviceTrainBatchSize,
		LoggingSteps: stateSteps(args.LoggingSteps, plan.MaxSteps), SaveSteps: stateSteps(args.SaveSteps, plan.MaxSteps),
		EvalSteps:  500,
		ShouldSave: args.SaveStrategy != "no" && args.SaveStrategy != "best",
	}
	if args.EvalSteps != nil {
		t.State.EvalSteps = stateSteps(*args.EvalSteps, plan.MaxSteps)
	}
	return t, nil
}

// stateSteps is TrainerState.compute_steps: a ratio below 1 of max_steps,
// rounded up.
func stateSteps(v float64, maxSteps int) float64 {
	if v < 1 {
		return math.Ceil(float64(maxSteps) * v)
	}
	return v
}

// Plan is the run's step arithmetic.
func (t *Trainer) Plan() Plan { return t.plan }

// epochOrder is the row order of one epoch: a permutation drawn from a Go
// PCG generator seeded with (seed, epoch). It is deterministic for a seed
// but is not torch's RandomSampler order.
func (t *Trainer) epochOrder(epoch int) []int {
	seed := t.args.Seed
	if t.args.DataSeed != nil {
		seed = *t.args.DataSeed
	}
	rng := rand.New(rand.NewPCG(uint64(int64(seed)), uint64(epoch)))
	return rng.Perm(t.data.Len())
}

// batches splits one epoch's order into micro-batches of
// per_device_train_batch_size rows (the last one shorter, or dropped with
// dataloader_drop_last).
func (t *Trainer) batches(order []int) [][]Example {
	bs := t.args.PerDeviceTrainBatchSize
	var out [][]Example
	for i := 0; i < len(order); i += bs {
		end := min(i+bs, len(order))
		if end-i < bs && t.args.DataloaderDropLast {
			break
		}
		rows := make([]Example, 0, end-i)
		for _, k := range order[i:end] {
			rows = append(rows, t.data.Rows[k])
		}
		out = append(out, rows)
	}
	return out
}

// Train runs the loop of transformers' _inner_training_loop: for each
// epoch, update steps of gradient_accumulation_steps micro-batches (the
// last step of an epoch takes the rest), one Step.Run per update at the
// schedule's learning rate, state.epoch advanced per micro-batch, logging
// by logging_strategy, until Plan.MaxSteps updates. It ends with the
// train-end log entry. A non-finite loss or gradient norm stops training
// with an error naming the step; the weights are then those after the last
// good step and nothing is saved. Train runs once.
func (t *Trainer) Train(ctx context.Context) (TrainOutput, error) {
	if t.trained {
		return TrainOutput{}, fmt.Errorf("trainer: Train already ran")
	}
	t.trained = true
	start := t.opts.Now()
	gas := t.args.GradientAccumulationSteps
	var trLoss float32 // transformers' tr_loss: float32 sum since the last log
	var totalLoss float64
	lastLogged := 0
	var lastNorm float64
	var curFlos float64
	st := &t.State
	stop := st.MaxSteps <= 0
	for epoch := 0; epoch < t.plan.NumTrainEpochs && !stop; epoch++ {
		batches := t.batches(t.epochOrder(epoch))
		stepsInEpoch := len(batches)
		remainder := stepsInEpoch % gas
		if remainder == 0 {
			remainder = gas
		}
		updates := stepsInEpoch / gas
		if remainder < gas {
			updates++
		}
		consumed := 0
		for u := 0; u < updates && !stop; u++ {
			n := gas
			if u == updates-1 {
				n = remainder
			}
			micro := make([]map[string]*tensor.Tensor, 0, n)
			var spec models.Spec
			tokens := 0
			group := batches[consumed : consumed+n]
			// One length for the step's micro-batches (one program); HF
			// pads each to its own longest row, which gives the same losses.
			seq := 0
			if n > 1 {
				for _, rows := range group {
					for _, r := range rows {
						seq = max(seq, len(r.InputIDs))
					}
				}
			}
			rowsPer := 0
			for _, rows := range group {
				rowsPer = max(rowsPer, len(rows))
			}
			for _, rows := range group {
				// HF's tokens count the real rows only (below).
				real := rows
				if len(rows) < rowsPer {
					var err error
					if rows, err = t.coll.padRows(rows, rowsPer); err != nil {
						return TrainOutput{}, fmt.Errorf("train step %d: %w", st.GlobalStep+1, err)
					}
				}
				in, s, err := t.coll.collate(rows, seq)
				if err != nil {
					return TrainOutput{}, err
				}
				if len(micro) == 0 {
					spec = s
				}
				micro = append(micro, in)
				// HF's input_ids.numel(): the rows padded to their own longest.
				longest := 0
				for _, r := range real {
					longest = max(longest, len(r.InputIDs))
				}
				tokens += len(real) * longest
			}
			consumed += n
			if err := ctx.Err(); err != nil {
				return TrainOutput{}, err
			}
			loss, norm, err := t.runStep(ctx, spec, micro, st.GlobalStep)
			if err != nil {
				return TrainOutput{}, err
			}
			trLoss += loss
			lastNorm = norm
			// floating_point_ops: 6 x input_ids.numel() x non-embedding parameters.
			curFlos += 6 * float64(tokens) * float64(t.paramsNoEmbed)
			st.GlobalStep++
			st.Epoch = float64(epoch) + float64(consumed)/float64(stepsInEpoch)
			shouldLog := st.GlobalStep == 1 && t.args.LoggingFirstStep ||
				t.args.LoggingStrategy == "steps" && st.GlobalStep%int(st.LoggingSteps) == 0
			if st.GlobalStep >= st.MaxSteps {
				stop = true
			}
			if shouldLog && st.GlobalStep > lastLogged {
				totalLoss += t.logStep(trLoss, lastNorm, st.GlobalStep-lastLogged, &curFlos)
				trLoss, lastLogged = 0, st.GlobalStep
			}
			if t.opts.OnStep != nil {
				t.opts.OnStep(st.GlobalStep, st.MaxSteps, float64(loss))
			}
		}
		if t.args.LoggingStrategy == "epoch" && st.GlobalStep > lastLogged {
			totalLoss += t.logStep(trLoss, lastNorm, st.GlobalStep-lastLogged, &curFlos)
			trLoss, lastLogged = 0, st.GlobalStep
		}
	}
	totalLoss += float64(trLoss)
	st.TotalFlos += curFlos
	runtime := t.opts.Now().Sub(start).Seconds()
	trainLoss := totalLoss / math.Max(float64(st.GlobalStep), 0.001)
	samples := float64(st.MaxSteps * t.args.PerDeviceTrainBatchSize * gas)
	if t.plan.EpochBased {
		samples = float64(t.data.Len()) * t.args.NumTrainEpochs
	}
	end := LogEntry{
		"train_runtime":            roundHalfEven(runtime, 4),
		"train_samples_per_second": roundHalfEven(samples/runtime, 3),
		"train_steps_per_second":   roundHalfEven(float64(st.MaxSteps)/runtime, 3),
		"total_flos":               st.TotalFlos,
		"train_loss":               trainLoss,
	}
	t.appendLog(end)
	return TrainOutput{GlobalStep: st.GlobalStep, TrainingLoss: trainLoss, Metrics: end}, nil
}

// logStep appends a training log entry for the steps since the last log
// and returns the loss it accounted (tr_loss as a float64). Flos are
// stored, as store_flos does.
func (t *Trainer) logStep(trLoss float32, norm float64, steps int, curFlos *float64) float64 {
	st := &t.State
	e := LogEntry{
		"loss":          float64(trLoss) / float64(steps),
		"learning_rate": t.sched.LoggedLR(st.GlobalStep),
		// The Trainer logs the norm also when it does not clip
		// (max_grad_norm <= 0: Trainer._get_grad_norm).
		"grad_norm": norm,
	}
	st.TotalFlos += *curFlos
	*curFlos = 0
	t.appendLog(e)
	return float64(trLoss)
}

// appendLog adds epoch and step, as Trainer.log does, and records e.
func (t *Trainer) appendLog(e LogEntry) {
	e["epoch"] = t.State.Epoch
	e["step"] = t.State.GlobalStep
	t.State.LogHistory = append(t.State.LogHistory, e)
	if t.opts.OnLog != nil {
		t.opts.OnLog(e)
	}
}

// runStep applies optimizer step done+1 with the compiled step of spec
// (compiled on first use) and returns the summed loss and the pre-clip
// gradient norm as the host reads them.
func (t *Trainer) runStep(ctx context.Context, spec models.Spec, micro []map[string]*tensor.Tensor, done int) (float32, float64, error) {
	step, err := t.stepFor(ctx, spec)
	if err != nil {
		return 0, 0, err
	}
	// Every Step counts its own updates; the optimizer's bias correction
	// needs the run's count, whichever shape's program applies it.
	if err := step.SetSteps(done); err != nil {
		return 0, 0, err
	}
	res, err := step.Run(ctx, micro, t.sched.LR(done))
	if err != nil {
		// Run names the step (and, for a non-finite loss or norm, says the
		// weights were left as they were).
		return 0, 0, fmt.Errorf("%w; training stopped (nothing is saved)", err)
	}
	res.Free() // Run read both values (and refused non-finite ones)
	return float32(res.LossValue), res.GradNormValue, nil
}

// stepFor returns the compiled step of spec, building it on first use.
func (t *Trainer) stepFor(ctx context.Context, spec models.Spec) (*Step, error) {
	if s, ok := t.steps[spec]; ok {
		return s, nil
	}
	s, err := NewStep(ctx, t.runner, spec, t.cfg)
	if err != nil {
		return nil, err
	}
	if t.paramsNoEmbed == 0 {
		for _, p := range s.Params() {
			if !isEmbedding(p.Name) {
				t.paramsNoEmbed += int64(p.Type.Shape.NumElements())
			}
		}
	}
	t.steps[spec] = s
	return s, nil
}

// isEmbedding reports whether a parameter is an nn.Embedding's weight in
// the architectures kiln trains, which num_parameters(exclude_embeddings=True)
// leaves out of the flos estimate.
func isEmbedding(name string) bool {
	for _, suf := range []string{"embed_tokens.weight", "wte.weight", "wpe.weight", "_embeddings.weight"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// roundHalfEven is Python's round(x, digits) on a float (round half to
// even on the decimal value, up to float64 representation).
func roundHalfEven(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.RoundToEven(x*p) / p
}
