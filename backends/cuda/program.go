package cuda

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/backends"
)

// A program is what code generation makes of one function, independent of
// any device: the CUDA C module text and the steps Run performs, in order,
// on one stream. It is the unit the golden tests check and the module
// cache keys on.
type program struct {
	name    string
	source  string   // prelude + kernels
	kernels []string // kernel names in source order
	steps   []step
	consts  [][]byte // constant data, uploaded once per executable
	wsBytes int      // workspace bytes per run
	sig     backends.Signature
	// inPlace maps a result index to the parameter whose memory it takes
	// when that argument is donated (the buffer plan's InPlace).
	inPlace map[int]int
}

// bufKind is the memory a kernel argument points into.
type bufKind uint8

const (
	bufParam     bufKind = iota // argument buffer Index
	bufResult                   // result buffer Index
	bufWorkspace                // workspace slot Index, at byte offset offset (set once the plan is laid out)
	bufConst                    // constant Index
)

// bufRef is one device address of a run: a buffer plus a byte offset.
type bufRef struct {
	kind   bufKind
	index  int
	offset int
}

func (r bufRef) String() string {
	switch r.kind {
	case bufParam:
		return fmt.Sprintf("param%d", r.index)
	case bufResult:
		return fmt.Sprintf("result%d", r.index)
	case bufConst:
		return fmt.Sprintf("const%d", r.index)
	}
	return fmt.Sprintf("ws+%d", r.offset)
}

type stepKind uint8

const (
	stepKernel stepKind = iota // launch kernel on grid x block threads with args
	stepGemm                   // cuBLASLt GEMM out = lhs · rhs
)

// step is one launch of the program.
type step struct {
	kind          stepKind
	what          string // the IR value it computes, for errors and dumps
	kernel        string
	grid, block   int
	args          []bufRef
	gemm          *gemmPlan
	lhs, rhs, out bufRef
	// hasBias: out = lhs · rhs + bias broadcast along N (cuBLASLt's bias
	// epilogue); bias is a vector of out's dtype.
	hasBias bool
	bias    bufRef
	// skipIfSame: the kernel copies args[1] into args[0] and is not
	// launched when both are the same memory (an in-place update).
	skipIfSame bool
}

// skipped reports whether s is not launched this run, given the run's
// address of each reference.
func (s step) skipped(addr func(bufRef) uintptr) bool {
	return s.skipIfSame && addr(s.args[0]) == addr(s.args[1])
}

// alignment is the byte alignment r is known to have at run time: device
// allocations are 256-byte aligned, workspace slots sit at offsets that
// are multiples of 64.
func (r bufRef) alignment() int {
	if r.kind != bufWorkspace || r.offset == 0 {
		return 256
	}
	a := r.offset & -r.offset
	return min(a, 256)
}

func (s step) String() string {
	if s.kind == stepGemm {
		b := ""
		if s.hasBias {
			b = " bias=" + s.bias.String()
		}
		return fmt.Sprintf("gemm %s out=%s lhs=%s rhs=%s%s  // %s", s.gemm, s.out, s.lhs, s.rhs, b, s.what)
	}
	args := make([]string, len(s.args))
	for i, a := range s.args {
		args[i] = a.String()
	}
	skip := ""
	if s.skipIfSame {
		skip = " unless " + args[0] + " == " + args[1]
	}
	return fmt.Sprintf("launch %s<<<%d, %d>>>(%s)%s  // %s", s.kernel, s.grid, s.block, strings.Join(args, ", "), skip, s.what)
}

// Listing is the module text followed by the launch plan, as the golden
// files hold it.
func (p *program) Listing() string {
	var b strings.Builder
	b.WriteString(p.source)
	fmt.Fprintf(&b, "// ----- plan of %s: workspace %d bytes, %d constants\n", p.name, p.wsBytes, len(p.consts))
	for _, s := range p.steps {
		b.WriteString("// " + s.String() + "\n")
	}
	return b.String()
}
