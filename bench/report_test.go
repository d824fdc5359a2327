package bench

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestLimitBroken checks that a figure above its ceiling marks the limit
// broken (in the result, its JSON and the table's warning), that one at
// or below it does not, and that a budget (compile time) never does.
func TestLimitBroken(t *testing.T) {
	over := Result{Workload: "sgemm-1024", Unit: "GFLOP/s", Kiln: 355}.WithLimit(213)
	under := Result{Workload: "sgemm-512", Unit: "GFLOP/s", Kiln: 200}.WithLimit(213)
	equal := Result{Workload: "exact", Unit: "GFLOP/s", Kiln: 213}.WithLimit(213)
	budget := Result{Workload: "compile", Unit: "s", Kiln: 12}.WithBudget(10)
	none := Result{Workload: "no-limit", Unit: "GFLOP/s", Kiln: 1}.WithLimit(0)
	if !over.LimitBroken || over.FractionOfLimit <= 1 {
		t.Errorf("355 of 213: broken %v, fraction %v", over.LimitBroken, over.FractionOfLimit)
	}
	for _, r := range []Result{under, equal, budget, none} {
		if r.LimitBroken {
			t.Errorf("%s: marked broken (fraction %v, budget %v)", r.Workload, r.FractionOfLimit, r.LimitIsBudget)
		}
	}
	if !budget.LimitIsBudget || budget.FractionOfLimit != 1.2 {
		t.Errorf("budget: %+v", budget)
	}
	if none.Limit != 0 || none.FractionOfLimit != 0 {
		t.Errorf("a zero limit was set: %+v", none)
	}
	// A ceiling set after a budget is a ceiling again.
	if r := budget.WithLimit(10); !r.LimitBroken || r.LimitIsBudget {
		t.Errorf("budget then ceiling: %+v", r)
	}

	rep := &Report{Suite: "cpu", Results: []Result{under, over, budget}}
	msgs := rep.BrokenLimits()
	if len(msgs) != 1 || !strings.HasPrefix(msgs[0], "sgemm-1024: 355 GFLOP/s is 167% of its limit 213") {
		t.Fatalf("BrokenLimits = %q", msgs)
	}
	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for i, want := range []any{nil, true, nil} {
		if got := back.Results[i]["limit_broken"]; got != want {
			t.Errorf("JSON result %d limit_broken = %v, want %v", i, got, want)
		}
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(table.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("table has %d lines, want header, 3 results and 1 warning:\n%s", len(lines), table.String())
	}
	if !strings.Contains(lines[2], "166.7% BROKEN") || strings.Contains(lines[1], "BROKEN") || !strings.Contains(lines[3], "120.0% budget") {
		t.Errorf("table marks:\n%s", table.String())
	}
	if lines[4] != "warning: limit broken: "+msgs[0] {
		t.Errorf("last line %q", lines[4])
	}
}
