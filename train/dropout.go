package train

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DropoutSettings returns the dropout probabilities above zero that the
// config.json in modelDir sets (fields named like transformers' dropout
// options: "*dropout*", "*pdrop*"), sorted by name. kiln's training step
// applies them as the HF Trainer does (model.train(); see
// StepConfig.NoDropout), but draws its masks from its own generator, not
// torch's: a run with any of them matches HF's in distribution, not step
// for step; a caller should say so (kiln train prints a notice). Nested
// configs (text_config, ...) are searched too, their fields named
// "text_config.attention_dropout".
func DropoutSettings(modelDir string) (map[string]float64, error) {
	path := filepath.Join(modelDir, "config.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg map[string]any
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]float64{}
	var walk func(prefix string, m map[string]any)
	walk = func(prefix string, m map[string]any) {
		for k, v := range m {
			switch x := v.(type) {
			case float64:
				lk := strings.ToLower(k)
				if x > 0 && (strings.Contains(lk, "dropout") || strings.Contains(lk, "pdrop")) {
					out[prefix+k] = x
				}
			case map[string]any:
				walk(prefix+k+".", x)
			}
		}
	}
	walk("", cfg)
	return out, nil
}

// DropoutNotice is a one-line notice for DropoutSettings' result, or ""
// when no dropout is set.
func DropoutNotice(set map[string]float64) string {
	if len(set) == 0 {
		return ""
	}
	names := make([]string, 0, len(set))
	for k := range set {
		names = append(names, k)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = fmt.Sprintf("%s %g", k, set[k])
	}
	return "config.json sets dropout (" + strings.Join(parts, ", ") + "); kiln trains in model.train() mode as the HF Trainer does, but draws the dropout masks from its own generator, not torch's: the run matches HF's in distribution, not step for step (set them to 0 for step-for-step parity)"
}

// NEFTuneNotice is a one-line notice for a run whose neftune_noise_alpha
// is above 0 (noise drawn from kiln's generator, as DropoutNotice says of
// the masks), or "" when it adds no noise.
func NEFTuneNotice(a TrainingArguments) string {
	if a.NEFTuneNoiseAlpha == nil || *a.NEFTuneNoiseAlpha <= 0 {
		return ""
	}
	return fmt.Sprintf("neftune_noise_alpha %g: kiln adds NEFTune noise to the input embeddings in training as the HF Trainer does (bound alpha/sqrt(L*d), L the micro-batch's padded length), drawn from its own generator, not torch's: the run matches HF's in distribution, not step for step", *a.NEFTuneNoiseAlpha)
}
