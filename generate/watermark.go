package generate

import (
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// WatermarkingConfig is transformers' WatermarkingConfig for the green-list
// watermark of Kirchenbauer et al. (2023): before sampling, the scores of a
// "green" fraction of the vocabulary, chosen pseudo-randomly from the
// preceding token(s), are raised by Bias; a detector counts green tokens.
//
// kiln draws the green lists with its own documented generator (PCG, see
// greenlist), not torch's, so kiln detects kiln watermarks; a text
// watermarked by transformers needs transformers' detector.
type WatermarkingConfig struct {
	GreenlistRatio float64 // greenlist_ratio, in (0, 1) (default 0.25)
	Bias           float64 // bias added to green scores (default 2.0)
	HashingKey     uint64  // hashing_key (default 15485863)
	SeedingScheme  string  // "lefthash" (default) or "selfhash"
	ContextWidth   int     // context_width: tokens that seed the list (default 1)
}

// DefaultWatermarking returns transformers' defaults.
func DefaultWatermarking() WatermarkingConfig {
	return WatermarkingConfig{GreenlistRatio: 0.25, Bias: 2, HashingKey: 15485863, SeedingScheme: "lefthash", ContextWidth: 1}
}

// UnmarshalJSON overlays the fields of a watermarking_config object.
func (w *WatermarkingConfig) UnmarshalJSON(data []byte) error {
	var raw struct {
		GreenlistRatio *float64 `json:"greenlist_ratio"`
		Bias           *float64 `json:"bias"`
		HashingKey     *uint64  `json:"hashing_key"`
		SeedingScheme  *string  `json:"seeding_scheme"`
		ContextWidth   *int     `json:"context_width"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	if raw.GreenlistRatio != nil {
		w.GreenlistRatio = *raw.GreenlistRatio
	}
	if raw.Bias != nil {
		w.Bias = *raw.Bias
	}
	if raw.HashingKey != nil {
		w.HashingKey = *raw.HashingKey
	}
	if raw.SeedingScheme != nil {
		w.SeedingScheme = *raw.SeedingScheme
	}
	if raw.ContextWidth != nil {
		w.ContextWidth = *raw.ContextWidth
	}
	return w.Validate()
}

// Validate checks the ranges transformers checks.
func (w *WatermarkingConfig) Validate() error {
	switch {
	case !(w.GreenlistRatio > 0 && w.GreenlistRatio < 1):
		return fmt.Errorf("greenlist_ratio must be in (0, 1), got %v", w.GreenlistRatio)
	case math.IsNaN(w.Bias) || math.IsInf(w.Bias, 0):
		return fmt.Errorf("bias must be finite, got %v", w.Bias)
	case w.SeedingScheme != "lefthash" && w.SeedingScheme != "selfhash":
		return fmt.Errorf("seeding_scheme must be \"lefthash\" or \"selfhash\", got %q", w.SeedingScheme)
	case w.ContextWidth < 1:
		return fmt.Errorf("context_width must be >= 1, got %d", w.ContextWidth)
	}
	return nil
}

// tableSize is the size of selfhash's fixed permutation table (as HF's).
const tableSize = 1_000_003

// WatermarkProcessor is WatermarkLogitsProcessor.
type WatermarkProcessor struct {
	cfg       WatermarkingConfig
	vocab     int
	greenSize int
	table     []uint64 // selfhash only
}

// NewWatermarkProcessor builds the processor for a vocabulary size.
func NewWatermarkProcessor(cfg WatermarkingConfig, vocab int) *WatermarkProcessor {
	p := &WatermarkProcessor{cfg: cfg, vocab: vocab, greenSize: int(float64(vocab) * cfg.GreenlistRatio)}
	if cfg.SeedingScheme == "selfhash" {
		r := rand.New(rand.NewPCG(cfg.HashingKey, 0))
		perm := r.Perm(tableSize)
		p.table = make([]uint64, tableSize)
		for i, v := range perm {
			p.table[i] = uint64(v)
		}
	}
	return p
}

// mulMod returns a*b mod (2^64-1), the modulus transformers reduces seeds by.
func mulMod(a, b uint64) uint64 {
	const m = math.MaxUint64
	hi, lo := bits.Mul64(a, b)
	// 2^64 ≡ 1 (mod 2^64-1), so hi*2^64 + lo ≡ hi + lo.
	s, c := bits.Add64(hi%m, lo%m, 0)
	if c != 0 || s >= m {
		s -= m
	}
	return s
}

// seed derives the green-list seed from the last ContextWidth tokens:
// lefthash: key * last; selfhash: the minimum over the context of
// key * (table[t]+1) * (table[last]+1), all modulo 2^64-1.
func (p *WatermarkProcessor) seed(seq []int) uint64 {
	ctx := seq[max(0, len(seq)-p.cfg.ContextWidth):]
	last := uint64(ctx[len(ctx)-1])
	if p.cfg.SeedingScheme != "selfhash" {
		return mulMod(p.cfg.HashingKey, last)
	}
	b := p.table[last%tableSize] + 1
	best := uint64(math.MaxUint64)
	for _, t := range ctx {
		a := p.table[uint64(t)%tableSize] + 1
		best = min(best, mulMod(mulMod(p.cfg.HashingKey, a), b))
	}
	return best
}

// greenlist returns the green token ids for the context seq: the first
// greenlist_ratio*vocab entries of a permutation of the vocabulary drawn
// by PCG(seed, 0) with a Fisher-Yates shuffle from the front.
func (p *WatermarkProcessor) greenlist(seq []int) []int {
	r := rand.New(rand.NewPCG(p.seed(seq), 0))
	perm := make([]int, p.vocab)
	for i := range perm {
		perm[i] = i
	}
	for i := 0; i < p.greenSize; i++ {
		j := i + r.IntN(p.vocab-i)
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm[:p.greenSize]
}

func (p *WatermarkProcessor) isGreen(prefix []int, target int) bool {
	for _, id := range p.greenlist(prefix) {
		if id == target {
			return true
		}
	}
	return false
}

// Process implements LogitsProcessor: rows shorter than the context are
// left alone; with selfhash, the green list is the set of the 40 best
// candidates that are green in the list seeded by themselves.
func (p *WatermarkProcessor) Process(seqs [][]int, scores [][]float32) {
	bias := float32(p.cfg.Bias)
	for r, seq := range seqs {
		if len(seq) < p.cfg.ContextWidth {
			continue
		}
		row := scores[r]
		var green []int
		if p.cfg.SeedingScheme == "selfhash" {
			ext := append(append([]int(nil), seq...), 0)
			for _, cand := range topIndices(row, 40) {
				ext[len(ext)-1] = cand
				if p.isGreen(ext, cand) {
					green = append(green, cand)
				}
			}
		} else {
			green = p.greenlist(seq)
		}
		for _, id := range green {
			if id < len(row) {
				row[id] += bias
			}
		}
	}
}

// WatermarkDetector is transformers' WatermarkDetector for kiln's
// watermark processor.
type WatermarkDetector struct {
	proc *WatermarkProcessor
	bos  int
	// IgnoreRepeatedNgrams counts each distinct n-gram once.
	IgnoreRepeatedNgrams bool
}

// NewWatermarkDetector returns a detector for the configuration used when
// generating, the model's vocabulary size and its BOS id (-1: none).
func NewWatermarkDetector(cfg WatermarkingConfig, vocab, bos int) (*WatermarkDetector, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if vocab < 2 {
		return nil, fmt.Errorf("watermark detector: vocabulary size %d is too small", vocab)
	}
	return &WatermarkDetector{proc: NewWatermarkProcessor(cfg, vocab), bos: bos}, nil
}

// Detection is WatermarkDetectorOutput for one sequence.
type Detection struct {
	TokensScored  int
	GreenTokens   int
	GreenFraction float64
	ZScore        float64
	PValue        float64
	Prediction    bool // ZScore > the threshold
	Confidence    float64
}

// Detect scores one token sequence (a leading BOS is dropped): each token
// after the first context_width is green or not given the tokens before
// it; z = (green - γN) / sqrt(N γ (1-γ)).
func (d *WatermarkDetector) Detect(ids []int, zThreshold float64) (Detection, error) {
	if len(ids) > 0 && d.bos >= 0 && ids[0] == d.bos {
		ids = ids[1:]
	}
	cw := d.proc.cfg.ContextWidth
	if len(ids)-cw < 1 {
		return Detection{}, fmt.Errorf("watermark detector: %d tokens are too few for context width %d", len(ids), cw)
	}
	self := d.proc.cfg.SeedingScheme == "selfhash"
	n := cw + 1
	if self {
		n = cw
	}
	type key string
	counts := map[key]int{}
	green := map[key]bool{}
	var order []key
	for i := 0; i+n <= len(ids); i++ {
		ng := ids[i : i+n]
		k := key(fmt.Sprint(ng))
		if _, ok := counts[k]; !ok {
			order = append(order, k)
			prefix := ng[:n-1]
			if self {
				prefix = ng
			}
			green[k] = d.proc.isGreen(prefix, ng[n-1])
		}
		counts[k]++
	}
	var det Detection
	for _, k := range order {
		c := counts[k]
		if d.IgnoreRepeatedNgrams {
			c = 1
		}
		det.TokensScored += c
		if green[k] {
			det.GreenTokens += c
		}
	}
	g := d.proc.cfg.GreenlistRatio
	nt := float64(det.TokensScored)
	det.GreenFraction = float64(det.GreenTokens) / nt
	det.ZScore = (float64(det.GreenTokens) - g*nt) / math.Sqrt(nt*g*(1-g))
	det.Prediction = det.ZScore > zThreshold
	// One-sided p-value of the standard normal.
	det.PValue = 0.5 * math.Erfc(det.ZScore/math.Sqrt2)
	det.Confidence = 1 - det.PValue
	return det, nil
}
