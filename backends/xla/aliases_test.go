package xla

import (
	"testing"

	"github.com/kiln-ml/kiln/ir"
)

// TestFindAliases: a KV cache's dynamic_update_slice chain and a result
// named "<param>.new" of the parameter's type alias the parameter; a
// result of another type, or a second result for a taken parameter, does
// not.
func TestFindAliases(t *testing.T) {
	f, err := ir.Parse(`func @f {
  %0 = parameter : f32[4] "w"
  %1 = parameter : f32[4] "m"
  %2 = parameter : f32[2,4] "cache"
  %3 = parameter : f32[1,4] "row"
  %4 = parameter : i32[] "at"
  %5 = parameter : i32[] "col"
  %6 = dynamic_update_slice %2, %3, %4, %5 : f32[2,4] "cache.out"
  %7 = add %0, %1 : f32[4] "w.new"
  %8 = mul %1, %1 : f32[4] "m.new"
  %9 = convert %7 {to=bf16} : bf16[4] "row.new"
  %10 = sub %0, %1 : f32[4] "w2"
  return %6, %7, %8, %9, %10
}
`)
	if err != nil {
		t.Fatal(err)
	}
	f.ResultNames = []string{"cache.out", "w.new", "m.new", "row.new", "w.new"}
	got := findAliases(f)
	want := map[int]int{0: 1, 1: 2, 2: 0} // w, m, cache
	if len(got) != len(want) {
		t.Fatalf("aliases %v, want %v", got, want)
	}
	for p, r := range want {
		if got[p] != r {
			t.Errorf("parameter %d aliases result %d, want %d (all: %v)", p, got[p], r, got)
		}
	}
}
