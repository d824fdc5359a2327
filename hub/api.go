package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// maxRepoInfo bounds the size of an API reply read into memory.
const maxRepoInfo = 64 << 20

// repoFiles is GET {endpoint}/api/{models|datasets}/{repo}/revision/{rev}:
// the commit the revision points to and the repo's file names.
func (c *client) repoFiles(ctx context.Context, repo string, typ RepoType, rev string, retry bool) (string, []string, error) {
	u, err := url.Parse(c.cfg.endpoint + "/api/" + string(typ) + "s/" + repo + "/revision/" + url.PathEscape(rev))
	if err != nil {
		return "", nil, fmt.Errorf("hub: building API URL: %w", err)
	}
	resp, final, err := c.sendFollow(ctx, http.MethodGet, u, nil, retry)
	if err != nil {
		return "", nil, wrapRepoErr(repo, rev, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", nil, fmt.Errorf("hub: GET %s: unexpected HTTP %d: %w", redactURL(final), resp.StatusCode, ErrBadServer)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRepoInfo+1))
	if err != nil {
		return "", nil, &transferError{fmt.Errorf("hub: GET %s: %w", redactURL(final), redactErr(err, final))}
	}
	if len(data) > maxRepoInfo {
		return "", nil, fmt.Errorf("hub: GET %s: reply larger than %d bytes: %w", redactURL(final), maxRepoInfo, ErrBadServer)
	}
	commit, files, err := ParseRepoInfo(data)
	if err != nil {
		return "", nil, fmt.Errorf("hub: GET %s: %w", redactURL(final), err)
	}
	if IsCommitHash(rev) && commit != rev {
		return "", nil, fmt.Errorf("hub: GET %s: asked for commit %s, got %s: %w", redactURL(final), rev, commit, ErrBadServer)
	}
	return commit, files, nil
}

func wrapRepoErr(repo, rev string, err error) error {
	return fmt.Errorf("hub: listing %s at revision %q: %w", repo, rev, err)
}

// ParseRepoInfo reads the Hub's repo-info JSON ({"sha": ..., "siblings":
// [{"rfilename": ...}, ...]}) and returns the commit and the file names,
// without duplicates and in the reply's order. Every name is checked with
// ValidateFilename and the commit must be hexadecimal: a reply that could
// make a download write outside the cache is refused as a whole.
func ParseRepoInfo(data []byte) (commit string, files []string, err error) {
	var info struct {
		SHA      *string `json:"sha"`
		Siblings []struct {
			RFilename *string `json:"rfilename"`
		} `json:"siblings"`
	}
	if err := json.Unmarshal(data, &info); err != nil {
		return "", nil, fmt.Errorf("repo info: %v: %w", err, ErrBadServer)
	}
	if info.SHA == nil || *info.SHA == "" {
		return "", nil, fmt.Errorf(`repo info: no "sha" field: %w`, ErrBadServer)
	}
	if err := checkCommitName(*info.SHA); err != nil {
		return "", nil, fmt.Errorf(`repo info: field "sha": %w`, err)
	}
	seen := make(map[string]bool, len(info.Siblings))
	for i, s := range info.Siblings {
		if s.RFilename == nil {
			return "", nil, fmt.Errorf(`repo info: siblings[%d] has no "rfilename": %w`, i, ErrBadServer)
		}
		name := *s.RFilename
		if err := ValidateFilename(name); err != nil {
			return "", nil, fmt.Errorf("repo info: siblings[%d].rfilename: %w", i, err)
		}
		if !seen[name] {
			seen[name] = true
			files = append(files, name)
		}
	}
	return *info.SHA, files, nil
}
