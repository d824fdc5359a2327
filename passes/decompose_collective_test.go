package passes_test

import (
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// TestCollectiveNeedsMesh: a one-device backend's decompose pass refuses a
// collective over more than one device, naming the op and the group size,
// instead of running a sharded program as if it were whole.
func TestCollectiveNeedsMesh(t *testing.T) {
	for _, c := range []struct {
		name string
		emit func(x *frontend.Tensor) *frontend.Tensor
	}{
		{"all_reduce", func(x *frontend.Tensor) *frontend.Tensor {
			return x.AllReduce(ir.ReduceSum, frontend.Replicas{Size: 4})
		}},
		{"all_gather", func(x *frontend.Tensor) *frontend.Tensor { return x.AllGather(0, frontend.Replicas{Size: 4}) }},
		{"reduce_scatter", func(x *frontend.Tensor) *frontend.Tensor {
			return x.ReduceScatter(0, frontend.Replicas{Size: 4, Groups: []int{3, 2, 1, 0}})
		}},
	} {
		f, err := frontend.Build(c.name, func(g *frontend.Graph) error {
			g.Return(frontend.Output{Name: "y", T: c.emit(g.Param("x", ir.Float32, 4, 2))})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		err = passes.Decompose(nil)(f)
		if err == nil || !strings.Contains(err.Error(), c.name+" over a replica group of 4 devices") {
			t.Errorf("%s: err = %v", c.name, err)
		}
	}
}
