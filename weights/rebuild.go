package weights

import (
	"errors"
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// storageDTypes maps torch's legacy typed-storage classes to dtypes.
var storageDTypes = map[string]ir.DType{
	"torch.FloatStorage":           ir.Float32,
	"torch.HalfStorage":            ir.Float16,
	"torch.BFloat16Storage":        ir.BFloat16,
	"torch.DoubleStorage":          ir.Float64,
	"torch.LongStorage":            ir.Int64,
	"torch.IntStorage":             ir.Int32,
	"torch.ShortStorage":           ir.Int16,
	"torch.CharStorage":            ir.Int8,
	"torch.ByteStorage":            ir.Uint8,
	"torch.BoolStorage":            ir.Bool,
	"torch.UntypedStorage":         ir.Uint8,
	"torch.storage.UntypedStorage": ir.Uint8,
}

// storageRef is a storage named by a persistent id: numel elements of dtype
// held in the archive record data/<key>.
type storageRef struct {
	dtype ir.DType
	key   string
	numel int64
}

// tensorRef is a strided view of a storage, as _rebuild_tensor_v2 builds it.
type tensorRef struct {
	storage *storageRef
	offset  int64
	size    []int64
	stride  []int64
}

// shape converts the sizes to an ir.Shape.
func (r *tensorRef) shape() ir.Shape {
	s := make(ir.Shape, len(r.size))
	for i, d := range r.size {
		s[i] = int(d)
	}
	return s
}

// storageResolver turns ('storage', type, key, location, numel) persistent
// ids into shared storageRefs: two tensors naming the same key share one.
type storageResolver struct {
	byKey map[string]*storageRef
}

func (s *storageResolver) resolve(pid any) (any, error) {
	t, ok := pid.(pyTuple)
	if !ok || len(t) != 5 || t[0] != "storage" {
		return nil, fmt.Errorf("persistent id %s is not ('storage', type, key, location, numel)", typeName(pid))
	}
	g, ok := t[1].(*pyGlobal)
	if !ok {
		return nil, fmt.Errorf("storage type is a %s, not a storage class", typeName(t[1]))
	}
	dt, ok := storageDTypes[g.String()]
	if !ok {
		return nil, fmt.Errorf("%s is not a supported storage type", g)
	}
	key, ok1 := t[2].(string)
	_, ok2 := t[3].(string)
	numel, ok3 := t[4].(int64)
	if !ok1 || !ok2 || !ok3 || numel < 0 {
		return nil, errors.New("storage persistent id needs a string key, a string location and a non-negative numel")
	}
	if prev, ok := s.byKey[key]; ok {
		if prev.dtype != dt || prev.numel != numel {
			return nil, fmt.Errorf("storage %q is declared twice with different types (%v[%d] and %v[%d])", key, prev.dtype, prev.numel, dt, numel)
		}
		return prev, nil
	}
	ref := &storageRef{dtype: dt, key: key, numel: numel}
	s.byKey[key] = ref
	return ref, nil
}

// ints converts a tuple of Python ints.
func ints(v any, what string) ([]int64, error) {
	t, ok := v.(pyTuple)
	if !ok {
		return nil, fmt.Errorf("%s is a %s, not a tuple", what, typeName(v))
	}
	out := make([]int64, len(t))
	for i, x := range t {
		n, ok := x.(int64)
		if !ok {
			return nil, fmt.Errorf("%s has a %s element, not an int", what, typeName(x))
		}
		out[i] = n
	}
	return out, nil
}

// call performs REDUCE for the allow-listed callables. Each is plain data
// construction; nothing is looked up or executed.
func call(fn any, args pyTuple) (any, error) { return callDepth(fn, args, 0) }

// callDepth bounds the nesting of _rebuild_from_type_v2, the one callable
// that calls another, so a hostile pickle cannot exhaust the Go stack.
func callDepth(fn any, args pyTuple, depth int) (any, error) {
	if depth > 8 {
		return nil, errors.New("_rebuild_from_type_v2 nested more than 8 deep")
	}
	g, ok := fn.(*pyGlobal)
	if !ok {
		return nil, fmt.Errorf("REDUCE on a %s, which is not an allowed callable", typeName(fn))
	}
	if allowedGlobals[g.String()] != kindCallable {
		return nil, fmt.Errorf("REDUCE on %s, which is not an allowed callable", g)
	}
	switch g.String() {
	case "collections.OrderedDict":
		if len(args) != 0 {
			return nil, errors.New("OrderedDict is only rebuilt empty (items follow with SETITEMS)")
		}
		return newDict(), nil
	case "torch._utils._rebuild_tensor_v2":
		return rebuildTensor(args)
	case "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state":
		if len(args) < 3 || len(args) > 4 {
			return nil, fmt.Errorf("%s takes 3 or 4 arguments, got %d", g, len(args))
		}
		if _, ok := args[0].(*tensorRef); !ok {
			return nil, fmt.Errorf("%s of a %s, not a tensor", g, typeName(args[0]))
		}
		return args[0], nil
	case "torch._tensor._rebuild_from_type_v2":
		if len(args) != 4 {
			return nil, fmt.Errorf("%s takes 4 arguments, got %d", g, len(args))
		}
		ty, ok := args[1].(*pyGlobal)
		if !ok || allowedGlobals[ty.String()] != kindType {
			return nil, fmt.Errorf("%s to type %s, which is not an allowed tensor type", g, typeName(args[1]))
		}
		inner, ok := args[2].(pyTuple)
		if !ok {
			return nil, fmt.Errorf("%s arguments are a %s, not a tuple", g, typeName(args[2]))
		}
		return callDepth(args[0], inner, depth+1)
	}
	return nil, fmt.Errorf("REDUCE on %s is not implemented", g)
}

// rebuildTensor validates _rebuild_tensor_v2(storage, storage_offset, size,
// stride, requires_grad, backward_hooks[, metadata]).
func rebuildTensor(args pyTuple) (any, error) {
	if len(args) != 6 && len(args) != 7 {
		return nil, fmt.Errorf("_rebuild_tensor_v2 takes 6 or 7 arguments, got %d", len(args))
	}
	st, ok := args[0].(*storageRef)
	if !ok {
		return nil, fmt.Errorf("_rebuild_tensor_v2 of a %s, not a storage", typeName(args[0]))
	}
	off, ok := args[1].(int64)
	if !ok {
		return nil, fmt.Errorf("storage offset is a %s, not an int", typeName(args[1]))
	}
	size, err := ints(args[2], "size")
	if err != nil {
		return nil, err
	}
	stride, err := ints(args[3], "stride")
	if err != nil {
		return nil, err
	}
	if len(size) != len(stride) {
		return nil, fmt.Errorf("size %v and stride %v differ in rank", size, stride)
	}
	r := &tensorRef{storage: st, offset: off, size: size, stride: stride}
	if err := r.check(); err != nil {
		return nil, err
	}
	return r, nil
}

// maxBroadcastElements bounds the copy of a view with more elements than
// its storage (see tensorRef.check).
const maxBroadcastElements = 1 << 24

// check verifies that every element the view addresses lies inside the
// storage, without overflow.
func (r *tensorRef) check() error {
	const maxInt = int64(^uint(0) >> 1)
	if r.offset < 0 {
		return fmt.Errorf("negative storage offset %d", r.offset)
	}
	numel := int64(1)
	last := r.offset // highest element index addressed
	for i, d := range r.size {
		if d < 0 || r.stride[i] < 0 {
			return fmt.Errorf("negative size or stride (size %v, stride %v)", r.size, r.stride)
		}
		if d != 0 && numel > maxInt/d {
			return fmt.Errorf("size %v overflows", r.size)
		}
		numel *= d
	}
	if numel == 0 {
		return nil
	}
	// A broadcast view (stride 0) can name far more elements than its
	// storage holds, and loading it means a dense copy: cap that so a tiny
	// hostile file cannot demand gigabytes. Real state dicts hold no such views.
	if numel > r.storage.numel && numel > maxBroadcastElements {
		return fmt.Errorf("view of size %v has %d elements, more than its storage %q (%d) and over the %d-element limit for broadcast views",
			r.size, numel, r.storage.key, r.storage.numel, maxBroadcastElements)
	}
	for i, d := range r.size {
		if r.stride[i] != 0 && d-1 > (maxInt-last)/r.stride[i] {
			return fmt.Errorf("view (offset %d, size %v, stride %v) overflows", r.offset, r.size, r.stride)
		}
		last += (d - 1) * r.stride[i]
	}
	if last >= r.storage.numel {
		return fmt.Errorf("view (offset %d, size %v, stride %v) reaches element %d of storage %q, which has %d",
			r.offset, r.size, r.stride, last, r.storage.key, r.storage.numel)
	}
	if numel > maxInt/int64(r.storage.dtype.Size()) {
		return fmt.Errorf("size %v overflows", r.size)
	}
	return nil
}

// build performs BUILD. torch only sets Python attributes this way (the
// state dict's _metadata); kiln has no use for them and keeps nothing.
func build(obj, state any) error {
	switch obj.(type) {
	case *pyDict, *tensorRef:
		return nil
	}
	return fmt.Errorf("BUILD on a %s is not allowed", typeName(obj))
}

// contiguous reports whether the view is dense and row-major, so that its
// bytes are one slice of the storage.
func (r *tensorRef) contiguous() bool {
	want := int64(1)
	for i := len(r.size) - 1; i >= 0; i-- {
		if r.size[i] != 1 && r.stride[i] != want {
			return false
		}
		want *= r.size[i]
	}
	return true
}

// materialize builds the tensor from the storage bytes: a zero-copy slice
// for a contiguous view, otherwise a dense row-major copy. raw must hold the
// whole storage.
func (r *tensorRef) materialize(raw []byte) (*tensor.Tensor, error) {
	elem := int64(r.storage.dtype.Size())
	if int64(len(raw)) != r.storage.numel*elem {
		return nil, fmt.Errorf("storage %q has %d bytes, its persistent id says %d elements of %v (%d bytes)",
			r.storage.key, len(raw), r.storage.numel, r.storage.dtype, r.storage.numel*elem)
	}
	shape := r.shape()
	numel := int64(shape.NumElements())
	if r.contiguous() {
		begin := r.offset * elem
		end := begin + numel*elem
		if numel == 0 {
			begin, end = 0, 0
		}
		return &tensor.Tensor{DType: r.storage.dtype, Shape: shape, Data: raw[begin:end:end]}, nil
	}
	out := make([]byte, numel*elem)
	idx := make([]int64, len(r.size))
	src := r.offset
	for i := int64(0); i < numel; i++ {
		copy(out[i*elem:(i+1)*elem], raw[src*elem:(src+1)*elem])
		// Advance the multi-index like an odometer, updating src.
		for d := len(idx) - 1; d >= 0; d-- {
			idx[d]++
			src += r.stride[d]
			if idx[d] < r.size[d] {
				break
			}
			src -= idx[d] * r.stride[d]
			idx[d] = 0
		}
	}
	return &tensor.Tensor{DType: r.storage.dtype, Shape: shape, Data: out}, nil
}
