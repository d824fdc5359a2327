package train

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/kiln-ml/kiln/hub"
)

// splitName is what a split may be called (it becomes part of globs).
var splitName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// splitPatterns are the file globs (hub.MatchGlob: "*" crosses "/") that
// hold split's rows: datasets' push_to_hub layout data/<split>-NNNNN-of-
// NNNNN.parquet first, then files or folders named after the split at the
// top or one folder down (a config folder, or refs/convert/parquet's
// <config>/<split>/NNNN.parquet).
func splitPatterns(split string) (data, other []string) {
	data = []string{"data/" + split + "-*", "data/" + split + ".*", "data/" + split + "_*", "data/" + split + "/*"}
	other = []string{split + "-*", split + ".*", split + "_*", split + "/*", "*/" + split + "/*", "*/" + split + "-*", "*/" + split + ".*", "*/" + split + "_*"}
	return data, other
}

// formatRank orders the formats a split may come in; the best one present
// is read, the others ignored (a repo may hold a split as Parquet and as
// JSON lines).
var formatRank = []string{".parquet", ".jsonl", ".json", ".csv", ".tsv", ".txt"}

// SplitFiles picks the files of split among a dataset repo's files (as
// "/"-separated paths): those under data/ that splitPatterns names, else
// those elsewhere it names; of them only the best format (Parquet, then
// JSON lines, CSV, TSV, text). The result is sorted, as datasets orders
// shards. A split with no file is an error listing what the repo has.
func SplitFiles(files []string, split string) ([]string, error) {
	if !splitName.MatchString(split) {
		return nil, fmt.Errorf("split %q: want letters, digits, '_', '-' or '.'", split)
	}
	data, other := splitPatterns(split)
	match := func(pats []string) []string {
		var out []string
		for _, f := range files {
			if slices.Index(formatRank, strings.ToLower(path.Ext(f))) < 0 {
				continue
			}
			for _, p := range pats {
				if hub.MatchGlob(p, f) {
					out = append(out, f)
					break
				}
			}
		}
		return out
	}
	got := match(data)
	if len(got) == 0 {
		got = match(other)
	}
	if len(got) == 0 {
		return nil, fmt.Errorf("no files of split %q (want data/%s-*.parquet or similar) among %s", split, split, sampleNames(files))
	}
	best := len(formatRank)
	for _, f := range got {
		best = min(best, slices.Index(formatRank, strings.ToLower(path.Ext(f))))
	}
	var out []string
	for _, f := range got {
		if slices.Index(formatRank, strings.ToLower(path.Ext(f))) == best {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out, nil
}

func sampleNames(files []string) string {
	if len(files) == 0 {
		return "no files"
	}
	if len(files) > 8 {
		return strings.Join(files[:8], ", ") + fmt.Sprintf(" and %d more", len(files)-8)
	}
	return strings.Join(files, ", ")
}

// ReadTables reads files with ReadTable and concatenates them in order
// into one table; each row keeps its file for errors (Table.Files). Files
// whose columns differ (names or order) are an error naming both.
func ReadTables(paths []string, opts ReadOptions) (*Table, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("read dataset: no files")
	}
	var out *Table
	for _, p := range paths {
		t, err := ReadTable(p, opts)
		if err != nil {
			return nil, err
		}
		if len(paths) == 1 {
			return t, nil
		}
		if out == nil {
			out = &Table{Name: p, Columns: t.Columns, Lines: []int{}}
		} else if !slices.Equal(out.Columns, t.Columns) {
			return nil, fmt.Errorf("%s: columns %q differ from %s's %q", p, t.Columns, paths[0], out.Columns)
		}
		for i, r := range t.Rows {
			out.Rows = append(out.Rows, r)
			out.Files = append(out.Files, p)
			line := i // Parquet: the row's index in its file
			if t.Lines != nil {
				line = t.Lines[i]
			} else {
				out.RowNumbers = true
			}
			out.Lines = append(out.Lines, line)
		}
	}
	return out, nil
}

// ReadHubDataset reads one split of a Hub dataset repository
// (repo_type=dataset): it downloads (or, offline, finds in the cache) the
// files SplitFiles picks, through hub.Download with opts (RepoType is set
// to dataset), and reads them with ReadTables.
func ReadHubDataset(ctx context.Context, repo, split string, opts hub.Options, read ReadOptions) (*Table, error) {
	if !splitName.MatchString(split) {
		return nil, fmt.Errorf("%s: split %q: want letters, digits, '_', '-' or '.'", repo, split)
	}
	opts.RepoType = hub.Dataset
	data, other := splitPatterns(split)
	opts.Include = append(data, other...)
	dir, err := hub.Download(ctx, repo, opts)
	if err != nil {
		return nil, err
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: listing %s: %w", repo, dir, err)
	}
	picked, err := SplitFiles(files, split)
	if err != nil {
		return nil, fmt.Errorf("dataset %s: %w", repo, err)
	}
	paths := make([]string, len(picked))
	for i, f := range picked {
		paths[i] = filepath.Join(dir, filepath.FromSlash(f))
	}
	return ReadTables(paths, read)
}
