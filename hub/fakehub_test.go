package hub

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeHub is an in-process Hugging Face Hub: /resolve/ (HEAD and GET, with
// LFS files redirected to a second server acting as the CDN), the repo-info
// API, Range requests, and injectable faults. It counts what it serves.
type fakeHub struct {
	t     testing.TB
	hub   *httptest.Server
	cdn   *httptest.Server
	token string // if set, private repos need "Bearer <token>"

	mu      sync.Mutex
	repos   map[string]*fakeRepo // key: "model:org/name"
	renamed map[string]string    // old repo id -> new repo id
	faults  map[string]*fault    // key: file name
	heads   map[string]int       // HEADs per file
	fulls   map[string]int       // GETs of a file body starting at byte 0
	served  map[string]int64     // body bytes sent per file
	apiGets int
	cdnAuth []string // Authorization headers seen by the CDN
	hubAuth []string // Authorization headers seen by the Hub
}

type fakeRepo struct {
	private bool
	gated   bool
	refs    map[string]string              // branch or tag -> commit
	commits map[string]map[string]fakeFile // commit -> name -> file
}

type fakeFile struct {
	data []byte
	lfs  bool
	sum  string // sha256, computed once
}

// fault makes the fake misbehave for one file.
type fault struct {
	headStatus  []int  // replies to the next HEADs, in order, before behaving
	getStatus   []int  // the same for GETs of the body
	retryAfter  string // Retry-After sent with those replies
	rateLimit   string // RateLimit header sent with those replies
	drops       int    // how many body GETs are cut off ...
	dropAfter   int64  // ... after this many bytes
	corrupt     bool   // flip one byte of every body
	ignoreRange bool   // answer 200 with the whole file to Range requests
	holdHeads   int    // a body GET waits (at most 3s) until this many HEADs were seen
	stall       bool   // a cut-off body hangs instead of closing the connection
	badETag     string // replace the etag header with this
	noCommit    bool   // omit X-Repo-Commit
}

func newFakeHub(t testing.TB) *fakeHub {
	f := &fakeHub{
		t:       t,
		repos:   map[string]*fakeRepo{},
		renamed: map[string]string{},
		faults:  map[string]*fault{},
		heads:   map[string]int{},
		fulls:   map[string]int{},
		served:  map[string]int64{},
	}
	f.hub = httptest.NewServer(http.HandlerFunc(f.serveHub))
	f.cdn = httptest.NewServer(http.HandlerFunc(f.serveCDN))
	// Give the CDN another host name than the Hub, as on the real Hub.
	if u, err := url.Parse(f.cdn.URL); err == nil {
		u.Host = strings.Replace(u.Host, "127.0.0.1", "localhost", 1)
		f.cdn.URL = u.String()
	}
	t.Cleanup(func() { f.hub.Close(); f.cdn.Close() })
	return f
}

func gitBlobID(data []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(data))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

func sha256Hex(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// addRepo adds a repo whose "main" branch has files; names ending in
// .safetensors or .bin are LFS files. It returns the commit id.
func (f *fakeHub) addRepo(typ RepoType, id string, files map[string]string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := &fakeRepo{refs: map[string]string{}, commits: map[string]map[string]fakeFile{}}
	f.repos[string(typ)+":"+id] = r
	commit := f.commitLocked(r, files)
	r.refs["main"] = commit
	return commit
}

// addCommit adds another commit to a repo and points ref at it if ref != "".
func (f *fakeHub) addCommit(typ RepoType, id, ref string, files map[string]string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.repos[string(typ)+":"+id]
	commit := f.commitLocked(r, files)
	if ref != "" {
		r.refs[ref] = commit
	}
	return commit
}

func (f *fakeHub) commitLocked(r *fakeRepo, files map[string]string) string {
	m := map[string]fakeFile{}
	h := sha1.New()
	fmt.Fprintf(h, "commit %d", len(r.commits))
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names) // commit ids must not depend on map order
	for _, name := range names {
		content := files[name]
		lfs := strings.HasSuffix(name, ".safetensors") || strings.HasSuffix(name, ".bin")
		m[name] = fakeFile{data: []byte(content), lfs: lfs, sum: sha256Hex([]byte(content))}
		fmt.Fprintf(h, "%s=%s;", name, content)
	}
	commit := hex.EncodeToString(h.Sum(nil))
	r.commits[commit] = m
	return commit
}

func (f *fakeHub) setFault(name string, ft *fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[name] = ft
}

func (f *fakeHub) count(m map[string]int, name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return m[name]
}

// segments splits an escaped path into unescaped segments.
func segments(r *http.Request) []string {
	parts := strings.Split(strings.Trim(r.URL.EscapedPath(), "/"), "/")
	for i, p := range parts {
		if u, err := url.PathUnescape(p); err == nil {
			parts[i] = u
		}
	}
	return parts
}

func (f *fakeHub) serveHub(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.hubAuth = append(f.hubAuth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	seg := segments(r)
	if len(seg) >= 4 && seg[0] == "api" {
		f.serveAPI(w, r, seg[1:])
		return
	}
	typ := Model
	if len(seg) > 0 && seg[0] == "datasets" {
		typ, seg = Dataset, seg[1:]
	}
	k := -1
	for i, s := range seg {
		if s == "resolve" {
			k = i
			break
		}
	}
	if k < 1 || len(seg) < k+3 {
		http.NotFound(w, r)
		return
	}
	repoID, rev, name := strings.Join(seg[:k], "/"), seg[k+1], strings.Join(seg[k+2:], "/")
	f.mu.Lock()
	newID, moved := f.renamed[repoID]
	f.mu.Unlock()
	if moved { // a renamed repo: relative redirect to its new name
		loc := "/" + newID + "/resolve/" + url.PathEscape(rev) + "/" + name
		if typ == Dataset {
			loc = "/datasets" + loc[0:]
		}
		http.Redirect(w, r, loc, http.StatusTemporaryRedirect)
		return
	}
	repo, commit, ok := f.lookup(w, r, typ, repoID, rev)
	if !ok {
		return
	}
	f.mu.Lock()
	file, exists := repo.commits[commit][name]
	ft := f.faults[name]
	if r.Method == http.MethodHead {
		f.heads[name]++
	}
	var status int
	if ft != nil {
		q := &ft.getStatus
		if r.Method == http.MethodHead {
			q = &ft.headStatus
		}
		if len(*q) > 0 {
			status, *q = (*q)[0], (*q)[1:]
		}
	}
	f.mu.Unlock()
	if status != 0 {
		if ft.retryAfter != "" {
			w.Header().Set("Retry-After", ft.retryAfter)
		}
		if ft.rateLimit != "" {
			w.Header().Set("RateLimit", ft.rateLimit)
		}
		w.WriteHeader(status)
		return
	}
	if !exists {
		w.Header().Set("X-Repo-Commit", commit)
		w.Header().Set("X-Error-Code", "EntryNotFound")
		w.Header().Set("X-Error-Message", "Entry not found")
		w.WriteHeader(http.StatusNotFound)
		return
	}
	h := w.Header()
	if ft == nil || !ft.noCommit {
		h.Set("X-Repo-Commit", commit)
	}
	if file.lfs {
		sum := file.sum
		h.Set("ETag", `"`+gitBlobID([]byte("version https://git-lfs.github.com/spec/v1\noid sha256:"+sum))+`"`)
		h.Set("X-Linked-Etag", `"`+sum+`"`)
		if ft != nil && ft.badETag != "" {
			h.Set("X-Linked-Etag", ft.badETag)
		}
		h.Set("X-Linked-Size", strconv.Itoa(len(file.data)))
		h.Set("Location", f.cdn.URL+"/lfs/"+sum+"?X-Amz-Signature=s3cr3t&name="+url.QueryEscape(name))
		w.WriteHeader(http.StatusFound)
		return
	}
	etag := `"` + gitBlobID(file.data) + `"`
	if len(file.data)%2 == 1 {
		etag = "W/" + etag // the Hub may send weak etags; clients must normalise
	}
	if ft != nil && ft.badETag != "" {
		etag = ft.badETag
	}
	h.Set("ETag", etag)
	f.serveBody(w, r, name, file.data, ft)
}

// lookup resolves repo and revision, writing the Hub's error reply if it fails.
func (f *fakeHub) lookup(w http.ResponseWriter, r *http.Request, typ RepoType, repoID, rev string) (*fakeRepo, string, bool) {
	f.mu.Lock()
	repo := f.repos[string(typ)+":"+repoID]
	f.mu.Unlock()
	auth := r.Header.Get("Authorization")
	if repo != nil && repo.private && auth != "Bearer "+f.token {
		if auth != "" {
			w.Header().Set("X-Error-Message", "Invalid credentials in Authorization header")
		} else {
			w.Header().Set("X-Error-Code", "RepoNotFound")
		}
		w.WriteHeader(http.StatusUnauthorized)
		return nil, "", false
	}
	if repo == nil {
		w.Header().Set("X-Error-Code", "RepoNotFound")
		w.WriteHeader(http.StatusNotFound)
		return nil, "", false
	}
	if repo.gated {
		w.Header().Set("X-Error-Code", "GatedRepo")
		w.WriteHeader(http.StatusForbidden)
		return nil, "", false
	}
	commit, ok := repo.refs[rev]
	if !ok {
		if _, isCommit := repo.commits[rev]; isCommit {
			commit, ok = rev, true
		}
	}
	if !ok {
		w.Header().Set("X-Error-Code", "RevisionNotFound")
		w.WriteHeader(http.StatusNotFound)
		return nil, "", false
	}
	return repo, commit, true
}

// serveAPI answers GET /api/{models,datasets}/{repo}/revision/{rev}.
func (f *fakeHub) serveAPI(w http.ResponseWriter, r *http.Request, seg []string) {
	typ := Model
	switch seg[0] {
	case "models":
	case "datasets":
		typ = Dataset
	default:
		http.NotFound(w, r)
		return
	}
	seg = seg[1:]
	if len(seg) < 3 || seg[len(seg)-2] != "revision" {
		http.NotFound(w, r)
		return
	}
	repoID, rev := strings.Join(seg[:len(seg)-2], "/"), seg[len(seg)-1]
	f.mu.Lock()
	f.apiGets++
	ft := f.faults["api"]
	var status int
	if ft != nil && len(ft.getStatus) > 0 {
		status, ft.getStatus = ft.getStatus[0], ft.getStatus[1:]
	}
	f.mu.Unlock()
	if status != 0 {
		if ft.retryAfter != "" {
			w.Header().Set("Retry-After", ft.retryAfter)
		}
		w.WriteHeader(status)
		return
	}
	repo, commit, ok := f.lookup(w, r, typ, repoID, rev)
	if !ok {
		return
	}
	type lfsInfo struct {
		SHA256      string `json:"sha256"`
		Size        int    `json:"size"`
		PointerSize int    `json:"pointerSize"`
	}
	type sibling struct {
		RFilename string   `json:"rfilename"`
		Size      *int     `json:"size,omitempty"`
		BlobID    string   `json:"blobId,omitempty"`
		LFS       *lfsInfo `json:"lfs,omitempty"`
	}
	info := struct {
		ID       string    `json:"id"`
		SHA      string    `json:"sha"`
		Siblings []sibling `json:"siblings"`
	}{ID: repoID, SHA: commit}
	f.mu.Lock()
	for name, file := range repo.commits[commit] {
		s := sibling{RFilename: name}
		if r.URL.Query().Get("blobs") == "true" { // what HfApi.model_info(files_metadata=True) gets
			size := len(file.data)
			s.Size, s.BlobID = &size, gitBlobID(file.data)
			if file.lfs {
				s.BlobID = gitBlobID([]byte("pointer" + name))
				s.LFS = &lfsInfo{SHA256: file.sum, Size: size, PointerSize: 130}
			}
		}
		info.Siblings = append(info.Siblings, s)
	}
	if ft != nil && ft.badETag != "" { // reuse: inject a hostile file name
		info.Siblings = append(info.Siblings, sibling{RFilename: ft.badETag})
	}
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(info)
}

// serveCDN serves /lfs/<sha256>?...&name=<file>, like a signed S3/CloudFront URL.
func (f *fakeHub) serveCDN(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.cdnAuth = append(f.cdnAuth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	seg := segments(r)
	name := r.URL.Query().Get("name")
	if len(seg) != 2 || seg[0] != "lfs" || r.URL.Query().Get("X-Amz-Signature") != "s3cr3t" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var data []byte
	found := false
	f.mu.Lock()
	for _, repo := range f.repos {
		for _, files := range repo.commits {
			if file, ok := files[name]; ok && file.sum == seg[1] {
				data, found = file.data, true
			}
		}
	}
	ft := f.faults[name]
	var status int
	if ft != nil && len(ft.getStatus) > 0 && r.Method == http.MethodGet {
		status, ft.getStatus = ft.getStatus[0], ft.getStatus[1:]
	}
	f.mu.Unlock()
	if !found {
		http.NotFound(w, r)
		return
	}
	if status != 0 {
		if ft.retryAfter != "" {
			w.Header().Set("Retry-After", ft.retryAfter)
		}
		w.WriteHeader(status)
		return
	}
	f.serveBody(w, r, name, data, ft)
}

// serveBody writes data honouring "Range: bytes=N-" and the file's faults.
func (f *fakeHub) serveBody(w http.ResponseWriter, r *http.Request, name string, data []byte, ft *fault) {
	h := w.Header()
	h.Set("Accept-Ranges", "bytes")
	if r.Method == http.MethodHead {
		h.Set("Content-Length", strconv.Itoa(len(data)))
		w.WriteHeader(http.StatusOK)
		return
	}
	if ft != nil && ft.holdHeads > 0 {
		deadline := time.Now().Add(3 * time.Second)
		for f.count(f.heads, name) < ft.holdHeads && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	start := 0
	if rg := r.Header.Get("Range"); rg != "" && (ft == nil || !ft.ignoreRange) {
		v, ok := strings.CutPrefix(rg, "bytes=")
		v, _, _ = strings.Cut(v, "-")
		n, err := strconv.Atoi(v)
		if !ok || err != nil || n < 0 || n >= len(data) {
			h.Set("Content-Range", fmt.Sprintf("bytes */%d", len(data)))
			w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			return
		}
		start = n
	}
	body := append([]byte(nil), data[start:]...)
	f.mu.Lock()
	if start == 0 {
		f.fulls[name]++
	}
	drop := int64(-1)
	if ft != nil {
		if ft.corrupt && len(body) > 0 {
			body[len(body)/2] ^= 0xff
		}
		if ft.drops > 0 {
			ft.drops--
			drop = ft.dropAfter
		}
	}
	f.mu.Unlock()
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if start > 0 {
		h.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, len(data)-1, len(data)))
		w.WriteHeader(http.StatusPartialContent)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	// Bytes are counted before they are written: the client may finish
	// reading (and the test check the count) before Write returns here.
	if drop >= 0 && drop < int64(len(body)) {
		f.addServed(name, drop)
		w.Write(body[:drop])
		w.(http.Flusher).Flush()
		if ft.stall { // hang until the client gives up
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}
		panic(http.ErrAbortHandler) // cut the connection mid-body
	}
	f.addServed(name, int64(len(body)))
	w.Write(body)
}

func (f *fakeHub) addServed(name string, n int64) {
	f.mu.Lock()
	f.served[name] += n
	f.mu.Unlock()
}

// setCommit registers files under a given commit id and points ref at it.
func (f *fakeHub) setCommit(typ RepoType, id, ref, commit string, files map[string]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.repos[string(typ)+":"+id]
	if r == nil {
		r = &fakeRepo{refs: map[string]string{}, commits: map[string]map[string]fakeFile{}}
		f.repos[string(typ)+":"+id] = r
	}
	m := map[string]fakeFile{}
	for name, content := range files {
		lfs := strings.HasSuffix(name, ".safetensors") || strings.HasSuffix(name, ".bin")
		m[name] = fakeFile{data: []byte(content), lfs: lfs, sum: sha256Hex([]byte(content))}
	}
	r.commits[commit] = m
	if ref != "" {
		r.refs[ref] = commit
	}
}

// requests is how many requests the Hub and the CDN received.
func (f *fakeHub) requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.hubAuth) + len(f.cdnAuth)
}
