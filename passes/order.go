package passes

import (
	"fmt"
	"strings"
)

// Constraint is one ordering rule between two passes: when a pipeline runs
// both Before and After, Before must run first. Reason says what breaks (or
// what is lost) otherwise; Check quotes it.
type Constraint struct {
	Before, After string
	Reason        string
}

// Order is the table of ordering constraints every pipeline is checked
// against (see Check), in the manner of Go's cmd/compile/internal/ssa
// passOrder. It names the passes of Standard and those that backends add
// around it (llvm's decompose-long-attention and widen-half-dots). A
// constraint only binds pipelines that run both of its passes. The table
// is data for Check and documentation; it is never modified.
var Order = []Constraint{
	// Standard.
	{"attnmask", "decompose", "attnmask owns lowering Attention's mask description; decompose's keep rule would otherwise expand every Attention the backend does not declare first, and attnmask would never see one"},
	{"decompose", "constfold", "decompose's expansions produce the scalar constants and broadcast constants that constfold folds"},
	{"decompose", "simplify", "decompose's expansions produce the identity converts, reshapes, transposes and broadcasts that simplify removes or merges"},
	{"decompose", "cse", "expansions of several composites of the same operands produce identical values that cse merges"},
	{"decompose", "deadcode", "decompose leaves the replaced composites behind (Func.Rewrite does not delete them)"},
	{"constfold", "simplify", "folding produces the constants that simplify's identity rules (x*1, x+(-0), select on a constant predicate) look for"},
	{"constfold", "deadcode", "folding leaves the folded values' constant operands unused"},
	{"simplify", "cse", "simplify replaces values by their operands and emits merged reshapes, transposes and broadcasts, creating duplicates that cse merges"},
	{"simplify", "deadcode", "simplify leaves the values it replaced behind"},
	{"cse", "deadcode", "merging leaves the losing duplicates unused"},

	// llvm: decompose-long-attention expands long Attention values into
	// primitives (with passes.Decompose) before the standard pipeline.
	{"decompose-long-attention", "constfold", "the attention expansion produces scalar constants and broadcast constants for constfold"},
	{"decompose-long-attention", "simplify", "the attention expansion produces reshapes and converts for simplify to merge or remove"},
	{"decompose-long-attention", "cse", "the expansions of attentions that share operands produce identical values (masks, iotas, reshapes) that cse merges"},
	{"decompose-long-attention", "deadcode", "the replaced Attention values stay behind until deadcode removes them"},
	{"decompose-long-attention", "widen-half-dots", "the expansion's QK^T and PV dots take f16/bf16 operands; widen-half-dots must see them to give them the float32 GEMM kernels"},
	// llvm: decompose-expert-matmul expands the expert_matmul values its
	// kernels do not take into gathers and dots.
	{"decompose-expert-matmul", "cse", "expansions of expert matmuls that share routing produce identical gathers and broadcasts that cse merges"},
	{"decompose-expert-matmul", "deadcode", "the replaced ExpertMatmul values stay behind until deadcode removes them"},
	// xla: decompose-quant-rows expands decode-shaped quant matmuls into
	// a multiply + reduce over the packed weight.
	{"decompose-quant-rows", "decompose", "the expansion takes the decode-shaped quant_matmul values before decompose would turn them into a dequantized weight and a dot_general"},
	{"decompose-quant-rows", "cse", "expansions of quant matmuls that share x produce identical converts and reshapes of x that cse merges"},
	{"decompose-quant-rows", "deadcode", "the replaced QuantMatmul values stay behind until deadcode removes them"},
	{"decompose-quant-matmul", "deadcode", "the replaced QuantMatmul values stay behind until deadcode removes them"},
	{"decompose-quant-matmul", "widen-half-dots", "the expansion's dots may take f16/bf16 weights; widen-half-dots must see them to give them the float32 GEMM kernels"},
	{"decompose-expert-matmul", "widen-half-dots", "the expansion's dots take f16/bf16 operands; widen-half-dots must see them to give them the float32 GEMM kernels"},

	// llvm: widen-half-dots gives each f16/bf16 dot float32 operands
	// (one widening convert per operand) and a float32 result.
	{"decompose", "widen-half-dots", "decompose's expansions (attention's QK^T and PV) emit f16/bf16 dots that must be widened too"},
	{"attnmask", "widen-half-dots", "attnmask's expansion of Attention emits f16/bf16 dots that must be widened too"},
	{"constfold", "widen-half-dots", "constfold would fold the widening convert of an f16/bf16 constant into a float32 constant twice its size, which the GEMM then reads instead of widening the half constant as it packs it"},
	{"cse", "widen-half-dots", "the GEMM reads a widening convert from its f16/bf16 source only while the dot is the convert's only user; cse would merge the converts of an operand several dots share (the Q, K and V projections of one input) into one materialised float32 copy"},
}

// Check reports whether p is well formed and satisfies Order: every pass
// has a name and a Run function, no name appears twice (Options name
// passes), and for every constraint whose two passes p runs, Before comes
// first. The error names the pipeline, the constraint and its reason.
func Check(p Pipeline) error {
	at := make(map[string]int, len(p.Passes))
	for i, ps := range p.Passes {
		switch {
		case ps.Name == "":
			return fmt.Errorf("pipeline %s: pass %d has no name", p.Name, i)
		case ps.Run == nil:
			return fmt.Errorf("pipeline %s: pass %s has no Run function", p.Name, ps.Name)
		case ps.Name == "all":
			return fmt.Errorf("pipeline %s: a pass may not be named \"all\" (Options.DumpAfter uses it for every pass)", p.Name)
		case strings.Contains(ps.Name, ","):
			return fmt.Errorf("pipeline %s: pass name %q contains a comma (KILN_DUMP_IR and KILN_DISABLE_PASSES are comma-separated)", p.Name, ps.Name)
		}
		if j, dup := at[ps.Name]; dup {
			return fmt.Errorf("pipeline %s: pass %s appears twice (at %d and %d)", p.Name, ps.Name, j, i)
		}
		at[ps.Name] = i
	}
	for _, c := range Order {
		b, okB := at[c.Before]
		a, okA := at[c.After]
		if okB && okA && b > a {
			return fmt.Errorf("pipeline %s: pass %s (at %d) must run before %s (at %d): %s", p.Name, c.Before, b, c.After, a, c.Reason)
		}
	}
	return nil
}
