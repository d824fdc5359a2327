package pipeline

import (
	"context"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// Candidate is one fill-mask prediction (transformers' FillMaskPipeline
// dict): the probability of Token at the mask, its string, and the input
// with the mask replaced, decoded without special tokens.
type Candidate struct {
	Score    float64 `json:"score"`
	Token    int     `json:"token"`
	TokenStr string  `json:"token_str"`
	Sequence string  `json:"sequence"`
}

// FillMaskResult holds, for one input, the candidates of each mask token
// in order of appearance, best first.
type FillMaskResult struct {
	Masks [][]Candidate `json:"masks"`
}

// Label is one class with its score.
type Label struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
}

// maskID finds the tokenizer's mask token.
func (p *Pipeline) maskID() (int, error) {
	if c := p.Tokenizer.Config; c != nil && c.MaskToken != "" {
		if id, ok := p.Tokenizer.TokenToID(c.MaskToken); ok {
			return id, nil
		}
	}
	for _, s := range []string{"[MASK]", "<mask>"} {
		if id, ok := p.Tokenizer.TokenToID(s); ok {
			return id, nil
		}
	}
	return 0, fmt.Errorf("the tokenizer has no mask token")
}

// rowsOf splits a (B, T, X) float tensor into B*T rows of X values.
func rowsOf(t *tensor.Tensor, what string) ([][][]float64, error) {
	if t == nil {
		return nil, fmt.Errorf("model returned no %s", what)
	}
	if t.Shape.Rank() == 2 {
		b, x := t.Shape[0], t.Shape[1]
		all := t.Float64s()
		out := make([][][]float64, b)
		for i := range out {
			out[i] = [][]float64{all[i*x : (i+1)*x]}
		}
		return out, nil
	}
	if t.Shape.Rank() != 3 {
		return nil, fmt.Errorf("%s has shape %s", what, t.Shape)
	}
	b, n, x := t.Shape[0], t.Shape[1], t.Shape[2]
	all := t.Float64s()
	out := make([][][]float64, b)
	for i := range out {
		out[i] = make([][]float64, n)
		for j := range out[i] {
			off := (i*n + j) * x
			out[i][j] = all[off : off+x]
		}
	}
	return out, nil
}

func softmax64(v []float64) []float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = math.Max(m, x)
	}
	out := make([]float64, len(v))
	s := 0.0
	for i, x := range v {
		out[i] = math.Exp(x - m)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

// FillMask predicts every mask token of each text: the TopK (default 5)
// most probable tokens, with their softmax probability, as transformers'
// fill-mask pipeline does (with several masks, each is filled alone and
// the sequence keeps special tokens, as there). Each text needs a mask.
func (p *Pipeline) FillMask(ctx context.Context, texts []string) ([]FillMaskResult, error) {
	if p.Task != FillMask {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, FillMask)
	}
	mask, err := p.maskID()
	if err != nil {
		return nil, err
	}
	k := p.opts.TopK
	if k == 0 {
		k = 5
	}
	results := make([]FillMaskResult, len(texts))
	err = p.batches(ctx, texts, func(start int, e *encoded, out map[string]*tensor.Tensor) error {
		logits, err := rowsOf(out[models.OutputLogits], "logits")
		if err != nil {
			return err
		}
		for r, enc := range e.encs {
			var res FillMaskResult
			masks := 0
			for _, id := range enc.IDs {
				if id == mask {
					masks++
				}
			}
			for pos, id := range enc.IDs {
				if id != mask {
					continue
				}
				probs := softmax64(logits[r][pos])
				var cands []Candidate
				for _, tok := range sortedDesc(probs)[:min(k, len(probs))] {
					str, _ := p.Tokenizer.IDToToken(tok)
					filled := append([]int(nil), enc.IDs...)
					filled[pos] = tok
					cands = append(cands, Candidate{Score: probs[tok], Token: tok,
						TokenStr: p.decodeToken(tok, str), Sequence: p.Tokenizer.Decode(filled, masks == 1)})
				}
				res.Masks = append(res.Masks, cands)
			}
			if len(res.Masks) == 0 {
				return fmt.Errorf("input %d (%q) has no mask token", start+r, texts[start+r])
			}
			results[start+r] = res
		}
		return nil
	})
	return results, err
}

// decodeToken is transformers' token_str: the token decoded alone.
func (p *Pipeline) decodeToken(id int, fallback string) string {
	if s := p.Tokenizer.Decode([]int{id}, false); s != "" {
		return s
	}
	return fallback
}

// Classify scores each text's classes: sigmoid for multi-label problems
// and single-output heads, none for regression, softmax otherwise (the
// rule of transformers' text-classification pipeline). Labels come best
// first; TopK limits them.
func (p *Pipeline) Classify(ctx context.Context, texts []string) ([][]Label, error) {
	if p.Task != TextClassification {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, TextClassification)
	}
	results := make([][]Label, len(texts))
	err := p.batches(ctx, texts, func(start int, e *encoded, out map[string]*tensor.Tensor) error {
		logits, err := rowsOf(out[models.OutputLogits], "logits")
		if err != nil {
			return err
		}
		for r := range e.encs {
			row := logits[r][0]
			if len(row) != len(p.labels) {
				return fmt.Errorf("classifier returned %d scores for %d labels", len(row), len(p.labels))
			}
			var scores []float64
			switch {
			case p.problem == "regression":
				scores = append([]float64(nil), row...)
			case p.problem == "multi_label_classification" || len(row) == 1:
				for _, x := range row {
					scores = append(scores, 1/(1+math.Exp(-x)))
				}
			default:
				scores = softmax64(row)
			}
			var labels []Label
			for _, i := range sortedDesc(scores) {
				labels = append(labels, Label{Label: p.labels[i], Score: scores[i]})
			}
			if p.opts.TopK > 0 && p.opts.TopK < len(labels) {
				labels = labels[:p.opts.TopK]
			}
			results[start+r] = labels
		}
		return nil
	})
	return results, err
}

// Features returns each text's last hidden state, one vector per token
// (special tokens included, padding excluded): transformers'
// feature-extraction pipeline.
func (p *Pipeline) Features(ctx context.Context, texts []string) ([][][]float32, error) {
	if p.Task != FeatureExtraction {
		return nil, fmt.Errorf("pipeline is %s, not %s", p.Task, FeatureExtraction)
	}
	results := make([][][]float32, len(texts))
	err := p.batches(ctx, texts, func(start int, e *encoded, out map[string]*tensor.Tensor) error {
		hs, err := rowsOf(out[models.OutputLastHidden], "last_hidden_state")
		if err != nil {
			return err
		}
		for r, enc := range e.encs {
			for j := 0; j < enc.Len(); j++ {
				v := make([]float32, len(hs[r][j]))
				for i, x := range hs[r][j] {
					v[i] = float32(x)
				}
				results[start+r] = append(results[start+r], v)
			}
		}
		return nil
	})
	return results, err
}

// Embed returns one vector per text: the mean of the token features over
// real tokens (Pooling "mean") or the first token's ("cls"), made unit
// length when Normalize is set.
func (p *Pipeline) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	feats, err := p.Features(ctx, texts)
	if err != nil {
		return nil, err
	}
	out := make([][]float32, len(feats))
	for i, f := range feats {
		v := make([]float64, len(f[0]))
		if p.opts.Pooling == "cls" {
			for j, x := range f[0] {
				v[j] = float64(x)
			}
		} else {
			for _, tok := range f {
				for j, x := range tok {
					v[j] += float64(x)
				}
			}
			for j := range v {
				v[j] /= float64(len(f))
			}
		}
		if p.opts.Normalize {
			n := 0.0
			for _, x := range v {
				n += x * x
			}
			// sentence-transformers clamps the norm at 1e-12.
			n = math.Max(math.Sqrt(n), 1e-12)
			for j := range v {
				v[j] /= n
			}
		}
		out[i] = make([]float32, len(v))
		for j, x := range v {
			out[i][j] = float32(x)
		}
	}
	return out, nil
}
