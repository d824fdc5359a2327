package llvm

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestGemmPrepacked runs blocked GEMMs whose B is a weight parameter
// (streamed at 97 and 197 rows, all of B packed at 300 rows; nn.Linear's
// N x K layout and row-major K x N, a partial last panel, a fused
// epilogue, and a second dot on the same weight in the same layout) with
// the same buffers several times: the first Run packs B itself, the
// second makes the packed copy and reads it, the third reuses it. Every
// Run must be bit-identical to the backend with Options.NoPrepack and
// match interp; PrepackedBytes must grow by the packed copy at the second
// Run and fall back when the weight's buffer is freed; a donated weight
// gets no packed copy and still gives the same result.
func TestGemmPrepacked(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	cases := []struct {
		name    string
		m, k, n int
		nt      bool
	}{
		{"stream_nt_197x96x72", 197, 96, 72, true},
		{"stream_nn_97x40x50", 97, 40, 50, false},
		{"blocked_nt_300x64x40", 300, 64, 40, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := ir.NewFunc("prepack")
			x := f.Param("x", ir.T(ir.Float32, c.m, c.k))
			ws, rc := ir.Shape{c.k, c.n}, 0
			if c.nt {
				ws, rc = ir.Shape{c.n, c.k}, 1
			}
			w := f.Param("w", ir.Type{DType: ir.Float32, Shape: ws})
			attrs := &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{rc}, Out: ir.Float32}
			d, err := f.Emit(ir.OpDotGeneral, attrs, ir.Pos{}, x, w)
			if err != nil {
				t.Fatal(err)
			}
			y, err := f.Emit(ir.OpTanh, nil, ir.Pos{}, d)
			if err != nil {
				t.Fatal(err)
			}
			// The same weight again, on another LHS: one packed copy serves both.
			x2, err := f.Emit(ir.OpMul, nil, ir.Pos{}, x, x)
			if err != nil {
				t.Fatal(err)
			}
			d2, err := f.Emit(ir.OpDotGeneral, attrs, ir.Pos{}, x2, w)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y, d2}, nil)
			ins := normalInputs(t, f, 5, 0.2)
			want := runAll(t, interp.New(), f, ins, 1)[0]
			base := runAll(t, New(Options{NoPrepack: true}), f, ins, 1)[0]
			for i := range want {
				gs, ws := base[i].Float64s(), want[i].Float64s()
				for j := range ws {
					if d := math.Abs(gs[j] - ws[j]); !(d <= 1e-4*math.Max(1, math.Abs(ws[j]))) {
						t.Fatalf("result %d element %d: got %v, want %v", i, j, gs[j], ws[j])
					}
				}
			}

			b := Default()
			exe, err := b.Compile(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(exe.(*executable).mod.prepack); n != 1 {
				t.Fatalf("%d prepack slots, want 1 (both dots read w alike)", n)
			}
			var bufs []backends.Buffer
			for _, in := range ins {
				buf, err := b.Upload(in)
				if err != nil {
					t.Fatal(err)
				}
				bufs = append(bufs, buf)
			}
			packed := int64(4 * (c.n + 15) / 16 * 16 * c.k)
			before := PrepackedBytes()
			for run := 0; run < 3; run++ {
				got := runBufs(t, exe, bufs, nil)
				for i := range got {
					if !got[i].Equal(base[i]) {
						t.Fatalf("run %d result %d differs from the build without packed weights", run, i)
					}
				}
				grown := PrepackedBytes() - before
				if wantGrown := map[bool]int64{false: 0, true: packed}[run > 0]; grown != wantGrown {
					t.Fatalf("after run %d packed copies grew by %d bytes, want %d", run, grown, wantGrown)
				}
			}
			bufs[1].Free()
			if grown := PrepackedBytes() - before; grown != 0 {
				t.Fatalf("freeing the weight left %d packed bytes", grown)
			}
			// A weight donated on its second use: no packed copy.
			w2, err := b.Upload(ins[1])
			if err != nil {
				t.Fatal(err)
			}
			bufs[1] = w2
			runBufs(t, exe, bufs, nil)
			got := runBufs(t, exe, bufs, []int{1})
			for i := range got {
				if !got[i].Equal(base[i]) {
					t.Fatalf("donated weight: result %d differs", i)
				}
			}
			if grown := PrepackedBytes() - before; grown != 0 {
				t.Fatalf("a donated weight was packed (%d bytes)", grown)
			}
			// Runs that donate another argument (a training step's state, a
			// KV cache) update state in place: no packed copy for the weight.
			w3, err := b.Upload(ins[1])
			if err != nil {
				t.Fatal(err)
			}
			bufs[1] = w3
			for run := 0; run < 3; run++ {
				x0, err := b.Upload(ins[0])
				if err != nil {
					t.Fatal(err)
				}
				bufs[0] = x0
				got := runBufs(t, exe, bufs, []int{0})
				for i := range got {
					if !got[i].Equal(base[i]) {
						t.Fatalf("stateful run %d: result %d differs", run, i)
					}
				}
			}
			if grown := PrepackedBytes() - before; grown != 0 {
				t.Fatalf("a run donating another argument packed the weight (%d bytes)", grown)
			}
			// ... nor later, read-only runs (an evaluation of a training run's frozen base).
			x0, err := b.Upload(ins[0])
			if err != nil {
				t.Fatal(err)
			}
			bufs[0] = x0
			for run := 0; run < 2; run++ {
				runBufs(t, exe, bufs, nil)
			}
			if grown := PrepackedBytes() - before; grown != 0 {
				t.Fatalf("a weight a stateful run read was packed later (%d bytes)", grown)
			}
			bufs[1].Free()
		})
	}
}

// TestGemmPrepackBudget: a packed copy that would take the process past
// Options.PrepackLimitMiB is not made (the GEMM packs B itself, with the
// same results); within the budget it is.
func TestGemmPrepackBudget(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	const m, k, n = 100, 512, 768 // w: 1.5 MiB, packed alike
	f := ir.NewFunc("prepack_budget")
	x := f.Param("x", ir.T(ir.Float32, m, k))
	w := f.Param("w", ir.T(ir.Float32, n, k))
	d, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}, ir.Pos{}, x, w)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{d}, nil)
	ins := normalInputs(t, f, 9, 1)
	want := runAll(t, New(Options{NoPrepack: true}), f, ins, 1)[0]
	for _, c := range []struct {
		limitMiB int
		packs    bool
	}{{1, false}, {64, true}} {
		b := New(Options{PrepackLimitMiB: c.limitMiB})
		before := PrepackedBytes()
		got := runAll(t, b, f, ins, 3)[0]
		if !got[0].Equal(want[0]) {
			t.Fatalf("limit %d MiB: result differs from the build without packed weights", c.limitMiB)
		}
		// runAll's buffers are not freed: their copies stay counted.
		if grown := PrepackedBytes() - before; (grown > 0) != c.packs {
			t.Errorf("limit %d MiB: packed copies grew by %d bytes, want a copy: %v", c.limitMiB, grown, c.packs)
		}
	}
}

// normalInputs returns one float32 tensor per parameter of f, filled with
// scale * N(0, 1) from a generator seeded with seed.
func normalInputs(t *testing.T, f *ir.Func, seed int64, scale float64) []*tensor.Tensor {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	var ins []*tensor.Tensor
	for _, p := range f.Params {
		vs := make([]float64, p.Type.Shape.NumElements())
		for i := range vs {
			vs[i] = scale * rng.NormFloat64()
		}
		v, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, vs)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, v)
	}
	return ins
}

// runAll compiles f on b and returns the results of the last of runs Runs
// on the same argument buffers.
func runAll(t *testing.T, b backends.Backend, f *ir.Func, ins []*tensor.Tensor, runs int) [][]*tensor.Tensor {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var bufs []backends.Buffer
	for _, x := range ins {
		buf, err := b.Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		bufs = append(bufs, buf)
	}
	var out [][]*tensor.Tensor
	for range runs {
		out = append(out, runBufs(t, exe, bufs, nil))
	}
	return out[len(out)-1:]
}

// runBufs runs exe once and downloads (and frees) its results.
func runBufs(t *testing.T, exe backends.Executable, bufs []backends.Buffer, donate []int) []*tensor.Tensor {
	t.Helper()
	res, err := exe.Run(bufs, backends.RunOptions{Donate: donate})
	if err != nil {
		t.Fatal(err)
	}
	var out []*tensor.Tensor
	for _, r := range res {
		x, err := r.Download()
		if err != nil {
			t.Fatal(err)
		}
		r.Free()
		out = append(out, x)
	}
	return out
}

// TestGemmStreamGroup runs three streamed GEMMs of one A (Q, K and V
// projections: N x K weights of 64, 64 and 40 rows, fused epilogues, the
// products kept in the workspace for a later add) as one job
// (planStreamGroups) and as three (Options.NoGemmGroups), on 1 and 2
// threads, with and without packed weights: every result must be
// bit-identical, match interp, and the profile must show one group.
func TestGemmStreamGroup(t *testing.T) {
	if err := Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	defer SetThreads(64)
	const m, k = 197, 96
	f := ir.NewFunc("qkv")
	x := f.Param("x", ir.T(ir.Float32, m, k))
	attrs := &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}
	// z, a GEMM of another A read only by the first dot's epilogue: its
	// workspace would be free for the later dots' products if their slots
	// did not live from the first dot on.
	y := f.Param("y", ir.T(ir.Float32, m, k))
	wz := f.Param("wz", ir.T(ir.Float32, 64, k))
	z, err := f.Emit(ir.OpDotGeneral, attrs, ir.Pos{}, y, wz)
	if err != nil {
		t.Fatal(err)
	}
	z, err = f.Emit(ir.OpTanh, nil, ir.Pos{}, z)
	if err != nil {
		t.Fatal(err)
	}
	emit := func(op ir.Op, a any, args ...*ir.Value) *ir.Value {
		v, err := f.Emit(op, a, ir.Pos{}, args...)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	dot := func(i, n int) *ir.Value {
		return emit(ir.OpDotGeneral, attrs, x, f.Param(fmt.Sprintf("w%d", i), ir.T(ir.Float32, n, k)))
	}
	// d1 + z, d2 (kept for later), tanh(d3): one group; d4's epilogue
	// reads d1's and d2's, so it runs on its own after them.
	e1 := emit(ir.OpAdd, nil, dot(1, 64), z)
	d2 := dot(2, 64)
	t3 := emit(ir.OpTanh, nil, dot(3, 40))
	r := emit(ir.OpAdd, nil, emit(ir.OpMul, nil, dot(4, 64), e1), d2)
	f.SetResults([]*ir.Value{t3, r}, nil)
	o, tc, err := Default().setup()
	if err != nil {
		t.Fatal(err)
	}
	_, mod, err := lower(f, backends.CompileOptions{}, o, tc.triple, true)
	if err != nil {
		t.Fatal(err)
	}
	var groups []int
	for _, n := range mod.profNames {
		if strings.Contains(n, "dot_general") {
			groups = append(groups, strings.Count(n, " + %")+1)
		}
	}
	// Each streamed GEMM is two kernel calls (the pack flags, the job).
	if want := []int{1, 1, 3, 3, 1, 1}; !slices.Equal(groups, want) {
		t.Fatalf("GEMM jobs of %v dots, want %v: %q", groups, want, mod.profNames)
	}
	rng := rand.New(rand.NewSource(9))
	var ins []*tensor.Tensor
	for _, p := range f.Params {
		vs := make([]float64, p.Type.Shape.NumElements())
		for i := range vs {
			vs[i] = 0.2 * rng.NormFloat64()
		}
		v, err := tensor.FromFloat64(ir.Float32, p.Type.Shape, vs)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, v)
	}
	want := runAll(t, interp.New(), f, ins, 1)[0]
	var first []*tensor.Tensor
	for _, opts := range []Options{{NoGemmGroups: true, NoPrepack: true}, {}, {NoPrepack: true}, {NoGemmGroups: true}} {
		for _, n := range []int{1, 2} {
			if _, err := SetThreads(n); err != nil {
				t.Fatal(err)
			}
			got := runAll(t, New(opts), f, ins, 3)[0]
			if first == nil {
				first = got
				for i := range want {
					gs, ws := got[i].Float64s(), want[i].Float64s()
					for j := range ws {
						if d := math.Abs(gs[j] - ws[j]); !(d <= 1e-4*math.Max(1, math.Abs(ws[j]))) {
							t.Fatalf("result %d element %d: got %v, want %v", i, j, gs[j], ws[j])
						}
					}
				}
				continue
			}
			for i := range got {
				if !got[i].Equal(first[i]) {
					t.Fatalf("%+v on %d threads: result %d differs from separate jobs", opts, n, i)
				}
			}
		}
	}
}
