package xla

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// quantCase is one quant_matmul (or, with codebook, quant_matmul_codebook)
// of x (xShape) against an (n, K) weight.
type quantCase struct {
	bits, group int
	xdt, sdt    ir.DType // sdt: the scales' dtype (codebook: the op's dtype)
	xShape      ir.Shape
	n           int
	codebook    bool
}

func (c quantCase) String() string {
	kind := fmt.Sprintf("%dbit", c.bits)
	if c.codebook {
		kind = "codebook"
	}
	return fmt.Sprintf("%s_g%d_x%s%v_s%s_n%d", kind, c.group, c.xdt, c.xShape, c.sdt, c.n)
}

func (c quantCase) fn(t *testing.T) *ir.Func {
	t.Helper()
	k := c.xShape[len(c.xShape)-1]
	f := ir.NewFunc("quant")
	x := f.Param("x", ir.T(c.xdt, c.xShape...))
	var y *ir.Value
	var err error
	if c.codebook {
		q := f.Param("q", ir.T(ir.Uint8, c.n, k/2))
		am := f.Param("absmax", ir.T(ir.Float32, c.n, k/c.group))
		code := f.Param("code", ir.T(ir.Float32, 16))
		y, err = f.Emit(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: c.group, DType: c.sdt}, ir.Pos{}, x, q, am, code)
	} else {
		q := f.Param("q", ir.T(ir.Uint8, c.n, k*c.bits/8))
		s := f.Param("scales", ir.T(c.sdt, c.n, k/c.group))
		z := f.Param("zeros", ir.T(c.sdt, c.n, k/c.group))
		y, err = f.Emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: c.bits, GroupSize: c.group}, ir.Pos{}, x, q, s, z)
	}
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y}, nil)
	return f
}

// inputs are shaped like a checkpoint's: x normal, random bytes, scales
// around 0.05, integer zeros, nf4-like code values.
func (c quantCase) inputs(t *testing.T, f *ir.Func, r *rand.Rand) []*tensor.Tensor {
	t.Helper()
	var out []*tensor.Tensor
	for i, p := range f.Params {
		vs := make([]float64, p.Type.Shape.NumElements())
		for j := range vs {
			switch {
			case i == 0:
				vs[j] = r.NormFloat64()
			case i == 1:
				vs[j] = float64(r.Intn(256))
			case p.Name == "zeros":
				vs[j] = float64(r.Intn(1 << c.bits))
			case p.Name == "code":
				vs[j] = float64(j)/7.5 - 1
			default:
				vs[j] = 0.05 * (0.5 + r.Float64())
			}
		}
		x, err := tensor.FromFloat64(p.Type.DType, p.Type.Shape, vs)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, x)
	}
	return out
}

var quantRowsCases = []quantCase{
	{4, 32, ir.Float32, ir.Float32, ir.Shape{1, 96}, 8, false},
	{4, 128, ir.BFloat16, ir.BFloat16, ir.Shape{1, 1, 256}, 24, false},
	{4, 128, ir.BFloat16, ir.Float16, ir.Shape{1, 1, 384}, 16, false},
	{4, 64, ir.Float32, ir.Float16, ir.Shape{3, 128}, 7, false},
	{4, 256, ir.Float16, ir.Float32, ir.Shape{2, 4, 256}, 5, false}, // 8 rows
	{4, 64, ir.Float64, ir.Float32, ir.Shape{2, 64}, 3, false},
	{8, 16, ir.Float32, ir.Float32, ir.Shape{1, 48}, 8, false},
	{8, 8, ir.BFloat16, ir.Float16, ir.Shape{2, 24}, 5, false},
	{8, 128, ir.BFloat16, ir.BFloat16, ir.Shape{1, 1, 256}, 4, false},
	{4, 64, ir.Float32, ir.Float32, ir.Shape{1, 128}, 6, true},
	{4, 64, ir.BFloat16, ir.BFloat16, ir.Shape{1, 1, 128}, 9, true},
	{4, 64, ir.Float32, ir.Float16, ir.Shape{4, 64}, 3, true},
}

// TestQuantRowsMatchesInterp runs the xla pipeline's expansion of decode
// quant matmuls (passes.DecomposeQuantRows: multiply + reduce over the
// packed weight) on interp against the op itself: the weights are the
// op's exactly, only the summation order differs (float32: 1e-5 relative
// to max(1, |y|); half x: one rounding of the output, 1 ulp).
func TestQuantRowsMatchesInterp(t *testing.T) {
	r := rand.New(rand.NewSource(20))
	for _, c := range quantRowsCases {
		t.Run(c.String(), func(t *testing.T) {
			f := c.fn(t)
			in := c.inputs(t, f, r)
			want, err := interp.Eval(f, in...)
			if err != nil {
				t.Fatal(err)
			}
			g, err := backends.RunPipeline(pipeline(), f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range g.Values {
				if v.Op == ir.OpQuantMatmul || v.Op == ir.OpQuantMatmulCodebook || v.Op == ir.OpDotGeneral {
					t.Fatalf("the expansion still holds %s:\n%s", v.Op, g)
				}
			}
			got, err := interp.Eval(g, in...)
			if err != nil {
				t.Fatal(err)
			}
			split := f.Clone()
			if err := passes.DecomposeQuantRowsSplit(passes.QuantRowsMaxRows, 4)(split); err != nil {
				t.Fatal(err)
			}
			gotSplit, err := interp.Eval(split, in...)
			if err != nil {
				t.Fatal(err)
			}
			tol := 1e-5
			switch c.xdt {
			case ir.BFloat16:
				tol = 8e-3
			case ir.Float16:
				tol = 1e-3
			case ir.Float64:
				tol = 1e-12
			}
			if e := maxRelErr(t, got[0], want[0]); e > tol {
				t.Errorf("max rel err %.3g > %.3g", e, tol)
			}
			if e := maxRelErr(t, gotSplit[0], want[0]); e > tol {
				t.Errorf("reduction split in 4: max rel err %.3g > %.3g", e, tol)
			}
		})
	}
}

// TestQuantRowsLowering: a decode-shaped quant matmul lowers to one
// reduce, over the minor dim of (rows, N, packed columns) (4 bits: K/2,
// the bytes; 8 bits: K), of an elementwise expression of the packed
// bytes: no dot_general, no transpose, and for 4 bits no float (N, K)
// weight (the decomposition's dequantized matrix); prefill-shaped x keeps
// the dequantize + dot_general decomposition. With float16 or bfloat16
// scales no convert from them back to float32 touches anything of the
// weight's size: the weight's rounding to the scales' dtype is
// passes.RoundFloat32Exactly's float32 arithmetic, which XLA's GPU
// compiler cannot drop as it drops a convert pair (issue #20).
func TestQuantRowsLowering(t *testing.T) {
	const k, n = 4096, 512
	halfToF32 := regexp.MustCompile(`stablehlo\.convert"\(%[^)]*\) : \(tensor<([0-9x]*)x(f16|bf16)>\) -> tensor<[0-9x]*xf32>`)
	for _, c := range []quantCase{
		{4, 128, ir.BFloat16, ir.BFloat16, ir.Shape{1, 1, k}, n, false},
		{4, 128, ir.Float32, ir.Float16, ir.Shape{2, k}, n, false},
		{8, 128, ir.BFloat16, ir.Float16, ir.Shape{1, 1, k}, n, false},
		{4, 64, ir.BFloat16, ir.BFloat16, ir.Shape{1, 1, k}, n, true},
	} {
		m, err := Emit(c.fn(t), backends.CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		rows := c.xShape.NumElements() / k
		cols := k * c.bits / 8
		reduce := regexp.MustCompile(fmt.Sprintf(`dimensions = array<i64: 2> \} : \(tensor<%dx%dx%dxf32>`, rows, n, cols))
		dense := regexp.MustCompile(fmt.Sprintf(`tensor<%dx%dx(f32|bf16|f16)>`, n, k))
		if strings.Contains(m.Text, "dot_general") || strings.Contains(m.Text, "transpose") ||
			strings.Count(m.Text, "stablehlo.reduce") != 1 || !reduce.MatchString(m.Text) ||
			(c.bits == 4 && dense.MatchString(m.Text)) {
			t.Errorf("%s: want one reduce over (%d, %d, %d), no dot_general, transpose or (N, K) float weight:\n%s", c, rows, n, cols, m.Text)
		}
		for _, cv := range halfToF32.FindAllStringSubmatch(m.Text, -1) {
			if cv[1] != fmt.Sprintf("%dx%d", n, k/c.group) && !strings.HasSuffix(cv[1], fmt.Sprint(k)) {
				t.Errorf("%s: a convert from %s to f32 of shape %s (want only the scales/zeros (%d, %d) and x):\n%s", c, cv[2], cv[1], n, k/c.group, cv[0])
			}
		}
		if sub := subtractOfConstant(m.Text); sub != "" {
			t.Errorf("%s: XLA rewrites x - C as x + (-C) and folds it into an add of C before it (deleting a rounding): %s", c, sub)
		}
		if c.sdt != ir.Float32 && regexp.MustCompile(`-> tensor<[0-9x]*x`+map[ir.DType]string{ir.Float16: "f16", ir.BFloat16: "bf16"}[c.sdt]+`>`).MatchString(m.Text) && c.xdt == ir.Float32 {
			t.Errorf("%s: a convert to the scales' dtype (the rounding must be float32 arithmetic):\n%s", c, m.Text)
		}
	}
	split := quantCase{4, 128, ir.BFloat16, ir.Float16, ir.Shape{1, 1, k}, n, false}.fn(t)
	if err := passes.DecomposeQuantRowsSplit(passes.QuantRowsMaxRows, 4)(split); err != nil {
		t.Fatal(err)
	}
	if m, err := Emit(split, backends.CompileOptions{}); err != nil {
		t.Fatal(err)
	} else if !strings.Contains(m.Text, fmt.Sprintf("tensor<1x%dx4x%dxf32>", n, k/8)) || strings.Count(m.Text, "stablehlo.reduce") != 2 {
		t.Errorf("split 4: want (1, %d, 4, %d) reduced over its minor dim, then over the split:\n%s", n, k/8, m.Text)
	}
	pre := quantCase{4, 128, ir.BFloat16, ir.Float16, ir.Shape{1, 9, 256}, 64, false}
	m, err := Emit(pre.fn(t), backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "dot_general") {
		t.Errorf("9 rows (prefill) should keep dequantize + dot_general:\n%s", m.Text)
	}
	if strings.Contains(m.Text, "xf16>) -> tensor<64x256xf32>") || strings.Contains(m.Text, "-> tensor<64x128xf16>") {
		t.Errorf("prefill: the dequantized weight goes through float16 (XLA's GPU compiler drops that rounding):\n%s", m.Text)
	}
}

// subtractOfConstant returns the first float stablehlo.subtract of text
// whose right operand is a constant or a broadcast of one, or "".
func subtractOfConstant(text string) string {
	def := regexp.MustCompile(`^\s*(%[\w.]+) = "stablehlo\.(constant|broadcast_in_dim)"(\((%[\w.]+)\))?`)
	sub := regexp.MustCompile(`^\s*%[\w.]+ = "stablehlo\.subtract"\((%[\w.]+), (%[\w.]+)\) : .*xf(16|32|64)>\)`)
	constant := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if d := def.FindStringSubmatch(line); d != nil {
			constant[d[1]] = d[2] == "constant" || constant[d[4]]
		}
		if m := sub.FindStringSubmatch(line); m != nil && constant[m[2]] {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// runDevice compiles f on the default XLA device and runs it reps times
// on in, returning the last outputs and the mean seconds per run (the
// output downloaded after each run, so each is complete).
func runDevice(t *testing.T, f *ir.Func, in []*tensor.Tensor, reps int) ([]*tensor.Tensor, float64) {
	t.Helper()
	exe, err := Default().Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var args []backends.Buffer
	for _, x := range in {
		b, err := Default().Upload(x)
		if err != nil {
			t.Fatal(err)
		}
		defer b.Free()
		args = append(args, b)
	}
	var got []*tensor.Tensor
	var total time.Duration
	for i := 0; i < reps+1; i++ {
		start := time.Now()
		out, err := exe.Run(args, backends.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got = got[:0]
		for _, o := range out {
			x, err := o.Download()
			o.Free()
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, x)
		}
		if i > 0 { // the first run warms up
			total += time.Since(start)
		}
	}
	return got, total.Seconds() / float64(max(reps, 1))
}

// TestQuantRowsDevice runs the decode quant cases on the XLA device
// against interp (the tolerances of TestQuantRowsMatchesInterp, bf16 two
// output ulps), then times Llama-3-8B-shaped MLP projections (N 14336,
// K 4096, one token): the bf16 weight's dot_general and 4-bit group 128
// (float16, bfloat16 and float32 scales; float16 with the reduction
// split), logging each one's time, GB/s of the bytes it reads and speed
// against bf16.
func TestQuantRowsDevice(t *testing.T) {
	needDevice(t)
	r := rand.New(rand.NewSource(21))
	for _, c := range quantRowsCases {
		f := c.fn(t)
		in := c.inputs(t, f, r)
		want, err := interp.Eval(f, in...)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := runDevice(t, f, in, 0)
		tol := map[ir.DType]float64{ir.Float32: 1e-5, ir.BFloat16: 1.6e-2, ir.Float16: 2e-3, ir.Float64: 1e-12}[c.xdt]
		if e := maxRelErr(t, got[0], want[0]); e > tol {
			t.Errorf("%s: max rel err %.3g > %.3g", c, e, tol)
		}
	}
	// Eight distinct weights per call (4-bit: 235 MB, bf16: 940 MB, both
	// past L2), their outputs summed, so that launch and transfer overhead
	// are small beside the reads. The 4-bit variants: float16 scales (the
	// GPTQ checkpoints'), bfloat16 scales, float32 scales (no rounding: what
	// the exact rounding costs), and float16 with the reduction split in 4
	// (passes.DecomposeQuantRowsSplit, applied before Compile).
	const n, k, layers = 14336, 4096, 8
	type variant struct {
		name  string
		sdt   ir.DType // the scales' dtype; 0: bf16 weights and dot_general
		split int
	}
	stack := func(vr variant) (*ir.Func, []*tensor.Tensor, float64) {
		f := ir.NewFunc("stack_" + vr.name)
		x := f.Param("x", ir.T(ir.BFloat16, 1, 1, k))
		var sum *ir.Value
		bytes := 0
		for l := 0; l < layers; l++ {
			var y *ir.Value
			var err error
			if vr.sdt != 0 {
				q := f.Param(fmt.Sprint("q", l), ir.T(ir.Uint8, n, k/2))
				s := f.Param(fmt.Sprint("s", l), ir.T(vr.sdt, n, k/128))
				z := f.Param(fmt.Sprint("z", l), ir.T(vr.sdt, n, k/128))
				bytes += n*k/2 + 2*vr.sdt.Size()*n*k/128
				y, err = f.Emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: 4, GroupSize: 128}, ir.Pos{}, x, q, s, z)
			} else {
				w := f.Param(fmt.Sprint("w", l), ir.T(ir.BFloat16, n, k))
				bytes += 2 * n * k
				y, err = f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{2}, RhsContract: []int{1}, Out: ir.BFloat16}, ir.Pos{}, x, w)
			}
			if err == nil && sum != nil {
				y, err = f.Emit(ir.OpAdd, nil, ir.Pos{}, sum, y)
			}
			if err != nil {
				t.Fatal(err)
			}
			sum = y
		}
		f.SetResults([]*ir.Value{sum}, nil)
		if vr.split > 1 {
			if err := passes.DecomposeQuantRowsSplit(passes.QuantRowsMaxRows, vr.split)(f); err != nil {
				t.Fatal(err)
			}
		}
		var in []*tensor.Tensor
		for _, p := range f.Params {
			x, err := tensor.New(p.Type.DType, p.Type.Shape)
			if err != nil {
				t.Fatal(err)
			}
			in = append(in, x)
		}
		return f, in, float64(bytes)
	}
	bf, bin, bBytes := stack(variant{name: "bf16"})
	_, bs := runDevice(t, bf, bin, 20)
	t.Logf("%d one-token %dx%d projections, bf16 dot_general: %.0f us (%.0f GB/s)", layers, n, k, bs*1e6, bBytes/bs/1e9)
	for _, vr := range []variant{{"q4_f16", ir.Float16, 1}, {"q4_bf16", ir.BFloat16, 1}, {"q4_f32", ir.Float32, 1}, {"q4_f16_split4", ir.Float16, 4}} {
		qf, qin, qBytes := stack(vr)
		_, qs := runDevice(t, qf, qin, 20)
		t.Logf("%d one-token %dx%d projections, 4-bit group 128 %s: %.0f us (%.0f GB/s of packed bytes, scales and zeros included): %.2fx as fast as bf16",
			layers, n, k, vr.name, qs*1e6, qBytes/qs/1e9, bs/qs)
	}
}
