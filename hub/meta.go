package hub

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
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

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
