package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// GEMV: a GEMM with few rows (M <= maxGemvRows, decode's one-token
// projections) is a kernel of its own instead of a cuBLASLt call. Its time
// is reading the weight (the rhs), so the kernel reads every weight element
// once, with the widest loads the layout allows, and keeps all M rows'
// float32 accumulators in registers:
//
//   - rhs stored (batch, N, K) (rhsTrans: a Linear's weight, x · wᵀ): one
//     warp per output column n; the lanes stride over the contiguous row
//     n of the weight with vector loads, then the lanes' partial dot
//     products are added in lane order through shared memory. Blocks
//     loop over groups of columns.
//   - rhs stored (batch, K, N): each lane owns vec consecutive columns and
//     each warp a slice of K (k = warp, warp + warps, ...); the warps'
//     partial sums are added in shared memory in warp order. A block
//     covers 32·vec columns.
//
// The lhs (M rows of K, or K rows of M when lhsTrans) is read through the
// cache by every warp (with the weight's vector loads in the first layout
// when it is not transposed). A bias epilogue (biasOf) is added to the float32
// sum before the single rounding to the output dtype, as cuBLASLt's
// epilogue does. The result is written whole; the kernels loop over their
// work with the grid and any block size that is a multiple of 32 (at most
// 256), so the emulation's smaller launches compute the same thing.

// maxGemvRows bounds M for the GEMV path; larger GEMMs go to cuBLASLt.
// A variable so that the device tests can time cuBLASLt on the same GEMM.
var maxGemvRows = 8

// useGemv reports whether GEMM p runs as the GEMV kernel.
func useGemv(p *gemmPlan) bool { return p.M <= maxGemvRows }

// vecBytes is the widest load (16, 8 or 4 bytes) that divides a row of
// n elements of es bytes, or es itself (scalar loads). Every buffer base
// is at least 64-byte aligned (device allocations, workspace slots), so a
// row whose byte length the width divides starts aligned too.
func vecBytes(n, es int) int {
	for _, w := range []int{16, 8, 4} {
		if w > es && (n*es)%w == 0 {
			return w
		}
	}
	return es
}

// vecLoad is the statement declaring array name[vec] (storage type st) as
// one load of vb bytes at address expr (kiln_vec, from the prelude).
func vecLoad(name, st string, vb, es int, expr string) string {
	if vb == es {
		return fmt.Sprintf("const %s %s[1] = {%s};", st, name, "*("+expr+")")
	}
	return fmt.Sprintf("union { kiln_vec<%d> v; %s a[%d]; } %s_u; %s_u.v = *(const kiln_vec<%d>*)(%s); const %s* %s = %s_u.a;",
		vb, st, vb/es, name, name, vb, expr, st, name, name)
}

// gemv emits GEMM p of v as a GEMV kernel: out = lhs · rhs (+ bias when
// hasBias).
func (g *gen) gemv(v *ir.Value, at int, p *gemmPlan, lhs, rhs, out, bias bufRef, hasBias bool, what string) {
	if s := gemvSplits(p); s > 1 {
		g.gemvSplitK(at, p, s, lhs, rhs, out, bias, hasBias, what)
		return
	}
	k := g.newKernel("gemv")
	x := k.param(lhs, p.lhsType, false)
	w := k.param(rhs, p.rhsType, false)
	o := k.param(out, p.outType, true)
	bterm := ""
	if hasBias {
		b := k.param(bias, p.outType, false)
		bterm = " + " + loadExpr(p.outType, b+"[n]")
	}
	M, N, K := p.M, p.N, p.K
	// xAt is the lhs element (m, kk) of batch bt, as float.
	xAt := func(m int, kk string) string {
		if p.lhsTrans {
			return loadExpr(p.lhsType, fmt.Sprintf("%s[bt * %dLL + (%s) * %dLL + %d]", x, M*K, kk, M, m))
		}
		return loadExpr(p.lhsType, fmt.Sprintf("%s[bt * %dLL + %dLL + (%s)]", x, M*K, m*K, kk))
	}
	es := p.rhsType.Size()
	st := stype(p.rhsType)
	k.line("const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;")

	var grid int
	if p.rhsTrans {
		vb := vecBytes(K, es)
		vec := vb / es
		k.line("__shared__ float red[%d][%d][33];", blockSize/32, M)
		k.line("const long long groups = (%dLL + warps - 1) / warps;", N)
		k.open("for (long long u = blockIdx.x; u < %dLL * groups; u += gridDim.x)", p.batch)
		k.line("const long long bt = u / groups, n = (u %% groups) * warps + warp;")
		k.line("float acc[%d] = {};", M)
		k.open("if (n < %dLL)", N)
		k.line("const %s* row = %s + bt * %dLL + n * %dLL;", st, w, N*K, K)
		k.open("for (long long c = (long long)lane * %d; c < %dLL; c += %d)", vec, K, 32*vec)
		k.line("%s", vecLoad("wv", st, vb, es, "row + c"))
		// The lhs rows have the weight rows' length and dtype, so they
		// take the same vector loads (unless stored transposed).
		xvec := !p.lhsTrans && vec > 1
		if xvec {
			for m := 0; m < M; m++ {
				k.line("%s", vecLoad(fmt.Sprintf("xv%d", m), st, vb, es, fmt.Sprintf("%s + bt * %dLL + %dLL + c", x, M*K, m*K)))
			}
		}
		k.line("#pragma unroll")
		k.open("for (int e = 0; e < %d; ++e)", vec)
		k.line("const float we = %s;", loadExpr(p.rhsType, "wv[e]"))
		for m := 0; m < M; m++ {
			xe := xAt(m, "c + e")
			if xvec {
				xe = loadExpr(p.lhsType, fmt.Sprintf("xv%d[e]", m))
			}
			k.line("acc[%d] += %s * we;", m, xe)
		}
		k.close()
		k.close()
		k.close()
		// The lanes' sums meet in shared memory (rows padded to 33: no
		// bank conflicts) and one thread per (warp, row) adds its warp's
		// 32 in lane order: two barriers per unit instead of 5·M shuffles
		// (which the CPU emulation runs as block-wide rounds).
		k.open("for (int m = 0; m < %d; ++m)", M)
		k.line("red[warp][m][lane] = acc[m];")
		k.close()
		k.line("__syncthreads();")
		k.open("for (int t = threadIdx.x; t < warps * %d; t += blockDim.x)", M)
		k.line("const int w = t / %d, m = t %% %d;", M, M)
		k.line("const long long nw = (u %% groups) * warps + w;")
		k.open("if (nw < %dLL)", N)
		k.line("float sum = 0.0f;")
		k.line("for (int l = 0; l < 32; ++l) sum += red[w][m][l];")
		bt := ""
		if hasBias {
			bt = " + " + loadExpr(p.outType, k.param(bias, p.outType, false)+"[nw]")
		}
		k.line("%s[bt * %dLL + (long long)m * %dLL + nw] = %s;", o, M*N, N, storeExpr(p.outType, "sum"+bt))
		k.close()
		k.close()
		k.line("__syncthreads();")
		k.close()
		grid = min(p.batch*((N+7)/8), maxGrid)
	} else {
		vb := vecBytes(N, es)
		vec := vb / es
		cols := 32 * vec
		k.line("__shared__ float part[%d];", M*cols)
		k.line("const long long groups = %dLL;", (N+cols-1)/cols)
		k.open("for (long long u = blockIdx.x; u < %dLL * groups; u += gridDim.x)", p.batch)
		k.line("const long long bt = u / groups, n0 = (u %% groups) * %dLL + (long long)lane * %d;", cols, vec)
		k.line("float acc[%d][%d] = {};", M, vec)
		k.open("if (n0 < %dLL)", N)
		gemvNNRows(k, p, fmt.Sprintf("for (long long c = warp; c < %dLL; c += warps)", K), w, st, vb, es, xAt)
		k.close()
		gemvWarpOrderSum(k, M, cols, vec)
		k.open("for (int t = threadIdx.x; t < %d; t += blockDim.x)", M*cols)
		k.line("const long long n = (u %% groups) * %dLL + t %% %d;", cols, cols)
		k.open("if (n < %dLL)", N)
		k.line("const int m = t / %d;", cols)
		k.line("%s[bt * %dLL + (long long)m * %dLL + n] = %s;", o, M*N, N, storeExpr(p.outType, "part[t]"+bterm))
		k.close()
		k.close()
		k.line("__syncthreads();")
		k.close()
		grid = min(p.batch*((N+cols-1)/cols), maxGrid)
	}
	k.finish(what, grid)
}

// gemvNNRows emits the (K, N)-weight GEMV's accumulation over the weight
// rows c that the loop header walks: per row one vector load of the
// thread's columns n0.. of w (batch bt) and, for each of the M rows of x,
// x[m][c] times each loaded weight added into acc[m][e]. The caller opens
// the guard around it (and may put a pragma before the loop).
func gemvNNRows(k *kernel, p *gemmPlan, loop, w, st string, vb, es int, xAt func(m int, kk string) string) {
	M, N, K := p.M, p.N, p.K
	k.open("%s", loop)
	k.line("%s", vecLoad("wv", st, vb, es, fmt.Sprintf("%s + bt * %dLL + c * %dLL + n0", w, N*K, N)))
	for m := 0; m < M; m++ {
		k.line("const float x%d = %s;", m, xAt(m, "c"))
	}
	k.line("#pragma unroll")
	k.open("for (int e = 0; e < %d; ++e)", vb/es)
	k.line("const float we = %s;", loadExpr(p.rhsType, "wv[e]"))
	for m := 0; m < M; m++ {
		k.line("acc[%d][e] += x%d * we;", m, m)
	}
	k.close()
	k.close()
}

// gemvWarpOrderSum emits the block's sum of the warps' acc[M][vec] into
// part (M rows of cols), added in warp order so the result does not depend
// on timing; it ends after a barrier.
func gemvWarpOrderSum(k *kernel, M, cols, vec int) {
	k.line("__syncthreads();")
	k.open("for (int w = 0; w < warps; ++w)")
	k.open("if (w == warp)")
	k.line("#pragma unroll")
	k.open("for (int m = 0; m < %d; ++m)", M)
	k.line("#pragma unroll")
	k.open("for (int e = 0; e < %d; ++e)", vec)
	k.line("const int at = m * %d + lane * %d + e;", cols, vec)
	k.line("part[at] = (w == 0 ? 0.0f : part[at]) + acc[m][e];")
	k.close()
	k.close()
	k.close()
	k.line("__syncthreads();")
	k.close()
}
