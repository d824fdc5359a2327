package backends

import (
	"fmt"
	"math"
)

// DeviceSampler is an optional Backend interface: it picks the next token
// of every sequence from logits that stay on the device, so that a
// generation loop copies back only the new ids (B int64s, not B x V
// scores). A generation loop uses it for greedy decoding and
// temperature / top-k / top-p sampling with a repetition penalty, and
// keeps its host path for everything else (other processors and warpers,
// beams, scores in the output).
type DeviceSampler interface {
	// SampleLast returns one id per sequence from the last position of
	// logits, (B, V) or (B, T, V) of a float dtype the backend names in
	// its error otherwise. It does not free logits.
	SampleLast(logits Buffer, req SampleRequest) ([]int, error)
}

// SampleRequest is what a DeviceSampler applies to each row, in HF's
// order: the repetition penalty, then greedy arg-max, or temperature,
// top-k, top-p and a draw.
type SampleRequest struct {
	// Greedy: the first index of the largest score (a NaN wins).
	Greedy bool
	// Temperature divides the scores when sampling; 0 or 1: none.
	Temperature float64
	// TopK keeps the k largest scores (ties at the k-th kept); 0: all.
	TopK int
	// TopP keeps the smallest set of largest scores whose probability
	// reaches TopP (ties at the cut kept); 0 or 1: all.
	TopP float64
	// RepetitionPenalty (> 0) divides a positive score, multiplies a
	// negative one, of every id in the row's History; 0 or 1: none.
	RepetitionPenalty float64
	// History holds each row's ids so far (for the penalty); nil or one
	// slice per row. The caller may change it after the call returns: a
	// DeviceSampler does not keep it.
	History [][]int
	// Seed and Step select the draw: the same (Seed, Step, row) gives the
	// same uniform number on every run. A backend's generator need not be
	// the host Sampler's.
	Seed, Step uint64
}

// Validate checks the request against rows sequences.
func (r SampleRequest) Validate(rows int) error {
	switch {
	case r.Temperature < 0 || math.IsNaN(r.Temperature) || math.IsInf(r.Temperature, 0):
		return fmt.Errorf("sample: temperature %g is not a positive number", r.Temperature)
	case r.TopK < 0:
		return fmt.Errorf("sample: top_k %d is negative", r.TopK)
	case r.TopP < 0 || r.TopP > 1 || math.IsNaN(r.TopP):
		return fmt.Errorf("sample: top_p %g is not in [0, 1]", r.TopP)
	case r.RepetitionPenalty < 0 || math.IsNaN(r.RepetitionPenalty) || math.IsInf(r.RepetitionPenalty, 0):
		return fmt.Errorf("sample: repetition_penalty %g is not a positive number", r.RepetitionPenalty)
	case r.History != nil && len(r.History) != rows:
		return fmt.Errorf("sample: history has %d rows, the logits %d", len(r.History), rows)
	}
	return nil
}
