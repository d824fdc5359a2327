package quant

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestActOrderPerm: the permutation sorts inputs by group, keeps each
// group's inputs in their original order (stable), is the identity (and
// says so) when g_idx is i / group_size, and refuses groups of unequal
// sizes or out of range.
func TestActOrderPerm(t *testing.T) {
	perm, identity, err := actOrderPerm([]int{1, 0, 1, 0, 2, 2}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{1, 3, 0, 2, 4, 5}; identity || !equalInts(perm, want) {
		t.Fatalf("perm %v identity %v, want %v false", perm, identity, want)
	}
	for _, c := range []struct{ in, gs int }{{128, 32}, {64, 64}, {96, 32}, {7, 7}} {
		gidx := make([]int, c.in)
		for i := range gidx {
			gidx[i] = i / c.gs
		}
		perm, identity, err := actOrderPerm(gidx, c.in/c.gs)
		if err != nil || !identity {
			t.Fatalf("trivial g_idx in=%d gs=%d: identity %v, %v", c.in, c.gs, identity, err)
		}
		for j, i := range perm {
			if i != j {
				t.Fatalf("trivial g_idx: perm[%d] = %d", j, i)
			}
		}
	}
	rng := rand.New(rand.NewSource(9))
	for trial := 0; trial < 20; trial++ {
		groups, gs := 1+rng.Intn(6), 1+rng.Intn(9)
		gidx := make([]int, groups*gs)
		for i := range gidx {
			gidx[i] = i / gs
		}
		rng.Shuffle(len(gidx), func(a, b int) { gidx[a], gidx[b] = gidx[b], gidx[a] })
		perm, _, err := actOrderPerm(gidx, groups)
		if err != nil {
			t.Fatal(err)
		}
		seen := make([]bool, len(gidx))
		for j, i := range perm {
			if seen[i] {
				t.Fatalf("%v: perm %v repeats %d", gidx, perm, i)
			}
			seen[i] = true
			if gidx[i] != j/gs {
				t.Fatalf("%v: perm %v puts input %d (group %d) at %d", gidx, perm, i, gidx[i], j)
			}
			if j%gs > 0 && perm[j-1] >= i {
				t.Fatalf("%v: perm %v is not stable within group %d", gidx, perm, gidx[i])
			}
		}
	}
	for _, c := range []struct {
		gidx   []int
		groups int
		want   string
	}{
		{[]int{0, 0, 0, 1}, 2, "group 0 holds 3 inputs, not 2"},
		{[]int{0, 2, 1, 1}, 2, "g_idx[1] = 2"},
		{[]int{0, 0, 1}, 2, "not a multiple"},
	} {
		if _, _, err := actOrderPerm(c.gidx, c.groups); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v over %d groups: %v, want an error with %q", c.gidx, c.groups, err, c.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDequantizeKilnActOrder: DequantizeKiln shows an act-order module
// with its permutation (KilnSpec.Permuted, "m.kiln_perm" int32 [in], equal
// to PackKiln's) and one with trivial g_idx without it.
func TestDequantizeKilnActOrder(t *testing.T) {
	const in, out = 128, 16
	for _, c := range []struct {
		c        gptqCase
		permuted bool
	}{
		{gptqCase{bits: 4, group: 32, descAct: true, scaleDT: ir.Float16}, true},
		{gptqCase{bits: 4, group: 32, scaleDT: ir.Float16}, false},                // stored trivial g_idx
		{gptqCase{bits: 8, group: -1, descAct: true, scaleDT: ir.Float16}, false}, // one group: g_idx all 0
	} {
		tensors, _ := buildGPTQ(t, c.c, in, out, 11)
		cfg, err := ParseQuantizationConfig([]byte(c.c.config()))
		if err != nil {
			t.Fatal(err)
		}
		ck := writeCheckpoint(t, tensors)
		kc, specs, err := DequantizeKiln(ck, cfg)
		if err != nil {
			t.Fatal(err)
		}
		spec, ok := specs["m"]
		if !ok || spec.Permuted != c.permuted {
			t.Fatalf("%+v: specs %+v, want m with Permuted %v", c.c, specs, c.permuted)
		}
		typ, has := kc.Info("m" + KilnPermSuffix)
		if has != c.permuted {
			t.Fatalf("%+v: m.kiln_perm shown %v", c.c, has)
		}
		if c.permuted {
			if !typ.Equal(ir.T(ir.Int32, in)) {
				t.Fatalf("m.kiln_perm: %s", typ)
			}
			k, err := PackKiln(ck, cfg, "m")
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range []string{KilnQWeightSuffix, KilnScalesSuffix, KilnZerosSuffix, KilnPermSuffix} {
				got, err := kc.Tensor("m" + n)
				if err != nil {
					t.Fatal(err)
				}
				want := map[string][]byte{KilnQWeightSuffix: k.QWeight.Data, KilnScalesSuffix: k.Scales.Data, KilnZerosSuffix: k.Zeros.Data, KilnPermSuffix: k.Perm.Data}[n]
				if string(got.Data) != string(want) {
					t.Fatalf("m%s differs from PackKiln's", n)
				}
			}
		}
		kc.Close()
	}
}
