package generate

import (
	"github.com/kiln-ml/kiln/backends"
)

// HostSampling makes the call choose tokens on the host even when the
// backend offers a backends.DeviceSampler: the processors and the draw
// run on downloaded logits, and sampling follows the host Sampler's
// stream (see deviceSampling).
func HostSampling() Option { return func(r *Request) { r.hostSampling = true } }

// deviceSampling returns the sampler and request with which greedy
// decoding or sampling runs on the device — the backend's
// backends.DeviceSampler picks each step's ids from the logits where the
// model left them and only the ids are copied back — or nil when the
// host loop must run: the call asked for HostSampling, there is no KV
// cache, the backend has no DeviceSampler, or a processor or warper is
// one the device does not apply. The device applies exactly the
// repetition penalty, then greedy arg-max, or temperature, top-k and
// top-p (keeping at least one token) and a draw; custom processors, the
// other warpers, bad words, minimum lengths, forced tokens, suppression,
// the watermark and renormalisation keep the host loop.
//
// Greedy picks equal the host loop's. Sampled picks do not: the device
// draws from a counter-based generator of (seed, step, row), not the host
// Sampler's PCG stream, so the same seed gives different (equally
// distributed) tokens on the two paths.
func (s *state) deviceSampling() (backends.DeviceSampler, *backends.SampleRequest) {
	if s.req.hostSampling {
		return nil, nil
	}
	if _, ok := s.stepper.(*cachedStepper); !ok {
		return nil, nil
	}
	ds, ok := s.g.Runner.Backend().(backends.DeviceSampler)
	if !ok {
		return nil, nil
	}
	req := &backends.SampleRequest{Greedy: !s.req.DoSample, Seed: s.req.Seed}
	procs := s.procs
	if len(procs) > 0 {
		if p, ok := procs[0].(RepetitionPenaltyProcessor); ok {
			req.RepetitionPenalty = float64(p.Penalty)
			procs = procs[1:]
		}
	}
	// The warpers, each at most once, in Warpers' order.
	stage := 0
	for _, p := range procs {
		switch w := p.(type) {
		case TemperatureWarper:
			if stage > 0 || w.T <= 0 {
				return nil, nil
			}
			req.Temperature, stage = float64(w.T), 1
		case TopKWarper:
			if stage > 1 || w.MinKeep > 1 || w.K <= 0 {
				return nil, nil
			}
			req.TopK, stage = w.K, 2
		case TopPWarper:
			if stage > 2 || w.MinKeep > 1 {
				return nil, nil
			}
			req.TopP, stage = w.P, 3
		default:
			return nil, nil
		}
	}
	if req.Greedy && stage > 0 {
		return nil, nil
	}
	return ds, req
}

// sampleOnDevice makes the cached stepper hand each run's logits to ds
// instead of downloading them; the ids it picks are in st.sampled after
// every prefill and step. seqs is the loop's rows, read at each call for
// the repetition penalty's history.
func sampleOnDevice(st *cachedStepper, ds backends.DeviceSampler, req backends.SampleRequest, seqs [][]int) {
	step := uint64(0)
	st.sampleOn = func(logits backends.Buffer) ([]int, error) {
		r := req
		r.Step = step
		step++
		if r.RepetitionPenalty != 0 && r.RepetitionPenalty != 1 {
			r.History = seqs
		}
		return ds.SampleLast(logits, r)
	}
}
