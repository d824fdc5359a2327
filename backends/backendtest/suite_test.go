package backendtest

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// wrapped is interp under another name, optionally corrupting results or
// declaring fewer dtypes, to test that the suite notices.
type wrapped struct {
	*interp.Backend
	name    string
	corrupt func(t *tensor.Tensor)
	noDType ir.DType
}

func (w *wrapped) Name() string { return w.name }

func (w *wrapped) Capabilities() backends.Capabilities {
	c := w.Backend.Capabilities()
	delete(c.DTypes, w.noDType)
	return c
}

func (w *wrapped) Compile(f *ir.Func, o backends.CompileOptions) (backends.Executable, error) {
	e, err := w.Backend.Compile(f, o)
	if err != nil {
		return nil, err
	}
	return &wrappedExe{e, w}, nil
}

type wrappedExe struct {
	backends.Executable
	w *wrapped
}

func (e *wrappedExe) Run(args []backends.Buffer, o backends.RunOptions) ([]backends.Buffer, error) {
	res, err := e.Executable.Run(args, o)
	if err != nil || e.w.corrupt == nil {
		return res, err
	}
	for i, r := range res {
		t, err := r.Download()
		if err != nil {
			return nil, err
		}
		r.Free()
		e.w.corrupt(t)
		if res[i], err = e.w.Upload(t); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func TestUncoveredOpsAreReported(t *testing.T) {
	cases := allCases()
	if u := uncovered(cases); len(u) != 0 {
		t.Fatalf("ops without cases: %v", u)
	}
	var fewer []opCase
	for _, c := range cases {
		if c.op != ir.OpAttention && c.op != ir.OpIota {
			fewer = append(fewer, c)
		}
	}
	u := uncovered(fewer)
	if len(u) != 2 || u[0] != ir.OpIota || u[1] != ir.OpAttention {
		t.Errorf("uncovered = %v, want [iota attention]", u)
	}
}

// A correct backend with another name also passes the random comparison
// against interp, for every case.
func TestMirrorPassesRandomComparison(t *testing.T) {
	b := &wrapped{Backend: interp.New(), name: "mirror"}
	for _, c := range allCases() {
		if skip, errs := checkCase(b, c); skip != "" || len(errs) > 0 {
			t.Errorf("%s/%s: skip %q, errors %v", c.op, c.name, skip, errs)
		}
	}
}

func findCase(t *testing.T, op ir.Op, name string) opCase {
	for _, c := range allCases() {
		if c.op == op && c.name == name {
			return c
		}
	}
	t.Fatalf("no case %s/%s", op, name)
	return opCase{}
}

func TestCorruptedResultsAreCaught(t *testing.T) {
	flipLast := func(t *tensor.Tensor) {
		switch n := len(t.Data); {
		case n > 0 && t.DType == ir.Bool:
			t.Data[n-1] = 1 - min(t.Data[n-1], 1)
		case n > 0:
			t.Data[n-1] ^= 0x40
		}
	}
	b := &wrapped{Backend: interp.New(), name: "broken", corrupt: flipLast}
	for _, k := range []struct {
		op   ir.Op
		name string
	}{
		{ir.OpExp, "odd_7x13_f32"},
		{ir.OpAdd, "edges_i32"},
		{ir.OpGather, "embedding_literal_clamped"},
		{ir.OpAttention, "gqa_dv"},
		{ir.OpRNG, "uniform_odd_bf16"},
		{ir.OpCompare, "lt_edges_u8"},
	} {
		_, errs := checkCase(b, findCase(t, k.op, k.name))
		// One mismatch against the expected values, two against interp.
		if len(errs) != 3 {
			t.Errorf("%s/%s: %d errors, want 3: %v", k.op, k.name, len(errs), errs)
		}
	}
}

func TestUndeclaredDTypeSkips(t *testing.T) {
	b := &wrapped{Backend: interp.New(), name: "nobf16", noDType: ir.BFloat16}
	skip, errs := checkCase(b, findCase(t, ir.OpExp, "specials_bf16"))
	if !strings.Contains(skip, "bf16") || len(errs) > 0 {
		t.Errorf("skip %q, errors %v", skip, errs)
	}
}

func TestCompareTensors(t *testing.T) {
	f := func(v ...float64) *tensor.Tensor { return tf(ir.Float32, sh(len(v)), v...) }
	for _, c := range []struct {
		name      string
		got, want *tensor.Tensor
		zeroSign  bool
		ok        bool
	}{
		{"equal", f(1, 2), f(1, 2), false, true},
		{"within_tol", f(1 + 5e-6), f(1), false, true},
		{"outside_tol", f(1 + 5e-5), f(1), false, false},
		{"small_values_absolute", f(3e-6), f(0), false, true},
		{"nan_nan", f(nan), f(nan), false, true},
		{"nan_number", f(nan), f(1), false, false},
		{"number_nan", f(1), f(nan), false, false},
		{"inf_sign", f(-inf), f(inf), false, false},
		{"inf_finite", f(3e38), f(inf), false, false},
		{"zero_sign_ignored", f(negZ), f(0), false, true},
		{"zero_sign_checked", f(negZ), f(0), true, false},
		{"shape", f(1, 2), tf(ir.Float32, sh(2, 1), 1, 2), false, false},
		{"dtype", f(1), tf(ir.Float64, sh(1), 1), false, false},
		{"ints_exact", ti(ir.Int64, sh(1), math.MaxInt64), ti(ir.Int64, sh(1), math.MaxInt64-1), false, false},
		{"bools", tb(sh(2), true, false), tb(sh(2), true, false), false, true},
	} {
		err := compareTensors(c.got, c.want, tolerance(0, c.want.DType), c.zeroSign)
		if (err == nil) != c.ok {
			t.Errorf("%s: err = %v, want ok=%v", c.name, err, c.ok)
		}
	}
}

// TestReferencesCoverOpGroups: the elementwise cases iterate the op
// groups generated from the op table, so an op added to the table gets
// cases on every dtype class it accepts, provided it has a reference
// function there; this fails until it has.
func TestReferencesCoverOpGroups(t *testing.T) {
	for _, op := range groupOpsOn(ir.GroupElementwiseUnary, ir.Float32) {
		if _, ok := refUnary[op]; !ok {
			t.Errorf("%s: no float reference in refUnary", op)
		}
	}
	for _, d := range ints {
		for _, op := range groupOpsOn(ir.GroupElementwiseUnary, d) {
			if _, ok := refIntUnary[op]; !ok {
				t.Errorf("%s on %s: no integer reference in refIntUnary", op, d)
			}
		}
	}
	for _, op := range groupOpsOn(ir.GroupElementwiseBinary, ir.Float32) {
		if _, ok := refFloatBinary[op]; !ok {
			t.Errorf("%s: no float reference in refFloatBinary", op)
		}
	}
	for _, d := range ints {
		for _, op := range groupOpsOn(ir.GroupElementwiseBinary, d) {
			if refIntBinary(op, d) == nil {
				t.Errorf("%s on %s: no integer reference in refIntBinary", op, d)
			}
		}
	}
	if len(groupOpsOn(ir.GroupElementwiseUnary, ir.Float32)) < 16 || len(groupOpsOn(ir.GroupElementwiseBinary, ir.Int32)) < 13 {
		t.Error("the probe finds fewer ops than the table has; check groupOpsOn")
	}
}
