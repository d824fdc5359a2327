package passes

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// TestDecomposeReportsBrokenExpansions: a decomposition that misuses the
// frontend, or builds the wrong type, fails the pass with an error naming
// the op, the model line of the value and (for misuse) the decomposition's
// own line; the function is left unchanged.
func TestDecomposeReportsBrokenExpansions(t *testing.T) {
	tests := []struct {
		name string
		d    decomposer
		want []string
	}{
		{"misuse", func(_ *frontend.Graph, _ *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
			return args[0].Add(args[0].Reshape(6))
		}, []string{"decomposing", "silu", `"model.go":7`, "decompose_internal_test.go:", "f32[2,3]", "f32[6]"}},
		{"wrong type", func(_ *frontend.Graph, _ *ir.Value, args []*frontend.Tensor) *frontend.Tensor {
			return args[0].Sum(0)
		}, []string{"decomposition of silu", "model.go:7", "f32[3]", "want f32[2,3]"}},
	}
	saved := decompositions[ir.OpSilu]
	defer func() { decompositions[ir.OpSilu] = saved }()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := ir.NewFunc("f")
			x := f.Param("x", ir.T(ir.Float32, 2, 3))
			y, err := f.Emit(ir.OpSilu, nil, ir.Pos{File: "model.go", Line: 7}, x)
			if err != nil {
				t.Fatal(err)
			}
			f.SetResults([]*ir.Value{y}, []string{"y"})
			before := f.String()
			decompositions[ir.OpSilu] = tc.d
			err = Decompose(nil)(f)
			if err == nil {
				t.Fatal("broken decomposition accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if f.String() != before {
				t.Errorf("failed pass changed f:\n%s", f)
			}
		})
	}
}
