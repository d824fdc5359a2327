package peft

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Combination types of AddWeighted. PEFT's other types (svd, ties,
// ties_svd, dare_ties, dare_linear, dare_ties_svd, dare_linear_svd,
// magnitude_prune, magnitude_prune_svd) are refused by name.
const (
	CombineLinear = "linear"
	CombineCat    = "cat"
)

var unsupportedCombinations = map[string]bool{
	"svd": true, "ties": true, "ties_svd": true, "dare_ties": true, "dare_linear": true,
	"dare_ties_svd": true, "dare_linear_svd": true, "magnitude_prune": true, "magnitude_prune_svd": true,
}

// AddWeighted combines adapters with weights into a new adapter called
// name, as PEFT 0.21's LoraModel.add_weighted_adapter:
//
//   - The config is the first adapter's with r = lora_alpha = the new
//     rank (so scaling 1, or sqrt(r) with use_rslora), no rank or alpha
//     patterns, and the union of the target_modules (all lists, or all
//     regex strings joined as "(a)|(b)"; mixing is refused as PEFT does).
//     Only modules that config targets are kept.
//   - "linear" needs equal ranks (r, or the largest of r and
//     rank_pattern); per module, with sᵢ the module's scaling in adapter
//     i and cᵢ = weightᵢ·sᵢ: A = Σ sign(cᵢ)·√|cᵢ|·Aᵢ, B = Σ √|cᵢ|·Bᵢ.
//     This is not Σ cᵢ·Bᵢ·Aᵢ (the cross terms stay), exactly as in PEFT.
//   - "cat" concatenates: A = [w₁s₁A₁; w₂s₂A₂; ...] (rows), B = [B₁ B₂ ...]
//     (columns), rank Σ rᵢ, zero-padded where an adapter lacks the module,
//     so that B·A = Σ wᵢ·sᵢ·Bᵢ·Aᵢ.
//   - A single adapter is always combined "linear".
//
// DoRA adapters are refused (PEFT would keep a magnitude initialised from
// the base weights, which the combined A and B do not match), and so are
// the SVD and pruning types, by name. modules_to_save copies are not
// carried over: PEFT's new adapter starts from the base module's values,
// and two adapters saving the same module are refused, as in PEFT.
// Arithmetic is float64, rounded once to float32.
func AddWeighted(name string, adapters []*Adapter, weights []float64, combination string) (*Adapter, error) {
	fail := func(format string, args ...any) (*Adapter, error) {
		return nil, fmt.Errorf("add weighted adapter %q: "+format, append([]any{name}, args...)...)
	}
	if len(adapters) == 0 {
		return fail("no adapters to combine")
	}
	if len(weights) != len(adapters) {
		return fail("%d weights for %d adapters", len(weights), len(adapters))
	}
	if len(adapters) == 1 {
		combination = CombineLinear
	}
	switch {
	case combination == CombineLinear || combination == CombineCat:
	case unsupportedCombinations[combination]:
		return fail("combination_type %q is not supported (only %q and %q)", combination, CombineLinear, CombineCat)
	default:
		return fail("invalid combination_type %q (want %q or %q)", combination, CombineLinear, CombineCat)
	}
	saved := map[string]string{}
	for i, a := range adapters {
		if a == nil {
			return fail("adapter %d is nil", i)
		}
		if math.IsNaN(weights[i]) || math.IsInf(weights[i], 0) {
			return fail("weight %d of adapter %s is %v", i, a.Name(), weights[i])
		}
		if a.Config.UseDoRA {
			return fail("adapter %s uses DoRA (use_dora): combining DoRA adapters is not supported", a.Name())
		}
		for p := range a.Overrides() {
			if other, ok := saved[p]; ok {
				return fail("adapters %s and %s both save module %s (modules_to_save) and cannot be combined", other, a.Name(), p)
			}
			saved[p] = a.Name()
		}
	}
	newRank := 0
	for i, a := range adapters {
		r := maxRank(a.Config)
		switch {
		case combination == CombineCat:
			newRank += r
		case i == 0:
			newRank = r
		case r != newRank:
			return fail("combination_type linear needs equal ranks; %s has r %d, %s has %d", adapters[0].Name(), newRank, a.Name(), r)
		}
	}
	cfg, err := combinedConfig(adapters, newRank)
	if err != nil {
		return fail("%v", err)
	}
	modules := map[string]bool{}
	for _, a := range adapters {
		for _, m := range a.LoRAModules() {
			if cfg.Targets(m) {
				modules[m] = true
			}
		}
	}
	names := make([]string, 0, len(modules))
	for m := range modules {
		names = append(names, m)
	}
	sort.Strings(names)
	out := map[string]*tensor.Tensor{}
	for _, m := range names {
		var A, B *tensor.Tensor
		var err error
		if combination == CombineCat {
			A, B, err = catModule(m, adapters, weights, newRank)
		} else {
			A, B, err = linearModule(m, adapters, weights)
			if err == nil && A.Shape[0] != newRank {
				// A rank_pattern rank: PEFT keeps the module's rank and
				// the scaling it gave the new rank.
				key := regexp.QuoteMeta(m)
				r := float64(A.Shape[0])
				alpha := r
				if cfg.UseRSLoRA {
					alpha = math.Sqrt(float64(newRank) * r)
				}
				cfg.RankPattern = append(cfg.RankPattern, Pattern{Key: key, Value: r})
				cfg.AlphaPattern = append(cfg.AlphaPattern, Pattern{Key: key, Value: alpha})
			}
		}
		if err != nil {
			return fail("module %s: %v", m, err)
		}
		out[KeyPrefix+m+".lora_A.weight"], out[KeyPrefix+m+".lora_B.weight"] = A, B
	}
	if len(out) == 0 {
		return fail("the adapters have no LoRA weights for the modules the combined config targets")
	}
	return New(name, cfg, out)
}

// maxRank is the rank PEFT allocates for an adapter when combining:
// r, or the largest of r and the rank_pattern values.
func maxRank(c *Config) int {
	r := c.R
	for _, p := range c.RankPattern {
		r = max(r, int(p.Value))
	}
	return r
}

// combinedConfig is the first adapter's config with the new rank as r and
// alpha, no patterns, and the union of the target modules.
func combinedConfig(adapters []*Adapter, rank int) (*Config, error) {
	c := *adapters[0].Config
	c.R, c.Alpha = rank, float64(rank)
	c.RankPattern, c.AlphaPattern = nil, nil
	c.TargetNames = append([]string(nil), c.TargetNames...)
	c.ModulesToSave = append([]string(nil), c.ModulesToSave...)
	isRegex := func(a *Adapter) bool { return a.Config.TargetRegex != "" }
	var regexes []string
	names := map[string]bool{}
	allLinear := 0
	for _, a := range adapters {
		if isRegex(a) != isRegex(adapters[0]) {
			return nil, fmt.Errorf("target_modules of %s and %s mix a regex string and a list, which PEFT does not combine", adapters[0].Name(), a.Name())
		}
		switch {
		case isRegex(a):
			regexes = append(regexes, "("+a.Config.TargetRegex+")")
		case a.Config.AllLinear:
			allLinear++
		default:
			for _, n := range a.Config.TargetNames {
				names[n] = true
			}
		}
	}
	switch {
	case len(regexes) > 0:
		c.TargetRegex, c.TargetNames = strings.Join(regexes, "|"), nil
	case allLinear == len(adapters):
		c.AllLinear, c.TargetNames = true, nil
	case allLinear > 0:
		return nil, fmt.Errorf("target_modules mix \"all-linear\" and a list; kiln cannot express their union")
	default:
		c.TargetNames = make([]string, 0, len(names))
		for n := range names {
			c.TargetNames = append(c.TargetNames, n)
		}
		sort.Strings(c.TargetNames)
	}
	return &c, nil
}

// loraPair returns adapter a's A and B for module m (ok false without them).
func loraPair(a *Adapter, m string) (A, B *tensor.Tensor, ok bool) {
	A, okA := a.Tensor(KeyPrefix + m + ".lora_A.weight")
	B, okB := a.Tensor(KeyPrefix + m + ".lora_B.weight")
	return A, B, okA && okB
}

func linearModule(m string, adapters []*Adapter, weights []float64) (*tensor.Tensor, *tensor.Tensor, error) {
	var a, b []float64
	var aShape, bShape ir.Shape
	for i, ad := range adapters {
		A, B, ok := loraPair(ad, m)
		if !ok {
			continue
		}
		if a == nil {
			aShape, bShape = A.Shape, B.Shape
			a, b = make([]float64, A.Shape.NumElements()), make([]float64, B.Shape.NumElements())
		} else if !A.Shape.Equal(aShape) || !B.Shape.Equal(bShape) {
			return nil, nil, fmt.Errorf("combination_type linear needs equal shapes; lora_A %v and lora_B %v of %s differ from %v and %v", A.Shape, B.Shape, ad.Name(), aShape, bShape)
		}
		c := weights[i] * ad.Config.Scaling(m)
		wb := math.Sqrt(math.Abs(c))
		wa := wb
		if c < 0 {
			wa = -wb
		}
		for j, x := range A.Float64s() {
			a[j] += wa * x
		}
		for j, x := range B.Float64s() {
			b[j] += wb * x
		}
	}
	if a == nil {
		return nil, nil, fmt.Errorf("no adapter has weights for it")
	}
	A, err := float32Tensor(aShape, a)
	if err != nil {
		return nil, nil, err
	}
	B, err := float32Tensor(bShape, b)
	return A, B, err
}

func catModule(m string, adapters []*Adapter, weights []float64, rank int) (*tensor.Tensor, *tensor.Tensor, error) {
	in, out := -1, -1
	for _, ad := range adapters {
		if A, B, ok := loraPair(ad, m); ok {
			if in >= 0 && (A.Shape[1] != in || B.Shape[0] != out) {
				return nil, nil, fmt.Errorf("%s's lora_A %v and lora_B %v do not fit (in %d, out %d)", ad.Name(), A.Shape, B.Shape, in, out)
			}
			in, out = A.Shape[1], B.Shape[0]
		}
	}
	if in < 0 {
		return nil, nil, fmt.Errorf("no adapter has weights for it")
	}
	a, b := make([]float64, rank*in), make([]float64, out*rank)
	row := 0
	for i, ad := range adapters {
		A, B, ok := loraPair(ad, m)
		if !ok {
			continue
		}
		r := A.Shape[0]
		c := weights[i] * ad.Config.Scaling(m)
		av, bv := A.Float64s(), B.Float64s()
		for k := 0; k < r; k++ {
			for j := 0; j < in; j++ {
				a[(row+k)*in+j] = c * av[k*in+j]
			}
			for o := 0; o < out; o++ {
				b[o*rank+row+k] = bv[o*r+k]
			}
		}
		row += r
	}
	A, err := float32Tensor(ir.Shape{rank, in}, a)
	if err != nil {
		return nil, nil, err
	}
	B, err := float32Tensor(ir.Shape{out, rank}, b)
	return A, B, err
}

func float32Tensor(shape ir.Shape, v []float64) (*tensor.Tensor, error) {
	f := make([]float32, len(v))
	for i, x := range v {
		f[i] = float32(x)
	}
	return tensor.FromFloat32(shape, f)
}
