package hub

import (
	"errors"
	"net"
	"syscall"
	"time"
)

// DefaultConnectTimeout bounds opening a connection to the Hub (DNS lookup
// and TCP/TLS connect) when neither Options.HTTPClient nor
// HF_HUB_ETAG_TIMEOUT says otherwise: a machine without network fails in
// seconds rather than waiting for the system's TCP timeout.
const DefaultConnectTimeout = 5 * time.Second

// unreachable reports whether err means that no connection to the server
// could be opened at all (no such host, connection refused, no route,
// connect timeout), as opposed to a server that answered badly or a
// connection that broke. Such an error on the first request is not
// retried: without network, backing off only delays the same answer.
func unreachable(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH)
}
