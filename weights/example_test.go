package weights_test

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/weights"
)

func ExampleOpen() {
	c, err := weights.Open("testdata/qwen2-tiny")
	if err != nil {
		panic(err)
	}
	defer c.Close()
	ty, _ := c.Info("model.embed_tokens.weight")
	fmt.Println(c.Format(), len(c.Names()), ty)
	// A converted, owned copy of one weight; the rest of the file is never read.
	w, err := c.TensorAs("model.norm.weight", ir.BFloat16)
	if err != nil {
		panic(err)
	}
	fmt.Println(w.Type())
	// Output:
	// safetensors 27 f32[1000,64]
	// bf16[64]
}
