//go:build !cgo

package cpu

import (
	"errors"

	"github.com/kiln-ml/kiln/tensor"
)

// errORTNoCgo: onnxruntime_go loads the library through cgo.
var errORTNoCgo = errors.New("ONNX Runtime peer unavailable: kiln was built without cgo (CGO_ENABLED=0)")

// initORT reports that this build cannot load ONNX Runtime.
func initORT() (path, version string, err error) { return "", "", errORTNoCgo }

// ortBertSession is never created in a build without cgo.
type ortBertSession struct{ version string }

// newORTBertSession reports that this build cannot load ONNX Runtime.
func newORTBertSession(modelPath, optimized string, seq, hidden int, pooler bool, threads int, ids, mask, types []int64) (*ortBertSession, error) {
	return nil, errORTNoCgo
}

func (s *ortBertSession) run() error                        { return errORTNoCgo }
func (s *ortBertSession) outputs() (last, pooled []float32) { return nil, nil }
func (s *ortBertSession) close()                            {}

// ortFloatSession is never created in a build without cgo.
type ortFloatSession struct{}

// newORTFloatSession reports that this build cannot load ONNX Runtime.
func newORTFloatSession(modelPath string, threads int, inNames []string, ins []*tensor.Tensor, outNames []string, outShapes [][]int64) (*ortFloatSession, error) {
	return nil, errORTNoCgo
}

func (s *ortFloatSession) run() error             { return errORTNoCgo }
func (s *ortFloatSession) output(i int) []float32 { return nil }
func (s *ortFloatSession) close()                 {}
