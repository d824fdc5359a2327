package hub

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// fileMeta is what a HEAD on /resolve/ tells about one file.
type fileMeta struct {
	commit   string   // X-Repo-Commit
	etag     string   // X-Linked-Etag (LFS: the sha256) or ETag, unquoted
	size     int64    // X-Linked-Size or Content-Length
	location *url.URL // where to GET it: the CDN link of an LFS redirect, else the resolve URL
}

// lfs reports whether the etag is a sha256, which huggingface_hub uses to
// recognise LFS files; their content is verified against it.
func (m fileMeta) lfs() bool { return sha256Re.MatchString(m.etag) }

// resolveURL is {endpoint}/{datasets/}{repo}/resolve/{revision}/{file}, with
// the revision escaped as one segment ("refs/pr/1" -> "refs%2Fpr%2F1").
func (c *client) resolveURL(repo string, typ RepoType, rev, file string) (*url.URL, error) {
	var b strings.Builder
	b.WriteString(c.cfg.endpoint)
	b.WriteString("/")
	if typ == Dataset {
		b.WriteString("datasets/")
	}
	b.WriteString(repo)
	b.WriteString("/resolve/")
	b.WriteString(url.PathEscape(rev))
	for _, seg := range strings.Split(file, "/") {
		b.WriteString("/")
		b.WriteString(url.PathEscape(seg))
	}
	u, err := url.Parse(b.String())
	if err != nil {
		return nil, fmt.Errorf("hub: building URL for %s: %w", file, err)
	}
	return u, nil
}

// metadata is huggingface_hub's get_hf_file_metadata: HEAD the resolve URL,
// following only same-host redirects, and read commit, etag, size and
// download location. On an error reply the X-Repo-Commit header, if any,
// is still returned (to record a .no_exist entry).
func (c *client) metadata(ctx context.Context, repo string, typ RepoType, rev, file string, retry bool) (fileMeta, string, error) {
	u, err := c.resolveURL(repo, typ, rev, file)
	if err != nil {
		return fileMeta{}, "", err
	}
	resp, final, err := c.sendFollowHead(ctx, u, retry)
	if err != nil {
		var herr *httpErrorWithCommit
		if errors.As(err, &herr) {
			return fileMeta{}, herr.commit, herr.HTTPError
		}
		return fileMeta{}, "", err
	}
	defer drain(resp)
	h := resp.Header
	redirect := resp.StatusCode >= 300 && resp.StatusCode < 400
	m := fileMeta{
		commit: strings.TrimSpace(h.Get("X-Repo-Commit")),
		etag:   normalizeETag(firstNonEmpty(h.Get("X-Linked-Etag"), h.Get("ETag"))),
	}
	where := fmt.Sprintf("HEAD %s", redactURL(final))
	if m.commit == "" {
		return m, "", fmt.Errorf("hub: %s: no X-Repo-Commit header; is %s a Hugging Face Hub? (check HF_ENDPOINT, proxy and firewall): %w", where, c.cfg.endpoint, ErrBadServer)
	}
	if err := checkCommitName(m.commit); err != nil {
		return m, "", fmt.Errorf("hub: %s: X-Repo-Commit: %w", where, err)
	}
	if m.etag == "" {
		return m, "", fmt.Errorf("hub: %s: no ETag, cannot name the file reliably: %w", where, ErrBadServer)
	}
	if !etagRe.MatchString(m.etag) {
		return m, "", fmt.Errorf("hub: %s: etag %q is not a safe blob name: %w", where, m.etag, ErrUnsafeName)
	}
	sizeText := h.Get("X-Linked-Size")
	if sizeText == "" && !redirect {
		sizeText = h.Get("Content-Length")
	}
	size, err := strconv.ParseInt(strings.TrimSpace(sizeText), 10, 64)
	if err != nil || size < 0 {
		return m, "", fmt.Errorf("hub: %s: no valid file size (X-Linked-Size or Content-Length): %w", where, ErrBadServer)
	}
	m.size = size
	m.location = final
	if loc := h.Get("Location"); redirect && loc != "" {
		lu, err := url.Parse(loc)
		if err != nil {
			return m, "", fmt.Errorf("hub: %s: bad Location: %w", where, ErrBadServer)
		}
		m.location = final.ResolveReference(lu)
	}
	return m, m.commit, nil
}

type httpErrorWithCommit struct {
	*HTTPError
	commit string
}

func (e *httpErrorWithCommit) Unwrap() error { return e.HTTPError }

// sendFollowHead is sendFollow for HEAD that keeps the X-Repo-Commit header of an error reply.
func (c *client) sendFollowHead(ctx context.Context, u *url.URL, retry bool) (*http.Response, *url.URL, error) {
	for hop := 0; ; hop++ {
		resp, err := c.sendKeep(ctx, http.MethodHead, u, nil, retry)
		if err != nil {
			return nil, u, err
		}
		if resp.StatusCode >= 400 {
			herr := c.httpError(http.MethodHead, u, resp)
			commit := strings.TrimSpace(resp.Header.Get("X-Repo-Commit"))
			drain(resp)
			return nil, u, &httpErrorWithCommit{HTTPError: herr, commit: commit}
		}
		if resp.StatusCode < 300 || resp.StatusCode >= 400 {
			return resp, u, nil
		}
		loc := resp.Header.Get("Location")
		next, perr := url.Parse(loc)
		if loc == "" || perr != nil || next.Host != "" {
			return resp, u, nil // absolute redirect: a CDN link, reported not followed
		}
		drain(resp)
		if hop >= maxRedirects {
			return nil, u, fmt.Errorf("hub: HEAD %s: more than %d redirects: %w", redactURL(u), maxRedirects, ErrBadServer)
		}
		u = u.ResolveReference(next)
	}
}

// sendKeep is send, except that a final non-retryable error reply is
// returned as a response rather than turned into an error.
func (c *client) sendKeep(ctx context.Context, method string, u *url.URL, hdr http.Header, retry bool) (*http.Response, error) {
	maxTries := 1
	if retry {
		maxTries += c.cfg.Retry.MaxRetries
	}
	for attempt := 1; ; attempt++ {
		req, err := c.newRequest(ctx, method, u, hdr)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			err = redactErr(err, u)
			if ctx.Err() != nil || attempt >= maxTries {
				return nil, err
			}
			if err := c.sleep(ctx, c.backoff(attempt)); err != nil {
				return nil, err
			}
			continue
		}
		if !retryableStatus(resp.StatusCode) || attempt >= maxTries {
			return resp, nil
		}
		wait, ok := retryAfter(resp.Header, c.cfg.Retry.MaxRetryAfter)
		drain(resp)
		if !ok {
			wait = c.backoff(attempt)
		}
		if err := c.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// fetchBlob downloads m into blobPath. The caller holds the blob's lock.
// Bytes go to blobPath+".incomplete" (a leftover of an interrupted run is
// resumed), a dropped connection is resumed with a Range request, the size
// and, for LFS files, the sha256 are checked, and only then is the file
// renamed into place. On failure the incomplete file is removed unless the
// failure was a lost connection that a later run can resume.
func (c *client) fetchBlob(ctx context.Context, m fileMeta, blobPath, name string, prog progressSink) error {
	tmp := blobPath + ".incomplete"
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("hub: %s: %w", name, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("hub: %s: %w", name, err)
	}
	resumedLeftover := st.Size() > 0 && st.Size() <= m.size
	err = c.transfer(ctx, m, f, name, prog)
	if err != nil && errors.Is(err, ErrIntegrity) && resumedLeftover {
		// The leftover of an earlier run may have been the bad part: start over once.
		if terr := f.Truncate(0); terr == nil {
			prog.add(-m.size)
			err = c.transfer(ctx, m, f, name, prog)
		}
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("hub: %s: %w", name, cerr)
	}
	if err != nil {
		if errors.Is(err, ErrIntegrity) || !transient(err) {
			os.Remove(tmp)
		}
		return err
	}
	if err := os.Rename(tmp, blobPath); err != nil {
		if st, serr := os.Stat(blobPath); serr == nil && st.Mode().IsRegular() && st.Size() == m.size {
			// Only possible where file locks do not work (some network file
			// systems): another process moved the same blob into place first.
			return nil
		}
		os.Remove(tmp)
		return fmt.Errorf("hub: %s: moving into the cache: %w", name, err)
	}
	return nil
}

// transfer fills f (which may hold a prefix already) with m's bytes and verifies them.
func (c *client) transfer(ctx context.Context, m fileMeta, f *os.File, name string, prog progressSink) error {
	var h hash.Hash
	if m.lfs() {
		h = sha256.New()
	}
	have, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		return fmt.Errorf("hub: %s: %w", name, err)
	}
	if have > m.size {
		if err := f.Truncate(0); err != nil {
			return fmt.Errorf("hub: %s: %w", name, err)
		}
		have = 0
	}
	if have > 0 && h != nil {
		if _, err := io.Copy(h, io.NewSectionReader(f, 0, have)); err != nil {
			return fmt.Errorf("hub: %s: reading partial download: %w", name, err)
		}
	}
	prog.add(have)
	stalls := 0 // attempts in a row that brought no new byte
	for have < m.size {
		n, err := c.getRange(ctx, m, f, &have, h, name, prog)
		if err == nil && have < m.size {
			err = &transferError{fmt.Errorf("hub: %s: body ended after %d of %d bytes: %w", name, have, m.size, io.ErrUnexpectedEOF)}
		}
		if err == nil {
			break
		}
		var te *transferError
		if ctx.Err() != nil || !errors.As(err, &te) {
			return err // request-level failures were already retried
		}
		if n > 0 {
			stalls = 0
		} else {
			stalls++
		}
		if stalls > c.cfg.Retry.MaxRetries {
			return err
		}
		if err := c.sleep(ctx, c.backoff(max(stalls, 1))); err != nil {
			return err
		}
	}
	if have != m.size {
		return fmt.Errorf("hub: %s: got %d bytes, the server announced %d: %w", name, have, m.size, ErrIntegrity)
	}
	if h != nil {
		if got := hex.EncodeToString(h.Sum(nil)); got != m.etag {
			return fmt.Errorf("hub: %s: sha256 %s, the server announced %s: %w", name, got, m.etag, ErrIntegrity)
		}
	}
	return nil
}

// transferError marks a failure while streaming a body as retryable.
type transferError struct{ err error }

func (e *transferError) Error() string { return e.err.Error() }
func (e *transferError) Unwrap() error { return e.err }

// getRange GETs m from offset *have and appends to f (positioned there),
// advancing *have. A server that answers a Range request with the whole
// file makes it start over from byte 0 on that same reply.
func (c *client) getRange(ctx context.Context, m fileMeta, f *os.File, have *int64, h hash.Hash, name string, prog progressSink) (int64, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var hdr http.Header
	if *have > 0 {
		hdr = http.Header{"Range": {fmt.Sprintf("bytes=%d-", *have)}}
	}
	resp, _, err := c.sendFollow(ctx, http.MethodGet, m.location, hdr, true, false)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	restart := func() error {
		if err := f.Truncate(0); err != nil {
			return fmt.Errorf("hub: %s: %w", name, err)
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("hub: %s: %w", name, err)
		}
		if h != nil {
			h.Reset()
		}
		prog.add(-*have)
		*have = 0
		return nil
	}
	switch {
	case resp.StatusCode == http.StatusOK && *have > 0:
		if err := restart(); err != nil {
			return 0, err
		}
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusPartialContent && *have > 0:
		if start, ok := contentRangeStart(resp.Header.Get("Content-Range")); !ok || start != *have {
			if err := restart(); err != nil {
				return 0, err
			}
			return 0, &transferError{fmt.Errorf("hub: %s: Content-Range %q does not start at the requested byte", name, resp.Header.Get("Content-Range"))}
		}
	default:
		return 0, fmt.Errorf("hub: GET %s: unexpected HTTP %d: %w", redactURL(m.location), resp.StatusCode, ErrBadServer)
	}
	from := *have
	// Abort a transfer that stalls: no byte for ReadTimeout cancels the request.
	idle := time.AfterFunc(c.cfg.ReadTimeout, func() { cancel(errors.New("no data received within the read timeout")) })
	defer idle.Stop()
	var w io.Writer = f
	if h != nil {
		w = io.MultiWriter(f, h)
	}
	limit := m.size - from + 1 // one byte more than expected reveals an oversized body
	buf := make([]byte, 256<<10)
	var n int64
	var rerr error
	body := io.LimitReader(resp.Body, limit)
	for {
		k, err := body.Read(buf)
		if k > 0 {
			idle.Reset(c.cfg.ReadTimeout)
			if _, werr := w.Write(buf[:k]); werr != nil {
				return n, fmt.Errorf("hub: %s: writing to the cache: %w", name, werr)
			}
			n += int64(k)
			*have += int64(k)
			prog.add(int64(k))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			rerr = err
			if cause := context.Cause(ctx); cause != nil && ctx.Err() != nil && cause != context.Canceled {
				rerr = cause
			}
			break
		}
	}
	if *have > m.size {
		return n, fmt.Errorf("hub: %s: body longer than the %d bytes announced: %w", name, m.size, ErrIntegrity)
	}
	if rerr != nil {
		return n, &transferError{fmt.Errorf("hub: %s: connection lost after %d bytes: %w", name, *have, redactErr(rerr, m.location))}
	}
	return n, nil
}

// contentRangeStart parses the first byte of "bytes a-b/total".
func contentRangeStart(v string) (int64, bool) {
	v, ok := strings.CutPrefix(strings.TrimSpace(v), "bytes ")
	if !ok {
		return 0, false
	}
	a, _, ok := strings.Cut(v, "-")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(a, 10, 64)
	return n, err == nil && n >= 0
}

// progressSink counts bytes for a progress bar; it may be called from many goroutines.
type progressSink interface {
	add(n int64)
	grow(total int64)
}

type nopProgress struct{}

func (nopProgress) add(int64)  {}
func (nopProgress) grow(int64) {}
