package passes_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
)

// checkBufferPlan verifies a buffer plan's invariants on f, independently
// of how PlanBuffers computes it: every value has a place that agrees with
// its fusion role; shared buffers have a writer; every kernel finds the
// workspace slots it reads live at its position, and returned slots live
// to the end; direct and in-place results are consistent; and the layout
// never puts two simultaneously live slots on the same bytes.
func checkBufferPlan(t *testing.T, f *ir.Func, fp *passes.FusionPlan, bp *passes.BufferPlan) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\n%s\n%s", append(args, bp, f)...)
	}
	pos := map[*ir.Value]int{}
	for i, v := range f.Values {
		pos[v] = i
	}
	for i, v := range f.Values {
		pl, ok := bp.Places[v]
		if !ok {
			fail("%%%d has no place", v.ID)
		}
		switch {
		case v.Op == ir.OpParameter:
			if pl.Home != passes.HomeParam || f.Params[pl.Index] != v {
				fail("parameter %%%d is %+v", v.ID, pl)
			}
		case v.Op == ir.OpConstant:
			if pl.Home != passes.HomeSplat && pl.Home != passes.HomeConstant {
				fail("constant %%%d is %s", v.ID, pl.Home)
			}
		case pl.Home == passes.HomeView || pl.Home == passes.HomeReadThrough:
			if pl.Of != v.Args[0] || (pl.Home == passes.HomeView && v.Op != ir.OpReshape) {
				fail("%%%d is a %s of %v", v.ID, pl.Home, pl.Of)
			}
		case fp.RoleOf(v) == passes.Inline:
			if pl.Home != passes.HomeNone {
				fail("inline %%%d is %s", v.ID, pl.Home)
			}
		case fp.RoleOf(v) == passes.RowLocal:
			if pl.Home != passes.HomeRow {
				fail("row-local %%%d is %s", v.ID, pl.Home)
			}
		case pl.Home != passes.HomeResult && pl.Home != passes.HomeWorkspace:
			fail("stored %%%d is %s", v.ID, pl.Home)
		}
		if d := fp.EpilogueOf[v]; d != nil && pl.Writer != d {
			fail("epilogue exit %%%d is written by %v, want its GEMM %%%d", v.ID, pl.Writer, d.ID)
		}
		if w := pl.Writer; w != nil && fp.EpilogueOf[v] != w && bp.MergedHeads[w] != v {
			fail("%%%d is written by %%%d, which is neither its GEMM nor a head-merging attention", v.ID, w.ID)
		}
		if pl.Home == passes.HomeWorkspace {
			s := bp.Slots[pl.Index]
			if s.Def > i {
				fail("%%%d at %d is in slot %d defined at %d", v.ID, i, pl.Index, s.Def)
			}
			if owner := bp.Place(s.Value); s.Value != v && (owner.Home != pl.Home || owner.Index != pl.Index || (pl.Writer != s.Value && owner.Writer != v)) {
				fail("%%%d shares slot %d of %v without writing or being written by it", v.ID, pl.Index, s.Value)
			}
		}
	}
	// Liveness: a kernel reads its operands' storage, through values
	// computed inline.
	var reads func(at int, x *ir.Value, who string)
	reads = func(at int, x *ir.Value, who string) {
		pl := bp.Place(x)
		switch pl.Home {
		case passes.HomeNone, passes.HomeRow:
			for _, a := range x.Args {
				reads(at, a, who)
			}
		case passes.HomeView, passes.HomeReadThrough:
			reads(at, pl.Of, who)
		case passes.HomeWorkspace:
			if s := bp.Slots[pl.Index]; at < s.Def || at > s.Last {
				fail("%s at %d reads %%%d in slot %d, live only %d..%d", who, at, x.ID, pl.Index, s.Def, s.Last)
			}
		}
	}
	for i, v := range f.Values {
		if bp.Place(v).Buffered() {
			for _, a := range v.Args {
				reads(i, a, fmt.Sprintf("%%%d", v.ID))
			}
		}
	}
	for j, r := range f.Results {
		reads(len(f.Values), r, fmt.Sprintf("result %d", j))
		pl := bp.Place(r)
		if bp.DirectResults[j] != (pl.Home == passes.HomeResult && pl.Index == j) {
			fail("result %d: direct %v, place %+v", j, bp.DirectResults[j], pl)
		}
	}
	given := map[int]int{}
	for j, q := range bp.InPlace {
		r := f.Results[j]
		if prev, dup := given[q]; dup {
			fail("results %d and %d both in place of parameter %d", prev, j, q)
		}
		given[q] = j
		if !bp.DirectResults[j] || !r.Type.Equal(f.Params[q].Type) {
			fail("result %d in place of parameter %d: direct %v, types %s and %s", j, q, bp.DirectResults[j], r.Type, f.Params[q].Type)
		}
		if r.Op != ir.OpDynamicUpdateSlice {
			checkElementwiseInPlace(t, f, bp, j, q, pos, fail)
			continue
		}
		if r.Args[0] != f.Params[q] {
			fail("result %d in place of parameter %d", j, q)
		}
		for _, v := range f.Values {
			for _, a := range v.Args {
				if a == f.Params[q] && v != r {
					fail("result %d in place of parameter %d, which %%%d also reads", j, q, v.ID)
				}
			}
		}
		for _, o := range f.Results {
			if o == f.Params[q] {
				fail("result %d in place of parameter %d, which is returned", j, q)
			}
		}
	}
	checkLayout(t, bp)
}

// checkElementwiseInPlace: result j, in place of parameter q, is an
// elementwise kernel of its own that reads q only at the index it writes
// (through elementwise values of its shape), and no kernel after it, nor a
// result's copy at the end, reads q.
func checkElementwiseInPlace(t *testing.T, f *ir.Func, bp *passes.BufferPlan, j, q int, pos map[*ir.Value]int, fail func(string, ...any)) {
	t.Helper()
	r, param := f.Results[j], f.Params[q]
	if !r.Op.Has(ir.FlagElementwise) || bp.Place(r).Writer != nil {
		fail("result %d (%s) in place of parameter %d is not an elementwise kernel of its own", j, r.Op, q)
	}
	var inKernel func(v *ir.Value, same bool)
	inKernel = func(v *ir.Value, same bool) {
		for _, a := range v.Args {
			ok := same && v.Op.Has(ir.FlagElementwise) && a.Type.Shape.Equal(v.Type.Shape)
			switch pl := bp.Place(a); {
			case a == param && !ok:
				fail("result %d in place of parameter %d reads it at another index (through %%%d)", j, q, v.ID)
			case pl.Home == passes.HomeNone || pl.Home == passes.HomeRow:
				inKernel(a, ok && pl.Home == passes.HomeNone)
			case pl.Home == passes.HomeView || pl.Home == passes.HomeReadThrough:
				inKernel(&ir.Value{Args: []*ir.Value{pl.Of}}, false)
			}
		}
	}
	inKernel(r, true)
	var reaches func(x *ir.Value) bool
	reaches = func(x *ir.Value) bool {
		if x == param {
			return true
		}
		switch pl := bp.Place(x); pl.Home {
		case passes.HomeNone, passes.HomeRow:
			for _, a := range x.Args {
				if reaches(a) {
					return true
				}
			}
		case passes.HomeView, passes.HomeReadThrough:
			return reaches(pl.Of)
		}
		return false
	}
	for i, v := range f.Values {
		if i > pos[r] && bp.Place(v).Buffered() && reaches(&ir.Value{Args: v.Args}) {
			fail("result %d in place of parameter %d, which %%%d reads after it", j, q, v.ID)
		}
	}
	for k, o := range f.Results {
		if reaches(o) && (o != r || k != j) {
			fail("result %d in place of parameter %d, which result %d reads at the end", j, q, k)
		}
	}
}

// TestPlanBuffersRandomPrograms checks the plan's invariants on random
// programs, decomposed and fused as a loop backend would.
func TestPlanBuffersRandomPrograms(t *testing.T) {
	for seed := uint64(0); seed < 150; seed++ {
		f := genProgram(t, seed)
		if err := passes.Standard(nil, interpEval).Run(f, passes.Options{Verify: true}); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		fp, err := passes.Fuse(f, testRules())
		if err != nil {
			t.Fatal(err)
		}
		bp, err := passes.PlanBuffers(f, fp, bufRules())
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		checkBufferPlan(t, f, fp, bp)
	}
}

// TestPlanBuffersModelPrograms checks the plan's invariants on the
// programs of the test fixtures' models (float32 and bfloat16, with and
// without a KV cache), fused as the llvm backend fuses them; the decoders
// with a cache update it in place and merge their attention heads.
func TestPlanBuffersModelPrograms(t *testing.T) {
	fixtures, err := filepath.Glob("../testdata/models/*/config.json")
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no model fixtures: %v", err)
	}
	keep := func(op ir.Op) bool { return !op.Has(ir.FlagComposite) || op == ir.OpAttention }
	for _, path := range fixtures {
		name := filepath.Base(filepath.Dir(path))
		cfg, err := models.LoadConfig(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := models.New(cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		_, decoder := m.(models.Decoder)
		for _, dt := range []ir.DType{ir.Float32, ir.BFloat16} {
			spec := models.Spec{Batch: 2, Seq: 3}
			switch mm := m.(type) {
			case models.TextEncoderDecoder:
				// The decoder stage over 4 encoder positions (T5, BART).
				spec = models.Spec{Batch: 1, Seq: 1, Cache: 8, Stage: models.StageDecoder, Source: 4}
			case models.Decoder:
				spec = models.Spec{Batch: 1, Seq: 1, Cache: 8}
			case models.ImageModel:
				spec = models.ImageSpec(mm, 2)
			case models.ImageTextModel:
				spec.Images = 1
			}
			t.Run(fmt.Sprintf("%s/%s", name, dt), func(t *testing.T) {
				f, err := frontend.Build(name, func(g *frontend.Graph) error { return m.Build(g, spec, dt) })
				if err != nil {
					t.Fatal(err)
				}
				if err := passes.Standard(keep, interpEval).Run(f, passes.Options{}); err != nil {
					t.Fatal(err)
				}
				fp, err := passes.Fuse(f, attnFusionRules())
				if err != nil {
					t.Fatal(err)
				}
				bp, err := passes.PlanBuffers(f, fp, bufRules())
				if err != nil {
					t.Fatal(err)
				}
				checkBufferPlan(t, f, fp, bp)
				if decoder && (len(bp.InPlace) == 0 || len(bp.MergedHeads) == 0 && hasAttentionOp(f)) {
					t.Errorf("decoder with a cache: %d results in place, %d merged attentions; want some of each\n%s", len(bp.InPlace), len(bp.MergedHeads), bp)
				}
				if bp.WorkspaceBytes == 0 {
					t.Errorf("no workspace:\n%s", bp)
				}
			})
		}
	}
}

// hasAttentionOp reports whether f keeps an Attention op (T5's attention,
// with its additive position bias, is built from primitives and has no
// heads to merge).
func hasAttentionOp(f *ir.Func) bool {
	for _, v := range f.Values {
		if v.Op == ir.OpAttention {
			return true
		}
	}
	return false
}
