package autodiff_test

import (
	"math/rand"
	"testing"

	"github.com/kiln-ml/kiln/autodiff"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

type body = func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor

// unaryCase checks one elementwise unary op on a random shape.
func unaryCase(name string, gen func(r *rand.Rand) float64, f func(x *frontend.Tensor) *frontend.Tensor) fdCase {
	return fdCase{name: name, make: func(r *rand.Rand) ([]input, body) {
		return []input{floatIn(r, "x", gen, dims(r, 1+r.Intn(3))...)},
			func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return f(xs[0]) }
	}}
}

// binaryCase checks one elementwise binary op on two inputs of one shape.
func binaryCase(name string, ga, gb func(r *rand.Rand) float64, f func(a, b *frontend.Tensor) *frontend.Tensor) fdCase {
	return fdCase{name: name, make: func(r *rand.Rand) ([]input, body) {
		d := dims(r, 1+r.Intn(3))
		return []input{floatIn(r, "a", ga, d...), floatIn(r, "b", gb, d...)},
			func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return f(xs[0], xs[1]) }
	}}
}

// awayFromZero draws from [-1.5, -0.5) ∪ [0.5, 1.5), away from kinks.
func awayFromZero(r *rand.Rand) float64 {
	v := positive(r)
	if r.Intn(2) == 0 {
		return -v
	}
	return v
}

func TestElementwiseRules(t *testing.T) {
	runCases(t, []fdCase{
		unaryCase("neg", nil, (*frontend.Tensor).Neg),
		unaryCase("abs", awayFromZero, (*frontend.Tensor).Abs),
		unaryCase("exp", nil, (*frontend.Tensor).Exp),
		unaryCase("log", positive, (*frontend.Tensor).Log),
		unaryCase("log1p", positive, (*frontend.Tensor).Log1p),
		unaryCase("sqrt", positive, (*frontend.Tensor).Sqrt),
		unaryCase("rsqrt", positive, (*frontend.Tensor).Rsqrt),
		unaryCase("tanh", nil, (*frontend.Tensor).Tanh),
		unaryCase("erf", nil, (*frontend.Tensor).Erf),
		unaryCase("sin", nil, (*frontend.Tensor).Sin),
		unaryCase("cos", nil, (*frontend.Tensor).Cos),
		unaryCase("sigmoid", nil, (*frontend.Tensor).Sigmoid),
		// Piecewise-constant ops pass no gradient: d/dx (x + floor(3x)) = 1.
		unaryCase("floor_ceil_round_sign", nil, func(x *frontend.Tensor) *frontend.Tensor {
			s := x.MulScalar(3)
			return x.Add(s.Floor()).Add(s.Ceil()).Add(s.Round()).Add(x.Sign())
		}),
		{name: "convert", float32: true, make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", nil, dims(r, 2)...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].AsType(ir.Float32).AsType(ir.Float64).Mul(xs[0])
			}
		}},
		binaryCase("add", nil, nil, (*frontend.Tensor).Add),
		binaryCase("sub", nil, nil, (*frontend.Tensor).Sub),
		binaryCase("mul", nil, nil, (*frontend.Tensor).Mul),
		binaryCase("div", nil, awayFromZero, (*frontend.Tensor).Div),
		binaryCase("pow", positive, nil, (*frontend.Tensor).Pow),
		binaryCase("max", nil, nil, (*frontend.Tensor).Max),
		binaryCase("min", nil, nil, (*frontend.Tensor).Min),
		binaryCase("remainder", func(r *rand.Rand) float64 { return 4*r.Float64() - 2 }, awayFromZero, (*frontend.Tensor).Remainder),
		binaryCase("select", nil, nil, func(a, b *frontend.Tensor) *frontend.Tensor {
			return frontend.Where(a.Gt(b.MulScalar(0.5)), a.Mul(b), b.Sin())
		}),
		binaryCase("broadcasting", nil, nil, func(a, b *frontend.Tensor) *frontend.Tensor {
			// a row of a against all of b: broadcast_in_dim with size-1 dims.
			return a.SliceAxis(0, 0, 1).Mul(b).Add(a.Sum(0))
		}),
	})
}

func TestShapeRules(t *testing.T) {
	runCases(t, []fdCase{
		{name: "broadcast_in_dim", make: func(r *rand.Rand) ([]input, body) {
			d := dims(r, 2)
			d[0] = 1
			return []input{floatIn(r, "x", nil, d...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				// operand dim 0 (size 1) -> result dim 1 (expanded to 2),
				// dim 1 -> result dim 2; result dim 0 is new.
				return xs[0].BroadcastInDim(ir.Shape{3, 2, d[1]}, 1, 2)
			}
		}},
		{name: "reshape_transpose", make: func(r *rand.Rand) ([]input, body) {
			d := dims(r, 3)
			return []input{floatIn(r, "x", nil, d...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].Transpose(2, 0, 1).Reshape(d[2], d[0]*d[1]).Sin()
			}
		}},
		{name: "slice_strided", make: func(r *rand.Rand) ([]input, body) {
			d := []int{3 + r.Intn(4), 2 + r.Intn(4)}
			return []input{floatIn(r, "x", nil, d...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].Slice(frontend.Range{Start: 1, Stop: d[0], Step: 2}, frontend.R(0, d[1]-1)).Exp()
			}
		}},
		{name: "pad", make: func(r *rand.Rand) ([]input, body) {
			d := dims(r, 2)
			d[1]++
			ins := []input{floatIn(r, "x", nil, d...), floatIn(r, "v", nil)}
			return ins, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				// low/high padding, a crop, and interior padding.
				return g.Emit(ir.OpPad, &ir.PadAttrs{Low: []int{1, -1}, High: []int{2, 1}, Interior: []int{1, r.Intn(2)}}, xs[0], xs[1]).Sin()
			}
		}},
		{name: "concat", make: func(r *rand.Rand) ([]input, body) {
			a, b := dims(r, 2), dims(r, 2)
			b[0] = a[0]
			return []input{floatIn(r, "a", nil, a...), floatIn(r, "b", nil, b...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return frontend.Concat(1, xs[0], xs[1], xs[0]).Tanh()
			}
		}},
		{name: "dynamic_slice_update", make: func(r *rand.Rand) ([]input, body) {
			d := []int{2 + r.Intn(3), 2 + r.Intn(3)}
			// Offsets from 0 to past the end: the ops clamp them.
			ins := []input{floatIn(r, "x", nil, d...), floatIn(r, "u", nil, 2, 1), intIn(r, "i", 0, d[0]+1), intIn(r, "j", 0, d[1]+1)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				x, u, i, j := xs[0], xs[1], xs[2], xs[3]
				return x.DynamicUpdateSlice(u.Exp(), j, i).DynamicSlice([]*frontend.Tensor{i, j}, 2, 2).Mul(x.DynamicSlice([]*frontend.Tensor{j, i}, 2, 1).Sum(1).Unsqueeze(1))
			}
		}},
		{name: "gather_embedding", make: func(r *rand.Rand) ([]input, body) {
			v, e := 2+r.Intn(4), dims(r, 1)[0]
			// Repeated and out-of-range indices: gather clamps, the
			// gradient accumulates at the clamped rows.
			ins := []input{floatIn(r, "w", nil, v, e), intIn(r, "ids", -1, v+2, 2, 3)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].Take(xs[1], 0) }
		}},
		{name: "gather_batched", make: func(r *rand.Rand) ([]input, body) {
			b, n := 1+r.Intn(3), 2+r.Intn(3)
			ins := []input{floatIn(r, "x", nil, b, n), intIn(r, "idx", 0, n, b, 3)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].TakeAlongAxis(xs[1], 1).Sin()
			}
		}},
		{name: "scatter_add", make: func(r *rand.Rand) ([]input, body) {
			n, e := 2+r.Intn(3), 1+r.Intn(3)
			// Out-of-range indices are skipped by scatter_add: no gradient.
			ins := []input{floatIn(r, "x", nil, n, e), intIn(r, "idx", -1, n+2, 4), floatIn(r, "u", nil, 4, e)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].ScatterAdd(xs[1], xs[2].Exp(), 0, 0).Sin()
			}
		}},
	})
}

func TestReduceAndDotRules(t *testing.T) {
	runCases(t, []fdCase{
		{name: "sum", make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", nil, dims(r, 3)...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].Sum(0, 2).Exp() }
		}},
		{name: "max_min", make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", nil, dims(r, 3)...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].ReduceMax(1).Add(xs[0].ReduceMin(1, 2).Unsqueeze(1))
			}
		}},
		{name: "prod", make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", awayFromZero, dims(r, 2)...)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].Prod(1) }
		}},
		{name: "mean_var", make: func(r *rand.Rand) ([]input, body) {
			return []input{floatIn(r, "x", nil, 1+r.Intn(3), 2+r.Intn(3))}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].Var(1).Add(xs[0].Mean(0).Sum(0))
			}
		}},
		{name: "matmul", make: func(r *rand.Rand) ([]input, body) {
			d := dims(r, 3)
			return []input{floatIn(r, "a", nil, d[0], d[1]), floatIn(r, "b", nil, d[1], d[2])}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].MatMul(xs[1]) }
		}},
		{name: "linear_3d", make: func(r *rand.Rand) ([]input, body) {
			// x (B, T, C) @ W (C, N): W's gradient contracts B and T.
			b, t, c, n := 1+r.Intn(2), 1+r.Intn(3), 1+r.Intn(3), 1+r.Intn(3)
			return []input{floatIn(r, "x", nil, b, t, c), floatIn(r, "w", nil, c, n)}, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].DotGeneral(xs[1], frontend.DotDims{LhsContract: []int{2}, RhsContract: []int{0}}).Tanh()
			}
		}},
		{name: "dot_general_batched", make: func(r *rand.Rand) ([]input, body) {
			// lhs (k1, b, m, k2), rhs (k2, n, b, k1): batch b, contract k1 and
			// k2 in an order that is not ascending on the rhs.
			b, m, n, k1, k2 := 1+r.Intn(2), 1+r.Intn(3), 1+r.Intn(3), 1+r.Intn(3), 1+r.Intn(3)
			ins := []input{floatIn(r, "a", nil, k1, b, m, k2), floatIn(r, "b", nil, k2, n, b, k1)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].DotGeneral(xs[1], frontend.DotDims{LhsBatch: []int{1}, RhsBatch: []int{2}, LhsContract: []int{3, 0}, RhsContract: []int{0, 3}})
			}
		}},
	})
}

func TestCompositeRules(t *testing.T) {
	runCases(t, []fdCase{
		unaryCase("softmax", nil, func(x *frontend.Tensor) *frontend.Tensor { return x.Softmax(-1) }),
		unaryCase("log_softmax", nil, func(x *frontend.Tensor) *frontend.Tensor { return x.LogSoftmax(0) }),
		unaryCase("gelu_exact", nil, func(x *frontend.Tensor) *frontend.Tensor { return x.Gelu(ir.GeluExact) }),
		unaryCase("gelu_tanh", nil, func(x *frontend.Tensor) *frontend.Tensor { return x.Gelu(ir.GeluTanh) }),
		unaryCase("silu", nil, (*frontend.Tensor).Silu),
		{name: "layer_norm", make: func(r *rand.Rand) ([]input, body) {
			d := []int{1 + r.Intn(3), 2 + r.Intn(3)}
			ins := []input{floatIn(r, "x", nil, d...), floatIn(r, "w", nil, d[1]), floatIn(r, "b", nil, d[1])}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].LayerNorm(xs[1], xs[2], 1e-5)
			}
		}},
		{name: "layer_norm_2d_weight", make: func(r *rand.Rand) ([]input, body) {
			d := []int{1 + r.Intn(2), 2, 1 + r.Intn(3)}
			ins := []input{floatIn(r, "x", nil, d...), floatIn(r, "w", nil, d[1:]...), floatIn(r, "b", nil, d[1:]...)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return xs[0].LayerNorm(xs[1], xs[2], 1e-5)
			}
		}},
		{name: "rms_norm", make: func(r *rand.Rand) ([]input, body) {
			d := []int{1 + r.Intn(3), 2 + r.Intn(3)}
			ins := []input{floatIn(r, "x", nil, d...), floatIn(r, "w", nil, d[1])}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].RMSNorm(xs[1], 1e-6) }
		}},
		{name: "attention_causal", make: func(r *rand.Rand) ([]input, body) {
			b, h, tq, dh := 1, 2, 2+r.Intn(2), 2
			ins := []input{floatIn(r, "q", nil, b, h, tq, dh), floatIn(r, "k", nil, b, 1, tq, dh), floatIn(r, "v", nil, b, 1, tq, dh)}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return frontend.Attention(xs[0], xs[1], xs[2], frontend.AttentionOptions{Scale: 0.7, Causal: true})
			}
		}},
		{name: "attention_mask_sinks_softcap", make: func(r *rand.Rand) ([]input, body) {
			b, tq := 2, 2+r.Intn(2)
			ins := []input{floatIn(r, "q", nil, b, 2, tq, 2), floatIn(r, "k", nil, b, 2, tq, 2), floatIn(r, "v", nil, b, 2, tq, 3),
				floatIn(r, "sinks", nil, 2), intIn(r, "mask", 0, 2, b, tq)}
			ins[4].vals[0], ins[4].vals[tq] = 1, 1 // every row attends to a key
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				return frontend.Attention(xs[0], xs[1], xs[2], frontend.AttentionOptions{SoftCap: 2, Mask: xs[4], Sinks: xs[3]})
			}
		}},
		// Dropout-like: rng output is a constant for a fixed key.
		{name: "rng_dropout", make: func(r *rand.Rand) ([]input, body) {
			ins := []input{floatIn(r, "x", nil, dims(r, 2)...), intIn(r, "key", 0, 1000)}
			return ins, func(g *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor {
				keep := g.RNG(xs[1], ir.Uniform, ir.Float64, xs[0].Shape()...).Gt(xs[0].FullLike(0.3))
				return frontend.Where(keep, xs[0].DivScalar(0.7), xs[0].FullLike(0)).Exp()
			}
		}},
	})
}

func TestConvRule(t *testing.T) {
	runCases(t, []fdCase{
		{name: "conv1d_strided_padded", make: func(r *rand.Rand) ([]input, body) {
			groups := 1 + r.Intn(2)
			cin, o := groups*(1+r.Intn(2)), groups*(1+r.Intn(2))
			ins := []input{floatIn(r, "x", nil, 1+r.Intn(2), cin, 5+r.Intn(3)), floatIn(r, "w", nil, o, cin/groups, 1+r.Intn(3))}
			a := ir.ConvAttrs{Strides: []int{1 + r.Intn(2)}, PadLow: []int{r.Intn(3) - 1}, PadHigh: []int{r.Intn(3)}, Dilation: []int{1 + r.Intn(2)}, Groups: groups}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].Conv(xs[1], a) }
		}},
		{name: "conv2d", make: func(r *rand.Rand) ([]input, body) {
			ins := []input{floatIn(r, "x", nil, 1, 2, 4+r.Intn(2), 3+r.Intn(3)), floatIn(r, "w", nil, 2, 2, 2, 1+r.Intn(2))}
			a := ir.ConvAttrs{Strides: []int{2, 1 + r.Intn(2)}, PadLow: []int{1, 0}, PadHigh: []int{0, 1}, Dilation: []int{1, 1 + r.Intn(2)}}
			return ins, func(_ *frontend.Graph, xs []*frontend.Tensor) *frontend.Tensor { return xs[0].Conv(xs[1], a) }
		}},
	})
}

// TestWeightGradientLayout checks that the gradient of W in x @ W, with x
// of shape (B, T, C), is emitted in W's layout (x contracted with the
// cotangent over B and T) with no transpose: an optimizer would read a
// transposed gradient along strided columns.
func TestWeightGradientLayout(t *testing.T) {
	f, err := frontend.Build("linear", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 3, 4)
		w := g.Param("w", ir.Float32, 4, 5)
		y := x.DotGeneral(w, frontend.DotDims{LhsContract: []int{2}, RhsContract: []int{0}})
		g.Return(frontend.Out("loss", y.Tanh().Sum(0, 1, 2)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gf, err := autodiff.Grad(f, []string{"w", "x"}, autodiff.Options{Loss: "loss"})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range gf.Values {
		if v.Op == ir.OpTranspose {
			t.Errorf("gradient program has %s", v)
		}
	}
}
