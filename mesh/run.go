package mesh

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// ErrPeerFailed is wrapped by the error of a device whose collective was
// abandoned because another device of the run failed.
var ErrPeerFailed = errors.New("another device of the mesh failed")

// ErrDeviceLost is what a fault hook (Backend.SetFault) returns to stand
// for a device that went away mid-run: the run fails as it would on real
// hardware, the other devices leave their collectives with ErrPeerFailed.
var ErrDeviceLost = errors.New("device lost")

// Run evaluates f on every device of m at once, device d with args[d]
// (one tensor per parameter of f, in f.Params order: its shards), and
// returns each device's results: outs[d]. Arguments are not modified.
//
// Guarantees: the collectives combine the members' parts in rank order
// on every member (interp.Peers), so the results do not depend on goroutine
// scheduling and every member of a group gets bit-identical results. A
// device that fails ends the run: devices waiting on it in a collective
// return ErrPeerFailed instead of blocking, and Run returns the first
// device's own error (not a peer-failed one), naming the device.
func (m *Mesh) Run(f *ir.Func, args [][]*tensor.Tensor) ([][]*tensor.Tensor, error) {
	p, err := interp.CompileSPMD(f)
	if err != nil {
		return nil, fmt.Errorf("mesh: run %s: %w", f.Name, err)
	}
	return m.RunProgram(p, args)
}

// RunProgram is Run of a program compiled once (interp.CompileSPMD), with
// the same guarantees: how an executable runs step after step without
// compiling again.
func (m *Mesh) RunProgram(p *interp.SPMDProgram, args [][]*tensor.Tensor) ([][]*tensor.Tensor, error) {
	return m.runProgram(p, args, nil)
}

// runProgram is RunProgram with fault, when set, asked before each device
// starts: its error fails that device (a lost device).
func (m *Mesh) runProgram(p *interp.SPMDProgram, args [][]*tensor.Tensor, fault func(device int) error) ([][]*tensor.Tensor, error) {
	n := m.Size()
	if len(args) != n {
		return nil, fmt.Errorf("mesh: run %s: %d argument lists for %d devices", p.Name(), len(args), n)
	}
	ex := &exchange{slots: map[slotKey]*slot{}, failed: make(chan struct{})}
	outs := make([][]*tensor.Tensor, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for d := 0; d < n; d++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if fault != nil {
				if errs[d] = fault(d); errs[d] != nil {
					ex.fail()
					return
				}
			}
			outs[d], errs[d] = p.Run(&peer{ex: ex, device: d, n: n}, args[d]...)
			if errs[d] != nil {
				ex.fail()
			}
		}()
	}
	wg.Wait()
	var first error
	for d, err := range errs {
		if err == nil {
			continue
		}
		err = fmt.Errorf("mesh: device %d of %d: %w", d, n, err)
		if !errors.Is(err, ErrPeerFailed) {
			return nil, err
		}
		if first == nil {
			first = err
		}
	}
	if first != nil {
		return nil, first
	}
	return outs, nil
}

// exchange is the rendezvous of one run: a slot per (collective value,
// group) where the members leave their parts.
type exchange struct {
	mu       sync.Mutex
	slots    map[slotKey]*slot
	failed   chan struct{}
	failOnce sync.Once
}

// slotKey: the value id of the collective (each runs once per device per
// run) and the group's first member (groups partition the devices).
type slotKey struct{ id, leader int }

type slot struct {
	members []int
	parts   []*tensor.Tensor
	left    int
	done    chan struct{}
}

func (ex *exchange) fail() { ex.failOnce.Do(func() { close(ex.failed) }) }

// peer is one device's view of the exchange (interp.Peers).
type peer struct {
	ex        *exchange
	device, n int
}

func (p *peer) Device() int     { return p.device }
func (p *peer) NumDevices() int { return p.n }

// Exchange leaves a copy of x in the group's slot and waits for the other
// members' parts.
func (p *peer) Exchange(id int, members []int, rank int, x *tensor.Tensor) ([]*tensor.Tensor, error) {
	ex := p.ex
	key := slotKey{id, members[0]}
	ex.mu.Lock()
	s := ex.slots[key]
	if s == nil {
		s = &slot{members: slices.Clone(members), parts: make([]*tensor.Tensor, len(members)), left: len(members), done: make(chan struct{})}
		ex.slots[key] = s
	}
	switch {
	case !slices.Equal(s.members, members):
		ex.mu.Unlock()
		return nil, fmt.Errorf("collective %%%d: device %d sees group %v, another member saw %v", id, p.device, members, s.members)
	case s.parts[rank] != nil:
		ex.mu.Unlock()
		return nil, fmt.Errorf("collective %%%d: rank %d of group %v contributed twice", id, rank, members)
	}
	s.parts[rank] = x.Clone()
	s.left--
	if s.left == 0 {
		close(s.done)
	}
	ex.mu.Unlock()
	select {
	case <-s.done:
		return slices.Clone(s.parts), nil
	case <-ex.failed:
		select { // every part arrived as the run failed: still a result
		case <-s.done:
			return slices.Clone(s.parts), nil
		default:
		}
		return nil, fmt.Errorf("collective %%%d over devices %v: %w", id, members, ErrPeerFailed)
	}
}
