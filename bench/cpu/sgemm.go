package cpu

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"time"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// sgemm measures C = A B (float32, row-major) at the sizes, on
// kiln and on each SGEMM peer (OpenBLAS, BLIS, oneDNN) with all threads:
// one result per size and peer, each with kiln's figure and the FMA peak
// (the higher of the probe runs before and after) as its limit. A peer
// that is not installed gets a result without a value whose note says
// how to install it.
func (s *suite) sgemm(ctx context.Context) error {
	sizes := [][3]int{{512, 512, 512}, {1024, 1024, 1024}, {4096, 4096, 1024}} // M, N, K
	names := []string{"sgemm-512", "sgemm-1024", "sgemm-4096x4096x1024"}
	if s.o.Small {
		sizes, names = [][3]int{{96, 80, 64}}, []string{"sgemm-96x80x64"}
	}
	// OpenMP (oneDNN) keeps its thread count and worker team per calling
	// thread: load and call every peer from this one OS thread.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	peers, missing := s.loadSGEMMPeers()
	r := rand.New(rand.NewSource(2))
	var rows []Result
	for i, sz := range sizes {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, n, k := sz[0], sz[1], sz[2]
		s.logf("%s", names[i])
		f := ir.NewFunc("sgemm")
		a := f.Param("a", ir.T(ir.Float32, m, k))
		b := f.Param("b", ir.T(ir.Float32, k, n))
		c, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.Float32}, ir.Pos{}, a, b)
		if err != nil {
			return err
		}
		f.SetResults([]*ir.Value{c}, nil)
		run, err := s.prepare(f, func(p *ir.Value) (*tensor.Tensor, error) { return randomFloat32(r, p.Type.Shape, 1), nil })
		if err != nil {
			return err
		}
		time.Sleep(roundCooldown) // the last peer's worker threads may still spin
		d, err := timeIt(s.o.MinTime, run.run)
		run.free()
		if err != nil {
			return err
		}
		flops := 2 * float64(m) * float64(n) * float64(k)
		kiln := Result{Workload: names[i], Unit: "GFLOP/s", Kiln: flops / d.Seconds() / 1e9}.WithLimit(s.peak)
		A, B, C := make([]float32, m*k), make([]float32, k*n), make([]float32, m*n)
		for j := range A {
			A[j] = normals[j&(len(normals)-1)]
		}
		for j := range B {
			B[j] = normals[(j*3)&(len(normals)-1)]
		}
		for _, p := range peers {
			res := kiln
			// The previous library's worker threads may still spin.
			time.Sleep(roundCooldown)
			// One untimed call: JIT kernels (oneDNN), worker threads.
			callErr := p.sgemm(m, n, k, A, B, C)
			var pd time.Duration
			if callErr == nil {
				pd, callErr = timeIt(s.o.MinTime, func() error { return p.sgemm(m, n, k, A, B, C) })
			}
			if callErr != nil {
				res.Peer, res.Note = p.name, "peer failed: "+callErr.Error()
			} else {
				v := flops / pd.Seconds() / 1e9
				res = res.WithPeer(p.name, v)
				res.Note = p.info
			}
			rows = append(rows, res)
		}
		for _, mp := range missing {
			res := kiln
			res.Peer = mp.name
			res.Note = "peer not measured: " + mp.reason
			rows = append(rows, res)
		}
	}
	s.remeasurePeak()
	for _, r := range rows {
		if r.PeerValue > 0 {
			note := fmt.Sprintf("%s at %.0f%% of the FMA peak", r.Peer, 100*r.PeerValue/s.peak)
			if r.Note != "" {
				note += "; " + r.Note
			}
			r.Note = note
		}
		s.add(r.WithLimit(s.peak))
	}
	return nil
}

// remeasurePeak runs the FMA peak probe again (the machine is shared: a
// neighbour's load during the first run would lower the ceiling); the
// suite keeps the higher figure.
func (s *suite) remeasurePeak() {
	p, err := measureFMAPeak(s.o.MinTime / 4)
	if err != nil {
		s.logf("  fma peak after sgemm: %v", err)
		return
	}
	s.notePeak(p, "after sgemm")
}

// missingPeer is a peer that is not installed: its name, and why it is
// missing with the command that installs it.
type missingPeer struct{ name, reason string }

// loadSGEMMPeers loads every SGEMM peer that is installed and sets it to
// all logical CPUs; it records each one's library (details "sgemm-peers")
// and logs and returns those that are not installed.
func (s *suite) loadSGEMMPeers() (peers []*sgemmPeer, missing []missingPeer) {
	details := map[string]any{}
	for _, l := range sgemmPeerLibraries {
		p, err := l.load()
		if err != nil {
			s.logf("  no %s peer: %v", l.name, err)
			details[l.name] = map[string]any{"missing": err.Error()}
			missing = append(missing, missingPeer{l.name, err.Error()})
			continue
		}
		threads := "library default"
		if p.setThreads != nil {
			p.setThreads(runtime.NumCPU())
			threads = fmt.Sprint(runtime.NumCPU())
		}
		details[l.name] = map[string]any{"library": p.path, "info": p.info, "threads": threads}
		peers = append(peers, p)
	}
	s.rep.Details["sgemm-peers"] = details
	return peers, missing
}
