package train

import (
	"math"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func i64(t *testing.T, shape ir.Shape, v ...int64) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromInt64(ir.Int64, shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func f32(t *testing.T, shape ir.Shape, v ...float32) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromFloat32(shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// oneHot is (n, k) logits whose largest entry in row i is at ids[i].
func oneHot(t *testing.T, k int, ids ...int64) *tensor.Tensor {
	v := make([]float32, len(ids)*k)
	for i, id := range ids {
		for j := 0; j < k; j++ {
			v[i*k+j] = float32(-j) * 0.25
		}
		v[i*k+int(id)] = 3
	}
	return f32(t, ir.Shape{len(ids), k}, v...)
}

// TestMetricsConfusion compares Accuracy and F1 with hand computations
// from the confusion matrices of two small cases (written down below).
func TestMetricsConfusion(t *testing.T) {
	// Three classes; the last position is ignored (-100).
	//   true\pred  0  1  2
	//   0          2  0  0     F1_0 = 2*2/(2*2+1+0) = 4/5
	//   1          1  1  1     F1_1 = 2*1/(2*1+1+2) = 2/5
	//   2          0  1  2     F1_2 = 2*2/(2*2+1+1) = 2/3
	multiRef := []int64{0, 1, 2, 2, 1, 0, 2, 1, -100}
	multiPred := []int64{0, 2, 2, 1, 1, 0, 2, 0, 1}
	// Binary: TP 3, FP 1, FN 1, TN 2.
	binRef := []int64{1, 0, 1, 1, 0, 0, 1}
	binPred := []int64{1, 1, 0, 1, 0, 0, 1}
	n, b := ir.Shape{len(multiRef)}, ir.Shape{len(binRef)}
	multiIDs := EvalPrediction{Predictions: i64(t, n, multiPred...), LabelIDs: i64(t, n, multiRef...)}
	multiLogits := EvalPrediction{Predictions: oneHot(t, 3, multiPred...), LabelIDs: i64(t, n, multiRef...)}
	bin := EvalPrediction{Predictions: oneHot(t, 2, binPred...), LabelIDs: i64(t, b, binRef...)}
	cases := []struct {
		name   string
		m      ComputeMetrics
		p      EvalPrediction
		key    string
		want   float64
		errHas string
	}{
		{"accuracy ids", Accuracy, multiIDs, "accuracy", 5.0 / 8, ""},
		{"accuracy logits", Accuracy, multiLogits, "accuracy", 5.0 / 8, ""},
		{"micro", F1("micro"), multiLogits, "f1", 10.0 / 16, ""}, // TP 5, FP 3, FN 3
		{"macro", F1("macro"), multiIDs, "f1", (4.0/5 + 2.0/5 + 2.0/3) / 3, ""},
		{"weighted", F1("weighted"), multiIDs, "f1", (4.0/5*2 + 2.0/5*3 + 2.0/3*3) / 8, ""},
		{"binary", F1("binary"), bin, "f1", 6.0 / 8, ""},
		{"binary accuracy", Accuracy, bin, "accuracy", 5.0 / 7, ""},
		{"binary macro", F1("macro"), bin, "f1", (6.0/8 + 4.0/6) / 2, ""}, // class 0: TP 2, FP 1, FN 1
		{"binary on three classes", F1("binary"), multiIDs, "", 0, "3 classes"},
		{"unknown average", F1("samples"), bin, "", 0, `average "samples"`},
		{"binary without class 1", F1("binary"), EvalPrediction{Predictions: i64(t, ir.Shape{2}, 0, 0), LabelIDs: i64(t, ir.Shape{2}, 0, 0)}, "f1", 0, ""},
		{"all ignored", Accuracy, EvalPrediction{Predictions: i64(t, ir.Shape{1}, 0), LabelIDs: i64(t, ir.Shape{1}, -100)}, "", 0, "every label is -100"},
		{"shape mismatch", Accuracy, EvalPrediction{Predictions: i64(t, ir.Shape{2}, 0, 0), LabelIDs: i64(t, ir.Shape{3}, 0, 0, 0)}, "", 0, "do not match"},
		{"float labels", Accuracy, EvalPrediction{Predictions: f32(t, ir.Shape{1}, 0), LabelIDs: f32(t, ir.Shape{1}, 0)}, "", 0, "integer labels"},
	}
	for _, c := range cases {
		got, err := c.m(c.p)
		if c.errHas != "" {
			if err == nil || !strings.Contains(err.Error(), c.errHas) {
				t.Errorf("%s: error %v, want one containing %q", c.name, err, c.errHas)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if v, ok := got[c.key]; !ok || math.Abs(v-c.want) > 1e-15 || len(got) != 1 {
			t.Errorf("%s: got %v, want {%s: %v}", c.name, got, c.key, c.want)
		}
	}
}

// TestMetricsTokens checks token metrics on (N, T, V) logits with padded
// labels, the causal shift of ShiftTokens, argmax's ties and NaN, and
// CombineMetrics.
func TestMetricsTokens(t *testing.T) {
	// Two rows of 3 positions, vocabulary 2; argmax ids per position:
	// row 0: 1 0 1, row 1: 0 0 1.
	logits := f32(t, ir.Shape{2, 3, 2}, 0, 1, 2, 1, -1, 0, 5, 5, 3, 1, float32(math.NaN()), 0)
	labels := i64(t, ir.Shape{2, 3}, 1, 1, 0, 0, 0, -100)
	ids, err := ArgmaxLogits(logits, labels)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids.Int64s(); !equalInts(got, []int64{1, 0, 1, 0, 0, 0}) || !equalShape(ids.Shape, ir.Shape{2, 3}) {
		// Row 1: 5 = 5 ties to the first, NaN is the largest.
		t.Fatalf("argmax %v %v, want [1 0 1 0 0 0] (2,3)", got, ids.Shape)
	}
	// Unshifted: positions (0,0) 1=1, (0,1) 0!=1, (0,2) 1!=0, (1,0) 0=0, (1,1) 0=0: 3/5.
	// Shifted: pred[:, :-1] = [1 0], [0 0]; labels[:, 1:] = [1 0], [0 -100]: 1=1, 0=0, 0=0: 3/3.
	both := CombineMetrics(Accuracy, F1("macro"))
	for _, c := range []struct {
		m    ComputeMetrics
		want map[string]float64
	}{
		{both, map[string]float64{"accuracy": 3.0 / 5, "f1": (2.0/4 + 4.0/6) / 2}}, // class 1: TP 1 FP 1 FN 1; class 0: TP 2 FP 1 FN 1
		{ShiftTokens(both), map[string]float64{"accuracy": 1, "f1": 1}},
	} {
		for _, preds := range []*tensor.Tensor{logits, ids} {
			got, err := c.m(EvalPrediction{Predictions: preds, LabelIDs: labels})
			if err != nil {
				t.Fatal(err)
			}
			for k, w := range c.want {
				if math.Abs(got[k]-w) > 1e-15 || len(got) != len(c.want) {
					t.Errorf("predictions %v: got %v, want %v", preds.Shape, got, c.want)
				}
			}
		}
	}
	if _, err := CombineMetrics(Accuracy, Accuracy)(EvalPrediction{Predictions: ids, LabelIDs: labels}); err == nil || !strings.Contains(err.Error(), `"accuracy" is computed twice`) {
		t.Errorf("duplicate metric: %v", err)
	}
	if _, err := ShiftTokens(Accuracy)(EvalPrediction{Predictions: i64(t, ir.Shape{2}, 0, 0), LabelIDs: i64(t, ir.Shape{2}, 0, 0)}); err == nil {
		t.Error("ShiftTokens accepted (N) labels")
	}
	if _, err := ArgmaxLogits(i64(t, ir.Shape{1, 2}, 0, 1), nil); err == nil {
		t.Error("ArgmaxLogits accepted integer logits")
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestConcatPadded checks the concatenation of batches whose second
// dimensions differ: right-padded with -100 as EvalLoopContainer does, in
// the batches' dtype.
func TestConcatPadded(t *testing.T) {
	a := i64(t, ir.Shape{2, 2}, 1, 2, 3, 4)
	b := i64(t, ir.Shape{1, 3}, 5, 6, 7)
	got, err := concatPadded([]*tensor.Tensor{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{1, 2, -100, 3, 4, -100, 5, 6, 7}; !equalShape(got.Shape, ir.Shape{3, 3}) || !equalInts(got.Int64s(), want) {
		t.Errorf("int64: %v %v, want (3,3) %v", got.Shape, got.Int64s(), want)
	}
	x := f32(t, ir.Shape{1, 1, 2}, 1, 2)
	y := f32(t, ir.Shape{1, 2, 2}, 3, 4, 5, 6)
	got, err = concatPadded([]*tensor.Tensor{x, y})
	if err != nil {
		t.Fatal(err)
	}
	if want := []float32{1, 2, -100, -100, 3, 4, 5, 6}; !equalShape(got.Shape, ir.Shape{2, 2, 2}) || !equalF32(got.Float32s(), want) {
		t.Errorf("float32: %v %v, want (2,2,2) %v", got.Shape, got.Float32s(), want)
	}
	got, err = concatPadded([]*tensor.Tensor{i64(t, ir.Shape{2}, 1, 2), i64(t, ir.Shape{1}, 3)})
	if err != nil || !equalInts(got.Int64s(), []int64{1, 2, 3}) {
		t.Errorf("rank 1: %v, %v", got, err)
	}
	for _, bad := range [][]*tensor.Tensor{{a, x}, {x, f32(t, ir.Shape{1, 1, 3}, 1, 2, 3)}, nil} {
		if _, err := concatPadded(bad); err == nil {
			t.Errorf("concatenated %d mismatched batches", len(bad))
		}
	}
}

func equalF32(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
