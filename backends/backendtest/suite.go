// Package backendtest is the conformance suite every kiln backend runs:
//
//	func TestConformance(t *testing.T) { backendtest.Run(t, mybackend.New()) }
//
// It has at least one case for every op of the IR table (a subtest fails
// when an op has none), over several dtypes and shapes: scalars,
// broadcasting patterns, empty dimensions, odd sizes and the edge cases the
// op table defines (NaN, infinities, -0, integer wrap-around, division by
// zero, clamped gather and dynamic-slice indices, skipped scatter indices,
// arg-reduction ties). Expected values are hand-written literals or come
// from straightforward Go reference code in this package; nothing is
// computed by backends/interp. A backend other than interp is also compared
// against interp on seeded random inputs for every case. Further subtests
// check buffer semantics: donation, freed buffers, bad arguments, multiple
// results, returning a parameter.
package backendtest

import (
	"fmt"
	"hash/fnv"
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// opCase is one conformance check of one op.
type opCase struct {
	name     string
	op       ir.Op                                             // the op under test; must occur in the built function
	build    func(g *frontend.Graph)                           // declares parameters, values and results (see buildFunc)
	inputs   []*tensor.Tensor                                  // one per parameter
	want     []*tensor.Tensor                                  // hand-written expected results, or
	ref      func(in []*tensor.Tensor) []*tensor.Tensor        // an independent computation of them
	tol      float64                                           // relative tolerance override (0: by dtype)
	wantTol  float64                                           // tolerance for the expected values only (0: tol)
	zeroSign bool                                              // the sign of zero results must match want
	gen      func(r *rand.Rand, ts []ir.Type) []*tensor.Tensor // random inputs (nil: by type)
}

// Run runs the whole conformance suite against b. It skips (with the
// reason) when b is not available on this machine.
func Run(t *testing.T, b backends.Backend) {
	t.Helper()
	if err := b.Available(); err != nil {
		t.Skipf("backend %s not available: %v", b.Name(), err)
	}
	cases := allCases()
	t.Run("coverage", func(t *testing.T) { checkCoverage(t, cases) })
	t.Run("ops", func(t *testing.T) {
		precompileCases(t, b, cases)
		for _, c := range cases {
			t.Run(c.op.String()+"/"+c.name, func(t *testing.T) { runCase(t, b, c) })
		}
	})
	t.Run("buffers", func(t *testing.T) { runBufferTests(t, b) })
}

// precompileCases hands every case's function to b's Precompile, when b
// has one (backends.Precompiler), with the options checkCase compiles
// them with: the llvm backend then builds hundreds of small modules with a
// few tool processes instead of two each. Each case still compiles its own
// function and reports its own errors; a failure here is only logged.
func precompileCases(t *testing.T, b backends.Backend, cases []opCase) {
	p, ok := b.(backends.Precompiler)
	if !ok {
		return
	}
	var fs []*ir.Func
	for _, c := range cases {
		if f, err := buildCase(c); err == nil && unsupported(b, f) == "" {
			fs = append(fs, f)
		}
	}
	if err := p.Precompile(fs, caseCompileOptions); err != nil {
		t.Logf("precompile (the cases compile one by one instead): %v", err)
	}
}

// caseCompileOptions are the options every case is compiled with.
var caseCompileOptions = backends.CompileOptions{Options: passes.Options{Verify: true}}

// checkCoverage fails when an op of the table has no case or two cases
// share a name.
func checkCoverage(t *testing.T, cases []opCase) {
	names := map[string]bool{}
	for _, c := range cases {
		key := c.op.String() + "/" + c.name
		if names[key] {
			t.Errorf("duplicate case name %s", key)
		}
		names[key] = true
	}
	if missing := uncovered(cases); len(missing) > 0 {
		var s []string
		for _, op := range missing {
			s = append(s, op.String())
		}
		t.Errorf("ops without a conformance case: %s", strings.Join(s, ", "))
	}
}

// uncovered lists, in table order, the ops of ir.AllOps that no case tests.
func uncovered(cases []opCase) []ir.Op {
	covered := map[ir.Op]bool{}
	for _, c := range cases {
		covered[c.op] = true
	}
	var out []ir.Op
	for _, op := range ir.AllOps() {
		if !covered[op] {
			out = append(out, op)
		}
	}
	return out
}

// buildCase builds the case's function and checks it contains the op.
func buildCase(c opCase) (*ir.Func, error) {
	f, err := buildFunc(c.name, c.build)
	if err != nil {
		return nil, err
	}
	found := false
	for _, v := range f.Values {
		found = found || v.Op == c.op
	}
	if !found {
		return nil, fmt.Errorf("built function does not contain op %s", c.op)
	}
	return f, nil
}

// unsupported names a dtype or op of f that b does not declare, or "".
func unsupported(b backends.Backend, f *ir.Func) string {
	caps := b.Capabilities()
	for _, v := range f.Values {
		if !caps.HasDType(v.Type.DType) {
			return "dtype " + v.Type.DType.String()
		}
		if !caps.HasOp(v.Op) && !v.Op.Has(ir.FlagComposite) {
			return "op " + v.Op.String()
		}
	}
	return ""
}

func runCase(t *testing.T, b backends.Backend, c opCase) {
	skip, errs := checkCase(b, c)
	if skip != "" {
		t.Skip(skip)
	}
	for _, err := range errs {
		t.Error(err)
	}
}

// checkCase runs one case on b and returns why it was skipped, or every
// mismatch and failure it found.
func checkCase(b backends.Backend, c opCase) (skip string, errs []error) {
	f, err := buildCase(c)
	if err != nil {
		return "", []error{fmt.Errorf("suite bug: building case: %w", err)}
	}
	if len(c.inputs) != len(f.Params) {
		return "", []error{fmt.Errorf("suite bug: %d inputs for %d parameters", len(c.inputs), len(f.Params))}
	}
	if why := unsupported(b, f); why != "" {
		return fmt.Sprintf("%s does not declare %s", b.Name(), why), nil
	}
	exe, err := b.Compile(f, caseCompileOptions)
	if err != nil {
		return "", []error{fmt.Errorf("compile:\n%s\nerror: %w", f, err)}
	}
	want := c.want
	if c.ref != nil {
		want = c.ref(c.inputs)
	}
	got, err := execute(b, exe, c.inputs)
	if err != nil {
		return "", []error{fmt.Errorf("run:\n%s\nerror: %w", f, err)}
	}
	if len(got) != len(want) {
		return "", []error{fmt.Errorf("%d results, want %d", len(got), len(want))}
	}
	for i := range want {
		tol := tolerance(c.tol, want[i].DType)
		if c.wantTol > 0 {
			tol = c.wantTol
		}
		if err := compareTensors(got[i], want[i], tol, c.zeroSign); err != nil {
			errs = append(errs, fmt.Errorf("result %d: %w\ninputs: %v\nfunc:\n%s", i, err, c.inputs, f))
		}
	}
	if b.Name() == "interp" {
		return "", errs
	}
	r := rand.New(rand.NewSource(seedOf(c.op.String() + "/" + c.name)))
	gen := c.gen
	if gen == nil {
		gen = randomInputs
	}
	for trial := 0; trial < 2; trial++ {
		in := gen(r, backends.SignatureOf(f).Params)
		ref, err := interp.Eval(f, in...)
		if err != nil {
			return "", append(errs, fmt.Errorf("interp on random inputs: %w", err))
		}
		got, err := execute(b, exe, in)
		if err != nil {
			return "", append(errs, fmt.Errorf("run on random inputs: %w", err))
		}
		for i := range ref {
			if err := compareTensors(got[i], ref[i], tolerance(c.tol, ref[i].DType), false); err != nil {
				errs = append(errs, fmt.Errorf("random trial %d, result %d differs from interp: %w\ninputs: %v", trial, i, err, in))
			}
		}
	}
	return "", errs
}

// execute uploads inputs, runs exe and downloads (and frees) the results.
func execute(b backends.Backend, exe backends.Executable, inputs []*tensor.Tensor) ([]*tensor.Tensor, error) {
	args := make([]backends.Buffer, len(inputs))
	for i, in := range inputs {
		buf, err := b.Upload(in)
		if err != nil {
			return nil, fmt.Errorf("upload input %d: %w", i, err)
		}
		defer buf.Free()
		args[i] = buf
	}
	res, err := exe.Run(args, backends.RunOptions{})
	if err != nil {
		return nil, err
	}
	out := make([]*tensor.Tensor, len(res))
	for i, r := range res {
		t, err := r.Download()
		r.Free()
		if err != nil {
			return nil, fmt.Errorf("download result %d: %w", i, err)
		}
		out[i] = t
	}
	return out, nil
}

func seedOf(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64() >> 1)
}
