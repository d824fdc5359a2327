package train

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// LoadTrainingArguments reads and parses a training_args.json file.
func LoadTrainingArguments(path string) (TrainingArguments, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return TrainingArguments{}, err
	}
	return ParseTrainingArguments(data, path)
}

// ParseTrainingArguments parses a JSON object of TrainingArguments fields
// over DefaultTrainingArguments, applies transformers' __post_init__
// normalisation (warmup_ratio replaces warmup_steps, eval_steps falls back to
// logging_steps, metric_for_best_model and greater_is_better defaults) and
// checks every field (Validate). file names the source in errors, which also
// name the field: an unknown field, a value of the wrong JSON type, a
// non-integer for an integer field, a value out of range. It never panics.
func ParseTrainingArguments(data []byte, file string) (TrainingArguments, error) {
	if file == "" {
		file = "training arguments"
	}
	args := DefaultTrainingArguments()
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return TrainingArguments{}, fmt.Errorf("%s: want a JSON object of TrainingArguments fields: %w", file, err)
	}
	if fields == nil {
		return TrainingArguments{}, fmt.Errorf("%s: want a JSON object of TrainingArguments fields, got null", file)
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	v := reflect.ValueOf(&args).Elem()
	for _, name := range names {
		if ok, err := acceptIgnoredArg(name, fields[name]); ok || err != nil {
			if err != nil {
				return TrainingArguments{}, fmt.Errorf("%s: field %q: %w", file, name, err)
			}
			continue
		}
		idx, ok := argFieldIndex[name]
		if !ok {
			return TrainingArguments{}, fmt.Errorf("%s: unknown field %q: kiln does not know this TrainingArguments name (known: %s)",
				file, name, strings.Join(knownArgNames(), ", "))
		}
		if err := setArgField(v.Field(idx), name, fields[name]); err != nil {
			return TrainingArguments{}, fmt.Errorf("%s: field %q: %w", file, name, err)
		}
	}
	args.normalize()
	if err := args.Validate(); err != nil {
		return TrainingArguments{}, fmt.Errorf("%s: %w", file, err)
	}
	return args, nil
}

// argFieldIndex maps each JSON name to its TrainingArguments field index.
var argFieldIndex = func() map[string]int {
	t := reflect.TypeOf(TrainingArguments{})
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		m[t.Field(i).Tag.Get("json")] = i
	}
	return m
}()

// knownArgNames lists the JSON names kiln knows, sorted.
func knownArgNames() []string {
	names := make([]string, 0, len(argFieldIndex))
	for n := range argFieldIndex {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// setArgField decodes raw into field f according to f's Go type.
func setArgField(f reflect.Value, name string, raw json.RawMessage) error {
	val, err := decodeJSONValue(raw)
	if err != nil {
		return err
	}
	switch name {
	case "fsdp":
		s, err := fsdpValue(val)
		if err != nil {
			return err
		}
		f.SetString(s)
		return nil
	case "fsdp_config":
		if s, ok := val.(string); ok && !strings.HasPrefix(s, "{") {
			return fmt.Errorf("%q: a path to an fsdp_config file is not read; put the JSON object in the arguments", s)
		}
	}
	if val == nil {
		switch {
		case f.Kind() == reflect.Pointer || f.Kind() == reflect.Map:
			f.SetZero()
			return nil
		case name == "output_dir":
			return nil // transformers' None: "trainer_output"
		}
		return fmt.Errorf("null is not allowed (want %s)", describeKind(f.Type()))
	}
	if b, ok := val.(bool); ok && name == "resume_from_checkpoint" {
		// Trainer.train(resume_from_checkpoint=True): the latest
		// checkpoint of output_dir; False: none.
		if !b {
			f.SetZero()
			return nil
		}
		val = "true"
	}
	if f.Kind() == reflect.Pointer {
		elem := reflect.New(f.Type().Elem())
		if err := setScalar(elem.Elem(), val); err != nil {
			return err
		}
		f.Set(elem)
		return nil
	}
	if f.Kind() == reflect.Map {
		m, err := schedulerKwargsValue(val)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(m))
		return nil
	}
	return setScalar(f, val)
}

// setScalar stores a decoded JSON scalar into an int, float64, bool or
// string field.
func setScalar(f reflect.Value, val any) error {
	switch f.Kind() {
	case reflect.Int:
		n, err := jsonInt(val)
		if err != nil {
			return err
		}
		f.SetInt(n)
	case reflect.Float64:
		num, ok := val.(json.Number)
		if !ok {
			return fmt.Errorf("want a number, got %s", jsonKind(val))
		}
		x, err := strconv.ParseFloat(string(num), 64)
		if err != nil || math.IsInf(x, 0) {
			return fmt.Errorf("number %s is out of float64 range", num)
		}
		f.SetFloat(x)
	case reflect.Bool:
		b, ok := val.(bool)
		if !ok {
			return fmt.Errorf("want true or false, got %s", jsonKind(val))
		}
		f.SetBool(b)
	case reflect.String:
		s, ok := val.(string)
		if !ok {
			return fmt.Errorf("want a string, got %s", jsonKind(val))
		}
		f.SetString(s)
	default:
		return fmt.Errorf("unsupported field type %s", f.Type()) // unreachable: fields are of the kinds above
	}
	return nil
}

// jsonInt accepts an integer literal or an integral number such as 8.0 or
// 1e3 (Python's json gives a float there, which transformers' int fields
// tolerate).
func jsonInt(val any) (int64, error) {
	num, ok := val.(json.Number)
	if !ok {
		return 0, fmt.Errorf("want an integer, got %s", jsonKind(val))
	}
	if n, err := strconv.ParseInt(string(num), 10, 64); err == nil {
		return n, nil
	}
	x, err := strconv.ParseFloat(string(num), 64)
	if err != nil || x != math.Trunc(x) || math.Abs(x) > 1<<53 {
		return 0, fmt.Errorf("want an integer, got %s", num)
	}
	return int64(x), nil
}

// decodeJSONValue decodes one JSON value keeping numbers as json.Number.
func decodeJSONValue(raw []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// schedulerKwargsValue is lr_scheduler_kwargs from a JSON object, or from a
// string holding one as transformers' __post_init__ reads it (json.loads then
// _convert_str_dict).
func schedulerKwargsValue(val any) (map[string]any, error) {
	switch x := val.(type) {
	case map[string]any:
		return x, nil
	case string:
		if !strings.HasPrefix(x, "{") {
			return nil, fmt.Errorf("want a JSON object (or a string holding one), got the string %q", x)
		}
		inner, err := decodeJSONValue([]byte(x))
		if err != nil {
			return nil, fmt.Errorf("string is not a JSON object: %w", err)
		}
		m, ok := inner.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("string is not a JSON object")
		}
		if err := convertStrDict(m); err != nil {
			return nil, err
		}
		return m, nil
	}
	return nil, fmt.Errorf("want a JSON object, got %s", jsonKind(val))
}

// convertStrDict is transformers' _convert_str_dict on a decoded object:
// "true"/"false" (any case) become bools, ASCII digit strings integers,
// digit strings with one '.' floats; nested objects likewise.
func convertStrDict(m map[string]any) error {
	for k, v := range m {
		switch x := v.(type) {
		case map[string]any:
			if err := convertStrDict(x); err != nil {
				return err
			}
		case string:
			switch low := strings.ToLower(x); {
			case low == "true" || low == "false":
				m[k] = low == "true"
			case isASCIIDigits(x):
				trimmed := strings.TrimLeft(x, "0")
				if trimmed == "" {
					trimmed = "0"
				}
				m[k] = json.Number(trimmed)
			case isASCIIDigits(strings.Replace(x, ".", "", 1)):
				f, err := strconv.ParseFloat(x, 64)
				if err != nil || math.IsInf(f, 0) {
					return fmt.Errorf("lr_scheduler_kwargs: %q: %q is out of float64 range", k, x)
				}
				m[k] = json.Number(strconv.FormatFloat(f, 'g', -1, 64))
			}
		}
	}
	return nil
}

func isASCIIDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// jsonKind names a decoded JSON value's type for errors.
func jsonKind(val any) string {
	switch x := val.(type) {
	case json.Number:
		return "the number " + string(x)
	case string:
		return fmt.Sprintf("the string %q", x)
	case bool:
		return fmt.Sprintf("%v", x)
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	}
	return "null"
}

func describeKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int:
		return "an integer"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	}
	return t.String()
}
