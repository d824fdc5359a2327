package quant

import (
	"encoding/json"
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// writeCheckpoint writes tensors as dir/model.safetensors and returns the
// opened checkpoint.
func writeCheckpoint(t *testing.T, tensors map[string]*tensor.Tensor) *weights.Checkpoint {
	t.Helper()
	dir := t.TempDir()
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), tensors, nil); err != nil {
		t.Fatal(err)
	}
	ck, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ck.Close() })
	return ck
}

// dequantizeAll runs Dequantize and reads every weight of the view.
func dequantizeAll(t *testing.T, cfgJSON string, tensors map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	t.Helper()
	cfg, err := ParseQuantizationConfig([]byte(cfgJSON))
	if err != nil {
		t.Fatalf("config %s: %v", cfgJSON, err)
	}
	ck := writeCheckpoint(t, tensors)
	dq, err := Dequantize(ck, cfg)
	if err != nil {
		return nil, err
	}
	out := map[string]*tensor.Tensor{}
	for _, n := range dq.Names() {
		v, err := dq.Tensor(n)
		if err != nil {
			return nil, err
		}
		ty, _ := dq.Info(n)
		if ty.DType != v.DType || !ty.Shape.Equal(v.Shape) {
			t.Fatalf("%s: Info says %v, Tensor is %s%v", n, ty, v.DType, v.Shape)
		}
		out[n] = v
	}
	return out, nil
}

func wordsT(t *testing.T, shape ir.Shape, w []uint32) *tensor.Tensor {
	t.Helper()
	x, err := WordsTensor(shape, w)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func floatT(t *testing.T, dt ir.DType, shape ir.Shape, v []float64) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromFloat64(dt, shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func intT(t *testing.T, dt ir.DType, shape ir.Shape, v []int64) *tensor.Tensor {
	t.Helper()
	x, err := tensor.FromInt64(dt, shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// randScales returns n positive and negative scales exactly
// representable in dt.
func randScales(t *testing.T, rng *rand.Rand, dt ir.DType, n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = (rng.Float64()*2 - 1) * 0.05
	}
	return floatT(t, dt, ir.Shape{n}, v).Float64s()
}

// roundedProduct is scale*diff computed exactly, then rounded to dt (the
// spec's "float32, then the scales' dtype": the product is exact in
// float64, and float64 -> dt rounds through float32, where it is exact).
func roundedProduct(t *testing.T, dt ir.DType, scale float64, diff int) float32 {
	return floatT(t, dt, ir.Shape{1}, []float64{scale * float64(diff)}).Float32s()[0]
}

func mustEqualFloats(t *testing.T, name string, got *tensor.Tensor, shape ir.Shape, want []float32) {
	t.Helper()
	if got.DType != ir.Float32 || !got.Shape.Equal(shape) {
		t.Fatalf("%s: got %s%v, want float32%v", name, got.DType, got.Shape, shape)
	}
	g := got.Float32s()
	for i := range want {
		if g[i] != want[i] {
			t.Fatalf("%s[%d] (row %d, col %d) = %g, want %g", name, i, i/shape[1], i%shape[1], g[i], want[i])
		}
	}
}

func jsonBytes(t *testing.T, v any) []int64 {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int64, len(b))
	for i, c := range b {
		out[i] = int64(c)
	}
	return out
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewSource(seed)) }
