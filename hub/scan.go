package hub

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// CacheInfo is what ScanCache found in a hub cache: the repos, each with
// its cached revisions, the way huggingface_hub's scan_cache_dir reports them.
type CacheInfo struct {
	Dir   string
	Repos []CachedRepo
	// Size is the bytes of all blobs.
	Size int64
	// Warnings name folders that are not a valid cached repo; they are skipped.
	Warnings []error
}

// CachedRepo is one repo folder of the cache.
type CachedRepo struct {
	ID   string
	Type RepoType // "model", "dataset" or "space"
	Path string
	// Size is the bytes of the blobs its snapshots link to, each counted once.
	Size         int64
	NumFiles     int // distinct blobs
	LastAccessed time.Time
	LastModified time.Time
	Revisions    []CachedRevision // newest first
}

// CachedRevision is one snapshots/<commit> folder.
type CachedRevision struct {
	Commit       string
	Refs         []string // branches and tags pointing to it ("main", "refs/pr/1")
	Path         string
	Files        []CachedFile
	Size         int64
	LastModified time.Time
}

// CachedFile is one file of a snapshot and the blob it links to.
type CachedFile struct {
	Name     string // path inside the repo, "/"-separated
	Path     string
	BlobPath string
	Size     int64
}

// ScanCache reads the hub cache at dir ("" means DefaultCacheDir). It never
// follows a link out of a repo's folder: such files are reported in
// Warnings and left out. Only a missing or unreadable dir is an error.
func ScanCache(dir string) (*CacheInfo, error) {
	if dir == "" {
		dir = DefaultCacheDir()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("hub: cache dir %q: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return nil, fmt.Errorf("hub: reading cache dir: %w", err)
	}
	info := &CacheInfo{Dir: abs}
	for _, e := range entries {
		name := e.Name()
		if name == ".locks" || name == "CACHEDIR.TAG" || name == ".DS_Store" {
			continue
		}
		repo, err := scanRepo(filepath.Join(abs, name), &info.Warnings)
		if err != nil {
			info.Warnings = append(info.Warnings, err)
			continue
		}
		info.Repos = append(info.Repos, *repo)
		info.Size += repo.Size
	}
	sort.Slice(info.Repos, func(i, j int) bool {
		a, b := info.Repos[i], info.Repos[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.ID < b.ID
	})
	return info, nil
}

func scanRepo(path string, warnings *[]error) (*CachedRepo, error) {
	name := filepath.Base(path)
	st, err := os.Lstat(path)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("hub: %s: not a cached repo folder", path)
	}
	kind, rest, ok := strings.Cut(name, "--")
	if !ok {
		return nil, fmt.Errorf("hub: %s: not a cached repo folder (no \"--\" in the name)", path)
	}
	typ := RepoType(strings.TrimSuffix(kind, "s"))
	if typ != Model && typ != Dataset && typ != "space" {
		return nil, fmt.Errorf("hub: %s: unknown repo type %q", path, kind)
	}
	repo := &CachedRepo{ID: strings.ReplaceAll(rest, "--", "/"), Type: typ, Path: path}
	snapDir := filepath.Join(path, "snapshots")
	snaps, err := os.ReadDir(snapDir)
	if err != nil {
		return nil, fmt.Errorf("hub: %s: no snapshots folder", path)
	}
	refs := readRefs(filepath.Join(path, "refs"))
	// Links are compared after resolving, so resolve the folder too: the
	// cache itself may sit below a symlink (a linked home directory).
	realPath, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("hub: %s: %w", path, err)
	}
	blobs := map[string]fs.FileInfo{}
	for _, s := range snaps {
		if !s.IsDir() {
			continue
		}
		rev := CachedRevision{Commit: s.Name(), Path: filepath.Join(snapDir, s.Name()), Refs: refs[s.Name()]}
		delete(refs, s.Name())
		seen := map[string]bool{}
		filepath.WalkDir(rev.Path, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			blob, err := filepath.EvalSymlinks(p)
			if err == nil {
				blob, err = filepath.Abs(blob)
			}
			if err != nil {
				*warnings = append(*warnings, fmt.Errorf("hub: %s: broken link", p))
				return nil
			}
			if !within(realPath, blob) {
				*warnings = append(*warnings, fmt.Errorf("hub: %s: links outside its repo folder, ignored", p))
				return nil
			}
			bst, err := os.Stat(blob)
			if err != nil || !bst.Mode().IsRegular() {
				*warnings = append(*warnings, fmt.Errorf("hub: %s: not a regular file", p))
				return nil
			}
			blobs[blob] = bst
			rel, _ := filepath.Rel(rev.Path, p)
			rev.Files = append(rev.Files, CachedFile{Name: filepath.ToSlash(rel), Path: p, BlobPath: blob, Size: bst.Size()})
			if !seen[blob] {
				seen[blob] = true
				rev.Size += bst.Size()
			}
			if bst.ModTime().After(rev.LastModified) {
				rev.LastModified = bst.ModTime()
			}
			return nil
		})
		if len(rev.Files) == 0 {
			if sst, err := os.Stat(rev.Path); err == nil {
				rev.LastModified = sst.ModTime()
			}
		}
		repo.Revisions = append(repo.Revisions, rev)
	}
	for commit, names := range refs {
		*warnings = append(*warnings, fmt.Errorf("hub: %s: refs %v point to commit %s, which has no snapshot", path, names, commit))
	}
	for _, bst := range blobs {
		repo.Size += bst.Size()
		repo.NumFiles++
		if bst.ModTime().After(repo.LastModified) {
			repo.LastModified = bst.ModTime()
		}
		if at := accessTime(bst); at.After(repo.LastAccessed) {
			repo.LastAccessed = at
		}
	}
	if len(blobs) == 0 {
		repo.LastModified, repo.LastAccessed = st.ModTime(), st.ModTime()
	}
	sort.Slice(repo.Revisions, func(i, j int) bool {
		return repo.Revisions[i].LastModified.After(repo.Revisions[j].LastModified)
	})
	return repo, nil
}

// readRefs maps commit -> ref names from a refs/ folder (nested for refs/pr/N).
func readRefs(dir string) map[string][]string {
	out := map[string][]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		commit := strings.TrimSpace(string(b))
		out[commit] = append(out[commit], filepath.ToSlash(rel))
		return nil
	})
	for _, names := range out {
		sort.Strings(names)
	}
	return out
}

// DeletePlan lists what deleting some repos or revisions removes. Nothing
// is removed until Execute.
type DeletePlan struct {
	Dir       string
	Repos     []string // whole repo folders
	Snapshots []string
	Refs      []string
	Blobs     []string // blobs no remaining revision links to
	Metadata  []string // .no_exist/<commit> and trees/<commit>.json of deleted revisions
	Freed     int64    // bytes of blobs removed
}

// PlanDelete plans removing targets: "namespace/name" removes a whole repo
// of type typ; "namespace/name@rev" (rev a commit, or a branch or tag
// recorded in refs/) and a bare 40-hex commit remove one revision, with
// the refs pointing to it and the blobs no other revision uses, as
// huggingface_hub's delete_revisions does. A repo losing its last revision
// is removed whole. An unknown target is an error.
func (ci *CacheInfo) PlanDelete(typ RepoType, targets ...string) (*DeletePlan, error) {
	if typ == "" {
		typ = Model
	}
	plan := &DeletePlan{Dir: ci.Dir}
	revs := map[int]map[string]bool{} // repo index -> commits to delete
	whole := map[int]bool{}
	for _, t := range targets {
		if IsCommitHash(t) {
			found := false
			for i, r := range ci.Repos {
				for _, rev := range r.Revisions {
					if rev.Commit == t {
						found = true
						addRev(revs, i, t)
					}
				}
			}
			if !found {
				return nil, fmt.Errorf("hub: revision %s is not in the cache %s", t, ci.Dir)
			}
			continue
		}
		id, rev, hasRev := strings.Cut(t, "@")
		i := ci.find(id, typ)
		if i < 0 {
			return nil, fmt.Errorf("hub: %s repo %q is not in the cache %s", typ, id, ci.Dir)
		}
		if !hasRev {
			whole[i] = true
			continue
		}
		commit := ""
		for _, r := range ci.Repos[i].Revisions {
			if r.Commit == rev || contains(r.Refs, rev) {
				commit = r.Commit
			}
		}
		if commit == "" {
			return nil, fmt.Errorf("hub: %s has no cached revision %q", id, rev)
		}
		addRev(revs, i, commit)
	}
	for i, commits := range revs {
		if len(commits) == len(ci.Repos[i].Revisions) {
			whole[i] = true
		}
	}
	for i := range ci.Repos {
		r := &ci.Repos[i]
		if whole[i] {
			plan.Repos = append(plan.Repos, r.Path)
			plan.Freed += r.Size
			continue
		}
		commits := revs[i]
		if len(commits) == 0 {
			continue
		}
		kept := map[string]bool{}
		for _, rev := range r.Revisions {
			if !commits[rev.Commit] {
				for _, f := range rev.Files {
					kept[f.BlobPath] = true
				}
			}
		}
		dropped := map[string]bool{}
		for _, rev := range r.Revisions {
			if !commits[rev.Commit] {
				continue
			}
			plan.Snapshots = append(plan.Snapshots, rev.Path)
			plan.Metadata = append(plan.Metadata, filepath.Join(r.Path, ".no_exist", rev.Commit), filepath.Join(r.Path, "trees", rev.Commit+".json"))
			for _, ref := range rev.Refs {
				plan.Refs = append(plan.Refs, filepath.Join(r.Path, "refs", filepath.FromSlash(ref)))
			}
			for _, f := range rev.Files {
				if !kept[f.BlobPath] && !dropped[f.BlobPath] {
					dropped[f.BlobPath] = true
					plan.Blobs = append(plan.Blobs, f.BlobPath)
					plan.Freed += f.Size
				}
			}
		}
	}
	sort.Strings(plan.Blobs)
	return plan, nil
}

func addRev(revs map[int]map[string]bool, i int, commit string) {
	if revs[i] == nil {
		revs[i] = map[string]bool{}
	}
	revs[i][commit] = true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (ci *CacheInfo) find(id string, typ RepoType) int {
	for i, r := range ci.Repos {
		if r.ID == id && r.Type == typ {
			return i
		}
	}
	return -1
}

// Execute removes what the plan lists. Every path is checked to lie inside
// the cache dir first; symlinks are removed, never followed.
func (p *DeletePlan) Execute() error {
	var errs []error
	groups := [][]string{p.Snapshots, p.Refs, p.Blobs, p.Metadata, p.Repos}
	for _, g := range groups {
		for _, path := range g {
			if !within(p.Dir, path) || path == p.Dir {
				errs = append(errs, fmt.Errorf("hub: refusing to delete %s: outside the cache %s", path, p.Dir))
				continue
			}
			if err := os.RemoveAll(path); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// FormatSize renders bytes the way huggingface_hub's cache listing does ("7.9K", "8.6G").
func FormatSize(n int64) string {
	f := float64(n)
	for _, unit := range []string{"", "K", "M", "G", "T", "P"} {
		if f < 1000 {
			return fmt.Sprintf("%.1f%s", f, unit)
		}
		f /= 1000
	}
	return fmt.Sprintf("%.1fE", f)
}

// WriteTable prints the repos as a table; with revisions, one row per cached revision.
func (ci *CacheInfo) WriteTable(w io.Writer, revisions bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if revisions {
		fmt.Fprintln(tw, "REPO ID\tREPO TYPE\tREVISION\tSIZE ON DISK\tNB FILES\tLAST_MODIFIED\tREFS\tLOCAL PATH")
		for _, r := range ci.Repos {
			for _, rev := range r.Revisions {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", r.ID, r.Type, rev.Commit, FormatSize(rev.Size),
					len(rev.Files), ago(rev.LastModified), strings.Join(rev.Refs, ", "), rev.Path)
			}
		}
	} else {
		fmt.Fprintln(tw, "REPO ID\tREPO TYPE\tSIZE ON DISK\tNB FILES\tLAST_ACCESSED\tLAST_MODIFIED\tREFS\tLOCAL PATH")
		for _, r := range ci.Repos {
			var refs []string
			for _, rev := range r.Revisions {
				refs = append(refs, rev.Refs...)
			}
			sort.Strings(refs)
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", r.ID, r.Type, FormatSize(r.Size), r.NumFiles,
				ago(r.LastAccessed), ago(r.LastModified), strings.Join(refs, ", "), r.Path)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nDone in %s. Scanned %d repo(s) for a total of %s.\n", ci.Dir, len(ci.Repos), FormatSize(ci.Size))
	return err
}

func ago(t time.Time) string {
	d := time.Since(t)
	switch {
	case t.IsZero():
		return "-"
	case d < time.Minute:
		return "a few seconds ago"
	case d < time.Hour:
		return fmt.Sprintf("%d minutes ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d hours ago", int(d.Hours()))
	default:
		return fmt.Sprintf("%d days ago", int(d.Hours()/24))
	}
}
