package train

import (
	"fmt"
	"math"
)

// Plan is the step arithmetic the HF Trainer does before training
// (Trainer.set_initial_training_values, transformers 5.x, one device).
type Plan struct {
	// DataloaderLen is len(train_dataloader): batches per epoch,
	// ceil(rows / batch) or, with dataloader_drop_last, floor.
	DataloaderLen int
	// UpdateStepsPerEpoch is max(ceil(DataloaderLen / accumulation), 1).
	UpdateStepsPerEpoch int
	// MaxSteps is the number of optimizer steps: max_steps when > 0
	// (0 stays 0), else ceil(num_train_epochs * UpdateStepsPerEpoch).
	MaxSteps int
	// NumTrainEpochs is the epochs the loop starts: ceil(num_train_epochs)
	// when epoch based, else ceil(MaxSteps / UpdateStepsPerEpoch).
	NumTrainEpochs int
	// WarmupSteps is WarmupStepsFor(MaxSteps).
	WarmupSteps int
	// EpochBased is max_steps < 0.
	EpochBased bool
}

// Plan computes the Trainer's step counts for a training set of rows rows.
func (a *TrainingArguments) Plan(rows int) (Plan, error) { return a.PlanDevices(rows, 1) }

// PlanDevices is Plan for a run over devices data-parallel devices: a
// batch is per_device_train_batch_size rows per device, so an epoch has
// ceil(rows / (per_device_train_batch_size * devices)) of them, as a
// torch DistributedSampler gives each of the devices its share.
func (a *TrainingArguments) PlanDevices(rows, devices int) (Plan, error) {
	if devices < 1 {
		return Plan{}, fmt.Errorf("%d devices, want >= 1", devices)
	}
	if rows <= 0 {
		return Plan{}, fmt.Errorf("training set has %d rows: nothing to train on", rows)
	}
	if a.PerDeviceTrainBatchSize < 1 || a.GradientAccumulationSteps < 1 {
		return Plan{}, fmt.Errorf("per_device_train_batch_size %d and gradient_accumulation_steps %d must be >= 1",
			a.PerDeviceTrainBatchSize, a.GradientAccumulationSteps)
	}
	bs, gas := a.PerDeviceTrainBatchSize*devices, a.GradientAccumulationSteps
	p := Plan{EpochBased: a.MaxSteps < 0}
	p.DataloaderLen = (rows + bs - 1) / bs
	if a.DataloaderDropLast {
		p.DataloaderLen = rows / bs
	}
	if p.DataloaderLen == 0 {
		return Plan{}, fmt.Errorf("training set has %d rows, fewer than per_device_train_batch_size %d x %d devices with dataloader_drop_last: no batches", rows, a.PerDeviceTrainBatchSize, devices)
	}
	p.UpdateStepsPerEpoch = max(p.DataloaderLen/gas+boolInt(p.DataloaderLen%gas > 0), 1)
	p.MaxSteps = a.MaxSteps
	if p.EpochBased {
		steps := math.Ceil(a.NumTrainEpochs * float64(p.UpdateStepsPerEpoch))
		if math.IsNaN(steps) || steps > math.MaxInt32 {
			return Plan{}, fmt.Errorf("num_train_epochs %v x %d update steps per epoch is too many steps", a.NumTrainEpochs, p.UpdateStepsPerEpoch)
		}
		p.MaxSteps = int(steps)
	}
	if a.MaxSteps > 0 {
		p.NumTrainEpochs = p.MaxSteps/p.UpdateStepsPerEpoch + boolInt(p.MaxSteps%p.UpdateStepsPerEpoch > 0)
	} else {
		p.NumTrainEpochs = int(math.Ceil(a.NumTrainEpochs))
	}
	p.WarmupSteps = a.WarmupStepsFor(p.MaxSteps)
	return p, nil
}

// WarmupStepsFor is TrainingArguments.get_warmup_steps: warmup_steps >= 1 is
// a count (truncated toward zero, as int() does), below 1 a ratio of
// totalSteps rounded up: ceil(totalSteps * warmup_steps). A set warmup_ratio
// stands in for warmup_steps, as 5.x's __post_init__ makes it.
func (a *TrainingArguments) WarmupStepsFor(totalSteps int) int {
	w := a.WarmupSteps
	if a.WarmupRatio != nil {
		w = *a.WarmupRatio
	}
	if w >= 1 {
		return int(math.Min(w, math.MaxInt32)) // no step count reaches the clamp
	}
	return int(math.Ceil(float64(totalSteps) * w))
}

// Schedule builds the learning-rate schedule the Trainer's create_scheduler
// builds for totalSteps optimizer steps (Plan.MaxSteps).
func (a *TrainingArguments) Schedule(totalSteps int) (*Schedule, error) {
	return NewSchedule(ScheduleConfig{
		Type:          a.LRSchedulerType,
		LearningRate:  a.LearningRate,
		WarmupSteps:   a.WarmupStepsFor(totalSteps),
		TrainingSteps: totalSteps,
		Kwargs:        a.LRSchedulerKwargs,
	})
}

// Plateau builds the reduce_lr_on_plateau scheduler create_scheduler
// builds (lr_scheduler_type must be it): torch's ReduceLROnPlateau at
// learning_rate with lr_scheduler_kwargs. Errors name the kwarg.
func (a *TrainingArguments) Plateau() (*Plateau, error) {
	if a.LRSchedulerType != SchedReduceLROnPlateau {
		return nil, fmt.Errorf("field \"lr_scheduler_type\": %q is not reduce_lr_on_plateau", a.LRSchedulerType)
	}
	return NewPlateau(a.LearningRate, a.LRSchedulerKwargs)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
