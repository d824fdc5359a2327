package train

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// callbackFixtureDir holds scripts/callback_order_fixture.py's records of
// HF's event order, one <case>.json each.
var callbackFixtureDir = filepath.Join("..", "testdata", "callbacks")

// TestCallbackOrderMatchesHFFixtures replays every recorded HF run in kiln
// (the same arguments, row count and steering callback; the evaluation
// set, as the script's, is the training rows, evaluated by the Trainer's
// own loop) and compares the event sequences, on_prediction_step
// included. It skips when no record exists.
func TestCallbackOrderMatchesHFFixtures(t *testing.T) {
	if testing.Short() {
		t.Skip("training steps")
	}
	files, _ := filepath.Glob(filepath.Join(callbackFixtureDir, "*.json"))
	if len(files) == 0 {
		t.Skip("testdata/callbacks holds no record: run scripts/callback_order_fixture.py testdata/callbacks")
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".json"), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var rec struct {
				Args json.RawMessage `json:"args"`
				Rows int             `json:"rows"`
				Stop *struct {
					Event string `json:"event"`
					Step  int    `json:"step"`
					Flag  string `json:"flag"`
				} `json:"stop"`
				Events []string `json:"events"`
			}
			if err := json.Unmarshal(raw, &rec); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			var extra []TrainerCallback
			if s := rec.Stop; s != nil {
				fired := false
				extra = append(extra, &recorder{at: func(ev string, st *TrainerState, c *TrainerControl) {
					if ev == s.Event && st.GlobalStep == s.Step && !fired {
						fired = true
						if s.Flag == "epoch" {
							c.ShouldEpochStop = true
						} else {
							c.ShouldTrainingStop = true
						}
					}
				}})
			}
			got, err := callbackRunEvalData(t, string(rec.Args), rec.Rows, extra...)
			if err != nil {
				t.Fatal(err)
			}
			compareEvents(t, got.events, rec.Events)
		})
	}
}

// callbackRunEvalData is callbackRun with the Trainer's evaluation of
// EvalData (the training rows) in place of the synthetic hook.
func callbackRunEvalData(t *testing.T, argsJSON string, rows int, extra ...TrainerCallback) (*recorder, error) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "models", "llama-tiny")
	rec := &recorder{}
	data := lmRows(rows, 4)
	tr, err := NewTrainer(loadRunner(t, dir, oneCPUBackend(t)), testArgs(t, argsJSON), data, TrainerOptions{NoDropout: true, ModelDir: dir,
		EvalData: data, Callbacks: append([]TrainerCallback{rec}, extra...),
		SaveCheckpoint: func(context.Context, string, *TrainerState) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	_, err = tr.Train(context.Background())
	return rec, err
}
