package hub

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/internal/pyjson"
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

// writeTreeListing stores the commit's complete file list as
// trees/<commit>.json in huggingface_hub's format (json.dump(indent=1),
// files sorted), so that an incomplete snapshot is noticed offline by kiln
// and by huggingface_hub alike. It writes nothing when a listing exists or
// when the server did not give every file's size and blob id. Failures are
// ignored: the listing is an optimisation.
func (rc *repoCache) writeTreeListing(commit string, files []RepoFile) {
	if len(files) == 0 || checkCommitName(commit) != nil {
		return
	}
	p, err := rc.under("trees", commit+".json")
	if err != nil {
		return
	}
	if _, err := os.Stat(p); err == nil {
		return
	}
	sorted := append([]RepoFile(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	var b strings.Builder
	b.WriteString("{\n \"format_version\": 1,\n \"files\": {")
	for i, f := range sorted {
		if !f.HasMeta {
			return
		}
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  %s: {\n   \"size\": %d,\n   \"blob_id\": %s", pyjson.Quote(f.Name, true), f.Size, pyjson.Quote(f.BlobID, true))
		if f.LFSSHA256 != "" {
			fmt.Fprintf(&b, ",\n   \"lfs_sha256\": %s,\n   \"lfs_size\": %d", pyjson.Quote(f.LFSSHA256, true), f.LFSSize)
		}
		b.WriteString("\n  }")
	}
	b.WriteString("\n }\n}")
	if os.MkdirAll(filepath.Dir(p), 0o755) == nil {
		_ = writeFileAtomic(p, []byte(b.String()))
	}
}

func sample(names []string) string {
	if len(names) <= 3 {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s, ... (%d more)", strings.Join(names[:3], ", "), len(names)-3)
}
