package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Split-K GEMV for weights stored (batch, K, N) (issue #17). The block-local
// kernel of emit_gemv.go gives a block 32·vec columns and all of K, so a
// weight with few column groups (N = 4096 bf16: 16 blocks) leaves most SMs
// idle. When the (batch, column group) units are fewer than
// gemvSplitTarget, K is cut into slices of equal length and every
// (batch, column group, slice) unit is a block of its own:
//
//   - the first kernel computes the unit as the block-local kernel does
//     (each lane vec adjacent columns with one vector load per row, the
//     warps striding over the slice's rows, their partial sums added in
//     shared memory in warp order) and writes the slice's float32 partial
//     sums to workspace scratch laid out (batch, slice, M, N);
//   - the second kernel gives each output element one thread, which adds
//     its slices' partials in slice order, adds the bias and rounds once.
//
// Both orders are fixed, so the result does not depend on the grid, the
// block size or timing: no atomics. The partials cost at most a quarter
// of the weight's bytes in extra traffic (gemvSplits bounds the slices).

// gemvSplitTarget is about how many blocks a (K, N) GEMV should occupy
// before it splits K: four per SM of an H100/H200 (132 SMs).
const gemvSplitTarget = 528

// gemvMinSliceRows is the fewest rows of K a slice gets: eight per warp
// of a full block, so every warp has several loads in flight.
const gemvMinSliceRows = 64

// gemvSplits is the number of K slices of GEMV p: 1 (no split) for the
// (N, K) layout and for a (K, N) GEMV whose column-group units already
// fill the GPU; else enough to reach gemvSplitTarget blocks, bounded so
// that slices have at least gemvMinSliceRows rows and the float32
// partials (written and read once: 8·M·N bytes a slice) stay within a
// quarter of the weight's K·N·es bytes. The slices are then evened out so
// that none is empty.
func gemvSplits(p *gemmPlan) int {
	if p.rhsTrans {
		return 1
	}
	es := p.rhsType.Size()
	units := p.batch * gemvGroups(p)
	if units >= gemvSplitTarget {
		return 1
	}
	s := (gemvSplitTarget + units - 1) / units
	s = min(s, p.K/gemvMinSliceRows, p.K*es/(32*p.M))
	if s <= 1 {
		return 1
	}
	rows := (p.K + s - 1) / s
	return (p.K + rows - 1) / rows
}

// gemvCols is the columns one block covers in the (K, N) layout: 32 lanes
// of vec adjacent columns.
func gemvCols(p *gemmPlan) int {
	es := p.rhsType.Size()
	return 32 * (vecBytes(p.N, es) / es)
}

// gemvGroups is the column groups of the (K, N) layout.
func gemvGroups(p *gemmPlan) int { return (p.N + gemvCols(p) - 1) / gemvCols(p) }

// gemvSplitK emits GEMV p (rhs (batch, K, N)) over s slices of K: the
// partial-sum kernel and the kernel adding the slices (with the bias when
// hasBias) into out.
func (g *gen) gemvSplitK(at int, p *gemmPlan, s int, lhs, rhs, out, bias bufRef, hasBias bool, what string) {
	M, N, K := p.M, p.N, p.K
	es := p.rhsType.Size()
	st := stype(p.rhsType)
	vb := vecBytes(N, es)
	vec := vb / es
	cols := gemvCols(p)
	groups := gemvGroups(p)
	rows := (K + s - 1) / s
	ws := bufRef{kind: bufWorkspace, index: g.bp.AddScratch(at, 4*p.batch*s*M*N)}

	k := g.newKernel("gemv_splitk")
	x := k.param(lhs, p.lhsType, false)
	w := k.param(rhs, p.rhsType, false)
	pp := k.param(ws, ir.Float32, true)
	xAt := func(m int, kk string) string {
		if p.lhsTrans {
			return loadExpr(p.lhsType, fmt.Sprintf("%s[bt * %dLL + (%s) * %dLL + %d]", x, M*K, kk, M, m))
		}
		return loadExpr(p.lhsType, fmt.Sprintf("%s[bt * %dLL + %dLL + (%s)]", x, M*K, m*K, kk))
	}
	k.line("const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;")
	k.line("__shared__ float part[%d];", M*cols)
	// Units run column group fastest, so neighbouring blocks read
	// neighbouring bytes of the same weight rows.
	k.open("for (long long u = blockIdx.x; u < %dLL; u += gridDim.x)", p.batch*groups*s)
	k.line("const long long grp = u %% %dLL, sl = (u / %dLL) %% %dLL, bt = u / %dLL;", groups, groups, s, groups*s)
	k.line("const long long n0 = grp * %dLL + (long long)lane * %d, c1 = min((sl + 1) * %dLL, %dLL);", cols, vec, rows, K)
	k.line("float acc[%d][%d] = {};", M, vec)
	k.open("if (n0 < %dLL)", N)
	k.line("#pragma unroll 4")
	gemvNNRows(k, p, fmt.Sprintf("for (long long c = sl * %dLL + warp; c < c1; c += warps)", rows), w, st, vb, es, xAt)
	k.close()
	gemvWarpOrderSum(k, M, cols, vec)
	k.open("for (int t = threadIdx.x; t < %d; t += blockDim.x)", M*cols)
	k.line("const long long n = grp * %dLL + t %% %d;", cols, cols)
	k.open("if (n < %dLL)", N)
	k.line("const int m = t / %d;", cols)
	k.line("%s[((bt * %dLL + sl) * %dLL + m) * %dLL + n] = part[t];", pp, s, M, N)
	k.close()
	k.close()
	k.line("__syncthreads();")
	k.close()
	k.finish(fmt.Sprintf("%s (partial sums over %d slices of %d rows of K)", what, s, rows), p.batch*groups*s)

	// The slices' partials of each output element, added in slice order.
	r := g.newKernel("gemv_splitk_sum")
	pr := r.param(ws, ir.Float32, false)
	bterm := ""
	if hasBias {
		bterm = " + " + loadExpr(p.outType, r.param(bias, p.outType, false)+"[i % "+fmt.Sprint(N)+"LL]")
	}
	o := r.param(out, p.outType, true)
	n := p.batch * M * N
	r.gridLoop("i", n)
	r.line("const float* src = %s + (i / %dLL) * %dLL + i %% %dLL;", pr, M*N, s*M*N, M*N)
	r.line("float sum = 0.0f;")
	r.line("for (int sl = 0; sl < %d; ++sl) sum += src[(long long)sl * %dLL];", s, M*N)
	r.line("%s[i] = %s;", o, storeExpr(p.outType, "sum"+bterm))
	r.close()
	r.finish(what+" (sum of the K slices)", gridFor(n))
}
