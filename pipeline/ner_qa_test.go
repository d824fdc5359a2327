package pipeline_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/pipeline"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/tokenizer"
)

// openWithBertVocab opens task on a tiny random fixture with
// bert-tiny-mlm's uncased WordPiece tokenizer on the interp backend.
func openWithBertVocab(t *testing.T, task, model string, opts pipeline.Options) *pipeline.Pipeline {
	t.Helper()
	opts.Backend, opts.TokenizerDir = "interp", fixtureDir("bert-tiny-mlm")
	p, err := pipeline.New(context.Background(), task, fixtureDir(model), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// modelOutputs runs enc through the pipeline's model alone.
func modelOutputs(t *testing.T, p *pipeline.Pipeline, enc *tokenizer.Encoding) map[string]*tensor.Tensor {
	t.Helper()
	ids := make([]int64, enc.Len())
	types := make([]int64, enc.Len())
	for i, id := range enc.IDs {
		ids[i], types[i] = int64(id), int64(enc.TypeIDs[i])
	}
	idT, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, enc.Len()}, ids)
	tyT, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, enc.Len()}, types)
	out, err := p.Model.Forward(context.Background(), models.Spec{Batch: 1, Seq: enc.Len()},
		map[string]*tensor.Tensor{models.InputIDs: idT, models.InputTokenTypeIDs: tyT})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTokenClassificationPipeline: with aggregation "none" and nothing
// ignored, every non-special token is an entity whose label is
// config.json's id2label of the model's best logit, with its softmax
// probability, its index, token and character offsets; with "first", each
// word's span in the text is its word; "O" entities are dropped by
// default.
func TestTokenClassificationPipeline(t *testing.T) {
	const text = "My name is Wolfgang and I live in Berlin"
	labels := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC"}
	p := openWithBertVocab(t, pipeline.TokenClassification, "bert-tiny-ner", pipeline.Options{IgnoreLabels: []string{}})
	got, err := p.ClassifyTokens(context.Background(), []string{text, "a second, longer text about Paris"})
	if err != nil {
		t.Fatal(err)
	}
	enc, err := p.Tokenizer.Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	logits := modelOutputs(t, p, enc)[models.OutputLogits].Float64s()
	n := len(labels)
	var want []pipeline.Entity
	for i := range enc.IDs {
		if enc.SpecialTokensMask[i] == 1 {
			continue
		}
		row := logits[i*n : (i+1)*n]
		best, z := 0, 0.0
		for j, x := range row {
			if x > row[best] {
				best = j
			}
		}
		for _, x := range row {
			z += math.Exp(x - row[best])
		}
		idx := i
		want = append(want, pipeline.Entity{Entity: labels[best], Score: 1 / z, Index: &idx, Word: enc.Tokens[i], Start: enc.Offsets[i][0], End: enc.Offsets[i][1]})
	}
	if len(got[0]) != len(want) {
		t.Fatalf("none: %d entities, want %d", len(got[0]), len(want))
	}
	for i, w := range want {
		g := got[0][i]
		if g.Entity != w.Entity || *g.Index != *w.Index || g.Word != w.Word || g.Start != w.Start || g.End != w.End || math.Abs(g.Score-w.Score) > 1e-5 {
			t.Errorf("none[%d] = %+v (index %d), want %+v (index %d)", i, g, *g.Index, w, *w.Index)
		}
	}

	for _, strategy := range []string{pipeline.AggregateFirst, pipeline.AggregateAverage, pipeline.AggregateMax, pipeline.AggregateSimple} {
		q := openWithBertVocab(t, pipeline.TokenClassification, "bert-tiny-ner", pipeline.Options{AggregationStrategy: strategy})
		res, err := q.ClassifyTokens(context.Background(), []string{text})
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, e := range res[0] {
			if e.EntityGroup == "" || e.EntityGroup == "O" || e.Entity != "" || e.Index != nil {
				t.Errorf("%s: %+v is not a group of a kept tag", strategy, e)
			}
			if span := strings.ToLower(text[e.Start:e.End]); span != e.Word || e.Start < last {
				t.Errorf("%s: %+v: text[%d:%d] = %q", strategy, e, e.Start, e.End, span)
			}
			last = e.End
		}
	}
}

// TestQuestionAnsweringPipeline compares the pipeline's best answer with a
// direct search over the model's logits (softmax over the context tokens
// and [CLS], the best p_start * p_end span of at most 15 tokens, widened
// to words: here a word is one token), checks that every answer of a
// top-k is its context span, best first, and that a context cut into
// overlapping windows still answers with context spans.
func TestQuestionAnsweringPipeline(t *testing.T) {
	const question, ctxText = "Where do I live?", "My name is Wolfgang and I live in Berlin"
	p := openWithBertVocab(t, pipeline.QuestionAnswering, "distilbert-tiny-qa", pipeline.Options{})
	got, err := p.AnswerQuestion(context.Background(), question, ctxText)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := p.Tokenizer.EncodePair(question, ctxText)
	if err != nil {
		t.Fatal(err)
	}
	out := modelOutputs(t, p, enc)
	start, end := out[models.OutputStartLogits].Float64s(), out[models.OutputEndLogits].Float64s()
	ok := func(i int) bool { return i == 0 || enc.TypeIDs[i] == 1 && enc.SpecialTokensMask[i] == 0 }
	probs := func(x []float64) []float64 {
		z := 0.0
		for i, v := range x {
			if ok(i) {
				z += math.Exp(v)
			}
		}
		p := make([]float64, len(x))
		for i, v := range x {
			if ok(i) && i > 0 {
				p[i] = math.Exp(v) / z
			}
		}
		return p
	}
	ps, pe := probs(start), probs(end)
	bs, be, best := -1, -1, -1.0
	for s := range ps {
		for e := s; e < len(pe) && e < s+15; e++ {
			if ok(s) && ok(e) && ps[s]*pe[e] > best {
				bs, be, best = s, e, ps[s]*pe[e]
			}
		}
	}
	want := pipeline.Answer{Score: best, Start: enc.Offsets[bs][0], End: enc.Offsets[be][1]}
	want.Answer = ctxText[want.Start:want.End]
	if len(got) != 1 || got[0].Start != want.Start || got[0].End != want.End || got[0].Answer != want.Answer || math.Abs(got[0].Score-want.Score) > 1e-5 {
		t.Errorf("answer %+v, want %+v", got, want)
	}

	for _, opts := range []pipeline.Options{{TopK: 4, HandleImpossibleAnswer: true}, {TopK: 3, MaxSeqLen: 12, DocStride: 3}} {
		q := openWithBertVocab(t, pipeline.QuestionAnswering, "distilbert-tiny-qa", opts)
		res, err := q.AnswerQuestion(context.Background(), question, ctxText)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != opts.TopK {
			t.Errorf("%+v: %d answers, want %d", opts, len(res), opts.TopK)
		}
		for i, a := range res {
			if a.Answer != ctxText[a.Start:a.End] || i > 0 && a.Score > res[i-1].Score {
				t.Errorf("%+v: answer %d %+v is not a context span in score order", opts, i, a)
			}
		}
	}
}

// readOptionalJSON reads path into v, or skips t when the file is absent.
func readOptionalJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: run scripts/encoders_fixture.py on the GPU machine", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestTokenClassificationReplay compares every aggregation strategy, with
// the default ignore_labels and with none ignored, with transformers'
// token-classification pipeline on the same model and tokenizer
// (scripts/encoders_fixture.py).
func TestTokenClassificationReplay(t *testing.T) {
	var ref struct {
		Texts   []string                       `json:"texts"`
		Results map[string][][]pipeline.Entity `json:"results"`
	}
	readOptionalJSON(t, filepath.Join(fixtureDir("bert-tiny-ner"), "pipeline_reference.json"), &ref)
	for key, want := range ref.Results {
		strategy, all := strings.CutSuffix(key, "+all")
		opts := pipeline.Options{AggregationStrategy: strategy}
		if all {
			opts.IgnoreLabels = []string{}
		}
		p := openWithBertVocab(t, pipeline.TokenClassification, "bert-tiny-ner", opts)
		got, err := p.ClassifyTokens(context.Background(), ref.Texts)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if len(got[i]) != len(want[i]) {
				t.Errorf("%s, text %d: %d entities %+v, want %d %+v", key, i, len(got[i]), got[i], len(want[i]), want[i])
				continue
			}
			for j, w := range want[i] {
				g := got[i][j]
				if math.Abs(g.Score-w.Score) > 1e-4 {
					t.Errorf("%s, text %d, entity %d: score %v, want %v", key, i, j, g.Score, w.Score)
				}
				g.Score = w.Score
				if (g.Index == nil) != (w.Index == nil) || g.Index != nil && *g.Index != *w.Index {
					t.Errorf("%s, text %d, entity %d: index %v, want %v", key, i, j, g.Index, w.Index)
				}
				g.Index = w.Index
				if g != w {
					t.Errorf("%s, text %d, entity %d: %+v, want %+v", key, i, j, g, w)
				}
			}
		}
	}
}

// TestQuestionAnsweringReplay compares answers with transformers'
// question-answering pipeline (top_k, handle_impossible_answer,
// max_answer_len, windows of max_seq_len with doc_stride) on the same
// model and tokenizer (scripts/encoders_fixture.py).
func TestQuestionAnsweringReplay(t *testing.T) {
	var ref struct {
		Cases []struct {
			Question, Context      string
			TopK                   int               `json:"top_k"`
			HandleImpossibleAnswer bool              `json:"handle_impossible_answer"`
			MaxAnswerLen           int               `json:"max_answer_len"`
			MaxSeqLen              int               `json:"max_seq_len"`
			DocStride              int               `json:"doc_stride"`
			Answers                []pipeline.Answer `json:"answers"`
		} `json:"cases"`
	}
	readOptionalJSON(t, filepath.Join(fixtureDir("distilbert-tiny-qa"), "pipeline_reference.json"), &ref)
	for i, c := range ref.Cases {
		p := openWithBertVocab(t, pipeline.QuestionAnswering, "distilbert-tiny-qa", pipeline.Options{TopK: c.TopK,
			HandleImpossibleAnswer: c.HandleImpossibleAnswer, MaxAnswerLen: c.MaxAnswerLen, MaxSeqLen: c.MaxSeqLen, DocStride: c.DocStride})
		got, err := p.AnswerQuestion(context.Background(), c.Question, c.Context)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(c.Answers) {
			t.Errorf("case %d: %+v, want %+v", i, got, c.Answers)
			continue
		}
		for j, w := range c.Answers {
			g := got[j]
			if math.Abs(g.Score-w.Score) > 1e-4*math.Max(1, w.Score) {
				t.Errorf("case %d answer %d: score %v, want %v", i, j, g.Score, w.Score)
			}
			g.Score = w.Score
			if g != w {
				t.Errorf("case %d answer %d: %+v, want %+v", i, j, g, w)
			}
		}
	}
}
