package xla

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestBiasEpilogueLowering: an autocast linear layer with a bias lowers to
// a bf16 dot_general and a bf16 add (the form XLA fuses into cuBLASLt's
// bias epilogue), with no float32 product; a product that another value
// reads is no linear layer's and keeps its float32 add.
func TestBiasEpilogueLowering(t *testing.T) {
	for _, c := range []struct {
		name      string
		extraUse  bool
		wantFused bool
	}{{"fused", false, true}, {"product read twice", true, false}} {
		t.Run(c.name, func(t *testing.T) {
			body := `  %0 = parameter : f32[4,8] "x"
  %1 = parameter : f32[16,8] "w"
  %2 = parameter : f32[16] "b"
  %3 = dot_general %0, %1 {lhs_batch=[], rhs_batch=[], lhs_contract=[1], rhs_contract=[1], out=f32} : f32[4,16] "prod"
  %4 = broadcast_in_dim %2 {shape=[4,16], dims=[1]} : f32[4,16] "bias"
  %5 = add %3, %4 : f32[4,16] "y"
  %6 = tanh %5 : f32[4,16] "act"
`
			ret := "%6"
			if c.extraUse {
				body += "  %7 = mul %3, %3 : f32[4,16] \"sq\"\n"
				ret = "%6, %7"
			}
			f, err := ir.Parse("func @f {\n" + body + "  return " + ret + "\n}\n")
			if err != nil {
				t.Fatal(err)
			}
			if err := passes.Autocast(f, ir.BFloat16); err != nil {
				t.Fatal(err)
			}
			m, err := Emit(f, backends.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			// Each statement's op and its first "-> type" (the
			// dot_general's attributes span several lines).
			var dotF32, dotBF16, addBF16, addF32 bool
			for _, st := range strings.Split(m.Text, `= "stablehlo.`)[1:] {
				res := st[strings.Index(st, "-> ")+3:]
				res = strings.Fields(res)[0]
				switch {
				case strings.HasPrefix(st, "dot_general"):
					dotF32 = dotF32 || res == "tensor<4x16xf32>"
					dotBF16 = dotBF16 || res == "tensor<4x16xbf16>"
				case strings.HasPrefix(st, "add"):
					addBF16 = addBF16 || res == "tensor<4x16xbf16>"
					addF32 = addF32 || res == "tensor<4x16xf32>"
				}
			}
			if c.wantFused && (dotF32 || !dotBF16 || !addBF16) {
				t.Errorf("want a bf16 dot_general and a bf16 add, no f32 product (f32 dot %v, bf16 dot %v, bf16 add %v):\n%s", dotF32, dotBF16, addBF16, m.Text)
			}
			// Autocast does not take a product read twice for a linear
			// layer: its add stays float32, the lowering leaves it alone.
			if !c.wantFused && (!addF32 || addBF16) {
				t.Errorf("a product read twice must keep its float32 add (f32 add %v, bf16 add %v):\n%s", addF32, addBF16, m.Text)
			}
		})
	}
}
