package passes_test

import (
	"bytes"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// residualStack is the gradient of a stack of layers h += dropout(tanh(h
// W_i)) over h (4, 8), marked as a model marks its blocks (mark == false
// leaves the boundaries unnamed), loss sum(h*h), with respect to every
// W_i, and random arguments (seed 3 for the dropout).
func residualStack(t *testing.T, layers int, mark bool) (*ir.Func, []*tensor.Tensor) {
	t.Helper()
	f, err := frontend.Build("stack", func(g *frontend.Graph) error {
		h := g.Param("x", ir.Float32, 4, 8).Tanh() // a parameter cannot carry a mark
		d := nn.NewDropoutFrom(g.Param("seed", ir.Int64))
		for i := 0; i < layers; i++ {
			if mark {
				h.Value().Name = passes.BoundaryName(i)
			}
			w := g.Param("w"+strconv.Itoa(i), ir.Float32, 8, 8)
			h = h.Add(d.Apply(h.MatMul(w).Tanh(), 0.25)) // (4, 8)
		}
		if mark {
			h.Value().Name = passes.BoundaryName(layers)
		}
		g.Return(frontend.Out("loss", h.Mul(h).Sum()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var wrt []string
	r := rand.New(rand.NewSource(1))
	args := make([]*tensor.Tensor, len(f.Params))
	for i, p := range f.Params {
		if p.Name == "seed" {
			args[i], _ = tensor.FromInt64(ir.Int64, nil, []int64{3})
			continue
		}
		vals := make([]float32, p.Type.Shape.NumElements())
		for j := range vals {
			vals[j] = float32(r.NormFloat64() * 0.5)
		}
		if args[i], err = tensor.FromFloat32(p.Type.Shape, vals); err != nil {
			t.Fatal(err)
		}
		if p.Name != "x" {
			wrt = append(wrt, p.Name)
		}
	}
	gf, err := autodiff.Grad(f, wrt, autodiff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return gf, args
}

// TestRematPolicies checks each policy's groups, that the backward then
// reads exactly the kept boundaries among the marked ones, and that the
// results keep their bits.
func TestRematPolicies(t *testing.T) {
	const layers = 5
	gf, args := residualStack(t, layers, true)
	full, err := passes.PlanRemat(gf, passes.RematPolicy{})
	if err != nil {
		t.Fatal(err)
	}
	if full.Layers != layers || full.RematBytes >= full.SavedBytes {
		t.Fatalf("every-layer plan %+v: want %d layers and fewer saved bytes with remat", full, layers)
	}
	one := []passes.RematGroup{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}}
	want := evalFunc(t, interp.New(), gf, args)
	for _, tc := range []struct {
		name   string
		p      passes.RematPolicy
		groups []passes.RematGroup
	}{
		{"zero-value", passes.RematPolicy{}, one},
		{"every-1", passes.RematPolicy{EveryNLayers: 1}, one},
		{"every-2", passes.RematPolicy{EveryNLayers: 2}, []passes.RematGroup{{0, 1}, {2, 3}, {4, 5}}},
		{"every-3", passes.RematPolicy{EveryNLayers: 3}, []passes.RematGroup{{0, 1}, {3, 4}}},
		{"every-9", passes.RematPolicy{EveryNLayers: 9}, []passes.RematGroup{{0, 1}}},
		{"span-1", passes.RematPolicy{Span: 1}, one},
		{"span-2", passes.RematPolicy{Span: 2}, []passes.RematGroup{{0, 2}, {2, 4}, {4, 5}}},
		{"span-5", passes.RematPolicy{Span: 5}, []passes.RematGroup{{0, 5}}},
		{"span-9", passes.RematPolicy{Span: 9}, []passes.RematGroup{{0, 5}}},
		{"budget-fits", passes.RematPolicy{Budget: full.SavedBytes}, nil},
		{"budget-min", passes.RematPolicy{Budget: full.RematBytes}, one},
		// Halfway: some of the first blocks are checkpointed, not all.
		{"budget-half", passes.RematPolicy{Budget: (full.RematBytes + full.SavedBytes) / 2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pl, err := passes.PlanRemat(gf, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "budget-half" {
				if n := len(pl.Groups); n == 0 || n == layers || !reflect.DeepEqual(pl.Groups, one[:n]) {
					t.Fatalf("groups %v, want blocks 0..m-1 for some 0 < m < %d", pl.Groups, layers)
				}
				tc.groups = pl.Groups
			} else if !reflect.DeepEqual(pl.Groups, tc.groups) {
				t.Fatalf("groups %v, want %v (plan %+v)", pl.Groups, tc.groups, pl)
			}
			if tc.p.Budget > 0 && pl.RematBytes > tc.p.Budget {
				t.Errorf("estimate %d bytes over the budget %d", pl.RematBytes, tc.p.Budget)
			}
			rf := gf.Clone()
			if err := passes.Remat(tc.p)(rf); err != nil {
				t.Fatal(err)
			}
			if tc.groups == nil && rf.String() != gf.String() {
				t.Errorf("a plan without groups changed the function")
			}
			// Kept: the tail's input, the groups' starts, blocks in no group.
			kept := map[int]bool{layers: true}
			for i := 0; i < layers; i++ {
				kept[i] = true
			}
			for _, g := range tc.groups {
				for i := g.Start + 1; i < g.End; i++ {
					kept[i] = false
				}
			}
			for _, v := range passes.Saved(rf, 1) {
				if i, ok := passes.BoundaryIndex(v); ok && !kept[i] {
					t.Errorf("the backward reads boundary %d, which group %v recomputes", i, tc.groups)
				}
			}
			got := evalFunc(t, interp.New(), rf, args)
			for i := range want {
				if !bytes.Equal(got[i].Data, want[i].Data) {
					t.Errorf("result %q differs from the run without remat", rf.ResultNames[i])
				}
			}
		})
	}
}

// TestRematErrors checks that bad policies and unmarked functions are
// errors naming the function and what is wrong, and leave it unchanged.
func TestRematErrors(t *testing.T) {
	gf, _ := residualStack(t, 3, true)
	unmarked, _ := residualStack(t, 3, false)
	gap, _ := residualStack(t, 3, true)
	for _, v := range gap.Values {
		if i, ok := passes.BoundaryIndex(v); ok && i == 1 {
			v.Name = ""
		}
	}
	for _, tc := range []struct {
		name string
		f    *ir.Func
		p    passes.RematPolicy
		want string
	}{
		{"every-negative", gf, passes.RematPolicy{EveryNLayers: -1}, "EveryNLayers = -1"},
		{"span-negative", gf, passes.RematPolicy{Span: -3}, "Span = -3"},
		{"two-policies", gf, passes.RematPolicy{Span: 2, Budget: 1 << 20}, "more than one"},
		{"budget-negative", gf, passes.RematPolicy{Budget: -2}, "Budget = -2"},
		{"budget-too-small", gf, passes.RematPolicy{Budget: 1}, "budget 1 bytes"},
		{"forward-results", gf, passes.RematPolicy{ForwardResults: 9}, "ForwardResults = 9"},
		{"unmarked", unmarked, passes.RematPolicy{}, "no layer boundaries"},
		{"gap", gap, passes.RematPolicy{}, "but 1 is not"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.f.String()
			err := passes.Remat(tc.p)(tc.f)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "func stack") {
				t.Fatalf("error %v, want one naming func stack and containing %q", err, tc.want)
			}
			if tc.f.String() != before {
				t.Errorf("a failed Remat changed the function")
			}
		})
	}
}
