package quant

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func TestParseConfigJSON(t *testing.T) {
	c, err := ParseConfigJSON([]byte(`{"model_type":"llama"}`), "config.json")
	if c != nil || err != nil {
		t.Fatalf("no quantization_config: %v, %v", c, err)
	}
	c, err = ParseConfigJSON([]byte(`{"quantization_config":{"quant_method":"gptq","bits":3,"group_size":-1,"desc_act":true,"sym":true,"checkpoint_format":"gptq_v2","tokenizer":null,"dataset":"c4","use_exllama":true,"modules_in_block_to_quantize":null}}`), "config.json")
	if err != nil {
		t.Fatal(err)
	}
	if g := c.GPTQ; c.Method != GPTQ || g.Bits != 3 || g.GroupSize != -1 || !g.DescAct || !g.V2 {
		t.Fatalf("parsed %+v %+v", c, c.GPTQ)
	}
	c, err = ParseQuantizationConfig([]byte(`{"load_in_4bit":true,"bnb_4bit_quant_type":"nf4"}`))
	if err != nil || c.Method != BitsAndBytes || !c.BNB.LoadIn4bit || c.BNB.QuantType != "nf4" || c.BNB.Threshold != 6 {
		t.Fatalf("bnb without quant_method: %+v %v", c, err)
	}
	c, err = ParseQuantizationConfig([]byte(`{"quant_method":"awq","bits":4,"group_size":128,"version":"GEMV","zero_point":true}`))
	if err != nil || !c.AWQ.GEMV {
		t.Fatalf("awq gemv: %+v %v", c, err)
	}
}

// TestConfigErrors: every refusal names the field (or the method).
func TestConfigErrors(t *testing.T) {
	for _, c := range []struct{ cfg, want string }{
		{`{"quant_method":"fp8","fmt":"e4m3"}`, `quant_method "fp8" is not supported`},
		{`{"quant_method":"compressed-tensors"}`, `quant_method "compressed-tensors" is not supported`},
		{`{"bits":4}`, "quant_method is missing"},
		{`[]`, "not a JSON object"},
		{`{"quant_method":"gptq","bits":5}`, "bits = 5"},
		{`{"quant_method":"gptq","bits":"4"}`, "bits: want an integer"},
		{`{"quant_method":"gptq","group_size":0}`, "group_size = 0"},
		{`{"quant_method":"gptq","checkpoint_format":"marlin"}`, `checkpoint_format "marlin"`},
		{`{"quant_method":"gptq","pack_dtype":"int16"}`, `pack_dtype "int16"`},
		{`{"quant_method":"gptq","dynamic":{"-:.*down":{}}}`, "dynamic = "},
		{`{"quant_method":"gptq","is_marlin_format":true}`, "is_marlin_format"},
		{`{"quant_method":"gptq","bogus_field":1,"other":2}`, "unknown gptq field(s) bogus_field, other"},
		{`{"quant_method":"awq","bits":8}`, "bits = 8"},
		{`{"quant_method":"awq","zero_point":false}`, "zero_point = false"},
		{`{"quant_method":"awq","version":"marlin"}`, `version "marlin"`},
		{`{"quant_method":"awq","backend":"llm-awq"}`, `backend "llm-awq"`},
		{`{"quant_method":"bitsandbytes","load_in_8bit":true,"load_in_4bit":true}`, "exactly one must be true"},
		{`{"quant_method":"bitsandbytes"}`, "exactly one must be true"},
		{`{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"int4"}`, `bnb_4bit_quant_type "int4"`},
		{`{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_storage":"float32"}`, `bnb_4bit_quant_storage "float32"`},
		{`{"quant_method":"bitsandbytes","load_in_8bit":true,"llm_int8_has_fp16_weight":true}`, "llm_int8_has_fp16_weight"},
		{`{"quant_method":"bitsandbytes","load_in_8bit":true,"llm_int8_threshold":"high"}`, "llm_int8_threshold: want a number"},
	} {
		_, err := ParseQuantizationConfig([]byte(c.cfg))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.cfg, err, c.want)
		}
	}
	_, err := ParseConfigJSON([]byte(`{"quantization_config":{"quant_method":"hqq"}}`), "dir/config.json")
	if err == nil || !strings.HasPrefix(err.Error(), "dir/config.json: quantization_config: ") {
		t.Errorf("file not named: %v", err)
	}
}

// TestCheckpointMismatches: a config that promises a format the tensors
// do not have, mismatched group sizes and truncated packed tensors are
// errors naming the tensor and the field.
func TestCheckpointMismatches(t *testing.T) {
	gptq4 := gptqCase{bits: 4, group: 32, scaleDT: ir.Float16}
	base := func() map[string]*tensor.Tensor {
		tensors, _ := buildGPTQ(t, gptq4, 64, 32, 5)
		return tensors
	}
	for _, c := range []struct {
		name   string
		cfg    string
		mutate func(map[string]*tensor.Tensor)
		want   string
	}{
		{"no packed tensors", gptq4.config(), func(m map[string]*tensor.Tensor) {
			for _, k := range []string{"m.qweight", "m.qzeros", "m.scales", "m.g_idx"} {
				delete(m, k)
			}
			m["m.weight"] = floatT(t, ir.Float16, ir.Shape{1, 1}, []float64{1})
		}, "no packed weights (no *.qweight tensor)"},
		{"bnb config on gptq tensors", `{"quant_method":"bitsandbytes","load_in_4bit":true}`, nil, "holds GPTQ/AWQ packed tensors (m.qweight)"},
		{"awq config on gptq tensors", `{"quant_method":"awq","bits":4,"group_size":32}`, nil, "m.g_idx: present, but AWQ has no g_idx"},
		{"group size disagrees", `{"quant_method":"gptq","bits":4,"group_size":16}`, nil, "m.scales: 2 groups, but group_size = 16 over in_features = 64 gives 4"},
		{"bits disagree", `{"quant_method":"gptq","bits":8,"group_size":32}`, nil, "m.g_idx"},
		{"truncated qzeros", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["m.qzeros"] = wordsT(t, ir.Shape{2, 3}, make([]uint32, 6))
		}, "m.qzeros: shape [2,3], want [2, 4]"},
		{"truncated qweight", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["m.qweight"] = wordsT(t, ir.Shape{7, 32}, make([]uint32, 7*32))
		}, "m.g_idx: i32[64], want int32 [56]"},
		{"scales dtype", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["m.scales"] = intT(t, ir.Int32, ir.Shape{2, 32}, make([]int64, 64))
		}, "m.scales: dtype i32"},
		{"missing scales", gptq4.config(), func(m map[string]*tensor.Tensor) { delete(m, "m.scales") }, "m.scales: missing"},
		{"qweight not int32", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["m.qweight"] = floatT(t, ir.Float32, ir.Shape{8, 32}, make([]float64, 256))
		}, "m.qweight: f32[8,32], want int32"},
		{"g_idx out of range", gptq4.config(), func(m map[string]*tensor.Tensor) {
			g := make([]int64, 64)
			g[5] = 9
			m["m.g_idx"] = intT(t, ir.Int32, ir.Shape{64}, g)
		}, "m.g_idx[5] = 9 is outside the 2 groups of m.scales"},
		{"weight beside qweight", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["m.weight"] = floatT(t, ir.Float16, ir.Shape{1}, []float64{1})
		}, "m.weight is stored beside m.qweight"},
		{"orphan scales", gptq4.config(), func(m map[string]*tensor.Tensor) {
			m["k.scales"] = floatT(t, ir.Float16, ir.Shape{1}, []float64{1})
		}, "packed tensors without their module's weight: k.scales"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tensors := base()
			if c.mutate != nil {
				c.mutate(tensors)
			}
			_, err := dequantizeAll(t, c.cfg, tensors)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

// TestBNBMismatches covers the bitsandbytes promises: 4-bit type, double
// quantization, 8 vs 4 bits, and a truncated packed weight.
func TestBNBMismatches(t *testing.T) {
	for _, c := range []struct {
		name, cfg string
		mutate    func(map[string]*tensor.Tensor)
		want      string
	}{
		{"quant type", `{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"fp4"}`, nil, "quant_type nf4, but bnb_4bit_quant_type = fp4"},
		{"double quant", `{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4","bnb_4bit_use_double_quant":true}`, nil, "bnb_4bit_use_double_quant = true"},
		{"8 vs 4", `{"quant_method":"bitsandbytes","load_in_8bit":true}`, nil, "holds 4-bit quant_state"},
		{"gptq config", `{"quant_method":"gptq","bits":4}`, nil, "holds bitsandbytes tensors"},
		{"truncated weight", `{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4"}`, func(m map[string]*tensor.Tensor) {
			m["m.weight"] = intT(t, ir.Uint8, ir.Shape{100, 1}, make([]int64, 100))
		}, "m.weight: u8[100,1], want uint8 [158, 1]"},
		{"truncated absmax", `{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4"}`, func(m map[string]*tensor.Tensor) {
			m["m.weight.absmax"] = floatT(t, ir.Float32, ir.Shape{4}, make([]float64, 4))
		}, "m.weight.absmax: f32[4], want f32 [5]"},
		{"bad state", `{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4"}`, func(m map[string]*tensor.Tensor) {
			js := jsonBytes(t, map[string]any{"quant_type": "nf4", "blocksize": 63, "dtype": "float16", "shape": []int{7, 45}})
			m["m.weight.quant_state.bitsandbytes__nf4"] = intT(t, ir.Uint8, ir.Shape{len(js)}, js)
		}, "blocksize 63"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rng := newRand(1)
			tensors, _ := build4bit(t, rng, "nf4", false, 7, 45, 64, ir.Float16)
			if c.mutate != nil {
				c.mutate(tensors)
			}
			_, err := dequantizeAll(t, c.cfg, tensors)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}
