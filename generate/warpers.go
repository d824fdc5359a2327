package generate

import (
	"math"
	"sort"
)

// TemperatureWarper is TemperatureLogitsWarper: scores / T.
type TemperatureWarper struct{ T float32 }

// Process implements LogitsProcessor.
func (w TemperatureWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		for i := range row {
			row[i] /= w.T
		}
	}
}

// TopKWarper is TopKLogitsWarper: scores below the k-th largest become
// -inf (ties with the k-th are kept); k is at least MinKeep.
type TopKWarper struct{ K, MinKeep int }

// Process implements LogitsProcessor.
func (w TopKWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		k := min(max(w.K, w.MinKeep), len(row))
		if k <= 0 {
			continue
		}
		kth := kthLargest(row, k)
		for i, v := range row {
			if v < kth {
				row[i] = negInf
			}
		}
	}
}

// ascending returns the indices of row sorted by ascending value (stable,
// so equal values keep index order).
func ascending(row []float32) []int {
	idx := make([]int, len(row))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return row[idx[a]] < row[idx[b]] })
	return idx
}

// gather returns row[idx[0]], row[idx[1]], ... in a new slice.
func gather(row []float32, idx []int) []float32 {
	out := make([]float32, len(idx))
	for i, j := range idx {
		out[i] = row[j]
	}
	return out
}

// kthLargest returns the k-th largest value of row (1 <= k <= len(row));
// row is not changed.
func kthLargest(row []float32, k int) float32 {
	s := append([]float32(nil), row...)
	sort.Slice(s, func(a, b int) bool { return s[a] > s[b] })
	return s[k-1]
}

// TopPWarper is TopPLogitsWarper: in ascending order of score, tokens whose
// cumulative probability is <= 1-P are removed, keeping at least MinKeep of
// the largest.
type TopPWarper struct {
	P       float64
	MinKeep int
}

// Process implements LogitsProcessor.
func (w TopPWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		idx := ascending(row)
		probs := softmax(gather(row, idx))
		var cum float32
		thr := float32(1 - w.P)
		remove := make([]bool, len(row))
		for i, p := range probs {
			cum += p
			remove[i] = cum <= thr
		}
		for i := max(0, len(row)-w.MinKeep); i < len(row); i++ {
			remove[i] = false
		}
		for i, j := range idx {
			if remove[i] {
				row[j] = negInf
			}
		}
	}
}

// MinPWarper is MinPLogitsWarper: tokens with probability below
// P * (the top probability) are removed, keeping at least MinKeep.
type MinPWarper struct {
	P       float64
	MinKeep int
}

// Process implements LogitsProcessor.
func (w MinPWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		probs := softmax(row)
		var top float32
		for _, p := range probs {
			top = max(top, p)
		}
		thr := float32(w.P) * top
		idx := ascending(row)
		protected := map[int]bool{}
		for i := len(idx) - 1; i >= 0 && len(idx)-i <= w.MinKeep; i-- {
			protected[idx[i]] = true
		}
		for i, p := range probs {
			if p < thr && !protected[i] {
				row[i] = negInf
			}
		}
	}
}

// TypicalWarper is TypicalLogitsWarper (locally typical sampling): tokens
// are ranked by |-log p - entropy|, and the smallest set whose probability
// reaches Mass is kept (at least MinKeep).
type TypicalWarper struct {
	Mass    float64
	MinKeep int
}

// Process implements LogitsProcessor.
func (w TypicalWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		logp := append([]float32(nil), row...)
		logSoftmaxInPlace(logp)
		var ent float64
		for _, lp := range logp {
			if p := math.Exp(float64(lp)); p > 0 && !math.IsInf(float64(lp), -1) {
				ent -= float64(lp) * p
			}
		}
		shifted := make([]float32, len(row))
		for i, lp := range logp {
			shifted[i] = float32(math.Abs(-float64(lp) - ent))
		}
		idx := ascending(shifted)
		probs := softmax(gather(row, idx))
		var cum float32
		last := 0
		for _, p := range probs {
			cum += p
			if cum < float32(w.Mass) {
				last++
			}
		}
		last = min(last, len(row)-1)
		cut := shifted[idx[last]]
		for i, j := range idx {
			if i >= w.MinKeep && shifted[j] > cut {
				row[j] = negInf
			}
		}
	}
}

// EpsilonWarper is EpsilonLogitsWarper: tokens with probability below
// Epsilon are removed, except the MinKeep largest.
type EpsilonWarper struct {
	Epsilon float64
	MinKeep int
}

// Process implements LogitsProcessor.
func (w EpsilonWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		cutoffRow(row, softmax(row), float32(w.Epsilon), w.MinKeep)
	}
}

// EtaWarper is EtaLogitsWarper: the cutoff is min(eps, sqrt(eps)*exp(-H))
// with H the entropy of the distribution.
type EtaWarper struct {
	Epsilon float64
	MinKeep int
}

// Process implements LogitsProcessor.
func (w EtaWarper) Process(_ [][]int, scores [][]float32) {
	for _, row := range scores {
		probs := softmax(row)
		var h float64
		for _, p := range probs {
			if p > 0 {
				h -= float64(p) * math.Log(float64(p))
			}
		}
		eta := math.Min(w.Epsilon, math.Sqrt(w.Epsilon)*math.Exp(-h))
		cutoffRow(row, probs, float32(eta), w.MinKeep)
	}
}

// cutoffRow removes tokens with probability below cut unless their score
// is at least the minKeep-th largest.
func cutoffRow(row, probs []float32, cut float32, minKeep int) {
	kth := kthLargest(row, min(max(minKeep, 1), len(row)))
	for i, p := range probs {
		if p < cut && row[i] < kth {
			row[i] = negInf
		}
	}
}
