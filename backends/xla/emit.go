package xla

import (
	"fmt"
	"os"
	"strings"

	"github.com/gomlx/go-xla/pkg/stablehlo"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// EnvGEMV set to "1" lowers one-token linear layers as multiply + reduce
// instead of dot_general (see gemv in lower_ops.go; off by default).
const EnvGEMV = "KILN_XLA_GEMV"

// Module is the StableHLO form of one IR function: what Compile hands to
// PJRT.
type Module struct {
	// Text is the StableHLO module (MLIR text, function @main).
	Text string
	// Signature is the calling convention of the IR function.
	Signature backends.Signature
	// Aliases maps a parameter index to the result index whose buffer it
	// may become when the argument is donated (tf.aliasing_output): a
	// result that is a chain of dynamic_update_slice on that parameter,
	// such as an updated KV cache.
	Aliases map[int]int
}

// Pipeline is the backend's pass pipeline: passes.Standard with the
// backend's capabilities (every composite is decomposed; XLA fuses the
// expansions by itself) and constant folding on interp.
func (*Backend) Pipeline() passes.Pipeline { return pipeline() }

func pipeline() passes.Pipeline {
	p := passes.Standard(capabilities().HasOp, backends.NewEvaluator(interp.New()))
	p.Name = "xla"
	p.Passes = withQuantRows(p.Passes)
	return p
}

// withQuantRows puts decompose-quant-rows before the standard passes: the
// quant_matmul and quant_matmul_codebook values of decode-shaped x (up to
// passes.QuantRowsMaxRows rows) become one multiply + reduce over the
// packed weight, which XLA fuses into a row reduction that reads the
// packed bytes (4 bits: a quarter of bf16's), instead of the standard
// decomposition's dequantized float weight and dot_general, which
// re-materialises the weight every call. Larger x (prefill) gets the
// dequantized weight and one dot_general, built by the same pass so that
// its rounding to the scales' dtype is float32 arithmetic
// (passes.RoundFloat32Exactly), not a convert pair XLA's GPU compiler
// would delete.
func withQuantRows(ps []passes.Pass) []passes.Pass {
	return append([]passes.Pass{{Name: "decompose-quant-rows", Run: passes.DecomposeQuantRows(passes.QuantRowsMaxRows)}}, ps...)
}

// pipelineCuDNN is pipeline, keeping the attentions and attention
// gradients cuDNN runs (cudnnAttentionOK).
func pipelineCuDNN() passes.Pipeline {
	caps := capabilities()
	p := passes.StandardValues(func(v *ir.Value) bool { return caps.HasOp(v.Op) || cudnnAttentionOK(v) },
		backends.NewEvaluator(interp.New()))
	p.Name = "xla-cudnn"
	p.Passes = withQuantRows(p.Passes)
	return p
}

// Emit runs the backend's pass pipeline (Pipeline) on a clone of f (f is
// not modified) and lowers the result to StableHLO. It needs no plugin:
// this is what CI checks against golden files.
func Emit(f *ir.Func, opts backends.CompileOptions) (*Module, error) {
	return EmitFor(f, opts, Target{})
}

// EmitFor is Emit with the device-specific lowerings t allows (Compile
// passes its plugin's).
func EmitFor(f *ir.Func, opts backends.CompileOptions, t Target) (*Module, error) {
	if f == nil {
		return nil, fmt.Errorf("xla: emit: nil func")
	}
	p := pipeline()
	if t.CuDNNAttention && hasAttentionGrad(f) {
		p = pipelineCuDNN()
	}
	g, err := backends.RunPipeline(p, f, opts)
	if err != nil {
		return nil, fmt.Errorf("xla: emit %s: %w", f.Name, err)
	}
	m, err := lowerFunc(g)
	if err != nil {
		return nil, fmt.Errorf("xla: emit %s: %w", f.Name, err)
	}
	m.Signature = backends.SignatureOf(f)
	return m, nil
}

// lowerFunc lowers a function of primitive ops.
func lowerFunc(f *ir.Func) (*Module, error) {
	aliases := findAliases(f)
	b := stablehlo.New(sanitize(f.Name))
	fn := b.Main()
	l := &lowerer{fn: fn, vals: make(map[*ir.Value]*stablehlo.Value, len(f.Values)), useGEMV: os.Getenv(EnvGEMV) == "1",
		cudnnStats: map[*ir.Value]bool{}, cudnnFwds: map[*ir.Value]*cudnnFwd{}, cudnnGrads: map[[2]*ir.Value][]*stablehlo.Value{},
		barriers: map[string]string{}, epilogues: findBiasEpilogues(f)}
	for _, v := range f.Values {
		if v.Op == ir.OpAttentionGrad {
			l.cudnnStats[v.Args[3]] = true
		}
	}
	for i, p := range f.Params {
		sh, err := shapeOf(p.Type)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", p.Name, err)
		}
		var attrs map[string]any
		if r, ok := aliases[i]; ok {
			attrs = map[string]any{"tf.aliasing_output": int32(r)}
		}
		v, err := fn.NamedInputWithAttributes(fmt.Sprintf("p%d_%s", i, sanitize(p.Name)), sh, attrs)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", p.Name, err)
		}
		l.vals[p] = v
	}
	for _, v := range f.Values {
		if v.Op == ir.OpParameter {
			continue
		}
		out, err := lowerSafe(l, v)
		if err != nil {
			return nil, fmt.Errorf("%%%d = %s %s at %s: %w", v.ID, v.Op, v.Type, v.Pos, err)
		}
		l.vals[v] = out
	}
	res := make([]*stablehlo.Value, len(f.Results))
	for i, r := range f.Results {
		res[i] = l.vals[r]
	}
	if len(res) == 0 {
		return nil, fmt.Errorf("function %s has no results", f.Name)
	}
	if err := fn.Return(res...); err != nil {
		return nil, err
	}
	text, err := b.Build()
	if err != nil {
		return nil, err
	}
	spliced, err := spliceCalls(string(text), l.calls, l.barriers)
	if err != nil {
		return nil, err
	}
	return &Module{Text: spliced, Aliases: aliases}, nil
}

// lowerSafe turns a panic inside go-xla's builders into an error.
func lowerSafe(l *lowerer, v *ir.Value) (out *stablehlo.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return l.lowerValue(v)
}

// UpdateSuffix ends the name of a result that is the new value of the
// parameter named by the rest (train's step results "w.new" for "w").
const UpdateSuffix = ".new"

// findAliases pairs parameters with results that are dynamic_update_slice
// chains on them (same type), and with results named after them plus
// UpdateSuffix (same type): a training step's new weights and optimizer
// state, which the session donates the old buffers for (session.Call's
// Updates). Donating such a parameter lets XLA write the result into it
// in place (tf.aliasing_output); one not donated is copied by PJRT first,
// so an alias is never wrong, only wasted. Each parameter and result is
// used at most once.
func findAliases(f *ir.Func) map[int]int {
	pidx := make(map[*ir.Value]int, len(f.Params))
	for i, p := range f.Params {
		pidx[p] = i
	}
	out := map[int]int{}
	taken := map[int]bool{}
	resTaken := map[int]bool{}
	for ri, r := range f.Results {
		if ri >= len(f.ResultNames) || !strings.HasSuffix(f.ResultNames[ri], UpdateSuffix) {
			continue
		}
		p := f.ParamByName(strings.TrimSuffix(f.ResultNames[ri], UpdateSuffix))
		if p == nil || !p.Type.Equal(r.Type) || taken[pidx[p]] {
			continue
		}
		taken[pidx[p]], resTaken[ri] = true, true
		out[pidx[p]] = ri
	}
	for ri, r := range f.Results {
		if resTaken[ri] {
			continue
		}
		v := r
		for v.Op == ir.OpDynamicUpdateSlice {
			v = v.Args[0]
		}
		if v == r || v.Op != ir.OpParameter || !v.Type.Equal(r.Type) {
			continue
		}
		pi := pidx[v]
		if taken[pi] {
			continue
		}
		taken[pi] = true
		out[pi] = ri
	}
	return out
}

// sanitize makes a name a valid StableHLO identifier.
func sanitize(s string) string {
	s = stablehlo.NormalizeIdentifier(s)
	if s == "" {
		return "f"
	}
	return strings.ToLower(s[:1]) + s[1:]
}
