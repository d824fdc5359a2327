package models_test

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// TestGPT2Config reads both config styles: the fixture's transformers-5
// file (dtype, explicit nulls) and a transformers-4 Hub file (torch_dtype,
// n_ctx, most fields absent and so defaulted as in transformers).
func TestGPT2Config(t *testing.T) {
	fixture, err := os.ReadFile(fixtureDir("gpt2-tiny") + "/config.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		js   string
		want models.GPT2Config
		dt   ir.DType
	}{
		{"transformers5 fixture", string(fixture),
			models.GPT2Config{NEmbd: 64, NLayer: 2, NHead: 4, NPositions: 256, Inner: 256, Activation: "gelu_new", LayerNormEps: 1e-5, ScaleAttnWeights: true, EmbdPdrop: 0.1, AttnPdrop: 0.1, ResidPdrop: 0.1},
			ir.BFloat16},
		{"transformers4 hub", `{"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "n_ctx": 1024, "n_embd": 768,
			"n_head": 12, "n_layer": 12, "n_positions": 1024, "torch_dtype": "float32", "vocab_size": 50257}`,
			models.GPT2Config{NEmbd: 768, NLayer: 12, NHead: 12, NPositions: 1024, Inner: 3072, Activation: "gelu_new", LayerNormEps: 1e-5, ScaleAttnWeights: true, EmbdPdrop: 0.1, AttnPdrop: 0.1, ResidPdrop: 0.1},
			ir.Float32},
		{"options", `{"model_type": "gpt2", "n_embd": 32, "n_head": 2, "n_layer": 3, "n_inner": 48, "activation_function": "relu",
			"scale_attn_weights": false, "scale_attn_by_inverse_layer_idx": true, "reorder_and_upcast_attn": true, "dtype": "float16"}`,
			models.GPT2Config{NEmbd: 32, NLayer: 3, NHead: 2, NPositions: 1024, Inner: 48, Activation: "relu", LayerNormEps: 1e-5,
				ScaleAttnByInverseLayerIdx: true, ReorderAndUpcastAttn: true, EmbdPdrop: 0.1, AttnPdrop: 0.1, ResidPdrop: 0.1},
			ir.Float16},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseAs[*models.GPT2Config](t, tc.js)
			if err != nil {
				t.Fatal(err)
			}
			got := *c
			got.Base, got.NInner = models.Base{}, nil
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parsed %+v\nwant   %+v", got, tc.want)
			}
			if c.StoredDType() != tc.dt {
				t.Errorf("stored dtype %s, want %s", c.StoredDType(), tc.dt)
			}
			if c.HeadDim()*c.NHead != c.NEmbd || !c.Tied() {
				t.Errorf("head dim %d, tied %v", c.HeadDim(), c.Tied())
			}
		})
	}
}

// TestGPT2ConfigErrors: every bad field is an error naming config.json
// and the field.
func TestGPT2ConfigErrors(t *testing.T) {
	checkConfigErrors[*models.GPT2Config](t, []configError{
		{`{"model_type": "gpt2", "n_embd": "64"}`, "n_embd"},
		{`{"model_type": "gpt2", "n_embd": 64, "n_head": 5}`, "n_embd"},
		{`{"model_type": "gpt2", "n_layer": 0}`, "n_layer"},
		{`{"model_type": "gpt2", "n_head": -2}`, "n_head"},
		{`{"model_type": "gpt2", "n_positions": 0}`, "n_positions"},
		{`{"model_type": "gpt2", "vocab_size": 0}`, "vocab_size"},
		{`{"model_type": "gpt2", "n_inner": 0}`, "n_inner"},
		{`{"model_type": "gpt2", "n_inner": 1.5}`, "n_inner"},
		{`{"model_type": "gpt2", "activation_function": "gelu_newest"}`, "activation_function"},
		{`{"model_type": "gpt2", "layer_norm_epsilon": -1}`, "layer_norm_epsilon"},
		{`{"model_type": "gpt2", "layer_norm_epsilon": "tiny"}`, "layer_norm_epsilon"},
		{`{"model_type": "gpt2", "scale_attn_weights": 1}`, "scale_attn_weights"},
		{`{"model_type": "gpt2", "add_cross_attention": true}`, "add_cross_attention"},
		{`{"model_type": "gpt2", "tie_word_embeddings": "yes"}`, "tie_word_embeddings"},
		{`{"model_type": "gpt2", "eos_token_id": "x"}`, "eos_token_id"},
		{`{"model_type": "gpt2", `, "JSON"},
	})
}

// buildProgram builds the program of arch for spec without weights.
func buildProgram(t *testing.T, js, arch string, spec models.Spec, dt ir.DType) (models.Model, *ir.Func) {
	t.Helper()
	c, err := models.ParseConfig([]byte(js), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(c, arch)
	if err != nil {
		t.Fatal(err)
	}
	f, err := frontend.Build("test", func(g *frontend.Graph) error { return m.Build(g, spec, dt) })
	if err != nil {
		t.Fatal(err)
	}
	return m, f
}

func paramTypes(f *ir.Func) map[string]ir.Type {
	out := map[string]ir.Type{}
	for _, p := range f.Params {
		out[p.Name] = p.Type
	}
	return out
}

// TestGPT2Program checks what the program declares and computes beyond
// the fixture: the tied head is the embedding (no lm_head parameter), an
// untied head is lm_head.weight; attention scales per layer; the upcast
// option attends in float32; GPT2Model has no logits; the cache inputs and
// outputs follow CacheLayout.
func TestGPT2Program(t *testing.T) {
	const small = `{"model_type": "gpt2", "n_embd": 32, "n_head": 2, "n_layer": 2, "n_positions": 64, "vocab_size": 100`
	t.Run("tied", func(t *testing.T) {
		m, f := buildProgram(t, small+`}`, "", models.Spec{Batch: 1, Seq: 3}, ir.Float32)
		ps := paramTypes(f)
		if _, ok := ps["lm_head.weight"]; ok || m.Arch() != "GPT2LMHeadModel" {
			t.Errorf("arch %s declares lm_head.weight with tied embeddings", m.Arch())
		}
		if got := ps["transformer.h.1.attn.c_attn.weight"]; !got.Equal(ir.Type{DType: ir.Float32, Shape: ir.Shape{32, 96}}) {
			t.Errorf("c_attn.weight is %s, want the Conv1D layout (in, 3*out)", got)
		}
		if got := ps["transformer.h.0.mlp.c_fc.weight"]; !got.Shape.Equal(ir.Shape{32, 128}) {
			t.Errorf("c_fc.weight is %s, want (32, 4*32)", got)
		}
		if a := m.WeightAliases()["transformer.wte.weight"]; len(a) != 1 || a[0] != "lm_head.weight" {
			t.Errorf("aliases %v", m.WeightAliases())
		}
		if got := f.ResultNames; strings.Join(got, ",") != "logits,last_hidden_state" {
			t.Errorf("results %v", got)
		}
	})
	t.Run("untied", func(t *testing.T) {
		m, f := buildProgram(t, small+`, "tie_word_embeddings": false}`, "", models.Spec{Batch: 1, Seq: 3}, ir.Float32)
		if got := paramTypes(f)["lm_head.weight"]; !got.Shape.Equal(ir.Shape{100, 32}) {
			t.Errorf("lm_head.weight is %s, want (100, 32)", got)
		}
		if len(m.WeightAliases()) != 0 {
			t.Errorf("aliases %v without tying", m.WeightAliases())
		}
	})
	t.Run("scales", func(t *testing.T) {
		for _, tc := range []struct {
			opts string
			want []float64
		}{
			{``, []float64{0.25, 0.25}},
			{`, "scale_attn_by_inverse_layer_idx": true`, []float64{0.25, 0.125}},
			{`, "scale_attn_weights": false`, []float64{1, 1}},
			{`, "scale_attn_weights": false, "scale_attn_by_inverse_layer_idx": true`, []float64{1, 0.5}},
		} {
			_, f := buildProgram(t, small+tc.opts+`}`, "", models.Spec{Batch: 1, Seq: 3}, ir.Float32)
			var got []float64
			for _, v := range f.Values {
				if v.Op == ir.OpAttention {
					got = append(got, v.Attrs.(*ir.AttentionAttrs).Scale)
				}
			}
			if len(got) != 2 || math.Abs(got[0]-tc.want[0]) > 1e-15 || math.Abs(got[1]-tc.want[1]) > 1e-15 {
				t.Errorf("%q: scales %v, want %v", tc.opts, got, tc.want)
			}
		}
	})
	t.Run("upcast", func(t *testing.T) {
		_, f := buildProgram(t, small+`, "reorder_and_upcast_attn": true}`, "", models.Spec{Batch: 1, Seq: 3}, ir.BFloat16)
		n := 0
		for _, v := range f.Values {
			if v.Op == ir.OpAttention {
				n++
				if v.Type.DType != ir.Float32 {
					t.Errorf("attention computes in %s, want f32", v.Type.DType)
				}
			}
		}
		if n != 2 || f.Results[0].Type.DType != ir.BFloat16 {
			t.Errorf("%d attention ops, logits %s", n, f.Results[0].Type)
		}
	})
	t.Run("base with cache", func(t *testing.T) {
		m, f := buildProgram(t, small+`}`, "GPT2Model", models.Spec{Batch: 2, Seq: 1, Cache: 8}, ir.Float32)
		dec, ok := m.(models.Decoder)
		if !ok || m.Task() != models.TaskBase {
			t.Fatalf("GPT2Model: decoder %v, task %s", ok, m.Task())
		}
		layers, heads, hd := dec.CacheLayout()
		if layers != 2 || heads != 2 || hd != 16 {
			t.Errorf("cache layout %d %d %d", layers, heads, hd)
		}
		want := "last_hidden_state,present.0.key,present.0.value,present.1.key,present.1.value"
		if got := strings.Join(f.ResultNames, ","); got != want {
			t.Errorf("results %s, want %s", got, want)
		}
		ps := paramTypes(f)
		if got := ps[models.PastValue(1)]; !got.Shape.Equal(ir.Shape{2, 2, 8, 16}) {
			t.Errorf("past value is %s", got)
		}
		if _, ok := ps[models.InputCachePosition]; !ok {
			t.Errorf("no %s input", models.InputCachePosition)
		}
	})
}

// FuzzGPT2Config: arbitrary config.json bytes never panic; an accepted
// config satisfies the documented invariants and, when small, builds.
func FuzzGPT2Config(f *testing.F) {
	if b, err := os.ReadFile(fixtureDir("gpt2-tiny") + "/config.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{"model_type": "gpt2"}`,
		`{"model_type": "gpt2", "n_embd": 8, "n_head": 2, "n_layer": 1, "n_positions": 4, "vocab_size": 5, "n_inner": null}`,
		`{"model_type": "gpt2", "n_embd": 8, "n_head": 3}`,
		`{"model_type": "gpt2", "n_inner": -1, "torch_dtype": "bfloat16", "eos_token_id": [1, 2]}`,
		`{"model_type": "gpt2", "activation_function": null, "layer_norm_epsilon": 1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gc, ok := fuzzParse[*models.GPT2Config](t, data)
		if !ok {
			return // an error or another model_type
		}
		if gc.NEmbd <= 0 || gc.NHead <= 0 || gc.NLayer <= 0 || gc.NPositions <= 0 || gc.VocabSize <= 0 || gc.Inner <= 0 || gc.NEmbd%gc.NHead != 0 || gc.LayerNormEps < 0 {
			t.Fatalf("accepted an invalid config: %+v", gc)
		}
		if gc.NLayer > 4 || gc.NEmbd > 256 || gc.Inner > 1024 || gc.VocabSize > 1024 || gc.NPositions > 1024 {
			return
		}
		buildArchs(t, gc, models.Spec{Batch: 1, Seq: 2, Cache: 3}, "GPT2LMHeadModel", "GPT2Model")
	})
}

// TestGPT2CheckpointNames loads the fixture's weights saved under other
// names transformers uses: the original GPT-2 layout of a GPT2Model save
// (no "transformer." prefix), and a tied pair kept only as lm_head.weight.
// Both give exactly the logits of the fixture's own layout, binding every
// tensor once.
func TestGPT2CheckpointNames(t *testing.T) {
	ref := readReference[decoderRef](t, "gpt2-tiny")
	spec := models.Spec{Batch: 1, Seq: len(ref.Prompts[0])}
	in := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, [][]int64{ref.Prompts[0]})}
	want := mustForward(t, openRunner(t, "gpt2-tiny", referenceBackend()), spec, in)[models.OutputLogits]

	ck, err := weights.Open(fixtureDir("gpt2-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	cfgJSON, err := os.ReadFile(fixtureDir("gpt2-tiny") + "/config.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		rename func(string) string
	}{
		{"no prefix", func(n string) string { return strings.TrimPrefix(n, "transformer.") }},
		{"lm_head only", func(n string) string {
			if n == "transformer.wte.weight" {
				return "lm_head.weight"
			}
			return n
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := map[string]*tensor.Tensor{}
			for _, n := range ck.Names() {
				x, err := ck.Tensor(n)
				if err != nil {
					t.Fatal(err)
				}
				ts[tc.rename(n)] = x
			}
			dir := t.TempDir()
			if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), ts, map[string]string{"format": "pt"}); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "config.json"), cfgJSON, 0o644); err != nil {
				t.Fatal(err)
			}
			r, _ := newRunner(t, loadModel(t, dir, ""), dir, referenceBackend(), backends.CompileOptions{Options: passes.Options{Verify: true}})
			got := mustForward(t, r, spec, in)[models.OutputLogits]
			if !got.Equal(want) {
				t.Errorf("logits differ from the fixture layout's")
			}
			if u := r.UnusedWeights(); len(u) != 0 {
				t.Errorf("unused tensors %v", u)
			}
		})
	}
}
