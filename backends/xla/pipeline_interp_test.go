package xla

import (
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// pipelineOnInterp runs xla's pass pipeline and then the interpreter:
// the conformance suite on it checks the pipeline's expansions (the quant
// decode over the packed bytes, the exact rounding) without a device.
type pipelineOnInterp struct{ *interp.Backend }

func (pipelineOnInterp) Name() string              { return "xla-pipeline-on-interp" }
func (pipelineOnInterp) Pipeline() passes.Pipeline { return pipeline() }

func (b pipelineOnInterp) Compile(f *ir.Func, opts backends.CompileOptions) (backends.Executable, error) {
	g, err := backends.RunPipeline(pipeline(), f, opts)
	if err != nil {
		return nil, err
	}
	return b.Backend.Compile(g, backends.CompileOptions{})
}

// TestConformanceThroughPipelineOnInterp runs the conformance suite
// through xla's pass pipeline on interp (under a second here): what the
// pipeline's expansions compute (the quant decode over the packed bytes
// and its exact rounding among them) is checked without a device, which
// then only adds XLA's own compilation.
func TestConformanceThroughPipelineOnInterp(t *testing.T) {
	backendtest.Run(t, pipelineOnInterp{interp.New()})
}
