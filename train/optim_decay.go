package train

import (
	"regexp"
	"strings"
)

// noDecayPatterns are the name patterns of transformers'
// Trainer.get_decay_parameter_names, matched against the lower-cased
// parameter name: biases and the norm layers of every architecture whose
// module names say so (BERT's LayerNorm, Llama's input_layernorm and
// model.norm, T5's layer_norm, ...).
var noDecayPatterns = []*regexp.Regexp{
	regexp.MustCompile(`bias`),
	regexp.MustCompile(`layernorm`),
	regexp.MustCompile(`rmsnorm`),
	regexp.MustCompile(`(?:^|\.)norm(?:$|\.)`),
	regexp.MustCompile(`_norm(?:$|\.)`),
}

// gpt2LayerNormModules are module names that are torch.nn.LayerNorm
// instances without a name the patterns catch: transformers excludes them
// by type (ALL_LAYERNORM_LAYERS). GPT-2 names its LayerNorms ln_1, ln_2
// and ln_f.
var gpt2LayerNormModules = map[string]bool{"ln_1": true, "ln_2": true, "ln_f": true}

// IsLayerNormModule reports whether a module name (one dot-separated
// component of a parameter name) is an nn.LayerNorm in the architectures
// kiln loads whose norm names the patterns do not already catch (GPT-2's
// ln_1, ln_2, ln_f). It is the default for DecayParameterNames.
func IsLayerNormModule(component string) bool { return gpt2LayerNormModules[component] }

// Decays reports whether the HF Trainer puts the parameter of this Hugging
// Face name in its weight-decay group. It reproduces
// Trainer.get_decay_parameter_names on names: a parameter gets no weight
// decay when its lower-cased name matches one of transformers'
// patterns ("bias", "layernorm", "rmsnorm", "(^|.)norm($|.)",
// "_norm($|.)") or when one of the modules above it is a LayerNorm, which
// transformers decides by type and kiln by isNorm on each module name
// (nil means IsLayerNormModule).
func Decays(name string, isNorm func(module string) bool) bool {
	if isNorm == nil {
		isNorm = IsLayerNormModule
	}
	lower := strings.ToLower(name)
	for _, p := range noDecayPatterns {
		if p.MatchString(lower) {
			return false
		}
	}
	parts := strings.Split(name, ".")
	for _, m := range parts[:len(parts)-1] {
		if isNorm(m) {
			return false
		}
	}
	return true
}

// DecayParameterNames returns the names, in order, that Decays keeps in
// the weight-decay group.
func DecayParameterNames(names []string, isNorm func(module string) bool) []string {
	var out []string
	for _, n := range names {
		if Decays(n, isNorm) {
			out = append(out, n)
		}
	}
	return out
}
