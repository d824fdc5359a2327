package gpu

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Save writes r as indented JSON to dir/<date>-<gpu>.json and
// returns the path. When that file exists (an earlier run of other models
// the same day on the same GPU, in its own process so that peak memory is
// measured alone), its results for models not in r are kept.
func Save(r *Report, dir string, models []string) (string, error) {
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
