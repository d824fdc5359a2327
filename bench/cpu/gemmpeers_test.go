package cpu

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ebitengine/purego"
)

// Stand-in libraries with each peer's C signatures: naive SGEMMs built
// with cc, to check the purego bindings (argument order, float and char
// arguments, the row-major call, the thread and version calls) where the
// libraries themselves are not installed. Each records its thread count
// so that the test can read it back.
const fakeCBLASCommon = `
#include <stdint.h>
void cblas_sgemm(int order, int ta, int tb, int m, int n, int k, float alpha,
                 const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc) {
	if (order != 101 || ta != 111 || tb != 111) return;
	for (int i = 0; i < m; i++)
		for (int j = 0; j < n; j++) {
			float s = 0;
			for (int p = 0; p < k; p++) s += a[i*lda + p] * b[p*ldb + j];
			c[i*ldc + j] = alpha * s + beta * c[i*ldc + j];
		}
}
static int64_t threads;
int64_t fake_threads(void) { return threads; }
`

var fakePeers = map[string]string{
	"openblas": fakeCBLASCommon + `
void openblas_set_num_threads(int n) { threads = n; }
char *openblas_get_config(void) { return "OpenBLAS fake"; }
`,
	"blis": fakeCBLASCommon + `
void bli_thread_set_num_threads(int64_t n) { threads = n; }
char *bli_info_get_version_str(void) { return "0.0-fake"; }
int bli_arch_query_id(void) { return 7; }
char *bli_arch_string(int id) { return id == 7 ? "fakearch" : "wrong"; }
`,
	"onednn": `
#include <stdint.h>
typedef struct { int major, minor, patch; const char *hash; unsigned cpu_runtime, gpu_runtime; } dnnl_version_t;
static const dnnl_version_t v = {9, 8, 7, "fake", 0, 0};
const dnnl_version_t *dnnl_version(void) { return &v; }
static int64_t threads;
void omp_set_num_threads(int n) { threads = n; }
int64_t fake_threads(void) { return threads; }
int dnnl_sgemm(char ta, char tb, int64_t m, int64_t n, int64_t k, float alpha, const float *a, int64_t lda,
               const float *b, int64_t ldb, float beta, float *c, int64_t ldc) {
	if (ta != 'N' || tb != 'N') return 2;
	for (int64_t i = 0; i < m; i++)
		for (int64_t j = 0; j < n; j++) {
			float s = 0;
			for (int64_t p = 0; p < k; p++) s += a[i*lda + p] * b[p*ldb + j];
			c[i*ldc + j] = alpha * s + beta * c[i*ldc + j];
		}
	return 0;
}
`,
}

// wantInfo is what each stand-in's version calls must produce.
var wantInfo = map[string]string{
	"openblas": "OpenBLAS fake",
	"blis":     "0.0-fake (kernels: fakearch)",
	"onednn":   "oneDNN 9.8.7",
}

func TestSGEMMPeerBindings(t *testing.T) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to build the stand-in libraries")
	}
	for _, l := range sgemmPeerLibraries {
		t.Run(l.name, func(t *testing.T) {
			src, ok := fakePeers[l.name]
			if !ok {
				t.Fatalf("no stand-in for peer %s", l.name)
			}
			dir := t.TempDir()
			cfile, lib := filepath.Join(dir, "fake.c"), filepath.Join(dir, "libfake"+l.name+".so")
			if err := os.WriteFile(cfile, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(cc, "-shared", "-fPIC", "-O1", "-o", lib, cfile).CombinedOutput(); err != nil {
				t.Fatalf("cc: %v: %s", err, out)
			}
			t.Setenv(l.env, lib)
			p, err := l.load()
			if err != nil {
				t.Fatal(err)
			}
			if p.name != l.name || p.path != lib || p.info != wantInfo[l.name] {
				t.Errorf("loaded %q from %q, info %q; want info %q", p.name, p.path, p.info, wantInfo[l.name])
			}
			if p.setThreads == nil {
				t.Fatal("thread setter not bound")
			}
			p.setThreads(3)
			h, err := dlopenLocal(lib)
			if err != nil {
				t.Fatal(err)
			}
			var threads func() int64
			purego.RegisterLibFunc(&threads, h, "fake_threads")
			if got := threads(); got != 3 {
				t.Errorf("thread count %d after setThreads(3)", got)
			}
			const m, n, k = 3, 5, 4
			a, b, c := make([]float32, m*k), make([]float32, k*n), make([]float32, m*n)
			for i := range a {
				a[i] = float32(i%7) - 3
			}
			for i := range b {
				b[i] = float32(i%5) * 0.5
			}
			for i := range c {
				c[i] = 1e9 // beta = 0 must overwrite
			}
			if err := p.sgemm(m, n, k, a, b, c); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					var want float32
					for q := 0; q < k; q++ {
						want += a[i*k+q] * b[q*n+j]
					}
					if math.Abs(float64(c[i*n+j]-want)) > 1e-5 {
						t.Fatalf("C[%d,%d] = %v, want %v", i, j, c[i*n+j], want)
					}
				}
			}
			if err := p.sgemm(m, n, k, a[:m*k-1], b, c); err == nil {
				t.Error("a short A was accepted")
			}
			t.Setenv(l.env, filepath.Join(dir, "missing.so"))
			_, err = l.load()
			if err == nil {
				t.Fatal("a missing library loaded")
			}
			for _, want := range []string{"scripts/setup-bench.sh", "apt-get install " + l.debian, l.env} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("missing-library error %q does not say %q", err, want)
				}
			}
		})
	}
}
