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

// RepoFile is one file of a repo as the Hub's repo-info API lists it.
// Size, BlobID and the LFS fields are known only when HasMeta is set (the
// server answered ?blobs=true).
type RepoFile struct {
	Name      string // path in the repo, "/"-separated, validated
	HasMeta   bool
	Size      int64
	BlobID    string // git blob id
	LFSSHA256 string // sha256 of an LFS file's content, "" for regular files
	LFSSize   int64
}

// repoFiles is GET {endpoint}/api/{models|datasets}/{repo}/revision/{rev}?blobs=true:
// the commit the revision points to and the repo's files.
func (c *client) repoFiles(ctx context.Context, repo string, typ RepoType, rev string, retry bool) (string, []RepoFile, error) {
	u, err := url.Parse(c.cfg.endpoint + "/api/" + string(typ) + "s/" + repo + "/revision/" + url.PathEscape(rev) + "?blobs=true")
	if err != nil {
		return "", nil, fmt.Errorf("hub: building API URL: %w", err)
	}
	resp, final, err := c.sendFollow(ctx, http.MethodGet, u, nil, retry)
	if err != nil {
		return "", nil, fmt.Errorf("hub: listing %s at revision %q: %w", repo, rev, err)
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

// ParseRepoInfo reads the Hub's repo-info JSON ({"sha": ..., "siblings":
// [{"rfilename": ..., "size": ..., "blobId": ..., "lfs": {"sha256": ...,
// "size": ...}}, ...]}) and returns the commit and the files, without
// duplicates and in the reply's order. Every name is checked with
// ValidateFilename and the commit must be hexadecimal: a reply that could
// make a download write outside the cache is refused as a whole.
func ParseRepoInfo(data []byte) (commit string, files []RepoFile, err error) {
	var info struct {
		SHA      *string `json:"sha"`
		Siblings []struct {
			RFilename *string `json:"rfilename"`
			Size      *int64  `json:"size"`
			BlobID    *string `json:"blobId"`
			LFS       *struct {
				SHA256 string `json:"sha256"`
				Size   int64  `json:"size"`
			} `json:"lfs"`
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
		f := RepoFile{Name: *s.RFilename}
		if err := ValidateFilename(f.Name); err != nil {
			return "", nil, fmt.Errorf("repo info: siblings[%d].rfilename: %w", i, err)
		}
		if s.Size != nil && *s.Size >= 0 && s.BlobID != nil && *s.BlobID != "" {
			f.HasMeta, f.Size, f.BlobID = true, *s.Size, *s.BlobID
			if s.LFS != nil {
				if !sha256Re.MatchString(s.LFS.SHA256) || s.LFS.Size < 0 {
					return "", nil, fmt.Errorf("repo info: siblings[%d].lfs: not a sha256 and size: %w", i, ErrBadServer)
				}
				f.LFSSHA256, f.LFSSize = s.LFS.SHA256, s.LFS.Size
			}
		}
		if !seen[f.Name] {
			seen[f.Name] = true
			files = append(files, f)
		}
	}
	return *info.SHA, files, nil
}
