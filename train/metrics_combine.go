package train

import (
	"fmt"

	"github.com/kiln-ml/kiln/tensor"
)

// CombineMetrics is one ComputeMetrics returning the metrics of every m; a
// name two of them return is an error.
func CombineMetrics(ms ...ComputeMetrics) ComputeMetrics {
	return func(p EvalPrediction) (map[string]float64, error) {
		out := map[string]float64{}
		for _, m := range ms {
			got, err := m(p)
			if err != nil {
				return nil, err
			}
			for k, v := range got {
				if _, dup := out[k]; dup {
					return nil, fmt.Errorf("metric %q is computed twice", k)
				}
				out[k] = v
			}
		}
		return out, nil
	}
}

// ShiftTokens adapts a token metric to a causal language model, as
// transformers' run_clm example's compute_metrics does: the prediction at
// position t is compared with the label at t+1 (predictions[:, :-1] with
// labels[:, 1:]). It needs token labels (N, T) and predictions (N, T) or
// logits (N, T, V).
func ShiftTokens(m ComputeMetrics) ComputeMetrics {
	return func(p EvalPrediction) (map[string]float64, error) {
		if p.Predictions == nil || p.LabelIDs == nil || len(p.LabelIDs.Shape) != 2 || len(p.Predictions.Shape) < 2 ||
			p.Predictions.Shape[0] != p.LabelIDs.Shape[0] || p.Predictions.Shape[1] != p.LabelIDs.Shape[1] {
			return nil, fmt.Errorf("shifted token metric: want (N, T) labels and (N, T[, V]) predictions, got %v and %v", shapeOf(p.LabelIDs), shapeOf(p.Predictions))
		}
		return m(EvalPrediction{Predictions: dropPosition(p.Predictions, true), LabelIDs: dropPosition(p.LabelIDs, false)})
	}
}

// dropPosition removes the last (last) or the first position of dimension
// 1 of x.
func dropPosition(x *tensor.Tensor, last bool) *tensor.Tensor {
	n, t := x.Shape[0], x.Shape[1]
	shape := x.Shape.Clone()
	shape[1] = max(t-1, 0)
	row := len(x.Data) / max(n, 1)
	per := row / max(t, 1) // bytes per position
	out := &tensor.Tensor{DType: x.DType, Shape: shape, Data: make([]byte, 0, n*shape[1]*per)}
	if t == 0 {
		return out
	}
	for r := 0; r < n; r++ {
		src := x.Data[r*row : (r+1)*row]
		if last {
			out.Data = append(out.Data, src[:row-per]...)
		} else {
			out.Data = append(out.Data, src[per:]...)
		}
	}
	return out
}
