package session_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

func f32(t *testing.T, vals ...float32) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromFloat32(ir.Shape{len(vals)}, vals)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func upload(t *testing.T, b backends.Backend, x *tensor.Tensor) backends.Buffer {
	t.Helper()
	buf, err := b.Upload(x)
	if err != nil {
		t.Fatal(err)
	}
	return buf
}

// sgdStep builds w.new = w - lr * g over n floats (lr a scalar input).
func sgdStep(n int) session.BuildFunc {
	return func(context.Context) (*ir.Func, error) {
		return frontend.Build("sgd_step", func(g *frontend.Graph) error {
			w := g.Param("w", ir.Float32, n)
			grad := g.Param("g", ir.Float32, n)
			lr := g.Param("lr", ir.Float32)
			g.Return(frontend.Out("w.new", w.Sub(grad.Mul(lr))))
			return nil
		})
	}
}

// addBuild builds y = x + w over n floats.
func addBuild(n int) session.BuildFunc {
	return func(context.Context) (*ir.Func, error) {
		return frontend.Build("add", func(g *frontend.Graph) error {
			x := g.Param("x", ir.Float32, n)
			w := g.Param("w", ir.Float32, n)
			g.Return(frontend.Out("y", x.Add(w)))
			return nil
		})
	}
}

func TestProgramCacheHitsAndMisses(t *testing.T) {
	ctx := context.Background()
	s := session.New[int](interp.New(), backends.CompileOptions{Options: passes.Options{Verify: true}})
	defer s.Close()
	var builds atomic.Int64
	counted := func(n int) session.BuildFunc {
		return func(ctx context.Context) (*ir.Func, error) {
			builds.Add(1)
			return sgdStep(n)(ctx)
		}
	}
	var wg sync.WaitGroup
	progs := make([]*session.Program, 8)
	errs := make([]error, 8)
	for i := range progs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			progs[i], errs[i] = s.Program(ctx, 4, counted(4))
		}()
	}
	wg.Wait()
	for i := range progs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if progs[i] != progs[0] {
			t.Fatalf("call %d got another program for the same key", i)
		}
	}
	if got := s.Stats(); got.Compiles != 1 || got.Hits != 7 || builds.Load() != 1 {
		t.Fatalf("8 calls of one key: %+v, %d builds; want 1 compile, 7 hits, 1 build", got, builds.Load())
	}
	if _, err := s.Program(ctx, 3, counted(3)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Program(ctx, 4, counted(4)); err != nil {
		t.Fatal(err)
	}
	if got := s.Stats(); got.Compiles != 2 || got.Hits != 8 || builds.Load() != 2 {
		t.Fatalf("after a second key: %+v, %d builds; want 2 compiles, 8 hits, 2 builds", got, builds.Load())
	}
}

func TestProgramFailuresAreNotCached(t *testing.T) {
	s := session.New[string](interp.New(), backends.CompileOptions{})
	defer s.Close()
	boom := errors.New("boom")
	if _, err := s.Program(context.Background(), "k", func(context.Context) (*ir.Func, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Fatalf("got %v, want the build error", err)
	}
	if _, err := s.Program(context.Background(), "k", sgdStep(2)); err != nil {
		t.Fatalf("a failed build was cached: %v", err)
	}
	if st := s.Stats(); st.Compiles != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestProgramHonoursContext(t *testing.T) {
	s := session.New[int](interp.New(), backends.CompileOptions{})
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	called := false
	_, err := s.Program(ctx, 1, func(context.Context) (*ir.Func, error) { called = true; return nil, nil })
	if err != context.Canceled || called {
		t.Fatalf("cancelled before build: err %v, build called %v; want context.Canceled and no build", err, called)
	}
	// Cancelled while building: the backend is not asked to compile.
	ctx, cancel = context.WithCancel(context.Background())
	_, err = s.Program(ctx, 2, func(ctx context.Context) (*ir.Func, error) {
		cancel()
		return sgdStep(2)(ctx)
	})
	if err != context.Canceled {
		t.Fatalf("cancelled during build: got %v, want context.Canceled", err)
	}
	if st := s.Stats(); st.Compiles != 0 {
		t.Fatalf("compiled after cancellation: %+v", st)
	}
	if _, err := s.Run(ctx, nil, session.Call{}); err != context.Canceled {
		t.Fatalf("Run with a cancelled ctx: got %v", err)
	}
}

// TestTrainingUpdatesInPlace runs w <- w - lr*g three times; the program's
// result replaces the named buffer "w" (and its tied name) each time.
func TestTrainingUpdatesInPlace(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := session.New[string](b, backends.CompileOptions{Options: passes.Options{Verify: true}})
			defer s.Close()
			w := []float64{1, -2, 0.5, 4}
			if err := s.Upload("w", f32(t, 1, -2, 0.5, 4)); err != nil {
				t.Fatal(err)
			}
			if err := s.Tie("w.tied", "w"); err != nil {
				t.Fatal(err)
			}
			lr, _ := tensor.ScalarFloat64(ir.Float32, 0.25)
			if err := s.Upload("lr", lr); err != nil {
				t.Fatal(err)
			}
			p, err := s.Program(ctx, "sgd", sgdStep(4))
			if err != nil {
				t.Fatal(err)
			}
			for step, grad := range [][]float32{{1, 1, 1, 1}, {-2, 0.5, 3, 0}, {0.125, -8, 1, 2}} {
				before, _ := s.Buffer("w")
				g := upload(t, b, f32(t, grad...))
				out, err := s.Run(ctx, p, session.Call{
					Inputs:  map[string]backends.Buffer{"g": g},
					Updates: map[string]string{"w.new": "w"},
				})
				g.Free()
				if err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if len(out) != 0 {
					t.Fatalf("step %d: the update result was also returned: %v", step, out)
				}
				if _, err := before.Download(); !errors.Is(err, backends.ErrFreed) {
					t.Errorf("step %d: the replaced buffer is still live (%v)", step, err)
				}
				for i := range w {
					w[i] -= 0.25 * float64(grad[i])
				}
				for _, n := range []string{"w", "w.tied"} {
					got, err := s.Download(n)
					if err != nil {
						t.Fatalf("step %d: %s: %v", step, n, err)
					}
					for i, v := range got.Float32s() {
						if math.Abs(float64(v)-w[i]) > 1e-6 {
							t.Fatalf("step %d: %s = %v, want %v", step, n, got.Float32s(), w)
						}
					}
				}
			}
		})
	}
}

// TestDonationKeepsNamedBuffers: a buffer the session names is never
// invalidated by donation, while a plain per-call input is.
func TestDonationKeepsNamedBuffers(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := session.New[string](b, backends.CompileOptions{})
			defer s.Close()
			if err := s.Upload("w", f32(t, 1, 2, 3)); err != nil {
				t.Fatal(err)
			}
			if err := s.Upload("c", f32(t, 10, 20, 30)); err != nil {
				t.Fatal(err)
			}
			add, err := s.Program(ctx, "add", addBuild(3))
			if err != nil {
				t.Fatal(err)
			}
			run := func(x backends.Buffer, donate bool) []float32 {
				t.Helper()
				c := session.Call{Inputs: map[string]backends.Buffer{"x": x}}
				if donate {
					c.Donate = []string{"x"}
				}
				out, err := s.Run(ctx, add, c)
				if err != nil {
					t.Fatal(err)
				}
				y, err := out["y"].Download()
				out["y"].Free()
				if err != nil {
					t.Fatal(err)
				}
				return y.Float32s()
			}
			// A named buffer passed as a donated input stays valid.
			named, _ := s.Buffer("c")
			if got := run(named, true); got[2] != 33 {
				t.Fatalf("y = %v", got)
			}
			if got, err := s.Download("c"); err != nil || got.Float32s()[1] != 20 {
				t.Fatalf("named buffer after donation: %v, %v", got, err)
			}
			// A plain input is donated as asked.
			x := upload(t, b, f32(t, 1, 1, 1))
			if got := run(x, true); got[0] != 2 {
				t.Fatalf("y = %v", got)
			}
			if _, err := x.Download(); !errors.Is(err, backends.ErrFreed) {
				t.Errorf("a donated per-call input is still live: %v", err)
			}
			// "w" bound to two parameters (tied) and updated: the run must
			// not donate it while the other parameter reads it.
			if err := s.Tie("x", "w"); err == nil {
				_, err = s.Run(ctx, add, session.Call{Updates: map[string]string{"y": "w"}})
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Download("x")
				if err != nil || got.Float32s()[2] != 6 {
					t.Fatalf("tied update: %v, %v; want [2 4 6]", got, err)
				}
			} else {
				t.Fatal(err)
			}
			if err := s.Delete("x"); err != nil {
				t.Fatal(err)
			}
			if got, err := s.Download("w"); err != nil || got.Float32s()[0] != 2 {
				t.Fatalf("w after deleting its tie: %v, %v", got, err)
			}
		})
	}
}

func TestRunReportsBadBindings(t *testing.T) {
	ctx := context.Background()
	b := interp.New()
	s := session.New[string](b, backends.CompileOptions{})
	defer s.Close()
	if err := s.Upload("w", f32(t, 1, 2)); err != nil {
		t.Fatal(err)
	}
	p, err := s.Program(ctx, "add", addBuild(2))
	if err != nil {
		t.Fatal(err)
	}
	x := upload(t, b, f32(t, 1, 2))
	defer x.Free()
	wrong := upload(t, b, f32(t, 1, 2, 3))
	defer wrong.Free()
	for name, c := range map[string]session.Call{
		"missing input": {},
		"shadowing":     {Inputs: map[string]backends.Buffer{"x": x, "w": x}},
		"unknown input": {Inputs: map[string]backends.Buffer{"x": x, "z": x}},
		"wrong type":    {Inputs: map[string]backends.Buffer{"x": wrong}},
		"no result":     {Inputs: map[string]backends.Buffer{"x": x}, Updates: map[string]string{"nope": "w"}},
		"no target":     {Inputs: map[string]backends.Buffer{"x": x}, Updates: map[string]string{"y": "nope"}},
		"donate named":  {Inputs: map[string]backends.Buffer{"x": x}, Donate: []string{"w"}},
	} {
		if _, err := s.Run(ctx, p, c); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if err := s.Upload("w", f32(t, 1)); err == nil {
		t.Error("uploading an existing name: no error")
	}
	if err := s.Adopt("w2", mustBuffer(t, s, "w")); err == nil {
		t.Error("adopting a held buffer under a second name: no error")
	}
}

func mustBuffer(t *testing.T, s *session.Session[string], name string) backends.Buffer {
	t.Helper()
	b, err := s.Buffer(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCloseFreesAndRefusesLaterUse(t *testing.T) {
	ctx := context.Background()
	b := interp.New()
	s := session.New[string](b, backends.CompileOptions{})
	if err := s.Upload("w", f32(t, 1, 2)); err != nil {
		t.Fatal(err)
	}
	if err := s.Tie("w.tied", "w"); err != nil {
		t.Fatal(err)
	}
	p, err := s.Program(ctx, "add", addBuild(2))
	if err != nil {
		t.Fatal(err)
	}
	w := mustBuffer(t, s, "w")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("buffer after Close: %v, want ErrFreed", err)
	}
	x := upload(t, b, f32(t, 1, 2))
	defer x.Free()
	checks := map[string]error{
		"Program": func() error { _, err := s.Program(ctx, "add", addBuild(2)); return err }(),
		"Run": func() error {
			_, err := s.Run(ctx, p, session.Call{Inputs: map[string]backends.Buffer{"x": x}})
			return err
		}(),
		"Upload":   s.Upload("v", f32(t, 1)),
		"Buffer":   func() error { _, err := s.Buffer("w"); return err }(),
		"Download": func() error { _, err := s.Download("w"); return err }(),
		"Delete":   s.Delete("w"),
	}
	for name, err := range checks {
		if !errors.Is(err, session.ErrClosed) {
			t.Errorf("%s after Close: %v, want ErrClosed", name, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestDonatedUpdateInPlace: a program writing rows into a named cache with
// DynamicUpdateSlice (which backends run in place on a donated buffer)
// updates it across calls; each call sees the previous call's writes.
func TestDonatedUpdateInPlace(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := session.New[string](b, backends.CompileOptions{Options: passes.Options{Verify: true}})
			defer s.Close()
			zeros, _ := tensor.New(ir.Float32, ir.Shape{4, 2})
			if err := s.Upload("cache", zeros); err != nil {
				t.Fatal(err)
			}
			p, err := s.Program(ctx, "write", func(context.Context) (*ir.Func, error) {
				return frontend.Build("write_row", func(g *frontend.Graph) error {
					cache := g.Param("cache", ir.Float32, 4, 2)
					row := g.Param("row", ir.Float32, 1, 2)
					pos := g.Param("pos", ir.Int64)
					updated := cache.DynamicUpdateSlice(row, pos, g.ConstScalarInt(ir.Int64, 0))
					g.Return(frontend.Out("cache.new", updated), frontend.Out("sum", updated.Sum()))
					return nil
				})
			})
			if err != nil {
				t.Fatal(err)
			}
			want := make([]float32, 8)
			for step := 0; step < 3; step++ {
				row, _ := tensor.FromFloat32(ir.Shape{1, 2}, []float32{float32(step + 1), float32(10 * (step + 1))})
				pos, _ := tensor.ScalarInt64(ir.Int64, int64(step))
				rb, pb := upload(t, b, row), upload(t, b, pos)
				out, err := s.Run(ctx, p, session.Call{
					Inputs:  map[string]backends.Buffer{"row": rb, "pos": pb},
					Updates: map[string]string{"cache.new": "cache"},
				})
				rb.Free()
				pb.Free()
				if err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				want[2*step], want[2*step+1] = float32(step+1), float32(10*(step+1))
				var sum float32
				for _, v := range want {
					sum += v
				}
				got, err := out["sum"].Download()
				out["sum"].Free()
				if err != nil || got.Float32s()[0] != sum {
					t.Fatalf("step %d: sum %v (%v), want %v", step, got, err, sum)
				}
				cache, err := s.Download("cache")
				if err != nil {
					t.Fatal(err)
				}
				for i, v := range cache.Float32s() {
					if v != want[i] {
						t.Fatalf("step %d: cache %v, want %v", step, cache.Float32s(), want)
					}
				}
			}
		})
	}
}

// TestReplaceKeepsTiesAndChecksType: Replace swaps a buffer's contents for
// every tied name, frees the old buffer, and refuses another type or an
// unknown name, leaving the buffer as it was.
func TestReplaceKeepsTiesAndChecksType(t *testing.T) {
	s := session.New[string](interp.New(), backends.CompileOptions{})
	defer s.Close()
	if err := s.Upload("w", f32(t, 1, 2)); err != nil {
		t.Fatal(err)
	}
	if err := s.Tie("w.tied", "w"); err != nil {
		t.Fatal(err)
	}
	old := mustBuffer(t, s, "w")
	if err := s.Replace("w.tied", f32(t, 5, 6)); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("old buffer after Replace: %v, want ErrFreed", err)
	}
	for _, n := range []string{"w", "w.tied"} {
		got, err := s.Download(n)
		if err != nil || got.Float64s()[0] != 5 || got.Float64s()[1] != 6 {
			t.Errorf("%s after Replace: %v (%v), want [5 6]", n, got, err)
		}
	}
	if err := s.Replace("w", f32(t, 1, 2, 3)); err == nil {
		t.Error("Replace with another shape: no error")
	}
	if err := s.Replace("nope", f32(t, 1)); err == nil {
		t.Error("Replace of an unknown name: no error")
	}
	if got, _ := s.Download("w"); got.Float64s()[0] != 5 {
		t.Errorf("a refused Replace changed the buffer: %v", got)
	}
}

// TestSwapTakesAnotherTypeKeepsTies: Swap puts a buffer of another shape
// under a name and its tied names, frees the old one, and refuses an
// unknown name or a buffer already held, changing nothing.
func TestSwapTakesAnotherTypeKeepsTies(t *testing.T) {
	b := interp.New()
	s := session.New[string](b, backends.CompileOptions{})
	defer s.Close()
	if err := s.Upload("w", f32(t, 1, 2)); err != nil {
		t.Fatal(err)
	}
	if err := s.Tie("w.tied", "w"); err != nil {
		t.Fatal(err)
	}
	old := mustBuffer(t, s, "w")
	nb, err := b.Upload(f32(t, 7, 8, 9))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Swap("nope", nb); err == nil {
		t.Error("Swap of an unknown name: no error")
	}
	if err := s.Swap("w.tied", nb); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Download(); !errors.Is(err, backends.ErrFreed) {
		t.Errorf("old buffer after Swap: %v, want ErrFreed", err)
	}
	for _, n := range []string{"w", "w.tied"} {
		got, err := s.Download(n)
		if err != nil || len(got.Float64s()) != 3 || got.Float64s()[2] != 9 {
			t.Errorf("%s after Swap: %v (%v), want [7 8 9]", n, got, err)
		}
	}
	if err := s.Upload("v", f32(t, 1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Swap("v", nb); err == nil || !strings.Contains(err.Error(), "already held") {
		t.Errorf("Swap of a held buffer: %v", err)
	}
}
