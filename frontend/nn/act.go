package nn

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// ActFn is an elementwise activation.
type ActFn = func(*frontend.Tensor) *frontend.Tensor

// activations maps Hugging Face ACT2FN names (config.json's hidden_act,
// activation_function, ...) to their definitions in transformers'
// activations.py.
var activations = map[string]ActFn{
	"gelu":              geluExact,
	"gelu_python":       geluExact,
	"gelu_new":          geluTanh, // 0.5x(1+tanh(sqrt(2/pi)(x+0.044715x^3)))
	"gelu_pytorch_tanh": geluTanh,
	"gelu_fast":         geluTanh, // the same formula, factored differently
	"gelu_accurate":     geluTanh,
	"gelu_10":           func(x *frontend.Tensor) *frontend.Tensor { return geluExact(x).Clamp(-10, 10) },
	"quick_gelu":        func(x *frontend.Tensor) *frontend.Tensor { return x.Mul(x.MulScalar(1.702).Sigmoid()) },
	"silu":              func(x *frontend.Tensor) *frontend.Tensor { return x.Silu() },
	"swish":             func(x *frontend.Tensor) *frontend.Tensor { return x.Silu() },
	"relu":              func(x *frontend.Tensor) *frontend.Tensor { return x.Relu() },
	"relu2":             func(x *frontend.Tensor) *frontend.Tensor { return x.Relu().Square() },
	"relu6":             func(x *frontend.Tensor) *frontend.Tensor { return x.Clamp(0, 6) },
	"leaky_relu": func(x *frontend.Tensor) *frontend.Tensor {
		return frontend.Where(x.Ge(x.Scalar(0)), x, x.MulScalar(0.01))
	},
	"tanh":    func(x *frontend.Tensor) *frontend.Tensor { return x.Tanh() },
	"sigmoid": func(x *frontend.Tensor) *frontend.Tensor { return x.Sigmoid() },
	"linear":  func(x *frontend.Tensor) *frontend.Tensor { return x },
	"mish":    func(x *frontend.Tensor) *frontend.Tensor { return x.Mul(x.Softplus().Tanh()) },
	// laplace: 0.5 (1 + erf((x - mu) / (sigma sqrt 2))), mu = sqrt(1/2),
	// sigma = sqrt(1/(4 pi)) (MEGA).
	"laplace": func(x *frontend.Tensor) *frontend.Tensor {
		return x.SubScalar(0.707107).DivScalar(0.282095 * math.Sqrt2).Erf().AddScalar(1).MulScalar(0.5)
	},
}

func geluExact(x *frontend.Tensor) *frontend.Tensor { return x.Gelu(ir.GeluExact) }
func geluTanh(x *frontend.Tensor) *frontend.Tensor  { return x.Gelu(ir.GeluTanh) }

// Activation returns the activation Hugging Face calls name (ACT2FN), or
// an error listing the known names.
func Activation(name string) (ActFn, error) {
	if fn, ok := activations[name]; ok {
		return fn, nil
	}
	return nil, fmt.Errorf("unknown activation %q (known: %s)", name, strings.Join(ActivationNames(), ", "))
}

// ActivationNames lists the supported ACT2FN names, sorted.
func ActivationNames() []string {
	out := make([]string, 0, len(activations))
	for n := range activations {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
