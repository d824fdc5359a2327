package passes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
)

// SlotAlign is the alignment of every workspace slot's offset and of the
// space it occupies.
const SlotAlign = 64

func alignSlot(n int) int { return (n + SlotAlign - 1) &^ (SlotAlign - 1) }

// Layout assigns every slot its Offset and sets WorkspaceBytes. Slots are
// placed in order of definition (ties in creation order), each at the
// lowest SlotAlign-aligned offset where it overlaps none of the slots
// already placed that are still live at its definition (first fit). Two
// slots of non-zero size whose live ranges [Def, Last] intersect never
// share a byte; the result depends only on the slots, so Layout may be
// called again after AddScratch or a change of size.
func (p *BufferPlan) Layout() {
	ws := p.Slots
	order := make([]int, len(ws))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ws[order[a]].Def < ws[order[b]].Def })
	var placed []int
	total := 0
	for _, i := range order {
		s := &ws[i]
		size := alignSlot(s.Bytes)
		var live []int
		for _, j := range placed {
			if ws[j].Last >= s.Def && ws[j].Bytes > 0 {
				live = append(live, j)
			}
		}
		sort.Slice(live, func(a, b int) bool { return ws[live[a]].Offset < ws[live[b]].Offset })
		off := 0
		for _, j := range live {
			if off+size <= ws[j].Offset {
				break
			}
			off = max(off, ws[j].Offset+alignSlot(ws[j].Bytes))
		}
		s.Offset = off
		total = max(total, off+size)
		placed = append(placed, i)
	}
	p.WorkspaceBytes = total
}

// String prints the plan for dumps and tests: the workspace size, one
// line per workspace slot, one per value with a place other than
// HomeNone (in program order, by IR id), and one per result.
func (p *BufferPlan) String() string {
	id := func(v *ir.Value) string { return fmt.Sprintf("%%%d", v.ID) }
	var b strings.Builder
	fmt.Fprintf(&b, "workspace %d bytes\n", p.WorkspaceBytes)
	end := len(p.f.Values)
	for i, s := range p.Slots {
		last := fmt.Sprint(s.Last)
		if s.Last >= end {
			last = "end"
		}
		fmt.Fprintf(&b, "ws%d: %d bytes at %d, live %d..%s", i, s.Bytes, s.Offset, s.Def, last)
		if s.Value != nil {
			fmt.Fprintf(&b, " for %s", id(s.Value))
		} else {
			b.WriteString(" scratch")
		}
		b.WriteByte('\n')
	}
	for _, v := range p.f.Values {
		pl, ok := p.Places[v]
		if !ok || pl.Home == HomeNone {
			continue
		}
		fmt.Fprintf(&b, "%s: %s", id(v), pl.Home)
		switch pl.Home {
		case HomeParam, HomeResult, HomeWorkspace:
			fmt.Fprintf(&b, " %d", pl.Index)
		case HomeView, HomeReadThrough:
			fmt.Fprintf(&b, " of %s", id(pl.Of))
		}
		if pl.Writer != nil {
			fmt.Fprintf(&b, ", written by %s", id(pl.Writer))
		}
		if r := p.MergedHeads[v]; r != nil {
			fmt.Fprintf(&b, ", heads merged into %s", id(r))
		}
		b.WriteByte('\n')
	}
	for j, r := range p.f.Results {
		how := "copied"
		if p.DirectResults[j] {
			how = "direct"
		}
		fmt.Fprintf(&b, "result %d: %s %s", j, id(r), how)
		if q, ok := p.InPlace[j]; ok {
			fmt.Fprintf(&b, ", in place of param %d", q)
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
