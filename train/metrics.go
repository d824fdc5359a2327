package train

import (
	"fmt"
	"math"
	"sort"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Ready-made ComputeMetrics, as the Hugging Face examples compute them
// with the evaluate library (which calls scikit-learn). Each compares
// predicted ids with label ids position by position, skipping the
// positions whose label is -100 (ignored or padding), as the token
// classification and language-modelling examples do. Predictions are ids
// when they have the labels' shape (ArgmaxLogits already ran) and logits
// otherwise, with one more dimension than the labels: the id is the
// index of the largest logit (the first of equal ones; NaN counts as the
// largest, as torch.argmax).

// ArgmaxLogits is the preprocess_logits_for_metrics of the HF examples:
// logits.argmax(-1), as int64 ids of the logits' shape less its last
// dimension. Keeping ids instead of logits divides the memory an
// evaluation keeps by the vocabulary or label count.
func ArgmaxLogits(logits, _ *tensor.Tensor) (*tensor.Tensor, error) {
	if logits == nil || len(logits.Shape) == 0 {
		return nil, fmt.Errorf("argmax: want logits with a class dimension, got %v", shapeOf(logits))
	}
	if !logits.DType.IsFloat() {
		return nil, fmt.Errorf("argmax: logits are %s, want a float dtype", logits.DType)
	}
	v := logits.Shape[len(logits.Shape)-1]
	if v == 0 {
		return nil, fmt.Errorf("argmax: logits of shape %v have no classes", logits.Shape)
	}
	xs := logits.Float64s()
	ids := make([]int64, len(xs)/v)
	for i := range ids {
		ids[i] = argmax(xs[i*v : (i+1)*v])
	}
	return tensor.FromInt64(ir.Int64, logits.Shape[:len(logits.Shape)-1].Clone(), ids)
}

// argmax is torch.argmax over one row: the first largest value, NaN
// above every number.
func argmax(row []float64) int64 {
	best := 0
	for j, x := range row {
		b := row[best]
		if math.IsNaN(b) {
			break
		}
		if math.IsNaN(x) || x > b {
			best = j
		}
	}
	return int64(best)
}

func shapeOf(x *tensor.Tensor) any {
	if x == nil {
		return "nil"
	}
	return x.Shape
}

// Accuracy is {"accuracy": the fraction of kept positions whose predicted
// id equals the label} (evaluate's accuracy, sklearn's accuracy_score).
func Accuracy(p EvalPrediction) (map[string]float64, error) {
	pred, ref, err := predictedPairs(p)
	if err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	if len(ref) == 0 {
		return nil, fmt.Errorf("accuracy: every label is -100")
	}
	hit := 0
	for i := range ref {
		if pred[i] == ref[i] {
			hit++
		}
	}
	return map[string]float64{"accuracy": float64(hit) / float64(len(ref))}, nil
}

// F1 returns {"f1": ...} as sklearn's f1_score with this average (the
// evaluate library's f1):
//
//   - "binary": the F1 of class 1 (pos_label=1); more than two distinct
//     ids among the labels and predictions is an error, as in sklearn;
//   - "micro": from the true positives, false positives and false
//     negatives summed over every class (for one label per position, the
//     accuracy);
//   - "macro": the unweighted mean of each class's F1, over the classes
//     found in the labels or the predictions;
//   - "weighted": that mean weighted by each class's count among the
//     labels.
//
// A class's F1 is 2·TP / (2·TP + FP + FN); where that is 0/0 it is 0
// (sklearn's zero_division default, without its warning).
func F1(average string) ComputeMetrics {
	return func(p EvalPrediction) (map[string]float64, error) {
		switch average {
		case "binary", "micro", "macro", "weighted":
		default:
			return nil, fmt.Errorf("f1: average %q: want \"binary\", \"micro\", \"macro\" or \"weighted\"", average)
		}
		pred, ref, err := predictedPairs(p)
		if err != nil {
			return nil, fmt.Errorf("f1: %w", err)
		}
		if len(ref) == 0 {
			return nil, fmt.Errorf("f1: every label is -100")
		}
		v, err := f1Score(pred, ref, average)
		if err != nil {
			return nil, fmt.Errorf("f1: %w", err)
		}
		return map[string]float64{"f1": v}, nil
	}
}

// classCounts are one class's true positives, false positives and false
// negatives, and its count among the labels (support).
type classCounts struct{ tp, fp, fn, support int }

func f1Of(c classCounts) float64 {
	d := 2*c.tp + c.fp + c.fn
	if d == 0 {
		return 0
	}
	return float64(2*c.tp) / float64(d)
}

func f1Score(pred, ref []int64, average string) (float64, error) {
	counts := map[int64]*classCounts{}
	get := func(k int64) *classCounts {
		c, ok := counts[k]
		if !ok {
			c = &classCounts{}
			counts[k] = c
		}
		return c
	}
	for i := range ref {
		get(ref[i]).support++
		if pred[i] == ref[i] {
			get(ref[i]).tp++
			continue
		}
		get(pred[i]).fp++
		get(ref[i]).fn++
	}
	classes := make([]int64, 0, len(counts))
	for k := range counts {
		classes = append(classes, k)
	}
	sort.Slice(classes, func(i, j int) bool { return classes[i] < classes[j] })
	switch average {
	case "binary":
		if len(classes) > 2 {
			return 0, fmt.Errorf("average \"binary\" with %d classes %v among the labels and predictions; choose \"micro\", \"macro\" or \"weighted\"", len(classes), classes)
		}
		if c, ok := counts[1]; ok {
			return f1Of(*c), nil
		}
		return 0, nil
	case "micro":
		var sum classCounts
		for _, c := range counts {
			sum.tp += c.tp
			sum.fp += c.fp
			sum.fn += c.fn
		}
		return f1Of(sum), nil
	case "macro":
		var s float64
		for _, k := range classes {
			s += f1Of(*counts[k])
		}
		return s / float64(len(classes)), nil
	default: // weighted
		var s float64
		for _, k := range classes {
			s += f1Of(*counts[k]) * float64(counts[k].support)
		}
		return s / float64(len(ref)), nil
	}
}

// predictedPairs flattens p into predicted ids and label ids at the
// positions whose label is not -100.
func predictedPairs(p EvalPrediction) (pred, ref []int64, err error) {
	if p.Predictions == nil || p.LabelIDs == nil {
		return nil, nil, fmt.Errorf("no predictions or no label ids")
	}
	if !p.LabelIDs.DType.IsInt() {
		return nil, nil, fmt.Errorf("label ids are %s: these metrics compare class ids (integer labels)", p.LabelIDs.DType)
	}
	ids := p.Predictions
	if !equalShape(ids.Shape, p.LabelIDs.Shape) {
		if len(ids.Shape) != len(p.LabelIDs.Shape)+1 || !equalShape(ids.Shape[:len(ids.Shape)-1], p.LabelIDs.Shape) {
			return nil, nil, fmt.Errorf("predictions of shape %v do not match label ids of shape %v (want that shape, or logits with one more dimension)", ids.Shape, p.LabelIDs.Shape)
		}
		if ids, err = ArgmaxLogits(ids, nil); err != nil {
			return nil, nil, err
		}
	}
	var pv []int64
	if ids.DType.IsInt() {
		pv = ids.Int64s()
	} else {
		for _, x := range ids.Float64s() {
			pv = append(pv, int64(x))
		}
	}
	for i, l := range p.LabelIDs.Int64s() {
		if l == evalPadIndex {
			continue
		}
		pred = append(pred, pv[i])
		ref = append(ref, l)
	}
	return pred, ref, nil
}

func equalShape(a, b ir.Shape) bool {
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
