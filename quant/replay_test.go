package quant_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// quantReference is a case's reference.json (scripts/quant_fixture.py).
type quantReference struct {
	Case             string    `json:"case"`
	Base             string    `json:"base"`
	QuantizedModules []string  `json:"quantized_modules"`
	InputIDs         [][]int64 `json:"input_ids"`
	Logits           struct {
		Shape       []int       `json:"shape"`
		First256    [][]float64 `json:"first256"`
		Top16IDs    [][]int     `json:"top16_ids"`
		Top16Values [][]float64 `json:"top16_values"`
		LogSumExp   []float64   `json:"logsumexp"`
	} `json:"logits"`
}

// TestQuantFixtures replays testdata/quant (written on the GPU machine by
// scripts/quant_fixture.py from reference packers in numpy/torch): every
// quantized module dequantizes bitwise to the reference's float32 weight,
// and the quantized checkpoint's logits (auto.Load, interp) are within
// 1e-3 of transformers' on the dequantized float model.
func TestQuantFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata", "quant")
	if dir := os.Getenv("KILN_QUANT_FIXTURES"); dir != "" {
		root = dir // a fixture written elsewhere (scripts/quant_fixture.py OUT_DIR)
	}
	entries, err := os.ReadDir(root)
	if os.IsNotExist(err) {
		t.Skip("testdata/quant is absent: run scripts/quant_fixture.py on the GPU machine")
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) { replayQuantCase(t, filepath.Join(root, e.Name())) })
	}
}

// assembleQuantCase reads a testdata/quant case and writes, in a temporary
// directory, the model it describes: its quantized modules over the
// base's other tensors, with its config.json.
func assembleQuantCase(t *testing.T, dir string) (tmp string, ref quantReference) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	// The case holds the quantized modules; the rest is the base's.
	packed, _, err := tensor.ReadSafetensors(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	base, err := weights.Open(filepath.Join("..", filepath.FromSlash(ref.Base)))
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	quantized := map[string]bool{}
	for _, m := range ref.QuantizedModules {
		quantized[m+".weight"] = true
	}
	all := map[string]*tensor.Tensor{}
	for _, n := range base.Names() {
		if !quantized[n] {
			if all[n], err = base.Tensor(n); err != nil {
				t.Fatal(err)
			}
		}
	}
	for n, v := range packed {
		all[n] = v
	}
	tmp = t.TempDir()
	if err := tensor.WriteSafetensorsFile(filepath.Join(tmp, "model.safetensors"), all, nil); err != nil {
		t.Fatal(err)
	}
	cfgJSON, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "config.json"), cfgJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	return tmp, ref
}

func replayQuantCase(t *testing.T, dir string) {
	tmp, ref := assembleQuantCase(t, dir)
	// 1. Dequantized weights, bitwise.
	want, _, err := tensor.ReadSafetensors(filepath.Join(dir, "dequantized.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	qc, err := quant.LoadConfig(tmp)
	if err != nil {
		t.Fatal(err)
	}
	ck, err := weights.Open(tmp)
	if err != nil {
		t.Fatal(err)
	}
	dq, err := quant.Dequantize(ck, qc)
	if err != nil {
		ck.Close()
		t.Fatal(err)
	}
	for n, w := range want {
		if w, err = w.Convert(ir.Float32); err != nil { // stored narrow, exactly
			t.Fatal(err)
		}
		got, err := dq.Tensor(n)
		if err != nil {
			t.Fatal(err)
		}
		if got.DType != ir.Float32 || !got.Shape.Equal(w.Shape) || !bytes.Equal(got.Data, w.Data) {
			g, r := got.Float32s(), w.Float32s()
			for i := range r {
				if i < len(g) && math.Float32bits(g[i]) != math.Float32bits(r[i]) {
					t.Fatalf("%s: %s%v, element %d = %g, the reference dequantizes to %g", n, got.DType, got.Shape, i, g[i], r[i])
				}
			}
			t.Fatalf("%s: %s%v, the reference is %s%v", n, got.DType, got.Shape, w.DType, w.Shape)
		}
	}
	dq.Close()

	// 2. Logits of the quantized checkpoint through the ordinary loader.
	if len(ref.Logits.Shape) == 0 {
		if os.Getenv("KILN_QUANT_WEIGHTS_ONLY") == "1" {
			t.Logf("%s: weights only (quant_fixture.py --weights-only): no logits to check", ref.Case)
			return
		}
		t.Fatalf("%s: reference.json has no logits (written with --weights-only?)", ref.Case)
	}
	m, err := auto.Load(context.Background(), tmp, auto.Options{Backend: "interp", StrictWeights: true})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ids := ref.InputIDs[0]
	in, _ := tensor.FromInt64(ir.Int64, ir.Shape{1, len(ids)}, ids)
	out, err := m.Forward(context.Background(), models.Spec{Batch: 1, Seq: len(ids)}, map[string]*tensor.Tensor{models.InputIDs: in})
	if err != nil {
		t.Fatal(err)
	}
	logits := out[models.OutputLogits].Float64s()
	vocab := ref.Logits.Shape[len(ref.Logits.Shape)-1]
	if len(logits) != len(ids)*vocab {
		t.Fatalf("%d logits, want %d x %d", len(logits), len(ids), vocab)
	}
	const tol = 1e-3
	var worst float64
	var where string
	check := func(got, want float64, what string) {
		if d := math.Abs(got - want); d > worst {
			worst, where = d, what
		}
	}
	for p := range ids {
		row := logits[p*vocab : (p+1)*vocab]
		for j, v := range ref.Logits.First256[p] {
			check(row[j], v, "first256")
		}
		for j, id := range ref.Logits.Top16IDs[p] {
			check(row[id], ref.Logits.Top16Values[p][j], "top16")
		}
		mx := math.Inf(-1)
		for _, v := range row {
			mx = math.Max(mx, v)
		}
		var s float64
		for _, v := range row {
			s += math.Exp(v - mx)
		}
		check(mx+math.Log(s), ref.Logits.LogSumExp[p], "logsumexp")
	}
	if worst > tol {
		t.Fatalf("%s: logits differ from transformers' on the dequantized model by %.3g (%s), tolerance %g", strings.TrimSpace(ref.Case), worst, where, tol)
	}
	t.Logf("%s: max |logit difference| %.3g", ref.Case, worst)
}
