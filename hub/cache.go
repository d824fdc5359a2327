package hub

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/internal/atomicfile"
)

// cachedirTag marks the cache for backup tools, as huggingface_hub does.
const cachedirTag = "Signature: 8a477f597d28d172789f06886806bc55\n" +
	"# This file is a cache directory tag created by huggingface_hub.\n" +
	"# For information about cache directory tags, see:\n" +
	"#\thttps://bford.info/cachedir/\n"

// repoCache is one repository's folder in the hub cache:
//
//	<root>/models--org--name/
//	  blobs/<etag>                      file contents, named by etag (sha256 for LFS files)
//	  refs/<revision>                   the commit a branch or tag pointed to last
//	  snapshots/<commit>/<file>         relative symlink to ../../blobs/<etag>
//	  .no_exist/<commit>/<file>         empty: the file is known not to exist
//	<root>/.locks/models--org--name/<etag>.lock
type repoCache struct {
	root string
	dir  string
	repo string
	typ  RepoType
}

func newRepoCache(root, repo string, typ RepoType) (*repoCache, error) {
	if err := ValidateRepoID(repo); err != nil {
		return nil, err
	}
	folder := RepoFolderName(repo, typ)
	return &repoCache{root: root, dir: filepath.Join(root, folder), repo: repo, typ: typ}, nil
}

// under joins elems (already validated relative paths) below rc.dir and
// checks, as a second line of defence, that the result stays there.
func (rc *repoCache) under(elems ...string) (string, error) {
	p := filepath.Join(append([]string{rc.dir}, elems...)...)
	if !within(rc.dir, p) || p == rc.dir {
		return "", fmt.Errorf("hub: path %q leaves the cache folder %s: %w", path.Join(elems...), rc.dir, ErrUnsafeName)
	}
	return p, nil
}

func (rc *repoCache) blobPath(etag string) (string, error) {
	if !etagRe.MatchString(etag) {
		return "", fmt.Errorf("hub: etag %q is not a safe blob name: %w", etag, ErrUnsafeName)
	}
	return rc.under("blobs", etag)
}

func (rc *repoCache) pointerPath(commit, file string) (string, error) {
	if err := checkCommitName(commit); err != nil {
		return "", err
	}
	if err := ValidateFilename(file); err != nil {
		return "", err
	}
	return rc.under("snapshots", commit, filepath.FromSlash(file))
}

func (rc *repoCache) snapshotDir(commit string) (string, error) {
	if err := checkCommitName(commit); err != nil {
		return "", err
	}
	return rc.under("snapshots", commit)
}

func (rc *repoCache) noExistPath(commit, file string) (string, error) {
	if err := checkCommitName(commit); err != nil {
		return "", err
	}
	if err := ValidateFilename(file); err != nil {
		return "", err
	}
	return rc.under(".no_exist", commit, filepath.FromSlash(file))
}

func (rc *repoCache) lockPath(etag string) (string, error) {
	if !etagRe.MatchString(etag) {
		return "", fmt.Errorf("hub: etag %q is not a safe lock name: %w", etag, ErrUnsafeName)
	}
	return filepath.Join(rc.root, ".locks", filepath.Base(rc.dir), etag+".lock"), nil
}

func checkCommitName(commit string) error {
	if !serverCommitRe.MatchString(commit) {
		return fmt.Errorf("hub: commit id %q is not hexadecimal: %w", commit, ErrUnsafeName)
	}
	return nil
}

// commitFor resolves rev to a commit without the network: a full commit
// hash is itself; a branch or tag is read from refs/<rev>.
func (rc *repoCache) commitFor(rev string) (string, bool) {
	if IsCommitHash(rev) {
		return rev, true
	}
	if validateRevision(rev) != nil {
		return "", false
	}
	p, err := rc.under("refs", filepath.FromSlash(rev))
	if err != nil {
		return "", false
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", false
	}
	commit := strings.TrimSpace(string(b))
	if checkCommitName(commit) != nil {
		return "", false
	}
	return commit, true
}

// writeRef records that rev points to commit (nothing to do for a commit
// hash), atomically, and only when it changed: the cache may be read-only.
func (rc *repoCache) writeRef(rev, commit string) error {
	if rev == commit {
		return nil
	}
	if err := validateRevision(rev); err != nil {
		return err
	}
	if err := checkCommitName(commit); err != nil {
		return err
	}
	p, err := rc.under("refs", filepath.FromSlash(rev))
	if err != nil {
		return err
	}
	if b, err := os.ReadFile(p); err == nil && bytes.Equal(b, []byte(commit)) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("hub: writing ref %s: %w", rev, err)
	}
	return writeFileAtomic(p, []byte(commit))
}

// markNoExist remembers that file does not exist at commit, like
// huggingface_hub's .no_exist entries, so offline lookups can say so.
func (rc *repoCache) markNoExist(commit, file string) error {
	p, err := rc.noExistPath(commit, file)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	return f.Close()
}

func (rc *repoCache) knownMissing(commit, file string) bool {
	p, err := rc.noExistPath(commit, file)
	if err != nil {
		return false
	}
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// link makes pointer a relative symlink to blob, replacing whatever was
// there atomically (a rename of a fresh link over the old name).
func link(blob, pointer string) error {
	if err := os.MkdirAll(filepath.Dir(pointer), 0o755); err != nil {
		return fmt.Errorf("hub: creating snapshot folder: %w", err)
	}
	rel, err := filepath.Rel(filepath.Dir(pointer), blob)
	if err != nil {
		return fmt.Errorf("hub: linking %s: %w", pointer, err)
	}
	if cur, err := os.Readlink(pointer); err == nil && cur == rel {
		return nil
	}
	tmp := pointer + "." + randHex() + ".tmp"
	if err := os.Symlink(rel, tmp); err != nil {
		return fmt.Errorf("hub: linking %s: %w", pointer, err)
	}
	if err := os.Rename(tmp, pointer); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("hub: linking %s: %w", pointer, err)
	}
	return nil
}

// writeCachedirTag creates CACHEDIR.TAG in the cache root if missing; failure is harmless.
func writeCachedirTag(root string) {
	p := filepath.Join(root, "CACHEDIR.TAG")
	if _, err := os.Stat(p); err == nil {
		return
	}
	_ = writeFileAtomic(p, []byte(cachedirTag))
}

func writeFileAtomic(p string, data []byte) error {
	if err := atomicfile.WriteFile(p, data); err != nil {
		return fmt.Errorf("hub: writing %w", err)
	}
	return nil
}

// isFile reports whether p exists and, following symlinks, is a regular file.
func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}
