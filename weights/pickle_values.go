package weights

import "fmt"

// The values the restricted unpickler builds, and the allow-list of globals.

// pyGlobal is an allow-listed global as pushed by GLOBAL/STACK_GLOBAL.
type pyGlobal struct{ module, name string }

func (g *pyGlobal) String() string { return g.module + "." + g.name }

// pyTuple is an immutable Python tuple.
type pyTuple []any

// pyList is a mutable Python list (also used for sets, which torch never
// pickles in state dicts but which are harmless data).
type pyList struct{ items []any }

// pyDict is a Python dict or OrderedDict with insertion order kept. Keys
// are restricted to strings, integers, bools and None.
type pyDict struct {
	keys []any
	vals map[any]any
}

func newDict() *pyDict { return &pyDict{vals: map[any]any{}} }

func (d *pyDict) set(k, v any) error {
	switch k.(type) {
	case string, int64, bool, nil:
	default:
		return fmt.Errorf("unsupported dict key of type %s", typeName(k))
	}
	if _, ok := d.vals[k]; !ok {
		d.keys = append(d.keys, k)
	}
	d.vals[k] = v
	return nil
}

// pyMark is the marker MARK pushes; only opcodes that pop to a mark see it.
type pyMark struct{}

// typeName describes a value for error messages.
func typeName(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		return "bool"
	case int64:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case pyTuple:
		return "tuple"
	case *pyList:
		return "list"
	case *pyDict:
		return "dict"
	case *pyGlobal:
		return v.String()
	case *storageRef:
		return "storage"
	case *tensorRef:
		return "tensor"
	case pyMark:
		return "mark"
	}
	return fmt.Sprintf("%T", v)
}

// globalKind says what an allow-listed global may be used for.
type globalKind int

const (
	kindCallable globalKind = iota // may be the callable of REDUCE
	kindStorage                    // a storage type in a persistent id
	kindType                       // a type token (argument of _rebuild_from_type_v2)
)

// allowedGlobals is the complete allow-list: torch's tensor rebuild
// functions, storage types and OrderedDict. Nothing else can be named.
var allowedGlobals = map[string]globalKind{
	"collections.OrderedDict":                    kindCallable,
	"torch._utils._rebuild_tensor_v2":            kindCallable,
	"torch._utils._rebuild_parameter":            kindCallable,
	"torch._utils._rebuild_parameter_with_state": kindCallable,
	"torch._tensor._rebuild_from_type_v2":        kindCallable,
	"torch.Tensor":                               kindType,
	"torch._tensor.Tensor":                       kindType,
	"torch.nn.parameter.Parameter":               kindType,
	"torch.FloatStorage":                         kindStorage,
	"torch.HalfStorage":                          kindStorage,
	"torch.BFloat16Storage":                      kindStorage,
	"torch.DoubleStorage":                        kindStorage,
	"torch.LongStorage":                          kindStorage,
	"torch.IntStorage":                           kindStorage,
	"torch.ShortStorage":                         kindStorage,
	"torch.CharStorage":                          kindStorage,
	"torch.ByteStorage":                          kindStorage,
	"torch.BoolStorage":                          kindStorage,
	"torch.UntypedStorage":                       kindStorage,
	"torch.storage.UntypedStorage":               kindStorage,
}
