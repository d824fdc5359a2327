// Package train is kiln's fine-tuning core, growing through issues #14 to
// #16 (training core, Trainer, LoRA).
//
// What exists:
//
//   - Learning-rate schedules (sched*.go): every transformers SchedulerType
//     that is a function of the step — linear, cosine,
//     cosine_with_restarts, polynomial, constant, constant_with_warmup,
//     inverse_sqrt, cosine_with_min_lr, cosine_warmup_with_min_lr,
//     warmup_stable_decay — with lr_scheduler_kwargs as get_scheduler passes
//     them. Schedule.LR(step) is the learning rate after step scheduler
//     steps (the lr of optimizer update step+1), in transformers' float64
//     arithmetic; Schedule.LoggedLR(k) = LR(k-1) is the learning_rate the
//     5.x Trainer logs at global_step k. reduce_lr_on_plateau is Plateau,
//     torch's ReduceLROnPlateau, which the Trainer steps with
//     metric_for_best_model after each evaluation (sched_plateau*.go).
//   - TrainingArguments (args*.go): training_args.json with transformers
//     5.x's names, types and defaults; unknown names, wrong JSON types and
//     out-of-range values are errors naming the file and the field. Plan
//     does the Trainer's step arithmetic (dataloader length, update steps
//     per epoch, max_steps, warmup steps) and Schedule builds the schedule
//     create_scheduler would.
//   - Optimizers (optim*.go): AdamW (adamw_torch, adamw_torch_fused), Adam,
//     SGD and Adafactor as IR update rules in torch's float32 operation
//     order, global-norm clipping (the pre-clip norm is grad_norm), the HF
//     Trainer's weight-decay groups, and Optimizer.Step: one compiled
//     program that clips and updates every parameter and its state in place
//     on a session (docs/train-optim.md).
//   - The compiled train step (step*.go): NewStep compiles from a
//     models.Runner's model the forward with labels, the loss, the
//     gradient of every weight (package autodiff), global-norm clipping
//     and the optimizer update — one program, or with gradient
//     accumulation an "accumulate" program (gradients added into float32
//     session buffers in place) and an "apply" one — and Step.Run applies
//     one optimizer step over 1..Accumulation micro-batches, weights,
//     optimizer state and accumulators updated in place on the Runner's
//     session. Losses are normalised as the HF Trainer does
//     (num_items_in_batch or the micro-batch count, per architecture:
//     step_norm.go); tied weights train as one parameter; a NaN/inf loss
//     or norm leaves every buffer unchanged and is an error naming the
//     step. float32 only; gpt2-tiny matches torch AdamW's losses for 6
//     steps, and k micro-batches match the full batch's update.
//   - The Trainer (trainer*.go, data*.go, state.go, save.go): the HF 5.x
//     training loop over a Runner — JSONL rows (ReadJSONL), the padding
//     collator, per-epoch shuffling, accumulation groups, the schedule,
//     log_history as DefaultFlowCallback decides, trainer_state.json
//     (TrainerState.JSON) and the trained model in the Hugging Face layout
//     (Trainer.Save); `kiln train` is its CLI (docs/train.md).
//   - Evaluation and prediction (eval*.go, metrics*.go): Trainer.Evaluate
//     and Trainer.Predict as HF's evaluate / evaluation_loop / predict on
//     one device (eval_loss, speed metrics, compute_metrics with
//     EvalPrediction, preprocess_logits_for_metrics), the default
//     evaluation of eval_strategy over TrainerOptions.EvalData, and the
//     ready metrics Accuracy and F1 (binary, micro, macro, weighted).
//
// Gradients come from package autodiff (docs/autodiff.md) and losses from
// the models' heads (Spec.Labels; the LM losses use the chunked
// linear_cross_entropy op). What does not exist yet: bf16 mixed precision
// in the step (rest of #14); full checkpoints and the fields
// TrainingArguments marks "issue #15" (#15); LoRA (#16). See
// docs/train.md.
package train
