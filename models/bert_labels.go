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
	isNull := func(b json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(b), []byte("null")) }
	c.NumLabels = 2
	if b, ok := raw["num_labels"]; ok && !isNull(b) {
		if err := json.Unmarshal(b, &c.NumLabels); err != nil {
			return fmt.Errorf("%s: field num_labels: want an integer, got %s", file, b)
		}
		if c.NumLabels < 1 {
			return fmt.Errorf("%s: field num_labels must be at least 1, got %d", file, c.NumLabels)
		}
	}
	b, ok := raw["id2label"]
	if !ok || isNull(b) {
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: field id2label: want an object of index -> label name: %v", file, err)
	}
	if len(m) == 0 {
		return fmt.Errorf("%s: field id2label is empty", file)
	}
	c.ID2Label = make(map[int]string, len(m))
	for k, v := range m {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i >= len(m) {
			return fmt.Errorf("%s: field id2label: key %q is not a class index in [0, %d)", file, k, len(m))
		}
		if _, dup := c.ID2Label[i]; dup {
			return fmt.Errorf("%s: field id2label: class %d is listed twice", file, i)
		}
		c.ID2Label[i] = v
	}
	c.NumLabels = len(m)
	return nil
}
