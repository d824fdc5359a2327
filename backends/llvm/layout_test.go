package llvm

import (
	"math/rand"
	"testing"
)

// TestLayoutWS: buffers whose lifetimes overlap never share bytes, and
// buffers that do not may (the total is at most the sum).
func TestLayoutWS(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for trial := 0; trial < 200; trial++ {
		n := 1 + r.Intn(30)
		ws := make([]wsSlot, n)
		sum := 0
		for i := range ws {
			def := r.Intn(40)
			ws[i] = wsSlot{size: r.Intn(5000), def: def, last: def + r.Intn(10)}
			sum += (ws[i].size + 63) &^ 63
		}
		total := layoutWS(ws)
		if total > sum {
			t.Fatalf("total %d > sum %d", total, sum)
		}
		for i := range ws {
			a := ws[i]
			if a.off%64 != 0 || a.off+a.size > total {
				t.Fatalf("slot %d %+v outside [0,%d) or unaligned", i, a, total)
			}
			for j := i + 1; j < n; j++ {
				b := ws[j]
				lifetimes := a.def <= b.last && b.def <= a.last
				bytes := a.off < b.off+b.size && b.off < a.off+a.size
				if lifetimes && bytes && a.size > 0 && b.size > 0 {
					t.Fatalf("slots %+v and %+v overlap", a, b)
				}
			}
		}
	}
}
