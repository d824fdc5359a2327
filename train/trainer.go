package train

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
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
	// Callbacks receive the loop's events after DefaultFlowCallback, in
	// this order (HF's callbacks argument and add_callback).
	Callbacks []TrainerCallback
	// EvalData is the HF Trainer's eval_dataset: the rows Trainer.Evaluate
	// reads by default, and those evaluated when the control says
	// ShouldEvaluate (eval_strategy "steps" or "epoch") unless Evaluate is
	// set. NewTrainer checks its rows against the model.
	EvalData *Dataset
	// ComputeMetrics, when set, turns every evaluation's and prediction's
	// predictions and labels into metrics (HF's compute_metrics; Accuracy,
	// F1). Without it Evaluate keeps no predictions (HF's
	// prediction_loss_only), Predict still does.
	ComputeMetrics ComputeMetrics
	// PreprocessLogits, when set, maps each batch's logits before they are
	// kept (HF's preprocess_logits_for_metrics; ArgmaxLogits).
	PreprocessLogits PreprocessLogits
	// Evaluate, when set, replaces the evaluation of EvalData when the
	// control says ShouldEvaluate: it evaluates the Runner's current
	// weights and returns metrics by name ("loss", or already "eval_loss";
	// the Trainer adds the "eval_" prefix where it is missing, logs them
	// and fires on_evaluate). An eval_strategy other than "no" needs it or
	// EvalData.
	Evaluate func(ctx context.Context) (map[string]float64, error)
	// SaveCheckpoint runs when the control says ShouldSave (save_strategy
	// "steps", "epoch" or "best", and at the end of training unless "no"
	// or "best") and when Train is interrupted: it writes the checkpoint
	// of the current step to dir (output_dir/checkpoint-<global_step>),
	// trainer_state.json from state included; on_save fires after it, and
	// then save_total_limit's rotation (RotateCheckpoints). Nil means
	// Trainer.WriteCheckpoint (the full checkpoint, which
	// resume_from_checkpoint reads), which needs ModelDir; a hook that
	// replaces it should call it to keep the run resumable.
	SaveCheckpoint func(ctx context.Context, dir string, state *TrainerState) error
	// DataCollator, when set, is the HF Trainer's data_collator beyond
	// padding: it rewrites each batch's rows as the batch is drawn, before
	// the Trainer's Collator pads them, in training (seed
	// TrainBatchSeed(seed, step, micro)), evaluation and prediction (seed
	// EvalBatchSeed(seed, batch): the same draws every evaluation). Its
	// rows are checked against the model as the dataset's are. An
	// LMCollator with MLM true (NewLMCollator) gives run_mlm's dynamic
	// masking: new masks every time a row is drawn, reproducible from the
	// seed, a resumed run drawing what the uninterrupted one drew.
	DataCollator BatchCollator
	// BaseModelName is the base_model_name_or_path written into a trained
	// adapter's adapter_config.json (the --model argument, a path or a Hub
	// id); "" writes ModelDir.
	BaseModelName string
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
	// sched is the step schedule, plateau the reduce_lr_on_plateau
	// scheduler: exactly one is set.
	sched   *Schedule
	plateau *Plateau
	cfg     StepConfig
	steps   map[models.Spec]*Step
	// paramsNoEmbed is the parameter count the flos estimate uses.
	paramsNoEmbed int64

	// State is the trainer state; Train fills it.
	State TrainerState
	// Control is the loop's TrainerControl, as the callbacks leave it.
	Control TrainerControl
	handler *CallbackHandler
	// trained is true once Train finished.
	trained bool
	// dataSeed seeds the epoch order (data_seed, else seed; a resumed
	// checkpoint's).
	dataSeed int
	// lp is the running loop's totals (nil outside Train): checkpoints
	// save them.
	lp *loop
	// lastSaved is the step of the last checkpoint written or resumed
	// from (-1: none), lastSavedDir its directory.
	lastSaved    int
	lastSavedDir string
	// resume is the checkpoint Train resumes from (nil: none), read and
	// checked by NewTrainer.
	resume *resumePoint
	// adapter is the LoRA adapter trained (the Runner's, SetAdapter), nil
	// for full training: only its weights train, and the model is saved
	// as the adapter in PEFT's format.
	adapter *peft.Adapter
	// devices is the data-parallel device count (1 unless the Runner
	// runs on a mesh with a DPAxis): a batch is
	// per_device_train_batch_size rows per device.
	devices int
	// ignoredStates are the resumed checkpoint's stateful_callbacks names
	// that no callback took (IgnoredCallbackStates).
	ignoredStates []string
}

// NewTrainer checks args and every row of data against r's model and
// plans the run (Plan, Schedule), then fires on_init_end. The program of
// each batch shape is compiled on first use, by Train. Errors name the
// argument or the row at fault; an eval_strategy or save_strategy other
// than "no" without its TrainerOptions hook (Evaluate, SaveCheckpoint) is
// one.
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
	if err := args.checkHooks(opts); err != nil {
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
	if opts.EvalData != nil {
		if err := checkEvalRows(r, coll, opts.EvalData); err != nil {
			return nil, err
		}
	}
	devices, shard, err := shardedTraining(r, args, data.Len())
	if err != nil {
		return nil, err
	}
	plan, err := args.PlanDevices(data.Len(), devices)
	if err != nil {
		return nil, err
	}
	var sched *Schedule
	var plateau *Plateau
	if args.LRSchedulerType == SchedReduceLROnPlateau {
		plateau, err = args.Plateau()
	} else {
		sched, err = args.Schedule(plan.MaxSteps)
	}
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
	adapter, err := loraAdapter(r)
	if err != nil {
		return nil, err
	}
	var alpha float64 // neftune_noise_alpha None: off; 0 adds zero noise, the same
	if args.NEFTuneNoiseAlpha != nil {
		alpha = *args.NEFTuneNoiseAlpha
	}
	remat, err := args.RematPolicy()
	if err != nil {
		return nil, err
	}
	if alpha > 0 && opts.NoDropout {
		return nil, fmt.Errorf("field \"neftune_noise_alpha\": %v: NEFTune noise is training-mode noise, and TrainerOptions.NoDropout trains in evaluation mode", alpha)
	}
	t := &Trainer{runner: r, args: args, data: data, opts: opts, coll: coll, plan: plan, sched: sched, plateau: plateau,
		steps: map[models.Spec]*Step{},
		cfg: StepConfig{Optimizer: opt, MaxGradNorm: math.Max(args.MaxGradNorm, 0),
			Accumulation: args.GradientAccumulationSteps, BF16: args.BF16,
			NoDropout: opts.NoDropout, Seed: int64(args.Seed), NEFTuneAlpha: alpha, Remat: remat, Shard: shard},
		adapter: adapter, devices: devices}
	if adapter != nil {
		t.cfg.Trainable = trainableOf(adapter)
	}
	t.State = TrainerState{
		MaxSteps: plan.MaxSteps, NumTrainEpochs: plan.NumTrainEpochs, TrainBatchSize: args.PerDeviceTrainBatchSize,
		LoggingSteps: stateSteps(args.LoggingSteps, plan.MaxSteps), SaveSteps: stateSteps(args.SaveSteps, plan.MaxSteps),
		EvalSteps:  500,
		ShouldSave: args.SaveStrategy != "no" && args.SaveStrategy != "best",
	}
	if args.EvalSteps != nil {
		t.State.EvalSteps = stateSteps(*args.EvalSteps, plan.MaxSteps)
	}
	t.dataSeed, t.lastSaved = args.Seed, -1
	if args.DataSeed != nil {
		t.dataSeed = *args.DataSeed
	}
	if args.SaveStrategy != "no" && t.opts.SaveCheckpoint == nil {
		t.opts.SaveCheckpoint = t.WriteCheckpoint
	}
	if args.ResumeFromCheckpoint != nil {
		if t.resume, err = t.readResume(*args.ResumeFromCheckpoint); err != nil {
			return nil, err
		}
	}
	t.handler = NewCallbackHandler(append([]TrainerCallback{DefaultFlowCallback{}}, opts.Callbacks...)...)
	if err := t.handler.OnInitEnd(&t.args, &t.State, &t.Control); err != nil {
		return nil, err
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
// PCG generator seeded with (data_seed or seed, epoch). It is
// deterministic for a seed but is not torch's RandomSampler order.
func (t *Trainer) epochOrder(epoch int) []int {
	rng := rand.New(rand.NewPCG(uint64(int64(t.dataSeed)), uint64(epoch)))
	return rng.Perm(t.data.Len())
}

// batches splits one epoch's order into micro-batches of
// per_device_train_batch_size rows per device (the last one shorter, or
// dropped with dataloader_drop_last).
func (t *Trainer) batches(order []int) [][]Example {
	bs := t.args.PerDeviceTrainBatchSize * t.devices
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

// runStep applies optimizer step done+1 at learning rate lr with the
// compiled step of spec (compiled on first use) and returns the summed
// loss and the pre-clip gradient norm as the host reads them.
func (t *Trainer) runStep(ctx context.Context, spec models.Spec, micro []map[string]*tensor.Tensor, done int, lr float64) (float32, float64, error) {
	step, err := t.stepFor(ctx, spec)
	if err != nil {
		return 0, 0, err
	}
	// Every Step counts its own updates; the optimizer's bias correction
	// needs the run's count, whichever shape's program applies it.
	if err := step.SetSteps(done); err != nil {
		return 0, 0, err
	}
	// An update runs to its end once started: Train checks ctx between
	// updates (and saves a checkpoint when it is cancelled).
	res, err := step.Run(context.WithoutCancel(ctx), micro, lr)
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
		t.paramsNoEmbed = flosParams(s, t.adapter, t.runner)
	}
	t.steps[spec] = s
	return s, nil
}

// roundHalfEven is Python's round(x, digits) on a float (round half to
// even on the decimal value, up to float64 representation).
func roundHalfEven(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.RoundToEven(x*p) / p
}
