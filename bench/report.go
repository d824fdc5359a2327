package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// Report is the JSON every kiln bench suite prints:
// {"suite", "machine", "results": [...], "details": {...}}.
type Report struct {
	Suite   string         `json:"suite"`
	Machine map[string]any `json:"machine"`
	Results []Result       `json:"results"`
	// Details keeps raw numbers and profiles (where the time goes).
	Details map[string]any `json:"details,omitempty"`
}

// Result is one workload against a peer and/or a limit. Ratio is
// Kiln/PeerValue and FractionOfLimit Kiln/Limit, present when the peer or
// limit is; Target is the ratio the project aims for, where one is set (of
// the peer where there is one, else of the limit: the cpu suite's training
// step aims at a fraction of the FMA peak).
//
// A limit is a ceiling (the most the machine can do: FMA peak, bandwidth
// roofline) unless LimitIsBudget is set, when it is a budget the figure
// should stay under (a compile time). A measured figure cannot pass a
// ceiling, so a ceiling's fraction above 1 means the limit is wrong, not
// that kiln beat the machine: WithLimit then sets LimitBroken, and the
// fraction is kept as measured.
type Result struct {
	Workload        string  `json:"workload"`
	Unit            string  `json:"unit"`
	Kiln            float64 `json:"kiln"`
	Peer            string  `json:"peer,omitempty"`
	PeerValue       float64 `json:"peer_value,omitempty"`
	Ratio           float64 `json:"ratio,omitempty"`
	Limit           float64 `json:"limit,omitempty"`
	FractionOfLimit float64 `json:"fraction_of_limit,omitempty"`
	LimitIsBudget   bool    `json:"limit_is_budget,omitempty"`
	LimitBroken     bool    `json:"limit_broken,omitempty"`
	Target          float64 `json:"target_ratio,omitempty"`
	Note            string  `json:"note,omitempty"`
}

// WithPeer sets the peer and, when its value is positive, the ratio.
func (r Result) WithPeer(name string, v float64) Result {
	r.Peer = name
	if v > 0 {
		r.PeerValue = v
		r.Ratio = r.Kiln / v
	}
	return r
}

// WithLimit sets a ceiling and, when it is positive, the fraction of it,
// and LimitBroken when that fraction exceeds 1.
func (r Result) WithLimit(z float64) Result {
	if z > 0 {
		r.Limit = z
		r.FractionOfLimit = r.Kiln / z
		r.LimitIsBudget = false
		r.LimitBroken = r.FractionOfLimit > 1
	}
	return r
}

// WithBudget sets a budget (a limit the figure should stay under, such as
// a compile time) and, when it is positive, the fraction of it. A
// fraction above 1 misses the budget; it never marks the limit broken.
func (r Result) WithBudget(z float64) Result {
	if z > 0 {
		r.Limit = z
		r.FractionOfLimit = r.Kiln / z
		r.LimitIsBudget = true
		r.LimitBroken = false
	}
	return r
}

// BrokenLimits returns one sentence per result whose figure exceeds its
// ceiling (LimitBroken), in result order; nil when there is none.
func (r *Report) BrokenLimits() []string {
	var out []string
	for _, x := range r.Results {
		if x.LimitBroken {
			out = append(out, fmt.Sprintf("%s: %.4g %s is %.0f%% of its limit %.4g %s; a measured figure cannot pass its ceiling, so the limit is wrong (the fraction says nothing about kiln)",
				x.Workload, x.Kiln, x.Unit, 100*x.FractionOfLimit, x.Limit, x.Unit))
		}
	}
	return out
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteTable prints one aligned line per result: workload, unit, kiln,
// peer, its value and the ratio, the target, the limit and the fraction of
// it ("BROKEN" after a fraction above a ceiling, "budget" after a budget's),
// and the note; then one "warning: limit broken" line per broken limit.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "workload\tunit\tkiln\tpeer\tpeer value\tkiln/peer\ttarget\tlimit\tof limit\tnote")
	for _, x := range r.Results {
		line := fmt.Sprintf("%s\t%s\t%.4g\t%s\t", x.Workload, x.Unit, x.Kiln, x.Peer)
		if x.PeerValue > 0 {
			line += fmt.Sprintf("%.4g\t%.3f\t", x.PeerValue, x.Ratio)
		} else {
			line += "\t\t"
		}
		if x.Target > 0 {
			line += fmt.Sprintf("%.2g\t", x.Target)
		} else {
			line += "\t"
		}
		if x.Limit > 0 {
			mark := ""
			switch {
			case x.LimitBroken:
				mark = " BROKEN"
			case x.LimitIsBudget:
				mark = " budget"
			}
			line += fmt.Sprintf("%.4g\t%.1f%%%s\t", x.Limit, 100*x.FractionOfLimit, mark)
		} else {
			line += "\t\t"
		}
		fmt.Fprintln(tw, line+x.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, msg := range r.BrokenLimits() {
		if _, err := fmt.Fprintln(w, "warning: limit broken: "+msg); err != nil {
			return err
		}
	}
	return nil
}
