package llvm

import (
	"sort"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// KernelCallSites lowers f exactly as Backend{Profile: true}.Compile does
// and returns the distinct labels of its kernel call sites (the entries
// Profile would report: kiln_main calls every kernel unconditionally),
// sorted. It runs no llc, so tests that check which kernels a program is
// made of need not build a second, profiled library of it.
func KernelCallSites(f *ir.Func) ([]string, error) {
	b := &Backend{Profile: true}
	o, t, err := b.setup()
	if err != nil {
		return nil, err
	}
	_, m, err := lower(f, backends.CompileOptions{}, o, t.triple, true)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range m.profNames {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}

// PlansGemm reports whether a float32 DotGeneral with attrs a on operands
// of types l and r runs a GEMM kernel (not the naive loop).
func PlansGemm(l, r ir.Type, a *ir.DotAttrs) bool { return planGemmTypes(l, r, a) != nil }

// HostHasAVX512 reports whether the kernels may use <16 x float> here.
func HostHasAVX512() bool { return hostHasAVX512() }
