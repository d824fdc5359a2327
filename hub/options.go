package hub

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// RepoType is the kind of Hub repository. Its value is the word
// huggingface_hub uses, so cache folders ("models--org--name") match.
type RepoType string

// The repository kinds this package downloads.
const (
	Model   RepoType = "model"
	Dataset RepoType = "dataset"
)

// DefaultEndpoint is the Hub used when neither Options.Endpoint nor HF_ENDPOINT is set.
const DefaultEndpoint = "https://huggingface.co"

// DefaultRevision is the revision used when none is given.
const DefaultRevision = "main"

// Options configures Download, File and ResolveModelPath. The zero value
// works: every empty field falls back to the environment variable
// huggingface_hub reads, then to its default.
type Options struct {
	// Revision is a branch, tag or full 40-hex commit hash; "" means "main".
	Revision string
	// Include and Exclude are fnmatch-style globs ("*" also matches "/"; a
	// pattern ending in "/" matches everything under that folder) applied to
	// the repo's file list by Download: a file is fetched when it matches
	// some Include pattern (or Include is empty) and no Exclude pattern.
	Include, Exclude []string
	// CacheDir is the hub cache root; "" means $HF_HUB_CACHE, else
	// $HUGGINGFACE_HUB_CACHE, else $HF_HOME/hub, else $XDG_CACHE_HOME/huggingface/hub,
	// else ~/.cache/huggingface/hub.
	CacheDir string
	// Endpoint is the Hub's base URL; "" means $HF_ENDPOINT, else https://huggingface.co.
	Endpoint string
	// Token authenticates requests to Endpoint's host; "" means $HF_TOKEN,
	// else $HUGGING_FACE_HUB_TOKEN, else the file $HF_TOKEN_PATH or $HF_HOME/token.
	// It is never sent to another host, never logged and never put in an error.
	Token string
	// NoToken sends no token at all, ignoring Token and the environment.
	NoToken bool
	// Offline never touches the network and answers from the cache only.
	// HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) = 1/ON/YES/TRUE forces it on.
	Offline bool
	// RepoType is Model (the default when "") or Dataset.
	RepoType RepoType
	// HTTPClient sends the requests; nil means a client whose connections
	// open within $HF_HUB_ETAG_TIMEOUT seconds (else DefaultConnectTimeout)
	// and whose replies start within $HF_HUB_ETAG_TIMEOUT seconds (else 10).
	// A first request that cannot connect at all (no such host, refused,
	// connect timeout) is not retried: the call fails at once, from the
	// cache when it has the files, else with an error wrapping ErrNotCached
	// that names the endpoint and HF_HUB_OFFLINE. Its redirect policy is not used: this package
	// follows redirects itself so that the token never leaves the Hub's host.
	HTTPClient *http.Client
	// Progress receives a line when the Hub is asked for a repo and
	// progress bars while files download. nil (or io.Discard) means none:
	// this package never writes to standard error by itself; the CLI passes
	// os.Stderr when it is a terminal. HF_HUB_DISABLE_PROGRESS_BARS=1
	// silences it.
	Progress io.Writer
	// Retry sets how transient failures (HTTP 408/429/5xx, dropped
	// connections) are retried; the zero value is huggingface_hub's policy.
	Retry RetryPolicy
	// Workers is how many files Download fetches at once; 0 means 8.
	Workers int
	// ReadTimeout aborts (and then resumes) a transfer that received no
	// byte for this long; 0 means $HF_HUB_DOWNLOAD_TIMEOUT seconds, else 10s.
	ReadTimeout time.Duration

	// sleep replaces the backoff wait in tests, to record delays without waiting.
	sleep func(ctx context.Context, d time.Duration) error
}

// RetryPolicy bounds the retries of one request. Zero fields take the
// defaults of huggingface_hub's http_backoff: 5 retries, waits of 1s doubling
// up to 8s. A wait the server asks for (an exhausted RateLimit window on a
// 429, else Retry-After) replaces the backoff, plus one second as in
// huggingface_hub, up to MaxRetryAfter.
type RetryPolicy struct {
	// MaxRetries is how many times a request is retried after the first
	// attempt; 0 means 5 and a negative value disables retries.
	MaxRetries int
	// BaseDelay is the first wait; it doubles each time up to MaxDelay.
	BaseDelay, MaxDelay time.Duration
	// MaxRetryAfter caps a server's Retry-After; 0 means 10 minutes.
	MaxRetryAfter time.Duration
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxRetries == 0 {
		p.MaxRetries = 5
	}
	if p.MaxRetries < 0 {
		p.MaxRetries = 0
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = time.Second
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = 8 * time.Second
	}
	if p.MaxDelay < p.BaseDelay {
		p.MaxDelay = p.BaseDelay
	}
	if p.MaxRetryAfter <= 0 {
		p.MaxRetryAfter = 10 * time.Minute
	}
	return p
}

// config is Options with every default and environment variable resolved.
type config struct {
	Options
	cacheDir string
	endpoint string
	token    string
	repoType RepoType
	revision string
}

// envTrue is huggingface_hub's _is_true.
func envTrue(name string) bool {
	switch strings.ToUpper(strings.TrimSpace(os.Getenv(name))) {
	case "1", "ON", "YES", "TRUE":
		return true
	}
	return false
}

// OfflineFromEnv reports whether HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE asks for offline mode.
func OfflineFromEnv() bool {
	if v := os.Getenv("HF_HUB_OFFLINE"); v != "" {
		return envTrue("HF_HUB_OFFLINE")
	}
	return envTrue("TRANSFORMERS_OFFLINE")
}

// HFHome returns $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface.
func HFHome() string {
	if v := os.Getenv("HF_HOME"); v != "" {
		return expandHome(v)
	}
	if v := os.Getenv("XDG_CACHE_HOME"); v != "" {
		return filepath.Join(expandHome(v), "huggingface")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".cache", "huggingface")
}

// DefaultCacheDir returns the hub cache root huggingface_hub would use:
// $HF_HUB_CACHE, else $HUGGINGFACE_HUB_CACHE, else HFHome()/hub.
func DefaultCacheDir() string {
	for _, name := range []string{"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"} {
		if v := os.Getenv(name); v != "" {
			return expandHome(v)
		}
	}
	return filepath.Join(HFHome(), "hub")
}

func expandHome(p string) string {
	p = os.ExpandEnv(p)
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[1:])
		}
	}
	return p
}

// tokenFromEnv is huggingface_hub's get_token without the OAuth/OIDC parts.
func tokenFromEnv() string {
	for _, name := range []string{"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"} {
		if v := strings.TrimSpace(os.Getenv(name)); v != "" {
			return v
		}
	}
	path := os.Getenv("HF_TOKEN_PATH")
	if path == "" {
		path = filepath.Join(HFHome(), "token")
	} else {
		path = expandHome(path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

func envSeconds(name string, def time.Duration) time.Duration {
	if v, err := strconv.Atoi(strings.TrimSpace(os.Getenv(name))); err == nil && v > 0 {
		return time.Duration(v) * time.Second
	}
	return def
}

func resolve(opts Options) (*config, error) {
	c := &config{Options: opts}
	c.cacheDir = opts.CacheDir
	if c.cacheDir == "" {
		c.cacheDir = DefaultCacheDir()
	}
	abs, err := filepath.Abs(expandHome(c.cacheDir))
	if err != nil {
		return nil, fmt.Errorf("hub: cache dir %q: %w", c.cacheDir, err)
	}
	c.cacheDir = abs
	c.endpoint = opts.Endpoint
	if c.endpoint == "" {
		c.endpoint = os.Getenv("HF_ENDPOINT")
	}
	if c.endpoint == "" {
		c.endpoint = DefaultEndpoint
	}
	c.endpoint = strings.TrimRight(c.endpoint, "/")
	switch {
	case opts.NoToken:
	case strings.TrimSpace(opts.Token) != "":
		c.token = strings.TrimSpace(opts.Token)
	case envTrue("HF_HUB_DISABLE_IMPLICIT_TOKEN"):
	default:
		c.token = tokenFromEnv()
	}
	if strings.ContainsAny(c.token, "\r\n\x00") {
		return nil, fmt.Errorf("hub: the token contains a control character")
	}
	c.Offline = opts.Offline || OfflineFromEnv()
	switch opts.RepoType {
	case "", Model:
		c.repoType = Model
	case Dataset:
		c.repoType = Dataset
	default:
		return nil, fmt.Errorf("hub: repo type %q: want %q or %q", opts.RepoType, Model, Dataset)
	}
	c.revision = opts.Revision
	if c.revision == "" {
		c.revision = DefaultRevision
	}
	if err := validateRevision(c.revision); err != nil {
		return nil, err
	}
	c.Retry = opts.Retry.withDefaults()
	if c.Workers <= 0 {
		c.Workers = 8
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = envSeconds("HF_HUB_DOWNLOAD_TIMEOUT", 10*time.Second)
	}
	if c.HTTPClient == nil {
		c.HTTPClient = defaultClient()
	}
	return c, nil
}

func defaultClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	d := &net.Dialer{Timeout: envSeconds("HF_HUB_ETAG_TIMEOUT", DefaultConnectTimeout), KeepAlive: 30 * time.Second}
	t.DialContext = d.DialContext
	t.TLSHandshakeTimeout = envSeconds("HF_HUB_ETAG_TIMEOUT", 10*time.Second)
	t.ResponseHeaderTimeout = envSeconds("HF_HUB_ETAG_TIMEOUT", 10*time.Second)
	return &http.Client{Transport: t}
}
