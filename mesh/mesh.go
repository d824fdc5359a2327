// Package mesh runs an SPMD program (one ir.Func with collectives) on a
// mesh of N virtual devices on the CPU: one goroutine per device, each
// evaluating the program with the interp reference backend on its own
// argument shards, the collectives exchanging host tensors between them.
// It is the executable definition of the collectives' semantics and the
// way the partitioning logic (tensor parallelism, sharded training) is
// tested on any machine, as JAX does with a forced host device count.
//
// A Mesh also names its axes (("dp", "tp") of shape (2, 2)) and turns an
// axis into the replica groups the collectives' attrs carry (Replicas).
//
// A mesh can also be run by several processes, on one host or several
// (JoinProcesses, Backend.SetProcesses): each process runs its own
// devices, and the collectives go through process 0 over TCP with results
// bit-identical to the one-process mesh.
// docs/distributed.md has the design and what comes next.
package mesh

import (
	"fmt"
	"slices"

	"github.com/kiln-ml/kiln/frontend"
)

// Mesh is a grid of devices with named axes; devices are numbered
// row-major over the axes (the last axis varies fastest), as JAX's
// mesh_utils and XLA's device assignment number them.
type Mesh struct {
	axes  []string
	shape []int
}

// New returns the mesh of the given axis names and sizes. Names must be
// non-empty and distinct, sizes >= 1.
func New(axes []string, shape []int) (*Mesh, error) {
	if len(axes) != len(shape) {
		return nil, fmt.Errorf("mesh: %d axis names for %d sizes", len(axes), len(shape))
	}
	for i, a := range axes {
		if a == "" {
			return nil, fmt.Errorf("mesh: axis %d has no name", i)
		}
		if slices.Index(axes, a) != i {
			return nil, fmt.Errorf("mesh: axis name %q repeated", a)
		}
		if shape[i] < 1 {
			return nil, fmt.Errorf("mesh: axis %q has size %d, want >= 1", a, shape[i])
		}
	}
	return &Mesh{axes: slices.Clone(axes), shape: slices.Clone(shape)}, nil
}

// Size returns the number of devices.
func (m *Mesh) Size() int {
	n := 1
	for _, s := range m.shape {
		n *= s
	}
	return n
}

// Axes returns the axis names; Shape the sizes.
func (m *Mesh) Axes() []string { return slices.Clone(m.axes) }

// Shape returns the axis sizes, in Axes order.
func (m *Mesh) Shape() []int { return slices.Clone(m.shape) }

// Coords returns device's coordinate on each axis.
func (m *Mesh) Coords(device int) []int {
	c := make([]int, len(m.shape))
	for i := len(m.shape) - 1; i >= 0; i-- {
		c[i] = device % m.shape[i]
		device /= m.shape[i]
	}
	return c
}

func (m *Mesh) device(coords []int) int {
	d := 0
	for i, c := range coords {
		d = d*m.shape[i] + c
	}
	return d
}

// Replicas returns the replica groups of a collective over the given
// axes: the devices that differ only in those axes form a group, ranked
// row-major over those axes (in mesh order, whatever order they are named
// in). No axes means one group of every device. Consecutive groups come
// back with nil Groups (the attrs' short form).
func (m *Mesh) Replicas(axes ...string) (frontend.Replicas, error) {
	over := make([]bool, len(m.axes))
	for _, a := range axes {
		i := slices.Index(m.axes, a)
		if i < 0 {
			return frontend.Replicas{}, fmt.Errorf("mesh: no axis %q (axes %v)", a, m.axes)
		}
		if over[i] {
			return frontend.Replicas{}, fmt.Errorf("mesh: axis %q named twice", a)
		}
		over[i] = true
	}
	if len(axes) == 0 {
		for i := range over {
			over[i] = true
		}
	}
	size := 1
	for i, o := range over {
		if o {
			size *= m.shape[i]
		}
	}
	var groups []int
	for leader := 0; leader < m.Size(); leader++ {
		lc := m.Coords(leader)
		isLeader := true
		for i, o := range over {
			if o && lc[i] != 0 {
				isLeader = false
			}
		}
		if !isLeader {
			continue
		}
		// Enumerate the group row-major over the chosen axes.
		c := slices.Clone(lc)
		for r := 0; r < size; r++ {
			groups = append(groups, m.device(c))
			for i := len(c) - 1; i >= 0; i-- {
				if !over[i] {
					continue
				}
				c[i]++
				if c[i] < m.shape[i] {
					break
				}
				c[i] = 0
			}
		}
	}
	consecutive := true
	for i, d := range groups {
		if d != i {
			consecutive = false
		}
	}
	if consecutive {
		groups = nil
	}
	return frontend.Replicas{Size: size, Groups: groups}, nil
}
