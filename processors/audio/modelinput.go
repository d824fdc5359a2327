package audio

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/tensor"
)

// WhisperInput is one audio file made into a Whisper model's input.
type WhisperInput struct {
	// Features are input_features, float32 (1, feature_size, nb_max_frames).
	Features *tensor.Tensor
	// Seconds is the clip's duration at the extractor's sampling rate.
	Seconds float64
	// Truncated is true when the clip is longer than chunk_length: the
	// extractor keeps its first chunk_length seconds, as transformers'
	// does by default (long-form transcription is the ASR pipeline's, pipeline/asr.go).
	Truncated bool
}

// LoadWhisperInput runs the chain transformers' ASR pipeline runs for one
// file and a model directory: modelDir's preprocessor_config.json (a
// WhisperFeatureExtractor; an error when the directory has none, as
// AutoFeatureExtractor fails), Load at its sampling_rate with the default
// LoadOptions (ffmpeg's downmix, KaiserBest resampling), then Extract. A
// 0-second clip gives the features of silence, as transformers does.
func LoadWhisperInput(path, modelDir string) (*WhisperInput, error) {
	cfgPath := filepath.Join(modelDir, "preprocessor_config.json")
	if _, err := os.Stat(cfgPath); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: no preprocessor_config.json: the model has no feature extractor to turn audio into its input", modelDir)
	}
	cfg, err := LoadWhisperConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	fe, err := NewWhisperFeatureExtractor(cfg)
	if err != nil {
		return nil, err
	}
	wave, rate, err := Load(path, LoadOptions{SampleRate: cfg.SamplingRate})
	if err != nil {
		return nil, err
	}
	feats, err := fe.ExtractTensor(wave, Options{})
	if err != nil {
		return nil, err
	}
	return &WhisperInput{Features: feats, Seconds: float64(len(wave)) / float64(rate), Truncated: len(wave) > fe.NumSamples()}, nil
}
