package train

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// tinyLlama writes a seeded random LlamaForCausalLM (vocab 32, hidden 16,
// one layer) to a temporary directory and returns the model and its
// checkpoint. Each weight's values depend only on its name, so the tied
// and untied variants share them; the checkpoint never holds
// lm_head.weight when withHead is false.
func tinyLlama(t *testing.T, tied, withHead bool) (models.Model, *weights.Checkpoint) {
	t.Helper()
	dir := t.TempDir()
	cfg := map[string]any{
		"architectures": []string{"LlamaForCausalLM"}, "model_type": "llama",
		"hidden_size": 16, "intermediate_size": 24, "num_attention_heads": 2, "num_key_value_heads": 1,
		"head_dim": 8, "num_hidden_layers": 1, "vocab_size": 32, "max_position_embeddings": 64,
		"rms_norm_eps": 1e-5, "hidden_act": "silu", "tie_word_embeddings": tied,
		"rope_parameters": map[string]any{"rope_theta": 10000.0, "rope_type": "default"},
	}
	data, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(c, "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := frontend.Build("shapes", func(g *frontend.Graph) error {
		return m.Build(g, models.Spec{Batch: 1, Seq: 2}, ir.Float32)
	})
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]*tensor.Tensor{}
	for _, p := range f.Params {
		if models.IsInputName(p.Name) || (p.Name == "lm_head.weight" && !withHead) {
			continue
		}
		all[p.Name] = seeded(t, p.Name, p.Type.Shape)
	}
	if withHead && all["lm_head.weight"] == nil {
		all["lm_head.weight"] = seeded(t, "lm_head.weight", ir.Shape{32, 16})
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), all, nil); err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ckpt.Close() })
	return m, ckpt
}

// seeded is a float32 tensor of shape with values seeded by name: norm
// weights near 1, the others uniform in [-0.3, 0.3).
func seeded(t *testing.T, name string, shape ir.Shape) *tensor.Tensor {
	h := fnv.New64a()
	h.Write([]byte(name))
	rng := rand.New(rand.NewPCG(h.Sum64(), 7))
	vals := make([]float32, shape.NumElements())
	for i := range vals {
		v := 0.6 * (rng.Float32() - 0.5)
		if strings.Contains(name, "norm") {
			v = 1 + v/3
		}
		vals[i] = v
	}
	x, err := tensor.FromFloat32(shape, vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// lmBatch is every input step takes for rows of ids and labels: positions
// 0.. and a mask of ones.
func lmBatch(t *testing.T, step *Step, ids, labels [][]int64) map[string]*tensor.Tensor {
	t.Helper()
	var flatIDs, flatLabels, positions, mask []int64
	for i, row := range ids {
		flatIDs = append(flatIDs, row...)
		flatLabels = append(flatLabels, labels[i]...)
		for j := range row {
			positions = append(positions, int64(j))
			mask = append(mask, 1)
		}
	}
	out := map[string]*tensor.Tensor{}
	for _, name := range step.InputNames() {
		typ, _ := step.InputType(name)
		vals := map[string][]int64{models.InputIDs: flatIDs, models.InputLabels: flatLabels,
			models.InputPositionIDs: positions, models.InputAttentionMask: mask}[name]
		if vals == nil {
			t.Fatalf("unexpected input %q", name)
		}
		x, err := tensor.FromInt64(typ.DType, typ.Shape, vals)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = x
	}
	return out
}

// stepRows are 4 rows of 6 tokens of the tiny vocabulary with some labels
// ignored (a different count per row).
var stepIDs = [][]int64{
	{1, 5, 9, 2, 30, 7},
	{3, 3, 14, 8, 21, 0},
	{31, 12, 6, 6, 19, 4},
	{2, 27, 11, 25, 1, 16},
}

var stepLabels = func() [][]int64 {
	labels := make([][]int64, len(stepIDs))
	for i, row := range stepIDs {
		labels[i] = append([]int64(nil), row...)
		for j := range row {
			if (i+j)%4 == 1 {
				labels[i][j] = models.IgnoreIndex
			}
		}
	}
	return labels
}

// trained runs one step of cfg over micro (groups of row indices) on a
// fresh runner of the tiny llama and returns the logged loss and norm and
// every parameter afterwards; it checks that nothing compiles after
// NewStep.
func trained(t *testing.T, b backends.Backend, cfg StepConfig, groups [][]int, steps int) (loss, norm float64, params map[string][]float64) {
	t.Helper()
	m, ckpt := tinyLlama(t, false, true)
	r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	step, err := NewStep(ctx, r, models.Spec{Batch: len(groups[0]), Seq: len(stepIDs[0]), Labels: true}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	compiles := r.Compiles()
	if want := min(cfg.Accumulation, 2); compiles != max(want, 1) {
		t.Errorf("%d compiles after NewStep with accumulation %d", compiles, cfg.Accumulation)
	}
	labels := stepLabels()
	var micro []map[string]*tensor.Tensor
	for _, g := range groups {
		var ids, ls [][]int64
		for _, i := range g {
			ids, ls = append(ids, stepIDs[i]), append(ls, labels[i])
		}
		micro = append(micro, lmBatch(t, step, ids, ls))
	}
	for range steps {
		res, err := step.Run(ctx, micro, 0.5)
		if err != nil {
			t.Fatal(err)
		}
		loss, norm = scalarOf(t, res.Loss), scalarOf(t, res.GradNorm)
		res.Free()
	}
	if c := r.Compiles(); c != compiles {
		t.Errorf("%d compiles after %d steps, %d after NewStep", c, steps, compiles)
	}
	params = map[string][]float64{}
	for _, p := range step.Params() {
		x, err := r.Session().Download(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		params[p.Name] = x.Float64s()
	}
	return loss, norm, params
}

func scalarOf(t *testing.T, b backends.Buffer) float64 {
	t.Helper()
	x, err := b.Download()
	if err != nil {
		t.Fatal(err)
	}
	return x.Float64s()[0]
}

// closeParams reports the largest absolute difference between two sets of
// parameters above tol.
func closeParams(t *testing.T, what string, got, want map[string][]float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d parameters, want %d", what, len(got), len(want))
	}
	worst, at := 0.0, ""
	for name, w := range want {
		g := got[name]
		if len(g) != len(w) {
			t.Fatalf("%s: %s has %d values, want %d", what, name, len(g), len(w))
		}
		for i := range w {
			if d := math.Abs(g[i] - w[i]); d > worst || math.IsNaN(d) {
				worst, at = d, name
			}
		}
	}
	t.Logf("%s: max |Δparam| %.3g (%s)", what, worst, at)
	if !(worst <= tol) {
		t.Errorf("%s: parameter %s differs by %.3g, want <= %.1g", what, at, worst, tol)
	}
}

func sgd(t *testing.T) OptimizerConfig {
	t.Helper()
	opt, err := DefaultOptimizerConfig("sgd")
	if err != nil {
		t.Fatal(err)
	}
	return opt
}

// TestStepAccumulationMatchesFullBatch: for a causal LM, k micro-batches
// under the Trainer's normalisation give the update of one batch of all
// their rows (same loss, grad norm and weights within float32 rounding),
// also when the last step of an epoch has fewer micro-batches than
// gradient_accumulation_steps; the logged loss is the full batch's summed
// token cross-entropy over num_items_in_batch; nothing compiles after
// NewStep.
func TestStepAccumulationMatchesFullBatch(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			cfg := StepConfig{NoDropout: true, Optimizer: sgd(t), MaxGradNorm: 1}
			fullLoss, fullNorm, full := trained(t, b, cfg, [][]int{{0, 1, 2, 3}}, 1)

			cases := []struct {
				name   string
				accum  int
				groups [][]int
			}{
				{"epoch end: 2 of 3", 3, [][]int{{0, 1}, {2, 3}}},
				{"2x2", 2, [][]int{{0, 1}, {2, 3}}},
				{"4x1", 4, [][]int{{0}, {1}, {2}, {3}}},
			}
			if name != "interp" {
				cases = cases[:1] // cold llvm compiles cost seconds each; interp checks the rest
			}
			for _, tc := range cases {
				cfg.Accumulation = tc.accum
				loss, norm, got := trained(t, b, cfg, tc.groups, 1)
				t.Logf("%s: loss %.7f (full %.7f), grad_norm %.7f (full %.7f)", tc.name, loss, fullLoss, norm, fullNorm)
				if math.Abs(loss-fullLoss) > 1e-6*fullLoss || math.Abs(norm-fullNorm) > 1e-6*fullNorm {
					t.Errorf("%s: loss %.8f, grad_norm %.8f; full batch %.8f, %.8f", tc.name, loss, norm, fullLoss, fullNorm)
				}
				closeParams(t, tc.name, got, full, 1e-6)
			}
			if name != "interp" {
				return
			}

			// The expected logged loss from the model's own mean loss:
			// mean * (targets after the shift) / num_items_in_batch.
			m, ckpt := tinyLlama(t, false, true)
			r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			labels := stepLabels()
			ids := mustInt64(t, stepIDs)
			out, err := r.Forward(context.Background(), models.Spec{Batch: 4, Seq: 6}, map[string]*tensor.Tensor{
				models.InputIDs: ids, models.InputLabels: mustInt64(t, labels)})
			if err != nil {
				t.Fatal(err)
			}
			mean := out[models.OutputLoss].Float64s()[0]
			all := []map[string]*tensor.Tensor{{models.InputLabels: mustInt64(t, labels)}}
			targets, _ := countItems(all, true)
			// Llama's num_items_in_batch counts the labels after the shift
			// (hfLosses: countShifted), so the loss of the full batch is
			// its mean; GPT-2's counts them all (testdata/trainer checks it).
			items, _ := countItems(all, true)
			t.Logf("%v items, %v targets; loss %.7f, mean %.7f", items, targets, fullLoss, mean)
			if want := mean * targets / items; math.Abs(fullLoss-want) > 1e-5*want {
				t.Errorf("full batch loss %.7f, want %.7f (mean %.7f * %v targets / %v items)", fullLoss, want, mean, targets, items)
			}
		})
	}
}

func mustInt64(t *testing.T, rows [][]int64) *tensor.Tensor {
	t.Helper()
	var flat []int64
	for _, r := range rows {
		flat = append(flat, r...)
	}
	x, err := tensor.FromInt64(ir.Int64, ir.Shape{len(rows), len(rows[0])}, flat)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestStepAllIgnoredMicroBatch: with num_items_in_batch, a micro-batch
// whose labels are all ignored contributes 0 to the loss and gradient (not
// NaN): the step equals the one of the other micro-batch alone.
func TestStepAllIgnoredMicroBatch(t *testing.T) {
	b := testbackends.CPU(t)["interp"]
	cfg := StepConfig{NoDropout: true, Optimizer: sgd(t), MaxGradNorm: 1}
	wantLoss, wantNorm, want := trained(t, b, cfg, [][]int{{0, 1}}, 1)

	m, ckpt := tinyLlama(t, false, true)
	r, err := models.NewRunner(m, ckpt, b, ir.Float32, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	cfg.Accumulation = 2
	step, err := NewStep(ctx, r, models.Spec{Batch: 2, Seq: 6, Labels: true}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	labels := stepLabels()
	ignored := [][]int64{make([]int64, 6), make([]int64, 6)}
	for _, row := range ignored {
		for j := range row {
			row[j] = models.IgnoreIndex
		}
	}
	res, err := step.Run(ctx, []map[string]*tensor.Tensor{
		lmBatch(t, step, stepIDs[2:4], ignored),
		lmBatch(t, step, stepIDs[:2], labels[:2]),
	}, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Free()
	loss, norm := scalarOf(t, res.Loss), scalarOf(t, res.GradNorm)
	if math.Abs(loss-wantLoss) > 1e-6*wantLoss || math.Abs(norm-wantNorm) > 1e-6*wantNorm {
		t.Errorf("loss %.8f, grad_norm %.8f; without the ignored micro-batch %.8f, %.8f", loss, norm, wantLoss, wantNorm)
	}
	got := map[string][]float64{}
	for _, p := range step.Params() {
		x, err := r.Session().Download(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		got[p.Name] = x.Float64s()
	}
	closeParams(t, "ignored micro-batch", got, want, 1e-6)
}

// TestStepLossDivisor: an architecture whose forward takes no loss kwargs
// has each micro loss divided by the micro-batch count (mean of the
// micro-batch means: the full batch when they are equal-sized and fully
// labelled); one that takes kwargs but ignores num_items_in_batch gets
// neither (the sum of the means).
func TestStepLossDivisor(t *testing.T) {
	b := testbackends.CPU(t)["interp"]
	saved := hfLosses["LlamaForCausalLM"]
	t.Cleanup(func() { hfLosses["LlamaForCausalLM"] = saved })
	for _, tc := range []struct {
		name  string
		flags hfLoss
		times float64 // logged loss and gradient over the full batch's
	}{
		{"no loss kwargs", hfLoss{}, 1},
		{"kwargs ignored", hfLoss{lossKwargs: true}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hfLosses["LlamaForCausalLM"] = tc.flags
			// All labels kept: both micro-batches have 10 targets.
			orig := stepLabels
			defer func() { stepLabels = orig }()
			stepLabels = func() [][]int64 { return stepIDs }
			cfg := StepConfig{NoDropout: true, Optimizer: sgd(t)}
			before := initialParams(t)
			fullLoss, fullNorm, full := trained(t, b, cfg, [][]int{{0, 1, 2, 3}}, 1)
			cfg.Accumulation = 2
			loss, norm, got := trained(t, b, cfg, [][]int{{0, 1}, {2, 3}}, 1)
			if math.Abs(loss-tc.times*fullLoss) > 1e-6*loss || math.Abs(norm-tc.times*fullNorm) > 1e-6*norm {
				t.Errorf("loss %.8f, grad_norm %.8f; want %v x the full batch's %.8f, %.8f", loss, norm, tc.times, fullLoss, fullNorm)
			}
			// SGD: the update is -lr * gradient, so it scales with it.
			scaled := map[string][]float64{}
			for name, w := range full {
				scaled[name] = make([]float64, len(w))
				for i := range w {
					scaled[name][i] = before[name][i] + tc.times*(w[i]-before[name][i])
				}
			}
			closeParams(t, tc.name, got, scaled, 1e-6)
		})
	}
}

// initialParams is the tiny llama's checkpoint as float64s by name.
func initialParams(t *testing.T) map[string][]float64 {
	t.Helper()
	_, ckpt := tinyLlama(t, false, true)
	out := map[string][]float64{}
	for _, n := range ckpt.Names() {
		x, err := ckpt.TensorAs(n, ir.Float32)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = x.Float64s()
	}
	return out
}
