package generate_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
)

// hostDeviceSampler is interp with a backends.DeviceSampler that
// computes on the downloaded logits what the device contract says
// (greedy arg-max after the repetition penalty; sampling is refused), and
// records every request, so the generate side of device sampling is
// tested without a GPU or a C++ compiler.
type hostDeviceSampler struct {
	*interp.Backend
	reqs []backends.SampleRequest
}

func (*hostDeviceSampler) Name() string { return "interp-device-sampler" }

var deviceSamplerBackend = &hostDeviceSampler{Backend: interp.New()}

func init() { backends.Register(deviceSamplerBackend, -1) }

func (h *hostDeviceSampler) SampleLast(logits backends.Buffer, req backends.SampleRequest) ([]int, error) {
	rec := req
	rec.History = nil
	for _, row := range req.History { // valid during the call only
		rec.History = append(rec.History, append([]int(nil), row...))
	}
	h.reqs = append(h.reqs, rec)
	if !req.Greedy {
		return nil, fmt.Errorf("this fake samples greedily only")
	}
	t, err := logits.Download()
	if err != nil {
		return nil, err
	}
	f, err := t.Convert(ir.Float32)
	if err != nil {
		return nil, err
	}
	sh := t.Shape
	v, per := sh[len(sh)-1], sh.NumElements()/sh[0]
	all := f.Float32s()
	ids := make([]int, sh[0])
	for r := range ids {
		row := append([]float32(nil), all[r*per+per-v:(r+1)*per]...)
		if p := float32(req.RepetitionPenalty); p != 0 && p != 1 {
			for _, id := range req.History[r] {
				if id >= 0 && id < v {
					x := all[r*per+per-v+id]
					if x < 0 {
						row[id] = x * p
					} else {
						row[id] = x / p
					}
				}
			}
		}
		for i, x := range row {
			if x > row[ids[r]] {
				ids[r] = i
			}
		}
	}
	return ids, nil
}

// TestDeviceSamplerUse: generate hands greedy decoding (with a
// repetition penalty too) to a backend's DeviceSampler — one call per new
// token, each with its step and, for the penalty, the rows so far — and
// gets interp's tokens; HostSampling, beams and a processor the device
// does not apply keep the host loop; sampling requests carry the
// warpers.
func TestDeviceSamplerUse(t *testing.T) {
	gd, gi := loadGeneratorOn(t, "llama-tiny", "interp-device-sampler"), loadGeneratorOn(t, "llama-tiny", "interp")
	prompts := [][]int{{1, 15, 27, 3, 9}, {1, 8, 8}}
	ctx := context.Background()
	for _, opts := range [][]generate.Option{
		{generate.MaxNewTokens(5), generate.Greedy()},
		{generate.MaxNewTokens(5), generate.Greedy(), generate.RepetitionPenalty(1.8)},
	} {
		deviceSamplerBackend.reqs = nil
		dev, err := gd.Generate(ctx, prompts, opts...)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := gi.Generate(ctx, prompts, opts...)
		if err != nil {
			t.Fatal(err)
		}
		for r := range prompts {
			if fmt.Sprint(dev.Sequences[r]) != fmt.Sprint(ref.Sequences[r]) {
				t.Errorf("row %d: device sampler %v, host %v", r, dev.Sequences[r], ref.Sequences[r])
			}
		}
		reqs := deviceSamplerBackend.reqs
		if len(reqs) != 5 {
			t.Fatalf("%d device sampler calls for 5 tokens", len(reqs))
		}
		for i, q := range reqs {
			if q.Step != uint64(i) || !q.Greedy {
				t.Errorf("call %d: %+v", i, q)
			}
			if q.RepetitionPenalty > 1 && (len(q.History) != 2 || len(q.History[0]) != 5+i) {
				t.Errorf("call %d: history of %d rows, row 0 of %d ids (want 2, %d)", i, len(q.History), len(q.History[0]), 5+i)
			}
		}
	}
	for name, opts := range map[string][]generate.Option{
		"host sampling": {generate.Greedy(), generate.HostSampling()},
		"no repeat":     {generate.Greedy(), generate.NoRepeatNgramSize(2)},
		"beams":         {generate.Beams(2)},
		"min_p":         {generate.Sample(3), generate.MinP(0.2)},
	} {
		deviceSamplerBackend.reqs = nil
		if _, err := gd.Generate(ctx, prompts, append(opts, generate.MaxNewTokens(3))...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n := len(deviceSamplerBackend.reqs); n != 0 {
			t.Errorf("%s: %d device sampler calls, want the host loop", name, n)
		}
	}
	deviceSamplerBackend.reqs = nil
	_, err := gd.Generate(ctx, prompts, generate.MaxNewTokens(3), generate.Sample(3), generate.Temperature(0.5), generate.TopK(7), generate.TopP(0.9))
	if err == nil {
		t.Fatal("the fake's refusal to sample did not reach the caller")
	}
	if len(deviceSamplerBackend.reqs) != 1 {
		t.Fatalf("%d calls", len(deviceSamplerBackend.reqs))
	}
	want := backends.SampleRequest{Temperature: 0.5, TopK: 7, TopP: float64(0.9), Seed: 3}
	if q := deviceSamplerBackend.reqs[0]; q.Greedy || q.TopK != want.TopK || q.Seed != want.Seed || float32(q.Temperature) != 0.5 || q.TopP != want.TopP {
		t.Errorf("sampling request %+v, want %+v", q, want)
	}
}
