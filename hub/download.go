// Package hub finds Hugging Face Hub files on disk and downloads them,
// laid out exactly as Python's huggingface_hub lays out its cache, so a
// model fetched by either is found by the other and kiln works offline once
// files are cached.
//
// The cache (DefaultCacheDir) holds one folder per repo,
// "models--org--name" or "datasets--org--name", with blobs/<etag> (the
// contents; the etag of an LFS file is its sha256), refs/<branch or tag>
// (a commit id), snapshots/<commit>/<file> (a relative symlink into blobs)
// and .no_exist/<commit>/<file> (known-missing files). Downloads go to
// blobs/<etag>.incomplete under a per-blob file lock shared with Python
// (.locks/<repo folder>/<etag>.lock), resume after dropped connections, are
// verified, and are renamed into place only when complete.
package hub

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
	"golang.org/x/sync/errgroup"
)

// session is one call's resolved configuration, client and repo folder.
type session struct {
	cfg  *config
	cl   *client
	rc   *repoCache
	prog progressSink
}

func newSession(repo string, opts Options) (*session, error) {
	cfg, err := resolve(opts)
	if err != nil {
		return nil, err
	}
	rc, err := newRepoCache(cfg.cacheDir, repo, cfg.repoType)
	if err != nil {
		return nil, err
	}
	cl, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	return &session{cfg: cfg, cl: cl, rc: rc, prog: nopProgress{}}, nil
}

// File returns the local path of one file of repo at opts.Revision,
// downloading it into the cache if needed, like hf_hub_download. The path
// is snapshots/<commit>/<filename> in the cache: a symlink to the blob.
// Offline (opts.Offline or HF_HUB_OFFLINE) it only looks in the cache; a
// file missing there gives an error wrapping ErrNotCached, a file known not
// to exist one wrapping ErrEntryNotFound.
func File(ctx context.Context, repo, filename string, opts Options) (string, error) {
	s, err := newSession(repo, opts)
	if err != nil {
		return "", err
	}
	if err := ValidateFilename(filename); err != nil {
		return "", err
	}
	s.prog = newProgress(s.cfg, filename)
	defer finishProgress(s.prog)
	return s.file(ctx, s.cfg.revision, filename)
}

func (s *session) file(ctx context.Context, rev, name string) (string, error) {
	if IsCommitHash(rev) {
		// A commit never changes: a cached file needs no network.
		if p, err := s.rc.pointerPath(rev, name); err == nil && isFile(p) {
			return p, nil
		}
	}
	if s.cfg.Offline {
		return s.fromCache(rev, name, nil)
	}
	m, err := s.meta(ctx, rev, name, false)
	if err != nil {
		if errors.Is(err, ErrEntryNotFound) || errors.Is(err, ErrRevisionNotFound) || errors.Is(err, ErrUnsafeName) || ctx.Err() != nil {
			return "", err
		}
		// The Hub is unreachable, down or refuses us: use the cache if it has the file.
		if p, cerr := s.fromCache(rev, name, err); cerr == nil {
			return p, nil
		}
		if s.cl.neverReached(err) {
			return "", s.notCached(fmt.Sprintf("file %q", name), rev, []string{name}, err)
		}
		if !transient(err) {
			return "", err
		}
		if err := s.cl.waitBeforeRetry(ctx, err); err != nil {
			return "", err
		}
		if m, err = s.meta(ctx, rev, name, true); err != nil {
			if transient(err) && ctx.Err() == nil {
				return "", s.notCached(fmt.Sprintf("file %q", name), rev, []string{name}, err)
			}
			return "", err
		}
	}
	if IsCommitHash(rev) && m.commit != rev {
		return "", fmt.Errorf("hub: %s: asked for commit %s, the server answered for %s: %w", name, rev, m.commit, ErrBadServer)
	}
	pointer, err := s.rc.pointerPath(m.commit, name)
	if err != nil {
		return "", err
	}
	if isFile(pointer) {
		_ = s.rc.writeRef(rev, m.commit) // best effort: the cache may be read-only
		return pointer, nil
	}
	blob, err := s.rc.blobPath(m.etag)
	if err != nil {
		return "", err
	}
	if err := s.ensureBlob(ctx, m, blob, name); err != nil {
		return "", err
	}
	if err := link(blob, pointer); err != nil {
		return "", err
	}
	if err := s.rc.writeRef(rev, m.commit); err != nil {
		return "", err
	}
	return pointer, nil
}

// meta HEADs the file and records a server-confirmed absence in .no_exist.
func (s *session) meta(ctx context.Context, rev, name string, retry bool) (fileMeta, error) {
	m, commit, err := s.cl.metadata(ctx, s.rc.repo, s.rc.typ, rev, name, retry)
	if err == nil {
		return m, nil
	}
	if errors.Is(err, ErrEntryNotFound) && checkCommitName(commit) == nil {
		if s.rc.markNoExist(commit, name) == nil {
			_ = s.rc.writeRef(rev, commit)
		}
	}
	if errors.Is(err, ErrEntryNotFound) {
		return m, fmt.Errorf("hub: %s has no file %q at revision %q: %w", s.rc.repo, name, rev, err)
	}
	if errors.Is(err, ErrRevisionNotFound) {
		return m, fmt.Errorf("hub: %s has no revision %q: %w", s.rc.repo, rev, err)
	}
	return m, err
}

// ensureBlob downloads m to blob unless it is there, holding the blob's
// lock so that concurrent processes fetch it once.
func (s *session) ensureBlob(ctx context.Context, m fileMeta, blob, name string) error {
	lockPath, err := s.rc.lockPath(m.etag)
	if err != nil {
		return err
	}
	for _, dir := range []string{filepath.Dir(blob), filepath.Dir(lockPath)} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("hub: creating cache folder: %w", err)
		}
	}
	writeCachedirTag(s.rc.root)
	lock := flock.New(lockPath)
	ok, err := lock.TryLockContext(ctx, 20*time.Millisecond)
	if err != nil || !ok {
		return fmt.Errorf("hub: %s: waiting for lock %s: %w", name, lockPath, errors.Join(err, ctx.Err()))
	}
	defer lock.Unlock()
	if isFile(blob) {
		return nil // another process finished it while we waited
	}
	s.prog.grow(m.size)
	return s.cl.fetchBlob(ctx, m, blob, name, s.prog)
}

// fromCache answers from the cache only: refs resolve the revision, a
// .no_exist entry gives ErrEntryNotFound, a missing file ErrNotCached.
// cause is the network error that sent us here, nil when offline.
func (s *session) fromCache(rev, name string, cause error) (string, error) {
	if commit, ok := s.rc.commitFor(rev); ok {
		if s.rc.knownMissing(commit, name) {
			return "", fmt.Errorf("hub: %s has no file %q at revision %q (recorded in the cache): %w", s.rc.repo, name, rev, ErrEntryNotFound)
		}
		if p, err := s.rc.pointerPath(commit, name); err == nil && isFile(p) {
			return p, nil
		}
	}
	return "", s.notCached(fmt.Sprintf("file %q", name), rev, []string{name}, cause)
}

func (s *session) notCached(what, rev string, include []string, cause error) error {
	return s.cacheMiss(fmt.Sprintf("%s %s at revision %q: ", s.rc.repo, what, rev), fmt.Sprintf(" (%s)", s.rc.dir), rev, include, cause)
}

// cacheMiss finishes an ErrNotCached error: why the network was not used,
// and the command that fetches what is missing. ErrNotCached's text goes
// between before and after.
func (s *session) cacheMiss(before, after, rev string, include []string, cause error) error {
	cmd := "kiln download " + s.rc.repo
	if rev != DefaultRevision {
		cmd += " --revision " + rev
	}
	if s.rc.typ != Model {
		cmd += " --repo-type " + string(s.rc.typ)
	}
	for _, p := range include {
		cmd += " --include '" + p + "'"
	}
	if s.cfg.CacheDir != "" {
		cmd += " --cache-dir " + s.rc.root
	}
	if cause == nil {
		return fmt.Errorf("hub: %s%w%s and offline mode is on (HF_HUB_OFFLINE or Options.Offline); with network access, fetch it with: %s", before, ErrNotCached, after, cmd)
	}
	if unreachable(cause) {
		return fmt.Errorf("hub: %s%w%s and the Hub at %s could not be reached: %w; check the network or HF_ENDPOINT, or set HF_HUB_OFFLINE=1 to use only the local cache",
			before, ErrNotCached, after, s.cfg.endpoint, cause)
	}
	return fmt.Errorf("hub: %s%w%s and the Hub could not be asked: %w", before, ErrNotCached, after, cause)
}

// Download fetches the files of repo at opts.Revision that pass
// opts.Include/Exclude, like snapshot_download, and returns the snapshot
// folder snapshots/<commit> holding them. Files already cached are not
// fetched again. Offline, or when the Hub cannot be reached, it returns the
// cached snapshot of the revision, or an error wrapping ErrNotCached.
func Download(ctx context.Context, repo string, opts Options) (string, error) {
	return download(ctx, repo, opts, func(files []string) []string {
		var out []string
		for _, f := range files {
			if matchPatterns(f, opts.Include, opts.Exclude) {
				out = append(out, f)
			}
		}
		return out
	})
}

func download(ctx context.Context, repo string, opts Options, pick func([]string) []string) (string, error) {
	s, err := newSession(repo, opts)
	if err != nil {
		return "", err
	}
	rev := s.cfg.revision
	if s.cfg.Offline {
		return s.cachedSnapshot(rev, nil, pick)
	}
	stop := s.waitNotice(fmt.Sprintf("waiting for %s to list %s at revision %q...", s.cfg.endpoint, repo, rev))
	commit, files, err := s.cl.repoFiles(ctx, repo, s.rc.typ, rev, false)
	stop()
	if err != nil {
		if errors.Is(err, ErrRevisionNotFound) || errors.Is(err, ErrUnsafeName) || ctx.Err() != nil {
			return "", err
		}
		if dir, cerr := s.cachedSnapshot(rev, err, pick); cerr == nil {
			return dir, nil
		}
		if s.cl.neverReached(err) {
			return "", s.notCached("snapshot", rev, s.cfg.Include, err)
		}
		if !transient(err) {
			return "", err
		}
		if err := s.cl.waitBeforeRetry(ctx, err); err != nil {
			return "", err
		}
		if commit, files, err = s.cl.repoFiles(ctx, repo, s.rc.typ, rev, true); err != nil {
			if transient(err) && ctx.Err() == nil {
				return "", s.notCached("snapshot", rev, s.cfg.Include, err)
			}
			return "", err
		}
	}
	dir, err := s.rc.snapshotDir(commit)
	if err != nil {
		return "", err
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	want := pick(names)
	s.prog = newProgress(s.cfg, fmt.Sprintf("Fetching %d files", len(want)))
	defer finishProgress(s.prog)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(s.cfg.Workers)
	for _, name := range want {
		g.Go(func() error {
			_, err := s.file(gctx, commit, name)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("hub: creating %s: %w", dir, err)
	}
	if err := s.rc.writeRef(rev, commit); err != nil {
		return "", err
	}
	s.rc.writeTreeListing(commit, files) // best effort, as in huggingface_hub
	return dir, nil
}

// cachedSnapshot returns snapshots/<commit> for rev if the cache has it.
// When the commit's tree listing (trees/<commit>.json) is cached, every
// file of it that pick selects must be there, as in snapshot_download;
// without one, at least one file that pick selects must be.
func (s *session) cachedSnapshot(rev string, cause error, pick func([]string) []string) (string, error) {
	if commit, ok := s.rc.commitFor(rev); ok {
		if dir, err := s.rc.snapshotDir(commit); err == nil {
			if st, err := os.Stat(dir); err == nil && st.IsDir() {
				if names, listed := s.rc.readTreeListing(commit); listed {
					var missing []string
					for _, name := range pick(names) {
						if !isFile(filepath.Join(dir, filepath.FromSlash(name))) {
							missing = append(missing, name)
						}
					}
					if len(missing) == 0 {
						return dir, nil
					}
					before := fmt.Sprintf("%s snapshot at revision %q (commit %s) is incomplete: %d file(s) ", s.rc.repo, rev, commit, len(missing))
					after := fmt.Sprintf(" (%s): %s;", s.rc.root, sample(missing))
					return "", s.cacheMiss(before, after, rev, s.cfg.Include, cause)
				}
				if len(pick(snapshotFiles(dir))) > 0 {
					return dir, nil
				}
			}
		}
	}
	return "", s.notCached("snapshot", rev, s.cfg.Include, cause)
}

// snapshotFiles lists the files present in a snapshot folder, "/"-separated.
func snapshotFiles(dir string) []string {
	var names []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if rel, err := filepath.Rel(dir, p); err == nil && isFile(p) {
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	return names
}

// ResolveModelPath returns nameOrDir unchanged when it is an existing
// directory. Otherwise it must be a repo id, optionally "@revision"
// (which overrides opts.Revision), and the model's files are looked up or
// downloaded with Download; the snapshot folder is returned. When opts has
// no Include/Exclude patterns, only what a model loader needs is fetched:
// top-level *.json, *.txt, *.model, *.tiktoken and *.jinja files, and the
// weights: model*.safetensors shards, else any *.safetensors (a PEFT
// adapter), else pytorch_model*.bin or adapter_model.bin.
func ResolveModelPath(ctx context.Context, nameOrDir string, opts Options) (string, error) {
	if st, err := os.Stat(nameOrDir); err == nil && st.IsDir() {
		return nameOrDir, nil
	}
	looksLikePath := filepath.IsAbs(nameOrDir) || strings.HasPrefix(nameOrDir, ".") ||
		strings.HasPrefix(nameOrDir, "~") || strings.Count(nameOrDir, "/") > 1
	repo, rev, err := ParseRepoRef(nameOrDir)
	if err != nil || looksLikePath {
		return "", fmt.Errorf("hub: %q is neither an existing directory nor a Hub repo id (namespace/name[@revision])", nameOrDir)
	}
	if rev != "" {
		opts.Revision = rev
	}
	if len(opts.Include) > 0 || len(opts.Exclude) > 0 {
		return Download(ctx, repo, opts)
	}
	return download(ctx, repo, opts, modelFiles)
}

// modelFiles is the default selection of ResolveModelPath: the top-level
// files transformers' from_pretrained reads. Weights are the model*.safetensors
// shards when there are any (not, say, Mistral's consolidated.safetensors
// copy), else every *.safetensors (a PEFT adapter_model.safetensors), else
// pytorch_model*.bin / adapter_model.bin.
func modelFiles(files []string) []string {
	var top, st, stModel, bins []string
	for _, f := range files {
		if strings.Contains(f, "/") {
			continue
		}
		switch filepath.Ext(f) {
		case ".json", ".txt", ".model", ".tiktoken", ".jinja":
			top = append(top, f)
		case ".safetensors":
			st = append(st, f)
			if strings.HasPrefix(f, "model") {
				stModel = append(stModel, f)
			}
		case ".bin":
			if strings.HasPrefix(f, "pytorch_model") || f == "adapter_model.bin" {
				bins = append(bins, f)
			}
		}
	}
	switch {
	case len(stModel) > 0:
		return append(top, stModel...)
	case len(st) > 0:
		return append(top, st...)
	}
	return append(top, bins...)
}

// slowAnswer is how long the Hub may take to answer before waitNotice
// says on the progress writer what kiln is waiting for.
const slowAnswer = time.Second

// waitNotice writes msg to the progress writer if the stop function it
// returns is not called within slowAnswer, so that a slow or silent
// network is visible while a fast answer prints nothing.
func (s *session) waitNotice(msg string) (stop func()) {
	w := progressWriter(s.cfg)
	if w == nil {
		return func() {}
	}
	t := time.AfterFunc(slowAnswer, func() { fmt.Fprintln(w, msg) })
	return func() { t.Stop() }
}
