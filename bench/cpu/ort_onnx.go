package cpu

import (
	"fmt"
	"io"
	"math"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// A minimal ONNX protobuf writer: just the fields of ModelProto,
// GraphProto, NodeProto, AttributeProto, TensorProto and ValueInfoProto
// that the BERT peer model needs (field numbers from onnx/onnx.proto).

// ONNX TensorProto.DataType values.
const (
	onnxFloat = 1
	onnxInt64 = 7
)

// onnxAttr is one node attribute: exactly one of the value fields is used,
// chosen by kind (AttributeProto.AttributeType: FLOAT=1, INT=2, INTS=7).
type onnxAttr struct {
	name string
	kind int
	f    float32
	i    int64
	ints []int64
}

func attrInt(name string, v int64) onnxAttr     { return onnxAttr{name: name, kind: 2, i: v} }
func attrFloat(name string, v float32) onnxAttr { return onnxAttr{name: name, kind: 1, f: v} }
func attrInts(name string, v ...int64) onnxAttr { return onnxAttr{name: name, kind: 7, ints: v} }
func appendString(b []byte, num protowire.Number, s string) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendString(b, s)
}

func appendMessage(b []byte, num protowire.Number, msg []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, msg)
}

func appendVarintField(b []byte, num protowire.Number, v int64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, uint64(v))
}

func (a onnxAttr) encode() []byte {
	b := appendString(nil, 1, a.name)
	switch a.kind {
	case 1:
		b = protowire.AppendTag(b, 2, protowire.Fixed32Type)
		b = protowire.AppendFixed32(b, math.Float32bits(a.f))
	case 2:
		b = appendVarintField(b, 3, a.i)
	case 7:
		for _, v := range a.ints {
			b = appendVarintField(b, 8, v)
		}
	}
	return appendVarintField(b, 20, int64(a.kind))
}

// onnxGraph accumulates a GraphProto's encoded fields.
type onnxGraph struct {
	buf   []byte
	names int // counter for generated value names
}

// tmp returns a fresh value name with the given prefix.
func (g *onnxGraph) tmp(prefix string) string {
	g.names++
	return fmt.Sprintf("%s_%d", prefix, g.names)
}

// node appends a NodeProto (domain "" = ai.onnx) with the given inputs
// and one output, named out (generated from op when empty); it returns out.
func (g *onnxGraph) node(op, out string, inputs []string, attrs ...onnxAttr) string {
	if out == "" {
		out = g.tmp(op)
	}
	var b []byte
	for _, in := range inputs {
		b = appendString(b, 1, in)
	}
	b = appendString(b, 2, out)
	b = appendString(b, 3, "n_"+out)
	b = appendString(b, 4, op)
	for _, a := range attrs {
		b = appendMessage(b, 5, a.encode())
	}
	g.buf = appendMessage(g.buf, 1, b)
	return out
}

// initializer appends a TensorProto with raw little-endian data.
func (g *onnxGraph) initializer(name string, dataType int, dims []int64, raw []byte) string {
	var b []byte
	for _, d := range dims {
		b = appendVarintField(b, 1, d)
	}
	b = appendVarintField(b, 2, int64(dataType))
	b = appendString(b, 8, name)
	b = protowire.AppendTag(b, 9, protowire.BytesType)
	b = protowire.AppendBytes(b, raw)
	g.buf = appendMessage(g.buf, 5, b)
	return name
}

// constFloats adds a float32 initializer of the given shape.
func (g *onnxGraph) constFloats(name string, dims []int64, v ...float32) string {
	raw := make([]byte, 0, 4*len(v))
	for _, x := range v {
		raw = protowire.AppendFixed32(raw, math.Float32bits(x))
	}
	return g.initializer(name, onnxFloat, dims, raw)
}

// constInts adds an int64 initializer of the given shape.
func (g *onnxGraph) constInts(name string, dims []int64, v ...int64) string {
	raw := make([]byte, 0, 8*len(v))
	for _, x := range v {
		raw = protowire.AppendFixed64(raw, uint64(x))
	}
	return g.initializer(name, onnxInt64, dims, raw)
}

// valueInfo appends a graph input (field 11) or output (field 12).
func (g *onnxGraph) valueInfo(field protowire.Number, name string, elem int, dims ...int64) {
	var shape []byte
	for _, d := range dims {
		shape = appendMessage(shape, 1, appendVarintField(nil, 1, d))
	}
	tt := appendVarintField(nil, 1, int64(elem))
	tt = appendMessage(tt, 2, shape)
	vi := appendString(nil, 1, name)
	vi = appendMessage(vi, 2, appendMessage(nil, 1, tt))
	g.buf = appendMessage(g.buf, field, vi)
}

// writeModel writes a ModelProto around the graph, importing the given
// opset of the default domain (IR version 8 from opset 17, else 7).
func (g *onnxGraph) writeModel(w io.Writer, name string, opset int64) error {
	graph := appendString(g.buf, 2, name)
	var head []byte
	irVersion := int64(7)
	if opset >= 17 {
		irVersion = 8
	}
	head = appendVarintField(head, 1, irVersion)
	head = appendString(head, 2, "kiln-bench")
	head = appendMessage(head, 8, append(appendString(nil, 1, ""), appendVarintField(nil, 2, opset)...))
	head = protowire.AppendTag(head, 7, protowire.BytesType)
	head = protowire.AppendVarint(head, uint64(len(graph)))
	if _, err := w.Write(head); err != nil {
		return err
	}
	_, err := w.Write(graph)
	return err
}

// float32Raw returns t's float32 data (little-endian bytes), or an error
// naming the weight when t is missing or has another dtype or shape.
func float32Raw(weights map[string]*tensor.Tensor, name string, shape ...int) ([]byte, error) {
	t, ok := weights[name]
	if !ok {
		return nil, fmt.Errorf("weight %s missing", name)
	}
	if t.DType != ir.Float32 || !t.Shape.Equal(ir.Shape(shape)) {
		return nil, fmt.Errorf("weight %s is %s, want float32%v", name, t.Type(), shape)
	}
	return t.Data, nil
}

// transposed32 returns the (cols, rows) transpose of a row-major (rows,
// cols) float32 matrix given as raw bytes.
func transposed32(raw []byte, rows, cols int) []byte {
	out := make([]byte, len(raw))
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			copy(out[(j*rows+i)*4:(j*rows+i)*4+4], raw[(i*cols+j)*4:(i*cols+j)*4+4])
		}
	}
	return out
}

func dims(d ...int) []int64 {
	out := make([]int64, len(d))
	for i, x := range d {
		out[i] = int64(x)
	}
	return out
}
