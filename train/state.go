package train

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/internal/pyjson"

	"github.com/kiln-ml/kiln/internal/atomicfile"
)

// LogEntry is one element of log_history: numbers (float64 or int) by
// name, as transformers' Trainer.log appends them.
type LogEntry map[string]any

// TrainerState mirrors transformers' TrainerState (trainer_callback.py,
// 5.x) as Trainer.save_state writes it to trainer_state.json.
type TrainerState struct {
	// Epoch is the fractional epoch: completed epochs plus the micro-batches
	// of the current epoch consumed over its dataloader length.
	Epoch float64
	// GlobalStep counts optimizer steps.
	GlobalStep int
	// MaxSteps is Plan.MaxSteps.
	MaxSteps int
	// LoggingSteps, EvalSteps and SaveSteps are the TrainingArguments'
	// intervals, a ratio below 1 turned into ceil(ratio * max_steps)
	// (TrainerState.compute_steps); eval_steps keeps its default 500 when
	// unset.
	LoggingSteps, EvalSteps, SaveSteps float64
	// TrainBatchSize is per_device_train_batch_size (one device).
	TrainBatchSize int
	// NumTrainEpochs is Plan.NumTrainEpochs.
	NumTrainEpochs int
	// TotalFlos is the Trainer's estimate: 6 x tokens x non-embedding
	// parameters summed over every micro-batch.
	TotalFlos float64
	// LogHistory is every log entry, in order.
	LogHistory []LogEntry
	// ShouldSave is TrainerControl.should_save at the end (save_strategy
	// other than "no" and "best").
	ShouldSave bool
	// BestMetric is the best value of metric_for_best_model over the
	// evaluations so far (nil before the first), as the Trainer's
	// _determine_best_metric records it.
	BestMetric *float64
	// BestGlobalStep is the step of BestMetric's evaluation when a
	// save_strategy other than "no" is set (0: none).
	BestGlobalStep int
	// BestModelCheckpoint is the checkpoint directory of BestGlobalStep once
	// it exists ("" before).
	BestModelCheckpoint string
	// StatefulCallbacks is stateful_callbacks as the Trainer records it
	// before each checkpoint (the ExportableState callbacks and the
	// control: statefulCallbacks), or as ReadTrainerState read it (what
	// restore_callback_states_from_checkpoint restores). Nil: JSON writes
	// the control of a finished run (should_training_stop true,
	// should_save ShouldSave).
	StatefulCallbacks map[string]any
}

// JSON returns trainer_state.json's text: json.dumps(asdict(state),
// indent=2, sort_keys=True) + "\n" with Python's number formatting, and
// the fields kiln does not track at transformers' values for a run with no
// hyper-parameter search (trial_name null, ...); best_metric,
// best_global_step and best_model_checkpoint are null until set.
func (s *TrainerState) JSON() []byte {
	logs := make([]any, len(s.LogHistory))
	for i, e := range s.LogHistory {
		logs[i] = map[string]any(e)
	}
	var bestMetric, bestStep, bestCkpt any
	if s.BestMetric != nil {
		bestMetric = *s.BestMetric
	}
	if s.BestGlobalStep != 0 {
		bestStep = s.BestGlobalStep
	}
	if s.BestModelCheckpoint != "" {
		bestCkpt = s.BestModelCheckpoint
	}
	stateful := s.StatefulCallbacks
	if stateful == nil {
		stateful = map[string]any{
			"TrainerControl": map[string]any{
				"args": map[string]any{
					"should_epoch_stop":    false,
					"should_evaluate":      false,
					"should_log":           false,
					"should_save":          s.ShouldSave,
					"should_training_stop": true,
				},
				"attributes": map[string]any{},
			},
		}
	}
	doc := map[string]any{
		"best_global_step":      bestStep,
		"best_metric":           bestMetric,
		"best_model_checkpoint": bestCkpt,
		"epoch":                 s.Epoch,
		"eval_steps":            pyNumber(s.EvalSteps),
		"global_step":           s.GlobalStep,
		"is_hyper_param_search": false,
		"is_local_process_zero": true,
		"is_world_process_zero": true,
		"log_history":           logs,
		"logging_steps":         pyNumber(s.LoggingSteps),
		"max_steps":             s.MaxSteps,
		"num_input_tokens_seen": 0,
		"num_train_epochs":      s.NumTrainEpochs,
		"save_steps":            pyNumber(s.SaveSteps),
		"stateful_callbacks":    stateful,
		"total_flos":            s.TotalFlos,
		"train_batch_size":      s.TrainBatchSize,
		"trial_name":            nil,
		"trial_params":          nil,
	}
	var b bytes.Buffer
	writePyJSON(&b, doc, 0)
	b.WriteByte('\n')
	return b.Bytes()
}

// pyNumber is an int when v is integral (TrainingArguments holds 500, not
// 500.0, unless the JSON said so), else the float.
func pyNumber(v float64) any {
	if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
		return int(v)
	}
	return v
}

// SaveState writes dir/trainer_state.json atomically (a temporary file
// renamed into place), creating dir if needed.
func (s *TrainerState) SaveState(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, "trainer_state.json"), s.JSON())
}

// writePyJSON writes v as Python's json.dumps(v, indent=2, sort_keys=True):
// nil, bool, int, float64, string, json-like numbers verbatim (pyRaw),
// []any and map[string]any.
func writePyJSON(b *bytes.Buffer, v any, depth int) {
	indent := func(d int) { b.WriteString("\n" + strings.Repeat("  ", d)) }
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case float64:
		b.WriteString(pyjson.Float(x))
	case pyRaw:
		b.WriteString(string(x))
	case string:
		b.WriteString(pyjson.Quote(x, true))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			indent(depth + 1)
			writePyJSON(b, e, depth+1)
		}
		indent(depth)
		b.WriteByte(']')
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			indent(depth + 1)
			b.WriteString(pyjson.Quote(k, true))
			b.WriteString(": ")
			writePyJSON(b, x[k], depth+1)
		}
		indent(depth)
		b.WriteByte('}')
	case LogEntry:
		writePyJSON(b, map[string]any(x), depth)
	default:
		b.WriteString(pyjson.Quote(fmt.Sprint(x), true))
	}
}

// pyRaw is a JSON number written verbatim (a config.json value kept as
// read).
type pyRaw string

// SaveState writes the trainer's state to dir/trainer_state.json (see
// TrainerState.SaveState).
func (t *Trainer) SaveState(dir string) error { return t.State.SaveState(dir) }
