package models_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
)

// familyConfig parses the familyCases entry name as a DecoderConfig.
func familyConfig(t *testing.T, name string) *models.DecoderConfig {
	t.Helper()
	for _, fc := range familyCases {
		if fc.name == name {
			c, err := parseAs[*models.DecoderConfig](t, fc.config)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
	}
	t.Fatalf("no family case %s", name)
	return nil
}

// TestFamilyConfigs checks what each family's parser makes of its
// config.json against transformers' reading of the same fields: the
// values the host reference then takes as given.
func TestFamilyConfigs(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

	g2 := familyConfig(t, "gemma2")
	if g2.Layout.Norm != models.NormRMSUnitOffset || g2.Layout.Residual != models.ResidualSandwich || !g2.EmbedScale || g2.EmbedScaleInModule ||
		g2.QKNorm || !near(g2.AttnScale, 1/math.Sqrt(12)) || g2.AttnSoftCap != 2 || g2.FinalSoftCap != 3 || g2.Act != "gelu_pytorch_tanh" ||
		!g2.Tied() || g2.LocalRope != nil || g2.Rope.Theta != 10000 {
		t.Errorf("gemma2 parsed as %+v", g2)
	}
	// Gemma 2 slides on even layers (layer_types absent).
	if want := []int{3, 0, 3}; !reflect.DeepEqual(g2.Windows, want) {
		t.Errorf("gemma2 windows %v, want %v", g2.Windows, want)
	}

	g3 := familyConfig(t, "gemma3_text")
	if !g3.QKNorm || !g3.EmbedScaleInModule || g3.AttnSoftCap != 0 || g3.FinalSoftCap != 0 || !near(g3.AttnScale, 1/math.Sqrt(8)) ||
		g3.Rope.Type != "linear" || g3.Rope.Factor != 2 || g3.Rope.Theta != 1e6 || g3.LocalRope == nil ||
		g3.LocalRope.Type != "default" || g3.LocalRope.Theta != 10 {
		t.Errorf("gemma3_text parsed as %+v rope %+v local %+v", g3, g3.Rope, g3.LocalRope)
	}
	if want := []int{3, 3, 0}; !reflect.DeepEqual(g3.Windows, want) {
		t.Errorf("gemma3_text windows %v, want %v", g3.Windows, want)
	}

	// The multimodal config's text_config caps at 5, but
	// Gemma3ForConditionalGeneration never caps its logits: FinalSoftCap 0.
	mm := familyConfig(t, "gemma3")
	if mm.ModelType != "gemma3" || mm.Architectures[0] != "Gemma3ForConditionalGeneration" || mm.Rope.Theta != 1000 ||
		mm.LocalRope.Theta != 10 || mm.FinalSoftCap != 0 || mm.Layout.Names == nil || mm.Layout.Names.Model != "model.language_model" {
		t.Errorf("gemma3 parsed as %+v rope %+v local %+v", mm, mm.Rope, mm.LocalRope)
	}
	// sliding_window_pattern 2: every second layer is global.
	if want := []string{"sliding_attention", "full_attention"}; !reflect.DeepEqual(mm.LayerTypes, want) || !reflect.DeepEqual(mm.Windows, []int{2, 0}) {
		t.Errorf("gemma3 layer types %v windows %v", mm.LayerTypes, mm.Windows)
	}

	p3 := familyConfig(t, "phi3")
	if p3.Layout.QKV != models.QKVFused || p3.Layout.MLP != models.MLPGatedFused || p3.Tied() || p3.QKVBias || p3.OBias ||
		p3.Rope.Type != "longrope" || p3.Rope.OriginalMaxPositions != 16 || p3.Rope.PartialRotaryFactor != 0.5 ||
		!reflect.DeepEqual(p3.Rope.ShortFactor, []float64{1, 2}) || p3.RMSNormEps != 1e-5 || !reflect.DeepEqual(p3.Windows, []int{4, 4}) {
		t.Errorf("phi3 parsed as %+v rope %+v", p3, p3.Rope)
	}

	nx := familyConfig(t, "gpt_neox")
	if nx.Layout.Norm != models.NormLayerNorm || nx.Layout.QKV != models.QKVHeadInterleaved || nx.Layout.MLP != models.MLPPlain ||
		nx.Layout.Residual != models.ResidualParallel || nx.Tied() || !nx.QKVBias || !nx.OBias || !nx.MLPBias ||
		nx.Rope.Theta != 100 || nx.Rope.PartialRotaryFactor != 0.5 || nx.RMSNormEps != 1e-5 || nx.Act != "gelu" || nx.HeadDim != 8 {
		t.Errorf("gpt_neox parsed as %+v rope %+v", nx, nx.Rope)
	}
	ns := familyConfig(t, "gpt_neox_sequential")
	if ns.Layout.Residual != models.ResidualSequential || !ns.Tied() || ns.Rope.Theta != 50 || ns.Rope.PartialRotaryFactor != 0.5 {
		t.Errorf("gpt_neox_sequential parsed as %+v rope %+v", ns, ns.Rope)
	}
	// Pythia's transformers 4 defaults: rotary_pct 0.25, rotary_emb_base 10000.
	pd, err := parseAs[*models.DecoderConfig](t, `{"model_type": "gpt_neox", "vocab_size": 10, "hidden_size": 16,
	 "intermediate_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2}`)
	if err != nil || pd.Rope.PartialRotaryFactor != 0.25 || pd.Rope.Theta != 10000 {
		t.Errorf("gpt_neox defaults: %v %+v", err, pd)
	}
	// Gemma 2's defaults: soft-caps 50 and 30, query_pre_attn_scalar 256,
	// head_dim 256, window 4096.
	gd, err := parseAs[*models.DecoderConfig](t, `{"model_type": "gemma2", "vocab_size": 10, "hidden_size": 16,
	 "intermediate_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2}`)
	if err != nil || gd.AttnSoftCap != 50 || gd.FinalSoftCap != 30 || gd.HeadDim != 256 || !near(gd.AttnScale, 1.0/16) ||
		!reflect.DeepEqual(gd.Windows, []int{4096, 0}) {
		t.Errorf("gemma2 defaults: %v %+v", err, gd)
	}
}

// TestFamilyConfigErrors: a config naming an unknown activation, rope type
// or layer type, or a bad family field, fails with an error naming the
// file and the field (or the unknown name).
func TestFamilyConfigErrors(t *testing.T) {
	const g2 = `{"model_type": "gemma2", "vocab_size": 10, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2`
	const p3 = `{"model_type": "phi3", "vocab_size": 10, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2`
	const nx = `{"model_type": "gpt_neox", "vocab_size": 10, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2`
	checkConfigErrors[*models.DecoderConfig](t, []configError{
		{g2 + `, "hidden_activation": "gelu_fancy"}`, `hidden_activation: unknown activation "gelu_fancy"`},
		{g2 + `, "layer_types": ["sliding_attention", "chunked_attention"]}`, `layer type "chunked_attention"`},
		{g2 + `, "layer_types": ["sliding_attention"]}`, "layer_types"},
		{g2 + `, "query_pre_attn_scalar": 0}`, "query_pre_attn_scalar"},
		{g2 + `, "attn_logit_softcapping": -1}`, "attn_logit_softcapping"},
		{g2 + `, "use_bidirectional_attention": true}`, "use_bidirectional_attention"},
		{g2 + `, "rope_parameters": {"rope_type": "yarn_x", "rope_theta": 10000}}`, `rope type "yarn_x"`},
		{strings.Replace(g2, "gemma2", "gemma3_text", 1) + `, "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 1e6}, "sliding_attention": {"rope_type": "ntk9"}}}`, `rope_parameters.sliding_attention: rope type "ntk9"`},
		{strings.Replace(g2, "gemma2", "gemma3_text", 1) + `, "sliding_window_pattern": 0}`, "sliding_window_pattern"},
		{p3 + `, "hidden_act": "swish2"}`, `hidden_act: unknown activation "swish2"`},
		{p3 + `, "rope_scaling": {"type": "longrope", "short_factor": [1]}}`, "long_factor"},
		{p3 + `, "partial_rotary_factor": 1.5}`, "partial_rotary_factor"},
		{p3 + `, "resid_pdrop": 2}`, "resid_pdrop"},
		{nx + `, "hidden_act": "geluish"}`, `unknown activation "geluish"`},
		{nx + `, "rotary_pct": 0}`, "rotary_pct"},
		{nx + `, "layer_norm_eps": -1}`, "layer_norm_eps"},
		{nx + `, "use_parallel_residual": "yes"}`, "use_parallel_residual"},
		{nx + `, "rope_scaling": {"type": "warp", "factor": 2}}`, `rope type "warp"`},
		{`{"model_type": "gemma3", "architectures": ["Gemma3ForConditionalGeneration"]}`, "text_config"},
		{`{"model_type": "gemma3", "text_config": {"model_type": "llama"}}`, "text_config.model_type"},
		{`{"model_type": "gemma3", "text_config": {"vocab_size": 10, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2, "hidden_activation": "nope"}}`, "hidden_activation"},
		// Not applied by Gemma3ForConditionalGeneration, but still checked.
		{`{"model_type": "gemma3", "text_config": {"vocab_size": 10, "hidden_size": 16, "intermediate_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2, "final_logit_softcapping": -1}}`, "final_logit_softcapping"},
	})
	// A longrope whose factors do not cover the rotary dims fails when the
	// program is built, naming the factor list.
	c, err := parseAs[*models.DecoderConfig](t, p3+`, "max_position_embeddings": 64, "rope_scaling": {"type": "longrope", "short_factor": [1], "long_factor": [1]}}`)
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(c, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := buildErr(m); err == nil || !strings.Contains(err.Error(), "short_factor") {
		t.Errorf("longrope with 1 factor for 4 pairs: %v", err)
	}
}

// FuzzFamilyConfigs: any config.json text given to the new families'
// parsers either fails with an error naming the file or parses to a
// config whose every architecture builds a one-token program.
func FuzzFamilyConfigs(f *testing.F) {
	for _, fc := range familyCases {
		f.Add([]byte(fc.config))
	}
	f.Add([]byte(`{"model_type": "gemma3", "text_config": null}`))
	f.Add([]byte(`{"model_type": "gpt_neox", "hidden_size": 16, "num_attention_heads": 3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := fuzzParse[*models.DecoderConfig](t, data)
		if !ok || c.Hidden*c.Intermediate*c.Layers*c.VocabSize > 1<<16 || c.Heads*c.HeadDim > 1<<10 {
			return
		}
		if c.MoE != nil && (c.MoE.Experts*c.MoE.TopK > 1<<10 || c.MoE.Intermediate*c.Hidden > 1<<14 || c.MoE.SharedIntermediate*c.Hidden > 1<<14) {
			return // routing builds TopK rounds over Experts: keep programs small
		}
		m, err := models.New(c, "")
		if err != nil {
			return
		}
		if err := buildErr(m); err != nil && !strings.Contains(err.Error(), "rope") {
			t.Fatalf("parsed config does not build: %v", err)
		}
	})
}

// buildErr builds m's two-token float32 program and returns the error.
func buildErr(m models.Model) error {
	_, err := frontend.Build("test", func(g *frontend.Graph) error { return m.Build(g, models.Spec{Batch: 1, Seq: 2}, ir.Float32) })
	return err
}
