package cpu

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// Options configure Run. The zero value runs the full suite.
type Options struct {
	// Log receives progress lines (nil: discarded).
	Log io.Writer
	// Workloads selects groups: "sgemm", "gpt2", "bert", "compile",
	// "train", "lora-train", "lora-train-llama", "vit", "whisper" (nil: all but
	// lora-train-llama, which writes a 4.6 GiB checkpoint and runs for
	// minutes). An unknown name is an error. The machine's limits are
	// always measured.
	Workloads []string
	// MinTime is the minimum measuring time per figure (default 1s).
	MinTime time.Duration
	// Small shrinks every shape (for tests of the harness itself): the
	// numbers are then not the workloads.
	Small bool
}

// Run measures the suite in this process. Workloads that cannot run (no
// OpenBLAS, say) are reported without their peer, with a note.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.MinTime <= 0 {
		o.MinTime = time.Second
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	be := &llvm.Backend{Profile: true}
	if err := be.Available(); err != nil {
		return nil, fmt.Errorf("the cpu suite needs the llvm backend: %w", err)
	}
	s := &suite{o: o, be: be, rep: &Report{Suite: "cpu", Machine: map[string]any{}, Details: map[string]any{}}}
	steps := []struct {
		name string
		fn   func(context.Context) error
		// optIn: only when named in Workloads.
		optIn bool
	}{{"sgemm", s.sgemm, false}, {"gpt2", s.gpt2, false}, {"bert", s.bert, false}, {"compile", s.compile, false},
		{"train", s.train, false}, {"lora-train", s.loraTrain, false}, {"lora-train-llama", s.loraTrainLlama, true},
		{"vit", s.vit, false}, {"whisper", s.whisper, false}}
	named := map[string]bool{}
	for _, w := range o.Workloads {
		named[w] = true
	}
	var known []string
	for _, st := range steps {
		known = append(known, st.name)
		delete(named, st.name)
	}
	for w := range named {
		return nil, fmt.Errorf("workloads: unknown workload %q (have %s)", w, strings.Join(known, ", "))
	}
	if err := s.machine(); err != nil {
		return nil, err
	}
	want := func(name string, optIn bool) bool {
		if len(o.Workloads) == 0 {
			return !optIn
		}
		return slices.Contains(o.Workloads, name)
	}
	for _, st := range steps {
		if !want(st.name, st.optIn) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := st.fn(ctx); err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
	}
	for _, msg := range s.rep.BrokenLimits() {
		s.logf("warning: limit broken: %s", msg)
	}
	return s.rep, nil
}

type suite struct {
	o        Options
	be       *llvm.Backend
	rep      *Report
	peak, bw float64 // GFLOP/s, GB/s
	// peakRuns are the FMA peak probe's runs (peak is the best).
	peakRuns []map[string]any
}

func (s *suite) logf(format string, args ...any) { fmt.Fprintf(s.o.Log, format+"\n", args...) }

func (s *suite) add(r Result) {
	s.rep.Results = append(s.rep.Results, r)
	if r.PeerValue > 0 {
		s.logf("  %s: %.4g %s, %s %.4g", r.Workload, r.Kiln, r.Unit, r.Peer, r.PeerValue)
		return
	}
	s.logf("  %s: %.4g %s", r.Workload, r.Kiln, r.Unit)
}

func (s *suite) machine() error {
	m := s.rep.Machine
	id := describeCPU()
	m["cpu"] = id.Brand
	m["cpu_vendor"] = id.Vendor
	m["cpu_family"] = id.Family
	m["cpu_model"] = id.Model
	m["cpu_stepping"] = id.Stepping
	m["logical_cpus"] = runtime.NumCPU()
	d, err := llvm.Describe()
	if err != nil {
		return err
	}
	for _, k := range []string{"llc_version", "cpu", "threads"} {
		m["llvm_"+k] = d[k]
	}
	s.logf("measuring the machine's limits")
	p, err := measureFMAPeak(s.o.MinTime / 2)
	if err != nil {
		return err
	}
	s.rep.Results = append(s.rep.Results, Result{Workload: "fma-peak", Unit: "GFLOP/s"})
	s.notePeak(p, "start")
	s.logf("  fma-peak: %.4g GFLOP/s (%s)", s.peak, p.ISA)
	size := s.bwBytes()
	if s.bw, err = llvm.MeasureReadBandwidth(size, 3); err != nil {
		return err
	}
	m["read_bandwidth_gbs"] = s.bw
	s.add(Result{Workload: "read-bandwidth", Unit: "GB/s", Kiln: s.bw, Note: fmt.Sprintf("streaming sum over %d MiB, all threads", size>>20)})
	return nil
}

// notePeak records a run of the FMA peak probe (when: "start", "after
// sgemm", "after train") and, when it is the highest so far (the stricter
// ceiling on a shared machine), makes it the suite's peak: the machine
// record, the fma-peak result and every GFLOP/s result whose limit was the
// previous peak follow it (notes written earlier keep their figures).
func (s *suite) notePeak(p peakProbe, when string) {
	s.peakRuns = append(s.peakRuns, map[string]any{"when": when, "gflops": p.GFLOPS, "isa": p.ISA, "by_isa_gflops": p.ByISA, "threads": p.Threads})
	s.rep.Machine["fma_peak_runs"] = s.peakRuns
	if p.GFLOPS <= s.peak {
		return
	}
	old := s.peak
	s.peak = p.GFLOPS
	m := s.rep.Machine
	m["fma_peak_gflops"] = p.GFLOPS
	m["fma_peak_isa"] = p.ISA
	m["fma_peak_by_isa_gflops"] = p.ByISA
	var ws []string
	for isa, g := range p.ByISA {
		ws = append(ws, fmt.Sprintf("%s %.4g", isa, g))
	}
	sort.Strings(ws)
	note := fmt.Sprintf("fp32 FMAs on %d threads: the best width (%s) of the best probe run (%s; all runs in machine.fma_peak_runs)",
		p.Threads, strings.Join(ws, ", "), when)
	for i := range s.rep.Results {
		r := &s.rep.Results[i]
		switch {
		case r.Workload == "fma-peak":
			r.Kiln, r.Note = p.GFLOPS, note
		case old > 0 && r.Unit == "GFLOP/s" && r.Limit == old && !r.LimitIsBudget:
			*r = r.WithLimit(p.GFLOPS)
		}
	}
}

// bwBytes is the buffer size of the bandwidth microbenchmark.
func (s *suite) bwBytes() int {
	if s.o.Small {
		return 64 << 20
	}
	return 512 << 20
}

// timeIt runs fn at least twice and for at least min, and returns the
// median duration.
func timeIt(min time.Duration, fn func() error) (time.Duration, error) {
	var ds []time.Duration
	start := time.Now()
	for len(ds) < 3 || (time.Since(start) < min && len(ds) < 1000) {
		t := time.Now()
		if err := fn(); err != nil {
			return 0, err
		}
		ds = append(ds, time.Since(t))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2], nil
}

// runner compiles f and holds uploaded arguments.
type runner struct {
	exe  backends.Executable
	args []backends.Buffer
}

func (s *suite) prepare(f *ir.Func, gen func(p *ir.Value) (*tensor.Tensor, error)) (*runner, error) {
	exe, err := s.be.Compile(f, backends.CompileOptions{})
	if err != nil {
		return nil, err
	}
	r := &runner{exe: exe}
	for _, p := range f.Params {
		t, err := gen(p)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p.Name, err)
		}
		b, err := s.be.Upload(t)
		if err != nil {
			return nil, err
		}
		r.args = append(r.args, b)
	}
	return r, nil
}

func (r *runner) run() error {
	res, err := r.exe.Run(r.args, backends.RunOptions{})
	for _, b := range res {
		b.Free()
	}
	return err
}

// profile is where r's time went (after its runs): the share of each
// kind of kernel (op, and GEMM layout for dot_general), then the top
// individual kernels.
func (r *runner) profile(top int) map[string][]string {
	prof := llvm.Profile(r.exe)
	byKind := map[string]float64{}
	var out []string
	for i, p := range prof {
		if i < top {
			out = append(out, fmt.Sprintf("%5.1f%% %s", 100*p.Share, p.Value))
		}
		byKind[kernelKind(p.Value)] += p.Share
	}
	var kinds []string
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return byKind[kinds[i]] > byKind[kinds[j]] })
	var ks []string
	for _, k := range kinds {
		ks = append(ks, fmt.Sprintf("%5.1f%% %s", 100*byKind[k], k))
	}
	return map[string][]string{"by_kind": ks, "top_kernels": out}
}

// kernelKind turns "%12 = dot_general f32[..] gemm-nn M=.." into
// "dot_general gemm-nn", "%3 = exp f32[..]" into "exp".
func kernelKind(v string) string {
	f := strings.Fields(v)
	if len(f) < 3 || f[1] != "=" {
		return v
	}
	kind := f[2]
	if len(f) > 4 && kind == "dot_general" {
		kind += " " + f[4]
	}
	return kind
}

// decodeStep returns a step that runs r as a generation loop does: the
// past key/value caches are donated and the present ones become the next
// step's past.
func (r *runner) decodeStep(f *ir.Func) (func() error, error) {
	sig := r.exe.Signature()
	param := map[string]int{}
	for i, n := range sig.ParamNames {
		param[n] = i
	}
	type pair struct{ past, present int }
	var pairs []pair
	var donate []int
	for j, n := range sig.ResultNames {
		var l int
		var kind string
		if c, _ := fmt.Sscanf(n, "present.%d.%s", &l, &kind); c != 2 {
			continue
		}
		past := models.PastKey(l)
		if kind == "value" {
			past = models.PastValue(l)
		}
		i, ok := param[past]
		if !ok {
			return nil, fmt.Errorf("result %s has no parameter %s", n, past)
		}
		pairs = append(pairs, pair{i, j})
		donate = append(donate, i)
	}
	return func() error {
		res, err := r.exe.Run(r.args, backends.RunOptions{Donate: donate})
		if err != nil {
			return err
		}
		fed := map[int]bool{}
		for _, p := range pairs {
			r.args[p.past] = res[p.present]
			fed[p.present] = true
		}
		for j, b := range res {
			if !fed[j] {
				b.Free()
			}
		}
		return nil
	}, nil
}

func (r *runner) free() {
	for _, b := range r.args {
		b.Free()
	}
}

// normals is a table of standard normal draws; random tensors read it at
// random offsets (fast enough for hundreds of millions of weights).
var normals = func() []float32 {
	r := rand.New(rand.NewSource(1))
	t := make([]float32, 1<<16)
	for i := range t {
		t[i] = float32(r.NormFloat64())
	}
	return t
}()

// randomFloat32 is a float32 tensor of normal values times scale.
func randomFloat32(r *rand.Rand, shape ir.Shape, scale float32) *tensor.Tensor {
	n := shape.NumElements()
	vals := make([]float32, n)
	off := r.Intn(len(normals))
	for i := range vals {
		vals[i] = normals[(off+i*7)&(len(normals)-1)] * scale
	}
	t, err := tensor.FromFloat32(shape, vals)
	if err != nil {
		panic(err)
	}
	return t
}
