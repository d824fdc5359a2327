package cuda

import (
	"context"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/train"
)

// TestTrainingUpdatesInPlaceEmulated: an AdamW step (weight decay)
// through a session, whose updates donate the old parameters and
// optimizer state, writes the new ones into the donated buffers' memory
// on cuda (emulated): after every step each parameter and state buffer
// has the memory it was uploaded with, and the values are interp's.
func TestTrainingUpdatesInPlaceEmulated(t *testing.T) {
	be := emulated(t)
	ctx := context.Background()
	cfg, err := train.DefaultOptimizerConfig("adamw_torch")
	if err != nil {
		t.Fatal(err)
	}
	cfg.WeightDecay = 0.01
	params := []train.OptimParam{
		{Name: "lora_A.weight", Type: ir.T(ir.Float32, 8, 24), Decay: true},
		{Name: "norm.weight", Type: ir.T(ir.Float32, 24)},
	}
	type run struct {
		s   *session.Session[string]
		opt *train.Optimizer[string]
	}
	start := func(b backends.Backend) run {
		s := session.New[string](b, backends.CompileOptions{})
		r := rand.New(rand.NewPCG(7, 8))
		for _, p := range params {
			vals := make([]float32, p.Type.Shape.NumElements())
			for i := range vals {
				vals[i] = r.Float32()*2 - 1
			}
			x, _ := tensor.FromFloat32(p.Type.Shape, vals)
			if err := s.Upload(p.Name, x); err != nil {
				t.Fatal(err)
			}
		}
		opt, err := train.NewOptimizer(s, "update", cfg, params, 0.5)
		if err != nil {
			t.Fatal(err)
		}
		return run{s, opt}
	}
	var names []string
	for _, p := range params {
		names = append(names, p.Name)
		for _, st := range cfg.States(p.Type) {
			names = append(names, train.StateName(p.Name, st.Suffix))
		}
	}
	memOf := func(s *session.Session[string], name string) unsafe.Pointer {
		b, err := s.Buffer(name)
		if err != nil {
			t.Fatal(err)
		}
		return unsafe.Pointer(&b.(*emuBuffer).data[0])
	}
	step := func(b backends.Backend, x run, k int) {
		r := rand.New(rand.NewPCG(uint64(k), 9))
		grads := map[string]backends.Buffer{}
		for _, p := range params {
			vals := make([]float32, p.Type.Shape.NumElements())
			for i := range vals {
				vals[i] = r.Float32() - 0.5
			}
			g, _ := tensor.FromFloat32(p.Type.Shape, vals)
			buf, err := b.Upload(g)
			if err != nil {
				t.Fatal(err)
			}
			grads[p.Name] = buf
		}
		norm, err := x.opt.Step(ctx, grads, 1e-2)
		if err != nil {
			t.Fatal(err)
		}
		norm.Free()
	}
	ref, got := start(interp.New()), start(be)
	defer ref.s.Close()
	defer got.s.Close()
	if len(names) != 3*len(params) {
		t.Fatalf("AdamW state: %d buffers, want %d", len(names), 3*len(params))
	}
	mem := map[string]unsafe.Pointer{}
	for _, n := range names {
		mem[n] = memOf(got.s, n)
	}
	for k := range 3 {
		step(interp.New(), ref, k)
		step(be, got, k)
		for _, n := range names {
			if p := memOf(got.s, n); p != mem[n] {
				t.Errorf("step %d: %s moved to new memory: not updated in place", k+1, n)
				mem[n] = p
			}
		}
	}
	for _, n := range names {
		want, err := ref.s.Download(n)
		if err != nil {
			t.Fatal(err)
		}
		have, err := got.s.Download(n)
		if err != nil {
			t.Fatal(err)
		}
		w, h := want.Float32s(), have.Float32s()
		for i := range w {
			if d := w[i] - h[i]; d > 1e-5 || d < -1e-5 {
				t.Fatalf("%s[%d] = %v after 3 steps, interp %v", n, i, h[i], w[i])
			}
		}
	}
}
