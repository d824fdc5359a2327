package cpu

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// fakeCBLAS is a naive cblas_sgemm with the CBLAS signature, built with cc
// to check the purego binding (argument order, float arguments, row-major
// call) where OpenBLAS itself is not installed.
const fakeCBLAS = `
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
static int threads;
void openblas_set_num_threads(int n) { threads = n; }
`

func TestOpenBLASBinding(t *testing.T) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to build the stand-in library")
	}
	dir := t.TempDir()
	src, lib := filepath.Join(dir, "fake.c"), filepath.Join(dir, "libfakeblas.so")
	if err := os.WriteFile(src, []byte(fakeCBLAS), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cc, "-shared", "-fPIC", "-O1", "-o", lib, src).CombinedOutput(); err != nil {
		t.Fatalf("cc: %v: %s", err, out)
	}
	t.Setenv("KILN_OPENBLAS", lib)
	o, err := loadOpenBLAS()
	if err != nil {
		t.Fatal(err)
	}
	if o.setThreads == nil {
		t.Fatal("openblas_set_num_threads not bound")
	}
	o.setThreads(2)
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
	o.sgemmRowMajor(m, n, k, a, b, c)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var want float32
			for p := 0; p < k; p++ {
				want += a[i*k+p] * b[p*n+j]
			}
			if math.Abs(float64(c[i*n+j]-want)) > 1e-5 {
				t.Fatalf("C[%d,%d] = %v, want %v", i, j, c[i*n+j], want)
			}
		}
	}
	t.Setenv("KILN_OPENBLAS", filepath.Join(dir, "missing.so"))
	if _, err := loadOpenBLAS(); err == nil {
		t.Fatal("a missing library loaded")
	}
}
