package gpu

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/kiln-ml/kiln/bench"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Options configure RunGPUSuite. Zero fields take the defaults.
type Options struct {
	// Models to run (default: llama-1b, llama-8b, gpt2-124m).
	Models []string
	// Backend is the kiln backend name (default "xla").
	Backend string
	// PrefillTokens is the prefill length (default 2048).
	PrefillTokens int
	// PromptTokens and NewTokens shape the decode run (default 128, 256).
	PromptTokens, NewTokens int
	// HFScript is hf_baseline.py; "" skips the Hugging Face peers.
	HFScript string
	// Python runs HFScript (default "python3").
	Python string
	// WorkDir holds the random checkpoints (default a temporary directory,
	// removed afterwards).
	WorkDir string
	// Log receives progress lines (nil: discarded).
	Log io.Writer
	// Quant "gptq4" also writes each model as a GPTQ 4-bit checkpoint
	// (writeGPTQ4) and measures its decode with the Linears kept packed
	// (QuantizedKernels), reported against kiln's bf16 and HF's best
	// (quantResults); "" for none.
	Quant string
	// BandwidthElems sizes the float32 copy that measures device
	// bandwidth (default 1<<28, 1 GiB).
	BandwidthElems int
}

// Report and Result are the JSON shape every kiln bench suite shares.
type (
	Report = bench.Report
	Result = bench.Result
)

// RunGPUSuite measures each model on the kiln backend, then (when
// HFScript is set) runs the Hugging Face baseline for the same shapes in
// a child process on the same GPU, and returns kiln/HF ratios. Decode
// results also carry the HBM-bandwidth limit (weight bytes over the copy
// bandwidth measured through the backend in the same run).
func RunGPUSuite(ctx context.Context, o Options) (*Report, error) {
	if len(o.Models) == 0 {
		o.Models = []string{"llama-1b", "llama-8b", "gpt2-124m"}
	}
	if o.Backend == "" {
		o.Backend = "xla"
	}
	if o.PrefillTokens == 0 {
		o.PrefillTokens = 2048
	}
	if o.PromptTokens == 0 {
		o.PromptTokens = 128
	}
	if o.NewTokens == 0 {
		o.NewTokens = 256
	}
	if o.BandwidthElems == 0 {
		o.BandwidthElems = 1 << 28
	}
	if o.Python == "" {
		o.Python = "python3"
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	for _, n := range o.Models {
		if _, err := configOf(n); err != nil {
			return nil, err
		}
	}
	if o.Quant != "" && o.Quant != GPTQ4 {
		return nil, fmt.Errorf("-quant %q: the benchmark writes %q checkpoints only", o.Quant, GPTQ4)
	}
	b, err := backends.Get(o.Backend)
	if err != nil {
		return nil, err
	}
	if err := b.Available(); err != nil {
		return nil, fmt.Errorf("backend %s: %w", o.Backend, err)
	}
	work := o.WorkDir
	if work == "" {
		if work, err = os.MkdirTemp("", "kiln-bench-gpu-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(work)
	}
	rep := &Report{Suite: "gpu", Machine: machine(b), Details: map[string]any{}}
	kiln := map[string]*kilnNumbers{}
	kq := map[string]*quantNumbers{}
	for _, name := range o.Models {
		dir := filepath.Join(work, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		logf("%s: writing random bf16 weights", name)
		params, err := writeModel(dir, name, 1)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		k, err := measureKiln(ctx, dir, o.Backend, false, o, logf)
		if err != nil {
			return nil, fmt.Errorf("%s on %s: %w", name, o.Backend, err)
		}
		k.Params = params
		kiln[name] = k
		rep.Details["kiln-"+o.Backend+"/"+name] = k
		if o.Quant != "" {
			q, err := measureQuant(ctx, dir, o, logf)
			if err != nil {
				return nil, fmt.Errorf("%s %s on %s: %w", name, o.Quant, o.Backend, err)
			}
			kq[name] = q
			rep.Details["kiln-"+o.Backend+"-"+o.Quant+"/"+name] = q
		}
		os.RemoveAll(dir)
		runtime.GC()
	}
	// After the models, so that the probe's buffers (kept by the device
	// allocator) do not hide the first model's peak memory.
	bw, err := copyBandwidth(b, o.BandwidthElems)
	if err != nil {
		return nil, fmt.Errorf("measuring device bandwidth: %w", err)
	}
	rep.Machine["measured_copy_bandwidth_gb_s"] = bw / 1e9
	logf("device copy bandwidth (read+write) through %s: %.0f GB/s", o.Backend, bw/1e9)
	hf := map[string]map[string]any{}
	if o.HFScript != "" {
		for _, name := range o.Models {
			logf("%s: Hugging Face baseline", name)
			r, err := runHF(ctx, o, name)
			if err != nil {
				logf("  %v", err)
				rep.Details["hf/"+name+"/error"] = err.Error()
				continue
			}
			hf[name] = r
			rep.Details["hf/"+name] = r
		}
	}
	for _, name := range o.Models {
		rep.Results = append(rep.Results, results(name, kiln[name], hf[name], bw)...)
		if q := kq[name]; q != nil {
			rep.Results = append(rep.Results, quantResults(name, o.Quant, q, kiln[name], hf[name], bw)...)
		}
	}
	return rep, nil
}

// targets are TARGETS.md's ratios for the decode and prefill workloads.
var targets = map[string]float64{
	"llama-8b-decode/hf-static-compile": 1.3,
	"llama-1b-decode/hf-static-compile": 3,
	"llama-1b-prefill-2048/hf-eager":    1,
	"llama-8b-prefill-2048/hf-eager":    1,
}

func results(name string, k *kilnNumbers, hf map[string]any, bw float64) []Result {
	weightBytes := float64(2 * k.Params)
	dec := name + "-decode"
	pre := name + "-prefill-2048"
	num := hfNum
	// The decode limit: every weight read once per token at the measured
	// device bandwidth (bytes read plus written by a large copy).
	out := []Result{Result{Workload: dec, Unit: "tok/s", Kiln: k.DecodeTokS}.WithLimit(bw / weightBytes)}
	peer := func(w, unit, p string, kv, pv float64) {
		if pv <= 0 {
			return
		}
		r := Result{Workload: w, Unit: unit, Kiln: kv, Peer: p, PeerValue: pv, Ratio: kv / pv, Target: targets[w+"/"+p]}
		out = append(out, r)
	}
	peer(dec, "tok/s", "hf-eager", k.DecodeTokS, num(hf, "eager", "decode_tok_s"))
	peer(dec, "tok/s", "hf-static-compile", k.DecodeTokS, num(hf, "static_compile", "decode_tok_s"))
	out = append(out, Result{Workload: pre, Unit: "tok/s", Kiln: k.PrefillTokS})
	peer(pre, "tok/s", "hf-eager", k.PrefillTokS, num(hf, "prefill_tok_s"))
	ttft := name + "-ttft-128"
	out = append(out, Result{Workload: ttft, Unit: "s", Kiln: k.TTFTS})
	peer(ttft, "s", "hf-eager", k.TTFTS, num(hf, "eager", "ttft_s"))
	peer(ttft, "s", "hf-static-compile", k.TTFTS, num(hf, "static_compile", "ttft_s"))
	out = append(out,
		Result{Workload: name + "-compile-cold", Unit: "s", Kiln: k.CompileColdS},
		Result{Workload: name + "-compile-warm", Unit: "s", Kiln: k.CompileWarmS},
		Result{Workload: name + "-peak-device-memory", Unit: "MiB", Kiln: k.PeakMemMiB})
	peer(name+"-peak-device-memory", "MiB", "hf-eager", k.PeakMemMiB, num(hf, "peak_mem_mib"))
	return out
}

// runHF runs the Hugging Face baseline for one model and parses its JSON.
func runHF(ctx context.Context, o Options, name string) (map[string]any, error) {
	cmd := exec.CommandContext(ctx, o.Python, o.HFScript, name,
		fmt.Sprint(o.PrefillTokens), fmt.Sprint(o.PromptTokens), fmt.Sprint(o.NewTokens))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return nil, fmt.Errorf("%s %s %s: %w\n%s", o.Python, o.HFScript, name, err, tail)
	}
	var r map[string]any
	if err := json.Unmarshal(lastJSON(stdout.Bytes()), &r); err != nil {
		return nil, fmt.Errorf("%s: output is not JSON: %w", o.HFScript, err)
	}
	return r, nil
}

// lastJSON is the text from the last line that starts with '{'.
func lastJSON(b []byte) []byte {
	lines := strings.Split(string(b), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], "{") {
			return []byte(strings.Join(lines[i:], "\n"))
		}
	}
	return b
}

// machine describes the device.
func machine(b backends.Backend) map[string]any {
	m := map[string]any{"host": hostname(), "backend": b.Name(), "go": runtime.Version(), "date": time.Now().UTC().Format(time.RFC3339),
		"XLA_FLAGS": os.Getenv("XLA_FLAGS"), "KILN_XLA_GEMV": os.Getenv("KILN_XLA_GEMV")}
	if p, ok := b.(interface{ Platform() string }); ok {
		m["platform"] = p.Platform()
	}
	if out, err := exec.Command("nvidia-smi", "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader", "-i", "0").Output(); err == nil {
		m["gpu"] = strings.TrimSpace(string(out))
	}
	return m
}

// GPUName is the first GPU's name from nvidia-smi, for result file names
// ("h100", "h200"), or "gpu".
func GPUName() string {
	out, err := exec.Command("nvidia-smi", "--query-gpu=name", "--format=csv,noheader", "-i", "0").Output()
	if err != nil {
		return "gpu"
	}
	s := strings.ToLower(string(out))
	for _, g := range []string{"h200", "h100", "a100", "l40s", "b200", "gb200"} {
		if strings.Contains(s, g) {
			return g
		}
	}
	return "gpu"
}

// copyBandwidth measures bytes read+written per second of y = x + x on
// 1 GiB of float32 through the backend (median of 10 runs).
func copyBandwidth(b backends.Backend, n int) (float64, error) {
	f := ir.NewFunc("copy_bw")
	x := f.Param("x", ir.T(ir.Float32, n))
	y, err := f.Emit(ir.OpAdd, nil, ir.Pos{}, x, x)
	if err != nil {
		return 0, err
	}
	f.SetResults([]*ir.Value{y}, []string{"y"})
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		return 0, err
	}
	vals := make([]float32, n)
	for i := range vals {
		vals[i] = float32(i%1013) * 0.5
	}
	t, err := tensor.FromFloat32(ir.Shape{n}, vals)
	if err != nil {
		return 0, err
	}
	in, err := b.Upload(t)
	if err != nil {
		return 0, err
	}
	defer in.Free()
	var times []float64
	for i := 0; i < 12; i++ {
		s := time.Now()
		out, err := exe.Run([]backends.Buffer{in}, backends.RunOptions{})
		if err != nil {
			return 0, err
		}
		d := time.Since(s).Seconds()
		out[0].Free()
		if i >= 2 {
			times = append(times, d)
		}
	}
	return float64(2*4*n) / median(times), nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s[len(s)/2]
}
