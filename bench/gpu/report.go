package gpu

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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
// returns the path. When that file exists (an earlier run of other models
// the same day on the same GPU, in its own process so that peak memory is
// measured alone), its results for models not in r are kept.
func (r *Report) Save(dir string, models []string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, fmt.Sprintf("%s-%s.json", time.Now().UTC().Format("2006-01-02"), GPUName()))
	out := *r
	if old, err := os.ReadFile(path); err == nil {
		var prev Report
		if err := json.Unmarshal(old, &prev); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		mine := func(w string) bool {
			for _, m := range models {
				if strings.HasPrefix(w, m+"-") || strings.HasSuffix(w, "/"+m) || strings.Contains(w, "/"+m+"/") {
					return true
				}
			}
			return false
		}
		var res []Result
		for _, x := range prev.Results {
			if !mine(x.Workload) {
				res = append(res, x)
			}
		}
		out.Results = append(res, r.Results...)
		out.Details = map[string]any{}
		for k, v := range prev.Details {
			if !mine(k) {
				out.Details[k] = v
			}
		}
		for k, v := range r.Details {
			out.Details[k] = v
		}
	}
	b, err := json.MarshalIndent(&out, "", "  ")
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, append(b, '\n'), 0o644)
}
