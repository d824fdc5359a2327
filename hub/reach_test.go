package hub

import (
	"errors"
	"net"
	"strings"
	"testing"
)

// closedEndpoint is an http URL on 127.0.0.1 whose port nothing listens on:
// connecting is refused at once, as on a machine without network.
func closedEndpoint(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// TestUnreachableHubFailsFast: when no connection can be opened, Download
// and File do not back off and retry; the error wraps ErrNotCached and
// names the endpoint, the cache folder and HF_HUB_OFFLINE.
func TestUnreachableHubFailsFast(t *testing.T) {
	endpoint := closedEndpoint(t)
	cache := t.TempDir()
	opts := Options{Endpoint: endpoint, CacheDir: cache, NoToken: true}
	waits := recordSleeps(&opts)
	for name, call := range map[string]func() error{
		"Download": func() error { _, err := Download(testCtx(t), "kiln-test/absent", opts); return err },
		"File":     func() error { _, err := File(testCtx(t), "kiln-test/absent", "config.json", opts); return err },
		"ResolveModelPath": func() error {
			_, err := ResolveModelPath(testCtx(t), "kiln-test/absent", opts)
			return err
		},
	} {
		err := call()
		if !errors.Is(err, ErrNotCached) {
			t.Fatalf("%s: %v, want ErrNotCached", name, err)
		}
		for _, want := range []string{endpoint, "models--kiln-test--absent", "HF_HUB_OFFLINE=1", "refused"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not mention %q", name, err, want)
			}
		}
	}
	if len(*waits) != 0 {
		t.Errorf("backed off %v before failing on an unreachable Hub", *waits)
	}
}

// TestDroppedConnectionsAreStillRetried: once the Hub has answered, a
// failed connect is a network glitch and is retried as before.
func TestDroppedConnectionsAreStillRetried(t *testing.T) {
	f := newFakeHub(t)
	f.addRepo(Model, "kiln-test/tiny", map[string]string{"config.json": "{}"})
	opts := testOpts(f, t.TempDir())
	s, err := newSession("kiln-test/tiny", opts)
	if err != nil {
		t.Fatal(err)
	}
	dial := &net.OpError{Op: "dial", Err: errors.New("connection refused")}
	if !s.cl.neverReached(dial) {
		t.Error("a dial error before any answer should count as unreachable")
	}
	if _, _, err := s.cl.repoFiles(testCtx(t), "kiln-test/tiny", Model, "main", false); err != nil {
		t.Fatal(err)
	}
	if s.cl.neverReached(dial) {
		t.Error("a dial error after the Hub answered should be retried")
	}
}

// TestProgressNeedsAWriter: with Options.Progress nil nothing is drawn
// (the package never picks standard error itself).
func TestProgressNeedsAWriter(t *testing.T) {
	cfg, err := resolve(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := progressWriter(cfg); w != nil {
		t.Errorf("progress goes to %v with no writer given", w)
	}
}
