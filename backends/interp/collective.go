package interp

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/backends"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// Peers connects one device of an SPMD run (the same program on every
// device of a mesh, each with its own arguments) to the others: package
// mesh implements it with goroutines exchanging host tensors. interp
// does the arithmetic of the collectives itself, on every device alike,
// so that all members of a group compute bit-identical results.
type Peers interface {
	// Device is this device's id in [0, NumDevices()).
	Device() int
	// NumDevices is the mesh's device count.
	NumDevices() int
	// Exchange contributes x, as member rank of the replica group members
	// (device ids in rank order), to the collective of value id, and
	// returns every member's contribution in rank order once all have
	// arrived. It fails, rather than waiting forever, when another device
	// of the run has failed.
	Exchange(id int, members []int, rank int, x *tensor.Tensor) ([]*tensor.Tensor, error)
}

// EvalSPMD runs f as one device of a mesh: like Eval, with the
// collectives exchanging operands through peers. Every device of the mesh
// must run the same f at the same time.
func EvalSPMD(f *ir.Func, peers Peers, args ...*tensor.Tensor) ([]*tensor.Tensor, error) {
	if peers == nil {
		return nil, fmt.Errorf("interp: EvalSPMD of %s: nil peers", f.Name)
	}
	p, err := compile(f)
	if err != nil {
		return nil, err
	}
	if err := p.checkArgs(args); err != nil {
		return nil, err
	}
	return p.runOn(args, peers)
}

// SPMDProgram is a function compiled once for many SPMD runs (a mesh
// backend's executable runs it on every device, step after step). It is
// safe for concurrent use: each run has its own values.
type SPMDProgram struct{ p *program }

// CompileSPMD checks and compiles f for Run.
func CompileSPMD(f *ir.Func) (*SPMDProgram, error) {
	p, err := compile(f)
	if err != nil {
		return nil, err
	}
	return &SPMDProgram{p: p}, nil
}

// Name is the compiled function's name.
func (s *SPMDProgram) Name() string { return s.p.name }

// Signature is the compiled function's calling convention.
func (s *SPMDProgram) Signature() backends.Signature { return s.p.sig }

// Run is EvalSPMD of the compiled function: one device's run, its
// collectives exchanging operands through peers.
func (s *SPMDProgram) Run(peers Peers, args ...*tensor.Tensor) ([]*tensor.Tensor, error) {
	if peers == nil {
		return nil, fmt.Errorf("interp: SPMD run of %s: nil peers", s.p.name)
	}
	if err := s.p.checkArgs(args); err != nil {
		return nil, err
	}
	return s.p.runOn(args, peers)
}

// collective evaluates a collective op. Without peers (Eval, Compile) the
// program runs as the only device of a one-device mesh, so a group of one
// is the identity and a larger group is an error.
//
// Semantics, over the parts of the group's members in rank order:
// all_reduce combines them elementwise, floats in float64 rounded once to
// the dtype (NaN propagates through max and min, -0 < +0), integers in
// int64 wrapped; all_gather concatenates them along axis; reduce_scatter
// sums them as all_reduce does and keeps block rank along axis. The order
// of the sum is the rank order on every device, so the result does not
// depend on which device arrives first.
func collective(in *instr, x *tensor.Tensor, peers Peers, t ir.Type) (*tensor.Tensor, error) {
	v := &in.v
	device, n := 0, 1
	if peers != nil {
		device, n = peers.Device(), peers.NumDevices()
	}
	members, rank, err := ir.ReplicaGroup(v.Attrs.(ir.CollectiveAttrs), device, n)
	if err != nil {
		if peers == nil {
			return nil, fmt.Errorf("%w (interp.Eval runs one device: run SPMD programs on a mesh, package mesh)", err)
		}
		return nil, fmt.Errorf("device %d of %d: %w", device, n, err)
	}
	parts := []*tensor.Tensor{x}
	if len(members) > 1 {
		if parts, err = peers.Exchange(v.ID, members, rank, x); err != nil {
			return nil, err
		}
		for i, p := range parts {
			if p == nil || !p.Type().Equal(x.Type()) {
				return nil, fmt.Errorf("member %d (device %d) contributed %v, want %s", i, members[i], typeOf(p), x.Type())
			}
		}
	}
	switch v.Op {
	case ir.OpAllReduce:
		return combine(parts, v.Attrs.(*ir.AllReduceAttrs).Kind), nil
	case ir.OpAllGather:
		return concat(parts, v.Attrs.(*ir.ShardAttrs).Axis, t), nil
	default: // ir.OpReduceScatter
		sum := combine(parts, ir.ReduceSum)
		axis := v.Attrs.(*ir.ShardAttrs).Axis
		a := &ir.SliceAttrs{Start: make([]int, len(t.Shape)), Limit: x.Shape.Clone(), Stride: make([]int, len(t.Shape))}
		for d := range a.Stride {
			a.Stride[d] = 1
		}
		a.Start[axis] = rank * t.Shape[axis]
		a.Limit[axis] = (rank + 1) * t.Shape[axis]
		return slice(sum, a, t), nil
	}
}

func typeOf(p *tensor.Tensor) any {
	if p == nil {
		return "nothing"
	}
	return p.Type()
}

// combine reduces parts (of one type) elementwise in order with kind
// (sum, max or min).
func combine(parts []*tensor.Tensor, kind ir.ReduceKind) *tensor.Tensor {
	t := parts[0].Type()
	out := newTensor(t)
	dt := t.DType
	for i := 0; i < t.Shape.NumElements(); i++ {
		if dt.IsFloat() {
			acc := ir.ElementFloat(dt, parts[0].Data, i)
			for _, p := range parts[1:] {
				x := ir.ElementFloat(dt, p.Data, i)
				switch kind {
				case ir.ReduceSum:
					acc += x
				case ir.ReduceMax:
					acc = math.Max(acc, x)
				default:
					acc = math.Min(acc, x)
				}
			}
			ir.PutElementFloat(dt, out.Data, i, acc)
			continue
		}
		acc := ir.ElementInt(dt, parts[0].Data, i)
		for _, p := range parts[1:] {
			x := ir.ElementInt(dt, p.Data, i)
			switch kind {
			case ir.ReduceSum:
				acc += x
			case ir.ReduceMax:
				acc = max(acc, x)
			default:
				acc = min(acc, x)
			}
		}
		ir.PutElementInt(dt, out.Data, i, acc)
	}
	return out
}
