package hub

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxTreeListing bounds the trees/<commit>.json file read into memory.
const maxTreeListing = 64 << 20

// readTreeListing reads trees/<commit>.json, the listing of a commit's files
// that huggingface_hub (since its tree cache) keeps beside a snapshot:
// {"format_version": 1, "files": {"path": {"size": ..., "blob_id": ...}}}.
// It returns the file names, or ok=false when there is no valid listing
// (then nothing can be said about completeness, as in huggingface_hub).
func (rc *repoCache) readTreeListing(commit string) (names []string, ok bool) {
	if checkCommitName(commit) != nil {
		return nil, false
	}
	p, err := rc.under("trees", commit+".json")
	if err != nil {
		return nil, false
	}
	st, err := os.Stat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxTreeListing {
		return nil, false
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	names, err = ParseTreeListing(data)
	return names, err == nil
}

// ParseTreeListing reads huggingface_hub's tree cache file and returns its
// file names, sorted. Every name must pass ValidateFilename and every entry
// carry "size" and "blob_id", as huggingface_hub requires; otherwise the
// whole listing is rejected with an error naming the entry.
func ParseTreeListing(data []byte) ([]string, error) {
	var listing struct {
		FormatVersion *int                                  `json:"format_version"`
		Files         map[string]map[string]json.RawMessage `json:"files"`
	}
	if err := json.Unmarshal(data, &listing); err != nil {
		return nil, fmt.Errorf("tree listing: %v", err)
	}
	if listing.FormatVersion == nil || *listing.FormatVersion != 1 {
		return nil, fmt.Errorf(`tree listing: "format_version" is not 1`)
	}
	if listing.Files == nil {
		return nil, fmt.Errorf(`tree listing: no "files"`)
	}
	names := make([]string, 0, len(listing.Files))
	for name, entry := range listing.Files {
		if err := ValidateFilename(name); err != nil {
			return nil, fmt.Errorf("tree listing: %w", err)
		}
		var size int64
		if err := json.Unmarshal(entry["size"], &size); err != nil || size < 0 {
			return nil, fmt.Errorf("tree listing: files[%q].size is not a size", name)
		}
		if _, ok := entry["blob_id"]; !ok {
			return nil, fmt.Errorf("tree listing: files[%q] has no blob_id", name)
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names, nil
}

// missingFromSnapshot lists the files of the commit's tree listing that pass
// the patterns but are not in dir; ok=false when there is no listing.
func (s *session) missingFromSnapshot(commit, dir string) (missing []string, ok bool) {
	names, ok := s.rc.readTreeListing(commit)
	if !ok {
		return nil, false
	}
	for _, name := range names {
		if matchPatterns(name, s.cfg.Include, s.cfg.Exclude) && !isFile(filepath.Join(dir, filepath.FromSlash(name))) {
			missing = append(missing, name)
		}
	}
	return missing, true
}

func sample(names []string) string {
	if len(names) <= 3 {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s, ... (%d more)", strings.Join(names[:3], ", "), len(names)-3)
}
