package train

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Example is one pre-tokenized training row, as one line of a JSONL file
// holds it.
type Example struct {
	// Line is the 1-based line of the row in its file (0 when built in
	// code); errors name it.
	Line int
	// InputIDs are the token ids; never empty.
	InputIDs []int64
	// AttentionMask is 1 for a token and 0 for padding, as long as
	// InputIDs; nil means all ones.
	AttentionMask []int64
	// TokenTypeIDs are BERT's segment ids, as long as InputIDs; nil when
	// the row has none (zeros for models that take them).
	TokenTypeIDs []int64
	// SpecialTokensMask is 1 where the token is a special token
	// (return_special_tokens_mask=True), as long as InputIDs; nil when
	// the row has none. Only a TrainerOptions.DataCollator reads it (the
	// masked-LM collator never masks those positions); JSONL rows have
	// none.
	SpecialTokensMask []int64
	// Labels is the row's target.
	Labels Label
}

// Label is a row's "labels" value as written in JSON: one number or a list
// of numbers. Which of them fits depends on the model's head (Collator):
// token labels (a list of integers, -100 ignored) for language models, one
// integer class for single-label classifiers, one number (regression with
// one label) or a list of numbers (multi-label classification, regression
// with several labels) for the others.
type Label struct {
	// List is true for a JSON array, false for a single number.
	List bool
	// Values holds the number, or the list's numbers, as float64.
	Values []float64
	// Ints holds the same numbers as int64 when every one is an integer
	// literal (no '.', no exponent), as Python's json reads an int; nil
	// otherwise.
	Ints []int64
}

// Dataset is a training set of pre-tokenized rows.
type Dataset struct {
	// Path names the source in errors ("" for a set built in code).
	Path string
	Rows []Example
}

// Len is the number of rows.
func (d *Dataset) Len() int { return len(d.Rows) }

// where names row r for errors: "file:line" or "row i".
func (d *Dataset) where(i int) string {
	r := d.Rows[i]
	if d.Path != "" && r.Line > 0 {
		return fmt.Sprintf("%s:%d", d.Path, r.Line)
	}
	return fmt.Sprintf("row %d", i)
}

// ReadJSONL reads a JSON-lines training file (see ParseJSONL).
func ReadJSONL(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseJSONL(f, path)
}

// jsonlFields are the fields a row may have; "label" and "label_ids" are
// the aliases of "labels" that transformers' default collator renames.
var jsonlFields = []string{"input_ids", "attention_mask", "token_type_ids", "labels", "label", "label_ids"}

// ParseJSONL reads pre-tokenized rows, one JSON object per line:
//
//	{"input_ids": [...], "attention_mask": [...], "labels": ..., "token_type_ids": [...]}
//
// input_ids is a non-empty list of integers >= 0; attention_mask (optional,
// all ones when absent) a list of 0 and 1 and token_type_ids (optional) a
// list of integers >= 0, both as long as input_ids; labels (or its aliases
// label, label_ids) is required: a number or a list of numbers, checked
// against the model later (Collator.Check). Blank lines are skipped. Every
// other field, a non-integer id, a list of another length, a line that is
// not a JSON object and an empty file are errors naming name (the file),
// the line and the field. It never panics.
func ParseJSONL(r io.Reader, name string) (*Dataset, error) {
	if name == "" {
		name = "training data"
	}
	ds := &Dataset{Path: name}
	err := forEachJSONLine(r, name, func(line int, text []byte) error {
		ex, err := parseRow(text)
		if err != nil {
			return err
		}
		ex.Line = line
		ds.Rows = append(ds.Rows, ex)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ds, nil
}

// parseRow decodes one JSON object line.
func parseRow(text []byte) (Example, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	var fields map[string]json.RawMessage
	if err := dec.Decode(&fields); err != nil {
		return Example{}, fmt.Errorf("not a JSON object: %w", err)
	}
	if fields == nil {
		return Example{}, fmt.Errorf("not a JSON object: null")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Example{}, fmt.Errorf("text after the JSON object (one object per line)")
	}
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	var labelField string
	for _, n := range names {
		if !listHas(jsonlFields, n) {
			return Example{}, fmt.Errorf("unknown field %q (a row has input_ids, attention_mask, token_type_ids and labels)", n)
		}
		if n == "labels" || n == "label" || n == "label_ids" {
			if labelField != "" {
				return Example{}, fmt.Errorf("fields %q and %q are both labels", labelField, n)
			}
			labelField = n
		}
	}
	var ex Example
	raw, ok := fields["input_ids"]
	if !ok {
		return Example{}, fmt.Errorf("missing field \"input_ids\"")
	}
	var err error
	if ex.InputIDs, err = intList(raw, 0, -1); err != nil {
		return Example{}, fmt.Errorf("field \"input_ids\": %w", err)
	}
	if len(ex.InputIDs) == 0 {
		return Example{}, fmt.Errorf("field \"input_ids\": empty")
	}
	n := len(ex.InputIDs)
	if raw, ok := fields["attention_mask"]; ok && !isJSONNull(raw) {
		if ex.AttentionMask, err = intList(raw, 0, 1); err != nil {
			return Example{}, fmt.Errorf("field \"attention_mask\": %w", err)
		}
		if len(ex.AttentionMask) != n {
			return Example{}, fmt.Errorf("field \"attention_mask\" has %d values, input_ids has %d", len(ex.AttentionMask), n)
		}
	}
	if raw, ok := fields["token_type_ids"]; ok && !isJSONNull(raw) {
		if ex.TokenTypeIDs, err = intList(raw, 0, -1); err != nil {
			return Example{}, fmt.Errorf("field \"token_type_ids\": %w", err)
		}
		if len(ex.TokenTypeIDs) != n {
			return Example{}, fmt.Errorf("field \"token_type_ids\" has %d values, input_ids has %d", len(ex.TokenTypeIDs), n)
		}
	}
	if labelField == "" {
		return Example{}, fmt.Errorf("missing field \"labels\": training needs a target")
	}
	if ex.Labels, err = parseLabel(fields[labelField]); err != nil {
		return Example{}, fmt.Errorf("field %q: %w", labelField, err)
	}
	return ex, nil
}

func isJSONNull(raw json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

// intList decodes a JSON array of integers in [lo, hi] (hi < 0: no upper
// bound).
func intList(raw json.RawMessage, lo, hi int64) ([]int64, error) {
	var nums []json.Number
	if err := decodeNumbers(raw, &nums); err != nil {
		return nil, fmt.Errorf("want a list of integers: %w", err)
	}
	out := make([]int64, len(nums))
	for i, num := range nums {
		if num == "" {
			return nil, fmt.Errorf("value %d: want an integer, got null", i)
		}
		v, err := strconv.ParseInt(string(num), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("value %d: want an integer, got %s", i, num)
		}
		if v < lo || hi >= 0 && v > hi {
			if hi >= 0 {
				return nil, fmt.Errorf("value %d: %d is outside [%d, %d]", i, v, lo, hi)
			}
			return nil, fmt.Errorf("value %d: %d is negative", i, v)
		}
		out[i] = v
	}
	return out, nil
}

// decodeNumbers decodes raw into v keeping numbers as json.Number; a
// string, bool, null or object element is an error.
func decodeNumbers(raw json.RawMessage, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	return dec.Decode(v)
}

// parseLabel decodes a number or a list of numbers.
func parseLabel(raw json.RawMessage) (Label, error) {
	var nums []json.Number
	var l Label
	switch t := bytes.TrimSpace(raw); {
	case len(t) > 0 && t[0] == '[':
		if err := decodeNumbers(raw, &nums); err != nil {
			return Label{}, fmt.Errorf("want a number or a list of numbers: %w", err)
		}
		if len(nums) == 0 {
			return Label{}, fmt.Errorf("empty list")
		}
		l.List = true
	default:
		var num json.Number
		if err := decodeNumbers(raw, &num); err != nil {
			return Label{}, fmt.Errorf("want a number or a list of numbers, got %s", abbreviate(t))
		}
		nums = []json.Number{num}
	}
	ints := make([]int64, 0, len(nums))
	for i, num := range nums {
		if num == "" {
			return Label{}, fmt.Errorf("want a number or a list of numbers, got null")
		}
		f, err := strconv.ParseFloat(string(num), 64)
		if err != nil {
			return Label{}, fmt.Errorf("value %d: %s is out of float64 range", i, num)
		}
		l.Values = append(l.Values, f)
		if ints != nil && !strings.ContainsAny(string(num), ".eE") {
			if v, err := strconv.ParseInt(string(num), 10, 64); err == nil {
				ints = append(ints, v)
				continue
			}
		}
		ints = nil
	}
	l.Ints = ints
	return l, nil
}

// abbreviate shortens a JSON value for an error message.
func abbreviate(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "..."
	}
	return string(b)
}

// forEachJSONLine calls row with each non-blank line of r (numbered from
// 1) and returns its first error, or a read error, as name:line: err; a
// reader without such lines is an error naming name.
func forEachJSONLine(r io.Reader, name string, row func(line int, text []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	rows := 0
	for line := 1; ; line++ {
		text, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if len(bytes.TrimSpace(text)) > 0 {
			if rerr := row(line, text); rerr != nil {
				return fmt.Errorf("%s:%d: %w", name, line, rerr)
			}
			rows++
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if rows == 0 {
		return fmt.Errorf("%s: no rows: want one JSON object per line", name)
	}
	return nil
}
