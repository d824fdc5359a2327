package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
)

// Fused attention (flash-style, no tensor cores yet). An Attention value
// that attentionOK accepts is kept by the pipeline and emitted as one
// kernel, or two for decode (split keys, then a combine):
//
//   - Rows. The G·Tq query rows that share a key/value head (G = Hq/Hkv,
//     row r is query head hk·G + r/Tq, query r%Tq — the decomposition's
//     reshape) are cut into tiles of one row per warp. A block takes
//     (batch, kv head, row tile[, key split]) work units in turn, so GQA
//     heads share every K/V tile a block loads.
//   - Keys. The unit's key range — its split's chunk, narrowed by causal
//     and window bounds of its rows' positions — is walked in tiles of
//     attnTile keys loaded (as float, with vector loads where the rows
//     allow) into shared memory by the whole block. Each lane scores one key of the tile against its warp's
//     query row (held in shared memory), in float32.
//   - Online softmax per row: the tile's maximum and the sum of its
//     exponentials by warp shuffles, the running output (Dv values spread
//     over the lanes, float32) rescaled when the maximum grows. Masked
//     keys (padding mask, causal, window, symmetric window) contribute
//     nothing; soft capping is applied to the scaled score.
//   - End. One kernel: sinks join the denominator, the row is divided by
//     it and rounded once to the dtype; a row that saw no key is zeros (as
//     interp). Split (decode): each split writes its (max, sum, output)
//     in float32 to the workspace and a second kernel combines the splits
//     of every output element (flash-decoding).
//
// Shuffles and barriers are reached by every thread of the block (rows
// past the end are dead warps that still take part), which the CPU
// emulation requires and the GPU needs for __syncthreads.

// fusedAttention false decomposes every attention (the device tests time
// the decomposition against the fused kernels).
var fusedAttention = true

// attnTile is the keys per shared-memory tile (one per lane), or 16 when
// 32 would not fit (attnSmemFloats).
const attnTile = 32

// attnMaxWarps sizes the per-warp shared arrays (blockSize/32).
const attnMaxWarps = blockSize / 32

// attnSmemLimit is the static shared memory a kernel may use (bytes).
const attnSmemLimit = 48 << 10

// attnSmemBytes is the shared memory of the kernel for head sizes d, dv
// and tile keys per tile.
func attnSmemBytes(d, dv, tile int) int {
	return 4 * (tile*(d+1) + tile*dv + attnMaxWarps*d + attnMaxWarps*tile)
}

// attnTileFor is the tile size for head sizes d, dv, or 0 if none fits.
func attnTileFor(d, dv int) int {
	for _, t := range []int{attnTile, 16} {
		if attnSmemBytes(d, dv, t) <= attnSmemLimit {
			return t
		}
	}
	return 0
}

// attentionOK reports whether the fused kernels run Attention value v:
// f32, f16 or bf16 operands and head sizes whose tiles fit in shared
// memory (D, Dv >= 1; 32-key tiles up to about 160, 16-key tiles up to
// about 300, whatever the dtype: tiles hold floats). Every mask feature (causal, window, symmetric window, padding
// mask, positions, sinks, soft cap) and GQA are handled. Other attentions
// (f64, empty or oversized heads) are decomposed.
func attentionOK(v *ir.Value) bool {
	if v.Op != ir.OpAttention || !fusedAttention {
		return false
	}
	q, k, vv := v.Args[0].Type, v.Args[1].Type, v.Args[2].Type
	switch q.DType {
	case ir.Float32, ir.Float16, ir.BFloat16:
	default:
		return false
	}
	d, dv := q.Shape[3], vv.Shape[3]
	return k.Shape[1] > 0 && d >= 1 && dv >= 1 && attnTileFor(d, dv) > 0
}

// attnShape is an Attention value's sizes and its kernel parameters.
type attnShape struct {
	B, Hq, Hkv, G, Tq, Tk, D, Dv int
	rows                         int // G·Tq rows per (batch, kv head)
	tile                         int // keys per shared-memory tile
	splits, chunk                int // key splits and keys per split (splits == 1: no split)
}

// attnSplitTarget is about how many blocks a decode attention should
// occupy (two per SM of an H100/H200) before it splits its keys.
const attnSplitTarget = 264

// planAttention sizes v's kernels. Keys are split when one row tile of
// the GPU's blocks (8 warps) holds all rows of a head (decode: Tq·G <= 8)
// and the (batch, kv head) units alone would leave most SMs idle; chunks
// are whole tiles.
func planAttention(v *ir.Value) attnShape {
	q, k, vv := v.Args[0].Type.Shape, v.Args[1].Type.Shape, v.Args[2].Type.Shape
	s := attnShape{B: q[0], Hq: q[1], Hkv: k[1], Tq: q[2], Tk: k[2], D: q[3], Dv: vv[3]}
	s.G = s.Hq / s.Hkv
	s.rows = s.G * s.Tq
	s.tile = attnTileFor(s.D, s.Dv)
	s.splits, s.chunk = 1, max(s.Tk, 1)
	units := s.B * s.Hkv * ((s.rows + attnMaxWarps - 1) / attnMaxWarps)
	if s.rows <= attnMaxWarps && s.Tk >= 2*s.tile && units > 0 && units < attnSplitTarget {
		ns := min((attnSplitTarget+units-1)/units, (s.Tk+s.tile-1)/s.tile)
		if ns >= 2 {
			per := (s.Tk + ns - 1) / ns
			s.chunk = (per + s.tile - 1) / s.tile * s.tile
			s.splits = (s.Tk + s.chunk - 1) / s.chunk
		}
	}
	return s
}

// attention emits Attention value v (the at'th of the function) into out
// — in the merged-heads layout when the buffer plan says so.
func (g *gen) attention(v *ir.Value, at int, out bufRef, what string) error {
	a := v.Attrs.(*ir.AttentionAttrs)
	s := planAttention(v)
	dt := v.Type.DType
	// Operands without memory of their own (a splat constant, a value
	// computed inline) are stored to scratch first.
	refs, err := g.storedArgs(v, at, what)
	if err != nil {
		return err
	}
	mi, pi, si := a.OptionalArgs()
	k := g.newKernel("attention")
	qp := k.param(refs[0], dt, false)
	kp := k.param(refs[1], dt, false)
	vp := k.param(refs[2], dt, false)
	var mp, pp, sp string
	if mi >= 0 {
		mp = k.param(refs[mi], ir.Bool, false)
	}
	if pi >= 0 {
		pp = k.param(refs[pi], v.Args[pi].Type.DType, false)
	}
	if si >= 0 {
		sp = k.param(refs[si], dt, false)
	}
	split := s.splits > 1
	// The buffer plan may have the attention write its rows in the merged
	// (B, Tq, Hq·Dv) layout of its head merge (MergedHeads).
	merged := g.bp.MergedHeads[v] != nil
	var op, mlp, opp string
	var mlRef, oRef bufRef
	if split {
		n := s.B * s.Hkv * s.rows * s.splits
		mlRef = bufRef{kind: bufWorkspace, index: g.bp.AddScratch(at, 8*n)}
		oRef = bufRef{kind: bufWorkspace, index: g.bp.AddScratch(at, 4*n*s.Dv)}
		mlp = k.param(mlRef, ir.Float32, true)
		opp = k.param(oRef, ir.Float32, true)
	} else {
		op = k.param(out, dt, true)
	}
	T, D, Dv := s.tile, s.D, s.Dv
	no := (Dv + 31) / 32
	k.line("__shared__ float Ks[%d][%d];", T, D+1)
	k.line("__shared__ float Vs[%d][%d];", T, Dv)
	k.line("__shared__ float Qs[%d][%d];", attnMaxWarps, D)
	k.line("__shared__ float Ps[%d][%d];", attnMaxWarps, T)
	k.line("const float NEG_INF = __int_as_float(0xff800000);")
	k.line("const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, warps = blockDim.x >> 5;")
	k.line("const long long rowTiles = (%dLL + warps - 1) / warps;", s.rows)
	k.open("for (long long u = blockIdx.x; u < %dLL * rowTiles * %dLL; u += gridDim.x)", s.B*s.Hkv, s.splits)
	k.line("const long long split = u %% %dLL, rt = (u / %dLL) %% rowTiles, bh = u / %dLL / rowTiles;", s.splits, s.splits, s.splits)
	k.line("const long long b = bh / %dLL, hk = bh %% %dLL;", s.Hkv, s.Hkv)
	// posOf is the position of row expression r (live).
	posOf := func(r string) string {
		i := fmt.Sprintf("(%s) %% %dLL", r, s.Tq)
		if pp == "" {
			return fmt.Sprintf("(%dLL + %s)", s.Tk-s.Tq, i)
		}
		if v.Args[pi].Type.Shape.Rank() == 2 {
			return fmt.Sprintf("(long long)%s[b * %dLL + %s]", pp, s.Tq, i)
		}
		return fmt.Sprintf("(long long)%s[%s]", pp, i)
	}
	k.line("const long long row = rt * warps + warp;")
	k.line("const bool live = row < %dLL;", s.rows)
	k.line("const long long h = hk * %dLL + (live ? row / %dLL : 0), i = live ? row %% %dLL : 0;", s.G, s.Tq, s.Tq)
	k.line("const long long p = live ? %s : 0;", posOf("row"))
	// The unit's key range.
	k.line("long long lo = split * %dLL, hi = min(%dLL, lo + %dLL);", s.chunk, s.Tk, s.chunk)
	if a.Causal || a.Window > 0 {
		k.line("long long pmin = 0, pmax = 0;")
		k.open("for (int w = 0; w < warps; ++w)")
		k.line("const long long r = rt * warps + w;")
		k.line("if (r >= %dLL) break;", s.rows)
		k.line("const long long pw = %s;", posOf("r"))
		k.line("if (w == 0 || pw < pmin) pmin = pw;")
		k.line("if (w == 0 || pw > pmax) pmax = pw;")
		k.close()
		if a.Causal {
			k.line("hi = min(hi, pmax + 1);")
		}
		if a.Window > 0 {
			k.line("lo = max(lo, pmin - %dLL);", a.Window-1)
			if a.SymmetricWindow {
				k.line("hi = min(hi, pmax + %dLL);", a.Window)
			}
		}
	}
	k.line("__syncthreads();")
	k.line("for (int d = lane; d < %d; d += 32) Qs[warp][d] = live ? %s : 0.0f;", D,
		loadExpr(dt, fmt.Sprintf("%s[((b * %dLL + h) * %dLL + i) * %dLL + d]", qp, s.Hq, s.Tq, D)))
	k.line("float m = NEG_INF, l = 0.0f, o[%d] = {};", no)
	k.open("for (long long j0 = lo; j0 < hi; j0 += %d)", T)
	k.line("__syncthreads();")
	k.tileLoad("Ks", kp, dt, s, D)
	k.tileLoad("Vs", vp, dt, s, Dv)
	k.line("__syncthreads();")
	k.line("const long long j = j0 + lane;")
	vis := fmt.Sprintf("live && lane < %d && j < hi", T)
	if mp != "" {
		vis += fmt.Sprintf(" && %s[b * %dLL + j] != 0", mp, s.Tk)
	}
	if a.Causal {
		vis += " && j <= p"
	}
	if a.Window > 0 {
		vis += fmt.Sprintf(" && p - j < %dLL", a.Window)
		if a.SymmetricWindow {
			vis += fmt.Sprintf(" && j - p < %dLL", a.Window)
		}
	}
	k.line("const bool vis = %s;", vis)
	k.line("float sc = NEG_INF;")
	k.open("if (vis)")
	k.line("float dot = 0.0f;")
	k.line("for (int d = 0; d < %d; ++d) dot += Qs[warp][d] * Ks[lane][d];", D)
	k.line("sc = %s * dot;", floatLit("float", a.Scale))
	if a.SoftCap > 0 {
		c := floatLit("float", a.SoftCap)
		k.line("sc = %s * tanhf(sc / %s);", c, c)
	}
	k.close()
	k.line("float mt = sc;")
	k.line("for (int w = 16; w > 0; w >>= 1) mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, w));")
	k.line("const float mn = fmaxf(m, mt);")
	k.line("const float corr = m == NEG_INF ? 0.0f : expf(m - mn);")
	k.line("const float pj = vis ? expf(sc - mn) : 0.0f;")
	k.line("float ps = pj;")
	k.line("for (int w = 16; w > 0; w >>= 1) ps += __shfl_xor_sync(0xffffffffu, ps, w);")
	k.line("if (lane < %d) Ps[warp][lane] = pj;", T)
	k.line("__syncthreads();")
	k.open("if (mt != NEG_INF)")
	k.line("l = l * corr + ps;")
	k.line("m = mn;")
	k.line("#pragma unroll")
	k.open("for (int c = 0; c < %d; ++c)", no)
	k.line("const int d = lane + 32 * c;")
	k.line("if (d >= %d) break;", Dv)
	k.line("float acc = o[c] * corr;")
	k.line("for (int jj = 0; jj < %d; ++jj) acc += Ps[warp][jj] * Vs[jj][d];", T)
	k.line("o[c] = acc;")
	k.close()
	k.close()
	k.close()
	if split {
		k.line("const long long part = ((b * %dLL + hk) * %dLL + row) * %dLL + split;", s.Hkv, s.rows, s.splits)
		k.open("if (live)")
		k.open("if (lane == 0)")
		k.line("%s[2 * part] = m;", mlp)
		k.line("%s[2 * part + 1] = l;", mlp)
		k.close()
		k.line("#pragma unroll")
		k.open("for (int c = 0; c < %d; ++c)", no)
		k.line("const int d = lane + 32 * c;")
		k.line("if (d < %d) %s[part * %dLL + d] = o[c];", Dv, opp, Dv)
		k.close()
		k.close()
	} else {
		k.open("if (live)")
		k.line("float scale = m == NEG_INF ? 0.0f : 1.0f / l;")
		if sp != "" {
			k.open("if (m != NEG_INF)")
			k.line("const float sk = %s;", loadExpr(dt, sp+"[h]"))
			k.line("const float mf = fmaxf(m, sk), cs = expf(m - mf);")
			k.line("scale = cs / (l * cs + expf(sk - mf));")
			k.close()
		}
		k.line("#pragma unroll")
		k.open("for (int c = 0; c < %d; ++c)", no)
		k.line("const int d = lane + 32 * c;")
		k.line("if (d < %d) %s[%s] = %s;", Dv, op, outIndex(s, merged, "b", "h", "i", "d"), storeExpr(dt, "o[c] * scale"))
		k.close()
		k.close()
	}
	k.close()
	units := s.B * s.Hkv * ((s.rows + attnMaxWarps - 1) / attnMaxWarps) * s.splits
	k.finish(what, units)
	if split {
		g.attentionCombine(v, s, merged, sp != "", refs, si, mlRef, oRef, out, what)
	}
	return nil
}

// attentionCombine emits the second kernel of a split attention: each
// output element from the splits' (max, sum, partial output), with the
// sink, one rounding.
func (g *gen) attentionCombine(v *ir.Value, s attnShape, merged, sinks bool, refs []bufRef, si int, mlRef, oRef, out bufRef, what string) {
	dt := v.Type.DType
	k := g.newKernel("attention_combine")
	ml := k.param(mlRef, ir.Float32, false)
	op := k.param(oRef, ir.Float32, false)
	var sp string
	if sinks {
		sp = k.param(refs[si], dt, false)
	}
	o := k.param(out, dt, true)
	n := v.Type.Shape.NumElements()
	k.line("const float NEG_INF = __int_as_float(0xff800000);")
	k.gridLoop("x", n)
	k.line("const long long d = x %% %dLL, i = (x / %dLL) %% %dLL, h = (x / %dLL) %% %dLL, b = x / %dLL;",
		s.Dv, s.Dv, s.Tq, s.Dv*s.Tq, s.Hq, s.Dv*s.Tq*s.Hq)
	k.line("const long long part0 = ((b * %dLL + h / %dLL) * %dLL + (h %% %dLL) * %dLL + i) * %dLL;", s.Hkv, s.G, s.rows, s.G, s.Tq, s.splits)
	k.line("float mx = NEG_INF;")
	k.line("for (int sp = 0; sp < %d; ++sp) mx = fmaxf(mx, %s[2 * (part0 + sp)]);", s.splits, ml)
	k.line("float r = 0.0f;")
	k.open("if (mx != NEG_INF)")
	k.line("float l = 0.0f, acc = 0.0f;")
	if sinks {
		k.line("const float sk = %s;", loadExpr(dt, sp+"[h]"))
		k.line("const float mf = fmaxf(mx, sk);")
		k.line("l = expf(sk - mf);")
	} else {
		k.line("const float mf = mx;")
	}
	k.open("for (int sp = 0; sp < %d; ++sp)", s.splits)
	k.line("const float ms = %s[2 * (part0 + sp)];", ml)
	k.line("if (ms == NEG_INF) continue;")
	k.line("const float c = expf(ms - mf);")
	k.line("l += %s[2 * (part0 + sp) + 1] * c;", ml)
	k.line("acc += %s[(part0 + sp) * %dLL + d] * c;", op, s.Dv)
	k.close()
	k.line("r = acc / l;")
	k.close()
	k.line("%s[%s] = %s;", o, outIndex(s, merged, "b", "h", "i", "d"), storeExpr(dt, "r"))
	k.close()
	k.finish(what+" (combine splits)", gridFor(n))
}

// outIndex is the flat index of output element (b, h, i, d): in the
// (B, Hq, Tq, Dv) result, or in the merged (B, Tq, Hq, Dv) layout.
func outIndex(s attnShape, merged bool, b, h, i, d string) string {
	if merged {
		return fmt.Sprintf("((%s * %dLL + %s) * %dLL + %s) * %dLL + %s", b, s.Tq, i, s.Hq, h, s.Dv, d)
	}
	return fmt.Sprintf("((%s * %dLL + %s) * %dLL + %s) * %dLL + %s", b, s.Hq, h, s.Tq, i, s.Dv, d)
}

// tileLoad emits the block's load of the key tile at j0 of K or V (memory
// p, rows of n elements) into shared array dst as float, zeros past hi:
// with vector loads (vecBytes) when a row's bytes allow them.
func (k *kernel) tileLoad(dst, p string, dt ir.DType, s attnShape, n int) {
	es := dt.Size()
	vb := vecBytes(n, es)
	vec := vb / es
	per := n / vec // loads per row
	k.open("for (int e = threadIdx.x; e < %d; e += blockDim.x)", s.tile*per)
	k.line("const int r = e / %d, c = (e %% %d) * %d;", per, per, vec)
	k.open("if (j0 + r < hi)")
	k.line("%s", vecLoad("x", stype(dt), vb, es, fmt.Sprintf("%s + ((b * %dLL + hk) * %dLL + j0 + r) * %dLL + c", p, s.Hkv, s.Tk, n)))
	k.line("#pragma unroll")
	k.line("for (int i = 0; i < %d; ++i) %s[r][c + i] = %s;", vec, dst, loadExpr(dt, "x[i]"))
	k.close()
	k.open("else")
	k.line("for (int i = 0; i < %d; ++i) %s[r][c + i] = 0.0f;", vec, dst)
	k.close()
	k.close()
}
