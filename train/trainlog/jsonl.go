// Package trainlog writes and reads the records of a training run that
// sit beside the Hugging Face files: train_log.jsonl (the log history, one
// entry a line, written as the run goes) and training_curves.png (the loss,
// eval_loss and learning-rate curves against the step, drawn with
// gonum.org/v1/plot). ReadHistory reads the log history back from a run's
// trainer_state.json (kiln's or the Hugging Face Trainer's) or its
// train_log.jsonl.
//
// It depends on package train for LogEntry and ReadTrainerState only; the
// Trainer does not depend on it (the CLI wires it in), so programs that
// train without plotting do not link gonum.
package trainlog

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/kiln-ml/kiln/internal/pyjson"
	"github.com/kiln-ml/kiln/train"
)

// LogFile and CurvesFile are the names the CLI gives the two files in the
// output directory.
const (
	LogFile    = "train_log.jsonl"
	CurvesFile = "training_curves.png"
)

// Writer appends log entries to a JSON-lines file, one object a line,
// each written to the file with one write as it comes (nothing is kept in
// a buffer, so a crashed or interrupted run leaves every entry logged so
// far). A line is Python's json.dumps(entry, sort_keys=True) of the
// log_history entry: the same keys and numbers as trainer_state.json's
// log_history ("step", "epoch", then "loss", "grad_norm", "learning_rate",
// or "eval_loss", ..., or the train-end metrics), integers without a
// fraction, non-finite floats as NaN, Infinity and -Infinity as Python
// spells them (ReadHistory reads them back).
type Writer struct {
	f    *os.File
	path string
}

// Create creates (or truncates) the file at path and writes the entries
// of history to it first: on a resumed run, the history restored from the
// checkpoint, so that the file always equals the run's log_history.
func Create(path string, history []train.LogEntry) (*Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := &Writer{f: f, path: path}
	for _, e := range history {
		if err := w.Write(e); err != nil {
			f.Close()
			return nil, err
		}
	}
	return w, nil
}

// Path is the file's path.
func (w *Writer) Path() string { return w.path }

// Write appends e as one line. Values other than numbers (float64, int,
// int64) are an error naming the key.
func (w *Writer) Write(e train.LogEntry) error {
	line, err := EncodeEntry(e)
	if err != nil {
		return fmt.Errorf("%s: %w", w.path, err)
	}
	if _, err := w.f.Write(append(line, '\n')); err != nil {
		return err
	}
	return nil
}

// Close closes the file.
func (w *Writer) Close() error { return w.f.Close() }

// EncodeEntry is e as one JSON line (without the newline): Python's
// json.dumps(e, sort_keys=True), ", " and ": " separators.
func EncodeEntry(e train.LogEntry) ([]byte, error) {
	keys := make([]string, 0, len(e))
	for k := range e {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pyjson.Quote(k, true))
		b.WriteString(": ")
		switch v := e[k].(type) {
		case float64:
			b.WriteString(pyjson.Float(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		default:
			return nil, fmt.Errorf("log entry %q is %T (%v), want a number", k, v, v)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// ReadJSONL reads a train_log.jsonl: one JSON object of numbers per line
// (Python's NaN, Infinity and -Infinity accepted), blank lines skipped.
// Numbers written without a fraction or exponent become int, others
// float64, as train.ReadTrainerState reads log_history. Errors name the
// file and the line.
func ReadJSONL(path string) ([]train.LogEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []train.LogEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		e, err := decodeEntry(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// decodeEntry decodes one line of numbers by name.
func decodeEntry(line []byte) (train.LogEntry, error) {
	dec := json.NewDecoder(bytes.NewReader(pyjson.QuoteNonFinite(line)))
	dec.UseNumber()
	var raw map[string]any
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value on the line")
	}
	e := make(train.LogEntry, len(raw))
	for k, v := range raw {
		switch x := v.(type) {
		case string:
			f, ok := pyjson.NonFinite(x)
			if !ok {
				return nil, fmt.Errorf("%q is the string %q, want a number", k, x)
			}
			e[k] = f
		case json.Number:
			if strings.ContainsAny(string(x), ".eE") {
				f, err := x.Float64()
				if err != nil {
					return nil, fmt.Errorf("%q: %w", k, err)
				}
				e[k] = f
			} else {
				i, err := x.Int64()
				if err != nil {
					return nil, fmt.Errorf("%q: %w", k, err)
				}
				e[k] = int(i)
			}
		default:
			return nil, fmt.Errorf("%q is %v, want a number", k, v)
		}
	}
	return e, nil
}
