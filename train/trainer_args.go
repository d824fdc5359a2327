package train

import (
	"encoding/json"
	"fmt"
	"sort"
)

// ignoredArgs are TrainingArguments names that HF training scripts write
// and that change nothing kiln computes (devices, progress bars, logging
// sinks, data-loader workers, file formats, hub uploads switched off).
// ParseTrainingArguments accepts them, with any value of the right JSON
// kind, except those whose value must be the one in want (a value that
// would ask for work kiln does not do, such as push_to_hub true, is an
// error naming the field).
var ignoredArgs = map[string]ignoredArg{
	"report_to":                     {},
	"use_cpu":                       {},
	"no_cuda":                       {},
	"disable_tqdm":                  {},
	"logging_dir":                   {},
	"run_name":                      {},
	"dataloader_num_workers":        {},
	"dataloader_pin_memory":         {},
	"dataloader_persistent_workers": {},
	"dataloader_prefetch_factor":    {},
	"save_safetensors":              {},
	"save_only_model":               {},
	"save_on_each_node":             {},
	"do_train":                      {},
	"do_eval":                       {want: "false"},
	"do_predict":                    {want: "false"},
	"push_to_hub":                   {want: "false"},
	"hub_model_id":                  {},
	"hub_strategy":                  {},
	"hub_private_repo":              {},
	"log_level":                     {},
	"log_level_replica":             {},
	"log_on_each_node":              {},
	"logging_nan_inf_filter":        {}, // kiln stops on a non-finite loss instead
	"skip_memory_metrics":           {want: "true"},
	"eval_accumulation_steps":       {},
	"remove_unused_columns":         {},
	"full_determinism":              {},
	"tf32":                          {},
	"torch_compile":                 {},
	"ddp_find_unused_parameters":    {},
	"ddp_backend":                   {},
	"local_rank":                    {},
	"prediction_loss_only":          {},
	"include_for_metrics":           {},
}

// ignoredArg constrains an accepted-and-ignored field: want, when set, is
// the only JSON value accepted (null is always accepted).
type ignoredArg struct{ want string }

// IgnoredArgNames lists the TrainingArguments names kiln accepts with no
// effect on its numbers, sorted.
func IgnoredArgNames() []string {
	names := make([]string, 0, len(ignoredArgs))
	for n := range ignoredArgs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// acceptIgnoredArg reports whether name is an ignored field, and an error
// when its value is one kiln cannot honour by ignoring it.
func acceptIgnoredArg(name string, raw json.RawMessage) (bool, error) {
	ia, ok := ignoredArgs[name]
	if !ok {
		return false, nil
	}
	v, err := decodeJSONValue(raw)
	if err != nil {
		return true, err
	}
	if ia.want == "" || v == nil {
		return true, nil
	}
	if b, ok := v.(bool); ok && fmt.Sprint(b) == ia.want {
		return true, nil
	}
	return true, fmt.Errorf("kiln accepts only %s here (it has no effect on training in kiln), got %s", ia.want, jsonKind(v))
}

// OptimizerConfig is the optimizer the HF Trainer builds for these
// arguments: optim's rule with adam_beta1, adam_beta2, adam_epsilon and
// weight_decay (the rules that do not use a field ignore it).
func (a *TrainingArguments) OptimizerConfig() (OptimizerConfig, error) {
	c, err := DefaultOptimizerConfig(a.Optim)
	if err != nil {
		return OptimizerConfig{}, fmt.Errorf("field \"optim\": %w", err)
	}
	c.Beta1, c.Beta2, c.Epsilon, c.WeightDecay = a.AdamBeta1, a.AdamBeta2, a.AdamEpsilon, a.WeightDecay
	if err := c.Validate(); err != nil {
		return OptimizerConfig{}, err
	}
	return c, nil
}

// checkHooks refuses the strategies the Trainer would have to act on
// without what does the work: evaluation needs TrainerOptions.EvalData
// (or the Evaluate hook) and checkpoints TrainerOptions.SaveCheckpoint
// (the HF Trainer refuses an eval_strategy without an eval_dataset).
// save_strategy "best" needs metric_for_best_model, as the HF Trainer's
// __init__ checks.
func (a *TrainingArguments) checkHooks(opts TrainerOptions) error {
	switch {
	case a.EvalStrategy != "no" && opts.Evaluate == nil && opts.EvalData == nil:
		return fmt.Errorf("field \"eval_strategy\": %q needs an evaluation dataset (TrainerOptions.EvalData, or an Evaluate hook); use \"no\"", a.EvalStrategy)
	case a.SaveStrategy != "no" && opts.SaveCheckpoint == nil && opts.ModelDir == "":
		return fmt.Errorf("field \"save_strategy\": %q needs a checkpoint writer (TrainerOptions.ModelDir for the default, Trainer.WriteCheckpoint, or TrainerOptions.SaveCheckpoint); use \"no\"", a.SaveStrategy)
	case a.SaveStrategy == "best" && a.MetricForBestModel == nil:
		return fmt.Errorf("field \"metric_for_best_model\": must be set with save_strategy \"best\"")
	}
	return nil
}
