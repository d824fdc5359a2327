package cpu

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
)

// rematConfigs are the gradient-checkpointing policies TestRematTradeoff
// measures, by the name KILN_REMAT_BENCH selects.
var rematConfigs = map[string]*passes.RematPolicy{
	"none":   nil,
	"layer":  {},
	"every2": {EveryNLayers: 2},
	"every4": {EveryNLayers: 4},
	"span3":  {Span: 3},
	"span4":  {Span: 4},
}

// TestRematTradeoff measures the train workload's GPT-2-124M-shaped AdamW
// step (tied head, dropout off, max_grad_norm 1) on llvm with the policy
// KILN_REMAT_BENCH names (rematConfigs) at KILN_REMAT_SHAPE tokens
// ("batch x seq", default 4x256): the median and fastest of
// KILN_REMAT_STEPS steps (default 3) after two warm-up steps, the
// process's peak RSS (VmHWM: run one configuration per process) and the
// saved-set estimate of passes.PlanRemat. It is a measurement, not a
// check: skipped unless KILN_REMAT_BENCH is set (docs/train.md,
// "Gradient checkpointing", has the numbers and the command).
func TestRematTradeoff(t *testing.T) {
	name := os.Getenv("KILN_REMAT_BENCH")
	if name == "" {
		t.Skip("a measurement: set KILN_REMAT_BENCH to one of none, layer, every2, every4, span3, span4")
	}
	policy, ok := rematConfigs[name]
	if !ok {
		t.Fatalf("KILN_REMAT_BENCH=%q: unknown configuration", name)
	}
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	batch, seq := 4, 256
	if s := os.Getenv("KILN_REMAT_SHAPE"); s != "" {
		if _, err := fmt.Sscanf(s, "%dx%d", &batch, &seq); err != nil {
			t.Fatalf("KILN_REMAT_SHAPE=%q: want BATCHxSEQ", s)
		}
	}
	steps := 3
	if s := os.Getenv("KILN_REMAT_STEPS"); s != "" {
		var err error
		if steps, err = strconv.Atoi(s); err != nil || steps < 1 {
			t.Fatalf("KILN_REMAT_STEPS=%q: want an integer >= 1", s)
		}
	}
	ctx := context.Background()
	spec := models.Spec{Batch: batch, Seq: seq, Labels: true}
	dir := t.TempDir()
	cfg := mapWith(gpt2Config, "tie_word_embeddings", trainTied)
	m, f, ckpt, err := writeTrainCheckpoint(dir, cfg, spec)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()

	// The saved set of the differentiated model, as the step builds it.
	var wrt []string
	for _, p := range f.Params {
		if !models.IsInputName(p.Name) {
			wrt = append(wrt, p.Name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{Loss: models.OutputLoss})
	if err != nil {
		t.Fatal(err)
	}
	saved, remat := int64(0), int64(0)
	if policy != nil {
		p := *policy
		p.ForwardResults = len(f.Results)
		pl, err := passes.PlanRemat(gf, p)
		if err != nil {
			t.Fatal(err)
		}
		saved, remat = pl.SavedBytes, pl.RematBytes
	} else if pl, err := passes.PlanRemat(gf, passes.RematPolicy{ForwardResults: len(f.Results)}); err == nil {
		saved, remat = pl.SavedBytes, pl.SavedBytes
	}
	gf = nil

	be := &wsRecorder{Backend: &llvm.Backend{CacheDir: filepath.Join(dir, "cache")}}
	r, err := models.NewRunner(m, ckpt, be, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	opt, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	opt.WeightDecay = trainWeightDecay
	start := time.Now()
	step, err := train.NewStep(ctx, r, spec, train.StepConfig{Optimizer: opt, MaxGradNorm: 1, NoDropout: true,
		Loss: train.LossNormMean, Remat: policy})
	if err != nil {
		t.Fatal(err)
	}
	compile := time.Since(start)
	host, err := trainInputs(f, spec, rand.New(rand.NewSource(5)), vocabOf(cfg))
	if err != nil {
		t.Fatal(err)
	}
	// Peak RSS from here: the weights, the zero AdamW state and what the
	// steps allocate (workspace, gradients, updated buffers), not the
	// checkpoint's host tensors or the compile.
	runtime.GC()
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Skip("cannot reset the peak RSS: ", err)
	}
	base := procStatusKB(t, "VmRSS")
	var times []float64
	var loss float64
	for i := 0; i < steps+2; i++ {
		runtime.GC()
		t0 := time.Now()
		res, err := step.Run(ctx, []map[string]*tensor.Tensor{host}, trainLR)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			loss = res.LossValue
		}
		res.Free()
		if i >= 2 {
			times = append(times, time.Since(t0).Seconds())
		}
	}
	hwm := procStatusKB(t, "VmHWM")
	t.Logf("remat %s %dx%d: step median %.2f s, min %.2f s (%d steps); planned workspace %.0f MiB; peak RSS %.0f MiB over the steps (%.0f MiB before them); saved set %.1f MiB -> %.1f MiB (PlanRemat); compile %.1f s; first loss %.6f",
		name, batch, seq, median(times), slices.Min(times), len(times), float64(be.ws)/(1<<20), hwm/1024, base/1024,
		float64(saved)/(1<<20), float64(remat)/(1<<20), compile.Seconds(), loss)
}

// procStatusKB reads a "kB" field of /proc/self/status.
func procStatusKB(t *testing.T, field string) float64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status: ", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				t.Fatalf("/proc/self/status %s: %q", field, line)
			}
			return v
		}
	}
	t.Fatalf("/proc/self/status has no %s", field)
	return 0
}
