package mesh

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"sync"
	"time"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// DefaultTimeout is a Coordinator's Timeout when it leaves it zero.
const DefaultTimeout = 5 * time.Minute

// Coordinator says how one process joins a group of processes that run
// one mesh together, as jax.distributed.initialize's arguments do.
type Coordinator struct {
	// Address is the host:port process 0 listens on and the others dial.
	Address string
	// NumProcesses is the number of processes; the mesh's devices are
	// split evenly over them (device d lives on process d / (devices /
	// NumProcesses)).
	NumProcesses int
	// ProcessID is this process's index in [0, NumProcesses).
	ProcessID int
	// Timeout bounds the join (process 0 waiting for the others, the
	// others retrying to connect) and each exchange's wait for the other
	// processes (longer than the slowest stage between two collectives).
	// Zero means DefaultTimeout.
	Timeout time.Duration
}

// ErrProcessLost is wrapped by the error of a call that failed because
// another process of the group went away or failed.
var ErrProcessLost = errors.New("process lost")

// ProcessGroup is the connection of one process to the others running
// the same mesh (JoinProcesses). Process 0 is the coordinator: every
// exchange gathers the processes' parts there, process 0 computes with the
// same host code as the one-process mesh, and sends each process its
// devices' results (a star). Exchanges are collective: every process
// makes the same exchanges in the same order (they run the same program
// on the same inputs); a process that exchanges something else is
// reported, with both labels.
//
// After any failure (a lost process, a timeout, a malformed frame, an
// error on one process) the group is broken: the current call fails on
// every process, naming the process and the exchange, and every later
// exchange fails with the same error.
type ProcessGroup struct {
	c        Coordinator
	mesh     *Mesh
	per      int        // devices per process
	conns    []net.Conn // process 0: conns[p] for p >= 1; others: conns[0]
	mu       sync.Mutex // one exchange at a time
	seq      uint64
	broken   error
	closed   bool
	peerName func(p int) string
}

// JoinProcesses joins this process to the group c describes, running mesh
// m (the same on every process) with the given fingerprint (a hash of the
// program and configuration the processes run). Process 0 listens at
// c.Address and waits for the others; the others connect, retrying until
// c.Timeout (or ctx) ends. The handshake checks that every process agrees
// on the process count, the device count, the axis names and sizes and
// the fingerprint, and refuses a mismatch on every process with an error
// naming the field and both values. NumProcesses 1 gives a group of one
// (no network).
func JoinProcesses(ctx context.Context, c Coordinator, m *Mesh, fingerprint string) (*ProcessGroup, error) {
	if c.NumProcesses < 1 {
		return nil, fmt.Errorf("mesh: %d processes: want >= 1", c.NumProcesses)
	}
	if c.ProcessID < 0 || c.ProcessID >= c.NumProcesses {
		return nil, fmt.Errorf("mesh: process id %d outside [0, %d)", c.ProcessID, c.NumProcesses)
	}
	if m.Size()%c.NumProcesses != 0 {
		return nil, fmt.Errorf("mesh: %d devices do not split evenly over %d processes", m.Size(), c.NumProcesses)
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	g := &ProcessGroup{c: c, mesh: m, per: m.Size() / c.NumProcesses}
	if c.NumProcesses == 1 {
		return g, nil
	}
	if c.Address == "" {
		return nil, fmt.Errorf("mesh: %d processes need a coordinator address (host:port)", c.NumProcesses)
	}
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	me := hello{process: c.ProcessID, processes: c.NumProcesses, devices: m.Size(), axes: m.Axes(), shape: m.Shape(), fingerprint: fingerprint}
	var err error
	if c.ProcessID == 0 {
		err = g.accept(ctx, me)
	} else {
		err = g.connect(ctx, me)
	}
	if err != nil {
		for _, cn := range g.conns {
			if cn != nil {
				cn.Close()
			}
		}
		return nil, err
	}
	return g, nil
}

// ProcessID is this process's index; NumProcesses the group's size.
func (g *ProcessGroup) ProcessID() int { return g.c.ProcessID }

// NumProcesses is the number of processes of the group.
func (g *ProcessGroup) NumProcesses() int { return g.c.NumProcesses }

// Mesh is the mesh the group runs.
func (g *ProcessGroup) Mesh() *Mesh { return g.mesh }

// Devices returns this process's devices [first, first+count).
func (g *ProcessGroup) Devices() (first, count int) { return g.c.ProcessID * g.per, g.per }

// Local reports whether device d lives on this process.
func (g *ProcessGroup) Local(d int) bool { return d/g.per == g.c.ProcessID }

// ProcessOf returns the process device d lives on.
func (g *ProcessGroup) ProcessOf(d int) int { return d / g.per }

// mismatch compares another process's hello with ours and names the
// first field they disagree on with both values.
func mismatch(me, them hello) error {
	f := func(field string, mine, theirs any) error {
		return fmt.Errorf("mesh: process %d and process %d disagree on the %s: process %d has %v, process %d has %v",
			me.process, them.process, field, me.process, mine, them.process, theirs)
	}
	switch {
	case them.processes != me.processes:
		return f("process count", me.processes, them.processes)
	case them.devices != me.devices:
		return f("device count", me.devices, them.devices)
	case !slices.Equal(them.axes, me.axes):
		return f("mesh axis names", me.axes, them.axes)
	case !slices.Equal(them.shape, me.shape):
		return f("mesh axis sizes", me.shape, them.shape)
	case them.fingerprint != me.fingerprint:
		return f("program fingerprint", me.fingerprint, them.fingerprint)
	}
	return nil
}

func (g *ProcessGroup) accept(ctx context.Context, me hello) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", g.c.Address)
	if err != nil {
		return fmt.Errorf("mesh: process 0 listening on %s: %w", g.c.Address, err)
	}
	defer ln.Close()
	stop := context.AfterFunc(ctx, func() { ln.Close() })
	defer stop()
	g.conns = make([]net.Conn, g.c.NumProcesses)
	refuse := func(err error) error {
		msg := encodeError(err.Error())
		for _, cn := range g.conns {
			if cn != nil {
				cn.SetWriteDeadline(time.Now().Add(time.Second))
				writeFrame(cn, msg)
			}
		}
		return err
	}
	for joined := 1; joined < g.c.NumProcesses; {
		cn, err := ln.Accept()
		if err != nil {
			return refuse(fmt.Errorf("mesh: process 0 waiting for %d more of %d processes at %s: %w (timeout %s)", g.c.NumProcesses-joined, g.c.NumProcesses, g.c.Address, err, g.c.Timeout))
		}
		dl, _ := ctx.Deadline()
		cn.SetDeadline(dl)
		kind, body, err := readFrame(cn)
		if err == nil && kind != frameHello {
			err = fmt.Errorf("%w: kind %d, want a hello", errFrame, kind)
		}
		var h hello
		if err == nil {
			h, err = decodeHello(body)
		}
		if err != nil {
			cn.Close()
			return refuse(fmt.Errorf("mesh: handshake with %s: %w", cn.RemoteAddr(), err))
		}
		if h.process < 1 || h.process >= g.c.NumProcesses || g.conns[h.process] != nil {
			err := fmt.Errorf("mesh: a process at %s says it is process %d: want an unused id in [1, %d)", cn.RemoteAddr(), h.process, g.c.NumProcesses)
			cn.SetWriteDeadline(time.Now().Add(time.Second))
			writeFrame(cn, encodeError(err.Error()))
			cn.Close()
			return refuse(err)
		}
		g.conns[h.process] = cn
		if err := mismatch(me, h); err != nil {
			return refuse(err)
		}
		joined++
	}
	for _, cn := range g.conns[1:] {
		cn.SetDeadline(time.Time{})
		if err := writeFrame(cn, []byte{frameWelcome}); err != nil {
			return refuse(fmt.Errorf("mesh: handshake: %w", err))
		}
	}
	return nil
}

func (g *ProcessGroup) connect(ctx context.Context, me hello) error {
	var d net.Dialer
	var cn net.Conn
	var err error
	for {
		if cn, err = d.DialContext(ctx, "tcp", g.c.Address); err == nil {
			if cn.LocalAddr().String() != cn.RemoteAddr().String() {
				break
			}
			// Dialing a local port nobody listens on yet can connect the
			// socket to itself (TCP simultaneous open): not process 0.
			cn.Close()
			err = fmt.Errorf("connected to itself: nobody listens at %s yet", g.c.Address)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("mesh: process %d connecting to the coordinator at %s: %w (timeout %s)", g.c.ProcessID, g.c.Address, err, g.c.Timeout)
		case <-time.After(50 * time.Millisecond):
		}
	}
	g.conns = []net.Conn{cn}
	dl, _ := ctx.Deadline()
	cn.SetDeadline(dl)
	if err := writeFrame(cn, encodeHello(me)); err != nil {
		return fmt.Errorf("mesh: process %d: handshake with the coordinator: %w", g.c.ProcessID, err)
	}
	kind, body, err := readFrame(cn)
	if err != nil {
		return fmt.Errorf("mesh: process %d: handshake with the coordinator (process 0): %w", g.c.ProcessID, err)
	}
	switch kind {
	case frameWelcome:
		cn.SetDeadline(time.Time{})
		return nil
	case frameError:
		msg, err := decodeError(body)
		if err != nil {
			return fmt.Errorf("mesh: process %d: handshake: process 0 sent %w", g.c.ProcessID, err)
		}
		return errors.New(msg)
	}
	return fmt.Errorf("mesh: process %d: handshake: process 0 sent %w: kind %d", g.c.ProcessID, errFrame, kind)
}

// Close leaves the group: a last exchange every process makes (so none
// leaves while another still needs it), then the connections close. It is
// idempotent; after a failure it only closes.
func (g *ProcessGroup) Close() error {
	g.mu.Lock()
	closed := g.closed
	g.mu.Unlock()
	if closed {
		return nil
	}
	var err error
	if g.c.NumProcesses > 1 {
		_, err = g.exchange(exchangeSpec{label: "close"})
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		g.closed = true
		for _, cn := range g.conns {
			if cn != nil {
				cn.Close()
			}
		}
	}
	return err
}

// exchangeSpec is one collective exchange of the group.
type exchangeSpec struct {
	label string
	in    []ir.Type             // per slot: what each contributing device sends
	out   []ir.Type             // per slot: what each device gets back
	local [][]*tensor.Tensor    // [slot][device]: this process's parts (its devices, those contributing)
	from  func(device int) bool // devices that contribute (nil: all)
	// compute (run on process 0 only) turns every device's parts into
	// every device's results, [slot][device].
	compute func(all [][]*tensor.Tensor) ([][]*tensor.Tensor, error)
	toAll   bool // every process gets every device's results; else its own devices'
}

// exchange runs one exchange and returns [slot][device] results: this
// process's devices' (or every device's, toAll).
func (g *ProcessGroup) exchange(s exchangeSpec) ([][]*tensor.Tensor, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.broken != nil {
		return nil, g.broken
	}
	if g.closed {
		return nil, fmt.Errorf("mesh: process %d: %s: the process group is closed", g.c.ProcessID, s.label)
	}
	g.seq++
	var out [][]*tensor.Tensor
	var err error
	if g.c.ProcessID == 0 {
		out, err = g.coordinate(s)
	} else {
		out, err = g.follow(s)
	}
	if err != nil {
		g.breakLocked(err)
		return nil, err
	}
	return out, nil
}

// Fail breaks the group with err (a failure on this process): the other
// processes' current or next exchange fails naming this process. Later
// exchanges here return err.
func (g *ProcessGroup) Fail(err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.broken == nil {
		g.breakLocked(fmt.Errorf("%w (process %d failed: %w)", err, g.c.ProcessID, ErrProcessLost))
	}
}

// breakLocked records err, tells the others (best effort) and closes.
func (g *ProcessGroup) breakLocked(err error) {
	if g.broken != nil {
		return
	}
	g.broken = err
	msg := encodeError(fmt.Sprintf("process %d: %v", g.c.ProcessID, err))
	for _, cn := range g.conns {
		if cn != nil {
			cn.SetWriteDeadline(time.Now().Add(time.Second))
			writeFrame(cn, msg)
			cn.Close()
		}
	}
}

func (g *ProcessGroup) contributes(s exchangeSpec, d int) bool { return s.from == nil || s.from(d) }

// check validates a received part list against the spec: every entry in
// range, of the slot's type, from a device of the sending process (or any
// device, when any), none twice, and fills into (the missing ones are
// then reported by the caller).
func (g *ProcessGroup) check(peer string, p parts, s exchangeSpec, types []ir.Type, into [][]*tensor.Tensor, owns func(d int) bool) error {
	if p.label != s.label {
		return fmt.Errorf("mesh: %s is at %q (exchange %d), process %d at %q (exchange %d): the processes do not run the same program", peer, p.label, p.seq, g.c.ProcessID, s.label, g.seq)
	}
	if p.seq != g.seq {
		return fmt.Errorf("mesh: %s sent exchange %d of %s, process %d is at exchange %d", peer, p.seq, s.label, g.c.ProcessID, g.seq)
	}
	for _, e := range p.entries {
		if e.slot >= len(types) || e.device >= g.mesh.Size() || !owns(e.device) {
			return fmt.Errorf("mesh: %s: %s: %w: entry for slot %d, device %d is not one it sends", peer, s.label, errFrame, e.slot, e.device)
		}
		if !e.t.Type().Equal(types[e.slot]) {
			return fmt.Errorf("mesh: %s: %s: device %d's part of slot %d is %s, want %s", peer, s.label, e.device, e.slot, e.t.Type(), types[e.slot])
		}
		if into[e.slot][e.device] != nil {
			return fmt.Errorf("mesh: %s: %s: %w: device %d's part of slot %d sent twice", peer, s.label, errFrame, e.device, e.slot)
		}
		into[e.slot][e.device] = e.t
	}
	return nil
}

func (g *ProcessGroup) lost(p int, s exchangeSpec, err error) error {
	role := ""
	if p == 0 {
		role = " (the coordinator)"
	}
	return fmt.Errorf("mesh: process %d%s of %d lost during %s: %w: %w", p, role, g.c.NumProcesses, s.label, ErrProcessLost, err)
}

// receive reads one parts frame from process p's connection (or the
// error it reports).
func (g *ProcessGroup) receive(p int, cn net.Conn, s exchangeSpec) (parts, error) {
	cn.SetReadDeadline(time.Now().Add(g.c.Timeout))
	kind, body, err := readFrame(cn)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			err = fmt.Errorf("no message within the timeout %s: %w", g.c.Timeout, err)
		}
		return parts{}, g.lost(p, s, err)
	}
	switch kind {
	case frameParts:
		pp, err := decodeParts(body)
		if err != nil {
			return parts{}, fmt.Errorf("mesh: process %d: %s: %w", p, s.label, err)
		}
		return pp, nil
	case frameError:
		msg, err := decodeError(body)
		if err != nil {
			return parts{}, fmt.Errorf("mesh: process %d: %s: %w", p, s.label, err)
		}
		return parts{}, fmt.Errorf("mesh: %s failed on another process: %s: %w", s.label, msg, ErrProcessLost)
	}
	return parts{}, fmt.Errorf("mesh: process %d: %s: %w: kind %d", p, s.label, errFrame, kind)
}

func grid(slots, devices int) [][]*tensor.Tensor {
	g := make([][]*tensor.Tensor, slots)
	for i := range g {
		g[i] = make([]*tensor.Tensor, devices)
	}
	return g
}

func (g *ProcessGroup) entries(seq uint64, label string, ts [][]*tensor.Tensor, want func(d int) bool) parts {
	p := parts{seq: seq, label: label}
	for slot, row := range ts {
		for d, t := range row {
			if t != nil && want(d) {
				p.entries = append(p.entries, entry{slot: slot, device: d, t: t})
			}
		}
	}
	return p
}

func (g *ProcessGroup) coordinate(s exchangeSpec) ([][]*tensor.Tensor, error) {
	n := g.mesh.Size()
	all := grid(len(s.in), n)
	for slot := range s.local {
		for d, t := range s.local[slot] {
			if t != nil && g.Local(d) {
				all[slot][d] = t
			}
		}
	}
	errs := make([]error, g.c.NumProcesses)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for p := 1; p < g.c.NumProcesses; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pp, err := g.receive(p, g.conns[p], s)
			if err == nil {
				mu.Lock()
				err = g.check(fmt.Sprintf("process %d", p), pp, s, s.in, all, func(d int) bool { return g.ProcessOf(d) == p })
				mu.Unlock()
			}
			errs[p] = err
		}()
	}
	wg.Wait()
	// A lost process is the cause; report it before what followed.
	for _, err := range errs {
		if errors.Is(err, ErrProcessLost) {
			return nil, err
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for slot := range all {
		for d := 0; d < n; d++ {
			if g.contributes(s, d) && all[slot][d] == nil {
				return nil, fmt.Errorf("mesh: %s: process %d sent no part for device %d of slot %d", s.label, g.ProcessOf(d), d, slot)
			}
		}
	}
	var outs [][]*tensor.Tensor
	if s.compute != nil {
		var err error
		if outs, err = s.compute(all); err != nil {
			return nil, fmt.Errorf("mesh: %s: %w", s.label, err)
		}
	}
	for p := 1; p < g.c.NumProcesses; p++ {
		want := func(d int) bool { return s.toAll || g.ProcessOf(d) == p }
		g.conns[p].SetWriteDeadline(time.Now().Add(g.c.Timeout))
		if err := writeFrame(g.conns[p], encodeParts(g.entries(g.seq, s.label, outs, want))); err != nil {
			return nil, g.lost(p, s, err)
		}
	}
	if !s.toAll {
		for _, row := range outs {
			for d := range row {
				if !g.Local(d) {
					row[d] = nil
				}
			}
		}
	}
	return outs, nil
}

func (g *ProcessGroup) follow(s exchangeSpec) ([][]*tensor.Tensor, error) {
	cn := g.conns[0]
	cn.SetWriteDeadline(time.Now().Add(g.c.Timeout))
	mine := func(d int) bool { return g.Local(d) && g.contributes(s, d) }
	if err := writeFrame(cn, encodeParts(g.entries(g.seq, s.label, s.local, mine))); err != nil {
		return nil, g.lost(0, s, err)
	}
	pp, err := g.receive(0, cn, s)
	if err != nil {
		return nil, err
	}
	n := g.mesh.Size()
	out := grid(len(s.out), n)
	owns := func(d int) bool { return s.toAll || g.Local(d) }
	if err := g.check("process 0", pp, s, s.out, out, owns); err != nil {
		return nil, err
	}
	for slot := range out {
		for d := 0; d < n; d++ {
			// Every device of this process gets a result; with toAll,
			// every contributing device's part comes back.
			if owns(d) && (!s.toAll || g.contributes(s, d)) && out[slot][d] == nil {
				return nil, fmt.Errorf("mesh: %s: process 0 sent no result for device %d of slot %d", s.label, d, slot)
			}
		}
	}
	return out, nil
}
