package cpu

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// The ONNX Runtime peer of the bert workload: ONNX Runtime 1.30's
// libonnxruntime.so.1 from the npm package onnxruntime-node (what
// scripts/setup-bench.sh installs under the user cache dir), loaded with
// github.com/yalue/onnxruntime_go, runs the same BERT with the same
// weights as an ONNX model that kiln writes itself (ort_bert.go).

// ortNPMPackage is the npm package setup-bench.sh installs (the version the
// peer was tested with).
const ortNPMPackage = "onnxruntime-node@1.30.0"

// ortInstallHint is the exact command that installs the ONNX Runtime
// peer where kiln looks for it.
func ortInstallHint() string {
	dir := "<user cache dir>"
	if d, err := os.UserCacheDir(); err == nil {
		dir = d
	}
	return fmt.Sprintf("install it with scripts/setup-bench.sh (npm install --ignore-scripts --prefix %s %s), or set KILN_ONNXRUNTIME to libonnxruntime.so.1",
		filepath.Join(dir, "kiln", "ort"), ortNPMPackage)
}

// ortLibraryCandidates lists where to look for the library:
// $KILN_ONNXRUNTIME alone when set (it must exist), else the npm
// package under <user cache dir>/kiln/ort, then the dynamic loader's
// search path.
func ortLibraryCandidates() ([]string, error) {
	if p := os.Getenv("KILN_ONNXRUNTIME"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("KILN_ONNXRUNTIME: %w (point it at libonnxruntime.so.1, or unset it: scripts/setup-bench.sh installs ONNX Runtime where kiln looks)", err)
		}
		return []string{p}, nil
	}
	var out []string
	if dir, err := os.UserCacheDir(); err == nil {
		if p := ortNPMLibrary(filepath.Join(dir, "kiln", "ort")); p != "" {
			out = append(out, p)
		}
	}
	switch runtime.GOOS {
	case "darwin":
		out = append(out, "libonnxruntime.dylib", "libonnxruntime.1.dylib")
	case "windows":
		out = append(out, "onnxruntime.dll")
	default:
		out = append(out, "libonnxruntime.so.1", "libonnxruntime.so")
	}
	return out, nil
}

// ortNPMLibrary is the library inside onnxruntime-node installed under
// prefix, or "" when it is not there.
func ortNPMLibrary(prefix string) string {
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	name := map[string]string{"linux": "libonnxruntime.so.1", "darwin": "libonnxruntime.1.dylib", "windows": "onnxruntime.dll"}[runtime.GOOS]
	if arch == "" || name == "" {
		return ""
	}
	p := filepath.Join(prefix, "node_modules", "onnxruntime-node", "bin", "napi-v6", runtime.GOOS, arch, name)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// openORTBert writes c's BERT with weights as an ONNX model of the given
// opset to a temporary file and opens it in ONNX Runtime with threads
// intra-op threads; inputs holds input_ids, attention_mask and
// token_type_ids, each int64 (1, seq). The temporary file is removed
// before returning.
func openORTBert(c *models.BertConfig, seq int, weights, inputs map[string]*tensor.Tensor, threads, opset int) (*ortBertSession, error) {
	if _, _, err := initORT(); err != nil {
		return nil, err // before spending time on the model
	}
	var in [3][]int64
	for i, name := range []string{models.InputIDs, models.InputAttentionMask, models.InputTokenTypeIDs} {
		t, ok := inputs[name]
		if !ok || t.NumElements() != seq || t.DType.IsFloat() {
			return nil, fmt.Errorf("onnxruntime peer: input %s missing or not %d integers", name, seq)
		}
		in[i] = t.Int64s()
	}
	f, err := os.CreateTemp("", "kiln-bert-*.onnx")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriterSize(f, 1<<20)
	err = writeBertONNX(w, c, seq, weights, opset)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", f.Name(), err)
	}
	_, pooler := weights["bert.pooler.dense.weight"]
	return newORTBertSession(f.Name(), "", seq, c.Hidden, pooler, threads, in[0], in[1], in[2])
}

// maxAbsDiff is the largest |a[i] - b[i]|, or an error when the lengths
// differ.
func maxAbsDiff(a, b []float32) (float64, error) {
	if len(a) != len(b) {
		return 0, fmt.Errorf("%d values against %d", len(a), len(b))
	}
	m := 0.0
	for i := range a {
		d := float64(a[i]) - float64(b[i])
		if d < 0 {
			d = -d
		}
		if d > m || d != d {
			m = d
		}
	}
	return m, nil
}

// outputs runs r once more and downloads every result by name.
func (r *runner) outputs() (map[string]*tensor.Tensor, error) {
	res, err := r.exe.Run(r.args, backends.RunOptions{})
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, b := range res {
			b.Free()
		}
	}()
	names := r.exe.Signature().ResultNames
	out := map[string]*tensor.Tensor{}
	for i, b := range res {
		t, err := b.Download()
		if err != nil {
			return nil, err
		}
		if i < len(names) {
			out[names[i]] = t
		}
	}
	return out, nil
}

// ortBert measures the ONNX Runtime peer of the bert workload on the
// weights and inputs kiln ran (its parameters by name) in two exports of
// the same model: opset 17 (today's torch.onnx.export) and opset 12 (the
// classic export that ONNX Runtime fuses into its Attention op). It checks
// that both match kiln's outputs (want), then times kiln (kilnRun) and
// both in rotating rounds, so that a neighbour's load on the shared
// machine hits all alike. The peer figure is the faster export's; it
// returns sequences/s of the peer and of kiln.
func (s *suite) ortBert(c *models.BertConfig, seq int, params map[string]*tensor.Tensor, want map[string]*tensor.Tensor, kilnRun func() error) (peer, kiln float64, err error) {
	if _, _, err := initORT(); err != nil {
		return 0, 0, err
	}
	threads := runtime.NumCPU()
	opsets := []int{onnxOpsetCurrent, onnxOpsetClassic}
	fns := []func() error{kilnRun}
	details := map[string]any{"intra_op_threads": threads, "graph_optimization": "ORT_ENABLE_ALL"}
	for _, opset := range opsets {
		sess, err := openORTBert(c, seq, params, params, threads, opset)
		if err != nil {
			return 0, 0, fmt.Errorf("opset %d: %w", opset, err)
		}
		defer sess.close()
		diffs, err := checkORTBert(sess, want)
		if err != nil {
			return 0, 0, fmt.Errorf("opset %d: %w", opset, err)
		}
		details[fmt.Sprintf("opset%d_vs_kiln", opset)] = diffs
		fns = append(fns, sess.run)
	}
	ds, rounds, err := timeRounds(s.o.MinTime, fns...)
	if err != nil {
		return 0, 0, err
	}
	best := ds[1]
	for i, opset := range opsets {
		details[fmt.Sprintf("opset%d_ms", opset)] = ms(ds[1+i])
		best = min(best, ds[1+i])
	}
	details["kiln_ms"] = ms(ds[0])
	flops := bertFLOPs(c, seq)
	details["gflop_per_sequence"] = flops / 1e9
	details["kiln_gflops"] = flops / ds[0].Seconds() / 1e9
	details["onnxruntime_gflops"] = flops / best.Seconds() / 1e9
	details["timing"] = fmt.Sprintf("medians of %d rotating rounds (kiln, opset 17, opset 12), each run after a %v pause so that neither runtime's spinning threads take the other's cores; the peer is the faster export", rounds, roundCooldown)
	details["library"], details["version"], _ = initORT()
	s.rep.Details["bert-onnxruntime"] = details
	return 1 / best.Seconds(), 1 / ds[0].Seconds(), nil
}

// checkORTBert runs sess once and compares its outputs with kiln's
// (want): it returns the largest difference and kiln's largest magnitude
// per output, or an error when they differ by more than 1e-3.
func checkORTBert(sess *ortBertSession, want map[string]*tensor.Tensor) (map[string]any, error) {
	if err := sess.run(); err != nil {
		return nil, fmt.Errorf("onnxruntime run: %w", err)
	}
	last, pooled := sess.outputs()
	diffs := map[string]any{}
	for name, got := range map[string][]float32{models.OutputLastHidden: last, models.OutputPooler: pooled} {
		w, ok := want[name]
		if !ok || got == nil {
			continue
		}
		ref := w.Float32s()
		d, err := maxAbsDiff(got, ref)
		if err != nil {
			return nil, fmt.Errorf("onnxruntime %s: %w", name, err)
		}
		scale, _ := maxAbsDiff(ref, make([]float32, len(ref)))
		diffs[name] = map[string]float64{"max_abs_diff": d, "max_abs_kiln": scale}
		if !(d <= 1e-3) {
			return nil, fmt.Errorf("onnxruntime %s differs from kiln's by %g (> 1e-3): not the same model", name, d)
		}
	}
	return diffs, nil
}

// roundCooldown is the pause before each timed run of timeRounds: both
// runtimes keep their worker threads spinning for a while after a run
// (ONNX Runtime's intra-op pool by default, kiln's pool for ~0.5 ms), and
// on two cores a run that starts while the other runtime's threads spin
// loses a core to them (kiln measured 162 ms right after ONNX Runtime's
// runs and 133 ms alone). After the pause every run starts with idle
// neighbours, as it would in a process that runs only one of them.
const roundCooldown = 30 * time.Millisecond

// timeRounds runs every fn once per round, starting with a different one
// each round (rotating), each after roundCooldown, for at least 5 rounds
// and len(fns)*min of timed runs in all, and returns the median duration
// of each fn and the number of rounds.
func timeRounds(min time.Duration, fns ...func() error) ([]time.Duration, int, error) {
	samples := make([][]time.Duration, len(fns))
	var timed time.Duration
	rounds := 0
	for rounds < 5 || (timed < time.Duration(len(fns))*min && rounds < 1000) {
		for k := range fns {
			i := (rounds + k) % len(fns)
			time.Sleep(roundCooldown)
			t := time.Now()
			if err := fns[i](); err != nil {
				return nil, 0, err
			}
			d := time.Since(t)
			samples[i] = append(samples[i], d)
			timed += d
		}
		rounds++
	}
	med := make([]time.Duration, len(fns))
	for i, ds := range samples {
		sort.Slice(ds, func(a, b int) bool { return ds[a] < ds[b] })
		med[i] = ds[len(ds)/2]
	}
	return med, rounds, nil
}

// bertFLOPs counts the multiply-adds (x2) of c's encoder at batch 1 and
// sequence seq: the Q/K/V, output and feed-forward projections and the
// two attention products of every layer (the pooler and the elementwise
// work are left out).
func bertFLOPs(c *models.BertConfig, seq int) float64 {
	T, C, I := float64(seq), float64(c.Hidden), float64(c.Intermediate)
	perLayer := 2*T*C*C*4 + 2*T*C*I*2 + 2*T*T*C*2
	return perLayer * float64(c.Layers)
}
