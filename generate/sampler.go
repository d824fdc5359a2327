package generate

import (
	"math/rand/v2"
)

// Sampler draws tokens reproducibly. It is math/rand/v2's PCG generator
// seeded with (seed, 0x9E3779B97F4A7C15); each draw consumes one Float64.
// The same seed, prompts and options give the same tokens on every
// platform (the sequence of draws is part of kiln's compatibility
// promise); it is not torch's generator, so sampled tokens differ from
// transformers' for the same seed.
type Sampler struct{ r *rand.Rand }

// NewSampler returns a Sampler for seed.
func NewSampler(seed uint64) *Sampler {
	return &Sampler{rand.New(rand.NewPCG(seed, 0x9E3779B97F4A7C15))}
}

// Float64 returns the next uniform draw in [0, 1).
func (s *Sampler) Float64() float64 { return s.r.Float64() }

// Categorical draws an index with probability proportional to probs
// (non-negative; zero-probability entries are never drawn unless every
// entry is zero, when it returns the last index with the largest value).
func (s *Sampler) Categorical(probs []float32) int {
	var total float64
	for _, p := range probs {
		if p > 0 {
			total += float64(p)
		}
	}
	u := s.r.Float64() * total
	last := -1
	var c float64
	for i, p := range probs {
		if p <= 0 {
			continue
		}
		last = i
		c += float64(p)
		if u < c {
			return i
		}
	}
	if last >= 0 {
		return last
	}
	return argmax(probs)
}

// withoutReplacement draws k distinct indices, each with probability
// proportional to probs among those not drawn yet (torch.multinomial
// without replacement).
func (s *Sampler) withoutReplacement(probs []float32, k int) []int {
	p := append([]float32(nil), probs...)
	out := make([]int, 0, k)
	for len(out) < k {
		i := s.Categorical(p)
		if p[i] <= 0 {
			// Fewer positive entries than k: take the best remaining.
			for j := range p {
				if p[j] >= 0 && (p[i] < 0 || p[j] > p[i]) {
					i = j
				}
			}
		}
		out = append(out, i)
		p[i] = -1
	}
	return out
}
