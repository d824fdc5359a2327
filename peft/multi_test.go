package peft_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
)

// TestSeveralAdapters holds three adapters by name on one Runner (two of
// one structure, a DoRA one of another) and checks that switching gives
// each adapter's logits (as a Runner holding only that adapter computes
// them) compiling once per structure, that disabling gives the base's
// logits on the base program, and delete_adapter's choice of the next
// active adapter.
func TestSeveralAdapters(t *testing.T) {
	for name, b := range testbackends.CPU(t) {
		t.Run(name, func(t *testing.T) { checkSeveral(t, b) })
	}
}

func checkSeveral(t *testing.T, b backends.Backend) {
	dir := fixture.ModelDir("llama-tiny")
	a := tinyAdapter{model: "llama-tiny", config: llamaLoRA, modules: llamaModules, seed: 10}.make(t)
	bb := tinyAdapter{model: "llama-tiny", config: llamaLoRA, modules: llamaModules, seed: 11}.make(t)
	d := tinyAdapter{model: "llama-tiny", config: llamaDoRA, modules: llamaModules, seed: 12}.make(t)
	alone := func(ad *peft.Adapter) []float32 {
		r := fixture.Runner(t, dir, b)
		if err := r.SetAdapter(ad); err != nil {
			t.Fatal(err)
		}
		return forward(t, r, testIDs)
	}
	refA, refB, refD := alone(a), alone(bb), alone(d)

	r := fixture.Runner(t, dir, b)
	base := forward(t, r, testIDs)
	for _, c := range []struct {
		name string
		ad   *peft.Adapter
	}{{"a", a}, {"b", bb}, {"dora", d}} {
		if err := r.LoadAdapter(c.name, c.ad); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.LoadAdapter("a", bb); err == nil || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("loading a second adapter named a: error %v", err)
	}
	if got := strings.Join(r.AdapterNames(), ","); got != "a,b,dora" {
		t.Errorf("AdapterNames = %s, want a,b,dora", got)
	}
	check := func(what string, want []float32) {
		t.Helper()
		if dd := maxDiff(forward(t, r, testIDs), want); dd != 0 {
			t.Errorf("%s: logits differ by %g", what, dd)
		}
	}
	set := func(name string) {
		t.Helper()
		if err := r.SetActive(name); err != nil {
			t.Fatal(err)
		}
	}
	compiles := func(want int) {
		t.Helper()
		if got := r.Compiles(); got != want {
			t.Errorf("compiles = %d, want %d", got, want)
		}
	}
	check("loaded, none active (load_adapter does not activate)", base)
	set("a")
	check("a active", refA)
	set("b")
	check("b active", refB)
	compiles(2) // base, LoRA structure
	if err := r.DisableAdapter(); err != nil {
		t.Fatal(err)
	}
	check("disabled", base)
	if err := r.EnableAdapter(); err != nil {
		t.Fatal(err)
	}
	check("enabled again", refB)
	if err := r.WithAdapterDisabled(func() error { check("in WithAdapterDisabled", base); return nil }); err != nil {
		t.Fatal(err)
	}
	check("after WithAdapterDisabled", refB)
	set("dora")
	check("dora active", refD)
	set("a") // back to the LoRA structure: its programs, a's weights rebound
	check("a again after dora", refA)
	compiles(3)

	spec := models.Spec{Batch: 1, Seq: len(testIDs)}
	if err := r.MergeAdapter(context.Background(), spec, peft.Merge); err != nil {
		t.Fatal(err)
	}
	if err := r.SetActive("b"); err == nil || !strings.Contains(err.Error(), "merged") {
		t.Errorf("SetActive while merged: error %v, want one saying an adapter is merged", err)
	}
	if err := r.DisableAdapter(); err != nil { // unmerges first, as PEFT
		t.Fatal(err)
	}
	check("disabled after merge", base)
	if err := r.EnableAdapter(); err != nil {
		t.Fatal(err)
	}
	check("enabled after the merge was undone", refA)
	compiles(3)

	if err := r.SetActive("nope"); err == nil || !strings.Contains(err.Error(), "a, b, dora") {
		t.Errorf("unknown adapter: error %v, want one listing a, b, dora", err)
	}
	if err := r.DeleteAdapter("a"); err != nil {
		t.Fatal(err)
	}
	if got := r.ActiveAdapter(); got != "b" {
		t.Errorf("after deleting the active a, active = %q, want b (first remaining)", got)
	}
	check("b active after deleting a", refB)
	for _, n := range []string{"dora", "b"} {
		if err := r.DeleteAdapter(n); err != nil {
			t.Fatal(err)
		}
	}
	if got := r.ActiveAdapter(); got != "" {
		t.Errorf("after deleting every adapter, active = %q", got)
	}
	check("no adapters left", base)
	if err := r.SetAdapter(a); err != nil { // the one-adapter API still works
		t.Fatal(err)
	}
	check("SetAdapter(a)", refA)
	compiles(3)
}
