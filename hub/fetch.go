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
	"os"
	"strconv"
	"strings"
	"time"
)

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
	resp, _, err := c.sendFollow(ctx, http.MethodGet, m.location, hdr, true)
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
