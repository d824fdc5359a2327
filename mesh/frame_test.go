package mesh

import (
	"bytes"
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

func sampleParts(t testing.TB) parts {
	x, err := tensor.FromFloat64(ir.Float32, ir.Shape{2, 3}, []float64{1, 2, 3, 4, 5, 6})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := tensor.FromFloat64(ir.Int64, nil, []float64{7})
	return parts{seq: 3, label: "step: the collectives after stage 1 (all_reduce %4)", entries: []entry{{0, 1, x}, {2, 0, s}}}
}

func frame(msg []byte) []byte {
	var b bytes.Buffer
	writeFrame(&b, msg)
	return b.Bytes()
}

// decodeFrame reads one frame from data and decodes its body.
func decodeFrame(data []byte) (any, error) {
	kind, body, err := readFrame(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	switch kind {
	case frameHello:
		return decodeHello(body)
	case frameParts:
		return decodeParts(body)
	case frameError:
		return decodeError(body)
	case frameWelcome:
		return nil, nil
	}
	return nil, errFrame
}

// TestFrameRoundTripAndTruncation: each kind of frame decodes to what was
// encoded, and every truncation of it is an error, not a panic.
func TestFrameRoundTripAndTruncation(t *testing.T) {
	p := sampleParts(t)
	h := hello{process: 1, processes: 2, devices: 4, axes: []string{"dp", "tp"}, shape: []int{2, 2}, fingerprint: "abc"}
	for _, msg := range [][]byte{encodeParts(p), encodeHello(h), encodeError("boom")} {
		data := frame(msg)
		got, err := decodeFrame(data)
		if err != nil {
			t.Fatalf("kind %d: %v", msg[0], err)
		}
		switch g := got.(type) {
		case parts:
			if g.seq != p.seq || g.label != p.label || len(g.entries) != 2 || !g.entries[0].t.Equal(p.entries[0].t) || g.entries[1].slot != 2 || !g.entries[1].t.Equal(p.entries[1].t) {
				t.Errorf("parts round trip: %+v", g)
			}
		case hello:
			if g.fingerprint != "abc" || g.devices != 4 || len(g.axes) != 2 || g.shape[1] != 2 {
				t.Errorf("hello round trip: %+v", g)
			}
		case string:
			if g != "boom" {
				t.Errorf("error round trip: %q", g)
			}
		}
		for n := 0; n < len(data); n++ {
			if _, err := decodeFrame(data[:n]); err == nil {
				t.Errorf("kind %d cut to %d of %d bytes decoded", msg[0], n, len(data))
			}
		}
		// A body one byte short, with a length that says so.
		if _, err := decodeFrame(frame(msg[:len(msg)-1])); err == nil {
			t.Errorf("kind %d missing its last byte decoded", msg[0])
		}
	}
	// Data of the wrong size for the dtype and shape is refused.
	bad := encodeParts(parts{seq: 1, label: "x", entries: []entry{{0, 0, &tensor.Tensor{DType: ir.Float32, Shape: ir.Shape{2}, Data: make([]byte, 7)}}}})
	if _, err := decodeFrame(frame(bad)); !errors.Is(err, errFrame) || !strings.Contains(err.Error(), "needs 8 bytes") {
		t.Errorf("short tensor data: %v", err)
	}
}

// FuzzDecodeFrame: no input makes the decoders panic or allocate beyond
// the frame, and what decodes re-encodes to the same bytes.
func FuzzDecodeFrame(f *testing.F) {
	f.Add(frame(encodeParts(sampleParts(f))))
	f.Add(frame(encodeHello(hello{process: 1, processes: 2, devices: 2, axes: []string{"tp"}, shape: []int{2}, fingerprint: "x"})))
	f.Add(frame(encodeError("e")))
	f.Add([]byte{0, 0, 0, 1, frameWelcome})
	f.Add([]byte{255, 255, 255, 255, frameParts})
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeFrame(data)
		if err != nil {
			return
		}
		var again []byte
		switch g := got.(type) {
		case parts:
			again = encodeParts(g)
		case hello:
			again = encodeHello(g)
		case string:
			again = encodeError(g)
		default:
			return
		}
		// The encoder writes minimal varints; a decoded frame written
		// with longer ones need not match, so compare decoded values.
		back, err := decodeFrame(frame(again))
		if err != nil {
			t.Fatalf("re-encoded frame does not decode: %v", err)
		}
		if !bytes.Equal(frame(again), frame(reencode(t, back))) {
			t.Fatalf("decode/encode is not stable")
		}
	})
}

func reencode(t *testing.T, v any) []byte {
	switch g := v.(type) {
	case parts:
		return encodeParts(g)
	case hello:
		return encodeHello(g)
	case string:
		return encodeError(g)
	}
	t.Fatalf("unexpected %T", v)
	return nil
}

// TestMalformedFrameFromPeer: a process that sends a truncated frame, or
// a part of the wrong type, fails the coordinator's exchange with an
// error naming that process.
func TestMalformedFrameFromPeer(t *testing.T) {
	m, _ := New([]string{"tp"}, []int{2})
	x, _ := tensor.FromFloat64(ir.Float32, ir.Shape{2}, []float64{1, 2})
	wrong, _ := tensor.FromFloat64(ir.Float32, ir.Shape{3}, []float64{1, 2, 3})
	for name, c := range map[string]struct {
		send []byte
		want string
	}{
		"truncated":      {frame(encodeParts(parts{seq: 1, label: "sum", entries: []entry{{0, 1, x}}}))[:20], "process 1 of 2 lost during sum: process lost: frame of 24 bytes cut after 0: unexpected EOF"},
		"wrong type":     {frame(encodeParts(parts{seq: 1, label: "sum", entries: []entry{{0, 1, wrong}}})), "process 1: sum: device 1's part of slot 0 is f32[3], want f32[2]"},
		"not its device": {frame(encodeParts(parts{seq: 1, label: "sum", entries: []entry{{0, 0, x}}})), "process 1: sum: malformed frame: entry for slot 0, device 0"},
		"other program":  {frame(encodeParts(parts{seq: 1, label: "other", entries: []entry{{0, 1, x}}})), `process 1 is at "other"`},
	} {
		t.Run(name, func(t *testing.T) {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := ln.Addr().String()
			ln.Close()
			go func() {
				var cn net.Conn
				for {
					if cn, err = net.Dial("tcp", addr); err == nil {
						break
					}
					time.Sleep(10 * time.Millisecond)
				}
				defer cn.Close()
				writeFrame(cn, encodeHello(hello{process: 1, processes: 2, devices: 2, axes: []string{"tp"}, shape: []int{2}, fingerprint: "f"}))
				readFrame(cn)    // welcome
				cn.Write(c.send) // then hang up: a truncated frame ends the stream
			}()
			g, err := JoinProcesses(context.Background(), Coordinator{Address: addr, NumProcesses: 2, Timeout: 5 * time.Second}, m, "f")
			if err != nil {
				t.Fatal(err)
			}
			defer g.Close()
			_, err = g.exchange(exchangeSpec{label: "sum", in: []ir.Type{x.Type()}, out: []ir.Type{x.Type()},
				local:   [][]*tensor.Tensor{{x, nil}},
				compute: func(all [][]*tensor.Tensor) ([][]*tensor.Tensor, error) { return all, nil }})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error with %q", err, c.want)
			}
		})
	}
}
