package cpu

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends/llvm"
)

// TestSmallSuite runs every workload at tiny shapes and checks the JSON
// report's shape: positive figures, ratios and fractions consistent with
// their peer values and limits.
func TestSmallSuite(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	rep, err := Run(context.Background(), Options{Small: true, MinTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Suite   string           `json:"suite"`
		Machine map[string]any   `json:"machine"`
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Suite != "cpu" || back.Machine["fma_peak_gflops"] == nil || back.Machine["read_bandwidth_gbs"] == nil {
		t.Fatalf("report header: %s", buf.String())
	}
	for _, k := range []string{"fma_peak_isa", "cpu", "cpu_vendor"} {
		if v, _ := back.Machine[k].(string); v == "" && (k != "cpu_vendor" || runtime.GOARCH == "amd64") {
			t.Errorf("machine.%s = %v", k, back.Machine[k])
		}
	}
	seen := map[string]bool{}
	for _, r := range rep.Results {
		seen[r.Workload] = true
		if !(r.Kiln > 0) || r.Unit == "" {
			t.Errorf("%s: kiln %v %q", r.Workload, r.Kiln, r.Unit)
		}
		if r.PeerValue > 0 && abs(r.Ratio-r.Kiln/r.PeerValue) > 1e-9*r.Ratio {
			t.Errorf("%s: ratio %v != %v/%v", r.Workload, r.Ratio, r.Kiln, r.PeerValue)
		}
		if r.Limit > 0 && abs(r.FractionOfLimit-r.Kiln/r.Limit) > 1e-9*r.FractionOfLimit {
			t.Errorf("%s: fraction %v != %v/%v", r.Workload, r.FractionOfLimit, r.Kiln, r.Limit)
		}
		if broken := r.Limit > 0 && !r.LimitIsBudget && r.FractionOfLimit > 1; r.LimitBroken != broken {
			t.Errorf("%s: limit_broken %v with fraction %v (budget %v)", r.Workload, r.LimitBroken, r.FractionOfLimit, r.LimitIsBudget)
		}
		if strings.HasPrefix(r.Workload, "sgemm-") && r.Limit != rep.Machine["fma_peak_gflops"] {
			t.Errorf("%s: limit %v is not the FMA peak %v", r.Workload, r.Limit, rep.Machine["fma_peak_gflops"])
		}
	}
	for _, w := range []string{"fma-peak", "read-bandwidth", "sgemm-96x80x64", "gpt2-124m-prefill-16", "gpt2-124m-decode", "bert-base-encoder-16", "compile-gpt2-decode-cold", "compile-gpt2-decode-cached",
		"gpt2-124m-train-2x16", "compile-gpt2-train-step-cold", "compile-gpt2-train-step-cached",
		"vit-b16-32", "whisper-base-encoder-2s", "vit-preprocess-jpeg-36", "whisper-preprocess-wav-2s"} {
		if !seen[w] {
			t.Errorf("no result for %s", w)
		}
	}
	// lora-train-llama is opt-in: never in the default set.
	for w := range seen {
		if strings.HasPrefix(w, "llama-1b-") {
			t.Errorf("%s in the default set", w)
		}
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + table.String())
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestFullSuite runs the real suite when KILN_BENCH_FULL=1 (minutes; not
// part of the normal test run) and logs the JSON report.
func TestFullSuite(t *testing.T) {
	if os.Getenv("KILN_BENCH_FULL") != "1" {
		t.Skip("set KILN_BENCH_FULL=1 to run the full cpu suite")
	}
	var wl []string
	if s := os.Getenv("KILN_BENCH_WORKLOADS"); s != "" {
		wl = strings.Split(s, ",")
	}
	rep, err := Run(context.Background(), Options{Workloads: wl, Log: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(os.Stdout); err != nil {
		t.Fatal(err)
	}
}

// TestNotePeakMovesLimits checks that a higher FMA peak probed later
// becomes the limit of the GFLOP/s results measured against the previous
// one (a budget and other limits stay), and that a lower one changes
// nothing but the record of runs.
func TestNotePeakMovesLimits(t *testing.T) {
	s := &suite{rep: &Report{Machine: map[string]any{}}}
	s.rep.Results = append(s.rep.Results, Result{Workload: "fma-peak", Unit: "GFLOP/s"})
	s.notePeak(peakProbe{GFLOPS: 100, ISA: "x", Threads: 2}, "start")
	s.rep.Results = append(s.rep.Results,
		Result{Workload: "sgemm", Unit: "GFLOP/s", Kiln: 80}.WithLimit(s.peak),
		Result{Workload: "decode", Unit: "tokens/s", Kiln: 5}.WithLimit(100),
		Result{Workload: "compile", Unit: "s", Kiln: 3}.WithBudget(100))
	s.notePeak(peakProbe{GFLOPS: 90, ISA: "x", Threads: 2}, "after sgemm")
	if s.peak != 100 || s.rep.Results[1].Limit != 100 {
		t.Fatalf("a lower probe moved the peak: %v, sgemm limit %v", s.peak, s.rep.Results[1].Limit)
	}
	s.notePeak(peakProbe{GFLOPS: 160, ISA: "x", Threads: 2}, "after train")
	got := s.rep.Results
	if got[0].Kiln != 160 || s.rep.Machine["fma_peak_gflops"] != 160.0 {
		t.Errorf("fma-peak %v, machine %v", got[0].Kiln, s.rep.Machine["fma_peak_gflops"])
	}
	if got[1].Limit != 160 || got[1].FractionOfLimit != 0.5 {
		t.Errorf("sgemm: limit %v fraction %v, want 160 and 0.5", got[1].Limit, got[1].FractionOfLimit)
	}
	if got[2].Limit != 100 || got[3].Limit != 100 || !got[3].LimitIsBudget {
		t.Errorf("other limits moved: %+v %+v", got[2], got[3])
	}
	if runs := s.rep.Machine["fma_peak_runs"].([]map[string]any); len(runs) != 3 {
		t.Errorf("%d peak runs recorded, want 3", len(runs))
	}
}

// TestEncoderWorkloadsSmall runs the vit and whisper workloads at tiny
// shapes: each reports kiln's rate and its preprocessing time and, when
// ONNX Runtime loads, the peer's rate with outputs that matched kiln's.
func TestEncoderWorkloadsSmall(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	rep, err := Run(context.Background(), Options{Small: true, MinTime: 20 * time.Millisecond, Workloads: []string{"vit", "whisper"}})
	if err != nil {
		t.Fatal(err)
	}
	_, _, ortErr := initORT()
	got := map[string]Result{}
	for _, r := range rep.Results {
		got[r.Workload] = r
	}
	for _, w := range []string{"vit-b16-32", "whisper-base-encoder-2s", "vit-preprocess-jpeg-36", "whisper-preprocess-wav-2s"} {
		r, ok := got[w]
		if !ok {
			t.Errorf("no result for %s", w)
			continue
		}
		if !(r.Kiln > 0) {
			t.Errorf("%s: kiln %v", w, r.Kiln)
		}
		if strings.Contains(w, "preprocess") {
			continue
		}
		if ortErr != nil {
			t.Logf("%s without its peer: %v", w, ortErr)
			continue
		}
		if !(r.PeerValue > 0) || r.Peer != "onnxruntime" || r.Target != 1 {
			t.Errorf("%s: peer %q %v target %v (%s)", w, r.Peer, r.PeerValue, r.Target, r.Note)
		}
	}
	if ortErr == nil {
		for _, k := range []string{"vit-onnxruntime", "whisper-onnxruntime"} {
			d, _ := rep.Details[k].(map[string]any)
			diff, ok := d["max_abs_diff"].(float64)
			if !ok || !(diff <= 1e-3) {
				t.Errorf("%s: max_abs_diff %v", k, d["max_abs_diff"])
			}
		}
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + table.String())
}
