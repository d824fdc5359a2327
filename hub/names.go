package hub

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	commitRe = regexp.MustCompile(`^[0-9a-f]{40}$`)
	sha256Re = regexp.MustCompile(`^[0-9a-f]{64}$`)
	// Commit ids the server sends must be hex; real ones are 40 long.
	serverCommitRe = regexp.MustCompile(`^[0-9a-fA-F]{7,64}$`)
	// An etag becomes a file name in blobs/: keep it to a safe alphabet.
	etagRe = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._+=-]{0,199}$`)
)

// IsCommitHash reports whether rev is a full lowercase 40-hex commit id,
// the form huggingface_hub treats as immutable (no network needed when cached).
func IsCommitHash(rev string) bool { return commitRe.MatchString(rev) }

// ValidateRepoID checks a repo id the way huggingface_hub's validate_repo_id
// does: "name" or "namespace/name", each part of letters, digits, "_", "-",
// "." starting and ending with a letter, digit or "_", no "--" or "..", at
// most 96 characters. A valid id is safe to use in a cache folder name.
func ValidateRepoID(id string) error {
	bad := func(why string) error {
		return fmt.Errorf("hub: repo id %q: %s: %w", id, why, ErrUnsafeName)
	}
	if id == "" {
		return bad("empty")
	}
	if len(id) > 96 {
		return bad("longer than 96 characters")
	}
	if strings.Contains(id, "--") || strings.Contains(id, "..") {
		return bad(`contains "--" or ".."`)
	}
	parts := strings.Split(id, "/")
	if len(parts) > 2 {
		return bad(`want "name" or "namespace/name"`)
	}
	for _, p := range parts {
		if p == "" {
			return bad("empty part")
		}
		for i := 0; i < len(p); i++ {
			ch := p[i]
			word := ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
			if !word && ch != '-' && ch != '.' {
				return bad(fmt.Sprintf("character %q not allowed", ch))
			}
			if !word && (i == 0 || i == len(p)-1) {
				return bad(`parts must start and end with a letter, digit or "_"`)
			}
		}
	}
	return nil
}

// ParseRepoRef splits "namespace/name@revision" into the repo id and the
// revision ("" when there is no "@"), and validates both.
func ParseRepoRef(s string) (repo, revision string, err error) {
	repo, revision, hasRev := strings.Cut(s, "@")
	if hasRev && revision == "" {
		return "", "", fmt.Errorf("hub: %q: empty revision after @", s)
	}
	if err := ValidateRepoID(repo); err != nil {
		return "", "", err
	}
	if hasRev {
		if err := validateRevision(revision); err != nil {
			return "", "", err
		}
	}
	return repo, revision, nil
}

// validateRevision accepts what can name a branch, tag or commit and be
// stored as refs/<revision> without leaving refs/ (huggingface_hub stores
// "refs/pr/1" as refs/refs/pr/1).
func validateRevision(rev string) error {
	if err := validateRelPath(rev); err != nil {
		return fmt.Errorf("hub: revision %q: %w", rev, err)
	}
	return nil
}

// ValidateFilename checks a repo file name before it is joined to a cache
// directory: a relative "/"-separated path without empty, "." or ".."
// segments, NUL, backslash, control characters or a Windows drive prefix.
// A name that passes stays inside the directory it is joined to.
func ValidateFilename(name string) error {
	if err := validateRelPath(name); err != nil {
		return fmt.Errorf("hub: file name %q: %w", name, err)
	}
	return nil
}

func validateRelPath(p string) error {
	switch {
	case p == "":
		return fmt.Errorf("empty: %w", ErrUnsafeName)
	case len(p) > 4096:
		return fmt.Errorf("longer than 4096 bytes: %w", ErrUnsafeName)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("absolute path: %w", ErrUnsafeName)
	case strings.ContainsRune(p, '\\'):
		return fmt.Errorf("contains a backslash: %w", ErrUnsafeName)
	case len(p) >= 2 && p[1] == ':':
		return fmt.Errorf("drive-qualified path: %w", ErrUnsafeName)
	}
	for i := 0; i < len(p); i++ {
		if p[i] < 0x20 || p[i] == 0x7f {
			return fmt.Errorf("contains control character %q: %w", p[i], ErrUnsafeName)
		}
	}
	for _, seg := range strings.Split(p, "/") {
		switch seg {
		case "":
			return fmt.Errorf("empty path segment: %w", ErrUnsafeName)
		case ".", "..":
			return fmt.Errorf("%q path segment: %w", seg, ErrUnsafeName)
		}
	}
	return nil
}

// normalizeETag is huggingface_hub's _normalize_etag: drop a weak "W/"
// prefix and surrounding quotes.
func normalizeETag(etag string) string {
	etag = strings.TrimSpace(etag)
	etag = strings.TrimPrefix(etag, "W/")
	return strings.Trim(etag, `"`)
}

// RepoFolderName is the cache folder of a repo: "models--org--name",
// "datasets--org--name".
func RepoFolderName(repo string, t RepoType) string {
	if t == "" {
		t = Model
	}
	return strings.Join(append([]string{string(t) + "s"}, strings.Split(repo, "/")...), "--")
}

// within reports whether path is dir itself or lies under it, lexically.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
