package cpu

import (
	"errors"
	"fmt"
	"math"
	"os"

	"github.com/ebitengine/purego"
)

// The sgemm workload's peers: SGEMM libraries loaded at run time through
// purego (no cgo), each optional. OpenBLAS and BLIS through their CBLAS
// interface (cblas_sgemm), oneDNN through dnnl_sgemm; all row-major
// C = A B on every logical CPU. scripts/setup-bench.sh installs them
// (Debian packages); $KILN_OPENBLAS, $KILN_BLIS and $KILN_ONEDNN name a
// library file instead of the usual places.

// sgemmPeer is one loaded library.
type sgemmPeer struct {
	// name is the peer's name in the report ("openblas", "blis", "onednn").
	name string
	// path is the library file that was loaded.
	path string
	// info is what the library says of its version and the kernels it
	// picked for this CPU ("" when it has no such call).
	info string
	// setThreads sets the library's thread count (nil when it has no such
	// call and uses every CPU by default).
	setThreads func(n int)
	// sgemm computes C(m,n) = A(m,k) B(k,n), all row-major and dense.
	sgemm func(m, n, k int, a, b, c []float32) error
}

// peerLibrary says where one peer is found and how it is bound.
type peerLibrary struct {
	name   string
	env    string   // variable naming the library file (then the only candidate)
	debian string   // the Debian package that ships it
	paths  []string // dlopen candidates, in order
	bind   func(h uintptr, path string) (*sgemmPeer, error)
}

// installHint is the exact command that installs l.
func (l peerLibrary) installHint() string {
	return fmt.Sprintf("install it with scripts/setup-bench.sh (or apt-get install %s), or set %s to the library file", l.debian, l.env)
}

// sgemmPeerLibraries are the sgemm workload's peers, in report order.
var sgemmPeerLibraries = []peerLibrary{
	{name: "openblas", env: "KILN_OPENBLAS", debian: "libopenblas0-pthread", bind: bindCBLAS("openblas_set_num_threads", "openblas_get_config"),
		paths: []string{
			"libopenblas.so.0",
			"libopenblas.so",
			"/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
			"/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
		}},
	{name: "blis", env: "KILN_BLIS", debian: "libblis4-pthread", bind: bindCBLAS("bli_thread_set_num_threads", "bli_info_get_version_str"),
		paths: []string{
			"/usr/lib/x86_64-linux-gnu/blis-pthread/libblis.so.4",
			"/usr/lib/x86_64-linux-gnu/blis-openmp/libblis.so.4",
			"libblis.so.4",
			"libblis.so",
		}},
	{name: "onednn", env: "KILN_ONEDNN", debian: "libdnnl2", bind: bindOneDNN,
		paths: []string{
			"libdnnl.so.3",
			"libdnnl.so.2",
			"libdnnl.so",
		}},
}

// load finds and binds l ($env first, alone), or says why not and how to
// install it.
func (l peerLibrary) load() (*sgemmPeer, error) {
	paths := l.paths
	if p := os.Getenv(l.env); p != "" {
		paths = []string{p}
	}
	var errs []error
	for _, p := range paths {
		h, err := dlopenLocal(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		peer, err := l.bind(h, p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		peer.name, peer.path = l.name, p
		return peer, nil
	}
	first := errors.New("no candidate paths")
	if len(errs) > 0 {
		first = errs[0]
	}
	return nil, fmt.Errorf("%s not found: %s (%v)", l.name, l.installHint(), first)
}

// bindCBLAS binds cblas_sgemm, the thread setter named threads (an int
// or dim_t argument: both are passed in a 64-bit register) and the
// version string call named version, where the library has them.
func bindCBLAS(threads, version string) func(h uintptr, path string) (*sgemmPeer, error) {
	return func(h uintptr, path string) (*sgemmPeer, error) {
		if _, err := dlsym(h, "cblas_sgemm"); err != nil {
			return nil, err
		}
		var sgemm func(order, transA, transB, m, n, k int32, alpha float32, a *float32, lda int32, b *float32, ldb int32, beta float32, c *float32, ldc int32)
		purego.RegisterLibFunc(&sgemm, h, "cblas_sgemm")
		p := &sgemmPeer{sgemm: func(m, n, k int, a, b, c []float32) error {
			if err := checkGEMMArgs(m, n, k, a, b, c); err != nil {
				return err
			}
			const rowMajor, noTrans = 101, 111
			sgemm(rowMajor, noTrans, noTrans, int32(m), int32(n), int32(k), 1, &a[0], int32(k), &b[0], int32(n), 0, &c[0], int32(n))
			return nil
		}}
		if _, err := dlsym(h, threads); err == nil {
			var set func(n int64)
			purego.RegisterLibFunc(&set, h, threads)
			p.setThreads = func(n int) { set(int64(n)) }
		}
		if _, err := dlsym(h, version); err == nil {
			var get func() string
			purego.RegisterLibFunc(&get, h, version)
			p.info = get()
		}
		if _, err := dlsym(h, "bli_arch_query_id"); err == nil {
			if _, err := dlsym(h, "bli_arch_string"); err == nil {
				var id func() int32
				var name func(id int32) string
				purego.RegisterLibFunc(&id, h, "bli_arch_query_id")
				purego.RegisterLibFunc(&name, h, "bli_arch_string")
				p.info += " (kernels: " + name(id()) + ")"
			}
		}
		return p, nil
	}
}

// dnnlVersion is oneDNN's dnnl_version_t (the fields read here).
type dnnlVersion struct {
	Major, Minor, Patch int32
}

// bindOneDNN binds dnnl_sgemm (row-major, returns dnnl_status_t), the
// OpenMP runtime's omp_set_num_threads that the library links (where it
// does) and dnnl_version.
func bindOneDNN(h uintptr, path string) (*sgemmPeer, error) {
	if _, err := dlsym(h, "dnnl_sgemm"); err != nil {
		return nil, err
	}
	var sgemm func(transA, transB byte, m, n, k int64, alpha float32, a *float32, lda int64, b *float32, ldb int64, beta float32, c *float32, ldc int64) int32
	purego.RegisterLibFunc(&sgemm, h, "dnnl_sgemm")
	p := &sgemmPeer{sgemm: func(m, n, k int, a, b, c []float32) error {
		if err := checkGEMMArgs(m, n, k, a, b, c); err != nil {
			return err
		}
		if st := sgemm('N', 'N', int64(m), int64(n), int64(k), 1, &a[0], int64(k), &b[0], int64(n), 0, &c[0], int64(n)); st != 0 {
			return fmt.Errorf("dnnl_sgemm(%d, %d, %d): status %d", m, n, k, st)
		}
		return nil
	}}
	if _, err := dlsym(h, "omp_set_num_threads"); err == nil {
		var set func(n int32)
		purego.RegisterLibFunc(&set, h, "omp_set_num_threads")
		p.setThreads = func(n int) { set(int32(n)) }
	}
	if _, err := dlsym(h, "dnnl_version"); err == nil {
		var version func() *dnnlVersion
		purego.RegisterLibFunc(&version, h, "dnnl_version")
		if v := version(); v != nil {
			p.info = fmt.Sprintf("oneDNN %d.%d.%d", v.Major, v.Minor, v.Patch)
		}
	}
	return p, nil
}

// checkGEMMArgs checks that a, b and c hold A(m,k), B(k,n) and C(m,n).
func checkGEMMArgs(m, n, k int, a, b, c []float32) error {
	if m <= 0 || n <= 0 || k <= 0 || m > math.MaxInt32 || n > math.MaxInt32 || k > math.MaxInt32 {
		return fmt.Errorf("sgemm: sizes m=%d n=%d k=%d must be positive 32-bit integers", m, n, k)
	}
	if len(a) < m*k || len(b) < k*n || len(c) < m*n {
		return fmt.Errorf("sgemm: %d, %d, %d elements for A(%d,%d), B(%d,%d), C(%d,%d)", len(a), len(b), len(c), m, k, k, n, m, n)
	}
	return nil
}
