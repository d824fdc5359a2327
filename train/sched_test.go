package train

import (
	"math"
	"strings"
	"testing"
)

// pyLambda is a second, direct transcription of transformers'
// optimization.py lambdas, one Python statement per line, used to check the
// schedules at many steps. kw holds the kwargs with their Python defaults
// filled in.
func pyLambda(typ SchedulerType, cs, nw, nt int, lr float64, kw map[string]float64, warmupType, decayType string) float64 {
	ramp := func() float64 { return float64(cs) / float64(max(1, nw)) }
	pyMax0 := func(x float64) float64 { // max(0.0, x)
		if 0.0 >= x || math.IsNaN(x) {
			return 0.0
		}
		return x
	}
	switch typ {
	case SchedConstant:
		return 1
	case SchedConstantWithWarmup:
		if cs < nw {
			return float64(cs) / math.Max(1.0, float64(nw))
		}
		return 1.0
	case SchedLinear:
		if cs < nw {
			return ramp()
		}
		return pyMax0(float64(nt-cs) / float64(max(1, nt-nw)))
	case SchedCosine, SchedCosineWithMinLR:
		if cs < nw {
			return ramp()
		}
		progress := float64(cs-nw) / float64(max(1, nt-nw))
		factor := 0.5 * (1.0 + math.Cos(math.Pi*kw["num_cycles"]*2.0*progress))
		factor = float64(factor*(1-kw["min_lr_rate"])) + kw["min_lr_rate"]
		return pyMax0(factor)
	case SchedCosineWithRestarts:
		if cs < nw {
			return ramp()
		}
		progress := float64(cs-nw) / float64(max(1, nt-nw))
		if progress >= 1.0 {
			return 0.0
		}
		return pyMax0(0.5 * (1.0 + math.Cos(math.Pi*math.Mod(kw["num_cycles"]*progress, 1.0))))
	case SchedPolynomial:
		if cs < nw {
			return ramp()
		} else if cs > nt {
			return kw["lr_end"] / lr
		}
		lrRange := lr - kw["lr_end"]
		decaySteps := nt - nw
		pct := 1 - float64(cs-nw)/float64(decaySteps)
		decay := float64(lrRange*math.Pow(pct, kw["power"])) + kw["lr_end"]
		return decay / lr
	case SchedInverseSqrt:
		timescale := nw
		if timescale == 0 {
			timescale = 10000
		}
		if cs < nw {
			return ramp()
		}
		shift := timescale - nw
		return 1.0 / math.Sqrt(float64(cs+shift)/float64(timescale))
	case SchedCosineWarmupWithMinLR:
		c, w, t := float64(cs), float64(nw), float64(nt)
		if c < w {
			if _, ok := kw["warmup_lr_rate"]; !ok {
				return (c + 1.) / math.Max(1., w)
			}
			r := kw["warmup_lr_rate"]
			return r + (1.0-r)*(c)/(math.Max(1, w-1))
		}
		progress := (c - w + 1.) / (math.Max(1., t-w))
		factor := 0.5 * (1.0 + math.Cos(math.Pi*kw["num_cycles"]*2.0*progress))
		factor = float64(factor*(1-kw["min_lr_rate"])) + kw["min_lr_rate"]
		return pyMax0(factor)
	case SchedWarmupStableDecay:
		nd := int(kw["num_decay_steps"])
		ns := nt - nw - nd
		if s, ok := kw["num_stable_steps"]; ok {
			ns = int(s)
		}
		m := kw["min_lr_ratio"]
		if cs < nw {
			progress := float64(cs) / float64(max(1, nw))
			factor := map[string]float64{"linear": progress, "cosine": 0.5 * (1.0 - math.Cos(math.Pi*progress)),
				"1-sqrt": 1.0 - math.Sqrt(1.0-progress)}[warmupType]
			return pyMax0(float64(factor*(1.0-m)) + m)
		}
		if cs < nw+ns {
			return 1.0
		}
		if cs < nw+ns+nd {
			progress := float64(cs-nw-ns) / float64(max(1, nd))
			factor := map[string]float64{"linear": 1.0 - progress,
				"cosine": 0.5 * (1.0 + math.Cos(math.Pi*kw["num_cycles"]*2.0*progress)),
				"1-sqrt": 1.0 - math.Sqrt(progress)}[decayType]
			return pyMax0(float64(factor*(1.0-m)) + m)
		}
		return m
	}
	panic("no reference for " + string(typ))
}

// runtimeDiv divides in float64 at run time, as Python does (a Go constant
// expression such as 1e-6 / 1e-4 would be exact, then rounded once).
func runtimeDiv(a, b float64) float64 { return a / b }

// TestScheduleMatchesTranscription runs every buildable schedule with its
// kwargs over many (warmup, total) pairs and every step up to past the end.
func TestScheduleMatchesTranscription(t *testing.T) {
	type variant struct {
		typ        SchedulerType
		kwargs     map[string]any
		pyKw       map[string]float64
		warm, dec  string
		lr         float64
		extraCheck string
	}
	variants := []variant{
		{typ: SchedConstant, lr: 3e-4},
		{typ: SchedConstantWithWarmup, lr: 3e-4},
		{typ: SchedLinear, lr: 5e-5},
		{typ: SchedCosine, lr: 1e-4, pyKw: map[string]float64{"num_cycles": 0.5}},
		{typ: SchedCosine, lr: 1e-4, kwargs: map[string]any{"num_cycles": 1.5}, pyKw: map[string]float64{"num_cycles": 1.5}},
		{typ: SchedCosineWithRestarts, lr: 1e-4, pyKw: map[string]float64{"num_cycles": 1}},
		{typ: SchedCosineWithRestarts, lr: 1e-4, kwargs: map[string]any{"num_cycles": 3}, pyKw: map[string]float64{"num_cycles": 3}},
		{typ: SchedPolynomial, lr: 1e-3, pyKw: map[string]float64{"lr_end": 1e-7, "power": 1.0}},
		{typ: SchedPolynomial, lr: 1e-3, kwargs: map[string]any{"power": 2.5, "lr_end": 1e-5}, pyKw: map[string]float64{"lr_end": 1e-5, "power": 2.5}},
		{typ: SchedInverseSqrt, lr: 1e-3},
		{typ: SchedCosineWithMinLR, lr: 1e-4, kwargs: map[string]any{"min_lr": 1e-6}, pyKw: map[string]float64{"num_cycles": 0.5, "min_lr_rate": runtimeDiv(1e-6, 1e-4)}},
		{typ: SchedCosineWithMinLR, lr: 1e-4, kwargs: map[string]any{"min_lr_rate": 0.1, "num_cycles": 0.75}, pyKw: map[string]float64{"num_cycles": 0.75, "min_lr_rate": 0.1}},
		{typ: SchedCosineWarmupWithMinLR, lr: 1e-4, kwargs: map[string]any{"min_lr_rate": 0.05}, pyKw: map[string]float64{"num_cycles": 0.5, "min_lr_rate": 0.05}},
		{typ: SchedCosineWarmupWithMinLR, lr: 2e-4, kwargs: map[string]any{"min_lr": 4e-6, "warmup_lr_rate": 0.2},
			pyKw: map[string]float64{"num_cycles": 0.5, "min_lr_rate": runtimeDiv(4e-6, 2e-4), "warmup_lr_rate": 0.2}},
		{typ: SchedWarmupStableDecay, lr: 1e-3, kwargs: map[string]any{"num_decay_steps": 5},
			pyKw: map[string]float64{"num_decay_steps": 5, "num_cycles": 0.5}, warm: "linear", dec: "cosine"},
		{typ: SchedWarmupStableDecay, lr: 1e-3, kwargs: map[string]any{"num_decay_steps": 4, "decay_type": "linear", "min_lr_ratio": 0.1},
			pyKw: map[string]float64{"num_decay_steps": 4, "min_lr_ratio": 0.1, "num_cycles": 0.5}, warm: "linear", dec: "linear"},
		{typ: SchedWarmupStableDecay, lr: 1e-3, kwargs: map[string]any{"num_decay_steps": 3, "num_stable_steps": 2, "warmup_type": "cosine", "decay_type": "1-sqrt", "num_cycles": 2},
			pyKw: map[string]float64{"num_decay_steps": 3, "num_stable_steps": 2, "num_cycles": 2}, warm: "cosine", dec: "1-sqrt"},
		{typ: SchedWarmupStableDecay, lr: 1e-3, kwargs: map[string]any{"num_decay_steps": 6, "warmup_type": "1-sqrt"},
			pyKw: map[string]float64{"num_decay_steps": 6, "num_cycles": 0.5}, warm: "1-sqrt", dec: "cosine"},
	}
	checked := 0
	for _, v := range variants {
		for _, nt := range []int{1, 2, 7, 20, 53} {
			for _, nw := range []int{0, 1, 3, nt / 2, nt - 1} {
				if nw < 0 || (v.typ == SchedPolynomial && nw == nt) {
					continue
				}
				s, err := NewSchedule(ScheduleConfig{Type: v.typ, LearningRate: v.lr, WarmupSteps: nw, TrainingSteps: nt, Kwargs: v.kwargs})
				if err != nil {
					t.Fatalf("%s %v warmup %d total %d: %v", v.typ, v.kwargs, nw, nt, err)
				}
				for step := 0; step <= nt+3; step++ {
					want := v.lr * pyLambda(v.typ, step, nw, nt, v.lr, v.pyKw, v.warm, v.dec)
					if got := s.LR(step); got != want {
						t.Fatalf("%s %v warmup %d total %d: LR(%d) = %v, transcription %v", v.typ, v.kwargs, nw, nt, step, got, want)
					}
					checked++
				}
			}
		}
	}
	if checked < 5000 {
		t.Fatalf("only %d points checked", checked)
	}
}

// TestScheduleHandChecked pins points worked out from the formulas by hand.
func TestScheduleHandChecked(t *testing.T) {
	mk := func(typ SchedulerType, lr float64, nw, nt int, kw map[string]any) *Schedule {
		t.Helper()
		s, err := NewSchedule(ScheduleConfig{Type: typ, LearningRate: lr, WarmupSteps: nw, TrainingSteps: nt, Kwargs: kw})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	near := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-15*math.Max(math.Abs(want), 1e-300) && got != want {
			t.Errorf("%s = %.17g, want %.17g", name, got, want)
		}
	}
	lin := mk(SchedLinear, 1e-3, 4, 10, nil)
	near("linear LR(0)", lin.LR(0), 0)
	near("linear LR(2) (half warmup)", lin.LR(2), 0.5e-3)
	near("linear LR(4) (warmup end)", lin.LR(4), 1e-3)
	near("linear LR(7) (half decay)", lin.LR(7), 0.5e-3)
	near("linear LR(10) (end)", lin.LR(10), 0)
	near("linear LR(12) (past end)", lin.LR(12), 0)
	cos := mk(SchedCosine, 1e-3, 0, 10, nil)
	near("cosine LR(0)", cos.LR(0), 1e-3)
	near("cosine LR(5) (half)", cos.LR(5), 0.5e-3)
	near("cosine LR(10) (end)", cos.LR(10), 0)
	rst := mk(SchedCosineWithRestarts, 1e-3, 0, 10, map[string]any{"num_cycles": 2})
	near("restarts LR(5) (restart)", rst.LR(5), 1e-3)
	near("restarts LR(10) (end)", rst.LR(10), 0)
	poly := mk(SchedPolynomial, 1e-3, 0, 10, map[string]any{"lr_end": 1e-4, "power": 2})
	near("polynomial LR(5)", poly.LR(5), 0.9e-3*0.25+1e-4)
	near("polynomial LR(10) (end)", poly.LR(10), 1e-4)
	near("polynomial LR(11) (past end)", poly.LR(11), 1e-4)
	inv := mk(SchedInverseSqrt, 1e-3, 4, 100, nil)
	near("inverse_sqrt LR(4) (warmup end)", inv.LR(4), 1e-3)
	near("inverse_sqrt LR(16) (timescale 4: sqrt(16/4))", inv.LR(16), 0.5e-3)
	inv0 := mk(SchedInverseSqrt, 1e-3, 0, 100, map[string]any{"timescale": 7}) // dropped, as get_scheduler does
	near("inverse_sqrt no warmup LR(30000) (timescale 10000)", inv0.LR(30000), 0.5e-3)
	cw := mk(SchedConstantWithWarmup, 2e-4, 4, 100, nil)
	near("constant_with_warmup LR(1)", cw.LR(1), 0.5e-4)
	near("constant_with_warmup LR(50)", cw.LR(50), 2e-4)
	c := mk(SchedConstant, 2e-4, 4, 100, map[string]any{"anything": 1}) // dropped, as get_scheduler does
	near("constant LR(0)", c.LR(0), 2e-4)
	minlr := mk(SchedCosineWithMinLR, 1e-3, 0, 10, map[string]any{"min_lr": 1e-4})
	near("cosine_with_min_lr LR(10) (end = min_lr)", minlr.LR(10), 1e-4)
	wmin := mk(SchedCosineWarmupWithMinLR, 1e-3, 4, 14, map[string]any{"min_lr_rate": 0.1})
	near("cosine_warmup_with_min_lr LR(3) (last warmup step = lr)", wmin.LR(3), 1e-3)
	near("cosine_warmup_with_min_lr LR(13) (progress 1: min)", wmin.LR(13), 1e-4)
	wsd := mk(SchedWarmupStableDecay, 1e-3, 2, 12, map[string]any{"num_decay_steps": 4, "min_lr_ratio": 0.5, "decay_type": "linear"})
	near("wsd LR(1) (warmup from min ratio)", wsd.LR(1), 0.75e-3)
	near("wsd LR(5) (stable)", wsd.LR(5), 1e-3)
	near("wsd LR(10) (half decay)", wsd.LR(10), 0.75e-3)
	near("wsd LR(12) (after)", wsd.LR(12), 0.5e-3)
	near("linear LoggedLR(5) (update 5 used LR(4))", lin.LoggedLR(5), 1e-3)
	near("linear LoggedLR(1) (update 1 used LR(0))", lin.LoggedLR(1), 0)
	if got := lin.Multiplier(2); got != 0.5 {
		t.Errorf("linear Multiplier(2) = %v, want 0.5", got)
	}
}

func TestScheduleErrors(t *testing.T) {
	cases := []struct {
		cfg  ScheduleConfig
		want []string
	}{
		{ScheduleConfig{Type: "cosine_annealing", LearningRate: 1e-3, TrainingSteps: 10},
			[]string{`"cosine_annealing"`, "linear", "warmup_stable_decay", "cosine_with_min_lr"}},
		{ScheduleConfig{Type: SchedLinear, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"num_cycles": 2}},
			[]string{"linear", `"num_cycles"`, "takes: none"}},
		{ScheduleConfig{Type: SchedCosine, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"power": 2}},
			[]string{`"power"`, "num_cycles"}},
		{ScheduleConfig{Type: SchedCosine, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"last_epoch": 3}},
			[]string{`"last_epoch"`, "resuming"}},
		{ScheduleConfig{Type: SchedCosine, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"num_cycles": "two"}},
			[]string{`"num_cycles"`, "number"}},
		{ScheduleConfig{Type: SchedPolynomial, LearningRate: 1e-8, TrainingSteps: 10}, []string{"lr_end", "smaller than initial lr"}},
		{ScheduleConfig{Type: SchedPolynomial, LearningRate: 1e-3, WarmupSteps: 10, TrainingSteps: 10}, []string{"polynomial", "warmup"}},
		{ScheduleConfig{Type: SchedCosineWithMinLR, LearningRate: 1e-3, TrainingSteps: 10}, []string{"min_lr or min_lr_rate"}},
		{ScheduleConfig{Type: SchedCosineWithMinLR, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"min_lr": 1e-5, "min_lr_rate": 0.1}},
			[]string{"only one of min_lr or min_lr_rate"}},
		{ScheduleConfig{Type: SchedWarmupStableDecay, LearningRate: 1e-3, TrainingSteps: 10}, []string{"num_decay_steps"}},
		{ScheduleConfig{Type: SchedWarmupStableDecay, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"num_decay_steps": 2.5}},
			[]string{"num_decay_steps", "integer"}},
		{ScheduleConfig{Type: SchedWarmupStableDecay, LearningRate: 1e-3, TrainingSteps: 10, Kwargs: map[string]any{"num_decay_steps": 2, "decay_type": "exp"}},
			[]string{"decay_type", `"exp"`}},
		{ScheduleConfig{Type: SchedReduceLROnPlateau, LearningRate: 1e-3, TrainingSteps: 10}, []string{"reduce_lr_on_plateau", "NewPlateau"}},
		{ScheduleConfig{Type: SchedLinear, LearningRate: -1, TrainingSteps: 10}, []string{"learning_rate"}},
		{ScheduleConfig{Type: SchedLinear, LearningRate: 1e-3, WarmupSteps: -1, TrainingSteps: 10}, []string{"warmup"}},
	}
	for _, c := range cases {
		s, err := NewSchedule(c.cfg)
		if err == nil {
			t.Errorf("%+v: built %v, want an error", c.cfg, s.Type())
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%+v: error %q does not mention %q", c.cfg, err, w)
			}
		}
	}
}
