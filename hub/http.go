package hub

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

const userAgent = "kiln-hub/1 (huggingface_hub-compatible)"

// maxRedirects bounds every redirect chain this package follows.
const maxRedirects = 10

// client sends the Hub's requests: it adds the token only for the
// endpoint's own host, follows redirects by hand and retries transient failures.
type client struct {
	cfg      *config
	hc       *http.Client
	endpoint *url.URL
	// reached is set once any server answered: from then on a failed
	// connect is a dropped network to retry, not an absent one.
	reached atomic.Bool
}

func newClient(cfg *config) (*client, error) {
	ep, err := url.Parse(cfg.endpoint)
	if err != nil || ep.Host == "" || (ep.Scheme != "http" && ep.Scheme != "https") {
		return nil, fmt.Errorf("hub: endpoint %q: want an http(s) URL", cfg.endpoint)
	}
	hc := *cfg.HTTPClient // shallow copy: never mutate the caller's client
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &client{cfg: cfg, hc: &hc, endpoint: ep}, nil
}

// sameOrigin reports whether u is served by the endpoint's host, the only
// place the token may go.
func (c *client) sameOrigin(u *url.URL) bool {
	return strings.EqualFold(u.Scheme, c.endpoint.Scheme) && strings.EqualFold(u.Host, c.endpoint.Host)
}

func (c *client) newRequest(ctx context.Context, method string, u *url.URL, hdr http.Header) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("hub: %s %s: %w", method, redactURL(u), err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", userAgent)
	// Sizes must be the real ones, as huggingface_hub also insists.
	req.Header.Set("Accept-Encoding", "identity")
	if c.cfg.token != "" && c.sameOrigin(u) {
		req.Header.Set("Authorization", "Bearer "+c.cfg.token)
	}
	return req, nil
}

// sleep waits d or until ctx ends.
func (c *client) sleep(ctx context.Context, d time.Duration) error {
	if c.cfg.sleep != nil {
		return c.cfg.sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// backoff returns the wait before retry number n (1-based).
func (c *client) backoff(n int) time.Duration {
	p := c.cfg.Retry
	d := p.BaseDelay
	for i := 1; i < n && d < p.MaxDelay; i++ {
		d *= 2
	}
	if d > p.MaxDelay {
		d = p.MaxDelay
	}
	return d
}

var rateLimitRe = regexp.MustCompile(`"\w+"\s*;\s*r\s*=\s*(\d+)\s*;\s*t\s*=\s*(\d+)`)

// serverWait is how long the server asked us to wait before retrying, as
// huggingface_hub reads it: on a 429 whose RateLimit header
// ("api";r=0;t=55) says nothing remains, until the window resets; else
// Retry-After in seconds (or an HTTP date). Whole seconds get one more
// second, since they were rounded down. The wait is capped at limit.
func serverWait(resp *http.Response, limit time.Duration) (time.Duration, bool) {
	clamp := func(d time.Duration) (time.Duration, bool) { return min(max(d, 0), limit), true }
	seconds := func(s string) (time.Duration, bool) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return 0, false
		}
		if n >= int64(limit/time.Second) {
			return limit, true
		}
		return clamp(time.Duration(n+1) * time.Second)
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		if m := rateLimitRe.FindStringSubmatch(resp.Header.Get("RateLimit")); m != nil && m[1] == "0" {
			if d, ok := seconds(m[2]); ok {
				return d, true
			}
		}
	}
	v := strings.TrimSpace(resp.Header.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if d, ok := seconds(v); ok {
		return d, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return clamp(time.Until(t))
	}
	return 0, false
}

// send performs one request, retrying transient failures (connection
// errors, 408/429/5xx) when retry is set. Redirects are returned, not
// followed. A final error status becomes an *HTTPError; the body is then closed.
func (c *client) send(ctx context.Context, method string, u *url.URL, hdr http.Header, retry bool) (*http.Response, error) {
	resp, err := c.sendKeep(ctx, method, u, hdr, retry)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		herr := c.httpError(method, u, resp)
		drain(resp)
		return nil, herr
	}
	return resp, nil
}

// sendFollow is send that also follows redirects (at most maxRedirects).
// The token is attached per hop, so it never reaches another host.
func (c *client) sendFollow(ctx context.Context, method string, u *url.URL, hdr http.Header, retry bool) (*http.Response, *url.URL, error) {
	for hop := 0; ; hop++ {
		resp, err := c.send(ctx, method, u, hdr, retry)
		if err != nil {
			return nil, u, err
		}
		if resp.StatusCode < 300 || resp.StatusCode >= 400 || resp.StatusCode == http.StatusNotModified {
			return resp, u, nil
		}
		loc := resp.Header.Get("Location")
		if loc == "" {
			return resp, u, nil
		}
		next, err := url.Parse(loc)
		if err != nil {
			drain(resp)
			return nil, u, fmt.Errorf("hub: %s %s: bad redirect Location: %w", method, redactURL(u), ErrBadServer)
		}
		if hop >= maxRedirects {
			drain(resp)
			return nil, u, fmt.Errorf("hub: %s %s: more than %d redirects: %w", method, redactURL(u), maxRedirects, ErrBadServer)
		}
		drain(resp)
		next = u.ResolveReference(next)
		if next.Scheme != "http" && next.Scheme != "https" {
			return nil, u, fmt.Errorf("hub: %s %s: redirect to a %q URL: %w", method, redactURL(u), next.Scheme, ErrBadServer)
		}
		u = next
	}
}

func (c *client) httpError(method string, u *url.URL, resp *http.Response) *HTTPError {
	code := resp.Header.Get("X-Error-Code")
	msg := resp.Header.Get("X-Error-Message")
	wait, ok := serverWait(resp, c.cfg.Retry.MaxRetryAfter)
	return &HTTPError{
		retryAfter:    wait,
		hasRetryAfter: ok,
		Method:        method,
		URL:           redactURL(u),
		StatusCode:    resp.StatusCode,
		Code:          code,
		Message:       msg,
		Kind:          classify(resp.StatusCode, code, msg),
	}
}

// drain discards a little of the body so the connection can be reused, then closes it.
func drain(resp *http.Response) {
	io.CopyN(io.Discard, resp.Body, 64<<10)
	resp.Body.Close()
}

// redactErr removes the query string from the URL a *url.Error carries.
func redactErr(err error, u *url.URL) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return &url.Error{Op: ue.Op, URL: redactURL(u), Err: ue.Err}
	}
	return err
}

// transient reports whether err may go away when the request is repeated.
func transient(err error) bool {
	var herr *HTTPError
	if errors.As(err, &herr) {
		return herr.temporary()
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	var te *transferError
	if errors.As(err, &te) {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue)
}

// waitBeforeRetry sleeps before retrying after err: the server's
// Retry-After if it sent one, else the first backoff step.
func (c *client) waitBeforeRetry(ctx context.Context, err error) error {
	var herr *HTTPError
	if errors.As(err, &herr) && herr.hasRetryAfter {
		return c.sleep(ctx, herr.retryAfter)
	}
	return c.sleep(ctx, c.backoff(1))
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
			if ctx.Err() != nil || attempt >= maxTries || c.neverReached(err) {
				return nil, err
			}
			if err := c.sleep(ctx, c.backoff(attempt)); err != nil {
				return nil, err
			}
			continue
		}
		c.reached.Store(true)
		if !retryableStatus(resp.StatusCode) || attempt >= maxTries {
			return resp, nil
		}
		wait, ok := serverWait(resp, c.cfg.Retry.MaxRetryAfter)
		drain(resp)
		if !ok {
			wait = c.backoff(attempt)
		}
		if err := c.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// neverReached reports whether err is a failure to connect (see
// unreachable) while no server of this session has answered yet: the
// machine has no route to the Hub, and retrying would only add the
// backoff's seconds before the same error.
func (c *client) neverReached(err error) bool {
	return !c.reached.Load() && unreachable(err)
}
