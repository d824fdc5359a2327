package train

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

// hfSchedCase is one case of testdata/sched_hf.json (gen_sched.py): what the
// real HF Trainer did with these TrainingArguments on rows rows.
type hfSchedCase struct {
	Name         string          `json:"name"`
	Args         json.RawMessage `json:"args"`
	Rows         int             `json:"rows"`
	MaxSteps     int             `json:"max_steps"`
	WarmupSteps  int             `json:"warmup_steps"`
	Steps        []int           `json:"steps"`
	LearningRate []float64       `json:"learning_rate"`
	Error        string          `json:"error"`
}

// TestScheduleMatchesHFTrainer replays every case: kiln must reject what
// transformers rejected and otherwise plan the same max_steps and warmup and
// give, for each logged step, the learning_rate the Trainer logged.
func TestScheduleMatchesHFTrainer(t *testing.T) {
	data, err := os.ReadFile("testdata/sched_hf.json")
	if os.IsNotExist(err) {
		t.Skip("testdata/sched_hf.json not generated yet: run testdata/gen_sched.py where transformers is installed")
	}
	if err != nil {
		t.Fatal(err)
	}
	var fixture struct {
		Transformers string        `json:"transformers"`
		Cases        []hfSchedCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &fixture); err != nil {
		t.Fatal(err)
	}
	if len(fixture.Cases) < 20 {
		t.Fatalf("only %d cases in sched_hf.json", len(fixture.Cases))
	}
	worst, points := 0.0, 0
	for _, c := range fixture.Cases {
		s, plan, err := kilnScheduleFor(c)
		if c.Error != "" && strings.Contains(c.Error, "'warmup_ratio'") {
			// transformers 5.17 dropped warmup_ratio (5.0-5.x took it as
			// warmup_steps' ratio, with a deprecation warning); kiln keeps
			// accepting it, as #14 names it: it must plan exactly what the
			// same value under warmup_steps plans.
			checkWarmupRatioAlias(t, c, s, plan, err)
			continue
		}
		if c.Error != "" {
			if err == nil {
				t.Errorf("%s: transformers %s failed (%s); kiln accepted it", c.Name, fixture.Transformers, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		if plan.MaxSteps != c.MaxSteps || plan.WarmupSteps != c.WarmupSteps {
			t.Errorf("%s: kiln plans %d steps, %d warmup; the Trainer %d, %d", c.Name, plan.MaxSteps, plan.WarmupSteps, c.MaxSteps, c.WarmupSteps)
		}
		if len(c.Steps) != c.MaxSteps || len(c.Steps) != len(c.LearningRate) {
			t.Errorf("%s: %d logged steps, %d rates for %d steps", c.Name, len(c.Steps), len(c.LearningRate), c.MaxSteps)
		}
		for i, step := range c.Steps {
			got, want := s.LoggedLR(step), c.LearningRate[i]
			rel := math.Abs(got-want) / math.Max(math.Abs(want), 1e-300)
			if got == want {
				rel = 0
			}
			worst = math.Max(worst, rel)
			points++
			if rel > 1e-12 {
				t.Errorf("%s: step %d: kiln logs %.17g, the Trainer %.17g", c.Name, step, got, want)
			}
		}
	}
	t.Logf("%d logged learning rates from transformers %s; worst relative difference %.3g", points, fixture.Transformers, worst)
}

// checkWarmupRatioAlias compares case c (which sets warmup_ratio), planned
// by kiln as s and plan, with the same case under warmup_steps.
func checkWarmupRatioAlias(t *testing.T, c hfSchedCase, s *Schedule, plan Plan, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: kiln rejects warmup_ratio: %v", c.Name, err)
		return
	}
	var args map[string]any
	if err := json.Unmarshal(c.Args, &args); err != nil {
		t.Fatal(err)
	}
	args["warmup_steps"] = args["warmup_ratio"]
	delete(args, "warmup_ratio")
	alias := c
	alias.Args, _ = json.Marshal(args)
	s2, plan2, err := kilnScheduleFor(alias)
	if err != nil {
		t.Errorf("%s as warmup_steps: %v", c.Name, err)
		return
	}
	if plan != plan2 {
		t.Errorf("%s: warmup_ratio plans %+v, warmup_steps %+v", c.Name, plan, plan2)
	}
	for step := 1; step <= plan.MaxSteps; step++ {
		if a, b := s.LoggedLR(step), s2.LoggedLR(step); a != b {
			t.Errorf("%s: step %d: warmup_ratio gives lr %v, warmup_steps %v", c.Name, step, a, b)
		}
	}
}

func kilnScheduleFor(c hfSchedCase) (*Schedule, Plan, error) {
	args, err := ParseTrainingArguments(c.Args, c.Name)
	if err != nil {
		return nil, Plan{}, err
	}
	plan, err := args.Plan(c.Rows)
	if err != nil {
		return nil, Plan{}, err
	}
	s, err := args.Schedule(plan.MaxSteps)
	return s, plan, err
}
