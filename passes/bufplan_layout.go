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

// LiveSlot is one workspace slot live at a position (PeakLive).
type LiveSlot struct {
	// Slot is the index in BufferPlan.Slots; Offset, Bytes, Def and Last
	// are the slot's.
	Slot                     int
	Offset, Bytes, Def, Last int
	// Value is the value the slot was made for (nil: scratch).
	Value *ir.Value
}

// Peak is what the workspace holds where it is largest (PeakLive).
type Peak struct {
	// At is the position (in the function's values) where the slot that
	// ends highest in the workspace (Offset+Bytes = WorkspaceBytes) is
	// defined: where the layout reaches its size.
	At int
	// Live are the slots of non-zero size live at At (Def <= At <= Last),
	// largest first; LiveBytes is the sum of their aligned sizes. Where
	// LiveBytes < WorkspaceBytes the difference is fragmentation.
	Live      []LiveSlot
	LiveBytes int
	// MaxLiveAt is the position where the aligned sizes of the live slots
	// add up to the most, MaxLiveBytes: no layout of these slots can be
	// smaller than MaxLiveBytes.
	MaxLiveAt, MaxLiveBytes int
}

// PeakLive reports the slots live where the laid-out workspace reaches its
// size, and the largest sum of live slots at any position (a lower bound
// of any layout of the same live ranges). It is a diagnostic: it reads the
// plan as the last Layout left it.
func (p *BufferPlan) PeakLive() Peak {
	ws := p.Slots
	var pk Peak
	top := -1
	for i, s := range ws {
		if s.Bytes > 0 && s.Offset+alignSlot(s.Bytes) == p.WorkspaceBytes && (top < 0 || s.Def < ws[top].Def) {
			top = i
		}
	}
	if top < 0 {
		return pk
	}
	pk.At = ws[top].Def
	for i, s := range ws {
		if s.Bytes > 0 && s.Def <= pk.At && pk.At <= s.Last {
			pk.Live = append(pk.Live, LiveSlot{Slot: i, Offset: s.Offset, Bytes: s.Bytes, Def: s.Def, Last: s.Last, Value: s.Value})
			pk.LiveBytes += alignSlot(s.Bytes)
		}
	}
	sort.SliceStable(pk.Live, func(a, b int) bool { return pk.Live[a].Bytes > pk.Live[b].Bytes })
	// The sum of live sizes changes only where a slot begins: sweep the
	// definitions and ends in position order.
	end := len(p.f.Values) + 1
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
		if cur > pk.MaxLiveBytes {
			pk.MaxLiveAt, pk.MaxLiveBytes = at, cur
		}
	}
	return pk
}
