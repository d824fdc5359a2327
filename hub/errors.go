package hub

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Sentinel errors. Every error returned by this package that has one of these
// causes wraps it, so callers test with errors.Is.
var (
	// ErrRepoNotFound: the repository does not exist, or it is private or
	// gated and the request carried no valid token (the Hub answers 401 for
	// both, so they cannot be told apart).
	ErrRepoNotFound = errors.New("repository not found")
	// ErrRevisionNotFound: the repository exists but the branch, tag or commit does not.
	ErrRevisionNotFound = errors.New("revision not found")
	// ErrEntryNotFound: the file does not exist at that revision (answered by
	// the server, or remembered in the cache's .no_exist folder).
	ErrEntryNotFound = errors.New("file not found in repository")
	// ErrGatedRepo: the repository is gated and the token's user has not been granted access.
	ErrGatedRepo = errors.New("gated repository: access not granted")
	// ErrUnauthorized: the server rejected the token itself.
	ErrUnauthorized = errors.New("invalid credentials")
	// ErrNotCached: offline (or the server unreachable) and the file or
	// snapshot is not in the local cache.
	ErrNotCached = errors.New("not in the local cache")
	// ErrIntegrity: downloaded bytes do not match the size or sha256 the server announced.
	ErrIntegrity = errors.New("download failed integrity check")
	// ErrUnsafeName: a repo id, revision, file name or etag would escape the
	// cache directory or is otherwise not a safe path (.., absolute, NUL, backslash).
	ErrUnsafeName = errors.New("unsafe name")
	// ErrBadServer: the server's reply lacks what a Hugging Face Hub always
	// sends (X-Repo-Commit, ETag, size) or is malformed.
	ErrBadServer = errors.New("unexpected reply from the Hub server")
)

// HTTPError is an unsuccessful HTTP reply. Its URL has no query string (signed
// CDN URLs carry credentials there) and it never holds request headers, so
// it cannot leak the token.
type HTTPError struct {
	Method     string
	URL        string
	StatusCode int
	// Code and Message are the Hub's X-Error-Code and X-Error-Message headers, if any.
	Code, Message string
	// Kind is the sentinel this reply maps to (ErrRepoNotFound, ...) or nil.
	Kind error

	retryAfter    time.Duration // the reply's Retry-After, if hasRetryAfter
	hasRetryAfter bool
}

// Error names the request, the status, the Hub's message and what to do about it.
func (e *HTTPError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: HTTP %d", e.Method, e.URL, e.StatusCode)
	if e.Kind != nil {
		fmt.Fprintf(&b, ": %v", e.Kind)
	}
	if e.Message != "" {
		fmt.Fprintf(&b, " (%s)", e.Message)
	}
	switch {
	case errors.Is(e.Kind, ErrRepoNotFound):
		b.WriteString("; check the repo id and repo type; for a private or gated repo set HF_TOKEN or log in so that $HF_HOME/token exists")
	case errors.Is(e.Kind, ErrUnauthorized):
		b.WriteString("; the token from HF_TOKEN or $HF_HOME/token was rejected")
	case errors.Is(e.Kind, ErrGatedRepo):
		b.WriteString("; request access on the repository's page, then retry with that account's token")
	}
	return b.String()
}

// Unwrap returns the sentinel this reply maps to.
func (e *HTTPError) Unwrap() error { return e.Kind }

// temporary reports whether retrying the same request may succeed.
func (e *HTTPError) temporary() bool { return retryableStatus(e.StatusCode) }

func retryableStatus(code int) bool {
	switch code {
	case 408, 429, 500, 502, 503, 504:
		return true
	}
	return false
}

// redactURL drops the query string and user info of u, which on signed CDN
// URLs hold credentials, so that it can be put in errors and logs.
func redactURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	c := *u
	c.User = nil
	c.RawQuery = ""
	c.ForceQuery = false
	c.Fragment = ""
	return c.String()
}

// classify maps a failed reply to its sentinel the way huggingface_hub's
// hf_raise_for_status does: X-Error-Code first, then the status code.
func classify(status int, code, message string) error {
	switch code {
	case "RevisionNotFound":
		return ErrRevisionNotFound
	case "EntryNotFound":
		return ErrEntryNotFound
	case "GatedRepo":
		return ErrGatedRepo
	case "RepoNotFound":
		return ErrRepoNotFound
	}
	if status == 401 {
		if message == "Invalid credentials in Authorization header" {
			return ErrUnauthorized
		}
		// The Hub answers 401 for private, gated and missing repos alike.
		return ErrRepoNotFound
	}
	return nil
}
