package generate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/kiln-ml/kiln/models"
)

// EarlyStopping is beam search's early_stopping: false (the heuristic
// stop), true (stop as soon as num_beams hypotheses are finished) or
// "never" (the canonical beam search stopping rule).
type EarlyStopping int

// EarlyStopping values.
const (
	EarlyStopFalse EarlyStopping = iota // HF early_stopping=False (the default)
	EarlyStopTrue                       // HF early_stopping=True
	EarlyStopNever                      // HF early_stopping="never"
)

// String returns the generation_config.json spelling: true, false or never.
func (e EarlyStopping) String() string {
	switch e {
	case EarlyStopTrue:
		return "true"
	case EarlyStopNever:
		return "never"
	}
	return "false"
}

// ParseEarlyStopping accepts "true", "false" and "never".
func ParseEarlyStopping(s string) (EarlyStopping, error) {
	switch s {
	case "true", "True":
		return EarlyStopTrue, nil
	case "false", "False", "":
		return EarlyStopFalse, nil
	case "never":
		return EarlyStopNever, nil
	}
	return 0, fmt.Errorf("early_stopping must be true, false or \"never\", got %q", s)
}

// DecayPenalty is exponential_decay_length_penalty: after StartIndex
// generated tokens, the EOS logits grow by (DecayFactor^(n-StartIndex) - 1).
type DecayPenalty struct {
	StartIndex  int
	DecayFactor float64
}

// Config is Hugging Face's GenerationConfig: the fields kiln implements,
// under HF's names and with HF's defaults (DefaultConfig). Token ids are
// -1 when unset.
type Config struct {
	// Length.
	MaxLength    int     // max_length: prompt + new tokens (default 20)
	MaxNewTokens int     // max_new_tokens (0: unset; wins over MaxLength)
	MinLength    int     // min_length: EOS is suppressed until the sequence is this long
	MinNewTokens int     // min_new_tokens: EOS is suppressed for this many new tokens
	MaxTime      float64 // max_time in seconds (0: no limit)
	StopStrings  []string

	// Strategy.
	DoSample           bool
	NumBeams           int
	EarlyStopping      EarlyStopping
	LengthPenalty      float64
	NumReturnSequences int
	UseCache           bool

	// Logits processors and warpers.
	Temperature         float64
	TopK                int
	TopP                float64
	MinP                float64 // 0: off
	TypicalP            float64
	EpsilonCutoff       float64
	EtaCutoff           float64
	RepetitionPenalty   float64
	NoRepeatNgramSize   int
	BadWordsIDs         [][]int
	ForcedBOSTokenID    int
	ForcedEOSTokenID    []int
	RemoveInvalidValues bool
	ExponentialDecay    *DecayPenalty
	SuppressTokens      []int
	BeginSuppressTokens []int
	RenormalizeLogits   bool
	Watermarking        *WatermarkingConfig

	// Special tokens.
	PadTokenID  int
	BOSTokenID  int
	EOSTokenIDs []int

	// Encoder-decoder prompts. DecoderStartTokenID is
	// decoder_start_token_id (-1: unset; Load takes the model's). Forced
	// decoder ids are generation_config.json's forced_decoder_ids,
	// [position, id] pairs: Whisper's generate turns those at positions
	// 1, 2, ... into the decoder prompt after the start token
	// (DecoderPrompt); they force nothing once a prompt is given. An id
	// of -1 is a null in the file (Whisper's open language slot).
	DecoderStartTokenID int
	ForcedDecoderIDs    [][2]int

	// Seed seeds the sampler's PRNG (kiln-specific; see NewSampler).
	Seed uint64
}

// DefaultConfig returns transformers' global generation defaults
// (GenerationConfig._get_default_generation_params) with no special tokens.
func DefaultConfig() Config {
	return Config{
		MaxLength: 20, NumBeams: 1, LengthPenalty: 1, NumReturnSequences: 1, UseCache: true,
		Temperature: 1, TopK: 50, TopP: 1, TypicalP: 1, RepetitionPenalty: 1,
		ForcedBOSTokenID: -1, PadTokenID: -1, BOSTokenID: -1, DecoderStartTokenID: -1,
	}
}

// Clone returns a deep copy.
func (c Config) Clone() Config {
	d := c
	d.StopStrings = append([]string(nil), c.StopStrings...)
	d.BadWordsIDs = nil
	for _, w := range c.BadWordsIDs {
		d.BadWordsIDs = append(d.BadWordsIDs, append([]int(nil), w...))
	}
	d.ForcedEOSTokenID = append([]int(nil), c.ForcedEOSTokenID...)
	d.SuppressTokens = append([]int(nil), c.SuppressTokens...)
	d.BeginSuppressTokens = append([]int(nil), c.BeginSuppressTokens...)
	d.EOSTokenIDs = append([]int(nil), c.EOSTokenIDs...)
	d.ForcedDecoderIDs = append([][2]int(nil), c.ForcedDecoderIDs...)
	if c.ExponentialDecay != nil {
		e := *c.ExponentialDecay
		d.ExponentialDecay = &e
	}
	if c.Watermarking != nil {
		w := *c.Watermarking
		d.Watermarking = &w
	}
	return d
}

// LoadConfig reads dir/generation_config.json over DefaultConfig. When the
// file is absent, or leaves bos/eos/pad unset, those come from the model's
// config.json (model may be nil), as transformers' from_model_config does.
func LoadConfig(dir string, model models.Config) (Config, error) {
	c := DefaultConfig()
	p := filepath.Join(dir, "generation_config.json")
	data, err := os.ReadFile(p)
	switch {
	case err == nil:
		if err := c.UpdateJSON(data); err != nil {
			return c, fmt.Errorf("%s: %w", p, err)
		}
	case !errors.Is(err, os.ErrNotExist):
		return c, err
	default:
		// No generation_config.json: transformers builds one from the
		// model config, forced tokens included.
		if gd, ok := model.(models.GenerationDefaulter); ok {
			c.ForcedBOSTokenID, c.ForcedEOSTokenID = gd.GenerationDefaults()
		}
	}
	c.FillSpecialTokens(model)
	return c, nil
}

// FillSpecialTokens sets bos/eos/pad from the model's config where c has
// none (model may be nil).
func (c *Config) FillSpecialTokens(model models.Config) {
	if model == nil {
		return
	}
	b := model.Common()
	if c.BOSTokenID < 0 && len(b.BosTokenID) > 0 {
		c.BOSTokenID = b.BosTokenID[0]
	}
	if len(c.EOSTokenIDs) == 0 && len(b.EosTokenID) > 0 {
		c.EOSTokenIDs = append([]int(nil), b.EosTokenID...)
	}
	if c.PadTokenID < 0 && b.PadTokenID != nil {
		c.PadTokenID = *b.PadTokenID
	}
}

// UpdateJSON overlays the fields present in a generation_config.json
// object (unknown keys are ignored, as transformers keeps them as extra
// attributes). Errors name the field.
func (c *Config) UpdateJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("not a JSON object: %v", err)
	}
	for k, v := range raw {
		if bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			continue
		}
		if err := c.setField(k, v); err != nil {
			return fmt.Errorf("field %s: %w", k, err)
		}
	}
	return c.Validate()
}

func (c *Config) setField(k string, v json.RawMessage) error {
	intp := func(dst *int) error { return json.Unmarshal(v, dst) }
	flt := func(dst *float64) error { return json.Unmarshal(v, dst) }
	boolp := func(dst *bool) error { return json.Unmarshal(v, dst) }
	ints := func(dst *[]int) error {
		var l models.IntList
		if err := json.Unmarshal(v, &l); err != nil {
			return err
		}
		*dst = []int(l)
		return nil
	}
	switch k {
	case "max_length":
		return intp(&c.MaxLength)
	case "max_new_tokens":
		return intp(&c.MaxNewTokens)
	case "min_length":
		return intp(&c.MinLength)
	case "min_new_tokens":
		return intp(&c.MinNewTokens)
	case "max_time":
		return flt(&c.MaxTime)
	case "stop_strings":
		var one string
		if json.Unmarshal(v, &one) == nil {
			c.StopStrings = []string{one}
			return nil
		}
		return json.Unmarshal(v, &c.StopStrings)
	case "do_sample":
		return boolp(&c.DoSample)
	case "num_beams":
		return intp(&c.NumBeams)
	case "early_stopping":
		var b bool
		if json.Unmarshal(v, &b) == nil {
			c.EarlyStopping = EarlyStopFalse
			if b {
				c.EarlyStopping = EarlyStopTrue
			}
			return nil
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil || s != "never" {
			return fmt.Errorf("want true, false or \"never\", got %s", v)
		}
		c.EarlyStopping = EarlyStopNever
		return nil
	case "length_penalty":
		return flt(&c.LengthPenalty)
	case "num_return_sequences":
		return intp(&c.NumReturnSequences)
	case "use_cache":
		return boolp(&c.UseCache)
	case "temperature":
		return flt(&c.Temperature)
	case "top_k":
		return intp(&c.TopK)
	case "top_p":
		return flt(&c.TopP)
	case "min_p":
		return flt(&c.MinP)
	case "typical_p":
		return flt(&c.TypicalP)
	case "epsilon_cutoff":
		return flt(&c.EpsilonCutoff)
	case "eta_cutoff":
		return flt(&c.EtaCutoff)
	case "repetition_penalty":
		return flt(&c.RepetitionPenalty)
	case "no_repeat_ngram_size":
		return intp(&c.NoRepeatNgramSize)
	case "bad_words_ids":
		return json.Unmarshal(v, &c.BadWordsIDs)
	case "forced_bos_token_id":
		return intp(&c.ForcedBOSTokenID)
	case "forced_eos_token_id":
		return ints(&c.ForcedEOSTokenID)
	case "remove_invalid_values":
		return boolp(&c.RemoveInvalidValues)
	case "renormalize_logits":
		return boolp(&c.RenormalizeLogits)
	case "exponential_decay_length_penalty":
		var pair []float64
		if err := json.Unmarshal(v, &pair); err != nil || len(pair) != 2 || pair[0] != math.Trunc(pair[0]) {
			return fmt.Errorf("want [start_index, decay_factor], got %s", v)
		}
		c.ExponentialDecay = &DecayPenalty{StartIndex: int(pair[0]), DecayFactor: pair[1]}
		return nil
	case "suppress_tokens":
		return json.Unmarshal(v, &c.SuppressTokens)
	case "begin_suppress_tokens":
		return json.Unmarshal(v, &c.BeginSuppressTokens)
	case "watermarking_config":
		w := DefaultWatermarking()
		if err := w.UnmarshalJSON(v); err != nil {
			return err
		}
		c.Watermarking = &w
		return nil
	case "pad_token_id":
		return intp(&c.PadTokenID)
	case "bos_token_id":
		return intp(&c.BOSTokenID)
	case "eos_token_id":
		return ints(&c.EOSTokenIDs)
	case "decoder_start_token_id":
		return intp(&c.DecoderStartTokenID)
	case "forced_decoder_ids":
		// [[position, id], ...]; Whisper leaves the language open as
		// [1, null], kept as id -1.
		var pairs [][]*int
		if err := json.Unmarshal(v, &pairs); err != nil {
			return err
		}
		c.ForcedDecoderIDs = nil
		for _, p := range pairs {
			if len(p) != 2 || p[0] == nil {
				return fmt.Errorf("want [[position, id], ...], got %s", v)
			}
			id := -1
			if p[1] != nil {
				id = *p[1]
			}
			c.ForcedDecoderIDs = append(c.ForcedDecoderIDs, [2]int{*p[0], id})
		}
		return nil
	}
	return nil
}

// Validate checks ranges the way GenerationConfig.validate and the
// processors' constructors do, naming the field.
func (c *Config) Validate() error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("%s must be %s, got %v", field, want, v)
	}
	switch {
	case c.MaxLength < 1:
		return bad("max_length", c.MaxLength, "positive")
	case c.MaxNewTokens < 0:
		return bad("max_new_tokens", c.MaxNewTokens, "positive")
	case c.MinLength < 0:
		return bad("min_length", c.MinLength, ">= 0")
	case c.MinNewTokens < 0:
		return bad("min_new_tokens", c.MinNewTokens, ">= 0")
	case c.MaxTime < 0 || math.IsNaN(c.MaxTime):
		return bad("max_time", c.MaxTime, ">= 0")
	case c.NumBeams < 1:
		return bad("num_beams", c.NumBeams, ">= 1")
	case c.NumReturnSequences < 1:
		return bad("num_return_sequences", c.NumReturnSequences, ">= 1")
	case !(c.Temperature > 0) || math.IsInf(c.Temperature, 0):
		return bad("temperature", c.Temperature, "a positive finite number")
	case c.TopK < 0:
		return bad("top_k", c.TopK, ">= 0")
	case !(c.TopP >= 0 && c.TopP <= 1):
		return bad("top_p", c.TopP, "in [0, 1]")
	case !(c.MinP >= 0 && c.MinP <= 1):
		return bad("min_p", c.MinP, "in [0, 1]")
	case !(c.TypicalP > 0 && c.TypicalP <= 1):
		return bad("typical_p", c.TypicalP, "in (0, 1]")
	case !(c.EpsilonCutoff >= 0 && c.EpsilonCutoff < 1):
		return bad("epsilon_cutoff", c.EpsilonCutoff, "in [0, 1)")
	case !(c.EtaCutoff >= 0 && c.EtaCutoff < 1):
		return bad("eta_cutoff", c.EtaCutoff, "in [0, 1)")
	case !(c.RepetitionPenalty > 0) || math.IsInf(c.RepetitionPenalty, 0):
		return bad("repetition_penalty", c.RepetitionPenalty, "a positive finite number")
	case c.NoRepeatNgramSize < 0:
		return bad("no_repeat_ngram_size", c.NoRepeatNgramSize, ">= 0")
	case math.IsNaN(c.LengthPenalty) || math.IsInf(c.LengthPenalty, 0):
		return bad("length_penalty", c.LengthPenalty, "finite")
	}
	if c.EarlyStopping < EarlyStopFalse || c.EarlyStopping > EarlyStopNever {
		return bad("early_stopping", int(c.EarlyStopping), "true, false or never")
	}
	if c.ExponentialDecay != nil && (c.ExponentialDecay.StartIndex < 0 || !(c.ExponentialDecay.DecayFactor > 0) || math.IsInf(c.ExponentialDecay.DecayFactor, 0)) {
		return bad("exponential_decay_length_penalty", *c.ExponentialDecay, "[start_index >= 0, decay_factor > 0]")
	}
	for i, w := range c.BadWordsIDs {
		if len(w) == 0 {
			return fmt.Errorf("bad_words_ids[%d] is empty", i)
		}
		for _, id := range w {
			if id < 0 {
				return fmt.Errorf("bad_words_ids[%d] has a negative id %d", i, id)
			}
		}
	}
	for i, f := range c.ForcedDecoderIDs {
		if f[0] < 0 || f[1] < -1 {
			return fmt.Errorf("forced_decoder_ids[%d] = %v has a negative position or id", i, f)
		}
	}
	for _, id := range c.EOSTokenIDs {
		if id < 0 {
			return fmt.Errorf("eos_token_id has a negative id %d", id)
		}
	}
	if c.Watermarking != nil {
		if err := c.Watermarking.Validate(); err != nil {
			return fmt.Errorf("watermarking_config: %w", err)
		}
	}
	if c.NumBeams > 1 && c.NumReturnSequences > c.NumBeams {
		return fmt.Errorf("num_return_sequences (%d) must be <= num_beams (%d)", c.NumReturnSequences, c.NumBeams)
	}
	if c.NumBeams == 1 && !c.DoSample && c.NumReturnSequences > 1 {
		return fmt.Errorf("greedy search returns one sequence per prompt: num_return_sequences is %d (use do_sample or num_beams)", c.NumReturnSequences)
	}
	return nil
}

// maxLength resolves the length limit for a prompt of promptLen tokens:
// max_new_tokens wins over max_length, as in transformers.
func (c *Config) maxLength(promptLen int) int {
	if c.MaxNewTokens > 0 {
		return promptLen + c.MaxNewTokens
	}
	return c.MaxLength
}

// maxTime is max_time as a Duration (0: no limit).
func (c *Config) maxTime() time.Duration {
	return time.Duration(c.MaxTime * float64(time.Second))
}

// Option changes one field of a Config for one call. Options win over
// generation_config.json, which wins over transformers' defaults.
type Option func(*Request)

// WithConfig replaces the whole configuration (later options still apply).
func WithConfig(c Config) Option { return func(d *Request) { d.Config = c.Clone() } }

// MaxNewTokens sets max_new_tokens.
func MaxNewTokens(n int) Option { return func(c *Request) { c.MaxNewTokens = n } }

// MaxLength sets max_length (and clears max_new_tokens, which would win).
func MaxLength(n int) Option { return func(c *Request) { c.MaxLength, c.MaxNewTokens = n, 0 } }

// MinLength sets min_length.
func MinLength(n int) Option { return func(c *Request) { c.MinLength = n } }

// MinNewTokens sets min_new_tokens.
func MinNewTokens(n int) Option { return func(c *Request) { c.MinNewTokens = n } }

// MaxTime sets max_time.
func MaxTime(d time.Duration) Option { return func(c *Request) { c.MaxTime = d.Seconds() } }

// StopStrings sets stop_strings.
func StopStrings(s ...string) Option {
	return func(c *Request) { c.StopStrings = append([]string(nil), s...) }
}

// Greedy turns sampling and beam search off.
func Greedy() Option { return func(c *Request) { c.DoSample, c.NumBeams = false, 1 } }

// Sample turns sampling on with the given seed.
func Sample(seed uint64) Option { return func(c *Request) { c.DoSample, c.Seed = true, seed } }

// Beams sets num_beams.
func Beams(n int) Option { return func(c *Request) { c.NumBeams = n } }

// EarlyStop sets early_stopping.
func EarlyStop(e EarlyStopping) Option { return func(c *Request) { c.EarlyStopping = e } }

// LengthPenalty sets length_penalty.
func LengthPenalty(p float64) Option { return func(c *Request) { c.LengthPenalty = p } }

// NumReturnSequences sets num_return_sequences.
func NumReturnSequences(n int) Option { return func(c *Request) { c.NumReturnSequences = n } }

// UseCache sets use_cache (false recomputes the whole sequence each step).
func UseCache(v bool) Option { return func(c *Request) { c.UseCache = v } }

// Temperature sets temperature.
func Temperature(t float64) Option { return func(c *Request) { c.Temperature = t } }

// TopK sets top_k (0 disables it).
func TopK(k int) Option { return func(c *Request) { c.TopK = k } }

// TopP sets top_p.
func TopP(p float64) Option { return func(c *Request) { c.TopP = p } }

// MinP sets min_p.
func MinP(p float64) Option { return func(c *Request) { c.MinP = p } }

// TypicalP sets typical_p.
func TypicalP(p float64) Option { return func(c *Request) { c.TypicalP = p } }

// RepetitionPenalty sets repetition_penalty.
func RepetitionPenalty(p float64) Option { return func(c *Request) { c.RepetitionPenalty = p } }

// NoRepeatNgramSize sets no_repeat_ngram_size.
func NoRepeatNgramSize(n int) Option { return func(c *Request) { c.NoRepeatNgramSize = n } }

// BadWords sets bad_words_ids.
func BadWords(ids ...[]int) Option { return func(c *Request) { c.BadWordsIDs = ids } }

// ForcedBOS sets forced_bos_token_id.
func ForcedBOS(id int) Option { return func(c *Request) { c.ForcedBOSTokenID = id } }

// ForcedEOS sets forced_eos_token_id.
func ForcedEOS(ids ...int) Option { return func(c *Request) { c.ForcedEOSTokenID = ids } }

// SuppressTokens sets suppress_tokens.
func SuppressTokens(ids ...int) Option { return func(c *Request) { c.SuppressTokens = ids } }

// BeginSuppressTokens sets begin_suppress_tokens.
func BeginSuppressTokens(ids ...int) Option {
	return func(c *Request) { c.BeginSuppressTokens = ids }
}

// ExponentialDecayLengthPenalty sets exponential_decay_length_penalty.
func ExponentialDecayLengthPenalty(start int, factor float64) Option {
	return func(c *Request) { c.ExponentialDecay = &DecayPenalty{start, factor} }
}

// Watermark sets watermarking_config.
func Watermark(w WatermarkingConfig) Option { return func(c *Request) { c.Watermarking = &w } }

// PadTokenID sets pad_token_id.
func PadTokenID(id int) Option { return func(c *Request) { c.PadTokenID = id } }

// EOSTokenIDs sets eos_token_id (none: no EOS stopping).
func EOSTokenIDs(ids ...int) Option { return func(c *Request) { c.EOSTokenIDs = ids } }
