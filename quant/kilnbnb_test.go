package quant_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/weights"
)

// TestDequantizeKilnBnB4: the bitsandbytes nf4 fixtures (torch-written,
// plain and double-quantized in bfloat16) in kiln's codebook packing.
// Every Linear with in_features a multiple of 64 is packed (12 of 14:
// llama-tiny's down_proj has 176 inputs and stays a float weight), and
// the weight read back from the packed tensors by the op's definition,
// round_to(dtype, code[q] * absmax), equals Dequantize's bit for bit;
// the packed base is about a quarter of its bfloat16 size.
func TestDequantizeKilnBnB4(t *testing.T) {
	for _, c := range []struct {
		dir string
		dt  ir.DType
	}{{"bnb-nf4", ir.Float16}, {"bnb-nf4-dq-bf16", ir.BFloat16}} {
		t.Run(c.dir, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "quant", c.dir)
			data, err := os.ReadFile(filepath.Join(dir, "config.json"))
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := quant.ParseConfigJSON(data, "config.json")
			if err != nil {
				t.Fatal(err)
			}
			open := func() *weights.Checkpoint {
				ck, err := weights.Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				return ck
			}
			dq, err := quant.Dequantize(open(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer dq.Close()
			kc, specs, err := quant.DequantizeKiln(open(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer kc.Close()
			if len(specs) != 12 {
				t.Fatalf("%d packed modules, want 12: %v", len(specs), specs)
			}
			var packedBytes, bf16Bytes int
			for m, s := range specs {
				if strings.Contains(m, "down_proj") || !s.Codebook || s.GroupSize != 64 || s.WeightDType != c.dt {
					t.Fatalf("%s: spec %+v", m, s)
				}
				if _, ok := kc.Info(m + ".weight"); ok {
					t.Fatalf("%s.weight still shown beside the packed tensors", m)
				}
				q := must(kc.Tensor(m + quant.KilnQWeightSuffix))
				am := must(kc.Tensor(m + quant.KilnAbsmaxSuffix))
				code := must(kc.Tensor(m + quant.KilnCodeSuffix))
				want := must(dq.Tensor(m + ".weight"))
				out, in := want.Shape[0], want.Shape[1]
				if !q.Shape.Equal(ir.Shape{out, in / 2}) || !am.Shape.Equal(ir.Shape{out, in / 64}) || am.DType != ir.Float32 {
					t.Fatalf("%s: qweight %v absmax %s%v", m, q.Shape, am.DType, am.Shape)
				}
				ws, as, cs := want.Float32s(), am.Float32s(), code.Float32s()
				for o := 0; o < out; o++ {
					for i := 0; i < in; i++ {
						b := q.Data[o*in/2+i/32*16+i%16]
						if i%32 >= 16 {
							b >>= 4
						}
						w := roundF32(c.dt, cs[b&15]*as[o*(in/64)+i/64])
						if w != ws[o*in+i] {
							t.Fatalf("%s[%d, %d] = %v from the packing, Dequantize gives %v", m, o, i, w, ws[o*in+i])
						}
					}
				}
				packedBytes += len(q.Data) + len(am.Data) + len(code.Data)
				bf16Bytes += 2 * out * in
			}
			if r := float64(packedBytes) / float64(bf16Bytes); r < 0.25 || r > 0.3 {
				t.Errorf("packed base %d bytes = %.3f of bfloat16's %d, want ~0.28 (4 bits + a float32 absmax per 64)", packedBytes, r, bf16Bytes)
			}
			if _, ok := kc.Info("model.layers.0.mlp.down_proj.weight"); !ok {
				t.Errorf("down_proj (176 inputs) should stay a dequantized float weight")
			}
		})
	}
}

func roundF32(d ir.DType, x float32) float32 {
	switch d {
	case ir.Float16:
		return ir.Float16ToFloat32(ir.Float32ToFloat16(x))
	case ir.BFloat16:
		return ir.BFloat16ToFloat32(ir.Float32ToBFloat16(x))
	}
	return x
}
