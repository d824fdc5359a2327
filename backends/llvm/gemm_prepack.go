package llvm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Prepacked weights. The blocked GEMMs (streamed, 64-240 rows, and the
// larger ones that pack all of B) pack their B operand into K x 16
// panels on every call: for a model's weight matrix in nn.Linear's N x K
// layout that is a transpose of the whole weight per call (~3% of a
// 197-row GEMM on one thread). When B is a parameter of the function,
// the module gets an extra env slot for the GEMM (one per parameter and
// layout, shared by the dots that read it alike), and Run points it at a
// copy of the argument packed in that layout, kept with the argument's
// buffer: the kernels then read the packed panels in place and pack only
// A. A null slot (no packed copy) runs the kernel's own packing, so the
// kernel serves both.
//
// A buffer is never modified while it lives unless donated (Run's
// contract), so its packed copy stays valid until the buffer is freed or
// donated, and is dropped then. The copy is made at the buffer's second
// Run with the same layout (on the Go side, in parallel over panels), not
// the first: a buffer used once (a training step's updated weights,
// passed back the next step as a new buffer or donated) never pays for
// it. Donated arguments are never packed. Packed copies cost the
// weights' memory again (N rounded up to 16 columns); PrepackedBytes
// counts it; Options.NoPrepack (KILN_LLVM_NO_PREPACK=1) turns them off.
//
// The packed panels hold the same floats as the kernel's own packing,
// read by the same micro kernels in the same order: results are
// bit-identical with and without packed copies (TestGemmPrepacked).

// prepackSpec is a packed layout of a parameter's K x N view as a GEMM's
// B: element (k, n) at k*sBk + n*sBn of the argument.
type prepackSpec struct {
	param, K, N, sBk, sBn int
}

// bytes is the size of the packed copy: ceil(N/16) panels of K x 16.
func (s prepackSpec) bytes() int { return 4 * (s.N + gemmNR - 1) / gemmNR * gemmNR * s.K }

// prepackedLive counts the bytes of packed copies held by live buffers.
var prepackedLive atomic.Int64

// DefaultPrepackLimit is the default budget of packed weight copies per
// process (Options.PrepackLimitMiB): a ViT-B/16's (344 MB) or a BERT-base's
// fit; a multi-gigabyte LLM's do not, and past the budget the GEMMs pack
// B per call as without packed copies, so the weights are never held
// twice beyond it.
const DefaultPrepackLimit = 1 << 30

// reservePrepack counts n more bytes of packed copies if that keeps the
// total within limit bytes.
func reservePrepack(n, limit int64) bool {
	for {
		cur := prepackedLive.Load()
		if cur+n > limit {
			return false
		}
		if prepackedLive.CompareAndSwap(cur, cur+n) {
			return true
		}
	}
}

// PrepackedBytes returns the memory held by the packed copies of weight
// arguments that the LLVM backend keeps with their buffers (see
// Options.NoPrepack): freed with the buffers.
func PrepackedBytes() int64 { return prepackedLive.Load() }

// prepackPlan returns the plan of dot v when v is a blocked GEMM whose B
// is one of f's parameters (float32, no batch dims) that the kernels can
// read prepacked: streamed with K in one block, or packing all of B.
func (e *emitter) prepackPlan(v *ir.Value) *gemmPlan {
	if !e.cg.prepack || e.cg.naiveDot || v.Op != ir.OpDotGeneral || v.Args[1].Op != ir.OpParameter {
		return nil
	}
	p := planGemm(v)
	if p == nil || !p.pack || p.batch.NumElements() != 1 {
		return nil
	}
	panels := (p.N + gemmNR - 1) / gemmNR
	switch {
	case p.M >= gemmStreamMinRows && p.M <= gemmStreamRows:
		if kBlock(p.K) != p.K {
			return nil
		}
	case p.M >= 2*gemmMB && 4*panels*gemmNR*p.K <= maxPackedB:
	default:
		return nil
	}
	return p
}

// planPrepacks gives every dot that can read a packed weight its env slot
// (from slot on, one per parameter and layout), returning the layouts in
// slot order.
func (e *emitter) planPrepacks(f *ir.Func, slot int) []prepackSpec {
	var specs []prepackSpec
	at := map[prepackSpec]int{}
	e.prepacked = map[*ir.Value]int{}
	index := map[*ir.Value]int{}
	for i, p := range f.Params {
		index[p] = i
	}
	for _, v := range f.Values {
		p := e.prepackPlan(v)
		if p == nil {
			continue
		}
		s := prepackSpec{param: index[v.Args[1]], K: p.K, N: p.N, sBk: p.sBk, sBn: p.sBn}
		n, ok := at[s]
		if !ok {
			n = slot + len(specs)
			at[s] = n
			specs = append(specs, s)
		}
		e.prepacked[v] = n
	}
	return specs
}

// prepackPtr returns, for a dot with a prepack slot, the slot's pointer
// and whether it is set (an i1); nil, nil otherwise.
func (k *kernel) prepackPtr(v *ir.Value) (pre, isPre value.Value) {
	s, ok := k.e.prepacked[v]
	if !ok {
		return nil, nil
	}
	pre = k.slotPtr(s, f32t)
	return pre, k.b.NewICmp(enum.IPredNE, pre, constant.NewNull(types.NewPointer(f32t)))
}

// ifElse emits if cond { then() } else { els() }.
func (k *kernel) ifElse(cond value.Value, then, els func()) {
	tb, eb, join := k.f.NewBlock(""), k.f.NewBlock(""), k.f.NewBlock("")
	k.b.NewCondBr(cond, tb, eb)
	k.b = tb
	then()
	k.b.NewBr(join)
	k.b = eb
	els()
	k.b.NewBr(join)
	k.b = join
}

// prefetcherPacked returns, for streamKBlocks reading prepacked panels at
// pre, the lines to prefetch into L2 while panels [pLo, pHi) run: row kk
// of the next group's panels (pHi + (pi-pLo), clamped to the last pair),
// one line per panel and k step (i8 pointers). Nil when prefetching is
// off.
func (k *kernel) prefetcherPacked(pre, pLo, pHi value.Value, panels, kp int64) func(pi, kk value.Value) []value.Value {
	if !k.e.cg.prefetch {
		return nil
	}
	return func(pi, kk value.Value) []value.Value {
		next := k.minI(k.b.NewAdd(pHi, k.b.NewSub(pi, pLo)), ci64(max(panels-2, 0)))
		var ptrs []value.Value
		for d := int64(0); d < 2; d++ {
			q := k.minI(k.b.NewAdd(next, ci64(d)), ci64(panels-1))
			at := k.b.NewAdd(k.b.NewMul(q, ci64(kp)), k.b.NewMul(kk, ci64(gemmNR)))
			ptrs = append(ptrs, k.b.NewBitCast(k.b.NewGetElementPtr(f32t, pre, at), i8p))
		}
		return ptrs
	}
}

// packWeights writes t (float32) packed as s into a new host buffer:
// panel pi (columns 16*pi ...) at float pi*K*16, its row k at +k*16, zeros
// past N — the layout of the GEMM kernels' own packing (packPanel).
func packWeights(t *tensor.Tensor, s prepackSpec, huge bool) []byte {
	out := allocHost(s.bytes(), huge)
	if len(t.Data) == 0 || len(out) == 0 {
		return out
	}
	src := unsafe.Slice((*float32)(unsafe.Pointer(&t.Data[0])), len(t.Data)/4)
	dst := unsafe.Slice((*float32)(unsafe.Pointer(&out[0])), len(out)/4)
	panels := (s.N + gemmNR - 1) / gemmNR
	kp := s.K * gemmNR
	workers := min(runtime.NumCPU(), panels)
	var wg sync.WaitGroup
	var next atomic.Int64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				pi := int(next.Add(1) - 1)
				if pi >= panels {
					return
				}
				P := dst[pi*kp : (pi+1)*kp]
				for j := range gemmNR {
					n := pi*gemmNR + j
					if n >= s.N {
						for k := range s.K {
							P[k*gemmNR+j] = 0
						}
						continue
					}
					at := n * s.sBn
					for k := range s.K {
						P[k*gemmNR+j] = src[at+k*s.sBk]
					}
				}
			}
		}()
	}
	wg.Wait()
	return out
}

// prepacked returns b's copy packed as s (t is b's tensor, acquired for
// this Run), making it at the second request: nil at the first.
func (b *buffer) prepacked(t *tensor.Tensor, s prepackSpec, huge bool, limit int64) []byte {
	s.param = 0 // the key is the layout alone
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.freed || b.t == nil || b.noPack {
		return nil
	}
	if d, ok := b.packs[s]; ok {
		if d == nil {
			if !reservePrepack(int64(s.bytes()), limit) {
				return nil // over the budget: the kernel packs B itself
			}
			d = packWeights(t, s, huge)
			b.packs[s] = d
		}
		return d
	}
	if b.packs == nil {
		b.packs = map[prepackSpec][]byte{}
	}
	b.packs[s] = nil // seen once
	return nil
}

// neverPack drops b's packed copies and keeps it from being packed again:
// a program that updates state in place reads it (executable.Run).
func (b *buffer) neverPack() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.noPack = true
	b.dropPacks()
}

// dropPacks releases b's packed copies (b.mu held).
func (b *buffer) dropPacks() {
	for _, d := range b.packs {
		prepackedLive.Add(-int64(len(d)))
	}
	b.packs = nil
}
