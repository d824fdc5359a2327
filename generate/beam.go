package generate

import (
	"math"
	"sort"
)

// beam search follows transformers' vectorised _beam_search (4.50+):
// per prompt, num_beams running beams and num_beams finished hypotheses;
// each step keeps the top beams_to_keep = max(2, 1+len(eos)) * num_beams
// continuations, the best num_beams of those that did not stop keep
// running, and those of the first num_beams that stopped compete for the
// finished slots with their length-penalised score. Scores are float32
// and the "impossible" marks are -1e9, as in transformers, so ties and
// ordering come out the same.

const beamNeg = float32(-1e9)

type hyp struct {
	seq   []int
	score float32
	src   int // flat row of the running beam this continuation came from
}

type beamBatch struct {
	running     []hyp
	finished    []hyp
	isFinished  []bool
	unsatisfied bool // is_early_stop_heuristic_unsatisfied
}

// topIndices returns the indices of the k largest values, largest first
// (equal values: lower index first).
func topIndices(vals []float32, k int) []int {
	idx := make([]int, len(vals))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vals[idx[a]] > vals[idx[b]] })
	return idx[:min(k, len(idx))]
}

// topKFlat returns the k best (index, value) of a long row without sorting
// all of it.
func topKFlat(vals []float32, k int) []int {
	if k*8 >= len(vals) {
		return topIndices(vals, k)
	}
	// Keep a small sorted buffer (k is a few beams).
	best := make([]int, 0, k+1)
	for i, v := range vals {
		if len(best) == k && !(v > vals[best[k-1]]) {
			continue
		}
		j := sort.Search(len(best), func(j int) bool { return vals[best[j]] < v })
		best = append(best, 0)
		copy(best[j+1:], best[j:])
		best[j] = i
		if len(best) > k {
			best = best[:k]
		}
	}
	return best
}

func (s *state) lengthPenalty(n int) float32 {
	return float32(math.Pow(float64(n), s.req.LengthPenalty))
}

// beamSearch runs beam search over rows (each prompt repeated num_beams
// times) and returns num_return_sequences rows per prompt.
func (s *state) beamSearch(rows, masks [][]int, batch int) (*Output, error) {
	k := s.req.NumBeams
	keep := max(2, 1+len(s.req.EOSTokenIDs)) * k
	fill := -1
	if len(s.req.EOSTokenIDs) > 0 {
		// transformers: `pad_token_id or eos_token_id[0]`: a pad id of 0 is falsy.
		fill = s.req.EOSTokenIDs[0]
		if s.req.PadTokenID > 0 {
			fill = s.req.PadTokenID
		}
	}
	bs := make([]*beamBatch, batch)
	for b := range bs {
		bb := &beamBatch{unsatisfied: true}
		for j := 0; j < k; j++ {
			sc := float32(0)
			if j > 0 {
				sc = beamNeg
			}
			bb.running = append(bb.running, hyp{seq: rows[b*k+j], score: sc, src: b*k + j})
			bb.finished = append(bb.finished, hyp{seq: append([]int(nil), rows[b*k+j]...), score: beamNeg})
			bb.isFinished = append(bb.isFinished, false)
		}
		bs[b] = bb
	}
	logits, err := s.stepper.prefill(s.ctx, rows, masks)
	if err != nil {
		return nil, err
	}
	var rng *Sampler
	if s.req.DoSample {
		rng = NewSampler(s.req.Seed)
	}
	for {
		curLen := len(bs[0].running[0].seq)
		flat := make([][]int, 0, batch*k)
		for _, bb := range bs {
			for _, h := range bb.running {
				flat = append(flat, h.seq)
			}
		}
		for _, row := range logits {
			logSoftmaxInPlace(row)
		}
		s.process(flat, logits)
		vocab := len(logits[0])
		allHit := true
		for b, bb := range bs {
			acc := make([]float32, k*vocab)
			for j := 0; j < k; j++ {
				sc := bb.running[j].score
				for v, lp := range logits[b*k+j] {
					acc[j*vocab+v] = lp + sc
				}
			}
			var top []int
			if rng != nil {
				top = rng.withoutReplacement(softmax(acc), keep)
			} else {
				top = topKFlat(acc, keep)
			}
			cands := make([]hyp, len(top))
			hits := make([]bool, len(top))
			for c, ix := range top {
				src := ix / vocab
				seq := append(append(make([]int, 0, curLen+1), bb.running[src].seq...), ix%vocab)
				cands[c] = hyp{seq: seq, score: acc[ix], src: b*k + src}
				hits[c] = s.stopped(seq)
				allHit = allHit && hits[c]
			}
			// Next running beams: the best continuations that did not stop.
			runScores := make([]float32, len(cands))
			for c := range cands {
				runScores[c] = cands[c].score
				if hits[c] {
					runScores[c] += beamNeg
				}
			}
			next := make([]hyp, k)
			for j, c := range topIndices(runScores, k) {
				next[j] = hyp{seq: cands[c].seq, score: runScores[c], src: cands[c].src}
			}
			// Finished hypotheses: merge the old ones with the candidates
			// among the first num_beams that stopped.
			lp := s.lengthPenalty(curLen + 1 - s.promptLen)
			full := true
			for _, f := range bb.isFinished {
				full = full && f
			}
			mergedScores := make([]float32, 0, k+len(cands))
			merged := make([]hyp, 0, k+len(cands))
			mergedFin := make([]bool, 0, k+len(cands))
			for j := 0; j < k; j++ {
				merged = append(merged, bb.finished[j])
				mergedScores = append(mergedScores, bb.finished[j].score)
				mergedFin = append(mergedFin, bb.isFinished[j])
			}
			for c := range cands {
				did := hits[c] && c < k
				sc := cands[c].score / lp
				if full && s.req.EarlyStopping == EarlyStopTrue {
					sc += beamNeg
				}
				if !bb.unsatisfied {
					sc += beamNeg
				}
				if !did {
					sc += beamNeg
				}
				merged = append(merged, hyp{seq: cands[c].seq, score: sc})
				mergedScores = append(mergedScores, sc)
				mergedFin = append(mergedFin, did)
			}
			for j, m := range topIndices(mergedScores, k) {
				bb.finished[j] = merged[m]
				bb.isFinished[j] = mergedFin[m]
			}
			bb.running = next
		}
		curLen++
		// Early-stop heuristic and the loop condition.
		anyUnsat, allFinished := false, true
		for _, bb := range bs {
			hypLen := curLen - s.promptLen
			if s.req.EarlyStopping == EarlyStopNever && s.req.LengthPenalty > 0 {
				hypLen = s.maxLen - s.promptLen
			}
			best := bb.running[0].score / s.lengthPenalty(hypLen)
			worst := bb.finished[0].score
			for _, f := range bb.finished {
				worst = min(worst, f.score)
			}
			improvable := false
			for j := range bb.finished {
				w := beamNeg
				if bb.isFinished[j] {
					w = worst
				}
				improvable = improvable || best > w
			}
			bb.unsatisfied = bb.unsatisfied && improvable
			anyUnsat = anyUnsat || bb.unsatisfied
			for _, f := range bb.isFinished {
				allFinished = allFinished && f
			}
		}
		if !anyUnsat || (allFinished && s.req.EarlyStopping == EarlyStopTrue) || allHit {
			break
		}
		if err := s.ctx.Err(); err != nil {
			return s.beamOutput(bs, fill), err
		}
		src := make([]int, 0, batch*k)
		tokens := make([]int, 0, batch*k)
		for _, bb := range bs {
			for _, h := range bb.running {
				src = append(src, h.src)
				tokens = append(tokens, h.seq[len(h.seq)-1])
			}
		}
		if err := s.stepper.reorder(s.ctx, src); err != nil {
			return nil, err
		}
		if logits, err = s.stepper.step(s.ctx, tokens); err != nil {
			return nil, err
		}
	}
	return s.beamOutput(bs, fill), nil
}

// beamOutput takes the best num_return_sequences finished hypotheses of
// each prompt, padded with fill to the longest of them.
func (s *state) beamOutput(bs []*beamBatch, fill int) *Output {
	out := &Output{PromptLen: s.promptLen}
	longest := s.promptLen
	for _, bb := range bs {
		for j := 0; j < s.req.NumReturnSequences; j++ {
			longest = max(longest, len(bb.finished[j].seq))
		}
	}
	for _, bb := range bs {
		for j := 0; j < s.req.NumReturnSequences; j++ {
			h := bb.finished[j]
			seq := append([]int(nil), h.seq...)
			for len(seq) < longest {
				seq = append(seq, fill)
			}
			out.Sequences = append(out.Sequences, seq)
			out.Scores = append(out.Scores, float64(h.score))
		}
	}
	return out
}
