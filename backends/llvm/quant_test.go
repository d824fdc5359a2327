package llvm_test

import (
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"sync"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
)

// TestQuantMatmulKernelChoice: after the llvm pipeline a quant_matmul
// with f32 x of at most 8 rows stays one op for the GEMV kernel; prefill
// sizes, half x and 8-bit groups under 16 are expanded into primitives.
func TestQuantMatmulKernelChoice(t *testing.T) {
	for _, tc := range []struct {
		name         string
		rows, bits   int
		group        int
		dt           ir.DType
		native       bool
		wantDotAfter bool
	}{
		{"decode_4bit", 1, 4, 32, ir.Float32, true, false},
		{"few_rows_8bit", 8, 8, 16, ir.Float32, true, false},
		{"prefill", 9, 4, 32, ir.Float32, false, true},
		{"bf16_x", 1, 4, 32, ir.BFloat16, false, true},
		{"8bit_group_8", 1, 8, 8, ir.Float32, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := ir.NewFunc("qm")
			x := f.Param("x", ir.T(tc.dt, tc.rows, 64))
			q := f.Param("q", ir.T(ir.Uint8, 8, 64*tc.bits/8))
			s := f.Param("s", ir.T(ir.Float16, 8, 64/tc.group))
			z := f.Param("z", ir.T(ir.Float16, 8, 64/tc.group))
			y, err := f.Emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: tc.bits, GroupSize: tc.group}, ir.Pos{}, x, q, s, z)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y}, []string{"y"})
			if err := llvm.New(llvm.Options{}).Pipeline().Run(f, passes.Options{Verify: true}); err != nil {
				t.Fatal(err)
			}
			kept, dots := false, false
			for _, v := range f.Values {
				kept = kept || v.Op == ir.OpQuantMatmul
				dots = dots || v.Op == ir.OpDotGeneral
			}
			if kept != tc.native || dots != tc.wantDotAfter {
				t.Errorf("quant_matmul kept %v (want %v), dot_general present %v (want %v):\n%s", kept, tc.native, dots, tc.wantDotAfter, f)
			}
		})
	}
}

// llamaLinears are the Linear layers of one Llama-3.2-1B decoder layer
// (hidden 2048, 32 query and 8 key/value heads of 64, MLP 8192), as
// (in, out): q, k, v, o, gate, up, down.
var llamaLinears = [][2]int{{2048, 2048}, {2048, 512}, {2048, 512}, {2048, 2048}, {2048, 8192}, {2048, 8192}, {8192, 2048}}

// decodeLayerFunc builds one function computing every Linear of `layers`
// Llama-3.2-1B-shaped decoder layers for one token (M = 1): float32
// weights (dot_general x w^T, the float model's GEMV) or 4-bit weights in
// kiln's packing with f16 scales and zeros per group of 128
// (quant_matmul). Several layers' weights make the working set larger
// than the caches, as the 16 layers of a real decode step are.
func decodeLayerFunc(layers int, quant bool) (*ir.Func, int64) {
	f := ir.NewFunc("layer")
	x := map[int]*ir.Value{}
	var bytes int64
	var outs []*ir.Value
	for l := 0; l < layers; l++ {
		for i, io := range llamaLinears {
			in, out := io[0], io[1]
			if x[in] == nil {
				x[in] = f.Param(fmt.Sprintf("x%d", in), ir.T(ir.Float32, 1, in))
			}
			name := fmt.Sprintf("l%d_%d", l, i)
			var y *ir.Value
			if quant {
				q := f.Param(name+".q", ir.T(ir.Uint8, out, in/2))
				s := f.Param(name+".s", ir.T(ir.Float16, out, in/128))
				z := f.Param(name+".z", ir.T(ir.Float16, out, in/128))
				y, _ = f.Emit(ir.OpQuantMatmul, &ir.QuantMatmulAttrs{Bits: 4, GroupSize: 128}, ir.Pos{}, x[in], q, s, z)
				bytes += int64(out*in/2 + 2*2*out*in/128)
			} else {
				w := f.Param(name+".w", ir.T(ir.Float32, out, in))
				y, _ = f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{1}, Out: ir.Float32}, ir.Pos{}, x[in], w)
				bytes += int64(4 * out * in)
			}
			outs = append(outs, y)
		}
	}
	f.SetResults(outs, nil)
	return f, bytes
}

// readBandwidth measures the read bandwidth once per process: the best
// pass in GB/s of wall time, and with one thread (KILN_THREADS=1) of the
// calling thread's CPU time (0 otherwise), the clock cpu-ms/layer uses.
var readBandwidth = sync.OnceValues(func() ([2]float64, error) {
	bw, err := llvm.MeasureReadBandwidth(512<<20, 3)
	if err != nil || os.Getenv("KILN_THREADS") != "1" {
		return [2]float64{bw, 0}, err
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cbw, err := llvm.MeasureReadBandwidthThreadCPU(512<<20, 3)
	return [2]float64{bw, cbw}, err
})

// BenchmarkQuantDecodeLayer times the Linear layers of Llama-3.2-1B-shaped
// decoder layers for one decode token: float32 GEMVs (f32, one layer: 243
// MB) against 4-bit quant_matmul (q4, four layers: 4 x 32 MB), with the
// machine's read bandwidth measured in the same run. Reported: ms per
// layer, decode tok/s of the 16 layers' Linears alone (attention, norms and
// the LM head left out), the bytes streamed per second and their share of
// the measured read bandwidth (the roofline counted on the packed bytes
// for q4). With KILN_THREADS=1 also the same two figures by the calling
// thread's CPU time (cpu-ms/layer, cpu-%read-bw), steadier than the wall
// time where other processes share the cores.
//
//	go test ./backends/llvm -run X -bench QuantDecodeLayer -benchtime 20x
func BenchmarkQuantDecodeLayer(b *testing.B) {
	for _, tc := range []struct {
		name   string
		layers int
		quant  bool
	}{{"f32", 1, false}, {"q4", 4, true}} {
		b.Run(tc.name, func(b *testing.B) {
			bws, err := readBandwidth()
			bw := bws[0]
			if err != nil {
				b.Fatal(err)
			}
			f, bytes := decodeLayerFunc(tc.layers, tc.quant)
			be := llvm.Default()
			exe, err := be.Compile(f, backends.CompileOptions{})
			if err != nil {
				b.Fatal(err)
			}
			r := rand.New(rand.NewSource(1))
			var bufs []backends.Buffer
			for _, p := range f.Params {
				t, err := tensor.New(p.Type.DType, p.Type.Shape)
				if err != nil {
					b.Fatal(err)
				}
				switch p.Type.DType {
				case ir.Uint8:
					r.Read(t.Data)
				case ir.Float16:
					for i := 0; i < t.NumElements(); i++ {
						ir.PutElementFloat(ir.Float16, t.Data, i, float64(r.Intn(16))*0.01)
					}
				default:
					for i := 0; i < t.NumElements(); i++ {
						ir.PutElementFloat(p.Type.DType, t.Data, i, r.NormFloat64())
					}
				}
				buf, err := be.Upload(t)
				if err != nil {
					b.Fatal(err)
				}
				bufs = append(bufs, buf)
			}
			// With one thread (KILN_THREADS=1) the kernels run on this
			// goroutine's OS thread: its CPU time excludes the time other
			// processes held the core, a steadier figure on a shared
			// machine than the wall time.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			cpu0 := threadCPUSeconds()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res, err := exe.Run(bufs, backends.RunOptions{})
				if err != nil {
					b.Fatal(err)
				}
				for _, x := range res {
					x.Free()
				}
			}
			b.StopTimer()
			if bws[1] > 0 {
				cpuPerLayer := (threadCPUSeconds() - cpu0) / float64(b.N) / float64(tc.layers)
				b.ReportMetric(cpuPerLayer*1e3, "cpu-ms/layer")
				b.ReportMetric(100*float64(bytes)/float64(tc.layers)/cpuPerLayer/1e9/bws[1], "cpu-%read-bw")
			}
			perLayer := b.Elapsed().Seconds() / float64(b.N) / float64(tc.layers)
			gbs := float64(bytes) / float64(tc.layers) / perLayer / 1e9
			b.ReportMetric(perLayer*1e3, "ms/layer")
			b.ReportMetric(1/(16*perLayer), "tok/s(16-layer-linears)")
			b.ReportMetric(gbs, "GB/s")
			b.ReportMetric(100*gbs/bw, "%read-bw")
			b.ReportMetric(bw, "read-bw-GB/s")
		})
	}
}

// threadCPUSeconds is the CPU time of the calling OS thread.
func threadCPUSeconds() float64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return float64(ts.Sec) + float64(ts.Nsec)*1e-9
}
