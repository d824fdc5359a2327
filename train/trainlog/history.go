package trainlog

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/train"
)

// ReadHistory reads a run's log history from path: a directory (an output
// directory or a checkpoint-N) is read from its trainer_state.json, or
// from its train_log.jsonl when it has no trainer_state.json (an
// interrupted run's output directory); a file ending in .jsonl is read as
// train_log.jsonl, any other file as a trainer_state.json. It returns the
// entries and the file they came from. Errors name the file, or the
// directory and both names looked for.
func ReadHistory(path string) ([]train.LogEntry, string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, "", err
	}
	if !fi.IsDir() {
		h, err := readFile(path)
		return h, path, err
	}
	state := filepath.Join(path, "trainer_state.json")
	h, err := readFile(state)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return h, state, err
	}
	log := filepath.Join(path, LogFile)
	h, err = readFile(log)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("%s holds neither trainer_state.json nor %s: not a kiln train (or Hugging Face Trainer) output directory", path, LogFile)
	}
	return h, log, err
}

func readFile(path string) ([]train.LogEntry, error) {
	if strings.HasSuffix(path, ".jsonl") {
		return ReadJSONL(path)
	}
	st, err := train.ReadTrainerState(path)
	if err != nil {
		return nil, err
	}
	return st.LogHistory, nil
}
