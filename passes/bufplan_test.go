package passes_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// halfWidening is the llvm backend's read-through rule: a float16 or
// bfloat16 value converted to float32 for a GEMM is widened as the GEMM
// reads it.
func halfWidening(v, user *ir.Value) bool {
	d := v.Args[0].Type.DType
	return v.Op == ir.OpConvert && (d == ir.Float16 || d == ir.BFloat16) && v.Type.DType == ir.Float32 && user.Op == ir.OpDotGeneral
}

// bufRules are llvm-like buffer rules: half widening, two program
// scratch slots.
func bufRules() passes.BufferRules {
	return passes.BufferRules{ReadThrough: halfWidening, Scratch: 2}
}

// attnFusionRules are testRules with attention re-reading its operands
// and reading views of them in place, as the llvm backend's.
func attnFusionRules() passes.FusionRules {
	r := testRules()
	reread := r.RereadsOperands
	r.RereadsOperands = func(op ir.Op) bool { return reread(op) || op == ir.OpAttention }
	r.ReadsViews = func(op ir.Op) bool { return op == ir.OpAttention }
	return r
}

// bufPlanOf parses src (checked, not transformed), fuses it under fr and
// plans its buffers under br, checking the plan's invariants.
func bufPlanOf(t *testing.T, src string, fr passes.FusionRules, br passes.BufferRules) (*ir.Func, *passes.BufferPlan) {
	t.Helper()
	f, err := ir.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Check(f); err != nil {
		t.Fatal(err)
	}
	fp, err := passes.Fuse(f, fr)
	if err != nil {
		t.Fatal(err)
	}
	bp, err := passes.PlanBuffers(f, fp, br)
	if err != nil {
		t.Fatal(err)
	}
	checkBufferPlan(t, f, fp, bp)
	return f, bp
}

func TestPlanBuffers(t *testing.T) {
	noEpilogue := testRules()
	noEpilogue.Epilogue = nil
	cases := []struct {
		name string
		fr   passes.FusionRules
		br   passes.BufferRules
		src  string
		want string
	}{{
		// Three GEMMs in a chain: the first one's slot is dead once the
		// second has read it, so the third reuses its bytes.
		name: "lifetimes and sharing",
		fr:   testRules(),
		src: `func @chain {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %3 = dot_general %2, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %4 = dot_general %3, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %5 = dot_general %4, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8] "y"
  return %5
}`,
		want: `workspace 256 bytes
ws0: 128 bytes at 0, live 2..3 for %2
ws1: 128 bytes at 128, live 3..4 for %3
ws2: 128 bytes at 0, live 4..5 for %4
%0: param 0
%1: param 1
%2: ws 0
%3: ws 1
%4: ws 2
%5: result 0
result 0: %5 direct`,
	}, {
		// exp is computed inside the add's loop: the first GEMM's slot
		// lives until the add reads it through the exp. Sizes round up
		// to 64 bytes; the program scratch lives to the end.
		name: "inline reader, alignment, scratch",
		fr:   noEpilogue,
		br:   bufRules(),
		src: `func @inl {
  %0 = parameter : f32[3,3] "x"
  %1 = dot_general %0, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[3,3]
  %2 = dot_general %0, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[3,3]
  %3 = exp %1 : f32[3,3]
  %4 = add %3, %2 : f32[3,3]
  %5 = dot_general %4, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[3,3] "y"
  return %5
}`,
		want: `workspace 192 bytes
ws0: 36 bytes at 0, live 1..4 for %1
ws1: 36 bytes at 64, live 2..4 for %2
ws2: 36 bytes at 128, live 4..5 for %4
ws3: 0 bytes at 0, live 0..end scratch
ws4: 0 bytes at 0, live 0..end scratch
%0: param 0
%1: ws 0
%2: ws 1
%4: ws 2
%5: result 0
result 0: %5 direct`,
	}, {
		// A same-dtype epilogue exit is written by its GEMM in the GEMM's
		// buffer; a reshape of a stored value is a view and keeps it
		// alive; a returned reshape is stored by its own kernel; a value
		// returned twice is copied into its second result.
		name: "epilogue and views",
		fr:   testRules(),
		src: `func @epi {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = parameter : f32[8] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %4 = broadcast_in_dim %2 {shape=[4,8], dims=[1]} : f32[4,8]
  %5 = add %3, %4 : f32[4,8]
  %6 = reshape %5 {shape=[32]} : f32[32]
  %7 = dot_general %5, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %8 = reshape %7 {shape=[8,4]} : f32[8,4]
  %9 = dot_general %8, %8 {lhs_batch=[], rhs_batch=[], lhs_contract=[0], rhs_contract=[0], out=f32} : f32[4,4] "z"
  return %6, %9, %6
}`,
		want: `workspace 256 bytes
ws0: 128 bytes at 0, live 3..7 for %5
ws1: 128 bytes at 128, live 7..9 for %7
%0: param 0
%1: param 1
%2: param 2
%3: ws 0
%5: ws 0, written by %3
%6: result 0
%7: ws 1
%8: view of %7
%9: result 1
result 0: %6 direct
result 1: %9 direct
result 2: %6 copied`,
	}, {
		// An epilogue ending in a conversion has its own buffer, live
		// from its GEMM; a half weight converted for a GEMM is read
		// through; splat and non-splat constants.
		name: "converted epilogue, read-through, constants",
		fr:   testRules(),
		br:   bufRules(),
		src: `func @conv {
  %0 = parameter : f32[2,4] "x"
  %1 = parameter : bf16[4,4] "w"
  %2 = convert %1 {to=f32} : f32[4,4]
  %3 = dot_general %0, %2 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[2,4]
  %4 = constant {value=[1, 1]} : f32[2]
  %5 = constant {value=[1, 2]} : f32[2]
  %6 = broadcast_in_dim %4 {shape=[2,4], dims=[0]} : f32[2,4]
  %7 = mul %3, %6 : f32[2,4]
  %8 = convert %7 {to=f16} : f16[2,4]
  %9 = reduce %8 {kind=sum, axes=[1]} : f16[2] "y"
  return %9, %5
}`,
		want: `workspace 128 bytes
ws0: 32 bytes at 0, live 3..8 for %3
ws1: 16 bytes at 64, live 3..9 for %8
ws2: 0 bytes at 0, live 0..end scratch
ws3: 0 bytes at 0, live 0..end scratch
%0: param 0
%1: param 1
%2: read-through of %1
%3: ws 0
%4: splat
%5: constant
%8: ws 1, written by %3
%9: result 0
result 0: %9 direct
result 1: %5 copied`,
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, bp := bufPlanOf(t, c.src, c.fr, c.br)
			if got := bp.String(); got != c.want {
				t.Errorf("plan:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

func TestPlanBuffersInPlace(t *testing.T) {
	const head = `func @cache {
  %0 = parameter : f32[8,4] "cache"
  %1 = parameter : f32[1,4] "row"
  %2 = parameter : i32[] "at"
  %3 = constant {value=[0]} : i32[]
  %4 = dynamic_update_slice %0, %1, %2, %3 : f32[8,4] "new"
`
	cases := []struct {
		name, tail string
		inPlace    bool
	}{
		{"only use", "  return %4\n}", true},
		{"cache read again", "  %5 = exp %0 : f32[8,4]\n  return %4, %5\n}", false},
		{"cache returned", "  return %4, %0\n}", false},
		{"result copied", "  return %0, %4\n}", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, bp := bufPlanOf(t, head+c.tail, testRules(), passes.BufferRules{})
			j := 0
			for f.Results[j].Op != ir.OpDynamicUpdateSlice {
				j++
			}
			q, ok := bp.InPlace[j]
			if ok != c.inPlace || (ok && q != 0) {
				t.Errorf("InPlace = %v, want result %d in place of param 0: %v\n%s", bp.InPlace, j, c.inPlace, bp)
			}
		})
	}
	// The same value returned twice: the first slot is written directly
	// (and may be in place), the second is a copy.
	_, bp := bufPlanOf(t, head+"  return %4, %4\n}", testRules(), passes.BufferRules{})
	if !bp.DirectResults[0] || bp.DirectResults[1] || len(bp.InPlace) != 1 || bp.InPlace[0] != 0 {
		t.Errorf("duplicate result:\n%s", bp)
	}
}

// TestPlanBuffersElementwiseInPlace: an optimizer-style update (a result
// computed elementwise from a parameter, read at the index it writes,
// after every other read) may take the parameter's memory; a read at
// another index, a later read, a returned parameter or another type keep
// it out of place, and each parameter serves one result.
func TestPlanBuffersElementwiseInPlace(t *testing.T) {
	const head = `func @step {
  %0 = parameter : f32[4,8] "w"
  %1 = parameter : f32[4,8] "m"
  %2 = parameter : f32[] "lr"
  %3 = parameter : f32[8,4] "x"
  %4 = broadcast_in_dim %2 {shape=[4,8], dims=[]} : f32[4,8]
  %5 = dot_general %3, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[8,8] "use"
`
	cases := []struct {
		name, tail string
		want       map[int]int // result -> parameter
	}{
		{"adam-like update after the forward", `  %6 = mul %1, %4 : f32[4,8]
  %7 = sub %0, %6 : f32[4,8]
  %8 = exp %1 : f32[4,8]
  return %5 "y", %7 "w.new", %8 "m.new"
}`, map[int]int{1: 0, 2: 1}},
		{"read after the update", `  %6 = mul %4, %4 : f32[4,8]
  %7 = sub %0, %6 : f32[4,8]
  %8 = dot_general %3, %0 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[8,8] "late"
  return %5 "y", %7 "w.new", %8 "z"
}`, map[int]int{}},
		{"transposed read", `  %6 = transpose %0 {perm=[1,0]} : f32[8,4]
  %7 = reshape %6 {shape=[4,8]} : f32[4,8]
  %8 = add %7, %4 : f32[4,8]
  return %5 "y", %8 "w.new"
}`, map[int]int{}},
		{"parameter returned", `  %6 = add %0, %1 : f32[4,8]
  return %5 "y", %6 "m.new", %1 "m"
}`, map[int]int{1: 0}},
		{"named parameter preferred", `  %6 = add %0, %1 : f32[4,8]
  return %5 "y", %6 "m.new"
}`, map[int]int{1: 1}},
		{"one result per parameter", `  %6 = add %0, %4 : f32[4,8]
  %7 = mul %0, %4 : f32[4,8]
  return %5 "y", %6 "a", %7 "b"
}`, map[int]int{2: 0}}, // %7 reads w after %6: only the later one may overwrite it
		{"names first", `  %6 = add %0, %1 : f32[4,8]
  %7 = mul %1, %4 : f32[4,8]
  return %5 "y", %6 "w.new", %7 "m.new"
}`, map[int]int{1: 0, 2: 1}},
		{"other type", `  %6 = convert %0 {to=bf16} : bf16[4,8]
  return %5 "y", %6 "w.new"
}`, map[int]int{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, bp := bufPlanOf(t, head+c.tail, testRules(), passes.BufferRules{})
			if len(bp.InPlace) != len(c.want) {
				t.Fatalf("InPlace = %v, want %v\n%s", bp.InPlace, c.want, bp)
			}
			for j, q := range c.want {
				if got, ok := bp.InPlace[j]; !ok || got != q {
					t.Errorf("InPlace = %v, want %v\n%s", bp.InPlace, c.want, bp)
				}
			}
		})
	}
}

const attnHead = `func @heads {
  %0 = parameter : f32[1,2,4,8] "q"
  %1 = parameter : f32[1,2,4,8] "k"
  %2 = parameter : f32[1,2,4,8] "v"
  %3 = parameter : f32[16,16] "w"
  %4 = attention %0, %1, %2 {scale=0.5, causal=true, window=0, symmetric_window=false, softcap=0, has_mask=false, has_positions=false, has_sinks=false} : f32[1,2,4,8]
`

func TestPlanBuffersMergedHeads(t *testing.T) {
	cases := []struct {
		name, tail string
		merged     bool
	}{
		{"merge read by a GEMM", `  %5 = transpose %4 {perm=[0,2,1,3]} : f32[1,4,2,8]
  %6 = reshape %5 {shape=[1,4,16]} : f32[1,4,16]
  %7 = dot_general %6, %3 {lhs_batch=[], rhs_batch=[], lhs_contract=[2], rhs_contract=[0], out=f32} : f32[1,4,16] "y"
  return %7
}`, true},
		{"merge returned", `  %5 = transpose %4 {perm=[0,2,1,3]} : f32[1,4,2,8]
  %6 = reshape %5 {shape=[1,4,16]} : f32[1,4,16] "y"
  return %6
}`, true},
		{"attention read twice", `  %5 = transpose %4 {perm=[0,2,1,3]} : f32[1,4,2,8]
  %6 = reshape %5 {shape=[1,4,16]} : f32[1,4,16]
  %7 = dot_general %6, %3 {lhs_batch=[], rhs_batch=[], lhs_contract=[2], rhs_contract=[0], out=f32} : f32[1,4,16] "y"
  %8 = exp %4 : f32[1,2,4,8]
  return %7, %8
}`, false},
		{"other permutation", `  %5 = transpose %4 {perm=[0,2,3,1]} : f32[1,4,8,2]
  %6 = reshape %5 {shape=[1,4,16]} : f32[1,4,16]
  %7 = dot_general %6, %3 {lhs_batch=[], rhs_batch=[], lhs_contract=[2], rhs_contract=[0], out=f32} : f32[1,4,16] "y"
  return %7
}`, false},
		{"transpose returned", `  %5 = transpose %4 {perm=[0,2,1,3]} : f32[1,4,2,8] "t"
  return %5
}`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, bp := bufPlanOf(t, attnHead+c.tail, attnFusionRules(), passes.BufferRules{})
			var attn, reshape *ir.Value
			for _, v := range f.Values {
				switch v.Op {
				case ir.OpAttention:
					attn = v
				case ir.OpReshape:
					reshape = v
				}
			}
			r := bp.MergedHeads[attn]
			if (r != nil) != c.merged || (r != nil && r != reshape) {
				t.Fatalf("MergedHeads = %v, want merged %v:\n%s", bp.MergedHeads, c.merged, bp)
			}
			if !c.merged {
				return
			}
			// The attention writes the reshape's buffer; the reshape has
			// no kernel.
			pa, pr := bp.Place(attn), bp.Place(reshape)
			if !pa.Buffered() || pr.Home != pa.Home || pr.Index != pa.Index || pr.Writer != attn {
				t.Errorf("attention %+v, reshape %+v:\n%s", pa, pr, bp)
			}
		})
	}
}

func TestPlanBuffersRowGroupLivesFromItsStart(t *testing.T) {
	// The softmax's stored output is written by the row kernel, which
	// runs at the group's first reduction.
	f, bp := bufPlanOf(t, `func @sm {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = reduce %0 {kind=max, axes=[1]} : f32[4]
  %3 = broadcast_in_dim %2 {shape=[4,8], dims=[0]} : f32[4,8]
  %4 = sub %0, %3 : f32[4,8]
  %5 = exp %4 : f32[4,8]
  %6 = reduce %5 {kind=sum, axes=[1]} : f32[4]
  %7 = broadcast_in_dim %6 {shape=[4,8], dims=[0]} : f32[4,8]
  %8 = div %5, %7 : f32[4,8]
  %9 = dot_general %8, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8] "y"
  return %9
}`, testRules(), passes.BufferRules{})
	byID := map[int]*ir.Value{}
	for _, v := range f.Values {
		byID[v.ID] = v
	}
	if h := bp.Place(byID[6]).Home; h != passes.HomeRow {
		t.Errorf("%%6 is %s, want row", h)
	}
	pl := bp.Place(byID[8])
	if pl.Home != passes.HomeWorkspace || bp.Slots[pl.Index].Def != 2 || bp.Slots[pl.Index].Last != 9 {
		t.Errorf("%%8 at %+v:\n%s", pl, bp)
	}
}

func TestPlanBuffersRejectsBadInput(t *testing.T) {
	f := ir.NewFunc("empty")
	if _, err := passes.PlanBuffers(f, nil, passes.BufferRules{}); err == nil || !strings.Contains(err.Error(), "fusion plan") {
		t.Errorf("nil fusion plan: %v", err)
	}
	fp, err := passes.Fuse(f, testRules())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := passes.PlanBuffers(f, fp, passes.BufferRules{Scratch: -1}); err == nil || !strings.Contains(err.Error(), "Scratch") {
		t.Errorf("negative scratch: %v", err)
	}
}

// TestLayoutRandom: slots whose live ranges overlap never share bytes,
// offsets are aligned, and the total is at most the sum of the aligned
// sizes.
func TestLayoutRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for trial := 0; trial < 200; trial++ {
		bp := &passes.BufferPlan{}
		n := 1 + r.IntN(30)
		sum := 0
		for i := 0; i < n; i++ {
			def := r.IntN(40)
			s := bp.AddScratch(def, r.IntN(5000))
			bp.Slots[s].Last += r.IntN(10)
			sum += (bp.Slots[s].Bytes + 63) &^ 63
		}
		bp.Layout()
		if bp.WorkspaceBytes > sum {
			t.Fatalf("total %d > sum %d", bp.WorkspaceBytes, sum)
		}
		checkLayout(t, bp)
		checkPeak(t, bp)
	}
}

// checkPeak: PeakLive's position holds the most aligned bytes live at
// any position (counted by brute force), its slots are exactly those
// live there, and no layout is below it.
func checkPeak(t *testing.T, bp *passes.BufferPlan) {
	t.Helper()
	pk := bp.PeakLive()
	liveAt := func(at int) (n int, slots map[int]bool) {
		slots = map[int]bool{}
		for i, s := range bp.Slots {
			if s.Bytes > 0 && s.Def <= at && at <= s.Last {
				n += (s.Bytes + passes.SlotAlign - 1) &^ (passes.SlotAlign - 1)
				slots[i] = true
			}
		}
		return n, slots
	}
	most := 0
	for _, s := range bp.Slots {
		n, _ := liveAt(s.Def)
		most = max(most, n)
	}
	n, slots := liveAt(pk.At)
	if pk.LiveBytes != most || n != most {
		t.Fatalf("PeakLive at %d: %d bytes (%d live there), want the most live, %d", pk.At, pk.LiveBytes, n, most)
	}
	if len(pk.Live) != len(slots) {
		t.Fatalf("PeakLive lists %d slots, %d are live at %d", len(pk.Live), len(slots), pk.At)
	}
	for i, s := range pk.Live {
		if !slots[s.Slot] || i > 0 && s.Bytes > pk.Live[i-1].Bytes {
			t.Fatalf("PeakLive slot %d (%+v): not live at %d or not largest first", i, s, pk.At)
		}
	}
	if bp.WorkspaceBytes < pk.LiveBytes {
		t.Fatalf("workspace %d bytes < %d live at %d", bp.WorkspaceBytes, pk.LiveBytes, pk.At)
	}
}

// TestLayoutLargestFirst: a large short-lived slot defined after small
// long-lived ones fits below them when the largest is placed first; first
// fit in definition order alone puts it on top (448 bytes). Layout keeps
// the smaller layout: the most live at once, 320 bytes.
func TestLayoutLargestFirst(t *testing.T) {
	bp := &passes.BufferPlan{}
	for _, s := range []struct{ def, last, bytes int }{
		{0, 9, 64},  // a: long-lived, low
		{1, 2, 128}, // b: short-lived
		{2, 9, 64},  // c: long-lived, placed above b by first fit
		{3, 4, 192}, // d: large, short-lived: no gap below c
	} {
		i := bp.AddScratch(s.def, s.bytes)
		bp.Slots[i].Last = s.last
	}
	bp.Layout()
	checkLayout(t, bp)
	checkPeak(t, bp)
	if pk := bp.PeakLive(); bp.WorkspaceBytes != 320 || pk.LiveBytes != 320 || pk.At != 3 {
		t.Errorf("workspace %d bytes, peak %d at %d; want 320 (a, c and d live at 3)", bp.WorkspaceBytes, pk.LiveBytes, pk.At)
	}
}

// checkLayout: every slot is aligned and inside the workspace, and no
// two slots of non-zero size live at the same time share a byte.
func checkLayout(t *testing.T, bp *passes.BufferPlan) {
	t.Helper()
	for i, a := range bp.Slots {
		if a.Offset%passes.SlotAlign != 0 || a.Offset+a.Bytes > bp.WorkspaceBytes {
			t.Fatalf("slot %d %+v outside [0,%d) or unaligned", i, a, bp.WorkspaceBytes)
		}
		for j := i + 1; j < len(bp.Slots); j++ {
			b := bp.Slots[j]
			lifetimes := a.Def <= b.Last && b.Def <= a.Last
			bytes := a.Offset < b.Offset+b.Bytes && b.Offset < a.Offset+a.Bytes
			if lifetimes && bytes && a.Bytes > 0 && b.Bytes > 0 {
				t.Fatalf("slots %d %+v and %d %+v overlap", i, a, j, b)
			}
		}
	}
}
