package models

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// parseLabels reads id2label (decimal-string keys) and num_labels the way
// transformers' PretrainedConfig does: id2label, when present, decides the
// number of labels; otherwise num_labels does (default 2). Classes are
// indexed 0..n-1, so every id2label key must be in that range.
func (c *BertConfig) parseLabels(raw map[string]json.RawMessage, file string) error {
	var err error
	c.ID2Label, c.NumLabels, err = parseLabelFields(raw, file)
	return err
}

// parseLabelFields is parseLabels for any family: it returns id2label
// (nil when absent) and the number of labels.
func parseLabelFields(raw map[string]json.RawMessage, file string) (map[int]string, int, error) {
	isNull := func(b json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(b), []byte("null")) }
	n := 2
	if b, ok := raw["num_labels"]; ok && !isNull(b) {
		if err := json.Unmarshal(b, &n); err != nil {
			return nil, 0, fmt.Errorf("%s: field num_labels: want an integer, got %s", file, b)
		}
		if n < 1 {
			return nil, 0, fmt.Errorf("%s: field num_labels must be at least 1, got %d", file, n)
		}
	}
	b, ok := raw["id2label"]
	if !ok || isNull(b) {
		return nil, n, nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, 0, fmt.Errorf("%s: field id2label: want an object of index -> label name: %v", file, err)
	}
	if len(m) == 0 {
		return nil, 0, fmt.Errorf("%s: field id2label is empty", file)
	}
	ids := make(map[int]string, len(m))
	for k, v := range m {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i >= len(m) {
			return nil, 0, fmt.Errorf("%s: field id2label: key %q is not a class index in [0, %d)", file, k, len(m))
		}
		if _, dup := ids[i]; dup {
			return nil, 0, fmt.Errorf("%s: field id2label: class %d is listed twice", file, i)
		}
		ids[i] = v
	}
	return ids, len(m), nil
}

// Classifier is implemented by the configs of families with
// classification heads whose labels kiln reads (BERT-like encoders,
// ModernBERT): the number of labels (id2label, else num_labels, else 2)
// and problem_type ("" when unset).
type Classifier interface {
	ClassLabels() (n int, problemType string)
}

// ClassLabels implements Classifier.
func (c *BertConfig) ClassLabels() (int, string) { return c.NumLabels, c.ProblemType }

// ClassLabels implements Classifier.
func (c *ModernBertConfig) ClassLabels() (int, string) { return c.NumLabels, c.ProblemType }
