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
// limit is; Target is the ratio the project aims for, where one is set.
type Result struct {
	Workload        string  `json:"workload"`
	Unit            string  `json:"unit"`
	Kiln            float64 `json:"kiln"`
	Peer            string  `json:"peer,omitempty"`
	PeerValue       float64 `json:"peer_value,omitempty"`
	Ratio           float64 `json:"ratio,omitempty"`
	Limit           float64 `json:"limit,omitempty"`
	FractionOfLimit float64 `json:"fraction_of_limit,omitempty"`
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

// WithLimit sets the limit and the fraction of it (when positive).
func (r Result) WithLimit(z float64) Result {
	if z > 0 {
		r.Limit = z
		r.FractionOfLimit = r.Kiln / z
	}
	return r
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
// it, and the note.
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
			line += fmt.Sprintf("%.4g\t%.1f%%\t", x.Limit, 100*x.FractionOfLimit)
		} else {
			line += "\t\t"
		}
		fmt.Fprintln(tw, line+x.Note)
	}
	return tw.Flush()
}
