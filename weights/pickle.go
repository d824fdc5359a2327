package weights

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// This file is a restricted unpickler: a bounded stack machine for the
// pickle opcodes (protocols 2-5) that torch.save emits. It never executes
// anything. GLOBAL and STACK_GLOBAL resolve only names on an allow-list,
// and REDUCE "calls" only the allow-listed torch rebuild functions, each of
// which is implemented here as plain data construction. Everything else is
// an error that names the opcode or the global.

// Limits on the machine. The input bounds everything else (each opcode
// consumes at least one byte), these keep a hostile pickle's memory small.
const (
	maxPickleSize = 1 << 30
	maxStackDepth = 1 << 20
	maxMemo       = 1 << 22
)

// unpickler is the machine state.
type unpickler struct {
	data    []byte
	pos     int
	stack   []any
	marks   []int
	memo    map[uint64]any
	persist func(pid any) (any, error)
}

// unpickle runs a pickle program and returns the value at STOP. persist
// resolves persistent ids (BINPERSID); it receives the popped pid.
func unpickle(data []byte, persist func(pid any) (any, error)) (any, error) {
	if len(data) > maxPickleSize {
		return nil, fmt.Errorf("pickle is %d bytes, over the %d-byte limit", len(data), maxPickleSize)
	}
	u := &unpickler{data: data, memo: map[uint64]any{}, persist: persist}
	for {
		if u.pos >= len(u.data) {
			return nil, errors.New("pickle ends without STOP (truncated?)")
		}
		at := u.pos
		op := u.data[u.pos]
		u.pos++
		done, err := u.step(op)
		if err != nil {
			return nil, fmt.Errorf("pickle opcode %#02x at byte %d: %w", op, at, err)
		}
		if done {
			if len(u.stack) != 1 || len(u.marks) != 0 {
				return nil, fmt.Errorf("pickle STOP with %d values and %d marks on the stack, want exactly 1 value", len(u.stack), len(u.marks))
			}
			return u.stack[0], nil
		}
		if len(u.stack) > maxStackDepth || len(u.marks) > maxStackDepth {
			return nil, fmt.Errorf("pickle stack deeper than %d", maxStackDepth)
		}
	}
}

// take consumes n bytes of argument.
func (u *unpickler) take(n int) ([]byte, error) {
	if n < 0 || n > len(u.data)-u.pos {
		return nil, fmt.Errorf("argument of %d bytes runs past the end of the pickle", n)
	}
	b := u.data[u.pos : u.pos+n]
	u.pos += n
	return b, nil
}

// takeLen reads a little-endian length of size bytes, then that many bytes.
func (u *unpickler) takeLen(size int) ([]byte, error) {
	b, err := u.take(size)
	if err != nil {
		return nil, err
	}
	var n uint64
	for i := size - 1; i >= 0; i-- {
		n = n<<8 | uint64(b[i])
	}
	if n > uint64(len(u.data)) {
		return nil, fmt.Errorf("length %d runs past the end of the pickle", n)
	}
	return u.take(int(n))
}

// line reads a newline-terminated argument (GLOBAL's module and name).
func (u *unpickler) line() (string, error) {
	for i := u.pos; i < len(u.data); i++ {
		if u.data[i] == '\n' {
			s := string(u.data[u.pos:i])
			u.pos = i + 1
			return s, nil
		}
	}
	return "", errors.New("text argument runs past the end of the pickle (no newline)")
}

func (u *unpickler) push(v any) { u.stack = append(u.stack, v) }

func (u *unpickler) pop() (any, error) {
	if len(u.stack) == 0 || (len(u.marks) > 0 && u.marks[len(u.marks)-1] == len(u.stack)) {
		return nil, errors.New("pop from an empty stack (or past a mark)")
	}
	v := u.stack[len(u.stack)-1]
	u.stack = u.stack[:len(u.stack)-1]
	return v, nil
}

func (u *unpickler) top() (any, error) {
	if len(u.stack) == 0 || (len(u.marks) > 0 && u.marks[len(u.marks)-1] == len(u.stack)) {
		return nil, errors.New("stack is empty (or at a mark)")
	}
	return u.stack[len(u.stack)-1], nil
}

// popMark pops everything above the last mark, and the mark.
func (u *unpickler) popMark() ([]any, error) {
	if len(u.marks) == 0 {
		return nil, errors.New("no MARK on the stack")
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	items := append([]any(nil), u.stack[m:]...)
	u.stack = u.stack[:m]
	return items, nil
}

// memoize stores the top of the stack under key.
func (u *unpickler) memoize(key uint64) error {
	v, err := u.top()
	if err != nil {
		return err
	}
	if _, ok := u.memo[key]; !ok && len(u.memo) >= maxMemo {
		return fmt.Errorf("memo larger than %d entries", maxMemo)
	}
	u.memo[key] = v
	return nil
}

func (u *unpickler) get(key uint64) error {
	v, ok := u.memo[key]
	if !ok {
		return fmt.Errorf("memo key %d was never stored", key)
	}
	u.push(v)
	return nil
}

// resolveGlobal pushes an allow-listed global or fails naming it.
func (u *unpickler) resolveGlobal(module, name string) error {
	full := module + "." + name
	if _, ok := allowedGlobals[full]; !ok {
		return fmt.Errorf("pickle global %s is not allowed (only torch tensor rebuild functions, storage types and OrderedDict are; nothing is executed)", full)
	}
	u.push(&pyGlobal{module: module, name: name})
	return nil
}

// signedLE decodes a little-endian two's complement integer (LONG1/LONG4).
func signedLE(b []byte) (int64, error) {
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > 8 {
		// Allow redundant sign-extension bytes, refuse real big integers.
		ext := byte(0)
		if b[7]&0x80 != 0 {
			ext = 0xFF
		}
		for _, c := range b[8:] {
			if c != ext {
				return 0, fmt.Errorf("integer of %d bytes does not fit in 64 bits", len(b))
			}
		}
		b = b[:8]
	}
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	if shift := 64 - 8*uint(len(b)); shift > 0 {
		return int64(v<<shift) >> shift, nil
	}
	return int64(v), nil
}

// str validates and converts UTF-8 text arguments.
func str(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", errors.New("string is not valid UTF-8")
	}
	return string(b), nil
}

// step executes one opcode; it reports true at STOP.
func (u *unpickler) step(op byte) (bool, error) {
	switch op {
	case 0x80: // PROTO
		b, err := u.take(1)
		if err != nil {
			return false, err
		}
		if b[0] < 2 || b[0] > 5 {
			return false, fmt.Errorf("pickle protocol %d is not supported (2-5 are)", b[0])
		}
	case 0x95: // FRAME: a length hint, the frame's bytes follow inline
		if _, err := u.take(8); err != nil {
			return false, err
		}
	case '.': // STOP
		return true, nil
	case '(': // MARK
		u.marks = append(u.marks, len(u.stack))
	case '0': // POP
		if len(u.marks) > 0 && u.marks[len(u.marks)-1] == len(u.stack) {
			_, err := u.popMark()
			return false, err
		}
		_, err := u.pop()
		return false, err
	case '1': // POP_MARK
		_, err := u.popMark()
		return false, err
	case '2': // DUP
		v, err := u.top()
		if err != nil {
			return false, err
		}
		u.push(v)
	case 'N': // NONE
		u.push(nil)
	case 0x88: // NEWTRUE
		u.push(true)
	case 0x89: // NEWFALSE
		u.push(false)
	case 'J': // BININT
		b, err := u.take(4)
		if err != nil {
			return false, err
		}
		u.push(int64(int32(binary.LittleEndian.Uint32(b))))
	case 'K': // BININT1
		b, err := u.take(1)
		if err != nil {
			return false, err
		}
		u.push(int64(b[0]))
	case 'M': // BININT2
		b, err := u.take(2)
		if err != nil {
			return false, err
		}
		u.push(int64(binary.LittleEndian.Uint16(b)))
	case 0x8a, 0x8b: // LONG1, LONG4
		size := 1
		if op == 0x8b {
			size = 4
		}
		b, err := u.takeLen(size)
		if err != nil {
			return false, err
		}
		v, err := signedLE(b)
		if err != nil {
			return false, err
		}
		u.push(v)
	case 'G': // BINFLOAT (big-endian)
		b, err := u.take(8)
		if err != nil {
			return false, err
		}
		u.push(math.Float64frombits(binary.BigEndian.Uint64(b)))
	case 'X', 0x8c, 0x8d: // BINUNICODE, SHORT_BINUNICODE, BINUNICODE8
		size := lengthSize(op)
		b, err := u.takeLen(size)
		if err != nil {
			return false, err
		}
		s, err := str(b)
		if err != nil {
			return false, err
		}
		u.push(s)
	case 'T', 'U', 'B', 'C', 0x8e, 0x96: // BINSTRING, SHORT_BINSTRING, BINBYTES, SHORT_BINBYTES, BINBYTES8, BYTEARRAY8
		size := lengthSize(op)
		b, err := u.takeLen(size)
		if err != nil {
			return false, err
		}
		u.push(append([]byte(nil), b...))
	case ')': // EMPTY_TUPLE
		u.push(pyTuple{})
	case 0x85, 0x86, 0x87: // TUPLE1, TUPLE2, TUPLE3
		n := int(op - 0x84)
		t := make(pyTuple, n)
		for i := n - 1; i >= 0; i-- {
			v, err := u.pop()
			if err != nil {
				return false, err
			}
			t[i] = v
		}
		u.push(t)
	case 't': // TUPLE
		items, err := u.popMark()
		if err != nil {
			return false, err
		}
		u.push(pyTuple(items))
	case ']': // EMPTY_LIST
		u.push(&pyList{})
	case 'l': // LIST
		items, err := u.popMark()
		if err != nil {
			return false, err
		}
		u.push(&pyList{items: items})
	case 0x8f: // EMPTY_SET
		u.push(&pyList{})
	case 'a', 'e', 0x90: // APPEND, APPENDS, ADDITEMS
		var items []any
		if op == 'a' {
			v, err := u.pop()
			if err != nil {
				return false, err
			}
			items = []any{v}
		} else {
			var err error
			if items, err = u.popMark(); err != nil {
				return false, err
			}
		}
		target, err := u.top()
		if err != nil {
			return false, err
		}
		l, ok := target.(*pyList)
		if !ok {
			return false, fmt.Errorf("append to a %s, not a list", typeName(target))
		}
		l.items = append(l.items, items...)
	case 0x91: // FROZENSET
		items, err := u.popMark()
		if err != nil {
			return false, err
		}
		u.push(pyTuple(items))
	case '}': // EMPTY_DICT
		u.push(newDict())
	case 'd', 's', 'u': // DICT, SETITEM, SETITEMS
		var items []any
		if op == 's' {
			v, err := u.pop()
			if err != nil {
				return false, err
			}
			k, err := u.pop()
			if err != nil {
				return false, err
			}
			items = []any{k, v}
		} else {
			var err error
			if items, err = u.popMark(); err != nil {
				return false, err
			}
		}
		if len(items)%2 != 0 {
			return false, errors.New("odd number of items for a dict")
		}
		var d *pyDict
		if op == 'd' {
			d = newDict()
			u.push(d)
		} else {
			target, err := u.top()
			if err != nil {
				return false, err
			}
			var ok bool
			if d, ok = target.(*pyDict); !ok {
				return false, fmt.Errorf("set item on a %s, not a dict", typeName(target))
			}
		}
		for i := 0; i < len(items); i += 2 {
			if err := d.set(items[i], items[i+1]); err != nil {
				return false, err
			}
		}
	case 'q': // BINPUT
		b, err := u.take(1)
		if err != nil {
			return false, err
		}
		return false, u.memoize(uint64(b[0]))
	case 'r': // LONG_BINPUT
		b, err := u.take(4)
		if err != nil {
			return false, err
		}
		return false, u.memoize(uint64(binary.LittleEndian.Uint32(b)))
	case 0x94: // MEMOIZE
		return false, u.memoize(uint64(len(u.memo)))
	case 'h': // BINGET
		b, err := u.take(1)
		if err != nil {
			return false, err
		}
		return false, u.get(uint64(b[0]))
	case 'j': // LONG_BINGET
		b, err := u.take(4)
		if err != nil {
			return false, err
		}
		return false, u.get(uint64(binary.LittleEndian.Uint32(b)))
	case 'c': // GLOBAL
		module, err := u.line()
		if err != nil {
			return false, err
		}
		name, err := u.line()
		if err != nil {
			return false, err
		}
		return false, u.resolveGlobal(module, name)
	case 0x93: // STACK_GLOBAL
		nv, err := u.pop()
		if err != nil {
			return false, err
		}
		mv, err := u.pop()
		if err != nil {
			return false, err
		}
		module, ok1 := mv.(string)
		name, ok2 := nv.(string)
		if !ok1 || !ok2 {
			return false, fmt.Errorf("STACK_GLOBAL needs two strings, got %s and %s", typeName(mv), typeName(nv))
		}
		return false, u.resolveGlobal(module, name)
	case 'Q': // BINPERSID
		pid, err := u.pop()
		if err != nil {
			return false, err
		}
		if u.persist == nil {
			return false, errors.New("persistent id without a loader")
		}
		v, err := u.persist(pid)
		if err != nil {
			return false, err
		}
		u.push(v)
	case 'R': // REDUCE
		args, err := u.pop()
		if err != nil {
			return false, err
		}
		fn, err := u.pop()
		if err != nil {
			return false, err
		}
		tuple, ok := args.(pyTuple)
		if !ok {
			return false, fmt.Errorf("REDUCE arguments are a %s, not a tuple", typeName(args))
		}
		v, err := call(fn, tuple)
		if err != nil {
			return false, err
		}
		u.push(v)
	case 'b': // BUILD
		state, err := u.pop()
		if err != nil {
			return false, err
		}
		obj, err := u.top()
		if err != nil {
			return false, err
		}
		return false, build(obj, state)
	default:
		return false, unsupportedOpcode(op)
	}
	return false, nil
}

// lengthSize is the width of the length prefix of a string or bytes opcode.
func lengthSize(op byte) int {
	switch op {
	case 0x8c, 'U', 'C': // SHORT_BINUNICODE, SHORT_BINSTRING, SHORT_BINBYTES
		return 1
	case 0x8d, 0x8e, 0x96: // BINUNICODE8, BINBYTES8, BYTEARRAY8
		return 8
	}
	return 4 // BINUNICODE, BINSTRING, BINBYTES
}

// unsupportedOpcode explains why an opcode is refused.
func unsupportedOpcode(op byte) error {
	switch op {
	case 'i', 'o', 0x81, 0x92:
		return fmt.Errorf("opcode %q constructs arbitrary objects and is not allowed", op)
	case 0x82, 0x83, 0x84:
		return errors.New("extension-registry opcodes (EXT1/2/4) are not allowed")
	case 'P':
		return errors.New("text persistent ids (PERSID) are not supported")
	case 0x97, 0x98:
		return errors.New("out-of-band buffers (protocol 5 NEXT_BUFFER/READONLY_BUFFER) are not supported")
	case 'I', 'L', 'F', 'S', 'V', 'g', 'p':
		return fmt.Errorf("text opcode %q of pickle protocol 0/1 is not supported (torch.save writes protocol 2+)", op)
	}
	return fmt.Errorf("unknown pickle opcode %#02x", op)
}
