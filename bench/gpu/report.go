package gpu

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"
)

// WriteTable prints the results as an aligned table: workload, kiln,
// peer, ratio (and fraction of the limit where there is one).
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "workload\tunit\tkiln\tpeer\tpeer value\tkiln/peer\ttarget\tlimit\tof limit")
	for _, x := range r.Results {
		line := fmt.Sprintf("%s\t%s\t%.4g\t%s\t", x.Workload, x.Unit, x.Kiln, x.Peer)
		if x.Peer != "" {
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
			line += fmt.Sprintf("%.4g\t%.1f%%", x.Limit, 100*x.FractionOfLimit)
		} else {
			line += "\t"
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

// Save writes the report as indented JSON to dir/<date>-<gpu>.json and
// returns the path.
func (r *Report) Save(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, fmt.Sprintf("%s-%s.json", time.Now().UTC().Format("2006-01-02"), GPUName()))
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, append(b, '\n'), 0o644)
}
