package models

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// Config is a parsed config.json of one family.
type Config interface {
	// Common returns the fields every architecture shares.
	Common() *Base
}

// Model builds the program of one architecture for a Spec. A Model holds
// only its configuration: weights are bound later, by name, by a Runner.
type Model interface {
	// Arch is the Hugging Face class name (LlamaForCausalLM, BertModel, ...).
	Arch() string
	// Config is the parsed configuration.
	Config() Config
	// Task says which head the model has and so which outputs it returns.
	Task() Task
	// Build declares the inputs (see the Input* names) and weights
	// (Hugging Face names; floats in the compute dtype dt) of the program for spec in g,
	// computes, and returns the outputs with g.Return (see the Output*
	// names). It may panic on shape mistakes; frontend.Build turns that
	// into an error naming the model source line.
	Build(g *frontend.Graph, spec Spec, dt ir.DType) error
	// WeightAliases maps parameter names the program declares to the
	// checkpoint names that may hold them instead, in order of preference
	// (tied weights: lm_head.weight -> the input embedding).
	WeightAliases() map[string][]string
}

// Decoder is implemented by models with a KV cache.
type Decoder interface {
	Model
	// CacheLayout gives the per-layer cache shape: layers, key/value heads
	// and head dim. Keys and values are (batch, kvHeads, capacity, headDim).
	CacheLayout() (layers, kvHeads, headDim int)
}

// EncoderDecoder is implemented by encoder-decoder models (Whisper): their
// programs come in three stages (Spec.Stage). The decoder stage's
// self-attention cache is laid out as a Decoder's (CacheLayout); the
// cross-attention keys and values the encoder stage returns are
// (batch, heads, EncoderLength, headDim) per decoder layer, with the
// decoder's CacheLayout heads and head dim.
type EncoderDecoder interface {
	Decoder
	// EncoderInput is the encoder's input: its program input name
	// (InputFeatures) and the shape of one row ((num_mel_bins, frames)
	// for Whisper), in the compute dtype.
	EncoderInput() (name string, row []int)
	// EncoderLength is the number of encoder positions the decoder's
	// cross-attention attends (max_source_positions for Whisper).
	EncoderLength() int
	// DecoderStartTokenID is config.json's decoder_start_token_id, the
	// first decoder token of a generation.
	DecoderStartTokenID() int
}

// TextEncoderDecoder is an EncoderDecoder whose encoder reads tokens (T5,
// BART): EncoderInput is (InputEncoderIDs, nil), its programs take
// InputEncoderAttentionMask in every stage, and the encoder's length is
// the Spec's Source rather than EncoderLength (which is 0: no fixed
// length).
type TextEncoderDecoder interface {
	EncoderDecoder
	// MaxSource is the longest encoder input the model takes (a learned
	// position table's rows: BART's max_position_embeddings), or 0 when
	// positions are relative and any length runs (T5).
	MaxSource() int
}

// GenerationDefaulter is implemented by configs that carry generation
// settings transformers reads from config.json when a model directory has
// no generation_config.json (GenerationConfig.from_model_config): BART's
// forced_bos_token_id and forced_eos_token_id (-1 and nil: none).
type GenerationDefaulter interface {
	GenerationDefaults() (forcedBOS int, forcedEOS []int)
}

// Task is the kind of head on top of the base model.
type Task int

// Tasks.
const (
	TaskBase                   Task = iota // hidden states only (BertModel, LlamaModel)
	TaskCausalLM                           // next-token logits
	TaskMaskedLM                           // per-token vocabulary logits
	TaskSequenceClassification             // per-sequence label logits
	TaskTokenClassification                // per-token label logits
	TaskImageClassification                // per-image label logits
	TaskSeq2SeqLM                          // encoder-decoder with next-token logits (WhisperForConditionalGeneration)
	TaskImageTextMatching                  // image-text similarity logits (CLIPModel, SiglipModel)
	TaskQuestionAnswering                  // per-token answer-span start and end logits (BertForQuestionAnswering)
)

func (t Task) String() string {
	switch t {
	case TaskBase:
		return "base"
	case TaskCausalLM:
		return "causal-lm"
	case TaskMaskedLM:
		return "masked-lm"
	case TaskSequenceClassification:
		return "sequence-classification"
	case TaskTokenClassification:
		return "token-classification"
	case TaskImageClassification:
		return "image-classification"
	case TaskSeq2SeqLM:
		return "seq2seq-lm"
	case TaskImageTextMatching:
		return "image-text-matching"
	case TaskQuestionAnswering:
		return "question-answering"
	}
	return fmt.Sprintf("task(%d)", int(t))
}

// Family registers one model_type: how to parse its config and which
// architecture classes it can build.
type Family struct {
	// ModelType is config.json's model_type ("llama").
	ModelType string
	// ParseConfig decodes config.json; file is used in error messages.
	ParseConfig func(data []byte, file string) (Config, error)
	// Architectures maps class names to constructors.
	Architectures map[string]func(Config) (Model, error)
	// DefaultArch is used when config.json names no architecture.
	DefaultArch string
}

var (
	regMu    sync.RWMutex
	families = map[string]*Family{}
)

// Register adds a model family. Built-in families register themselves in
// init functions exactly this way; user code registers its own
// architectures before loading. Registering a model_type twice is an error.
func Register(f Family) error {
	if f.ModelType == "" || f.ParseConfig == nil || len(f.Architectures) == 0 {
		return fmt.Errorf("models.Register: family needs ModelType, ParseConfig and Architectures")
	}
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := families[f.ModelType]; dup {
		return fmt.Errorf("models.Register: model_type %q is already registered", f.ModelType)
	}
	ff := f
	families[f.ModelType] = &ff
	return nil
}

func mustRegister(f Family) {
	if err := Register(f); err != nil {
		panic(err)
	}
}

// ModelTypes lists the registered model_type names, sorted.
func ModelTypes() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	out := make([]string, 0, len(families))
	for k := range families {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func family(modelType, file string) (*Family, error) {
	regMu.RLock()
	defer regMu.RUnlock()
	f, ok := families[modelType]
	if !ok {
		known := make([]string, 0, len(families))
		for k := range families {
			known = append(known, k)
		}
		sort.Strings(known)
		return nil, fmt.Errorf("%s: model_type %q is not supported (registered: %v)", file, modelType, known)
	}
	return f, nil
}

// ParseConfig decodes a config.json by its model_type.
func ParseConfig(data []byte, file string) (Config, error) {
	var head struct {
		ModelType string `json:"model_type"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("%s: not a JSON object: %w", file, err)
	}
	if head.ModelType == "" {
		return nil, fmt.Errorf("%s: field model_type is missing", file)
	}
	f, err := family(head.ModelType, file)
	if err != nil {
		return nil, err
	}
	return f.ParseConfig(data, file)
}

// LoadConfig reads dir/config.json (or the file itself).
func LoadConfig(path string) (Config, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, "config.json")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(data, path)
}

// New builds the Model for cfg. arch selects the class ("" = the first of
// config.json's architectures, else the family default).
func New(cfg Config, arch string) (Model, error) {
	b := cfg.Common()
	f, err := family(b.ModelType, "config")
	if err != nil {
		return nil, err
	}
	if arch == "" && len(b.Architectures) > 0 {
		arch = b.Architectures[0]
	}
	if arch == "" {
		arch = f.DefaultArch
	}
	mk, ok := f.Architectures[arch]
	if !ok {
		names := make([]string, 0, len(f.Architectures))
		for k := range f.Architectures {
			names = append(names, k)
		}
		sort.Strings(names)
		return nil, fmt.Errorf("architecture %q is not supported for model_type %q (supported: %v)", arch, b.ModelType, names)
	}
	return mk(cfg)
}
