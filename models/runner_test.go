package models_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// countingBackend counts uploads.
type countingBackend struct {
	backends.Backend
	uploads atomic.Int64
	bytes   atomic.Int64
}

func (c *countingBackend) Upload(t *tensor.Tensor) (backends.Buffer, error) {
	c.uploads.Add(1)
	c.bytes.Add(int64(len(t.Data)))
	return c.Backend.Upload(t)
}

// TestTiedWeightsUploadedOnce: qwen3-tiny ties lm_head to the embedding;
// every checkpoint tensor is uploaded exactly once, and a second program
// (another Spec) uploads nothing new.
func TestTiedWeightsUploadedOnce(t *testing.T) {
	dir := fixtureDir("qwen3-tiny")
	cb := &countingBackend{Backend: referenceBackend()}
	r, ck := newRunner(t, loadModel(t, dir, ""), dir, cb, backends.CompileOptions{})
	if _, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 3}); err != nil {
		t.Fatal(err)
	}
	if got, want := cb.uploads.Load(), int64(len(ck.Names())); got != want {
		t.Fatalf("%d uploads for %d checkpoint tensors", got, want)
	}
	if _, err := r.Program(context.Background(), models.Spec{Batch: 2, Seq: 5}); err != nil {
		t.Fatal(err)
	}
	if got := cb.uploads.Load(); got != int64(len(ck.Names())) {
		t.Fatalf("second program uploaded weights again: %d uploads", got)
	}
	if r.Compiles() != 2 || len(r.UnusedWeights()) != 0 {
		t.Fatalf("compiles %d, unused %v", r.Compiles(), r.UnusedWeights())
	}
}

// TestMissingAndMisshapedWeights: a checkpoint that lacks a weight or has
// one of the wrong shape is refused with the file and tensor names.
func TestMissingAndMisshapedWeights(t *testing.T) {
	all := readTensorsF32(t, fixtureDir("qwen2-tiny"))
	cfg, _ := models.LoadConfig(fixtureDir("qwen2-tiny"))
	m, _ := models.New(cfg, "")
	for _, c := range []struct {
		name   string
		mutate func(map[string]*tensor.Tensor)
		want   []string
	}{
		{"missing", func(w map[string]*tensor.Tensor) { delete(w, "model.norm.weight") }, []string{"missing weights: model.norm.weight"}},
		{"shape", func(w map[string]*tensor.Tensor) {
			w["model.layers.1.mlp.up_proj.weight"], _ = tensor.New(ir.Float32, ir.Shape{3, 3})
		}, []string{"wrong shapes", "model.layers.1.mlp.up_proj.weight is [3,3]"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := map[string]*tensor.Tensor{}
			for k, v := range all {
				w[k] = v
			}
			c.mutate(w)
			path := t.TempDir() + "/model.safetensors"
			if err := tensor.WriteSafetensorsFile(path, w, nil); err != nil {
				t.Fatal(err)
			}
			r, _ := newRunner(t, m, path, referenceBackend(), backends.CompileOptions{})
			_, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 2})
			if err == nil {
				t.Fatal("accepted")
			}
			for _, want := range append(c.want, path) {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not mention %q", err, want)
				}
			}
		})
	}
}

// TestRejectUnusedWeights: a BertForMaskedLM checkpoint loaded as BertModel
// leaves the MLM head unused, which is fine by default and an error naming
// the tensors in strict mode.
func TestRejectUnusedWeights(t *testing.T) {
	dir := fixtureDir("bert-tiny-mlm")
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg.(*models.BertConfig).NoPooler = true
	m, err := models.New(cfg, "BertModel")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := newRunner(t, m, dir, referenceBackend(), backends.CompileOptions{})
	r.RejectUnusedWeights(true)
	_, err = r.Program(context.Background(), models.Spec{Batch: 1, Seq: 4})
	if err == nil || !strings.Contains(err.Error(), "cls.predictions.transform.dense.weight") || !strings.Contains(err.Error(), dir) {
		t.Fatalf("strict load error %v", err)
	}
	r.RejectUnusedWeights(false)
	if _, err := r.Program(context.Background(), models.Spec{Batch: 1, Seq: 4}); err != nil {
		t.Fatal(err)
	}
	if len(r.UnusedWeights()) == 0 {
		t.Fatal("no unused weights reported")
	}
}

// TestRunnerContextAndClose: a cancelled ctx stops Forward before any
// build or compile (reported as ctx.Err()), and a closed Runner refuses
// work with session.ErrClosed.
func TestRunnerContextAndClose(t *testing.T) {
	dir := fixtureDir("qwen2-tiny")
	r, _ := newRunner(t, loadModel(t, dir, ""), dir, referenceBackend(), backends.CompileOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ids := int64Tensor(t, [][]int64{{1, 2}})
	if _, err := r.Forward(ctx, models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids}); err != context.Canceled {
		t.Fatalf("cancelled Forward: %v, want context.Canceled", err)
	}
	if r.Compiles() != 0 || len(r.Session().Names()) != 0 {
		t.Fatalf("work done under a cancelled ctx: %d compiles, buffers %v", r.Compiles(), r.Session().Names())
	}
	if _, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids}); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Forward(context.Background(), models.Spec{Batch: 1, Seq: 2}, map[string]*tensor.Tensor{models.InputIDs: ids}); !errors.Is(err, session.ErrClosed) {
		t.Fatalf("Forward after Close: %v, want ErrClosed", err)
	}
}

// TestWeightsUpdateInPlace: a program run in the Runner's session may
// replace a weight (what a Trainer's step does); the Runner's compiled
// programs read the new value with no recompilation. Zeroing GPT-2's
// embedding, which the LM head shares, makes every logit exactly 0.
func TestWeightsUpdateInPlace(t *testing.T) {
	ctx := context.Background()
	r := openRunner(t, "gpt2-tiny", referenceBackend())
	spec := models.Spec{Batch: 1, Seq: 3}
	in := map[string]*tensor.Tensor{models.InputIDs: int64Tensor(t, [][]int64{{5, 6, 7}})}
	maxAbs := func() float64 {
		out, err := r.Forward(ctx, spec, in)
		if err != nil {
			t.Fatal(err)
		}
		m := 0.0
		for _, v := range out[models.OutputLogits].Float32s() {
			m = max(m, float64(v), -float64(v))
		}
		return m
	}
	if maxAbs() == 0 {
		t.Fatal("logits are all zero before the update")
	}
	const wte = "transformer.wte.weight"
	s := r.Session()
	buf, err := s.Buffer(wte)
	if err != nil {
		t.Fatal(err)
	}
	typ := buf.Type()
	type zeroKey struct{}
	p, err := s.Program(ctx, zeroKey{}, func(context.Context) (*ir.Func, error) {
		return frontend.Build("zero_wte", func(g *frontend.Graph) error {
			w := g.Param(wte, typ.DType, typ.Shape...)
			g.Return(frontend.Out("wte.new", w.MulScalar(0)))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Run(ctx, p, session.Call{Updates: map[string]string{"wte.new": wte}}); err != nil {
		t.Fatal(err)
	}
	if m := maxAbs(); m != 0 {
		t.Fatalf("max |logit| %g after zeroing the tied embedding, want 0", m)
	}
	if r.Compiles() != 2 {
		t.Fatalf("%d compiles, want 2 (the spec once, the update once)", r.Compiles())
	}
}
