package train

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/internal/pyjson"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// resumePoint is a checkpoint's state as NewTrainer reads and checks it;
// Train loads the weights and the optimizer state (which need a compiled
// step) and continues from it.
type resumePoint struct {
	dir   string
	state TrainerState
	loop  loopJSON
	rng   rngJSON
	// plateau is the checkpoint's reduce_lr_on_plateau state (nil for a
	// step schedule).
	plateau *Plateau
}

// ReadTrainerState reads a trainer_state.json (as TrainerState.JSON writes
// it, or the HF Trainer): the step, epoch, flos, best-model fields, the
// stateful callbacks and the log history, whose numbers become int when written without a fraction
// or exponent and float64 otherwise, as they were logged. Errors name the
// file.
func ReadTrainerState(path string) (TrainerState, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return TrainerState{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(pyjson.QuoteNonFinite(data)))
	dec.UseNumber()
	var raw struct {
		Epoch               json.Number      `json:"epoch"`
		GlobalStep          int              `json:"global_step"`
		TotalFlos           json.Number      `json:"total_flos"`
		LogHistory          []map[string]any `json:"log_history"`
		BestMetric          *json.Number     `json:"best_metric"`
		BestGlobalStep      *int             `json:"best_global_step"`
		BestModelCheckpoint *string          `json:"best_model_checkpoint"`
		StatefulCallbacks   map[string]any   `json:"stateful_callbacks"`
	}
	if err := dec.Decode(&raw); err != nil {
		return TrainerState{}, fmt.Errorf("%s: %w", path, err)
	}
	var st TrainerState
	st.GlobalStep = raw.GlobalStep
	for _, f := range []struct {
		n   json.Number
		dst *float64
	}{{raw.Epoch, &st.Epoch}, {raw.TotalFlos, &st.TotalFlos}} {
		if f.n == "" {
			continue
		}
		if *f.dst, err = f.n.Float64(); err != nil {
			return TrainerState{}, fmt.Errorf("%s: %w", path, err)
		}
	}
	if raw.BestMetric != nil {
		v, err := raw.BestMetric.Float64()
		if err != nil {
			return TrainerState{}, fmt.Errorf("%s: best_metric: %w", path, err)
		}
		st.BestMetric = &v
	}
	if raw.BestGlobalStep != nil {
		st.BestGlobalStep = *raw.BestGlobalStep
	}
	if raw.BestModelCheckpoint != nil {
		st.BestModelCheckpoint = *raw.BestModelCheckpoint
	}
	if raw.StatefulCallbacks != nil {
		v, err := plainJSON(raw.StatefulCallbacks)
		if err != nil {
			return TrainerState{}, fmt.Errorf("%s: stateful_callbacks: %w", path, err)
		}
		st.StatefulCallbacks = v.(map[string]any)
	}
	if st.GlobalStep < 0 {
		return TrainerState{}, fmt.Errorf("%s: global_step %d < 0", path, st.GlobalStep)
	}
	for i, e := range raw.LogHistory {
		out := make(LogEntry, len(e))
		for k, v := range e {
			if str, ok := v.(string); ok {
				if f, ok := pyjson.NonFinite(str); ok {
					out[k] = f
					continue
				}
			}
			n, ok := v.(json.Number)
			if !ok {
				return TrainerState{}, fmt.Errorf("%s: log_history[%d].%s is %v, want a number", path, i, k, v)
			}
			if strings.ContainsAny(string(n), ".eE") {
				f, err := n.Float64()
				if err != nil {
					return TrainerState{}, fmt.Errorf("%s: log_history[%d].%s: %w", path, i, k, err)
				}
				out[k] = f
			} else {
				i64, err := n.Int64()
				if err != nil {
					return TrainerState{}, fmt.Errorf("%s: log_history[%d].%s: %w", path, i, k, err)
				}
				out[k] = int(i64)
			}
		}
		st.LogHistory = append(st.LogHistory, out)
	}
	return st, nil
}

// plainJSON turns the json.Numbers of a decoded value into int (written
// without a fraction or exponent) or float64, and Python's quoted
// non-finite spellings into float64, as ReadTrainerState reads numbers.
func plainJSON(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			return x.Float64()
		}
		i, err := x.Int64()
		return int(i), err
	case string:
		if f, ok := pyjson.NonFinite(x); ok {
			return f, nil
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			var err error
			if out[i], err = plainJSON(e); err != nil {
				return nil, err
			}
		}
		return out, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			var err error
			if out[k], err = plainJSON(e); err != nil {
				return nil, fmt.Errorf("%s: %w", k, err)
			}
		}
		return out, nil
	}
	return v, nil
}

// readJSONFile decodes a checkpoint's JSON file, refusing unknown fields.
func readJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readResume resolves resume_from_checkpoint (a directory, or "true" for
// LastCheckpoint(output_dir)) and reads and cross-checks the checkpoint's
// state files; the weights and optimizer state are checked by Train
// (loadResume). Errors name the field or the file.
func (t *Trainer) readResume(spec string) (*resumePoint, error) {
	dir := spec
	if strings.EqualFold(spec, "true") {
		last, err := LastCheckpoint(t.args.OutputDir)
		if err != nil {
			return nil, fmt.Errorf("field \"resume_from_checkpoint\": %w", err)
		}
		if last == "" {
			return nil, fmt.Errorf("field \"resume_from_checkpoint\": true: no checkpoint-N directory in output_dir %s", t.args.OutputDir)
		}
		dir = last
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("field \"resume_from_checkpoint\": %s is not a checkpoint directory (%v)", dir, err)
	}
	rp := &resumePoint{dir: dir}
	var err error
	if rp.state, err = ReadTrainerState(filepath.Join(dir, TrainerStateFile)); err != nil {
		return nil, fmt.Errorf("resume_from_checkpoint: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, LoopStateFile)); os.IsNotExist(err) {
		if _, err := os.Stat(filepath.Join(dir, "optimizer.pt")); err == nil {
			return nil, fmt.Errorf("resume_from_checkpoint: %s is a Hugging Face Trainer checkpoint (optimizer.pt): kiln cannot read torch's pickled optimizer, scheduler and RNG states; resume only from checkpoints kiln wrote, or train afresh from its model files", dir)
		}
	}
	for _, f := range []struct {
		name string
		v    any
	}{{LoopStateFile, &rp.loop}, {RNGStateFile, &rp.rng}} {
		if err := readJSONFile(filepath.Join(dir, f.name), f.v); err != nil {
			return nil, fmt.Errorf("resume_from_checkpoint: %w (kiln resumes only from checkpoints it wrote)", err)
		}
	}
	gs := rp.state.GlobalStep
	schedStep, err := t.readScheduler(rp, filepath.Join(dir, SchedulerFile))
	if err != nil {
		return nil, fmt.Errorf("resume_from_checkpoint: %w", err)
	}
	switch {
	case schedStep != gs:
		return nil, fmt.Errorf("resume_from_checkpoint: %s: step %d, but %s says global_step %d", filepath.Join(dir, SchedulerFile), schedStep, TrainerStateFile, gs)
	case rp.rng.GlobalStep != gs:
		return nil, fmt.Errorf("resume_from_checkpoint: %s: global_step %d, but %s says %d", filepath.Join(dir, RNGStateFile), rp.rng.GlobalStep, TrainerStateFile, gs)
	case rp.loop.LastLogged > gs || rp.loop.LastLogged < 0:
		return nil, fmt.Errorf("resume_from_checkpoint: %s: globalstep_last_logged %d is not in [0, %d]", filepath.Join(dir, LoopStateFile), rp.loop.LastLogged, gs)
	}
	return rp, nil
}

// readScheduler reads SchedulerFile (path) into rp and returns the global
// step it was saved at (a step schedule's last_epoch). The checkpoint's
// schedule and the arguments' must both be reduce_lr_on_plateau or both
// not: one's state cannot stand in for the other's. A step schedule is
// rebuilt from the arguments (torch's LambdaLR state is its step count);
// the plateau's whole state comes from the file, its kwargs included, as
// torch's load_state_dict restores them.
func (t *Trainer) readScheduler(rp *resumePoint, path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("%w (kiln resumes only from checkpoints it wrote)", err)
	}
	var head struct {
		Type string `json:"lr_scheduler_type"`
	}
	if err := json.Unmarshal(pyjson.QuoteNonFinite(data), &head); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	saved, want := head.Type == string(SchedReduceLROnPlateau), t.plateau != nil
	if saved != want {
		return 0, fmt.Errorf("%s: the checkpoint's lr_scheduler_type is %q and the arguments ask for %q: a reduce_lr_on_plateau state and a step schedule's cannot stand in for each other", path, head.Type, t.args.LRSchedulerType)
	}
	if saved {
		p, step, err := readPlateauState(path, data)
		if err != nil {
			return 0, err
		}
		rp.plateau = p
		return step, nil
	}
	var sched schedulerJSON
	if err := readJSONFile(path, &sched); err != nil {
		return 0, fmt.Errorf("%w (kiln resumes only from checkpoints it wrote)", err)
	}
	return sched.LastEpoch, nil
}

// ResumeCheckpoint is the checkpoint directory Train resumes from
// (resume_from_checkpoint resolved: "true" is the latest of output_dir),
// "" when it starts afresh.
func (t *Trainer) ResumeCheckpoint() string {
	if t.resume == nil {
		return ""
	}
	return t.resume.dir
}

// ResumeStep is the global step Train resumes at (0 when it starts
// afresh).
func (t *Trainer) ResumeStep() int {
	if t.resume == nil {
		return 0
	}
	return t.resume.state.GlobalStep
}

// resumeAt is where the resumed run's updates start: HF's
// epochs_trained and the update steps already trained in that epoch, or
// the start of the epoch after a pending epoch end (pendingEpochEnd).
func (t *Trainer) resumeAt() (epoch, updates int) {
	if t.resume == nil {
		return 0, 0
	}
	if e, pending := t.pendingEpochEnd(); pending {
		return e + 1, 0
	}
	per := max(t.plan.UpdateStepsPerEpoch, 1)
	gs := t.resume.state.GlobalStep
	return gs / per, gs % per
}

// loadResume restores the checkpoint NewTrainer read: the seeds, the
// trained weights (model.safetensors) and the optimizer state
// (OptimizerFile) through a step compiled for the first update to run,
// the TrainerState (global step, epoch, flos, log history, best model)
// and the loop's totals. Everything is read and checked before any
// buffer is replaced; the checkpoint's files are only read.
func (t *Trainer) loadResume(ctx context.Context, lp *loop) error {
	rp := t.resume
	t.cfg.Seed, t.dataSeed = rp.rng.Seed, rp.rng.DataSeed
	spec, err := t.resumeSpec()
	if err != nil {
		return err
	}
	step, err := t.stepFor(ctx, spec)
	if err != nil {
		return err
	}
	params, err := t.readParams(rp.dir, step, "resume_from_checkpoint")
	if err != nil {
		return err
	}
	opt, err := t.readOptimizer(rp.dir, rp.state.GlobalStep)
	if err != nil {
		return err
	}
	optPath := filepath.Join(rp.dir, OptimizerFile)
	if err := step.checkOptimizerState(opt); err != nil {
		return fmt.Errorf("resume_from_checkpoint: %s: %w", optPath, err)
	}
	if err := step.LoadParams(params); err != nil {
		return fmt.Errorf("resume_from_checkpoint: %s: %w", filepath.Join(rp.dir, "model.safetensors"), err)
	}
	if err := step.LoadOptimizerState(opt); err != nil {
		return fmt.Errorf("resume_from_checkpoint: %s: %w", optPath, err)
	}
	st := &t.State
	st.GlobalStep, st.Epoch, st.TotalFlos = rp.state.GlobalStep, rp.state.Epoch, rp.state.TotalFlos
	st.LogHistory = rp.state.LogHistory
	st.BestMetric, st.BestGlobalStep, st.BestModelCheckpoint = rp.state.BestMetric, rp.state.BestGlobalStep, rp.state.BestModelCheckpoint
	if st.BestModelCheckpoint != "" {
		if fi, err := os.Stat(st.BestModelCheckpoint); err != nil || !fi.IsDir() {
			st.BestModelCheckpoint = "" // HF ignores a best checkpoint that no longer exists
		}
	}
	lp.trLoss, lp.totalLoss, lp.lastLogged, lp.lastNorm = float32(rp.loop.TrLoss), rp.loop.TotalLoss, rp.loop.LastLogged, rp.loop.LastNorm
	lp.curFlos = rp.loop.CurFlos
	if rp.plateau != nil {
		p := *rp.plateau
		t.plateau = &p
	}
	t.lastSaved, t.lastSavedDir = st.GlobalStep, rp.dir
	return nil
}

// resumeSpec is the program spec of the first update the resumed run
// applies (that of the first update of the run when it has none left).
func (t *Trainer) resumeSpec() (models.Spec, error) {
	epoch, u := t.resumeAt()
	gas := t.args.GradientAccumulationSteps
	if epoch >= t.plan.NumTrainEpochs {
		epoch, u = 0, 0
	}
	batches := t.batches(t.epochOrder(epoch))
	from := u * gas
	if from >= len(batches) {
		from = 0
	}
	spec, _, _, err := t.collateGroup(batches[from:min(from+gas, len(batches))])
	return spec, err
}

// readParams reads the step's trained parameters from dir's
// model.safetensors by the checkpoint names the Runner bound them from;
// a tensor missing or of another shape (a checkpoint of another model) is
// an error naming the file and the tensor.
func (t *Trainer) readParams(dir string, step *Step, field string) (map[string]*tensor.Tensor, error) {
	if t.adapter != nil {
		return t.readAdapterParams(dir, step, field)
	}
	path := filepath.Join(dir, "model.safetensors")
	ck, err := weights.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	defer ck.Close()
	src := map[string]string{} // parameter -> checkpoint tensor
	for s, p := range t.runner.WeightSources() {
		src[p] = s
	}
	out := map[string]*tensor.Tensor{}
	for _, p := range step.Params() {
		name, ok := src[p.Name]
		if !ok {
			return nil, fmt.Errorf("%s: trained parameter %s has no checkpoint name", field, p.Name)
		}
		typ, ok := ck.Info(name)
		if !ok {
			return nil, fmt.Errorf("%s: %s has no tensor %s (the model's %s): a checkpoint of another model?", field, path, name, p.Type)
		}
		if !typ.Shape.Equal(p.Type.Shape) || !typ.DType.IsFloat() {
			return nil, fmt.Errorf("%s: %s: tensor %s is %s, the model's is %s: a checkpoint of another model?", field, path, name, typ, p.Type)
		}
		x, err := ck.TensorAs(name, ir.Float32)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", field, err)
		}
		out[p.Name] = x
	}
	return out, nil
}

// readOptimizer reads OptimizerFile and checks its metadata (the
// optimizer's update rule, the step count) and every tensor's CRC-32C.
func (t *Trainer) readOptimizer(dir string, globalStep int) (map[string]*tensor.Tensor, error) {
	path := filepath.Join(dir, OptimizerFile)
	ck, err := weights.Open(path)
	if err != nil {
		return nil, fmt.Errorf("resume_from_checkpoint: %w", err)
	}
	defer ck.Close()
	meta := ck.Metadata()
	switch {
	case meta["format"] != "kiln-optimizer":
		return nil, fmt.Errorf("resume_from_checkpoint: %s: metadata format %q, want \"kiln-optimizer\"", path, meta["format"])
	case meta["rule"] != t.cfg.Optimizer.Rule.String():
		return nil, fmt.Errorf("resume_from_checkpoint: %s holds the state of optim %q (%s); the arguments ask for %q (%s)", path, meta["optim"], meta["rule"], t.args.Optim, t.cfg.Optimizer.Rule)
	case meta["step"] != fmt.Sprint(globalStep):
		return nil, fmt.Errorf("resume_from_checkpoint: %s: step %q, but %s says global_step %d", path, meta["step"], TrainerStateFile, globalStep)
	}
	out := map[string]*tensor.Tensor{}
	for _, name := range ck.Names() {
		x, err := ck.Tensor(name)
		if err != nil {
			return nil, fmt.Errorf("resume_from_checkpoint: %w", err)
		}
		want, ok := meta["crc32c:"+name]
		if !ok {
			return nil, fmt.Errorf("resume_from_checkpoint: %s: tensor %s has no checksum", path, name)
		}
		if got := tensorCRC(x); got != want {
			return nil, fmt.Errorf("resume_from_checkpoint: %s: tensor %s is corrupted (CRC-32C %s, saved %s)", path, name, got, want)
		}
		out[name] = x.Clone()
	}
	return out, nil
}

// loadBestModel is Trainer._load_best_model: at the end of training with
// load_best_model_at_end, the trained parameters take the values of the
// best checkpoint's model.safetensors (State.BestModelCheckpoint), so that
// the final model saved is the best one. The optimizer state is not
// touched (HF loads only the model).
func (t *Trainer) loadBestModel() error {
	dir := t.State.BestModelCheckpoint
	if len(t.steps) == 0 {
		return fmt.Errorf("load_best_model_at_end: no step ran")
	}
	step := t.anyStep()
	params, err := t.readParams(dir, step, "load_best_model_at_end")
	if err != nil {
		return err
	}
	if err := step.LoadParams(params); err != nil {
		return fmt.Errorf("load_best_model_at_end: %s: %w", filepath.Join(dir, "model.safetensors"), err)
	}
	return nil
}
