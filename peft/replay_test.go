package peft_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/internal/testbackends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
)

// peftCase is testdata/peft/<case>/reference.json, written by
// scripts/peft_fixture.py (its doc describes the steps).
type peftCase struct {
	Case     string     `json:"case"`
	Base     string     `json:"base"`
	BaseDir  string     `json:"base_dir"` // the case's own base model, relative to the case
	DType    string     `json:"dtype"`    // the base's dtype: "float32" (or absent) or "bfloat16"
	InputIDs []int64    `json:"input_ids"`
	Adapters []string   `json:"adapters"`
	Steps    []peftStep `json:"steps"`
	Version  string     `json:"peft_version"`
}

type peftStep struct {
	Op          string     `json:"op"`
	Adapter     string     `json:"adapter"`
	Name        string     `json:"name"`
	Adapters    []string   `json:"adapters"`
	Weights     []float64  `json:"weights"`
	Combination string     `json:"combination_type"`
	What        string     `json:"what"`
	Logits      *logitsRef `json:"logits"`
}

// TestPEFTFixtures replays the cases made with Python's peft (Conv1D +
// rsLoRA + rank patterns, DoRA on Linear and Conv1D, several adapters with
// add_weighted_adapter; a bf16 base with float32 adapters; a copy of a
// tied LM head) on interp and llvm, comparing every checked step's logits
// within 1e-4 (float32 cases) or bf16Tol (bf16 cases: torch's CPU bf16
// kernels and kiln's round the same ops, but their accumulations differ,
// so a rounding may land one bf16 step apart). It is skipped until the fixture exists
// (scripts/peft_fixture.py runs where transformers and peft are installed).
func TestPEFTFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata", "peft")
	ents, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("testdata/peft does not exist: make it with scripts/peft_fixture.py")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		ref := filepath.Join(root, e.Name(), "reference.json")
		if _, err := os.Stat(ref); err != nil {
			continue
		}
		var c peftCase
		fixture.ReadJSON(t, ref, &c)
		n++
		for bname, b := range testbackends.CPU(t) {
			t.Run(e.Name()+"/"+bname, func(t *testing.T) { replay(t, filepath.Join(root, e.Name()), c, b) })
		}
	}
	if n == 0 {
		t.Fatalf("%s holds no case (no */reference.json)", root)
	}
}

func replay(t *testing.T, dir string, c peftCase, b backends.Backend) {
	base := fixture.ModelDir(c.Base)
	if c.BaseDir != "" {
		base = filepath.Join(dir, c.BaseDir)
	}
	within, dtype := tol, ir.Float32
	switch c.DType {
	case "", "float32":
	case "bfloat16":
		within, dtype = bf16Tol, ir.BFloat16
	default:
		t.Fatalf("case %s: dtype %q", c.Case, c.DType)
	}
	r, err := models.NewRunner(directlyLoaded(t, base, dtype), fixture.Checkpoint(t, base), b, dtype, models.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	byName := map[string]*peft.Adapter{}
	for _, n := range c.Adapters {
		a, err := peft.Load(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		byName[n] = a
		if err := r.LoadAdapter(n, a); err != nil {
			t.Fatal(err)
		}
	}
	spec := models.Spec{Batch: 1, Seq: len(c.InputIDs)}
	checks := 0
	for i, s := range c.Steps {
		var err error
		switch s.Op {
		case "set":
			err = r.SetActive(s.Adapter)
		case "merge":
			err = r.MergeAdapter(context.Background(), spec, peft.Merge)
		case "unmerge":
			err = r.UnmergeAdapter()
		case "disable":
			err = r.DisableAdapter()
		case "enable":
			err = r.EnableAdapter()
		case "weighted":
			var srcs []*peft.Adapter
			for _, n := range s.Adapters {
				srcs = append(srcs, byName[n])
			}
			var a *peft.Adapter
			if a, err = peft.AddWeighted(s.Name, srcs, s.Weights, s.Combination); err == nil {
				byName[s.Name] = a
				err = r.LoadAdapter(s.Name, a)
			}
		case "check":
			if s.Logits == nil {
				t.Fatalf("step %d (check %s) has no logits", i, s.What)
			}
			compareWithin(t, c.Case+": "+s.What, forward(t, r, c.InputIDs), *s.Logits, within)
			checks++
		default:
			t.Fatalf("step %d: unknown op %q", i, s.Op)
		}
		if err != nil {
			t.Fatalf("step %d (%s %s): %v", i, s.Op, s.Adapter+s.Name, err)
		}
	}
	if checks == 0 {
		t.Fatalf("case %s checks no logits", c.Case)
	}
}

// directlyLoaded is the model of dir as scripts/peft_fixture.py holds it:
// from_pretrained(dtype=...) builds the model in that dtype, so a float32
// case's rotary inv_freq is exact float32, never rounded through the
// checkpoint's stored bf16 (kiln's default, which reproduces a model loaded
// in its stored dtype and upcast with .float(): DecoderConfig.RopeBufferDType,
// docs/models.md). Non-decoder models are built as their config says.
func directlyLoaded(t *testing.T, dir string, dtype ir.DType) models.Model {
	t.Helper()
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	if dc, ok := cfg.(*models.DecoderConfig); ok && dtype == ir.Float32 {
		dc.RopeBufferDType = ir.Float32
	}
	m, err := models.New(cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// bf16Tol is the logits tolerance of the bf16 cases (logits of the tiny
// models are within ±5; a bf16 step there is 1/32 at most).
const bf16Tol = 0.05
