package llvm_test

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// attnSpec is one randomized attention problem.
type attnSpec struct {
	d                          ir.DType
	b, hq, hkv, tq, tk, dk, dv int
	attrs                      ir.AttentionAttrs
	posRank                    int  // 1 or 2 when attrs.HasPositions
	emptyRow                   bool // batch 0's mask is all false
}

func (s attnSpec) String() string {
	a := s.attrs
	sym := ""
	if a.SymmetricWindow {
		sym = "sym"
	}
	return fmt.Sprintf("%s_b%d_h%d-%d_q%d_k%d_d%d-%d_c%v_w%d%s_m%v_p%d_s%v_cap%.2g", s.d, s.b, s.hq, s.hkv, s.tq, s.tk,
		s.dk, s.dv, a.Causal, a.Window, sym, a.HasMask, s.posRank, a.HasSinks, a.SoftCap)
}

// build returns the function computing s and random inputs for it: masks
// keep ~80% of keys (all of batch 0 when emptyRow is false), positions
// are a shuffled range that may leave the key range at both ends.
func (s attnSpec) build(r *rand.Rand) (*ir.Func, []*tensor.Tensor) {
	f := ir.NewFunc("attn")
	norm := func(dt ir.DType, shape ...int) *tensor.Tensor {
		sh := ir.Shape(shape)
		vs := make([]float64, sh.NumElements())
		for i := range vs {
			vs[i] = r.NormFloat64()
		}
		x, err := tensor.FromFloat64(dt, sh, vs)
		if err != nil {
			panic(err)
		}
		return x
	}
	ins := []*tensor.Tensor{norm(s.d, s.b, s.hq, s.tq, s.dk), norm(s.d, s.b, s.hkv, s.tk, s.dk), norm(s.d, s.b, s.hkv, s.tk, s.dv)}
	if s.attrs.HasMask {
		m := make([]bool, s.b*s.tk)
		for i := range m {
			m[i] = r.Float64() < 0.8 && !(s.emptyRow && i < s.tk)
		}
		x, _ := tensor.FromBool(ir.Shape{s.b, s.tk}, m)
		ins = append(ins, x)
	}
	if s.attrs.HasPositions {
		sh := ir.Shape{s.tq}
		if s.posRank == 2 {
			sh = ir.Shape{s.b, s.tq}
		}
		p := make([]int64, sh.NumElements())
		for i := range p {
			p[i] = int64(r.Intn(s.tk+4)) - 2
		}
		x, _ := tensor.FromInt64(ir.Int32, sh, p)
		ins = append(ins, x)
	}
	if s.attrs.HasSinks {
		ins = append(ins, norm(s.d, s.hq))
	}
	args := make([]*ir.Value, len(ins))
	for i, x := range ins {
		args[i] = f.Param(fmt.Sprintf("a%d", i), ir.Type{DType: x.DType, Shape: x.Shape.Clone()})
	}
	a := s.attrs
	o, err := f.Emit(ir.OpAttention, &a, ir.Pos{}, args...)
	if err != nil {
		panic(err)
	}
	f.SetResults([]*ir.Value{o}, nil)
	return f, ins
}

// run compiles f on llvm and runs it on ins.
func runLLVM(t *testing.T, f *ir.Func, ins []*tensor.Tensor) *tensor.Tensor {
	t.Helper()
	return runOn(t, llvm.Default(), f, ins)
}

// runOn compiles f on b, runs it on ins and returns its first result.
func runOn(t *testing.T, b *llvm.Backend, f *ir.Func, ins []*tensor.Tensor) *tensor.Tensor {
	t.Helper()
	exe, err := b.Compile(f, backends.CompileOptions{Options: passes.Options{Verify: true}})
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([]backends.Buffer, len(ins))
	for i, x := range ins {
		if bufs[i], err = b.Upload(x); err != nil {
			t.Fatal(err)
		}
	}
	res, err := exe.Run(bufs, backends.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := res[0].Download()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// randomAttnSpecs draws n problems covering every AttentionAttrs feature:
// Tq 1..200 (both kernels), Tk up to 300, GQA groups 1/2/4, and f32
// mostly, with bf16, f16 and f64 among them.
func randomAttnSpecs(r *rand.Rand, n int) []attnSpec {
	dts := []ir.DType{ir.Float32, ir.Float32, ir.Float32, ir.BFloat16, ir.Float32, ir.Float16, ir.Float32, ir.Float64}
	var out []attnSpec
	for i := range n {
		g := []int{1, 2, 4}[i%3]
		s := attnSpec{d: dts[i%len(dts)], b: 1 + r.Intn(2), hkv: 1 + r.Intn(2), dk: 4 + r.Intn(20), dv: 3 + r.Intn(20)}
		s.hq = s.hkv * g
		s.tq = []int{1, 3, 9, 33, 64, 100, 129, 200}[r.Intn(8)]
		s.tk = s.tq + r.Intn(100)
		if r.Intn(4) == 0 {
			s.tk = 1 + r.Intn(300)
		}
		s.tk = min(s.tk, 300)
		a := ir.AttentionAttrs{Scale: 0.1 + r.Float64()/2, Causal: r.Intn(3) > 0}
		if r.Intn(2) == 0 {
			a.Window = 1 + r.Intn(s.tk+10)
		}
		a.HasMask = r.Intn(2) == 0
		s.emptyRow = a.HasMask && r.Intn(2) == 0
		if r.Intn(3) == 0 {
			a.HasPositions = true
			s.posRank = 1 + r.Intn(2)
		}
		a.HasSinks = r.Intn(3) == 0
		if r.Intn(3) == 0 {
			a.SoftCap = 1 + 4*r.Float64()
		}
		s.attrs = a
		out = append(out, s)
	}
	return out
}

// tolFor is the tolerance (relative to max(1, |want|)) against interp's
// float64 reference: float32 compute, rounded once to the output dtype.
func tolFor(d ir.DType) float64 {
	switch d {
	case ir.BFloat16:
		return 1e-2
	case ir.Float16:
		return 2e-3
	}
	return 2e-5
}

// TestAttentionTiledRandom compares the fused kernels with interp over
// randomized shapes and flag combinations (causal with positions, windows,
// masks with fully masked rows, sinks, softcap, GQA, half precision).
func TestAttentionTiledRandom(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	r := rand.New(rand.NewSource(11))
	specs := randomAttnSpecs(r, 28)
	// Fixed corners: a block boundary, a fully masked batch with
	// positions, and a window narrower than a key tile.
	specs = append(specs,
		attnSpec{d: ir.Float32, b: 2, hq: 4, hkv: 1, tq: 200, tk: 300, dk: 16, dv: 16, posRank: 2, emptyRow: true,
			attrs: ir.AttentionAttrs{Scale: 0.3, Causal: true, HasMask: true, HasPositions: true, HasSinks: true}},
		attnSpec{d: ir.BFloat16, b: 1, hq: 4, hkv: 2, tq: 65, tk: 65, dk: 32, dv: 32,
			attrs: ir.AttentionAttrs{Scale: 0.2, Causal: true, Window: 7, SoftCap: 3}},
		attnSpec{d: ir.Float32, b: 1, hq: 2, hkv: 2, tq: 40, tk: 129, dk: 8, dv: 5,
			attrs: ir.AttentionAttrs{Scale: 0.5, Window: 20}},
		// Symmetric windows (ModernBERT's local attention): narrower than a
		// key tile, so tiles after the block's last window are skipped; and
		// with a padding mask and batched positions.
		attnSpec{d: ir.Float32, b: 1, hq: 2, hkv: 2, tq: 150, tk: 150, dk: 8, dv: 8,
			attrs: ir.AttentionAttrs{Scale: 0.5, Window: 9, SymmetricWindow: true}},
		attnSpec{d: ir.Float32, b: 2, hq: 4, hkv: 2, tq: 70, tk: 140, dk: 12, dv: 7, posRank: 2, emptyRow: true,
			attrs: ir.AttentionAttrs{Scale: 0.3, Window: 17, SymmetricWindow: true, HasMask: true, HasPositions: true}},
		attnSpec{d: ir.Float32, b: 1, hq: 2, hkv: 2, tq: 5, tk: 5, dk: 4, dv: 4,
			attrs: ir.AttentionAttrs{Scale: 0.5, Window: 2, SymmetricWindow: true}},
		// The widest heads the tiled kernel takes, a value width that is
		// not a multiple of 32, and heads past the limit (per-row kernel).
		attnSpec{d: ir.Float32, b: 1, hq: 2, hkv: 1, tq: 20, tk: 70, dk: 256, dv: 256,
			attrs: ir.AttentionAttrs{Scale: 0.05, Causal: true}},
		attnSpec{d: ir.BFloat16, b: 1, hq: 2, hkv: 1, tq: 1, tk: 70, dk: 100, dv: 200,
			attrs: ir.AttentionAttrs{Scale: 0.1, HasSinks: true}},
		attnSpec{d: ir.Float32, b: 1, hq: 1, hkv: 1, tq: 12, tk: 20, dk: 300, dv: 260,
			attrs: ir.AttentionAttrs{Scale: 0.05, Causal: true}},
		// Long bidirectional attention (blocks of attnQBLong rows, the last
		// one partial): an encoder's, with GQA rows and a padding mask.
		attnSpec{d: ir.Float32, b: 1, hq: 4, hkv: 2, tq: 300, tk: 300, dk: 16, dv: 16, emptyRow: true,
			attrs: ir.AttentionAttrs{Scale: 0.25, HasMask: true}},
		// ... and one block of all 100 rows per head (ViT-like: 8 heads).
		attnSpec{d: ir.Float32, b: 1, hq: 8, hkv: 8, tq: 100, tk: 100, dk: 24, dv: 24,
			attrs: ir.AttentionAttrs{Scale: 0.2}},
	)
	for i, s := range specs {
		t.Run(fmt.Sprintf("%02d_%s", i, s), func(t *testing.T) {
			f, ins := s.build(rand.New(rand.NewSource(int64(i))))
			want, err := interp.Eval(f, ins...)
			if err != nil {
				t.Fatal(err)
			}
			got := runLLVM(t, f, ins)
			gs, ws := got.Float64s(), want[0].Float64s()
			tol := tolFor(s.d)
			zeros := 0
			for j := range ws {
				if d := math.Abs(gs[j] - ws[j]); !(d <= tol*math.Max(1, math.Abs(ws[j]))) {
					t.Fatalf("element %d: got %g, want %g", j, gs[j], ws[j])
				}
				if ws[j] == 0 {
					zeros++
					if gs[j] != 0 {
						t.Fatalf("element %d: got %g, want exactly 0", j, gs[j])
					}
				}
			}
			if s.emptyRow && zeros < s.hq*s.tq*s.dv {
				t.Fatalf("batch 0 is fully masked but only %d zeros", zeros)
			}
		})
	}
}

// TestAttentionTiledThreads: the tiled kernel gives bit-identical results
// with 1 and 2 threads (work split by batch, head and query block).
func TestAttentionTiledThreads(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	defer llvm.SetThreads(64)
	for _, s := range []attnSpec{
		{d: ir.Float32, b: 2, hq: 4, hkv: 2, tq: 150, tk: 170, dk: 32, dv: 24, posRank: 1,
			attrs: ir.AttentionAttrs{Scale: 0.2, Causal: true, Window: 90, HasMask: true, HasPositions: true, HasSinks: true}},
		// long bidirectional: blocks of attnQBLong rows
		{d: ir.Float32, b: 1, hq: 2, hkv: 2, tq: 600, tk: 600, dk: 32, dv: 32, attrs: ir.AttentionAttrs{Scale: 0.2}},
		{d: ir.Float32, b: 2, hq: 4, hkv: 4, tq: 197, tk: 197, dk: 16, dv: 16, attrs: ir.AttentionAttrs{Scale: 0.2}},
	} {
		f, ins := s.build(rand.New(rand.NewSource(3)))
		var runs []*tensor.Tensor
		for _, n := range []int{1, 2} {
			if _, err := llvm.SetThreads(n); err != nil {
				t.Fatal(err)
			}
			runs = append(runs, runLLVM(t, f, ins))
		}
		if !runs[0].Equal(runs[1]) {
			t.Errorf("%+v: attention differs between 1 and 2 threads", s)
		}
	}
}

// TestAttentionTiledZMMIdentical: on an AVX-512F host the tiled kernel's
// score and value products run on <16 x float>; every lane is the same
// chain of FMAs as on <8 x float>, so the results are bit-identical to the
// AVX2 build's (Options.NoAVX512), with Dv a multiple of 16 (values on 16
// lanes, read in place or from the converted tile) or not (values on 8).
func TestAttentionTiledZMMIdentical(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	if !llvm.HostHasAVX512() {
		t.Skip("host has no AVX-512F: both builds are AVX2")
	}
	for _, s := range []attnSpec{
		{d: ir.Float32, b: 1, hq: 2, hkv: 2, tq: 150, tk: 150, dk: 64, dv: 64, attrs: ir.AttentionAttrs{Scale: 0.125}},
		{d: ir.Float32, b: 2, hq: 4, hkv: 2, tq: 70, tk: 130, dk: 20, dv: 24, posRank: 1,
			attrs: ir.AttentionAttrs{Scale: 0.2, Causal: true, HasMask: true, HasPositions: true, HasSinks: true}},
		{d: ir.BFloat16, b: 1, hq: 2, hkv: 1, tq: 40, tk: 90, dk: 32, dv: 48, attrs: ir.AttentionAttrs{Scale: 0.3, Causal: true, Window: 30}},
		// Bidirectional prefill: the row-vector kernel on AVX-512 (a
		// partial last group and key tile, masked keys and a fully masked
		// batch, sinks, GQA rows, half operands, Dv not a multiple of 8)
		// against the row-at-a-time kernel on AVX2.
		{d: ir.Float32, b: 1, hq: 3, hkv: 3, tq: 197, tk: 197, dk: 64, dv: 64, attrs: ir.AttentionAttrs{Scale: 0.125}},
		{d: ir.Float32, b: 2, hq: 4, hkv: 2, tq: 45, tk: 77, dk: 24, dv: 13, emptyRow: true,
			attrs: ir.AttentionAttrs{Scale: 0.3, HasMask: true, HasSinks: true}},
		{d: ir.BFloat16, b: 1, hq: 2, hkv: 2, tq: 33, tk: 70, dk: 16, dv: 20, attrs: ir.AttentionAttrs{Scale: 0.25, HasMask: true}},
	} {
		f, ins := s.build(rand.New(rand.NewSource(5)))
		zmm := runOn(t, llvm.Default(), f, ins)
		ymm := runOn(t, llvm.New(llvm.Options{NoAVX512: true}), f, ins)
		if !zmm.Equal(ymm) {
			t.Errorf("%+v: AVX-512 and AVX2 kernels differ", s)
		}
	}
}
