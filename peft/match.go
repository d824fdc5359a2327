package peft

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// compileFull compiles a Python re pattern for re.fullmatch (Go's RE2
// syntax: the common subset; lookarounds and backreferences are refused).
func compileFull(re string) (*regexp.Regexp, error) { return regexp.Compile(`^(?:` + re + `)$`) }

// OutputHead is the module "all-linear" leaves out (PEFT excludes the
// model's output embeddings, lm_head in every kiln causal LM).
const OutputHead = "lm_head"

// Targets reports whether PEFT adapts the module named module, as its
// check_target_module_exists does: target_modules as a string is
// re.fullmatch on the name, as a list an exact name or a ".name" suffix;
// exclude_modules the same way; then layers_to_transform keeps modules
// whose layer index (the number after ".<layers_pattern>.") is listed,
// and drops modules with no index.
func (c *Config) Targets(module string) bool {
	if !c.nameMatches(module) || matches(module, c.ExcludeNames, c.ExcludeRegex) {
		return false
	}
	if c.LayersToTransform == nil {
		return true
	}
	pats := c.LayersPattern
	if len(pats) == 0 {
		pats = commonLayersPattern
	}
	for _, p := range pats {
		re, err := regexp.Compile(`^.*\.` + p + `\.(\d+)\.`)
		if err != nil {
			continue
		}
		m := re.FindStringSubmatch(module)
		if m == nil {
			continue
		}
		i, err := strconv.Atoi(m[1])
		if err != nil {
			return false
		}
		for _, l := range c.LayersToTransform {
			if l == i {
				return true
			}
		}
		return false
	}
	return false
}

func (c *Config) nameMatches(module string) bool {
	if c.AllLinear {
		return module != OutputHead && !strings.HasSuffix(module, "."+OutputHead)
	}
	return matches(module, c.TargetNames, c.TargetRegex)
}

// matches is PEFT's list-or-regex rule (no list and no regex: false).
func matches(module string, list []string, re string) bool {
	if re != "" {
		r, err := compileFull(re)
		return err == nil && r.MatchString(module)
	}
	for _, t := range list {
		if module == t || strings.HasSuffix(module, "."+t) {
			return true
		}
	}
	return false
}

// patternValue is PEFT's get_pattern_key: the first key (in file order)
// with re.match(`(.*\.)?(key)$`, module), else ok = false.
func patternValue(ps []Pattern, module string) (float64, bool) {
	for _, p := range ps {
		re, err := regexp.Compile(`^(?:.*\.)?(?:` + p.Key + `)$`)
		if err == nil && re.MatchString(module) {
			return p.Value, true
		}
	}
	return 0, false
}

// RankAlpha returns the rank and alpha of module: rank_pattern and
// alpha_pattern first, else r and lora_alpha.
func (c *Config) RankAlpha(module string) (int, float64) {
	r, alpha := c.R, c.Alpha
	if v, ok := patternValue(c.RankPattern, module); ok {
		r = int(v)
	}
	if v, ok := patternValue(c.AlphaPattern, module); ok {
		alpha = v
	}
	return r, alpha
}

// Scaling is PEFT's scaling of module: alpha/r, or alpha/sqrt(r) with
// use_rslora.
func (c *Config) Scaling(module string) float64 {
	r, alpha := c.RankAlpha(module)
	if c.UseRSLoRA {
		return alpha / math.Sqrt(float64(r))
	}
	return alpha / float64(r)
}
