package gpu

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"
)

// TestLoRABenchOnInterp runs the LoRA benchmark end to end on a tiny
// Llama shape (tied embeddings, as llama-1b) on the interpreter: a fresh
// all-linear r 16 adapter, the bf16 autocast step compiled once, its
// timing, the trained-parameter count (the adapter's, by hand), a
// falling loss, and the HF peer's plumbing through a stand-in script
// (testdata/fake_hf_lora.sh): its JSON read per mode, its failure
// recorded, the ratios computed.
//
// The base is bf16 by default (float32 adapters) and float32 on request,
// on both sides (the script gets --base-dtype).
func TestLoRABenchOnInterp(t *testing.T) {
	Configs["llama-lora-test"] = llama(32, 64, 2, 4, 2, 8, true)
	Configs["llama-lora-test"]["vocab_size"] = 97
	defer delete(Configs, "llama-lora-test")
	for _, base := range []string{"", "float32"} {
		t.Run("base="+base, func(t *testing.T) { loraBenchOnInterp(t, base) })
	}
}

func loraBenchOnInterp(t *testing.T, base string) {
	var log bytes.Buffer
	rep, err := RunLoRABench(context.Background(), LoRAOptions{
		Model: "llama-lora-test", Backend: "interp", Batch: 2, Seq: 8, Warmup: 1, Steps: 3, Log: &log,
		HFScript: "testdata/fake_hf_lora.sh", Python: "/bin/sh", HFModes: []string{"eager", "compile"},
		BaseDType: base,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	k := rep.Kiln
	if rep.KilnErr != "" || k == nil {
		t.Fatalf("kiln failed: %s\n%s", rep.KilnErr, log.String())
	}
	// Per layer, r x (in + out) for q (32->32), k and v (32->16), o
	// (32->32), gate and up (32->64), down (64->32); two layers; the LM
	// head is not adapted.
	const want = 2 * 16 * ((32 + 32) + 2*(32+16) + (32 + 32) + 3*(32+64))
	if k.TrainedParams != want {
		t.Errorf("trained params %d, want %d (r 16 on every linear layer but lm_head)", k.TrainedParams, want)
	}
	if !(k.Params > k.TrainedParams && k.TokensPerS > 0 && k.StepS > 0 && k.CompileS > 0 && k.TFLOPs4N > 0 && k.TFLOPs6N == 0) {
		t.Errorf("numbers missing or wrong: %+v", k)
	}
	if k.StepCompiles != 0 {
		t.Errorf("timed steps compiled %d programs, want 0", k.StepCompiles)
	}
	if math.IsNaN(k.FirstLoss) || !(k.LastLoss < k.FirstLoss) {
		t.Errorf("loss %v -> %v did not fall", k.FirstLoss, k.LastLoss)
	}
	wantBase := base
	if wantBase == "" {
		wantBase = "bfloat16"
	}
	if !rep.BF16 || rep.Batch != 2 || rep.Seq != 8 || rep.BaseDType != wantBase || rep.HFBaseDType != wantBase {
		t.Errorf("report header %+v: want base dtype %s on both sides", rep, wantBase)
	}
	r := rep.Ratios["eager"]
	if r == nil {
		t.Fatalf("no eager ratios; HF %v, errors %v\n%s", rep.HF, rep.HFErrors, log.String())
	}
	if got := r.TokensPerS; math.Abs(got-k.TokensPerS/100) > 1e-9*got {
		t.Errorf("tokens/s ratio %v, want kiln %v / 100", got, k.TokensPerS)
	}
	if hf, _ := rep.HF["eager"].(map[string]any); hf == nil || hf["batch"] != 2.0 || hf["seq"] != 8.0 || hf["base_dtype"] != wantBase {
		t.Errorf("HF eager result %v: want the script's JSON with batch 2, seq 8, base_dtype %s", rep.HF["eager"], wantBase)
	}
	if rep.HFErrors["compile"] == "" || rep.Ratios["compile"] != nil {
		t.Errorf("the failing compile mode: errors %v, ratios %v", rep.HFErrors, rep.Ratios["compile"])
	}
}

// TestLoRARatios checks the ratio arithmetic and the targets on made-up
// figures, and that a side without a figure yields no ratio.
func TestLoRARatios(t *testing.T) {
	k := &TrainNumbers{TokensPerS: 3000, PeakMemMiB: 6000}
	r := loraRatios(k, map[string]any{"tokens_per_s": 2000.0, "smi_peak_mib": 10000.0, "max_memory_allocated_mib": 8000.0})
	if r == nil || r.TokensPerS != 1.5 || r.PeakMem != 0.6 || r.PeakMemVsAllocated != 0.75 || !r.SpeedMet || !r.MemoryMet {
		t.Errorf("ratios %+v, want 1.5 (met), 0.6 (met), 0.75", r)
	}
	r = loraRatios(k, map[string]any{"tokens_per_s": 2500.0, "smi_peak_mib": 8000.0})
	if r == nil || r.SpeedMet || r.MemoryMet || r.PeakMemVsAllocated != 0 {
		t.Errorf("ratios %+v: want neither target met, no allocated ratio", r)
	}
	if r := loraRatios(k, map[string]any{"smi_peak_mib": 1.0}); r != nil {
		t.Errorf("no HF tokens/s: got %+v, want nil", r)
	}
	if r := loraRatios(nil, map[string]any{"tokens_per_s": 1.0}); r != nil {
		t.Errorf("no kiln numbers: got %+v, want nil", r)
	}
}

// TestLoRABenchRefusesBadHFBase checks that an HF base dtype the script
// does not know is refused up front, naming the option.
func TestLoRABenchRefusesBadHFBase(t *testing.T) {
	_, err := RunLoRABench(context.Background(), LoRAOptions{Backend: "interp", HFBaseDType: "fp8"})
	if err == nil || !strings.Contains(err.Error(), "HFBaseDType") {
		t.Errorf("HFBaseDType fp8: err %v, want one naming HFBaseDType", err)
	}
	_, err = RunLoRABench(context.Background(), LoRAOptions{Backend: "interp", BaseDType: "float16"})
	if err == nil || !strings.Contains(err.Error(), "BaseDType") {
		t.Errorf("BaseDType float16: err %v, want one naming BaseDType", err)
	}
}
