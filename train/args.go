package train

// TrainingArguments is the part of transformers' TrainingArguments
// (training_args.py, transformers 5.x) that kiln reads from
// training_args.json: the same JSON names, types and defaults. A field the
// JSON does not set keeps DefaultTrainingArguments' value.
//
// Which fields act today: the schedule (learning_rate, lr_scheduler_type,
// lr_scheduler_kwargs, warmup_steps, warmup_ratio) through Schedule; the
// step counts (max_steps, num_train_epochs, per_device_train_batch_size,
// gradient_accumulation_steps, dataloader_drop_last) through Plan; the
// optimizer fields through OptimizerConfig; clipping, bf16 and
// neftune_noise_alpha through the train step; logging, seed and data_seed
// through the Trainer; the eval, save and best-metric fields through the
// Trainer's control flow (DefaultFlowCallback), its evaluation loop
// (per_device_eval_batch_size) and its checkpoints (SaveCheckpoint, by
// default Trainer.WriteCheckpoint). The fields marked "issue #15" are
// parsed and range-checked so a file that sets them is accepted; the
// Trainer refuses those it would have to act on (loading the best model).
// Names HF scripts write
// with no effect on kiln's numbers are accepted and ignored
// (IgnoredArgNames).
type TrainingArguments struct {
	// OutputDir is where the Trainer writes (issue #15 for checkpoints);
	// transformers' None becomes "trainer_output".
	OutputDir string `json:"output_dir"`
	// OverwriteOutputDir is accepted for transformers 4.x files (5.x dropped
	// it); no behaviour yet (issue #15).
	OverwriteOutputDir bool `json:"overwrite_output_dir"`

	// PerDeviceTrainBatchSize is the rows per forward pass (one device).
	PerDeviceTrainBatchSize int `json:"per_device_train_batch_size"`
	// PerDeviceEvalBatchSize is the rows per forward pass of Evaluate and
	// Predict (HF's eval_batch_size on one device).
	PerDeviceEvalBatchSize int `json:"per_device_eval_batch_size"`
	// NumTrainEpochs is used when MaxSteps <= 0; fractions run part of the
	// last epoch.
	NumTrainEpochs float64 `json:"num_train_epochs"`
	// MaxSteps, when > 0, is the number of optimizer steps and overrides
	// NumTrainEpochs.
	MaxSteps int `json:"max_steps"`

	// LearningRate is the optimizer's base lr, scaled by the schedule.
	LearningRate float64 `json:"learning_rate"`
	// LRSchedulerType is one of SchedulerTypes.
	LRSchedulerType SchedulerType `json:"lr_scheduler_type"`
	// LRSchedulerKwargs are the schedule function's extra arguments
	// (num_cycles, power, lr_end, min_lr, ...). JSON numbers stay
	// json.Number. A JSON string starting with "{" is parsed as JSON with
	// transformers' _convert_str_dict applied ("true"/"false" become bools,
	// digit strings numbers).
	LRSchedulerKwargs map[string]any `json:"lr_scheduler_kwargs"`
	// WarmupSteps is a step count when >= 1 (truncated, as int() does) and
	// a ratio of the total steps when < 1 (rounded up); see WarmupStepsFor.
	WarmupSteps float64 `json:"warmup_steps"`
	// WarmupRatio is transformers 5.x's deprecated alias: when set it
	// replaces WarmupSteps (so 1.0 means one step, as in 5.x).
	WarmupRatio *float64 `json:"warmup_ratio"`

	// Optim names the optimizer, one of transformers' OptimizerNames; the
	// default is 5.x's with torch >= 2.8.
	Optim string `json:"optim"`
	// WeightDecay is AdamW's decoupled weight decay (not on biases and
	// normalisation weights).
	WeightDecay float64 `json:"weight_decay"`
	AdamBeta1   float64 `json:"adam_beta1"`
	AdamBeta2   float64 `json:"adam_beta2"`
	AdamEpsilon float64 `json:"adam_epsilon"`
	// GradientAccumulationSteps is the forward/backward passes per optimizer
	// step.
	GradientAccumulationSteps int `json:"gradient_accumulation_steps"`
	// MaxGradNorm clips the global gradient norm; <= 0 disables clipping.
	MaxGradNorm float64 `json:"max_grad_norm"`
	// BF16 trains with bf16 autocast semantics.
	BF16 bool `json:"bf16"`
	// GradientCheckpointing recomputes activations in the backward instead
	// of keeping them (passes.Remat through StepConfig.Remat; RematPolicy).
	GradientCheckpointing bool `json:"gradient_checkpointing"`
	// GradientCheckpointingKwargs are transformers'
	// gradient_checkpointing_kwargs (every_n_layers, ...; RematPolicy says
	// which keys kiln reads), a JSON object or a string holding one.
	GradientCheckpointingKwargs map[string]any `json:"gradient_checkpointing_kwargs"`
	// NEFTuneNoiseAlpha, when set (>= 0, finite), adds NEFTune noise to the
	// input embeddings in training (StepConfig.NEFTuneAlpha); nil (HF's
	// None, the default) and 0 add none.
	NEFTuneNoiseAlpha *float64 `json:"neftune_noise_alpha"`

	// LoggingStrategy is "no", "steps" or "epoch".
	LoggingStrategy string `json:"logging_strategy"`
	// LoggingFirstStep also logs after the first optimizer step.
	LoggingFirstStep bool `json:"logging_first_step"`
	// LoggingSteps logs every that many optimizer steps; below 1 it is a
	// ratio of the total steps.
	LoggingSteps float64 `json:"logging_steps"`

	// EvalStrategy ("no", "steps", "epoch") is when the Trainer evaluates
	// (TrainerOptions.EvalData, or the Evaluate hook).
	EvalStrategy string `json:"eval_strategy"`
	// EvalSteps defaults to LoggingSteps under "steps"; below 1 it is a
	// ratio of the total steps.
	EvalSteps *float64 `json:"eval_steps"`
	// EvalDelay is the steps (eval_strategy "steps") or epochs ("epoch")
	// before the first evaluation (DefaultFlowCallback).
	EvalDelay float64 `json:"eval_delay"`
	// SaveStrategy ("no", "steps", "epoch", "best") is when the Trainer
	// saves a checkpoint (through TrainerOptions.SaveCheckpoint).
	SaveStrategy string `json:"save_strategy"`
	// SaveSteps is the interval under "steps"; below 1 it is a ratio of
	// the total steps.
	SaveSteps float64 `json:"save_steps"`
	// SaveTotalLimit: issue #15.
	SaveTotalLimit *int `json:"save_total_limit"`
	// LoadBestModelAtEnd: issue #15.
	LoadBestModelAtEnd bool `json:"load_best_model_at_end"`
	// MetricForBestModel is the evaluation metric that State.BestMetric
	// and EarlyStoppingCallback follow ("eval_" is prefixed when missing);
	// it defaults to "loss" when LoadBestModelAtEnd is set.
	MetricForBestModel *string `json:"metric_for_best_model"`
	// GreaterIsBetter defaults to whether MetricForBestModel does not end
	// in "loss".
	GreaterIsBetter *bool `json:"greater_is_better"`
	// ResumeFromCheckpoint is the checkpoint directory Train resumes from,
	// or "true" (JSON true too: Trainer.train(resume_from_checkpoint=True))
	// for the latest checkpoint-N of OutputDir (LastCheckpoint); nil (or
	// false) starts afresh.
	ResumeFromCheckpoint *string `json:"resume_from_checkpoint"`
	// RestoreCallbackStatesFromCheckpoint, on resume, gives the callbacks
	// (ExportableState) and the TrainerControl the states the checkpoint's
	// trainer_state.json recorded in stateful_callbacks (HF's
	// _load_callback_state); false, HF's default, resumes them fresh.
	RestoreCallbackStatesFromCheckpoint bool `json:"restore_callback_states_from_checkpoint"`

	// Seed seeds model initialisation and, without DataSeed, data order.
	Seed int `json:"seed"`
	// DataSeed, when set, seeds the Trainer's shuffle instead of Seed.
	DataSeed *int `json:"data_seed"`
	// DataloaderDropLast drops the last partial batch of an epoch; it
	// changes the step count (Plan).
	DataloaderDropLast bool `json:"dataloader_drop_last"`
	// GroupByLength is accepted for transformers 4.x files (5.x spells it
	// train_sampling_strategy "group_by_length"); issue #15.
	GroupByLength bool `json:"group_by_length"`

	// FSDP is transformers' fsdp: space-separated FSDPOption names (a JSON
	// list of them is accepted too). "full_shard" trains with parameters,
	// gradients and optimizer state sharded over the devices (ShardFull),
	// "no_shard" or "" replicated (data parallelism, ShardNone);
	// "auto_wrap" changes nothing kiln computes; the other options are
	// refused by name (ShardMode). It acts when the Runner runs on a mesh
	// of several devices (kiln train --devices N); on one device every
	// mode trains the same numbers.
	FSDP string `json:"fsdp"`
	// FSDPConfig is transformers' fsdp_config object; ShardMode says which
	// keys (and values) kiln honours and refuses the rest by name.
	FSDPConfig map[string]any `json:"fsdp_config"`
}

// DefaultTrainingArguments is TrainingArguments() in transformers 5.x, after
// its __post_init__ defaults (output_dir "trainer_output").
func DefaultTrainingArguments() TrainingArguments {
	return TrainingArguments{
		OutputDir:                 "trainer_output",
		PerDeviceTrainBatchSize:   8,
		PerDeviceEvalBatchSize:    8,
		NumTrainEpochs:            3.0,
		MaxSteps:                  -1,
		LearningRate:              5e-5,
		LRSchedulerType:           SchedLinear,
		WarmupSteps:               0,
		Optim:                     "adamw_torch_fused",
		WeightDecay:               0.0,
		AdamBeta1:                 0.9,
		AdamBeta2:                 0.999,
		AdamEpsilon:               1e-8,
		GradientAccumulationSteps: 1,
		MaxGradNorm:               1.0,
		LoggingStrategy:           "steps",
		LoggingSteps:              500,
		EvalStrategy:              "no",
		SaveStrategy:              "steps",
		SaveSteps:                 500,
		Seed:                      42,
	}
}

// hfOptimizerNames is transformers' OptimizerNames (training_args.py, 5.x).
// Which of them kiln implements is the optimizer's business, not the
// parser's.
var hfOptimizerNames = []string{
	"adamw_torch", "adamw_torch_fused", "adamw_torch_xla", "adamw_torch_npu_fused", "adamw_apex_fused",
	"adafactor", "adamw_anyprecision", "adamw_torch_4bit", "adamw_torch_8bit", "ademamix", "sgd", "adagrad",
	"adamw_bnb_8bit", "adamw_8bit", "ademamix_8bit", "lion_8bit", "lion_32bit", "paged_adamw_32bit",
	"paged_adamw_8bit", "paged_ademamix_32bit", "paged_ademamix_8bit", "paged_lion_32bit", "paged_lion_8bit",
	"rmsprop", "rmsprop_bnb", "rmsprop_bnb_8bit", "rmsprop_bnb_32bit", "galore_adamw", "galore_adamw_8bit",
	"galore_adafactor", "galore_adamw_layerwise", "galore_adamw_8bit_layerwise", "galore_adafactor_layerwise",
	"lomo", "adalomo", "grokadamw", "schedule_free_radam", "schedule_free_adamw", "schedule_free_sgd",
	"apollo_adamw", "apollo_adamw_layerwise", "stable_adamw",
}
