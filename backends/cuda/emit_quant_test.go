package cuda

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// nf4Table is bitsandbytes' NormalFloat4 code table.
var nf4Table = []float64{
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
	-0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
	0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
	0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
}

// quantSpec is one quantized projection: M rows of x (dtype xdt) times an
// (N, K) weight packed at bits with groups of gs and scales of sdt, or
// (codebook) nf4 codes with float32 absmax rounded to sdt.
type quantSpec struct {
	name     string
	bits, gs int
	codebook bool
	xdt, sdt ir.DType
	M, K, N  int
	// awkward: scales (absmax) near 2^-20 and x scaled by 2^14, so that
	// the weights are float16 subnormals and their rounding shows in
	// the result, and every other group's zero fractional: blocks the
	// integer rounding's check must send to the conversions.
	awkward bool
}

// quantFunc builds spec's function and random checkpoint-like inputs: x
// normal, random packed bytes, positive scales around 0.01 (absmax
// around 0.1) and integer zero points.
func quantFunc(t *testing.T, r *rand.Rand, c quantSpec) (*ir.Func, []*tensor.Tensor) {
	t.Helper()
	f := ir.NewFunc(c.name)
	G := c.K / c.gs
	x := f.Param("x", ir.T(c.xdt, 1, c.M, c.K))
	q := f.Param("qweight", ir.T(ir.Uint8, c.N, c.K*c.bits/8))
	qb := make([]int64, c.N*c.K*c.bits/8)
	for i := range qb {
		qb[i] = int64(r.Intn(256))
	}
	sv, zv := make([]float64, c.N*G), make([]float64, c.N*G)
	for i := range sv {
		sv[i] = 0.01 * (0.5 + r.Float64())
		zv[i] = float64(r.Intn(1 << c.bits))
		if c.awkward {
			sv[i] = 0x1p-20 * (1 + r.Float64())
			zv[i] += 0.5 * float64(i%2)
		}
	}
	xin := randTensor(t, r, c.xdt, 1, c.M, c.K)
	if c.awkward {
		xv := xin.Float64s()
		for i := range xv {
			xv[i] *= 0x1p14
		}
		xin = mustT(t)(tensor.FromFloat64(c.xdt, xin.Shape, xv))
	}
	in := []*tensor.Tensor{xin, mustT(t)(tensor.FromInt64(ir.Uint8, ir.Shape{c.N, c.K * c.bits / 8}, qb))}
	var y *ir.Value
	var err error
	if c.codebook {
		for i := range sv {
			sv[i] *= 10
		}
		s := f.Param("absmax", ir.T(ir.Float32, c.N, G))
		code := f.Param("code", ir.T(ir.Float32, 16))
		in = append(in, mustT(t)(tensor.FromFloat64(ir.Float32, ir.Shape{c.N, G}, sv)), mustT(t)(tensor.FromFloat64(ir.Float32, ir.Shape{16}, nf4Table)))
		y, err = f.Emit(ir.OpQuantMatmulCodebook, &ir.QuantMatmulCodebookAttrs{GroupSize: c.gs, DType: c.sdt}, ir.Pos{}, x, q, s, code)
	} else {
		s := f.Param("scales", ir.T(c.sdt, c.N, G))
		z := f.Param("zeros", ir.T(c.sdt, c.N, G))
		in = append(in, mustT(t)(tensor.FromFloat64(c.sdt, ir.Shape{c.N, G}, sv)), mustT(t)(tensor.FromFloat64(c.sdt, ir.Shape{c.N, G}, zv)))
		y, err = f.Emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: c.bits, GroupSize: c.gs}, ir.Pos{}, x, q, s, z)
	}
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	f.SetResults([]*ir.Value{y}, nil)
	return f, in
}

// quantFuncs are extraFuncs for the quantized GEMV (emit_quant.go):
// Llama-3-8B's projections at 1/16 scale (hidden 256, MLP 896, group
// 128, float16 scales: a GPTQ checkpoint's layout) with bf16 and f32 x at
// M = 1 and M = 8 (R = 4 and 1 rows per warp), the down projection (K =
// 896: 7 groups a row, 28 blocks: lanes without a block), bf16 scales,
// 8 bits with groups of 8 (8-byte loads), and nf4 with bf16 weights.
func quantFuncs(t *testing.T, r *rand.Rand) []extraFunc {
	t.Helper()
	tol := map[ir.DType]float64{ir.Float32: 1e-5, ir.Float16: 3e-3, ir.BFloat16: 2e-2}
	var out []extraFunc
	for _, c := range []quantSpec{
		{name: "q4_llama8b_16th_up_m1_bf16", bits: 4, gs: 128, xdt: ir.BFloat16, sdt: ir.Float16, M: 1, K: 256, N: 896},
		{name: "q4_llama8b_16th_down_m1_f32", bits: 4, gs: 128, xdt: ir.Float32, sdt: ir.Float16, M: 1, K: 896, N: 256},
		{name: "q4_llama8b_16th_up_m8_bf16", bits: 4, gs: 128, xdt: ir.BFloat16, sdt: ir.Float16, M: 8, K: 256, N: 896},
		{name: "q4_m3_f16_bf16_scales_tail", bits: 4, gs: 64, xdt: ir.Float16, sdt: ir.BFloat16, M: 3, K: 192, N: 13},
		{name: "q8_m2_f32_groups_of_8", bits: 8, gs: 8, xdt: ir.Float32, sdt: ir.Float16, M: 2, K: 40, N: 9},
		{name: "q4_m1_f16_scales_awkward_groups", bits: 4, gs: 32, xdt: ir.Float32, sdt: ir.Float16, M: 1, K: 192, N: 24, awkward: true},
		{name: "nf4_m2_f16_weights_awkward_groups", bits: 4, gs: 32, codebook: true, xdt: ir.Float32, sdt: ir.Float16, M: 2, K: 96, N: 12, awkward: true},
		{name: "nf4_m1_bf16_weights", bits: 4, gs: 64, codebook: true, xdt: ir.BFloat16, sdt: ir.BFloat16, M: 1, K: 256, N: 40},
	} {
		f, in := quantFunc(t, r, c)
		out = append(out, extraFunc{f, in, tol[c.xdt]})
	}
	return out
}

// TestQuantKernelChoice pins which quant_matmul values the quantized GEMV
// runs: decode-sized x of f32/f16/bf16 with f32/f16/bf16 scales; prefill
// (M > 8), f64 x and 8-bit groups that are not a multiple of 4 keep the
// decomposition (a dot_general over the dequantized weight).
func TestQuantKernelChoice(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, c := range []struct {
		spec   quantSpec
		native bool
	}{
		{quantSpec{name: "decode_q4", bits: 4, gs: 128, xdt: ir.BFloat16, sdt: ir.Float16, M: 1, K: 256, N: 64}, true},
		{quantSpec{name: "m8_q4", bits: 4, gs: 32, xdt: ir.Float32, sdt: ir.Float32, M: 8, K: 64, N: 8}, true},
		{quantSpec{name: "decode_nf4", bits: 4, gs: 64, codebook: true, xdt: ir.Float16, sdt: ir.Float16, M: 1, K: 128, N: 8}, true},
		{quantSpec{name: "q8_groups_of_4", bits: 8, gs: 4, xdt: ir.Float32, sdt: ir.Float16, M: 1, K: 8, N: 8}, true},
		{quantSpec{name: "prefill_q4", bits: 4, gs: 32, xdt: ir.BFloat16, sdt: ir.Float16, M: 9, K: 64, N: 8}, false},
		{quantSpec{name: "f64_x", bits: 4, gs: 32, xdt: ir.Float64, sdt: ir.Float32, M: 1, K: 64, N: 8}, false},
		{quantSpec{name: "f64_scales", bits: 4, gs: 32, xdt: ir.Float32, sdt: ir.Float64, M: 1, K: 64, N: 8}, false},
		{quantSpec{name: "q8_groups_of_6", bits: 8, gs: 6, xdt: ir.Float32, sdt: ir.Float16, M: 1, K: 12, N: 8}, false},
	} {
		f, _ := quantFunc(t, r, c.spec)
		if got := quantOK(f.Results[0]); got != c.native {
			t.Errorf("%s: quantOK = %v, want %v", c.spec.name, got, c.native)
		}
		src, err := Generate(f, backends.CompileOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.spec.name, err)
		}
		kernel := strings.Contains(src, "_qgemv(")
		dot := strings.Contains(src, "dot_general")
		if kernel != c.native || dot == c.native {
			t.Errorf("%s: quantized GEMV emitted %v, dot_general %v; want the kernel %v", c.spec.name, kernel, dot, c.native)
		}
	}
}

// TestQuantPlan pins the kernel's sizes: R = 4/M output rows per warp,
// 16-byte blocks of 32 inputs at 4 bits, and at 8 bits the widest of
// 16/8/4 bytes that divides the group.
func TestQuantPlan(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, c := range []struct {
		spec     quantSpec
		R, wb, E int
	}{
		{quantSpec{name: "q4_m1", bits: 4, gs: 128, xdt: ir.BFloat16, sdt: ir.Float16, M: 1, K: 256, N: 64}, 4, 16, 32},
		{quantSpec{name: "q4_m3", bits: 4, gs: 32, xdt: ir.BFloat16, sdt: ir.Float16, M: 3, K: 64, N: 64}, 1, 16, 32},
		{quantSpec{name: "q8_m2_g16", bits: 8, gs: 16, xdt: ir.Float32, sdt: ir.Float16, M: 2, K: 64, N: 8}, 2, 16, 16},
		{quantSpec{name: "q8_g8", bits: 8, gs: 8, xdt: ir.Float32, sdt: ir.Float16, M: 1, K: 64, N: 8}, 4, 8, 8},
		{quantSpec{name: "q8_g12", bits: 8, gs: 12, xdt: ir.Float32, sdt: ir.Float16, M: 8, K: 24, N: 8}, 1, 4, 4},
	} {
		f, _ := quantFunc(t, r, c.spec)
		p := planQuant(f.Results[0])
		if p.R != c.R || p.wb != c.wb || p.E != c.E {
			t.Errorf("%s: R %d, block %d bytes of %d inputs; want %d, %d, %d", c.spec.name, p.R, p.wb, p.E, c.R, c.wb, c.E)
		}
	}
}

// roundingCheck is a host program (compiled with the host shim and the
// prelude) that compares the prelude's integer roundings with the
// conversions they replace: kiln_rn_f16n on every float16 value, the
// midpoints to its neighbours and 3 float32 ulps either side of both,
// where the helper's contract holds (0 or float16's normal range);
// kiln_rn_bf16 likewise on every bfloat16 value and midpoint (NaN
// excepted); both on every 4099th float32 bit pattern. It prints the
// count checked and exits 1 on any difference.
const roundingCheck = `
int main() {
  long n = 0, bad = 0;
  auto same = [&](const char* what, float x, float got, float want) {
    n++;
    if (__float_as_int(got) != __float_as_int(want) && bad++ < 5) std::printf("%s(%a) = %a, want %a\n", what, x, got, want);
  };
  auto f16 = [&](unsigned int u) {
    float x = __uint_as_float(u), a = std::fabs(x);
    if (x == 0 || (a >= 0x1p-14f && a <= 65504.0f)) same("kiln_rn_f16n", x, kiln_rn_f16n(x), kiln_h2f(kiln_f2h(x)));
  };
  auto bf16 = [&](unsigned int u) {
    float x = __uint_as_float(u);
    if (x == x) same("kiln_rn_bf16", x, kiln_rn_bf16(x), kiln_bf2f(kiln_f2bf(x)));
  };
  for (unsigned int h = 0; h < 65536; h++) {
    unsigned int u = (unsigned int)__float_as_int(kiln_h2f((unsigned short)h));
    float nx = kiln_h2f((unsigned short)(h + 1));
    unsigned int mid = (unsigned int)__float_as_int((kiln_h2f((unsigned short)h) + nx) / 2);
    unsigned int b = h << 16;
    for (int d = -3; d <= 3; d++) {
      f16(u + d);
      if (nx == nx) f16(mid + d);
      bf16(b + d);
      bf16(b + 0x8000u + d);
    }
  }
  for (unsigned long long u = 0; u < (1ull << 32); u += 4099) {
    f16((unsigned int)u);
    bf16((unsigned int)u);
  }
  std::printf("checked %ld\n", n);
  return bad != 0;
}
`

// TestRoundingHelpersMatchConversions runs roundingCheck with the host
// C++ compiler: the quantized GEMV's integer roundings equal the
// conversions (the host shim's kiln_f2h is the C++ compiler's float16
// conversion, round to nearest even, as PTX cvt.rn).
func TestRoundingHelpersMatchConversions(t *testing.T) {
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++ to compile the check with")
	}
	shim, err := filepath.Abs(filepath.Join("testdata", "host_shim.h"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src, bin := filepath.Join(dir, "round.cpp"), filepath.Join(dir, "round")
	if err := os.WriteFile(src, []byte(prelude+roundingCheck), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cxx, "-std=c++20", "-O1", "-ffp-contract=off", "-include", shim, "-o", bin, src).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cxx, err, out)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil {
		t.Fatalf("the roundings differ: %v\n%s", err, out)
	}
	t.Logf("%s", strings.TrimSpace(string(out)))
}
