package cuda

import (
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// In-place results (the buffer plan's InPlace). A result the plan pairs
// with a parameter may be written into that parameter's device memory
// when the caller donates the argument: Run hands the argument's buffer
// to the result (inPlaceResults) instead of allocating one.
//
//   - An elementwise result (a training step's "w.new") needs nothing of
//     the generator: its kernel reads the parameter only at the index it
//     writes, after every other kernel has read it, so it is correct
//     whether or not the two buffers are the same memory.
//   - A dynamic_update_slice of the parameter (a KV-cache update) is two
//     steps: a copy of the whole operand into the result that Run skips
//     when the result is the operand's memory (step.skipIfSame), and a
//     kernel over the update's elements only. With the cache donated, a
//     decode step writes the new rows and nothing else of the cache.

// inPlaceUpdate reports the result index of v when v is a
// dynamic_update_slice result the plan updates in place of its operand.
func (g *gen) inPlaceUpdate(v *ir.Value) (int, bool) {
	if v.Op != ir.OpDynamicUpdateSlice {
		return 0, false
	}
	for j, r := range g.f.Results {
		if r != v || !g.bp.DirectResults[j] {
			continue
		}
		q, ok := g.bp.InPlace[j]
		if !ok {
			return 0, false
		}
		pl := g.bp.Place(v.Args[0])
		return j, pl.Home == passes.HomeParam && pl.Index == q
	}
	return 0, false
}

// updateInPlace emits a dynamic_update_slice result as a copy of its
// operand (skipped at run time when the result is the operand's memory)
// and a kernel writing the update's elements at their clamped offsets.
func (g *gen) updateInPlace(v *ir.Value, out bufRef, what string) error {
	x, up := v.Args[0], v.Args[1]
	if err := g.elementwise(x, out, what+" (copy, skipped in place)", true); err != nil {
		return err
	}
	cp := &g.prog.steps[len(g.prog.steps)-1]
	src, ok := g.refOf(x)
	if !ok || len(cp.args) != 2 || cp.args[0] != out || cp.args[1] != src {
		return fmt.Errorf("in-place update: the copy kernel's arguments are %v, want [%v %v]", cp.args, out, src)
	}
	cp.skipIfSame = true
	ush := up.Type.Shape
	n := ush.NumElements()
	if n == 0 {
		return nil
	}
	d := v.Type.DType
	k := g.newKernel("update_slice")
	o := k.param(out, d, true)
	k.gridLoop("i", n)
	ui := k.unravel("i", ush)
	oi := make([]string, len(ui))
	for dim := range ui {
		s, err := k.startIdx(v.Args[2+dim], x.Type.Shape[dim], ush[dim])
		if err != nil {
			return err
		}
		oi[dim] = k.tmp("long long", fmt.Sprintf("%s + %s", s, ui[dim]))
	}
	e, err := k.elem(up, ui)
	if err != nil {
		return err
	}
	k.line("%s[%s] = %s;", o, ravel(oi, v.Type.Shape), storeExpr(d, e))
	k.close()
	k.finish(what+" (update)", gridFor(n))
	return nil
}

// inPlaceResults returns, for each result whose memory this run is a
// donated argument's, that argument's index: the plan pairs them
// (program.inPlace) and the argument is in donate. An argument passed at
// two positions (the same buffer twice) is never given away, since the
// other position still reads it.
func (p *program) inPlaceResults(args []backends.Buffer, donate []int) map[int]int {
	if len(p.inPlace) == 0 || len(donate) == 0 {
		return nil
	}
	var out map[int]int
	for j, q := range p.inPlace {
		given := false
		for _, d := range donate {
			given = given || d == q
		}
		for i, a := range args {
			given = given && (i == q || a != args[q])
		}
		if given {
			if out == nil {
				out = map[int]int{}
			}
			out[j] = q
		}
	}
	return out
}
