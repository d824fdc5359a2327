package gpu

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/cuda"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

// kilnNumbers are one model's measurements on a kiln backend.
type kilnNumbers struct {
	Params         int64   `json:"params"`
	LoadS          float64 `json:"load_s"`           // weights read, converted, uploaded
	CompileColdS   float64 `json:"compile_cold_s"`   // first compile of the decode step (PJRT)
	CompileWarmS   float64 `json:"compile_warm_s"`   // same program again: lowering + executable-cache hit
	PrefillTokS    float64 `json:"prefill_tok_s"`    // 1 x PrefillTokens forward, tokens/s
	DecodeTokS     float64 `json:"decode_tok_s"`     // batch 1, greedy, (new-1)/(total-ttft)
	TTFTS          float64 `json:"ttft_s"`           // prompt prefill + first token on the host
	GenTotalS      float64 `json:"generate_total_s"` // prompt + all new tokens
	PeakMemMiB     float64 `json:"peak_device_mem_mib"`
	HostStepS      float64 `json:"host_step_s"`               // per-token host work left in the decode loop
	RunStepS       float64 `json:"run_step_s"`                // per token: the decode executable (synchronous)
	PickStepS      float64 `json:"pick_step_s"`               // per token: argmax on the device and its 8-byte download
	DecodeCompiles int     `json:"timed_generation_compiles"` // 0: one decode executable served every token
	// On the cuda backend, what Run did with CUDA graphs during the timed
	// generation (KILN_CUDA_GRAPHS=0: all zero): runs replaying a graph,
	// graphs captured, runs launched step by step.
	GraphReplays  int `json:"cuda_graph_replays,omitempty"`
	GraphCaptures int `json:"cuda_graph_captures,omitempty"`
	GraphMisses   int `json:"cuda_graph_misses,omitempty"`
}

// measureKiln loads dir on the backend and runs the measurements;
// quantized keeps a quantized checkpoint's Linears packed
// (auto.Options.QuantizedKernels).
func measureKiln(ctx context.Context, dir, backend string, quantized bool, o Options, logf func(string, ...any)) (*kilnNumbers, error) {
	mem := startMemPoll()
	defer mem.stop()
	k := &kilnNumbers{}
	t0 := time.Now()
	m, err := auto.Load(ctx, dir, auto.Options{Backend: backend, DType: ir.BFloat16, QuantizedKernels: quantized})
	if err != nil {
		return nil, err
	}
	defer m.Close()
	capacity := o.PromptTokens + o.NewTokens
	dec := models.Spec{Batch: 1, Seq: 1, Cache: capacity}
	// Program() uploads every weight, then compiles: split the two by
	// timing the compile alone through the backend's Compile.
	ct, hasCT := m.Backend().(interface{ CompileTime() time.Duration })
	var ct0 time.Duration
	if hasCT {
		ct0 = ct.CompileTime()
	}
	p, err := m.Program(ctx, dec)
	if err != nil {
		return nil, err
	}
	k.LoadS = time.Since(t0).Seconds()
	if hasCT {
		k.CompileColdS = (ct.CompileTime() - ct0).Seconds()
		k.LoadS -= k.CompileColdS
	}
	t1 := time.Now()
	if _, err := m.Backend().Compile(p.Func, backends.CompileOptions{}); err != nil {
		return nil, err
	}
	k.CompileWarmS = time.Since(t1).Seconds()
	logf("  loaded in %.1fs, decode step compiled in %.1fs (warm %.3fs)", k.LoadS, k.CompileColdS, k.CompileWarmS)

	// Prefill throughput: a 1 x PrefillTokens forward, logits left on the device.
	pre := models.Spec{Batch: 1, Seq: o.PrefillTokens}
	vocab := m.Config.Common().VocabSize
	ids := make([]int64, o.PrefillTokens)
	for i := range ids {
		ids[i] = int64((i*7919 + 11) % vocab)
	}
	idT, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, o.PrefillTokens}, ids)
	full, err := models.CompleteInputs(m.Model(), pre, map[string]*tensor.Tensor{models.InputIDs: idT})
	if err != nil {
		return nil, err
	}
	bufs := map[string]backends.Buffer{}
	for n, t := range full {
		if bufs[n], err = m.Backend().Upload(t); err != nil {
			return nil, err
		}
	}
	runPrefill := func() error {
		out, err := m.RunBuffers(ctx, pre, bufs, nil)
		for _, b := range out {
			b.Free()
		}
		return err
	}
	for i := 0; i < 2; i++ { // compile + warm up
		if err := runPrefill(); err != nil {
			return nil, err
		}
	}
	const reps = 5
	t2 := time.Now()
	for i := 0; i < reps; i++ {
		if err := runPrefill(); err != nil {
			return nil, err
		}
	}
	k.PrefillTokS = float64(o.PrefillTokens*reps) / time.Since(t2).Seconds()
	for _, b := range bufs {
		b.Free()
	}
	logf("  prefill %d: %.0f tok/s", o.PrefillTokens, k.PrefillTokS)

	// Decode: warm-up generation (compiles the prompt program), then a timed one.
	if _, err := generateGreedy(ctx, m, o, nil); err != nil {
		return nil, err
	}
	before := m.Compiles()
	cb, isCUDA := m.Backend().(*cuda.Backend)
	var gs0 cuda.GraphStats
	if isCUDA {
		gs0 = cb.GraphStats()
	}
	var g genTimes
	if _, err := generateGreedy(ctx, m, o, &g); err != nil {
		return nil, err
	}
	k.DecodeCompiles = m.Compiles() - before
	if isCUDA {
		gs := cb.GraphStats()
		k.GraphReplays, k.GraphCaptures, k.GraphMisses = gs.Replays-gs0.Replays, gs.Captures-gs0.Captures, gs.Misses-gs0.Misses
		off := cb.GraphsOff()
		if off == "" {
			off = "on"
		}
		logf("  cuda graphs (%s) in the timed generation: %d replays, %d captures, %d runs step by step", off, k.GraphReplays, k.GraphCaptures, k.GraphMisses)
		if gs.LastFailure != "" {
			logf("  cuda graphs: %d failed captures, the last: %s", gs.Failures, gs.LastFailure)
		}
	}
	k.TTFTS, k.GenTotalS = g.ttft.Seconds(), g.total.Seconds()
	k.DecodeTokS = float64(o.NewTokens-1) / (g.total - g.ttft).Seconds()
	per := func(d time.Duration) float64 { return d.Seconds() / float64(o.NewTokens-1) }
	k.HostStepS, k.RunStepS, k.PickStepS = per(g.host), per(g.run), per(g.pick)
	k.PeakMemMiB = mem.stop()
	logf("  decode: %.1f tok/s, ttft %.1f ms, per token: model %.0f us, next-inputs+token download %.0f us, other host %.0f us; peak %.0f MiB",
		k.DecodeTokS, 1e3*k.TTFTS, 1e6*k.RunStepS, 1e6*k.PickStepS, 1e6*k.HostStepS, k.PeakMemMiB)
	return k, nil
}

type genTimes struct{ ttft, total, host, run, pick time.Duration }

// nextExe compiles the step between two decode calls, on the device:
// from the (1, seq, V) logits and the cache_position c of the call just
// made it returns the next call's input_ids (the argmax of the last row),
// position_ids and cache_position (c+seq) and attention_mask (slots
// < c+seq+1), so no input crosses the bus between tokens.
func nextExe(b backends.Backend, dt ir.DType, seq, vocab, capacity int) (backends.Executable, error) {
	f := ir.NewFunc(fmt.Sprintf("next_t%d_c%d", seq, capacity))
	x := f.Param("logits", ir.T(dt, 1, seq, vocab))
	c := f.Param("cache_position", ir.T(ir.Int64))
	var err error
	emit := func(op ir.Op, attrs any, args ...*ir.Value) *ir.Value {
		if err != nil {
			return nil
		}
		var v *ir.Value
		v, err = f.Emit(op, attrs, ir.Pos{}, args...)
		return v
	}
	scalar := func(v int64) *ir.Value {
		t, _ := tensor.ScalarInt64(ir.Int64, v)
		k, e := f.Constant(ir.T(ir.Int64), t.Data, ir.Pos{})
		if e != nil && err == nil {
			err = e
		}
		return k
	}
	last := emit(ir.OpSlice, &ir.SliceAttrs{Start: []int{0, seq - 1, 0}, Limit: []int{1, seq, vocab}, Stride: []int{1, 1, 1}}, x)
	row := emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{vocab}}, last)
	tok := emit(ir.OpArgMax, &ir.ArgAttrs{Axis: 0, Out: ir.Int64}, row)
	ids := emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{1, 1}}, tok)
	nc := emit(ir.OpAdd, nil, c, scalar(int64(seq)))
	pos := emit(ir.OpReshape, &ir.ReshapeAttrs{Shape: ir.Shape{1, 1}}, nc)
	lim := emit(ir.OpBroadcastInDim, &ir.BroadcastAttrs{Shape: ir.Shape{1, capacity}, Dims: []int{}}, emit(ir.OpAdd, nil, nc, scalar(1)))
	io, e := f.Iota(ir.T(ir.Int64, 1, capacity), 1, ir.Pos{})
	if e != nil {
		return nil, e
	}
	mask := emit(ir.OpConvert, &ir.ConvertAttrs{To: ir.Int64}, emit(ir.OpCompare, &ir.CompareAttrs{Dir: ir.LT}, io, lim))
	if err != nil {
		return nil, err
	}
	f.SetResults([]*ir.Value{ids, pos, nc, mask}, []string{models.InputIDs, models.InputPositionIDs, models.InputCachePosition, models.InputAttentionMask})
	return b.Compile(f, backends.CompileOptions{})
}

// generateGreedy runs prompt + new tokens with a static KV cache donated
// to every step (one prompt program, one decode program). Between calls
// the next inputs are computed on the device (nextExe); only the 8-byte
// token comes back to the host each step.
func generateGreedy(ctx context.Context, m *auto.Model, o Options, tm *genTimes) ([]int64, error) {
	dec := m.Model().(models.Decoder)
	layers, heads, hd := dec.CacheLayout()
	capacity := o.PromptTokens + o.NewTokens
	b := m.Backend()
	vocab := m.Config.Common().VocabSize
	zero, err := tensor.New(m.DType(), ir.Shape{1, heads, capacity, hd})
	if err != nil {
		return nil, err
	}
	state := map[string]backends.Buffer{} // the next call's inputs
	defer func() {
		for _, c := range state {
			c.Free()
		}
	}()
	var donate []string
	for i := 0; i < layers; i++ {
		for _, n := range []string{models.PastKey(i), models.PastValue(i)} {
			if state[n], err = b.Upload(zero); err != nil {
				return nil, err
			}
			donate = append(donate, n)
		}
	}
	next := map[int]backends.Executable{}
	for _, seq := range []int{o.PromptTokens, 1} {
		if next[seq], err = nextExe(b, m.DType(), seq, vocab, capacity); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	// The prompt's inputs are the only upload.
	p := o.PromptTokens
	ids, pos, mask := make([]int64, p), make([]int64, p), make([]int64, capacity)
	for i := range ids {
		ids[i], pos[i], mask[i] = int64((i*104729+7)%vocab), int64(i), 1
	}
	host := map[string]*tensor.Tensor{}
	host[models.InputIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, p}, ids)
	host[models.InputPositionIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, p}, pos)
	host[models.InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{1, capacity}, mask)
	host[models.InputCachePosition], _ = tensor.ScalarInt64(ir.Int64, 0)
	for n, t := range host {
		if state[n], err = b.Upload(t); err != nil {
			return nil, err
		}
	}
	var toks []int64
	var host0, run, pick time.Duration
	seq := p
	for len(toks) < o.NewTokens {
		h0 := time.Now()
		spec := models.Spec{Batch: 1, Seq: seq, Cache: capacity}
		out, err := m.RunBuffers(ctx, spec, state, donate)
		if err != nil {
			return nil, err
		}
		h1 := time.Now()
		for i := 0; i < layers; i++ {
			state[models.PastKey(i)] = out[models.PresentKey(i)]
			state[models.PastValue(i)] = out[models.PresentValue(i)]
		}
		nx, err := next[seq].Run([]backends.Buffer{out[models.OutputLogits], state[models.InputCachePosition]}, backends.RunOptions{})
		for n, x := range out {
			if !strings.HasPrefix(n, "present.") {
				x.Free()
			}
		}
		if err != nil {
			return nil, err
		}
		for i, n := range []string{models.InputIDs, models.InputPositionIDs, models.InputCachePosition, models.InputAttentionMask} {
			state[n].Free()
			state[n] = nx[i]
		}
		tt, err := state[models.InputIDs].Download()
		if err != nil {
			return nil, err
		}
		h2 := time.Now()
		toks = append(toks, tt.Int64s()[0])
		seq = 1
		if len(toks) == 1 {
			if tm != nil {
				tm.ttft = time.Since(start)
			}
		} else {
			run += h1.Sub(h0)
			pick += h2.Sub(h1)
			host0 += time.Since(h2)
		}
	}
	if tm != nil {
		tm.total = time.Since(start)
		tm.host, tm.run, tm.pick = host0, run, pick
	}
	return toks, nil
}

// memPoll samples nvidia-smi's used memory of GPU 0 every 50 ms and
// reports the peak above the level at the start, in MiB (0 without
// nvidia-smi).
type memPoll struct {
	once sync.Once
	done chan struct{}
	peak float64
	mu   sync.Mutex
}

func gpuMemMiB() (float64, bool) {
	out, err := exec.Command("nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", "-i", "0").Output()
	if err != nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	return v, err == nil
}

func startMemPoll() *memPoll {
	p := &memPoll{done: make(chan struct{})}
	base, ok := gpuMemMiB()
	if !ok {
		close(p.done)
		return p
	}
	go func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-t.C:
				if v, ok := gpuMemMiB(); ok {
					p.mu.Lock()
					p.peak = math.Max(p.peak, v-base)
					p.mu.Unlock()
				}
			}
		}
	}()
	return p
}

func (p *memPoll) stop() float64 {
	p.once.Do(func() {
		select {
		case <-p.done:
		default:
			close(p.done)
		}
	})
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.peak
}

// hostname names the machine for the report.
func hostname() string {
	h, _ := os.Hostname()
	return h
}
