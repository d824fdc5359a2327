package train

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/internal/pyjson"
)

// plateauJSON is SchedulerFile for reduce_lr_on_plateau: every entry of
// torch's ReduceLROnPlateau.state_dict() under its name (one parameter
// group: min_lrs and _last_lr hold one value), plus the schedule's type
// and the global step it was saved at (last_epoch counts evaluations, not
// steps). best and mode_worse may be infinite: the file is written as
// Python's json.dumps writes it (Infinity), not as strict JSON.
type plateauJSON struct {
	Factor          float64   `json:"factor"`
	MinLRs          []float64 `json:"min_lrs"`
	DefaultMinLR    float64   `json:"default_min_lr"`
	Patience        int       `json:"patience"`
	Cooldown        int       `json:"cooldown"`
	Eps             float64   `json:"eps"`
	LastEpoch       int       `json:"last_epoch"`
	LastLR          []float64 `json:"_last_lr"`
	Mode            string    `json:"mode"`
	Threshold       float64   `json:"threshold"`
	ThresholdMode   string    `json:"threshold_mode"`
	ModeWorse       pyFloat   `json:"mode_worse"`
	Best            pyFloat   `json:"best"`
	CooldownCounter int       `json:"cooldown_counter"`
	NumBadEpochs    int       `json:"num_bad_epochs"`
	Type            string    `json:"lr_scheduler_type"`
	GlobalStep      int       `json:"global_step"`
}

// pyFloat is a float64 that reads a JSON number or, after
// pyjson.QuoteNonFinite, Python's quoted non-finite spellings.
type pyFloat float64

func (f *pyFloat) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		v, ok := pyjson.NonFinite(s)
		if !ok {
			return fmt.Errorf("%q is not a number", s)
		}
		*f = pyFloat(v)
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = pyFloat(v)
	return nil
}

// stateJSON is the plateau's SchedulerFile text at globalStep.
func (p *Plateau) stateJSON(globalStep int) []byte {
	doc := map[string]any{
		"factor": p.Factor, "min_lrs": []any{p.MinLR}, "default_min_lr": p.MinLR, "patience": p.Patience,
		"cooldown": p.Cooldown, "eps": p.Eps, "last_epoch": p.LastEpoch, "_last_lr": []any{p.LR},
		"mode": p.Mode, "threshold": p.Threshold, "threshold_mode": p.ThresholdMode, "mode_worse": p.modeWorse(),
		"best": p.Best, "cooldown_counter": p.CooldownCounter, "num_bad_epochs": p.NumBadEpochs,
		"lr_scheduler_type": string(SchedReduceLROnPlateau), "global_step": globalStep,
	}
	var b bytes.Buffer
	writePyJSON(&b, doc, 0)
	b.WriteByte('\n')
	return b.Bytes()
}

// readPlateauState decodes a reduce_lr_on_plateau SchedulerFile (data,
// read from path) into the scheduler torch's load_state_dict would
// restore, and the global step it was saved at. Errors name the file and
// the entry: an unknown or missing entry, one parameter group's lists of
// another length, values NewPlateau would refuse, negative counters, a
// mode_worse that does not match the mode.
func readPlateauState(path string, data []byte) (*Plateau, int, error) {
	dec := json.NewDecoder(bytes.NewReader(pyjson.QuoteNonFinite(data)))
	dec.DisallowUnknownFields()
	var j plateauJSON
	j.LastEpoch, j.GlobalStep = -1, -1 // missing entries stay detectable
	if err := dec.Decode(&j); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	p := &Plateau{Mode: j.Mode, Factor: j.Factor, Patience: j.Patience, Threshold: j.Threshold,
		ThresholdMode: j.ThresholdMode, Cooldown: j.Cooldown, Eps: j.Eps, Best: float64(j.Best),
		NumBadEpochs: j.NumBadEpochs, CooldownCounter: j.CooldownCounter, LastEpoch: j.LastEpoch}
	bad := func(format string, a ...any) (*Plateau, int, error) {
		return nil, 0, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, a...))
	}
	switch {
	case j.Type != string(SchedReduceLROnPlateau):
		return bad("lr_scheduler_type %q, want %q", j.Type, SchedReduceLROnPlateau)
	case len(j.MinLRs) != 1 || len(j.LastLR) != 1:
		return bad("min_lrs %v and _last_lr %v: want one parameter group's", j.MinLRs, j.LastLR)
	case j.MinLRs[0] != j.DefaultMinLR:
		return bad("min_lrs %v differs from default_min_lr %v", j.MinLRs, j.DefaultMinLR)
	case j.LastEpoch < 0 || j.GlobalStep < 0 || j.NumBadEpochs < 0 || j.CooldownCounter < 0:
		return bad("last_epoch %d, global_step %d, num_bad_epochs %d, cooldown_counter %d: want each set and >= 0",
			j.LastEpoch, j.GlobalStep, j.NumBadEpochs, j.CooldownCounter)
	}
	p.MinLR, p.LR = j.MinLRs[0], j.LastLR[0]
	for _, f := range []struct {
		name string
		v    float64
	}{{"factor", p.Factor}, {"threshold", p.Threshold}, {"eps", p.Eps}, {"min_lrs", p.MinLR}, {"_last_lr", p.LR}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return bad("%s %v is not finite", f.name, f.v)
		}
	}
	if err := p.check(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	if float64(j.ModeWorse) != p.modeWorse() {
		return bad("mode_worse %v does not match mode %q", float64(j.ModeWorse), p.Mode)
	}
	if math.IsNaN(p.Best) {
		return bad("best is NaN")
	}
	return p, j.GlobalStep, nil
}
