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

// Layout assigns every slot its Offset and sets WorkspaceBytes. Two
// greedy layouts are made and the smaller kept (the first on a tie):
//
//   - in order of definition (ties in creation order), each slot at the
//     lowest offset where it overlaps none of the slots already placed
//     that are still live at its definition (first fit);
//   - largest first (ties in order of definition, then creation), each
//     slot at the lowest offset where it overlaps none of the slots
//     already placed whose live ranges intersect its own. Large
//     short-lived slots (a GEMM's packing scratch, an LM head's chunk)
//     placed late by the first order land above the long-lived small
//     slots that happen to sit low; placed first, they share the bottom.
//
// In both, two slots of non-zero size whose live ranges [Def, Last]
// intersect never share a byte; the result depends only on the slots, so
// Layout may be called again after AddScratch or a change of size.
func (p *BufferPlan) Layout() {
	ws := p.Slots
	byDef := make([]int, len(ws))
	for i := range byDef {
		byDef[i] = i
	}
	sort.SliceStable(byDef, func(a, b int) bool { return ws[byDef[a]].Def < ws[byDef[b]].Def })
	offs, total := layoutFirstFit(ws, byDef)
	bySize := append([]int(nil), byDef...)
	sort.SliceStable(bySize, func(a, b int) bool { return alignSlot(ws[bySize[a]].Bytes) > alignSlot(ws[bySize[b]].Bytes) })
	if offs2, total2 := layoutBySize(ws, bySize); total2 < total {
		offs, total = offs2, total2
	}
	for i := range ws {
		ws[i].Offset = offs[i]
	}
	p.WorkspaceBytes = total
}

// layoutFirstFit places the slots in order (of definition): each at the
// lowest offset clear of the placed slots live at its definition.
func layoutFirstFit(ws []Slot, order []int) ([]int, int) {
	offs := make([]int, len(ws))
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
		offs[i] = lowestGap(ws, offs, live, size)
		total = max(total, offs[i]+size)
		placed = append(placed, i)
	}
	return offs, total
}

// layoutBySize places the slots in order (largest first): each at the
// lowest offset clear of the placed slots whose live ranges intersect its
// own.
func layoutBySize(ws []Slot, order []int) ([]int, int) {
	offs := make([]int, len(ws))
	var placed []int
	total := 0
	for _, i := range order {
		s := &ws[i]
		size := alignSlot(s.Bytes)
		var live []int
		for _, j := range placed {
			if ws[j].Bytes > 0 && ws[j].Def <= s.Last && s.Def <= ws[j].Last {
				live = append(live, j)
			}
		}
		offs[i] = lowestGap(ws, offs, live, size)
		total = max(total, offs[i]+size)
		placed = append(placed, i)
	}
	return offs, total
}

// lowestGap is the lowest aligned offset where size bytes overlap none of
// the slots live (at offsets offs).
func lowestGap(ws []Slot, offs, live []int, size int) int {
	sort.Slice(live, func(a, b int) bool { return offs[live[a]] < offs[live[b]] })
	off := 0
	for _, j := range live {
		if off+size <= offs[j] {
			break
		}
		off = max(off, offs[j]+alignSlot(ws[j].Bytes))
	}
	return off
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

// LiveSlot is one workspace slot live at a position (PeakLive).
type LiveSlot struct {
	// Slot is the index in BufferPlan.Slots; Offset, Bytes, Def and Last
	// are the slot's.
	Slot                     int
	Offset, Bytes, Def, Last int
	// Value is the value the slot was made for (nil: scratch).
	Value *ir.Value
}

// Peak is what the workspace holds where the most is live (PeakLive).
type Peak struct {
	// At is the first position (in the function's values) where the
	// aligned sizes of the live slots (Def <= At <= Last) add up to the
	// most: LiveBytes. No layout of these live ranges is smaller than
	// LiveBytes; WorkspaceBytes - LiveBytes is the layout's fragmentation.
	At, LiveBytes int
	// Live are the slots of non-zero size live at At, largest first (ties
	// in slot order).
	Live []LiveSlot
}

// PeakLive reports the position where the most workspace is live and the
// slots live there. It is a diagnostic: it reads the plan's slots as they
// are (offsets as the last Layout left them).
func (p *BufferPlan) PeakLive() Peak {
	ws := p.Slots
	var pk Peak
	// The sum of live sizes changes only where a slot begins or ends:
	// sweep the positions with the sizes added at Def, removed after Last.
	end := 0
	if p.f != nil {
		end = len(p.f.Values)
	}
	for _, s := range ws {
		end = max(end, s.Last)
	}
	delta := make([]int, end+2)
	for _, s := range ws {
		if s.Bytes == 0 {
			continue
		}
		delta[s.Def] += alignSlot(s.Bytes)
		delta[min(s.Last, end)+1] -= alignSlot(s.Bytes)
	}
	cur := 0
	for at := 0; at <= end; at++ {
		cur += delta[at]
		if cur > pk.LiveBytes {
			pk.At, pk.LiveBytes = at, cur
		}
	}
	for i, s := range ws {
		if s.Bytes > 0 && s.Def <= pk.At && pk.At <= s.Last {
			pk.Live = append(pk.Live, LiveSlot{Slot: i, Offset: s.Offset, Bytes: s.Bytes, Def: s.Def, Last: s.Last, Value: s.Value})
		}
	}
	sort.SliceStable(pk.Live, func(a, b int) bool { return pk.Live[a].Bytes > pk.Live[b].Bytes })
	return pk
}
