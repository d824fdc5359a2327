package train

import (
	"encoding/json"
	"math"
	"os"
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
