package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln"
	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/tensor"
)

func init() {
	var model, backend string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Build a small graph and run a shipped tiny model end to end on the default backend",
		Long: `demo shows kiln's pipeline end to end: it builds softmax(x W + b) with the frontend, prints
the IR, compiles and runs it on the backend; then it loads a real Hugging Face checkpoint (a
tiny random-weight Qwen2, testdata/models/qwen2-tiny, embedded in the binary so that demo
runs from any directory; --model picks another), runs its forward pass on a prompt of token ids
and prints the most likely next tokens.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), cmd.OutOrStdout(), model, backend)
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "model directory or Hub repo id (default: the embedded qwen2-tiny)")
	cmd.Flags().StringVar(&backend, "backend", "", "backend name (default: the best available)")
	addCommand(cmd)
}

func runDemo(ctx context.Context, w io.Writer, model, backend string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	var b backends.Backend
	var err error
	if backend == "" {
		b, err = auto.DefaultBackend(noticeLogger(os.Stderr))
	} else {
		b, err = backends.Get(backend)
	}
	if err != nil {
		return err
	}

	// 1. A graph built with the frontend.
	f, err := frontend.Build("demo", func(g *frontend.Graph) error {
		x := g.Param("x", ir.Float32, 2, 3)
		wt := g.Param("w", ir.Float32, 3, 4)
		bias := g.Param("b", ir.Float32, 4)
		g.Return(frontend.Out("probs", x.MatMul(wt).Add(bias).Softmax(-1)))
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== IR of softmax(x W + b)\n%s\n", f)
	exe, err := b.Compile(f, compileOptions())
	if err != nil {
		return err
	}
	mk := func(shape ir.Shape, v ...float32) (backends.Buffer, error) {
		t, err := tensor.FromFloat32(shape, v)
		if err != nil {
			return nil, err
		}
		return b.Upload(t)
	}
	var args []backends.Buffer
	for _, a := range []struct {
		s ir.Shape
		v []float32
	}{
		{ir.Shape{2, 3}, []float32{1, 2, 3, -1, 0, 1}},
		{ir.Shape{3, 4}, []float32{0.1, 0.2, 0.3, 0.4, 0, -0.1, 0.2, 0, 0.5, 0, 0, -0.5}},
		{ir.Shape{4}, []float32{0, 0.1, -0.1, 0}},
	} {
		buf, err := mk(a.s, a.v...)
		if err != nil {
			return err
		}
		defer buf.Free()
		args = append(args, buf)
	}
	res, err := exe.Run(args, backends.RunOptions{})
	if err != nil {
		return err
	}
	probs, err := res[0].Download()
	res[0].Free()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== ran on backend %q: probs = %v\n\n", b.Name(), probs.Float32s())

	// 2. A Hugging Face checkpoint.
	label := model
	if model == "" {
		label = "testdata/models/qwen2-tiny, embedded"

		dir, err := os.MkdirTemp("", "kiln-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := os.CopyFS(dir, kiln.DemoModel()); err != nil {
			return fmt.Errorf("demo: unpacking the embedded model: %w", err)
		}
		model = dir
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: b.Name(), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	prompt := []int64{799, 948, 139, 580, 143}
	ids, err := tensor.FromInt64(ir.Int64, ir.Shape{1, len(prompt)}, prompt)
	if err != nil {
		return err
	}
	out, err := m.Forward(ctx, models.Spec{Batch: 1, Seq: len(prompt)}, map[string]*tensor.Tensor{models.InputIDs: ids})
	if err != nil {
		return err
	}
	logits := out[models.OutputLogits]
	v := logits.Shape[2]
	last := logits.Float64s()[(len(prompt)-1)*v:]
	top := topK(last, 5)
	fmt.Fprintf(w, "== %s (%s) on %q\nprompt ids %v\nnext-token top 5: ", m.Model().Arch(), label, b.Name(), prompt)
	for _, i := range top {
		fmt.Fprintf(w, "%d (%.4f)  ", i, last[i])
	}
	fmt.Fprintln(w)
	return nil
}

// topK returns the indices of the k largest values, largest first.
func topK(xs []float64, k int) []int {
	var idx []int
	for i := range xs {
		idx = append(idx, i)
		for j := len(idx) - 1; j > 0 && xs[idx[j]] > xs[idx[j-1]]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
		if len(idx) > k {
			idx = idx[:k]
		}
	}
	return idx
}
