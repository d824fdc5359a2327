package weights

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// rssFileKB is /proc/self/status's RssFile (mapped file pages resident).
func rssFileKB(t *testing.T) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "RssFile:"); ok {
			v, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatal(line)
			}
			return v
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// TestDropPages reads a 64 MiB tensor of a safetensors file (its pages
// become resident), drops them, and checks that RssFile fell by about the
// tensor's size, that the view still reads the same bytes (faulted back),
// that a copy is left alone, and that a closed checkpoint is ignored.
func TestDropPages(t *testing.T) {
	const n = 16 << 20 // float32s: 64 MiB
	vals := make([]float32, n)
	for i := range vals {
		vals[i] = float32(i%1000) + 0.5
	}
	big, err := tensor.FromFloat32(ir.Shape{n}, vals)
	if err != nil {
		t.Fatal(err)
	}
	small, _ := tensor.FromFloat32(ir.Shape{3}, []float32{1, 2, 3})
	path := filepath.Join(t.TempDir(), "model.safetensors")
	if err := tensor.WriteSafetensorsFile(path, map[string]*tensor.Tensor{"big": big, "small": small}, nil); err != nil {
		t.Fatal(err)
	}
	want := append([]byte(nil), big.Data...)
	big, vals = nil, nil
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	v, err := c.Tensor("big")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(v.Data, want) { // touches every page
		t.Fatal("view differs from the written tensor")
	}
	before := rssFileKB(t)
	c.DropPages(v)
	after := rssFileKB(t)
	if drop := before - after; drop < 60<<10 {
		t.Errorf("RssFile %d kB -> %d kB after DropPages: want a drop of about 64 MiB", before, after)
	}
	if !bytes.Equal(v.Data, want) {
		t.Fatal("view differs after DropPages")
	}
	cp, err := c.TensorAs("small", ir.Float32)
	if err != nil {
		t.Fatal(err)
	}
	c.DropPages(cp) // not a view: left alone
	if got := cp.Float64s(); len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("copy after DropPages: %v", got)
	}
	c.Close()
	c.DropPages(v) // closed: ignored, no fault
}
