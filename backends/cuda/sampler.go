package cuda

import (
	le "encoding/binary"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// The device sampler (backends.DeviceSampler): samplerSource's kernels,
// one block per sequence, reading the last position's logits where the
// model left them and writing one int64 per sequence, the only bytes
// copied back. The kernels and their guarantees are described in
// sample_kernels.go.

var _ backends.DeviceSampler = (*Backend)(nil)

// sampleLaunch is one launch of the sampler: the kernel for the logits'
// dtype and its packed scalar parameters and history.
type sampleLaunch struct {
	kernel      string
	rows, vocab int
	params      []byte // 16 little-endian int64s (sampleParams)
	history     []byte // rows x histLen int64s, -1 padding
}

// Slots of the parameter block.
const (
	prmRows = iota
	prmPositions
	prmVocab
	prmHistLen
	prmGreedy
	prmTopK
	prmSeed
	prmStep
	prmTemperature // float64 bits
	prmTopP        // float64 bits
	prmPenalty     // float64 bits
	prmSlots       = 16
)

// planSample checks the logits type and req and packs the launch.
func planSample(t ir.Type, req backends.SampleRequest) (*sampleLaunch, error) {
	var kernel string
	switch t.DType {
	case ir.Float32:
		kernel = "k0_sample_f32"
	case ir.Float16:
		kernel = "k1_sample_f16"
	case ir.BFloat16:
		kernel = "k2_sample_bf16"
	default:
		return nil, fmt.Errorf("cuda: sample: logits of dtype %s (want float32, float16 or bfloat16)", t.DType)
	}
	sh := t.Shape
	if len(sh) != 2 && len(sh) != 3 {
		return nil, fmt.Errorf("cuda: sample: logits of shape %v (want (B, V) or (B, T, V))", sh)
	}
	rows, vocab, positions := sh[0], sh[len(sh)-1], 1
	if len(sh) == 3 {
		positions = sh[1]
	}
	if rows == 0 || vocab == 0 || positions == 0 {
		return nil, fmt.Errorf("cuda: sample: logits of shape %v have no scores to choose from", sh)
	}
	if err := req.Validate(rows); err != nil {
		return nil, fmt.Errorf("cuda: %w", err)
	}
	histLen := 0
	if req.RepetitionPenalty != 0 && req.RepetitionPenalty != 1 {
		for _, h := range req.History {
			histLen = max(histLen, len(h))
		}
	}
	l := &sampleLaunch{kernel: kernel, rows: rows, vocab: vocab, params: make([]byte, 8*prmSlots)}
	set := func(i int, v uint64) { le.LittleEndian.PutUint64(l.params[8*i:], v) }
	set(prmRows, uint64(rows))
	set(prmPositions, uint64(positions))
	set(prmVocab, uint64(vocab))
	set(prmHistLen, uint64(histLen))
	if req.Greedy {
		set(prmGreedy, 1)
	}
	if req.TopK < vocab {
		set(prmTopK, uint64(req.TopK))
	}
	set(prmSeed, req.Seed)
	set(prmStep, req.Step)
	orOne := func(x float64) float64 {
		if x == 0 {
			return 1
		}
		return x
	}
	set(prmTemperature, math.Float64bits(orOne(req.Temperature)))
	set(prmTopP, math.Float64bits(orOne(req.TopP)))
	set(prmPenalty, math.Float64bits(orOne(req.RepetitionPenalty)))
	if histLen > 0 {
		l.history = make([]byte, 8*rows*histLen)
		for r := 0; r < rows; r++ {
			for j := 0; j < histLen; j++ {
				id := int64(-1)
				if r < len(req.History) && j < len(req.History[r]) {
					id = int64(req.History[r][j])
				}
				le.LittleEndian.PutUint64(l.history[8*(r*histLen+j):], uint64(id))
			}
		}
	}
	return l, nil
}

// ids decodes the kernel's output.
func (l *sampleLaunch) ids(out []byte) []int {
	ids := make([]int, l.rows)
	for i := range ids {
		ids[i] = int(int64(le.LittleEndian.Uint64(out[8*i:])))
	}
	return ids
}

// samplerProgram is the sampler's module as a program without steps (for
// the module cache and loading).
func samplerProgram() *program {
	return &program{name: "kiln_sample", source: samplerSource, kernels: []string{"k0_sample_f32", "k1_sample_f16", "k2_sample_bf16"}}
}

// SampleLast implements backends.DeviceSampler: the repetition penalty,
// greedy arg-max or temperature / top-k / top-p sampling of the last
// position of each sequence on the device; only the ids are copied back.
// The draw is kiln_uniform(Seed, Step, row), not the host Sampler's PCG
// stream: sampled tokens differ from the host loop's for the same seed
// (greedy ones do not).
func (b *Backend) SampleLast(logits backends.Buffer, req backends.SampleRequest) ([]int, error) {
	rt, err := b.setup()
	if err != nil {
		return nil, err
	}
	lb, ok := logits.(*buffer)
	if !ok || lb.b != b {
		return nil, fmt.Errorf("cuda: sample: the logits are not a buffer of this cuda backend")
	}
	l, err := planSample(lb.t, req)
	if err != nil {
		return nil, err
	}
	lb.mu.Lock()
	defer lb.mu.Unlock()
	if lb.freed {
		return nil, fmt.Errorf("cuda: sample: logits: %w", backends.ErrFreed)
	}
	out := make([]byte, 8*l.rows)
	b.mu.Lock()
	defer b.mu.Unlock()
	err = rt.dev.do(func() error {
		if b.sampler == nil {
			x := &executable{b: b, prog: samplerProgram()}
			if err := x.load(rt, b.cacheDir()); err != nil {
				return err
			}
			b.sampler = x.fns
		}
		var blocks []devPtr
		defer func() {
			for _, p := range blocks {
				_ = rt.mem.release(p)
			}
		}()
		get := func(n int) (devPtr, error) {
			p, err := rt.mem.alloc(n)
			if p != 0 {
				blocks = append(blocks, p)
			}
			return p, err
		}
		prm, err := get(len(l.params))
		if err != nil {
			return err
		}
		hist, err := get(len(l.history))
		if err != nil {
			return err
		}
		scratch, err := get(4 * l.rows * l.vocab)
		if err != nil {
			return err
		}
		ids, err := get(len(out))
		if err != nil {
			return err
		}
		if err := rt.dev.upload(prm, l.params); err != nil {
			return err
		}
		if err := rt.dev.upload(hist, l.history); err != nil {
			return err
		}
		if err := rt.dev.launch(b.sampler[l.kernel], min(l.rows, maxGrid), blockSize, []devPtr{lb.ptr, prm, hist, scratch, ids}); err != nil {
			return err
		}
		return rt.dev.download(out, ids)
	})
	if err != nil {
		return nil, fmt.Errorf("cuda: sample: %w", err)
	}
	return l.ids(out), nil
}
