package mesh

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// The wire format between the processes of a group (process.go): every
// message is one frame,
//
//	uint32 length (big endian) of what follows, at most maxFrame
//	byte   kind (frameHello, frameWelcome, frameParts, frameError)
//	body
//
// and every body is a sequence of fields: uvarint integers, strings and
// byte strings as a uvarint length then the bytes. A hello is
// (process id, process count, device count, axis count, axis names and
// sizes, fingerprint); a welcome is empty; an error is one string; parts
// are (sequence number, label, entry count, entries), an entry being
// (slot, device, dtype name, rank, dims, data bytes). Decoding checks
// every length against what is left of the frame, so a truncated or
// malformed frame is an error, never a panic or a huge allocation.

const (
	frameHello   byte = 1
	frameWelcome byte = 2
	frameParts   byte = 3
	frameError   byte = 4
)

// maxFrame bounds one frame (a frame of every device's operand of a
// stage's collectives): 4 GiB - 1, the uint32 length's limit.
const maxFrame = math.MaxUint32

// errFrame is wrapped by every decoding error.
var errFrame = errors.New("malformed frame")

type hello struct {
	process, processes, devices int
	axes                        []string
	shape                       []int
	fingerprint                 string
}

// entry is one device's tensor of one slot (a collective of a stage, or
// the buffer being downloaded).
type entry struct {
	slot, device int
	t            *tensor.Tensor
}

type parts struct {
	seq     uint64
	label   string
	entries []entry
}

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) bytes(p []byte) {
	e.uint(uint64(len(p)))
	e.b = append(e.b, p...)
}
func (e *encoder) str(s string) { e.bytes([]byte(s)) }

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errFrame, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("%s: truncated or overlong integer", what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// int reads a uvarint that must be at most limit.
func (d *decoder) int(what string, limit int) int {
	v := d.uint(what)
	if d.err == nil && v > uint64(limit) {
		d.fail("%s %d exceeds %d", what, v, limit)
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(what string) []byte {
	n := d.uint(what + " length")
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.fail("%s: %d bytes announced, %d left in the frame", what, n, len(d.b))
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) str(what string) string { return string(d.bytes(what)) }

func (d *decoder) end(kind string) error {
	if d.err == nil && len(d.b) != 0 {
		d.fail("%s: %d bytes after the last field", kind, len(d.b))
	}
	return d.err
}

func encodeHello(h hello) []byte {
	e := &encoder{b: []byte{frameHello}}
	e.uint(uint64(h.process))
	e.uint(uint64(h.processes))
	e.uint(uint64(h.devices))
	e.uint(uint64(len(h.axes)))
	for i, a := range h.axes {
		e.str(a)
		e.uint(uint64(h.shape[i]))
	}
	e.str(h.fingerprint)
	return e.b
}

// maxCount bounds counts read from a frame (processes, devices, axes,
// entries, rank) so that no count allocates more than the frame could
// describe.
const maxCount = 1 << 20

func decodeHello(body []byte) (hello, error) {
	d := &decoder{b: body}
	var h hello
	h.process = d.int("process id", maxCount)
	h.processes = d.int("process count", maxCount)
	h.devices = d.int("device count", maxCount)
	n := d.int("axis count", min(maxCount, len(d.b)))
	for i := 0; i < n && d.err == nil; i++ {
		h.axes = append(h.axes, d.str("axis name"))
		h.shape = append(h.shape, d.int("axis size", maxCount))
	}
	h.fingerprint = d.str("fingerprint")
	return h, d.end("hello")
}

func encodeError(msg string) []byte {
	e := &encoder{b: []byte{frameError}}
	e.str(msg)
	return e.b
}

func decodeError(body []byte) (string, error) {
	d := &decoder{b: body}
	s := d.str("error message")
	return s, d.end("error")
}

func encodeParts(p parts) []byte {
	size := 1 + 32 + len(p.label)
	for _, en := range p.entries {
		size += 48 + len(en.t.Data)
	}
	e := &encoder{b: make([]byte, 0, size)}
	e.b = append(e.b, frameParts)
	e.uint(p.seq)
	e.str(p.label)
	e.uint(uint64(len(p.entries)))
	for _, en := range p.entries {
		e.uint(uint64(en.slot))
		e.uint(uint64(en.device))
		e.str(en.t.DType.String())
		e.uint(uint64(len(en.t.Shape)))
		for _, s := range en.t.Shape {
			e.uint(uint64(s))
		}
		e.bytes(en.t.Data)
	}
	return e.b
}

// decodeParts decodes a parts body; each tensor is validated (its data
// has the bytes its dtype and shape need). The tensors' data alias body.
func decodeParts(body []byte) (parts, error) {
	d := &decoder{b: body}
	var p parts
	p.seq = d.uint("sequence number")
	p.label = d.str("label")
	n := d.int("entry count", min(maxCount, len(d.b)))
	for i := 0; i < n && d.err == nil; i++ {
		var en entry
		en.slot = d.int("slot", maxCount)
		en.device = d.int("device", maxCount)
		name := d.str("dtype")
		rank := d.int("rank", min(64, len(d.b)))
		shape := make(ir.Shape, rank)
		for j := range shape {
			shape[j] = d.int("dimension", math.MaxInt32)
		}
		data := d.bytes("tensor data")
		if d.err != nil {
			break
		}
		dt, err := ir.ParseDType(name)
		if err != nil {
			d.fail("entry %d: dtype %q: %v", i, name, err)
			break
		}
		en.t = &tensor.Tensor{DType: dt, Shape: shape, Data: data}
		if err := en.t.Validate(); err != nil {
			d.fail("entry %d: %v", i, err)
			break
		}
		p.entries = append(p.entries, en)
	}
	return p, d.end("parts")
}

// writeFrame writes one frame (kind byte first in msg).
func writeFrame(w io.Writer, msg []byte) error {
	if uint64(len(msg)) > maxFrame {
		return fmt.Errorf("frame of %d bytes exceeds the %d-byte limit", len(msg), uint64(maxFrame))
	}
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(msg)))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := w.Write(msg)
	return err
}

// readFrame reads one frame and returns its kind and body. A stream that
// ends inside a frame is io.ErrUnexpectedEOF; one that ends between
// frames io.EOF.
func readFrame(r io.Reader) (byte, []byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n == 0 {
		return 0, nil, fmt.Errorf("%w: empty frame (no kind byte)", errFrame)
	}
	// Read in chunks so that a lying length on a stream that ends early
	// does not allocate the whole announced size up front.
	msg := make([]byte, 0, min(int(n), 1<<20))
	for uint32(len(msg)) < n {
		chunk := min(int(n)-len(msg), 1<<20)
		start := len(msg)
		msg = append(msg, make([]byte, chunk)...)
		if _, err := io.ReadFull(r, msg[start:]); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, nil, fmt.Errorf("frame of %d bytes cut after %d: %w", n, start, err)
		}
	}
	return msg[0], msg[1:], nil
}
