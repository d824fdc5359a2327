package models_test

import (
	"context"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// encoderFamilies are tiny configs of every BERT-like family with the
// reference's view of them.
var encoderFamilies = []struct {
	modelType, class, config string
	ref                      refEncoderCfg
}{
	{"bert", "Bert", `{"model_type": "bert", "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2,
		"intermediate_size": 12, "vocab_size": 20, "max_position_embeddings": 16, "type_vocab_size": 2, "hidden_act": "gelu"LABELS}`,
		refEncoderCfg{family: "bert", hidden: 8, heads: 2, inter: 12, layers: 2, v: 20, pad: 0, eps: 1e-12}},
	{"roberta", "Roberta", `{"model_type": "roberta", "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2,
		"intermediate_size": 12, "vocab_size": 20, "max_position_embeddings": 16, "type_vocab_size": 1, "hidden_act": "gelu",
		"pad_token_id": 1, "layer_norm_eps": 1e-5LABELS}`,
		refEncoderCfg{family: "roberta", hidden: 8, heads: 2, inter: 12, layers: 2, v: 20, pad: 1, eps: 1e-5}},
	{"xlm-roberta", "XLMRoberta", `{"model_type": "xlm-roberta", "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2,
		"intermediate_size": 12, "vocab_size": 20, "max_position_embeddings": 16, "type_vocab_size": 1, "hidden_act": "gelu",
		"pad_token_id": 1, "layer_norm_eps": 1e-5LABELS}`,
		refEncoderCfg{family: "roberta", hidden: 8, heads: 2, inter: 12, layers: 2, v: 20, pad: 1, eps: 1e-5}},
	{"distilbert", "DistilBert", `{"model_type": "distilbert", "dim": 8, "n_layers": 2, "n_heads": 2, "hidden_dim": 12,
		"vocab_size": 20, "max_position_embeddings": 16, "activation": "gelu"LABELS}`,
		refEncoderCfg{family: "distilbert", hidden: 8, heads: 2, inter: 12, layers: 2, v: 20, pad: 0, eps: 1e-12}},
}

// encoderHeads are the architectures' suffixes and the reference's task.
var encoderHeads = []struct{ suffix, task string }{
	{"Model", ""}, {"ForMaskedLM", "mlm"}, {"ForSequenceClassification", "seq"},
	{"ForTokenClassification", "tok"}, {"ForQuestionAnswering", "qa"},
}

// randomEncoderCheckpoint writes config and random weights for every parameter
// of m's program for spec into a directory and returns it with the
// weights as float64 (as stored, float32-rounded).
func randomEncoderCheckpoint(t *testing.T, m models.Model, spec models.Spec, config string, seed int64) (string, map[string][]float64) {
	t.Helper()
	f, err := frontend.Build("weights", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(seed))
	ts := map[string]*tensor.Tensor{}
	vals := map[string][]float64{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) {
			continue
		}
		x := make([]float32, p.Type.Shape.NumElements())
		v := make([]float64, len(x))
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.4)
			v[i] = float64(x[i])
		}
		if ts[p.Name], err = tensor.FromFloat32(p.Type.Shape, x); err != nil {
			t.Fatal(err)
		}
		vals[p.Name] = v
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), ts, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return dir, vals
}

// TestBertVariantsAgainstHostReference runs every head of BERT, RoBERTa,
// XLM-RoBERTa and DistilBERT with random tiny weights on a batch with a
// full row, a right-padded and a left-padded row (RoBERTa numbers its
// positions over the non-pad tokens, so the left-padded row checks the
// pad offset), and compares every output at the real tokens with the
// float64 reference, which reads the weights by their HF names. Every
// architecture runs on interp; on llvm (compiles are slow) one head per
// family, together covering every head.
func TestBertVariantsAgainstHostReference(t *testing.T) {
	ctx := context.Background()
	onLLVM := map[string]bool{"BertForTokenClassification": true, "RobertaForMaskedLM": true,
		"XLMRobertaForSequenceClassification": true, "DistilBertForQuestionAnswering": true, "DistilBertModel": true}
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, fam := range encoderFamilies {
			for _, hd := range encoderHeads {
				arch := fam.class + hd.suffix
				if be.Name() != "interp" && !onLLVM[arch] {
					continue
				}
				t.Run(arch, func(t *testing.T) { checkBertVariant(t, ctx, be, fam.config, fam.modelType, arch, hd.task, fam.ref) })
			}
		}
	})
}

// checkBertVariant is TestBertVariantsAgainstHostReference for one
// architecture on backend be.
func checkBertVariant(t *testing.T, ctx context.Context, be backends.Backend, famConfig, modelType, arch, task string, ref refEncoderCfg) {
	labels := `, "num_labels": 3`
	nLabels := 3
	if task == "qa" {
		labels, nLabels = "", 2
	}
	config := strings.Replace(famConfig, "LABELS", labels, 1)
	cfg, err := models.ParseConfig([]byte(config), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, arch)
	if err != nil {
		t.Fatal(err)
	}
	P := int64(ref.pad)
	ids := [][]int64{{2, 5, 7, 9, 11, 3}, {2, 6, 8, 3, P, P}, {P, P, 2, 13, 4, 3}}
	mask := [][]int64{{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}, {0, 0, 1, 1, 1, 1}}
	var types [][]int64
	in := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ids), models.InputAttentionMask: int64Tensor(t, mask)}
	if modelType == "bert" {
		types = [][]int64{{0, 0, 0, 1, 1, 1}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 1, 1}}
		in[models.InputTokenTypeIDs] = int64Tensor(t, types)
	}
	spec := models.Spec{Batch: len(ids), Seq: len(ids[0])}
	dir, vals := randomEncoderCheckpoint(t, m, spec, config, 11)
	r, _ := newRunner(t, m, dir, be, backends.CompileOptions{})
	out, err := r.Forward(ctx, spec, in)
	if err != nil {
		t.Fatal(err)
	}
	w := refWeights{t: t, vals: vals}
	hs := refEncode(w, ref, ids, mask, types)
	checkRows3(t, "last_hidden_state", out[models.OutputLastHidden], hs, mask)
	if task == "" {
		_, pooled := out[models.OutputPooler]
		if pooled != (modelType != "distilbert") {
			t.Errorf("pooler_output present = %v", pooled)
		}
		return
	}
	for name := range refHead(w, ref, task, hs[0], nLabels) {
		want := make([][][]float64, len(ids))
		for b := range ids {
			want[b] = refHead(w, ref, task, hs[b], nLabels)[name]
		}
		got := out[name]
		switch {
		case task == "seq":
			checkRows3(t, name, got, want, nil)
		case task == "qa":
			// (B, T): one row per sequence, compared at real tokens.
			for b := range want {
				want[b] = transpose1(want[b][0])
			}
			checkRows3(t, name, got, want, mask)
		default:
			checkRows3(t, name, got, want, mask)
		}
	}
}

func transpose1(v []float64) [][]float64 {
	out := make([][]float64, len(v))
	for i, x := range v {
		out[i] = []float64{x}
	}
	return out
}

// checkRows3 compares got (B, T, X), (B, X) or (B, T) with want[b][t][x]
// (t only 0 for (B, X); x only 0 for (B, T)) at the positions where mask
// is 1 (nil: all), within 1e-4.
func checkRows3(t *testing.T, what string, got *tensor.Tensor, want [][][]float64, mask [][]int64) {
	t.Helper()
	if got == nil {
		t.Fatalf("no output %s", what)
	}
	vals := got.Float64s()
	if len(want) == 0 {
		t.Fatalf("%s: empty reference", what)
	}
	per := len(want[0]) * len(want[0][0])
	if len(vals) != len(want)*per {
		t.Fatalf("%s: got %s, reference has %d x %d x %d", what, got.Shape, len(want), len(want[0]), len(want[0][0]))
	}
	bad := 0
	for b := range want {
		for p, row := range want[b] {
			if mask != nil && mask[b][p] == 0 {
				continue
			}
			for x, v := range row {
				g := vals[b*per+p*len(row)+x]
				if d := math.Abs(g - v); !(d <= 1e-4) {
					if bad++; bad <= 5 {
						t.Errorf("%s[%d][%d][%d] = %.6f, want %.6f", what, b, p, x, g, v)
					}
				}
			}
		}
	}
}

// TestEncoderVariantConfigs: DistilBERT's config names map onto the
// shared config with DistilBertConfig's defaults and errors naming its own
// fields; RoBERTa's positions lose pad_token_id + 1 rows; the
// question-answering heads need two outputs.
func TestEncoderVariantConfigs(t *testing.T) {
	d, err := parseAs[*models.BertConfig](t, `{"model_type": "distilbert"}`)
	if err != nil {
		t.Fatal(err)
	}
	if d.Hidden != 768 || d.Layers != 6 || d.Heads != 12 || d.Intermediate != 3072 || d.MaxPositions != 512 || d.Pad(-1) != 0 ||
		d.TypeVocabSize != 0 || d.HiddenDropout != 0.1 || d.ClassifierDropout == nil || *d.ClassifierDropout != 0.2 || d.LayerNormEps != 1e-12 {
		t.Errorf("distilbert defaults: %+v", d)
	}
	checkConfigErrors[*models.BertConfig](t, []configError{
		{`{"model_type": "distilbert", "dim": 10, "n_heads": 3}`, "dim"},
		{`{"model_type": "distilbert", "activation": "swishy"}`, "activation"},
		{`{"model_type": "distilbert", "n_layers": 0}`, "n_layers"},
		{`{"model_type": "distilbert", "seq_classif_dropout": 2}`, "seq_classif_dropout"},
		{`{"model_type": "distilbert", "problem_type": "ranking"}`, "problem_type"},
		{`{"model_type": "roberta", "pad_token_id": 600, "max_position_embeddings": 514}`, "pad_token_id"},
		{`{"model_type": "xlm-roberta", "hidden_act": "swishy"}`, "hidden_act"},
	})
	r, err := parseAs[*models.BertConfig](t, `{"model_type": "roberta", "max_position_embeddings": 514}`)
	if err != nil {
		t.Fatal(err)
	}
	if r.Pad(-1) != 1 || r.VocabSize != 50265 {
		t.Errorf("roberta defaults: pad %d, vocab %d", r.Pad(-1), r.VocabSize)
	}
	if _, err := models.CheckPositions(r, 512); err != nil {
		t.Errorf("512 tokens in 514 rows: %v", err)
	}
	if _, err := models.CheckPositions(r, 513); err == nil || !strings.Contains(err.Error(), "pad_token_id") {
		t.Errorf("513 tokens in 514 rows: %v", err)
	}
	for _, arch := range []string{"BertForQuestionAnswering", "RobertaForQuestionAnswering", "DistilBertForQuestionAnswering"} {
		mt := map[byte]string{'B': "bert", 'R': "roberta", 'D': "distilbert"}[arch[0]]
		c, err := models.ParseConfig([]byte(`{"model_type": "`+mt+`", "num_labels": 3}`), "config.json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := models.New(c, arch); err == nil || !strings.Contains(err.Error(), "2 outputs") {
			t.Errorf("%s with 3 labels: %v", arch, err)
		}
	}
}

// encoderFixtureRef is reference.json of testdata/models/encoders/*
// (scripts/encoders_fixture.py).
type encoderFixtureRef struct {
	Architecture string    `json:"architecture"`
	InputIDs     [][]int64 `json:"input_ids"`
	Mask         [][]int64 `json:"attention_mask"`
	Hidden       jsonRaw   `json:"last_hidden_state"`
	Logits       jsonRaw   `json:"logits"`
	Start        jsonRaw   `json:"start_logits"`
	End          jsonRaw   `json:"end_logits"`
}

// TestEncoderFixturesParity replays transformers' outputs for every
// RoBERTa, XLM-RoBERTa, DistilBERT (and BERT question-answering) head
// written by scripts/encoders_fixture.py, on every parity backend, at the
// real tokens of a batch with right and left padding. It skips while the
// fixtures are absent.
func TestEncoderFixturesParity(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(fixtureDir("encoders"), "*", "reference.json.gz"))
	if len(dirs) == 0 {
		t.Skip("no testdata/models/encoders fixtures: run scripts/encoders_fixture.py on the GPU machine")
	}
	forEachBackend(t, func(t *testing.T, be backends.Backend) {
		for _, path := range dirs {
			name := filepath.Base(filepath.Dir(path))
			t.Run(name, func(t *testing.T) {
				ref := readReference[encoderFixtureRef](t, filepath.Join("encoders", name))
				r := openRunner(t, filepath.Join("encoders", name), be)
				if r.Model().Arch() != ref.Architecture {
					t.Fatalf("model is %s, the reference %s", r.Model().Arch(), ref.Architecture)
				}
				out, err := r.Forward(context.Background(), models.Spec{Batch: len(ref.InputIDs), Seq: len(ref.InputIDs[0])},
					map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, ref.InputIDs), models.InputAttentionMask: int64Tensor(t, ref.Mask)})
				if err != nil {
					t.Fatal(err)
				}
				per := func(raw jsonRaw) [][][]float64 { // (B, T, X) or (B, T) as [b][t][x]
					rs := rows(t, raw)
					b, n := len(ref.InputIDs), len(ref.InputIDs[0])
					if len(rs) == b { // (B, T) or (B, labels)
						out := make([][][]float64, b)
						for i, r := range rs {
							if len(r) == n && ref.Logits == nil {
								out[i] = transpose1(r)
							} else {
								out[i] = [][]float64{r}
							}
						}
						return out
					}
					out := make([][][]float64, b)
					for i := range out {
						out[i] = rs[i*n : (i+1)*n]
					}
					return out
				}
				checkRows3(t, "last_hidden_state", out[models.OutputLastHidden], per(ref.Hidden), ref.Mask)
				if ref.Logits != nil {
					var mask [][]int64
					if len(rows(t, ref.Logits)) != len(ref.InputIDs) {
						mask = ref.Mask // per-token logits
					}
					checkRows3(t, "logits", out[models.OutputLogits], per(ref.Logits), mask)
				} else {
					checkRows3(t, "start_logits", out[models.OutputStartLogits], per(ref.Start), ref.Mask)
					checkRows3(t, "end_logits", out[models.OutputEndLogits], per(ref.End), ref.Mask)
				}
				if u := r.UnusedWeights(); len(u) != 0 {
					t.Errorf("unused checkpoint tensors: %v", u)
				}
			})
		}
	})
}
