package passes_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// testRules are the rules of a loop backend like llvm's: elementwise and
// shape ops inline, GEMMs re-read their operands and run epilogues, every
// reduction can be a row sweep.
func testRules() passes.FusionRules {
	return passes.FusionRules{
		Inline: func(op ir.Op) bool {
			switch op {
			case ir.OpBroadcastInDim, ir.OpTranspose, ir.OpReshape, ir.OpSlice, ir.OpIota, ir.OpConstant:
				return true
			}
			return op.Has(ir.FlagElementwise)
		},
		RereadsOperands: func(op ir.Op) bool {
			return op == ir.OpDotGeneral || op == ir.OpBroadcastInDim || op == ir.OpGather
		},
		Epilogue:  func(v *ir.Value) bool { return v.Type.DType == ir.Float32 },
		RowReduce: func(v *ir.Value) bool { return true },
	}
}

// planOf parses src, runs the standard pipeline (decomposing composites)
// and returns the fusion plan with the function.
func planOf(t *testing.T, src string) (*ir.Func, *passes.FusionPlan) {
	t.Helper()
	f, err := ir.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Standard(nil, interpEval).Run(f, passes.Options{Verify: true}); err != nil {
		t.Fatal(err)
	}
	p, err := passes.Fuse(f, testRules())
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, f, p)
	return f, p
}

// checkPlan verifies the plan's invariants on f: every value has a role;
// a row group's outputs are exactly its members read outside it; every
// operand a member reads from outside its group precedes the group's
// first member (or is computed inline from such values); a row-local
// value is read only inside its group; an epilogue exit is stored.
func checkPlan(t *testing.T, f *ir.Func, p *passes.FusionPlan) {
	t.Helper()
	pos := map[*ir.Value]int{}
	users := map[*ir.Value][]*ir.Value{}
	for i, v := range f.Values {
		pos[v] = i
		for _, a := range v.Args {
			users[a] = append(users[a], v)
		}
		if _, ok := p.Roles[v]; !ok {
			t.Errorf("%%%d has no role", v.ID)
		}
	}
	var ready func(x *ir.Value, at int) bool
	ready = func(x *ir.Value, at int) bool {
		if pos[x] < at || x.Op == ir.OpParameter || x.Op == ir.OpConstant {
			return true
		}
		if p.RoleOf(x) != passes.Inline || p.GroupOf[x] != nil {
			return false
		}
		for _, a := range x.Args {
			if !ready(a, at) {
				return false
			}
		}
		return true
	}
	for _, g := range p.Groups {
		start := pos[g.Members[0]]
		if g.Members[0].Op != ir.OpReduce {
			t.Errorf("row group starts with %s", g.Members[0].Op)
		}
		outs := map[*ir.Value]bool{}
		for _, o := range g.Outputs {
			outs[o] = true
			if p.RoleOf(o) != passes.Store {
				t.Errorf("output %%%d of a row group is %s", o.ID, p.RoleOf(o))
			}
		}
		for _, m := range g.Members {
			if p.GroupOf[m] != g {
				t.Errorf("%%%d: GroupOf disagrees", m.ID)
			}
			readOutside := false
			for _, u := range users[m] {
				readOutside = readOutside || p.GroupOf[u] != g
			}
			// A broadcast of a per-row member read outside is computed by
			// its readers from that member, which is stored instead.
			rowBcast := func(b *ir.Value) bool {
				return b.Op == ir.OpBroadcastInDim && p.GroupOf[b] == g && p.RoleOf(b) == passes.Inline && outs[b.Args[0]]
			}
			bcastOf := false
			for _, u := range users[m] {
				bcastOf = bcastOf || rowBcast(u) && slicesContainsOutside(users[u], p, g)
			}
			switch {
			case readOutside && rowBcast(m):
			case outs[m] && bcastOf:
			case readOutside != outs[m] && !(outs[m] && len(users[m]) == 0):
				t.Errorf("%%%d: read outside its group = %v, stored = %v", m.ID, readOutside, outs[m])
			}
			for _, a := range m.Args {
				if p.GroupOf[a] != g && !ready(a, start) {
					t.Errorf("%%%d reads %%%d, which is not ready when its group starts", m.ID, a.ID)
				}
			}
		}
	}
	for d, w := range p.Epilogue {
		if p.EpilogueOf[w] != d || p.RoleOf(w) != passes.Store {
			t.Errorf("epilogue %%%d -> %%%d is inconsistent", d.ID, w.ID)
		}
	}
}

// slicesContainsOutside reports whether any of us is outside group g.
func slicesContainsOutside(us []*ir.Value, p *passes.FusionPlan, g *passes.RowGroup) bool {
	for _, u := range us {
		if p.GroupOf[u] != g {
			return true
		}
	}
	return false
}

// TestFuseStoresRowValueOfBroadcast: a norm's per-row rsqrt, broadcast
// and read both in its row group and after a GEMM (as a norm's backward
// reads it), is stored as one value per row; the broadcast is computed by
// each reader, not stored at the full shape.
func TestFuseStoresRowValueOfBroadcast(t *testing.T) {
	f, p := planOf(t, `func @rowbcast {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = mul %0, %0 : f32[4,8]
  %3 = reduce %2 {kind=sum, axes=[1]} : f32[4]
  %4 = rsqrt %3 : f32[4]
  %5 = broadcast_in_dim %4 {shape=[4,8], dims=[0]} : f32[4,8]
  %6 = mul %0, %5 : f32[4,8]
  %7 = dot_general %6, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %8 = mul %7, %5 : f32[4,8] "y"
  return %8
}`)
	var rs, bc *ir.Value
	for _, v := range f.Values {
		switch v.Op {
		case ir.OpRsqrt:
			rs = v
		case ir.OpBroadcastInDim:
			if v.Args[0] == rs {
				bc = v
			}
		}
	}
	if rs == nil || bc == nil || p.GroupOf[rs] == nil {
		t.Fatalf("want the rsqrt and its broadcast in a row group:\n%s\n%s", p, f)
	}
	if p.RoleOf(rs) != passes.Store || p.RoleOf(bc) != passes.Inline {
		t.Errorf("rsqrt is %s, its broadcast %s; want the per-row rsqrt stored and the broadcast inline:\n%s\n%s", p.RoleOf(rs), p.RoleOf(bc), p, f)
	}
}

func TestFuseLayerNormSoftmaxRows(t *testing.T) {
	f, p := planOf(t, `func @ln_softmax {
  %0 = parameter : f32[4,16] "x"
  %1 = parameter : f32[16] "g"
  %2 = parameter : f32[16] "b"
  %3 = layer_norm %0, %1, %2 {eps=1e-05} : f32[4,16]
  %4 = softmax %3 {axis=1} : f32[4,16] "probs"
  return %4
}`)
	// One row kernel does both: the layernorm's two reductions and the
	// softmax's two; only the softmax output is stored.
	if len(p.Groups) != 1 {
		t.Fatalf("want 1 row group, got %d:\n%s\n%s", len(p.Groups), p, f)
	}
	g := p.Groups[0]
	nred := 0
	for _, m := range g.Members {
		if m.Op == ir.OpReduce {
			nred++
			if p.RoleOf(m) != passes.RowLocal {
				t.Errorf("reduction %%%d is %s, want row-local", m.ID, p.RoleOf(m))
			}
		}
	}
	if nred != 4 || len(g.Outputs) != 1 || g.Outputs[0] != f.Results[0] {
		t.Errorf("want 4 reductions and the result as the only output:\n%s\n%s", p, f)
	}
	if !strings.HasPrefix(p.String(), "row [4,16] over axes [1]:") {
		t.Errorf("plan text: %s", p)
	}
}

func TestFuseGemmEpilogueDAG(t *testing.T) {
	// BERT's FFN: GEMM + bias + exact GELU (reads its input twice), GEMM
	// + bias + residual, then layernorm.
	f, p := planOf(t, `func @ffn {
  %0 = parameter : f32[8,16] "x"
  %1 = parameter : f32[32,16] "w1"
  %2 = parameter : f32[32] "b1"
  %3 = parameter : f32[16,32] "w2"
  %4 = parameter : f32[16] "b2"
  %5 = parameter : f32[16] "g"
  %6 = parameter : f32[16] "b"
  %7 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[8,32]
  %8 = broadcast_in_dim %2 {shape=[8,32], dims=[1]} : f32[8,32]
  %9 = add %7, %8 : f32[8,32]
  %10 = gelu %9 {approx=none} : f32[8,32]
  %11 = dot_general %10, %3 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[8,16]
  %12 = broadcast_in_dim %4 {shape=[8,16], dims=[1]} : f32[8,16]
  %13 = add %11, %12 : f32[8,16]
  %14 = add %13, %0 : f32[8,16]
  %15 = layer_norm %14, %5, %6 {eps=1e-12} : f32[8,16] "y"
  return %15
}`)
	if len(p.Epilogue) != 2 {
		t.Fatalf("want 2 epilogues:\n%s\n%s", p, f)
	}
	for d, w := range p.Epilogue {
		switch d.Type.Shape[1] {
		case 32: // ends at GELU's last multiply, which the second GEMM reads
			if w.Op != ir.OpMul || len(w.Args) != 2 {
				t.Errorf("first epilogue ends at %s", w.LongString())
			}
		case 16: // ends at the residual add, which the layernorm reads
			if w.Op != ir.OpAdd || w.Args[1] != f.Params[0] {
				t.Errorf("second epilogue ends at %s", w.LongString())
			}
		}
	}
	if len(p.Groups) != 1 {
		t.Errorf("want the layernorm as one row group:\n%s", p)
	}
}

func TestFuseRowGroupStaysConvex(t *testing.T) {
	// %6 reads %4 (a group member) and %5, a GEMM of %4: %6 cannot join
	// the group (it would need the GEMM before the group has run), so %4
	// is stored for both readers.
	f, p := planOf(t, `func @convex {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = reduce %0 {kind=max, axes=[1]} : f32[4]
  %3 = broadcast_in_dim %2 {shape=[4,8], dims=[0]} : f32[4,8]
  %4 = sub %0, %3 : f32[4,8]
  %5 = dot_general %4, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %6 = mul %4, %5 : f32[4,8]
  %7 = reduce %6 {kind=sum, axes=[1]} : f32[4] "s"
  return %7
}`)
	var sub *ir.Value
	for _, v := range f.Values {
		if v.Op == ir.OpSub {
			sub = v
		}
	}
	g := p.GroupOf[sub]
	if g == nil || len(g.Outputs) != 1 || g.Outputs[0] != sub {
		t.Fatalf("want %%sub stored as its group's output:\n%s\n%s", p, f)
	}
	for _, v := range f.Values {
		if v.Op == ir.OpMul && p.GroupOf[v] == g {
			t.Errorf("%%%d joined a group it depends on through a GEMM", v.ID)
		}
	}
}

func TestFuseEpilogueWithTwoReadersOutside(t *testing.T) {
	// %4 is read by two GEMMs: it is the exit. %9 reads %7, a later GEMM,
	// so the second epilogue stops at %8.
	_, p := planOf(t, `func @two {
  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[8,8] "w"
  %2 = parameter : f32[8] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %5 = broadcast_in_dim %2 {shape=[4,8], dims=[1]} : f32[4,8]
  %4 = add %3, %5 : f32[4,8]
  %6 = dot_general %4, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[0], out=f32} : f32[4,8]
  %7 = dot_general %4, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[4,8]
  %8 = tanh %6 : f32[4,8]
  %9 = add %8, %7 : f32[4,8] "y"
  return %9
}`)
	got := p.String()
	if !strings.Contains(got, "gemm %3: epilogue ends at %4") || !strings.Contains(got, "gemm %6: epilogue ends at %8") {
		t.Errorf("plan:\n%s", got)
	}
}

func TestFuseRequiresRules(t *testing.T) {
	f := ir.NewFunc("empty")
	if _, err := passes.Fuse(f, passes.FusionRules{}); err == nil || !strings.Contains(err.Error(), "Inline") {
		t.Errorf("want an error naming the missing rule, got %v", err)
	}
}

func TestFuseViewsIntoAttention(t *testing.T) {
	// The head split (reshape + transpose of a stored projection) is read
	// in place by a consumer that reads views (attention); a chain that
	// computes (exp) is not a view: its transpose is stored, with the exp
	// computed inside that transpose's loop.
	src := `func @heads {
  %0 = parameter : f32[1,4,8] "x"
  %1 = reshape %0 {shape=[1,4,2,4]} : f32[1,4,2,4]
  %2 = transpose %1 {perm=[0,2,1,3]} : f32[1,2,4,4]
  %3 = exp %0 : f32[1,4,8]
  %4 = reshape %3 {shape=[1,4,2,4]} : f32[1,4,2,4]
  %5 = transpose %4 {perm=[0,2,1,3]} : f32[1,2,4,4]
  %7 = transpose %1 {perm=[0,2,1,3]} : f32[1,2,4,4]
  %6 = attention %2, %5, %7 {scale=0.5, causal=true, window=0, symmetric_window=false, softcap=0, has_mask=false, has_positions=false, has_sinks=false} : f32[1,2,4,4] "y"
  return %6
}`
	f, err := ir.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	rules := testRules()
	rules.RereadsOperands = func(op ir.Op) bool { return op == ir.OpDotGeneral || op == ir.OpAttention }
	for _, views := range []bool{false, true} {
		if views {
			rules.ReadsViews = func(op ir.Op) bool { return op == ir.OpAttention }
		}
		p, err := passes.Fuse(f, rules)
		if err != nil {
			t.Fatal(err)
		}
		checkPlan(t, f, p)
		role := func(id int) passes.Role {
			for _, v := range f.Values {
				if v.ID == id {
					return p.RoleOf(v)
				}
			}
			t.Fatalf("no %%%d", id)
			return 0
		}
		for _, id := range []int{2, 7} {
			if got := role(id); (got == passes.Inline) != views {
				t.Errorf("views=%v: %%%d (a view read by attention) is %s", views, id, got)
			}
		}
		if role(5) != passes.Store || role(3) != passes.Inline || role(4) != passes.Inline {
			t.Errorf("views=%v: the computing chain: %%3 %s, %%4 %s, %%5 %s (want inline, inline, store)", views, role(3), role(4), role(5))
		}
	}
}

func TestFuseRecomputesFreeSharedValues(t *testing.T) {
	// The clipped gradient %5 = g * coef is read by both moment updates,
	// and the broadcast coefficient %4 by %5 and %9: both are computed
	// where they are read (one stored array each). %10 reads two arrays
	// and %11 a chain: both stay stored.
	f, p := planOf(t, `func @clip {
  %0 = parameter : f32[4,8] "g"
  %1 = parameter : f32[4,8] "m"
  %2 = parameter : f32[4,8] "v"
  %3 = reduce %0 {kind=sum, axes=[0,1]} : f32[]
  %4 = broadcast_in_dim %3 {shape=[4,8], dims=[]} : f32[4,8]
  %5 = mul %0, %4 : f32[4,8]
  %6 = add %1, %5 : f32[4,8] "m.new"
  %7 = mul %5, %5 : f32[4,8]
  %8 = add %2, %7 : f32[4,8] "v.new"
  %9 = mul %1, %4 : f32[4,8]
  %10 = add %1, %2 : f32[4,8]
  %11 = exp %9 : f32[4,8]
  %12 = mul %10, %10 : f32[4,8] "a"
  %13 = add %11, %11 : f32[4,8] "b"
  return %6, %8, %12, %13
}`)
	want := map[int]passes.Role{4: passes.Inline, 5: passes.Inline, 9: passes.Inline, 10: passes.Store, 11: passes.Store}
	seen := 0
	for _, v := range f.Values {
		if r, ok := want[v.ID]; ok {
			seen++
			if p.RoleOf(v) != r {
				t.Errorf("%%%d (%s): %s, want %s", v.ID, v.Op, p.RoleOf(v), r)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d values checked are left after the pipeline", seen, len(want))
	}
}
