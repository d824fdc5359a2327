package train

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"sort"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// torchFixture is testdata/optim/torch_optim.json, written by
// scripts/optim_fixture.py with torch and transformers.
type torchFixture struct {
	Torch        string                                     `json:"torch"`
	Transformers string                                     `json:"transformers"`
	Shapes       map[string][]int                           `json:"shapes"`
	Decay        []string                                   `json:"decay"`
	LRs          []float64                                  `json:"lrs"`
	Init         map[string]json.RawMessage                 `json:"init"`
	Grads        []map[string]json.RawMessage               `json:"grads"`
	Cases        []torchCase                                `json:"cases"`
	DecayGroups  map[string]struct{ Names, Decay []string } `json:"decay_groups"`
}

type torchCase struct {
	Name        string                                `json:"name"`
	WeightDecay float64                               `json:"weight_decay"`
	MaxGradNorm float64                               `json:"max_grad_norm"`
	Kiln        map[string]any                        `json:"kiln"`
	Params      map[string]json.RawMessage            `json:"params"`
	State       map[string]map[string]json.RawMessage `json:"state"`
	GradNorms   []float64                             `json:"grad_norms"`
}

func loadTorchFixture(t *testing.T) *torchFixture {
	t.Helper()
	raw, err := os.ReadFile("../testdata/optim/torch_optim.json")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("testdata/optim/torch_optim.json not generated yet: run scripts/optim_fixture.py where torch and transformers are installed")
	}
	if err != nil {
		t.Fatal(err)
	}
	var f torchFixture
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	return &f
}

// flat32 decodes a nested JSON list of numbers into float32s, row-major.
func flat32(t *testing.T, raw json.RawMessage) []float32 {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var out []float32
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case float64:
			out = append(out, float32(x))
		default:
			t.Fatalf("fixture value %T", v)
		}
	}
	walk(v)
	return out
}

// configFor turns a fixture case's kiln settings into an OptimizerConfig.
func configFor(t *testing.T, c torchCase) OptimizerConfig {
	t.Helper()
	optim, _ := c.Kiln["optim"].(string)
	name := optim
	if optim == "adam" {
		name = "adamw_torch"
	}
	cfg := mustConfig(t, name, nil)
	if optim == "adam" {
		cfg.Rule = RuleAdam
	}
	cfg.WeightDecay = c.WeightDecay
	num := func(k string, dst *float64) {
		if v, ok := c.Kiln[k].(float64); ok {
			*dst = v
		}
	}
	flag := func(k string, dst *bool) {
		if v, ok := c.Kiln[k].(bool); ok {
			*dst = v
		}
	}
	num("beta2", &cfg.Beta2)
	num("eps", &cfg.Epsilon)
	num("momentum", &cfg.Momentum)
	num("dampening", &cfg.Dampening)
	flag("nesterov", &cfg.Nesterov)
	flag("relative_step", &cfg.RelativeStep)
	flag("scale_parameter", &cfg.ScaleParameter)
	flag("warmup_init", &cfg.WarmupInit)
	if cfg.Rule == RuleAdafactor {
		if _, ok := c.Kiln["beta1"]; ok {
			cfg.HasAdafactorBeta1 = true
			num("beta1", &cfg.AdafactorBeta1)
		}
	} else {
		num("beta1", &cfg.Beta1)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestOptimizersMatchTorch replays the fixture's three steps of every
// optimizer on interp and llvm and compares with what torch computed.
// torch's CPU kernels fuse some multiply-adds (lerp, add with alpha) and
// sum in another order, so the bound is a few float32 ulps on the scale of
// each tensor rather than bit equality (which the host re-implementation
// test checks against torch's operation order).
func TestOptimizersMatchTorch(t *testing.T) {
	fx := loadTorchFixture(t)
	t.Logf("fixture from torch %s, transformers %s", fx.Torch, fx.Transformers)
	names := make([]string, 0, len(fx.Shapes))
	for n := range fx.Shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if want := slices.Contains(fx.Decay, n); Decays(n, nil) != want {
			t.Errorf("fixture parameter %s: Decays = %v, the fixture's group %v", n, !want, want)
		}
	}
	ctx := context.Background()
	for bname, b := range testbackends.CPU(t) {
		for _, c := range fx.Cases {
			t.Run(bname+"/"+c.Name, func(t *testing.T) {
				cfg := configFor(t, c)
				s := session.New[string](b, backends.CompileOptions{})
				defer s.Close()
				var params []OptimParam
				for _, n := range names {
					x, err := tensor.FromFloat32(fx.Shapes[n], flat32(t, fx.Init[n]))
					if err != nil {
						t.Fatal(err)
					}
					if err := s.Upload(n, x); err != nil {
						t.Fatal(err)
					}
					params = append(params, OptimParam{Name: n, Type: ir.Type{DType: ir.Float32, Shape: fx.Shapes[n]}, Decay: slices.Contains(fx.Decay, n)})
				}
				opt, err := NewOptimizer(s, "update", cfg, params, c.MaxGradNorm)
				if err != nil {
					t.Fatal(err)
				}
				for step, lr := range fx.LRs {
					grads := map[string]backends.Buffer{}
					for _, n := range names {
						x, _ := tensor.FromFloat32(fx.Shapes[n], flat32(t, fx.Grads[step][n]))
						if grads[n], err = b.Upload(x); err != nil {
							t.Fatal(err)
						}
					}
					normBuf, err := opt.Step(ctx, grads, lr)
					if err != nil {
						t.Fatal(err)
					}
					if c.MaxGradNorm > 0 {
						nt, err := normBuf.Download()
						if err != nil {
							t.Fatal(err)
						}
						normBuf.Free()
						if got, want := nt.Float32s()[0], float32(c.GradNorms[step]); ulps(got, want) > 4 {
							t.Errorf("step %d grad_norm = %v, torch %v", step+1, got, want)
						}
					}
				}
				tc := optimCase{relTol: 4e-7}
				for _, n := range names {
					compareBuffer(t, s, n, flat32(t, c.Params[n]), tc, len(fx.LRs))
					for _, st := range cfg.States(fx.typeOf(n)) {
						raw, ok := c.State[n][st.Suffix]
						if !ok {
							t.Fatalf("torch has no state %s for %s (has %v)", st.Suffix, n, keys(c.State[n]))
						}
						compareBuffer(t, s, StateName(n, st.Suffix), flat32(t, raw), tc, len(fx.LRs))
					}
					if len(c.State[n]) != len(cfg.States(fx.typeOf(n))) {
						t.Errorf("%s: torch keeps state %v, kiln %v", n, keys(c.State[n]), cfg.States(fx.typeOf(n)))
					}
				}
			})
		}
	}
}

func (f *torchFixture) typeOf(name string) ir.Type {
	return ir.Type{DType: ir.Float32, Shape: f.Shapes[name]}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestDecayGroupsMatchTransformers checks Decays against the groups
// transformers' Trainer built for tiny models of each architecture.
func TestDecayGroupsMatchTransformers(t *testing.T) {
	fx := loadTorchFixture(t)
	if len(fx.DecayGroups) < 3 {
		t.Fatalf("fixture has decay groups for %d architectures", len(fx.DecayGroups))
	}
	for arch, g := range fx.DecayGroups {
		got := DecayParameterNames(g.Names, nil)
		sort.Strings(got)
		// The Trainer asks "name in decay_parameters" of named_parameters;
		// names only a tied module lists (GPT-2's lm_head.weight) never meet it.
		var want []string
		for _, n := range g.Decay {
			if slices.Contains(g.Names, n) {
				want = append(want, n)
			}
		}
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: decay group\n got %q\nwant %q", arch, got, want)
		}
	}
}
