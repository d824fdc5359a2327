package train

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"

	"github.com/kiln-ml/kiln/tensor"
)

// The files of a checkpoint directory beside the model's (SaveModel's
// model.safetensors, config.json and tokenizer files).
const (
	// TrainerStateFile is HF's trainer_state.json.
	TrainerStateFile = "trainer_state.json"
	// TrainingArgsFile is the TrainingArguments as JSON with HF's names
	// (HF pickles them to training_args.bin, which kiln cannot write).
	TrainingArgsFile = "training_args.json"
	// OptimizerFile holds every optimizer state tensor under its session
	// name (StateName: "<param>.exp_avg", ...), float32, with the step
	// count and a CRC-32C of every tensor in the metadata. HF writes
	// torch's optimizer.pt pickle, which kiln cannot write or read.
	OptimizerFile = "optimizer.safetensors"
	// SchedulerFile is the learning-rate scheduler's state as torch's
	// LambdaLR.state_dict names it (last_epoch, _step_count, base_lrs,
	// _last_lr), or for reduce_lr_on_plateau every entry of
	// ReduceLROnPlateau.state_dict (plateauJSON), in JSON, not HF's
	// scheduler.pt pickle.
	SchedulerFile = "scheduler.json"
	// RNGStateFile is kiln's random state: the seeds of the data shuffle
	// and of the dropout/NEFTune noise and the positions in them (kiln's
	// generators are counter-based, not torch's rng_state.pth).
	RNGStateFile = "rng_state.json"
	// LoopStateFile is the loop's running totals (the loss since the last
	// log entry, the total loss, the step last logged, the flos not yet in
	// total_flos) and whether the end of the checkpoint's epoch is still
	// to run (epoch_end_pending), which HF does not save: kiln restores
	// them so that a resumed run logs what the uninterrupted run logs.
	LoopStateFile = "trainer_loop.json"
)

// checkpointFileHook, when set (by tests), is called with the temporary
// directory and each file's name after the file is written there.
var checkpointFileHook func(stage, name string)

// WriteCheckpoint writes the full checkpoint of the current step to dir,
// the Trainer's default TrainerOptions.SaveCheckpoint: the model as Save
// writes it (model.safetensors, config.json, tokenizer files), state as
// trainer_state.json, the arguments (TrainingArgsFile), the optimizer
// state (OptimizerFile), the scheduler's (SchedulerFile), the random
// state (RNGStateFile) and the loop's totals (LoopStateFile): everything
// resume_from_checkpoint needs to continue the run exactly.
//
// The directory appears whole or not at all: the files are written into a
// temporary directory beside dir (".tmp-<name>-*", which LastCheckpoint
// never picks), each fsynced, then the directory is renamed to dir and
// its parent fsynced. A process killed while saving leaves the earlier
// checkpoints as they were (and at worst a ".tmp-" directory). An existing
// dir is replaced (moved aside to ".old-<name>-*" and removed after the
// rename).
func (t *Trainer) WriteCheckpoint(ctx context.Context, dir string, state *TrainerState) error {
	if err := t.checkSavable(); err != nil {
		return err
	}
	if state == nil {
		state = &t.State
	}
	step := t.anyStep()
	opt, err := step.OptimizerState()
	if err != nil {
		return err
	}
	return writeDirAtomic(dir, func(stage string) error {
		files, err := t.stageModel(stage)
		if err != nil {
			return err
		}
		for _, f := range files {
			hookFile(stage, f)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		args, err := json.MarshalIndent(t.args, "", "  ")
		if err != nil {
			return fmt.Errorf("%s: %w", TrainingArgsFile, err)
		}
		meta := map[string]string{"format": "kiln-optimizer", "optim": t.args.Optim, "rule": t.cfg.Optimizer.Rule.String(), "step": strconv.Itoa(state.GlobalStep)}
		for name, x := range opt {
			meta["crc32c:"+name] = tensorCRC(x)
		}
		if err := tensor.WriteSafetensorsFile(filepath.Join(stage, OptimizerFile), opt, meta); err != nil {
			return fmt.Errorf("%s: %w", OptimizerFile, err)
		}
		hookFile(stage, OptimizerFile)
		for _, f := range []struct {
			name string
			data []byte
		}{
			{TrainerStateFile, state.JSON()},
			{TrainingArgsFile, append(args, '\n')},
			{SchedulerFile, t.schedulerState(state.GlobalStep)},
			{RNGStateFile, t.rngState(state)},
			{LoopStateFile, t.loopState()},
		} {
			if err := os.WriteFile(filepath.Join(stage, f.name), f.data, 0o644); err != nil {
				return err
			}
			hookFile(stage, f.name)
		}
		return nil
	})
}

func hookFile(stage, name string) {
	if checkpointFileHook != nil {
		checkpointFileHook(stage, name)
	}
}

// anyStep is one of the compiled Steps (they share the weights and the
// optimizer state by name).
func (t *Trainer) anyStep() *Step {
	specs := make([]string, 0, len(t.steps))
	bySpec := map[string]*Step{}
	for spec, s := range t.steps {
		k := spec.String()
		specs = append(specs, k)
		bySpec[k] = s
	}
	sort.Strings(specs)
	return bySpec[specs[0]]
}

// tensorCRC is the CRC-32C of a tensor's bytes, in hex.
func tensorCRC(x *tensor.Tensor) string {
	return fmt.Sprintf("%08x", crc32.Checksum(x.Data, crc32.MakeTable(crc32.Castagnoli)))
}

// schedulerJSON is SchedulerFile: torch's LambdaLR.state_dict fields
// (last_epoch is the number of scheduler steps taken) and the schedule's
// type.
type schedulerJSON struct {
	LastEpoch int       `json:"last_epoch"`
	StepCount int       `json:"_step_count"`
	BaseLRs   []float64 `json:"base_lrs"`
	LastLR    []float64 `json:"_last_lr"`
	Type      string    `json:"lr_scheduler_type"`
}

// schedulerState is SchedulerFile's text at step: the step schedule's
// LambdaLR fields, or the plateau's state (plateauJSON).
func (t *Trainer) schedulerState(step int) []byte {
	if t.plateau != nil {
		return t.plateau.stateJSON(step)
	}
	b, _ := json.MarshalIndent(schedulerJSON{LastEpoch: step, StepCount: step + 1, BaseLRs: []float64{t.args.LearningRate},
		LastLR: []float64{t.sched.LR(step)}, Type: string(t.sched.Type())}, "", "  ")
	return append(b, '\n')
}

// rngJSON is RNGStateFile. The epoch order is a permutation drawn from a
// PCG generator seeded with (data_seed, epoch) and micro-batch j of step n
// uses DropoutSeed(seed, n, j): the seeds and the global step are the
// whole state.
type rngJSON struct {
	Seed       int64  `json:"seed"`
	DataSeed   int    `json:"data_seed"`
	GlobalStep int    `json:"global_step"`
	Generator  string `json:"generator"`
}

const rngGenerator = "kiln: shuffle PCG(data_seed, epoch); dropout/NEFTune DropoutSeed(seed, step, micro)"

func (t *Trainer) rngState(state *TrainerState) []byte {
	b, _ := json.MarshalIndent(rngJSON{Seed: t.cfg.Seed, DataSeed: t.dataSeed, GlobalStep: state.GlobalStep, Generator: rngGenerator}, "", "  ")
	return append(b, '\n')
}

// loopJSON is LoopStateFile. TrLoss is a float32 sum held as float64
// (exact); JSON numbers round-trip float64 exactly. LastLR is the last
// update's learning rate, which a pending epoch end logs under
// reduce_lr_on_plateau (an evaluation may have cut the scheduler's since).
// EpochEndPending (epochEndPending) is false and LastLR nil when missing:
// checkpoints written before they existed resume as they did.
type loopJSON struct {
	TrLoss          float64  `json:"tr_loss"`
	TotalLoss       float64  `json:"total_loss_scalar"`
	LastLogged      int      `json:"globalstep_last_logged"`
	LastNorm        float64  `json:"grad_norm"`
	LastLR          *float64 `json:"learning_rate"`
	CurFlos         float64  `json:"current_flos"`
	EpochEndPending bool     `json:"epoch_end_pending"`
}

func (t *Trainer) loopState() []byte {
	var l loopJSON
	if lp := t.lp; lp != nil {
		lr := lp.lastLR
		l = loopJSON{TrLoss: float64(lp.trLoss), TotalLoss: lp.totalLoss, LastLogged: lp.lastLogged, LastNorm: lp.lastNorm, LastLR: &lr,
			CurFlos: lp.curFlos, EpochEndPending: t.epochEndPending()}
	}
	b, _ := json.MarshalIndent(l, "", "  ")
	return append(b, '\n')
}

// writeDirAtomic creates dir with what fill writes into a temporary
// directory beside it, fsyncing every file, the directory and then the
// parent after the rename. On an error nothing is left but what was there.
func writeDirAtomic(dir string, fill func(stage string) error) error {
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	stage, err := os.MkdirTemp(parent, ".tmp-"+base+"-*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(stage)
		}
	}()
	if err := os.Chmod(stage, 0o755); err != nil {
		return err
	}
	if err := fill(stage); err != nil {
		return err
	}
	entries, err := os.ReadDir(stage)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := syncPath(filepath.Join(stage, e.Name())); err != nil {
			return err
		}
	}
	if err := syncPath(stage); err != nil {
		return err
	}
	var old string
	if _, err := os.Stat(dir); err == nil {
		if old, err = os.MkdirTemp(parent, ".old-"+base+"-*"); err != nil {
			return err
		}
		if err := os.Remove(old); err != nil {
			return err
		}
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("replacing %s: %w", dir, err)
		}
	}
	if err := os.Rename(stage, dir); err != nil {
		if old != "" {
			err = errors.Join(err, os.Rename(old, dir))
		}
		return fmt.Errorf("saving %s: %w", dir, err)
	}
	done = true
	if err := syncPath(parent); err != nil {
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// syncPath fsyncs a file or directory.
func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("fsync %s: %w", path, err)
	}
	return f.Close()
}

// checkpointRE is transformers' _re_checkpoint: "checkpoint-<digits>".
var checkpointRE = regexp.MustCompile(`^checkpoint-(\d+)$`)

// checkpointStep is the step of a checkpoint directory's name.
func checkpointStep(name string) (int, bool) {
	m := checkpointRE.FindStringSubmatch(name)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// sortedCheckpoints lists the checkpoint-N directories of outputDir,
// oldest (smallest N) first, as transformers' sort_checkpoints by step.
func sortedCheckpoints(outputDir string) ([]string, error) {
	entries, err := os.ReadDir(outputDir)
	if err != nil {
		return nil, err
	}
	type ck struct {
		step int
		path string
	}
	var cks []ck
	for _, e := range entries {
		if n, ok := checkpointStep(e.Name()); ok && e.IsDir() {
			cks = append(cks, ck{n, filepath.Join(outputDir, e.Name())})
		}
	}
	sort.Slice(cks, func(i, j int) bool { return cks[i].step < cks[j].step })
	out := make([]string, len(cks))
	for i, c := range cks {
		out[i] = c.path
	}
	return out, nil
}

// LastCheckpoint is transformers' get_last_checkpoint: the checkpoint-N
// directory of outputDir with the largest N, or "" when there is none.
// Temporary directories of an unfinished save (".tmp-checkpoint-N-*") do
// not match.
func LastCheckpoint(outputDir string) (string, error) {
	cks, err := sortedCheckpoints(outputDir)
	if err != nil {
		return "", fmt.Errorf("output_dir %s: %w", outputDir, err)
	}
	if len(cks) == 0 {
		return "", nil
	}
	return cks[len(cks)-1], nil
}

// RotateCheckpoints is transformers' rotate_checkpoints (by step): with
// limit > 0 and more checkpoint-N directories in outputDir than limit, it
// deletes the oldest until limit remain, never the most recent one nor
// best (the best model's checkpoint, "" for none), so that
// max(limit, protected) remain. limit <= 0 deletes nothing.
func RotateCheckpoints(outputDir string, limit int, best string) error {
	if limit <= 0 {
		return nil
	}
	cks, err := sortedCheckpoints(outputDir)
	if err != nil {
		return fmt.Errorf("save_total_limit: %w", err)
	}
	if len(cks) <= limit {
		return nil
	}
	protected := map[string]bool{cks[len(cks)-1]: true}
	if best != "" {
		protected[filepath.Clean(best)] = true
	}
	keep := max(limit, len(protected))
	remaining := len(cks)
	for _, c := range cks {
		if remaining <= keep {
			break
		}
		if !protected[c] {
			if err := os.RemoveAll(c); err != nil {
				return fmt.Errorf("save_total_limit: removing %s: %w", c, err)
			}
			remaining--
		}
	}
	return nil
}

// KeepOnlyBestCheckpoint is what the HF Trainer does to outputDir at the
// end of training (_inner_training_loop, after the train-end log) when
// save_total_limit is 1 and a best checkpoint is known: rotation kept two
// checkpoints (the best and, to resume from, the most recent), and now
// every checkpoint-N directory but best is deleted, so only best remains.
// limit nil or not 1, or best "", deletes nothing. best is compared by
// file identity (os.SameFile), as transformers' os.path.samefile.
func KeepOnlyBestCheckpoint(outputDir string, limit *int, best string) error {
	if limit == nil || *limit != 1 || best == "" {
		return nil
	}
	bestInfo, err := os.Stat(best)
	if err != nil {
		return fmt.Errorf("save_total_limit 1: best checkpoint %s: %w", best, err)
	}
	cks, err := sortedCheckpoints(outputDir)
	if err != nil {
		return fmt.Errorf("save_total_limit 1: %w", err)
	}
	for _, c := range cks {
		fi, err := os.Stat(c)
		if err != nil {
			return fmt.Errorf("save_total_limit 1: %w", err)
		}
		if os.SameFile(fi, bestInfo) {
			continue
		}
		if err := os.RemoveAll(c); err != nil {
			return fmt.Errorf("save_total_limit 1: removing %s: %w", c, err)
		}
	}
	return nil
}
