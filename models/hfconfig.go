package models

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"

	"github.com/kiln-ml/kiln/ir"
)

// Base holds the config.json fields every Hugging Face architecture shares
// (transformers' PretrainedConfig). Family configs embed it.
type Base struct {
	ModelType     string   `json:"model_type"`
	Architectures []string `json:"architectures"`
	// DType is the checkpoint's stored dtype: "dtype" (transformers 5) or
	// "torch_dtype" (transformers 4); empty when absent.
	DType             string  `json:"-"`
	TieWordEmbeddings *bool   `json:"tie_word_embeddings"`
	PadTokenID        *int    `json:"pad_token_id"`
	BosTokenID        IntList `json:"bos_token_id"`
	EosTokenID        IntList `json:"eos_token_id"`
	VocabSize         int     `json:"vocab_size"`

	// present holds the keys config.json actually had, so that errors can
	// tell a value read from the file from a default.
	present map[string]bool
}

// Tied reports whether the output embedding shares the input embedding's
// weight; transformers defaults tie_word_embeddings to true.
func (b *Base) Tied() bool { return b.TieWordEmbeddings == nil || *b.TieWordEmbeddings }

// Pad returns the pad token id, or def when the config has none.
func (b *Base) Pad(def int) int {
	if b.PadTokenID != nil {
		return *b.PadTokenID
	}
	return def
}

// StoredDType maps Base.DType to an ir.DType (Invalid when absent or unknown).
func (b *Base) StoredDType() ir.DType {
	d, err := ir.ParseDType(b.DType)
	if err != nil {
		return ir.Invalid
	}
	return d
}

// HasField reports whether config.json had the field (false for a value
// that is a default, and for a Base not read from a file).
func (b *Base) HasField(name string) bool { return b.present[name] }

// IntList is a config field that may be null, one integer, or a list of
// integers (eos_token_id is all three on the Hub).
type IntList []int

// UnmarshalJSON accepts null, an integer or an array of integers.
func (l *IntList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*l = nil
		return nil
	}
	if len(b) > 0 && b[0] == '[' {
		var xs []int
		if err := json.Unmarshal(b, &xs); err != nil {
			return err
		}
		*l = xs
		return nil
	}
	var x int
	if err := json.Unmarshal(b, &x); err != nil {
		return &json.UnmarshalTypeError{Value: string(b), Type: reflect.TypeOf(l).Elem()}
	}
	*l = IntList{x}
	return nil
}

// Rope is the rotary-embedding configuration, normalised from both config
// styles: transformers 5's "rope_parameters" object and transformers 4's
// top-level "rope_theta" plus optional "rope_scaling" object.
type Rope struct {
	Type  string  `json:"rope_type"` // default, linear, dynamic, llama3, longrope
	Theta float64 `json:"rope_theta"`
	// Factor scales positions (linear), the base (dynamic) or frequencies
	// (llama3); longrope's factor (0: max_position_embeddings /
	// original_max_position_embeddings, as transformers infers it).
	Factor float64 `json:"factor"`
	// OriginalMaxPositions is original_max_position_embeddings (llama3,
	// dynamic, longrope; Phi-3 keeps it at the top level of config.json).
	OriginalMaxPositions int     `json:"original_max_position_embeddings"`
	LowFreqFactor        float64 `json:"low_freq_factor"`
	HighFreqFactor       float64 `json:"high_freq_factor"`
	// PartialRotaryFactor is the fraction of head_dim that is rotated (1 if absent).
	PartialRotaryFactor float64 `json:"partial_rotary_factor"`
	// ShortFactor and LongFactor are longrope's per-frequency divisors
	// (rotary dim / 2 each): short up to OriginalMaxPositions, long beyond.
	ShortFactor []float64 `json:"short_factor"`
	LongFactor  []float64 `json:"long_factor"`
	// AttentionFactor scales cos and sin (longrope; 0: inferred from the
	// factor as transformers does).
	AttentionFactor float64 `json:"attention_factor"`
}

// ropeTypes are the rope types kiln builds, for error messages.
const ropeTypes = "default, linear, dynamic, llama3, longrope"

// isNull reports whether a raw JSON value is null.
func isNull(v json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(v), []byte("null")) }

// parseRope reads the rope settings from a raw config object, with
// transformers' default rope_theta of 10000.
func parseRope(raw map[string]json.RawMessage, file string) (Rope, error) {
	return parseRopeWithTheta(raw, file, 10000)
}

// parseRopeWithTheta is parseRope with the family's default rope_theta
// (Gemma 3: 1e6), used when config.json sets none.
func parseRopeWithTheta(raw map[string]json.RawMessage, file string, theta float64) (Rope, error) {
	r := Rope{Theta: theta}
	field := "rope_parameters"
	if p, ok := raw["rope_parameters"]; ok && !isNull(p) {
		if err := json.Unmarshal(p, &r); err != nil {
			return r, fmt.Errorf("%s: field rope_parameters: %w", file, err)
		}
	} else {
		field = "rope_scaling"
		if t, ok := raw["rope_theta"]; ok {
			if err := json.Unmarshal(t, &r.Theta); err != nil {
				return r, fmt.Errorf("%s: field rope_theta: %w", file, err)
			}
		}
		if s, ok := raw["rope_scaling"]; ok && !isNull(s) {
			var sc struct {
				Type     string `json:"type"`
				RopeType string `json:"rope_type"`
			}
			if err := json.Unmarshal(s, &sc); err != nil {
				return r, fmt.Errorf("%s: field rope_scaling: %w", file, err)
			}
			if err := json.Unmarshal(s, &r); err != nil {
				return r, fmt.Errorf("%s: field rope_scaling: %w", file, err)
			}
			r.Type = sc.RopeType
			if r.Type == "" {
				r.Type = sc.Type
			}
		}
	}
	if r.PartialRotaryFactor == 0 {
		if p, ok := raw["partial_rotary_factor"]; ok {
			_ = json.Unmarshal(p, &r.PartialRotaryFactor)
		}
	}
	if r.OriginalMaxPositions == 0 {
		// Phi-3 keeps original_max_position_embeddings at the top level.
		if p, ok := raw["original_max_position_embeddings"]; ok {
			_ = json.Unmarshal(p, &r.OriginalMaxPositions)
		}
	}
	return r, r.check(file, field)
}

// check fills defaults (type "default", partial factor 1) and checks the
// fields the type needs; errors name file and field (the rope object).
func (r *Rope) check(file, field string) error {
	if r.Type == "" {
		r.Type = "default"
	}
	if r.PartialRotaryFactor == 0 {
		r.PartialRotaryFactor = 1
	}
	if !(r.PartialRotaryFactor > 0 && r.PartialRotaryFactor <= 1) {
		return fmt.Errorf("%s: field partial_rotary_factor must be in (0, 1], got %v", file, r.PartialRotaryFactor)
	}
	switch r.Type {
	case "default":
	case "linear", "dynamic":
		if r.Factor <= 0 {
			return fmt.Errorf("%s: field %s: rope type %s needs a positive factor", file, field, r.Type)
		}
	case "llama3":
		if r.Factor <= 0 || r.OriginalMaxPositions <= 0 || r.LowFreqFactor <= 0 || r.HighFreqFactor <= r.LowFreqFactor {
			return fmt.Errorf("%s: field %s: rope type llama3 needs factor, low_freq_factor < high_freq_factor and original_max_position_embeddings", file, field)
		}
	case "longrope", "su":
		// "su" is Phi-3's first name for longrope.
		r.Type = "longrope"
		if len(r.ShortFactor) == 0 || len(r.LongFactor) == 0 {
			return fmt.Errorf("%s: field %s: rope type longrope needs short_factor and long_factor", file, field)
		}
		if r.Factor < 0 || r.AttentionFactor < 0 || r.OriginalMaxPositions < 0 {
			return fmt.Errorf("%s: field %s: longrope factor, attention_factor and original_max_position_embeddings must not be negative", file, field)
		}
	default:
		return fmt.Errorf("%s: field %s: rope type %q is not supported (supported: %s)", file, field, r.Type, ropeTypes)
	}
	if !(r.Theta > 0) || math.IsInf(r.Theta, 0) {
		return fmt.Errorf("%s: rope_theta must be positive, got %v", file, r.Theta)
	}
	return nil
}

// DecodeConfig decodes a config.json's bytes into dst, a family config
// that embeds base, reading dtype/torch_dtype into base.DType. Errors name
// the file and the field. Families registered from outside package models
// use it as the built-in ones do.
func DecodeConfig(data []byte, file string, dst any, base *Base) error {
	_, err := decodeConfig(data, file, dst, base)
	return err
}

func decodeConfig(data []byte, file string, dst any, base *Base) (map[string]json.RawMessage, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: not a JSON object: %w", file, err)
	}
	if err := json.Unmarshal(data, dst); err != nil {
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			return nil, fmt.Errorf("%s: field %s: want %s, got JSON %s", file, te.Field, te.Type, te.Value)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	base.present = make(map[string]bool, len(raw))
	for k := range raw {
		base.present[k] = true
	}
	for _, k := range []string{"dtype", "torch_dtype"} {
		if v, ok := raw[k]; ok {
			var s string
			if json.Unmarshal(v, &s) == nil && s != "" {
				base.DType = s
				break
			}
		}
	}
	return raw, nil
}

// intField is an integer field of config.json and its value.
type intField struct {
	name string
	v    int
}

// checkPositive returns an error naming file and the first of fields that
// is not a positive integer, or nil when all are.
func checkPositive(file string, fields ...intField) error {
	for _, f := range fields {
		if f.v <= 0 {
			return fmt.Errorf("%s: field %s must be a positive integer, got %d", file, f.name, f.v)
		}
	}
	return nil
}

// checkEps returns an error naming file and field unless eps is a finite
// non-negative number.
// checkProb checks that dropout probability fields are in [0, 1] (torch's
// nn.Dropout refuses others); errors name file and field.
func checkProb(file string, fields ...probField) error {
	for _, f := range fields {
		if !(f.p >= 0 && f.p <= 1) {
			return fmt.Errorf("%s: field %s is a dropout probability, want 0 to 1, got %v", file, f.name, f.p)
		}
	}
	return nil
}

// probField is a named dropout probability of a config.
type probField struct {
	name string
	p    float64
}

func checkEps(file, field string, eps float64) error {
	if eps < 0 || math.IsNaN(eps) || math.IsInf(eps, 0) {
		return fmt.Errorf("%s: field %s must be a finite non-negative number, got %v", file, field, eps)
	}
	return nil
}
