//go:build linux

package weights

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

const (
	benchTensors   = 256
	benchTensorLen = 1 << 20 // float32 elements: 4 MiB each, 1 GiB in all
)

// writeBigCheckpoint streams a 1 GiB safetensors file (256 tensors of 4 MiB
// plus one 64-byte tensor) to path without holding it in memory.
func writeBigCheckpoint(path string) error {
	types := map[string]ir.Type{"small": ir.T(ir.Float32, 16)}
	for i := 0; i < benchTensors; i++ {
		types[fmt.Sprintf("model.layers.%03d.weight", i)] = ir.T(ir.Float32, 1024, benchTensorLen/1024)
	}
	prefix, entries, err := tensor.EncodeSafetensorsHeader(types, map[string]string{"format": "pt"})
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<22)
	w.Write(prefix)
	chunk := make([]byte, 1<<20)
	for i := range chunk {
		chunk[i] = byte(i*31 + 7) // non-zero, so pages are real data
	}
	for _, e := range entries {
		for left := e.End - e.Begin; left > 0; {
			n := min(left, int64(len(chunk)))
			if _, err := w.Write(chunk[:n]); err != nil {
				f.Close()
				return err
			}
			left -= n
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchSink keeps the compiler from dropping the benchmark's reads.
var benchSink uint32

// rssBytes reads the resident set size (second field of /proc/self/statm,
// in pages); it counts the mapped file pages this process has touched.
func rssBytes(b *testing.B) int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		b.Skipf("no /proc/self/statm: %v", err)
	}
	fields := strings.Fields(string(data))
	pages, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil {
		b.Fatal(err)
	}
	return pages * int64(os.Getpagesize())
}

// BenchmarkOpen1GB measures opening a 1 GiB safetensors checkpoint (the
// target is O(header), < 50 ms) and reports how much resident memory opening
// and touching tensors adds: opening and reading one small tensor should add
// almost nothing, reading one 4 MiB tensor about 4 MiB (which shows that
// the measurement sees mapped pages). Nothing is asserted.
func BenchmarkOpen1GB(b *testing.B) {
	dir := b.TempDir()
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		b.Skipf("statfs %s: %v", dir, err)
	}
	if free := int64(st.Bavail) * int64(st.Bsize); free < 3<<29 {
		b.Skipf("only %d MiB free in %s; the benchmark needs 1.5 GiB", free>>20, dir)
	}
	path := filepath.Join(dir, "model.safetensors")
	if err := writeBigCheckpoint(path); err != nil {
		b.Fatal(err)
	}
	b.Run("Open", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			c, err := Open(path)
			if err != nil {
				b.Fatal(err)
			}
			c.Close()
		}
	})
	b.Run("OpenAndTouchSmall", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			c, err := Open(path)
			if err != nil {
				b.Fatal(err)
			}
			x, err := c.Tensor("small")
			if err != nil {
				b.Fatal(err)
			}
			_ = x.Float32s()
			c.Close()
		}
	})
	b.Run("ResidentMemory", func(b *testing.B) {
		var open, small, big int64
		for i := 0; i < b.N; i++ {
			before := rssBytes(b)
			c, err := Open(path)
			if err != nil {
				b.Fatal(err)
			}
			afterOpen := rssBytes(b)
			x, _ := c.Tensor("small")
			var sum uint32
			for _, v := range x.Data {
				sum += uint32(v)
			}
			afterSmall := rssBytes(b)
			y, _ := c.Tensor("model.layers.128.weight")
			for j := 0; j < len(y.Data); j += 512 {
				sum += binary.LittleEndian.Uint32(y.Data[j:])
			}
			afterBig := rssBytes(b)
			c.Close()
			open += afterOpen - before
			small += afterSmall - afterOpen
			big += afterBig - afterSmall
			benchSink += sum
		}
		n := float64(b.N) * 1024
		b.ReportMetric(float64(open)/n, "KiB-rss-open")
		b.ReportMetric(float64(small)/n, "KiB-rss-touch-64B")
		b.ReportMetric(float64(big)/n, "KiB-rss-touch-4MiB")
	})
}
