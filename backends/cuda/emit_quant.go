package cuda

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// Quantized GEMV: quant_matmul and quant_matmul_codebook with few rows of
// x (decode) run as one kernel that reads the packed weight once, instead
// of the op's decomposition (unpack, dequantize to a float (N, K) weight,
// GEMM), which materialises the float weight on every call.
//
//   - Each warp owns R consecutive output rows (R = quantRowsPerWarp / M,
//     at least 1: with one row of x a lane reuses each x load for 4 weight
//     rows). Its lanes stride over the row's packed blocks: 16 bytes (one
//     16-byte load, kiln_vec<16>) hold 32 inputs at 4 bits (kiln's
//     packing: byte j has input j in its low nibble and 16+j in its high
//     one) or 16 inputs at 8 bits (narrower loads where the group size
//     needs them). A block never straddles a group, so the block's scale
//     and zero (codebook: absmax) are loaded once for it.
//   - Each weight is exactly the op's, w = round_to(rdt, scale * (q -
//     zero)) with the product in float32 (codebook: code[q] * absmax, the
//     table in shared memory), in one of two forms per block:
//     the general one takes q by shift and mask, as float exactly (2^23 |
//     q, less 2^23: no conversion instruction), and rounds to float16 or
//     bfloat16 by the prelude's PTX cvt.rn and back (roundExpr), which no
//     compiler pass removes. The fast one (quantFast), taken where a
//     per-block check of the scales and zeros shows it equal, masks each
//     nibble in place (2^23 | q·2^k less 2^23 + z·2^k, times s·2^-k: the
//     same product) and rounds by float32 arithmetic (kiln_rn_f16n,
//     Veltkamp's split) or integer bit operations (kiln_rn_bf16), about 8
//     instructions a weight instead of 12: conversions issue at a fraction
//     of the arithmetic rate, and the kernel must decode a weight per
//     half byte read.
//   - x is read in chunks of 4 consecutive inputs (one vector load per row
//     of x) as float, multiplied into float32 accumulators acc[R][M] by
//     explicit fmaf (NVRTC runs with --fmad=false, which would otherwise
//     leave a multiply and an add).
//   - The lanes' sums meet in shared memory and one thread per (warp, row,
//     x row) adds its warp's 32 in lane order: the result does not depend
//     on timing, and is rounded once to x's dtype.
//
// The kernel loops over its rows with the grid and any block size that is
// a multiple of 32 (the emulation's smaller launches compute the same).

// quantGemvMaxRows is the most rows of x (the product of its leading
// dims) the quantized GEMV takes; larger x (prefill) keeps the op's
// decomposition (dequantize, then cuBLASLt's GEMM).
const quantGemvMaxRows = 8

// quantRowsPerWarp is the output rows a warp owns with one row of x (M
// rows: quantRowsPerWarp/M, at least 1): more rows reuse each x load,
// fewer make more blocks (4 at M = 1: 448 blocks of 8 warps for N =
// 14336). A variable so that the device tests can time the others.
var quantRowsPerWarp = 4

// nativeQuant false decomposes every quant_matmul (the device tests time
// the decomposition against the kernel).
var nativeQuant = true

// quantOK reports whether the quantized GEMV runs value v: quant_matmul
// (4 bits, or 8 bits with a group size that is a multiple of 4) or
// quant_matmul_codebook, x float32, float16 or bfloat16 with 1 to
// quantGemvMaxRows rows and K > 0, scales float32, float16 or bfloat16,
// and a non-empty result. The rest are decomposed by the pipeline.
func quantOK(v *ir.Value) bool {
	if !nativeQuant {
		return false
	}
	switch v.Op {
	case ir.OpQuantMatmul:
		a := v.Attrs.(*ir.QuantMatmulAttrs)
		if a.Bits == 8 && a.GroupSize%4 != 0 {
			return false
		}
		if !halfOrSingle(v.Args[2].Type.DType) {
			return false
		}
	case ir.OpQuantMatmulCodebook:
	default:
		return false
	}
	x := v.Args[0].Type
	if !halfOrSingle(x.DType) {
		return false
	}
	k := x.Shape[x.Shape.Rank()-1]
	if k <= 0 {
		return false
	}
	rows := x.Shape.NumElements() / k
	return rows >= 1 && rows <= quantGemvMaxRows && v.Type.Shape.NumElements() > 0
}

func halfOrSingle(d ir.DType) bool {
	return d == ir.Float32 || d == ir.Float16 || d == ir.BFloat16
}

// quantPlan is a quantized GEMV's sizes: M rows of x, N outputs, K
// inputs, R output rows per warp, bits, group size, E inputs per packed
// block of wb bytes, the scales' dtype (sdt; float32 for the codebook's
// absmax) and the dtype each weight rounds to (rdt).
type quantPlan struct {
	M, N, K, R, bits, gs, E, wb int
	codebook                    bool
	xdt, sdt, rdt               ir.DType
}

func planQuant(v *ir.Value) quantPlan {
	x := v.Args[0].Type
	k := x.Shape[x.Shape.Rank()-1]
	p := quantPlan{M: x.Shape.NumElements() / k, N: v.Type.Shape[v.Type.Shape.Rank()-1], K: k, xdt: x.DType, sdt: v.Args[2].Type.DType}
	switch a := v.Attrs.(type) {
	case *ir.QuantMatmulAttrs:
		p.bits, p.gs, p.rdt = a.Bits, a.GroupSize, p.sdt
	case *ir.QuantMatmulCodebookAttrs:
		p.bits, p.gs, p.rdt, p.codebook = 4, a.GroupSize, a.DType, true
	}
	p.R = max(1, quantRowsPerWarp/p.M)
	if p.bits == 4 {
		p.wb, p.E = 16, 32
	} else {
		p.wb = 4
		for _, w := range []int{16, 8} {
			if p.gs%w == 0 {
				p.wb = w
				break
			}
		}
		p.E = p.wb
	}
	return p
}

// quantMatmul emits quant_matmul or quant_matmul_codebook value v (the
// at'th of the function; quantOK) as the quantized GEMV into out.
func (g *gen) quantMatmul(v *ir.Value, at int, out bufRef, what string) error {
	p := planQuant(v)
	refs, err := g.storedArgs(v, at, what)
	if err != nil {
		return err
	}
	k := g.newKernel("qgemv")
	xp := k.param(refs[0], p.xdt, false)
	qp := k.param(refs[1], ir.Uint8, false)
	sp := k.param(refs[2], p.sdt, false)
	var zp, cp string
	if p.codebook {
		cp = k.param(refs[3], ir.Float32, false)
	} else {
		zp = k.param(refs[3], p.sdt, false)
	}
	op := k.param(out, v.Type.DType, true)
	M, N, K, R := p.M, p.N, p.K, p.R
	G := K / p.gs
	rowBytes := K * p.bits / 8
	blocks := rowBytes / p.wb // packed blocks per row
	words := p.wb / 4
	halves := 1
	if p.bits == 4 {
		halves = 2
	}
	xs := stype(p.xdt)
	es := p.xdt.Size()

	k.line("const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;")
	k.line("__shared__ float red[%d][%d][33];", blockSize/32, R*M)
	if p.codebook {
		k.line("__shared__ float cb[16];")
		k.line("if (threadIdx.x < 16) cb[threadIdx.x] = %s[threadIdx.x];", cp)
		k.line("__syncthreads();")
		if p.rdt != ir.Float32 {
			// The smallest non-zero and the largest magnitude of the
			// table (NaN if it holds one), for the rounding's check.
			k.line("float cmin = __int_as_float(0x7f800000), cmax = 0.0f;")
			k.open("for (int i = 0; i < 16; ++i)")
			k.line("const float a = fabsf(cb[i]);")
			k.line("if (a != 0.0f && a < cmin) cmin = a;")
			k.line("if (!(a <= cmax)) cmax = a;")
			k.close()
		}
	}
	k.line("const long long units = (%dLL + (long long)warps * %d - 1) / ((long long)warps * %d);", N, R, R)
	k.open("for (long long u = blockIdx.x; u < units; u += gridDim.x)")
	k.line("const long long nb = (u * warps + warp) * %d;", R)
	k.line("float acc[%d][%d] = {};", R, M)
	// Rows past N (the last unit's) compute on row N-1 and store nothing.
	for r := 0; r < R; r++ {
		k.line("const long long n%d = nb + %d < %dLL ? nb + %d : %dLL;", r, r, N, r, N-1)
	}
	k.open("for (int b = lane; b < %d; b += 32)", blocks)
	k.line("const int g = (int)(((long long)b * %d) / %d);", p.E, p.gs)
	for r := 0; r < R; r++ {
		k.line("union { kiln_vec<%d> v; unsigned int w[%d]; } q%d_u; q%d_u.v = *(const kiln_vec<%d>*)(%s + n%d * %dLL + (long long)b * %d);",
			p.wb, words, r, r, p.wb, qp, r, rowBytes, p.wb)
		k.line("const float s%d = %s;", r, loadExpr(p.sdt, fmt.Sprintf("%s[n%d * %dLL + g]", sp, r, G)))
		if !p.codebook {
			k.line("const float z%d = %s;", r, loadExpr(p.sdt, fmt.Sprintf("%s[n%d * %dLL + g]", zp, r, G)))
		}
	}
	fast := quantFast(p)
	// block emits the block's products: the general form (each weight
	// s * ((float)q - z), rounded by the conversions) or, fast, the
	// checked one (fastPath).
	block := func(isFast bool) {
		kstep, ks := 4, 4 // the nibbles' bit offsets in a 16-bit half of a word
		if p.bits == 8 {
			kstep, ks = 8, 2
		}
		if isFast && !p.codebook {
			for r := 0; r < R; r++ {
				var sk, zk []string
				for i := 0; i < ks; i++ {
					sk = append(sk, fmt.Sprintf("__fmul_rn(s%d, 0x1p-%df)", r, i*kstep))
					zk = append(zk, fmt.Sprintf("8388608.0f + z%d * %d.0f", r, 1<<(i*kstep)))
				}
				k.line("const float sk%d[%d] = {%s};", r, ks, strings.Join(sk, ", "))
				k.line("const float zk%d[%d] = {%s};", r, ks, strings.Join(zk, ", "))
			}
		}
		k.line("#pragma unroll")
		k.open("for (int c = 0; c < %d; ++c)", words)
		k.line("#pragma unroll")
		k.open("for (int h = 0; h < %d; ++h)", halves)
		// The 4 inputs of word c in half h: b*E + h*16 + 4c .. +3 (8 bits: b*E + 4c).
		k.line("const long long i0 = (long long)b * %d + h * 16 + c * 4;", p.E)
		for m := 0; m < M; m++ {
			k.line("%s", vecLoad(fmt.Sprintf("x%d", m), xs, 4*es, es, fmt.Sprintf("%s + %dLL + i0", xp, m*K)))
		}
		k.line("#pragma unroll")
		k.open("for (int j = 0; j < 4; ++j)")
		shift := "8 * j + 4 * h"
		mask := "15u"
		ki := "2 * (j & 1) + h"
		if p.bits == 8 {
			shift, mask, ki = "8 * j", "255u", "j & 1"
		}
		for m := 0; m < M; m++ {
			k.line("const float xe%d = %s;", m, loadExpr(p.xdt, fmt.Sprintf("x%d[j]", m)))
		}
		if isFast && !p.codebook {
			k.line("const int ki = %s;", ki)
		}
		for r := 0; r < R; r++ {
			switch {
			case isFast && !p.codebook:
				// q·2^k exactly: the bits 2^23 | q·2^k (k = kstep·ki <= 12
				// in the word's 16-bit half) less 2^23 + z·2^k, times
				// s·2^-k: the product s·(q - z) of the general form.
				k.line("const unsigned int hw%d = j < 2 ? q%d_u.w[c] : q%d_u.w[c] >> 16;", r, r, r)
				k.line("const float d%d = __uint_as_float(0x4B000000u | (hw%d & (%s << (%d * ki)))) - zk%d[ki];", r, r, mask, kstep, r)
				k.line("const float pw%d = __fmul_rn(d%d, sk%d[ki]);", r, r, r)
			case p.codebook:
				k.line("const unsigned int c%d = (q%d_u.w[c] >> (%s)) & %s;", r, r, shift, mask)
				k.line("const float pw%d = __fmul_rn(cb[c%d], s%d);", r, r, r)
			default:
				k.line("const unsigned int c%d = (q%d_u.w[c] >> (%s)) & %s;", r, r, shift, mask)
				// float(q) exactly: the float with bits 2^23 | q is 2^23 + q.
				k.line("const float pw%d = s%d * ((__uint_as_float(0x4B000000u | c%d) - 8388608.0f) - z%d);", r, r, r, r)
			}
			w := roundExpr(p.rdt, fmt.Sprintf("pw%d", r))
			if isFast && fast.round != "" {
				w = fmt.Sprintf("%s(pw%d)", fast.round, r)
			} else if isFast {
				w = fmt.Sprintf("pw%d", r)
			}
			k.line("const float w%d = %s;", r, w)
			for m := 0; m < M; m++ {
				k.line("acc[%d][%d] = fmaf(xe%d, w%d, acc[%d][%d]);", r, m, m, r, r, m)
			}
		}
		k.close()
		k.close()
		k.close()
	}
	if fast.check != nil {
		// Where every row's block passes the check, the fast form equals
		// the general one; else the general one runs.
		var conds []string
		for r := 0; r < R; r++ {
			conds = append(conds, "("+fast.check(r)+")")
		}
		k.open("if (%s)", strings.Join(conds, " && "))
		block(true)
		k.indent = k.indent[2:]
		k.open("} else")
		block(false)
		k.close()
	} else {
		block(false)
	}
	k.close()
	k.open("for (int r = 0; r < %d; ++r)", R)
	k.open("for (int m = 0; m < %d; ++m)", M)
	k.line("red[warp][r * %d + m][lane] = acc[r][m];", M)
	k.close()
	k.close()
	k.line("__syncthreads();")
	k.open("for (int t = threadIdx.x; t < warps * %d; t += blockDim.x)", R*M)
	k.line("const int w = t / %d, rm = t %% %d, r = rm / %d, m = rm %% %d;", R*M, R*M, M, M)
	k.line("const long long n = (u * warps + w) * %d + r;", R)
	k.open("if (n < %dLL)", N)
	k.line("float sum = 0.0f;")
	k.line("for (int l = 0; l < 32; ++l) sum += red[w][rm][l];")
	k.line("%s[(long long)m * %dLL + n] = %s;", op, N, storeExpr(v.Type.DType, "sum"))
	k.close()
	k.close()
	k.line("__syncthreads();")
	k.close()
	k.finish(what, min((N+8*R-1)/(8*R), maxGrid))
	return nil
}

// fastPath is a quantized GEMV's fast form of a block: each weight
// rounded by round (a prelude function; "" for none: float32) instead of
// the two conversions, and for quant_matmul the nibble taken in place
// (fewer instructions a weight), valid where check(r), an expression of
// row r's s<r> and z<r>, holds for every row. nil check: no fast form
// (the codebook's float32 weights need no rounding).
type fastPath struct {
	round string
	check func(r int) string
}

// quantFast is p's fastPath. quant_matmul's in-place nibbles need an
// integer zero with |z| <= 1024 (2^23 + z·2^12 is exact) and a scale
// whose s·2^-12 is exact (|s| >= 2^-100; and <= 2^100, so no weight
// overflows). Float16 rounding (kiln_rn_f16n, exact for 0 and float16's
// normal range): a weight s·(q - z) is 0 or of magnitude between |s| and
// |s|·(qmax + |z|), so |s| >= 2^-14 and |s|·(qmax + |z|) <= 65504 keep it
// in range (float32 rounding is monotonic); the codebook's bound is
// |absmax| times the table's smallest non-zero and largest magnitudes.
// Bfloat16 (kiln_rn_bf16, exact but for NaN): finite absmax and table
// make no NaN. Blocks that fail (subnormal or huge scales, fractional or
// large zeros, a NaN) take the general form.
func quantFast(p quantPlan) fastPath {
	const flt16Max, flt32Max = "65504.0f", "0x1.fffffep127f"
	round := map[ir.DType]string{ir.Float16: "kiln_rn_f16n", ir.BFloat16: "kiln_rn_bf16"}[p.rdt]
	if p.codebook {
		switch p.rdt {
		case ir.Float16:
			return fastPath{round, func(r int) string {
				return fmt.Sprintf("fabsf(s%d) * cmin >= 0x1p-14f && fabsf(s%d) * cmax <= %s", r, r, flt16Max)
			}}
		case ir.BFloat16:
			return fastPath{round, func(r int) string {
				return fmt.Sprintf("fabsf(s%d) <= %s && cmax <= %s", r, flt32Max, flt32Max)
			}}
		}
		return fastPath{}
	}
	qmax := 1<<p.bits - 1
	return fastPath{round, func(r int) string {
		c := fmt.Sprintf("z%d == rintf(z%d) && fabsf(z%d) <= 1024.0f && ", r, r, r)
		if p.rdt == ir.Float16 {
			return c + fmt.Sprintf("fabsf(s%d) >= 0x1p-14f && fabsf(s%d) * (%d.0f + fabsf(z%d)) <= %s", r, r, qmax, r, flt16Max)
		}
		return c + fmt.Sprintf("fabsf(s%d) >= 0x1p-100f && fabsf(s%d) <= 0x1p100f", r, r)
	}}
}
