package train

import (
	"fmt"
	"slices"

	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// shardedTraining returns the data-parallel device count of r's backend
// (the size of a mesh backend's DPAxis; 1 for any other backend) and the
// StepConfig.Shard the Trainer trains with there (fsdp's mode; nil on a
// backend without a DPAxis). Every batch must split evenly over the
// devices: the last, short batch of an epoch is checked here.
func shardedTraining(r *models.Runner, args TrainingArguments, rows int) (int, *ShardConfig, error) {
	mode, err := args.ShardMode()
	if err != nil {
		return 0, nil, err
	}
	mb, ok := r.Backend().(*mesh.Backend)
	if !ok {
		return 1, nil, nil
	}
	m := mb.Mesh()
	i := slices.Index(m.Axes(), DPAxis)
	if i < 0 {
		return 1, nil, nil
	}
	n := m.Shape()[i]
	global := args.PerDeviceTrainBatchSize * n
	if last := rows % global; last%n != 0 && !args.DataloaderDropLast {
		return 0, nil, fmt.Errorf("field \"per_device_train_batch_size\": %d rows per device on %d devices leave a last batch of %d of the %d training rows, which does not split evenly over the devices; change per_device_train_batch_size or set dataloader_drop_last", args.PerDeviceTrainBatchSize, n, last, rows)
	}
	if mode == ShardFull && args.EvalStrategy != "no" {
		return 0, nil, fmt.Errorf("field \"eval_strategy\": %q with fsdp full_shard: evaluation reads the whole weights, which full_shard keeps as per-device blocks (not built)", args.EvalStrategy)
	}
	return n, &ShardConfig{Mode: mode}, nil
}

// unshard puts the weights full_shard split back into the Runner whole
// (Step.Unshard; the Steps of one Runner share them, so one Step does it).
func (t *Trainer) unshard() error {
	if len(t.steps) == 0 || t.cfg.Shard == nil || t.cfg.Shard.Mode != ShardFull {
		return nil
	}
	return t.anyStep().Unshard()
}

// weight returns the whole value of the Runner's weight (or adapter
// weight) name as training left it: gathered from the devices' blocks
// under full_shard (Step.Weight), downloaded otherwise.
func (t *Trainer) weight(name string) (*tensor.Tensor, error) {
	if len(t.steps) > 0 {
		return t.anyStep().Weight(name)
	}
	return t.runner.Session().Download(name)
}
