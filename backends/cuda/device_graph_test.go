package cuda

import (
	"sort"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// TestDeviceGraphReplay runs a decode-shaped program (decodeStackFunc: 96
// layers of a softmax row group, an M = 1 GEMV and a residual add, ~290
// launches, then a cuBLASLt GEMM with a bias epilogue) step by step
// (KILN_CUDA_GRAPHS=0) and through its CUDA graph, in alternating rounds:
// the results must be equal bit for bit; the median time per run of each
// and the graph counters are logged.
func TestDeviceGraphReplay(t *testing.T) {
	checkGraphReplay(t, requireDevice(t), 96, 1024, ir.BFloat16, 5, 20)
}

// checkGraphReplay is TestDeviceGraphReplay's body at a given size, with
// rounds of perRound runs each way (TestFakeCUDA runs it small).
func checkGraphReplay(t *testing.T, b *Backend, layers, hidden int, d ir.DType, rounds, perRound int) {
	if why := b.GraphsOff(); why != "" {
		t.Skipf("CUDA graphs off: %s", why)
	}
	settleFinalizers(t)
	f, in := decodeStackFunc(t, layers, hidden, d)
	exe, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := Stats(exe)
	args := uploadAll(t, b, in)
	defer freeAll(args)
	// Step by step first: the reference, and the warm-up (module loading,
	// cuBLASLt's lazy setup).
	t.Setenv("KILN_CUDA_GRAPHS", "0")
	plain := runOnce(t, exe, args, backends.RunOptions{})
	var tPlain, tGraph []time.Duration
	timed := func(graphs bool) {
		if graphs {
			t.Setenv("KILN_CUDA_GRAPHS", "1")
		} else {
			t.Setenv("KILN_CUDA_GRAPHS", "0")
		}
		for i := 0; i < perRound; i++ {
			start := time.Now()
			res, err := exe.Run(args, backends.RunOptions{}) // returns after a stream synchronization
			d := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			if i == perRound-1 {
				for j, r := range res {
					x, err := r.Download()
					if err != nil {
						t.Fatal(err)
					}
					if !x.Equal(plain[j]) {
						t.Fatalf("graphs %v: result %d differs from the step-by-step run", graphs, j)
					}
				}
			}
			freeAll(res)
			if graphs {
				tGraph = append(tGraph, d)
			} else {
				tPlain = append(tPlain, d)
			}
		}
	}
	for r := 0; r < rounds; r++ {
		timed(true)
		timed(false)
	}
	gs, _ := Graphs(exe)
	// The first run with graphs on sees the key, the second captures, the
	// others replay — unless other device memory was freed meanwhile (a
	// finalizer), which moves the results: a miss and a capture more.
	if runs := gs.Replays + gs.Captures + gs.Misses; runs != rounds*perRound || gs.Captures < 1 || gs.Replays < runs/2 || gs.Failures != 0 {
		t.Errorf("graph counters %+v: want %d runs, mostly replays, no failure", gs, rounds*perRound)
	}
	mp, mg := median(tPlain), median(tGraph)
	t.Logf("%d steps (%d kernels): step by step %v per run, graph %v per run (median of %d each): %.2fx; graphs %+v",
		st.Steps, st.Kernels, mp, mg, len(tPlain), float64(mp)/float64(mg), gs)
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
