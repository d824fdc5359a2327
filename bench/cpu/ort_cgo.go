//go:build cgo

package cpu

import (
	"errors"
	"fmt"
	"sync"

	ort "github.com/yalue/onnxruntime_go"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// ortEnv is the process's one ONNX Runtime environment (onnxruntime_go
// keeps it in package state): the library it loaded and its version.
var ortEnv struct {
	sync.Mutex
	path, version string
}

// initORT loads ONNX Runtime from the first candidate library that
// works ($KILN_ONNXRUNTIME alone when set) and returns its path and
// version; later calls return the loaded one.
func initORT() (path, version string, err error) {
	ortEnv.Lock()
	defer ortEnv.Unlock()
	if ort.IsInitialized() {
		return ortEnv.path, ortEnv.version, nil
	}
	cands, err := ortLibraryCandidates()
	if err != nil {
		return "", "", err
	}
	var errs []error
	for _, p := range cands {
		ort.SetSharedLibraryPath(p)
		if err := ort.InitializeEnvironment(ort.WithLogLevelError()); err != nil {
			errs = append(errs, err)
			continue
		}
		ortEnv.path, ortEnv.version = p, ort.GetVersion()
		return ortEnv.path, ortEnv.version, nil
	}
	return "", "", fmt.Errorf("ONNX Runtime not found: %s: %w", ortInstallHint(), errors.Join(errs...))
}

// ortBertSession is one BERT session with its input and output tensors
// bound: run executes the model on the inputs given at creation.
type ortBertSession struct {
	sess    *ort.AdvancedSession
	ins     []*ort.Tensor[int64]
	outs    []*ort.Tensor[float32]
	version string
}

// newORTBertSession opens the ONNX model at modelPath on the CPU with
// threads intra-op threads, one inter-op thread and every graph
// optimization (ORT_ENABLE_ALL). ids, mask and types are (1, seq);
// outputs are last_hidden_state (1, seq, hidden) and, when pooler,
// pooler_output (1, hidden). A non-empty optimized is where ONNX Runtime
// saves the graph after its optimizations.
func newORTBertSession(modelPath, optimized string, seq, hidden int, pooler bool, threads int, ids, mask, types []int64) (_ *ortBertSession, err error) {
	_, version, err := initORT()
	if err != nil {
		return nil, err
	}
	s := &ortBertSession{version: version}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	for _, v := range [][]int64{ids, mask, types} {
		t, err := ort.NewTensor(ort.NewShape(1, int64(seq)), v)
		if err != nil {
			return nil, err
		}
		s.ins = append(s.ins, t)
	}
	last, err := ort.NewEmptyTensor[float32](ort.NewShape(1, int64(seq), int64(hidden)))
	if err != nil {
		return nil, err
	}
	s.outs = append(s.outs, last)
	outNames := []string{"last_hidden_state"}
	if pooler {
		p, err := ort.NewEmptyTensor[float32](ort.NewShape(1, int64(hidden)))
		if err != nil {
			return nil, err
		}
		s.outs = append(s.outs, p)
		outNames = append(outNames, "pooler_output")
	}
	opts, err := ortSessionOptions(threads)
	if err != nil {
		return nil, err
	}
	defer opts.Destroy()
	if optimized != "" {
		if err := opts.SetOptimizedModelFilePath(optimized); err != nil {
			return nil, err
		}
	}
	ins := []ort.Value{s.ins[0], s.ins[1], s.ins[2]}
	outs := make([]ort.Value, len(s.outs))
	for i, t := range s.outs {
		outs[i] = t
	}
	s.sess, err = ort.NewAdvancedSession(modelPath, []string{"input_ids", "attention_mask", "token_type_ids"}, outNames, ins, outs, opts)
	if err != nil {
		return nil, fmt.Errorf("onnxruntime session: %w", err)
	}
	return s, nil
}

func (s *ortBertSession) run() error { return s.sess.Run() }

// outputs returns last_hidden_state and pooler_output (nil without a
// pooler) of the last run; the slices alias the session's tensors.
func (s *ortBertSession) outputs() (last, pooled []float32) {
	last = s.outs[0].GetData()
	if len(s.outs) > 1 {
		pooled = s.outs[1].GetData()
	}
	return last, pooled
}

func (s *ortBertSession) close() {
	if s.sess != nil {
		s.sess.Destroy()
	}
	for _, t := range s.ins {
		t.Destroy()
	}
	for _, t := range s.outs {
		t.Destroy()
	}
}

// ortSessionOptions are the options every peer session runs with: threads
// intra-op threads, one inter-op thread, sequential execution and every
// graph optimization (ORT_ENABLE_ALL). The caller destroys them.
func ortSessionOptions(threads int) (*ort.SessionOptions, error) {
	opts, err := ort.NewSessionOptions()
	if err != nil {
		return nil, err
	}
	for _, e := range []error{
		opts.SetIntraOpNumThreads(threads),
		opts.SetInterOpNumThreads(1),
		opts.SetExecutionMode(ort.ExecutionModeSequential),
		opts.SetGraphOptimizationLevel(ort.GraphOptimizationLevelEnableAll),
	} {
		if e != nil {
			opts.Destroy()
			return nil, e
		}
	}
	return opts, nil
}

// ortFloatSession is a session whose inputs and outputs are all float32,
// bound at creation: run executes the model on the inputs given then.
type ortFloatSession struct {
	sess      *ort.AdvancedSession
	ins, outs []*ort.Tensor[float32]
}

// newORTFloatSession opens the ONNX model at modelPath with
// ortSessionOptions(threads), binding the named float32 inputs (their
// data is copied) and outputs of the given shapes.
func newORTFloatSession(modelPath string, threads int, inNames []string, ins []*tensor.Tensor, outNames []string, outShapes [][]int64) (_ *ortFloatSession, err error) {
	if _, _, err := initORT(); err != nil {
		return nil, err
	}
	if len(inNames) != len(ins) || len(outNames) != len(outShapes) {
		return nil, fmt.Errorf("onnxruntime session: %d input names for %d inputs, %d output names for %d shapes", len(inNames), len(ins), len(outNames), len(outShapes))
	}
	s := &ortFloatSession{}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	var inVals, outVals []ort.Value
	for i, t := range ins {
		if t.DType != ir.Float32 {
			return nil, fmt.Errorf("onnxruntime session: input %s is %s, want float32", inNames[i], t.Type())
		}
		shape := make([]int64, len(t.Shape))
		for j, d := range t.Shape {
			shape[j] = int64(d)
		}
		ot, err := ort.NewTensor(ort.NewShape(shape...), append([]float32(nil), t.Float32s()...))
		if err != nil {
			return nil, fmt.Errorf("onnxruntime input %s: %w", inNames[i], err)
		}
		s.ins = append(s.ins, ot)
		inVals = append(inVals, ot)
	}
	for i, sh := range outShapes {
		ot, err := ort.NewEmptyTensor[float32](ort.NewShape(sh...))
		if err != nil {
			return nil, fmt.Errorf("onnxruntime output %s: %w", outNames[i], err)
		}
		s.outs = append(s.outs, ot)
		outVals = append(outVals, ot)
	}
	opts, err := ortSessionOptions(threads)
	if err != nil {
		return nil, err
	}
	defer opts.Destroy()
	s.sess, err = ort.NewAdvancedSession(modelPath, inNames, outNames, inVals, outVals, opts)
	if err != nil {
		return nil, fmt.Errorf("onnxruntime session: %w", err)
	}
	return s, nil
}

func (s *ortFloatSession) run() error { return s.sess.Run() }

// output is output i of the last run; the slice aliases the session's
// tensor.
func (s *ortFloatSession) output(i int) []float32 { return s.outs[i].GetData() }

func (s *ortFloatSession) close() {
	if s.sess != nil {
		s.sess.Destroy()
	}
	for _, t := range s.ins {
		t.Destroy()
	}
	for _, t := range s.outs {
		t.Destroy()
	}
}
