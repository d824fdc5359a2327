package cuda

import (
	"fmt"
	"runtime"
	"unsafe"

	"github.com/kiln-ml/kiln/ir"
)

// cuBLASLt, bound by dlopen: the GEMMs of the backend. Values of the enums
// are those of cublasLt.h and library_types.h.

type (
	ltHandle uintptr
	ltDesc   uintptr
	ltLayout uintptr
	ltPref   uintptr
)

const (
	cudaR32F  = 0
	cudaR64F  = 1
	cudaR16F  = 2
	cudaR16BF = 14

	cublasCompute32F = 68 // float32 accumulation, no TF32

	descComputeType = 0
	descScaleType   = 1
	descTransA      = 3
	descTransB      = 4
	descEpilogue    = 7 // cublasLtEpilogue_t, uint32
	descBiasPointer = 8

	epilogueBias = 4

	layoutBatchCount   = 5
	layoutStridedBatch = 6

	prefMaxWorkspace = 1
	prefMinAlignA    = 5 // then B, C, D: 6, 7, 8

	opN = 0
	opT = 1
)

// ltHeuristic is cublasLtMatmulHeuristicResult_t (96 bytes).
type ltHeuristic struct {
	algo          [8]uint64
	workspaceSize uint64
	state         int32
	wavesCount    float32
	reserved      [4]int32
}

type cublasLtAPI struct {
	path         string
	create       func(h *ltHandle) int32
	descCreate   func(d *ltDesc, compute, scale int32) int32
	descDestroy  func(d ltDesc) int32
	descSet      func(d ltDesc, attr int32, buf unsafe.Pointer, size uint64) int32
	layoutCreate func(l *ltLayout, typ int32, rows, cols uint64, ld int64) int32
	layoutDstroy func(l ltLayout) int32
	layoutSet    func(l ltLayout, attr int32, buf unsafe.Pointer, size uint64) int32
	prefCreate   func(p *ltPref) int32
	prefDestroy  func(p ltPref) int32
	prefSet      func(p ltPref, attr int32, buf unsafe.Pointer, size uint64) int32
	heuristic    func(h ltHandle, d ltDesc, a, b, c, dd ltLayout, p ltPref, n int32, out unsafe.Pointer, got *int32) int32
	matmul       func(h ltHandle, d ltDesc, alpha unsafe.Pointer, A devPtr, ad ltLayout, B devPtr, bd ltLayout, beta unsafe.Pointer, C devPtr, cd ltLayout, D devPtr, dd ltLayout, algo unsafe.Pointer, ws devPtr, wsSize uint64, s cuStream) int32
	statusString func(s int32) *byte
	version      func() uint64
}

func loadCublasLt() (*cublasLtAPI, error) {
	h, path, err := openLib(libCublasLt)
	if err != nil {
		return nil, err
	}
	c := &cublasLtAPI{path: path}
	s := &symbols{h: h, lib: path}
	s.bind(&c.create, "cublasLtCreate")
	s.bind(&c.descCreate, "cublasLtMatmulDescCreate")
	s.bind(&c.descDestroy, "cublasLtMatmulDescDestroy")
	s.bind(&c.descSet, "cublasLtMatmulDescSetAttribute")
	s.bind(&c.layoutCreate, "cublasLtMatrixLayoutCreate")
	s.bind(&c.layoutDstroy, "cublasLtMatrixLayoutDestroy")
	s.bind(&c.layoutSet, "cublasLtMatrixLayoutSetAttribute")
	s.bind(&c.prefCreate, "cublasLtMatmulPreferenceCreate")
	s.bind(&c.prefDestroy, "cublasLtMatmulPreferenceDestroy")
	s.bind(&c.prefSet, "cublasLtMatmulPreferenceSetAttribute")
	s.bind(&c.heuristic, "cublasLtMatmulAlgoGetHeuristic")
	s.bind(&c.matmul, "cublasLtMatmul")
	s.bind(&c.statusString, "cublasLtGetStatusString")
	s.bind(&c.version, "cublasLtGetVersion")
	if s.err != nil {
		return nil, s.err
	}
	return c, nil
}

func (c *cublasLtAPI) check(call string, st int32) error {
	if st == 0 {
		return nil
	}
	return fmt.Errorf("cuda: %s: %s (cublasStatus %d)", call, cString(c.statusString(st)), st)
}

// cudaType is the cudaDataType of a GEMM dtype.
func cudaType(d ir.DType) int32 {
	switch d {
	case ir.Float16:
		return cudaR16F
	case ir.BFloat16:
		return cudaR16BF
	case ir.Float64:
		return cudaR64F
	}
	return cudaR32F
}

// gemmWorkspaceBytes is the cuBLASLt workspace every GEMM may use.
const gemmWorkspaceBytes = 32 << 20

// ltMatmul is one prepared GEMM (descriptors and the chosen algorithm) of
// a gemmPlan; prepared once per executable, run on every call.
type ltMatmul struct {
	desc        ltDesc
	a, b, c     ltLayout
	algo        ltHeuristic
	alpha, beta [2]float32 // float32 scale type; padded for pinning
	bias        bool       // a bias epilogue; run sets its pointer
}

// ltLayout describes one cuBLASLt matrix: column-major rows x cols with
// leading dimension ld, stride elements between batch entries.
type ltMatrix struct {
	dtype                  ir.DType
	rows, cols, ld, stride int
}

// ltCall is how one gemmPlan is put to cuBLASLt (column-major).
//
// Row-major C (batch, M, N) = A (M, K) · B (K, N) is, read column-major,
// Cᵀ (N, M) = Bᵀ · Aᵀ: cuBLASLt's "A" is kiln's rhs and its "B" kiln's
// lhs, each transposed when kiln's operand is stored the other way round.
type ltCall struct {
	transA, transB bool
	a, b, c        ltMatrix // cuBLASLt's A (kiln rhs), B (kiln lhs), C = D (kiln out)
	batch          int
}

func ltCallOf(g *gemmPlan) ltCall {
	M, N, K := g.M, g.N, g.K
	c := ltCall{transA: g.rhsTrans, transB: g.lhsTrans, batch: g.batch}
	// A = kiln rhs: column-major N x K (ld N) or, transposed, K x N (ld K).
	c.a = ltMatrix{g.rhsType, N, K, N, N * K}
	if g.rhsTrans {
		c.a = ltMatrix{g.rhsType, K, N, K, N * K}
	}
	// B = kiln lhs: column-major K x M (ld K) or, transposed, M x K (ld M).
	c.b = ltMatrix{g.lhsType, K, M, K, M * K}
	if g.lhsTrans {
		c.b = ltMatrix{g.lhsType, M, K, M, M * K}
	}
	c.c = ltMatrix{g.outType, N, M, N, M * N}
	return c
}

// prepare builds the descriptors of g (ltCallOf) and picks cuBLASLt's
// first heuristic algorithm for them.
//
// align gives the byte alignment of kiln's lhs, rhs and out addresses
// (cuBLASLt assumes 256 unless told, and would pick algorithms that need
// it).
// With bias, the descriptor adds a bias vector along N (cuBLASLt's m) to
// the product; run sets its address.
func (c *cublasLtAPI) prepare(h ltHandle, g *gemmPlan, align [3]int, bias bool) (*ltMatmul, error) {
	m := &ltMatmul{}
	m.alpha[0], m.beta[0] = 1, 0
	call := ltCallOf(g)
	if err := c.check("cublasLtMatmulDescCreate", c.descCreate(&m.desc, cublasCompute32F, cudaR32F)); err != nil {
		return nil, err
	}
	set := func(attr int32, trans bool) error {
		v := int32(opN)
		if trans {
			v = opT
		}
		return c.check("cublasLtMatmulDescSetAttribute", c.descSet(m.desc, attr, unsafe.Pointer(&v), 4))
	}
	if err := set(descTransA, call.transA); err != nil {
		return nil, err
	}
	if err := set(descTransB, call.transB); err != nil {
		return nil, err
	}
	if bias {
		e := uint32(epilogueBias)
		if err := c.check("cublasLtMatmulDescSetAttribute(EPILOGUE)", c.descSet(m.desc, descEpilogue, unsafe.Pointer(&e), 4)); err != nil {
			return nil, err
		}
		m.bias = true
	}
	layout := func(l *ltLayout, x ltMatrix) error {
		if err := c.check("cublasLtMatrixLayoutCreate", c.layoutCreate(l, cudaType(x.dtype), uint64(x.rows), uint64(x.cols), int64(x.ld))); err != nil {
			return err
		}
		if call.batch <= 1 {
			return nil
		}
		n, st := int32(call.batch), int64(x.stride)
		if err := c.check("cublasLtMatrixLayoutSetAttribute", c.layoutSet(*l, layoutBatchCount, unsafe.Pointer(&n), 4)); err != nil {
			return err
		}
		return c.check("cublasLtMatrixLayoutSetAttribute", c.layoutSet(*l, layoutStridedBatch, unsafe.Pointer(&st), 8))
	}
	if err := layout(&m.a, call.a); err != nil {
		return nil, err
	}
	if err := layout(&m.b, call.b); err != nil {
		return nil, err
	}
	if err := layout(&m.c, call.c); err != nil {
		return nil, err
	}
	var pref ltPref
	if err := c.check("cublasLtMatmulPreferenceCreate", c.prefCreate(&pref)); err != nil {
		return nil, err
	}
	defer c.prefDestroy(pref)
	ws := uint64(gemmWorkspaceBytes)
	if err := c.check("cublasLtMatmulPreferenceSetAttribute", c.prefSet(pref, prefMaxWorkspace, unsafe.Pointer(&ws), 8)); err != nil {
		return nil, err
	}
	// cuBLASLt's A is kiln's rhs, B its lhs, C and D its out.
	for i, al := range []int{align[1], align[0], align[2], align[2]} {
		v := uint32(al)
		if err := c.check("cublasLtMatmulPreferenceSetAttribute", c.prefSet(pref, prefMinAlignA+int32(i), unsafe.Pointer(&v), 4)); err != nil {
			return nil, err
		}
	}
	var got int32
	if err := c.check("cublasLtMatmulAlgoGetHeuristic", c.heuristic(h, m.desc, m.a, m.b, m.c, m.c, pref, 1, unsafe.Pointer(&m.algo), &got)); err != nil {
		return nil, fmt.Errorf("%w (GEMM %s)", err, g)
	}
	if got == 0 {
		return nil, fmt.Errorf("cuda: cuBLASLt has no algorithm for GEMM %s", g)
	}
	return m, nil
}

// run queues the GEMM D = lhs · rhs (+ bias) on stream s.
func (c *cublasLtAPI) run(h ltHandle, m *ltMatmul, lhs, rhs, out, bias, ws devPtr, s cuStream) error {
	var pin runtime.Pinner
	defer pin.Unpin()
	pin.Pin(m)
	if m.bias {
		// The descriptor copies the address; the bias buffer may differ
		// from run to run (a parameter).
		if err := c.check("cublasLtMatmulDescSetAttribute(BIAS_POINTER)", c.descSet(m.desc, descBiasPointer, unsafe.Pointer(&bias), 8)); err != nil {
			return err
		}
	}
	return c.check("cublasLtMatmul", c.matmul(h, m.desc, unsafe.Pointer(&m.alpha[0]), rhs, m.a, lhs, m.b,
		unsafe.Pointer(&m.beta[0]), out, m.c, out, m.c, unsafe.Pointer(&m.algo.algo[0]), ws, gemmWorkspaceBytes, s))
}
