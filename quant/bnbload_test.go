package quant_test

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
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// TestQuantizeAtLoadLlama quantizes testdata's llama-tiny at load
// (auto.Options.BnB), saves the same quantization (auto.QuantizeBnB +
// Save) and loads the saved bitsandbytes checkpoint: the logits are equal
// bitwise, the saved config and tensors are what transformers saves, and
// the quantized model stays near the float one.
func TestQuantizeAtLoadLlama(t *testing.T) {
	src := filepath.Join("..", "testdata", "models", "llama-tiny")
	ids := must(tensor.FromInt64(ir.Int64, ir.Shape{1, 5}, []int64{1, 306, 4997, 338, 263}))
	logits := func(t *testing.T, opts auto.Options, dir string) ([]float32, *quant.Config) {
		opts.Backend = "interp"
		m, err := auto.Load(context.Background(), dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: 5}, map[string]*tensor.Tensor{models.InputIDs: ids})
		if err != nil {
			t.Fatal(err)
		}
		return out[models.OutputLogits].Float32s(), m.Quantization
	}
	float, _ := logits(t, auto.Options{}, src)
	for _, c := range []struct {
		name    string
		opts    quant.BnBOptions
		modules int // quantized Linears
	}{
		{"int8", quant.BnBOptions{LoadIn8bit: true}, 14},
		{"nf4", quant.BnBOptions{LoadIn4bit: true, QuantType: "nf4"}, 14},
		{"fp4-double-bf16", quant.BnBOptions{LoadIn4bit: true, QuantType: "fp4", DoubleQuant: true, WeightDType: ir.BFloat16, ComputeDType: "bfloat16"}, 14},
		// An explicit skip list replaces the default: lm_head is quantized.
		{"nf4-double-skip", quant.BnBOptions{LoadIn4bit: true, QuantType: "nf4", DoubleQuant: true, SkipModules: []string{"o_proj"}}, 13},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := c.opts
			atLoad, qc := logits(t, auto.Options{BnB: &o, StrictWeights: true}, src)
			if qc == nil || qc.BNB == nil || qc.BNB.LoadIn4bit != c.opts.LoadIn4bit {
				t.Fatalf("Model.Quantization = %+v", qc)
			}
			q, err := auto.QuantizeBnB(context.Background(), src, auto.Options{BnB: &o})
			if err != nil {
				t.Fatal(err)
			}
			defer q.Checkpoint.Close()
			if len(q.Modules) != c.modules {
				t.Fatalf("quantized %d modules %v, want %d", len(q.Modules), q.Modules, c.modules)
			}
			out := t.TempDir()
			if err := q.Save(out); err != nil {
				t.Fatal(err)
			}
			checkSaved(t, out, o, q.Modules)
			saved, qc2 := logits(t, auto.Options{StrictWeights: true}, out)
			if qc2 == nil || qc2.BNB == nil || qc2.BNB.QuantType != o.QuantType && o.LoadIn4bit {
				t.Fatalf("saved model's Quantization = %+v", qc2)
			}
			var maxDiff float64
			for i := range saved {
				if math.Float32bits(saved[i]) != math.Float32bits(atLoad[i]) {
					t.Fatalf("logit %d: quantized at load %v, saved and reloaded %v", i, atLoad[i], saved[i])
				}
				maxDiff = math.Max(maxDiff, math.Abs(float64(saved[i]-float[i])))
			}
			if maxDiff == 0 || maxDiff > 1 {
				t.Fatalf("quantized logits differ from the float model's by up to %g: want a small, nonzero difference", maxDiff)
			}
		})
	}
}

// checkSaved checks the saved directory as transformers would write it.
func checkSaved(t *testing.T, dir string, o quant.BnBOptions, modules []string) {
	t.Helper()
	for _, f := range []string{"tokenizer.json", "tokenizer_config.json", "generation_config.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s not copied: %v", f, err)
		}
	}
	for _, f := range []string{"model.safetensors.index.json", "model-00001-of-00003.safetensors"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("%s copied: the float weights must not be", f)
		}
	}
	var cfg struct {
		QC map[string]any `json:"quantization_config"`
	}
	data := must(os.ReadFile(filepath.Join(dir, "config.json")))
	if err := json.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	qt := o.QuantType
	if qt == "" {
		qt = "fp4"
	}
	for k, want := range map[string]any{"quant_method": "bitsandbytes", "load_in_4bit": o.LoadIn4bit, "_load_in_4bit": o.LoadIn4bit,
		"load_in_8bit": o.LoadIn8bit, "bnb_4bit_quant_type": qt, "bnb_4bit_use_double_quant": o.DoubleQuant,
		"bnb_4bit_quant_storage": "uint8", "llm_int8_threshold": 6.0, "llm_int8_has_fp16_weight": false} {
		if cfg.QC[k] != want {
			t.Errorf("quantization_config.%s = %v, want %v", k, cfg.QC[k], want)
		}
	}
	if !strings.Contains(string(data), `"llm_int8_threshold": 6.0`) {
		t.Errorf("config.json writes llm_int8_threshold as Python does (6.0): %s", data)
	}
	ck := must(weights.Open(dir))
	defer ck.Close()
	for _, m := range modules {
		if o.LoadIn8bit {
			if ty, ok := ck.Info(m + ".weight"); !ok || ty.DType != ir.Int8 {
				t.Errorf("%s.weight: %v %v, want int8", m, ty, ok)
			}
			if ty, ok := ck.Info(m + ".weight_format"); !ok || ty.DType != ir.Uint8 || len(ty.Shape) != 0 {
				t.Errorf("%s.weight_format: %v %v, want a uint8 scalar", m, ty, ok)
			}
			continue
		}
		st := must(ck.Tensor(m + ".weight.quant_state.bitsandbytes__" + qt))
		qs := must(quant.ParseQuantState(st.Data, m))
		wantDT := "float16"
		if o.WeightDType == ir.BFloat16 {
			wantDT = "bfloat16"
		}
		if qs.DType != wantDT || qs.Blocksize != 64 || qs.Nested() != o.DoubleQuant {
			t.Errorf("%s quant_state %+v", m, qs)
		}
	}
	if ty, _ := ck.Info("lm_head.weight"); (ty.DType == ir.Uint8 || ty.DType == ir.Int8) != (o.SkipModules != nil) {
		t.Errorf("lm_head.weight is %v with skip modules %v", ty, o.SkipModules)
	}
}

func TestQuantizeAtLoadErrors(t *testing.T) {
	src := filepath.Join("..", "testdata", "models", "llama-tiny")
	for _, c := range []struct {
		dir  string
		opts quant.BnBOptions
		want string
	}{
		{src, quant.BnBOptions{LoadIn4bit: true, QuantType: "int4"}, "--bnb-4bit-quant-type"},
		{src, quant.BnBOptions{LoadIn4bit: true, Blocksize: 128}, "blocksize 128"},
		{src, quant.BnBOptions{LoadIn4bit: true, SkipModules: []string{"self_attn", "mlp", "lm_head"}}, "no Linear to quantize"},
		{filepath.Join("..", "testdata", "quant", "bnb-nf4"), quant.BnBOptions{LoadIn8bit: true}, "already quantized"},
		{filepath.Join("..", "testdata", "models", "gpt2-tiny"), quant.BnBOptions{LoadIn4bit: true}, "Conv1D"},
	} {
		o := c.opts
		_, err := auto.Load(context.Background(), c.dir, auto.Options{Backend: "interp", BnB: &o})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want one naming %q", c.opts, err, c.want)
		}
	}
}
