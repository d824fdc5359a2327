package cpu

import (
	"errors"
	"fmt"
	"os"

	"github.com/ebitengine/purego"
)

// openBLAS is cblas_sgemm loaded at run time from Debian's libopenblas.
type openBLAS struct {
	sgemm      func(order, transA, transB, m, n, k int32, alpha float32, a *float32, lda int32, b *float32, ldb int32, beta float32, c *float32, ldc int32)
	setThreads func(n int32)
	path       string
}

var openBLASPaths = []string{
	"libopenblas.so.0",
	"libopenblas.so",
	"/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
	"/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
	"/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3",
}

// loadOpenBLAS finds libopenblas ($KILN_OPENBLAS first), or says why not.
func loadOpenBLAS() (*openBLAS, error) {
	paths := openBLASPaths
	if p := os.Getenv("KILN_OPENBLAS"); p != "" {
		paths = []string{p}
	}
	var errs []error
	for _, p := range paths {
		h, err := dlopenLocal(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		o := &openBLAS{path: p}
		if _, err := dlsym(h, "cblas_sgemm"); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		purego.RegisterLibFunc(&o.sgemm, h, "cblas_sgemm")
		if _, err := dlsym(h, "openblas_set_num_threads"); err == nil {
			purego.RegisterLibFunc(&o.setThreads, h, "openblas_set_num_threads")
		}
		return o, nil
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("OpenBLAS not found (Debian: apt-get install libopenblas0-pthread; or set KILN_OPENBLAS): %v", errs[0])
	}
	return nil, errors.New("OpenBLAS not found")
}

// sgemmRowMajor computes C = A(m,k) B(k,n), all row-major.
func (o *openBLAS) sgemmRowMajor(m, n, k int, a, b, c []float32) {
	const rowMajor, noTrans = 101, 111
	o.sgemm(rowMajor, noTrans, noTrans, int32(m), int32(n), int32(k), 1, &a[0], int32(k), &b[0], int32(n), 0, &c[0], int32(n))
}
