package tensor

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"unicode/utf8"

	"github.com/kiln-ml/kiln/ir"
)

// MaxSafetensorsHeader is the largest header accepted, in bytes; the same
// limit as the reference Rust implementation (100 MB).
const MaxSafetensorsHeader = 100_000_000

// metadataKey is the reserved header key holding free-form string metadata.
const metadataKey = "__metadata__"

// safetensorsDTypes maps the dtype names safetensors writes to kiln dtypes.
// Only these exact (upper-case) names are accepted in a header.
var safetensorsDTypes = map[string]ir.DType{
	"BOOL": ir.Bool, "U8": ir.Uint8, "I8": ir.Int8, "I16": ir.Int16, "I32": ir.Int32,
	"I64": ir.Int64, "F16": ir.Float16, "BF16": ir.BFloat16, "F32": ir.Float32, "F64": ir.Float64,
}

// SafetensorsDTypeName returns the safetensors name of a dtype ("F32",
// "BF16", "BOOL", ...) and false for Invalid.
func SafetensorsDTypeName(dt ir.DType) (string, bool) {
	for name, d := range safetensorsDTypes {
		if d == dt {
			return name, true
		}
	}
	return "", false
}

// alignRank orders dtypes the way the Rust safetensors writer does (its Dtype
// enum order, which increases with alignment); the writer lays tensors out by
// descending rank, then by name, so every tensor is aligned to its element size.
var alignRank = map[ir.DType]int{
	ir.Bool: 0, ir.Uint8: 1, ir.Int8: 2, ir.Int16: 5, ir.Float16: 7, ir.BFloat16: 8,
	ir.Int32: 9, ir.Float32: 11, ir.Float64: 12, ir.Int64: 13,
}

// SafetensorsEntry describes one tensor of a safetensors file. Begin and End
// are byte offsets relative to the start of the data section (just after the
// header), End-Begin == Shape.NumElements()*DType.Size().
type SafetensorsEntry struct {
	Name       string
	DType      ir.DType
	Shape      ir.Shape
	Begin, End int64
}

// Type returns the entry's dtype and shape.
func (e SafetensorsEntry) Type() ir.Type { return ir.Type{DType: e.DType, Shape: e.Shape.Clone()} }

// SafetensorsHeader is a parsed and fully validated safetensors header: the
// tensors' byte ranges are in bounds, do not overlap, and cover the data
// section exactly, and each range has the size its dtype and shape require.
type SafetensorsHeader struct {
	// Entries are ordered by offset.
	Entries []SafetensorsEntry
	// Metadata is the "__metadata__" map, nil when absent.
	Metadata map[string]string
	// DataOffset is where the data section starts in the file (8 + header length).
	DataOffset int64
	// DataSize is the length of the data section in bytes.
	DataSize int64
	index    map[string]int
}

// Lookup returns the entry of a tensor by name.
func (h *SafetensorsHeader) Lookup(name string) (SafetensorsEntry, bool) {
	i, ok := h.index[name]
	if !ok {
		return SafetensorsEntry{}, false
	}
	return h.Entries[i], true
}

// Names returns the tensor names in sorted order.
func (h *SafetensorsHeader) Names() []string {
	names := make([]string, len(h.Entries))
	for i, e := range h.Entries {
		names[i] = e.Name
	}
	sort.Strings(names)
	return names
}

// ReadSafetensorsHeader reads and validates the header of a safetensors file
// of fileSize bytes through r, reading only the 8-byte length and the header
// itself. Errors say what is wrong and, where it applies, name the tensor;
// callers add the file name.
func ReadSafetensorsHeader(r io.ReaderAt, fileSize int64) (*SafetensorsHeader, error) {
	if fileSize < 8 {
		return nil, fmt.Errorf("safetensors: file is %d bytes, too short for the 8-byte header length", fileSize)
	}
	var lenBuf [8]byte
	if _, err := r.ReadAt(lenBuf[:], 0); err != nil {
		return nil, fmt.Errorf("safetensors: reading header length: %w", err)
	}
	n := binary.LittleEndian.Uint64(lenBuf[:])
	if n > MaxSafetensorsHeader {
		return nil, fmt.Errorf("safetensors: header length %d exceeds the %d-byte limit", n, MaxSafetensorsHeader)
	}
	if int64(n) > fileSize-8 {
		return nil, fmt.Errorf("safetensors: header length %d runs past the end of the %d-byte file (truncated?)", n, fileSize)
	}
	hdr := make([]byte, n)
	if _, err := r.ReadAt(hdr, 8); err != nil {
		return nil, fmt.Errorf("safetensors: reading %d-byte header: %w", n, err)
	}
	return ParseSafetensorsHeader(hdr, fileSize-8-int64(n)) // DataOffset 8+n
}

// rawEntry mirrors a header entry before validation.
type rawEntry struct {
	DType       *string  `json:"dtype"`
	Shape       *[]int64 `json:"shape"`
	DataOffsets *[]int64 `json:"data_offsets"`
}

// ParseSafetensorsHeader parses the JSON header of a safetensors file whose
// data section is dataSize bytes long, and validates it: a JSON object whose
// keys are unique; "__metadata__", if present, maps strings to strings; every
// other key is a tensor with a known dtype, non-negative dimensions and two
// data_offsets whose span equals numel*elemsize without overflow; sorted by
// offset, the spans are contiguous from 0 to dataSize (no gap, no overlap,
// nothing past the end). The returned header has DataOffset 8+len(header).
func ParseSafetensorsHeader(header []byte, dataSize int64) (*SafetensorsHeader, error) {
	if dataSize < 0 {
		return nil, fmt.Errorf("safetensors: negative data size %d", dataSize)
	}
	if !utf8.Valid(header) {
		return nil, errors.New("safetensors: header is not valid UTF-8")
	}
	trimmed := bytes.TrimLeft(header, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, errors.New("safetensors: header is not a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(header))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // the opening '{'
		return nil, fmt.Errorf("safetensors: header JSON: %v", err)
	}
	h := &SafetensorsHeader{DataOffset: 8 + int64(len(header)), DataSize: dataSize, index: map[string]int{}}
	seenMeta := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("safetensors: header JSON: %v", err)
		}
		name, _ := tok.(string) // object keys are always strings
		if name == metadataKey {
			if seenMeta {
				return nil, errors.New("safetensors: header has two __metadata__ keys")
			}
			seenMeta = true
			var meta map[string]string
			if err := dec.Decode(&meta); err != nil {
				return nil, fmt.Errorf("safetensors: __metadata__ must map strings to strings: %v", err)
			}
			h.Metadata = meta
			continue
		}
		if _, dup := h.index[name]; dup {
			return nil, fmt.Errorf("safetensors: tensor %q appears twice in the header", name)
		}
		var raw rawEntry
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("safetensors: tensor %q: bad header JSON entry: %v", name, err)
		}
		e, err := checkEntry(name, raw)
		if err != nil {
			return nil, err
		}
		h.index[name] = len(h.Entries)
		h.Entries = append(h.Entries, e)
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, fmt.Errorf("safetensors: header JSON: %v", err)
	}
	if rest := bytes.TrimLeft(header[dec.InputOffset():], " \t\r\n"); len(rest) != 0 {
		return nil, fmt.Errorf("safetensors: %d unexpected bytes after the header object", len(rest))
	}
	if err := h.checkLayout(); err != nil {
		return nil, err
	}
	return h, nil
}

// checkEntry validates one tensor entry in isolation.
func checkEntry(name string, raw rawEntry) (SafetensorsEntry, error) {
	fail := func(format string, a ...any) (SafetensorsEntry, error) {
		return SafetensorsEntry{}, fmt.Errorf("safetensors: tensor %q: %s", name, fmt.Sprintf(format, a...))
	}
	if raw.DType == nil || raw.Shape == nil || raw.DataOffsets == nil {
		return fail("needs dtype, shape and data_offsets")
	}
	dt, ok := safetensorsDTypes[*raw.DType]
	if !ok {
		return fail("unsupported dtype %q", *raw.DType)
	}
	shape := make(ir.Shape, len(*raw.Shape))
	numel := int64(1)
	for i, d := range *raw.Shape {
		if d < 0 {
			return fail("negative dimension %d in shape %v", d, *raw.Shape)
		}
		if int64(int(d)) != d {
			return fail("dimension %d does not fit in int", d)
		}
		if d != 0 && numel > math.MaxInt64/d {
			return fail("shape %v overflows", *raw.Shape)
		}
		numel *= d
		shape[i] = int(d)
	}
	if numel > math.MaxInt64/int64(dt.Size()) {
		return fail("shape %v of %s overflows", *raw.Shape, *raw.DType)
	}
	offs := *raw.DataOffsets
	if len(offs) != 2 {
		return fail("data_offsets must have 2 elements, has %d", len(offs))
	}
	if offs[0] < 0 || offs[1] < offs[0] {
		return fail("invalid data_offsets [%d,%d]", offs[0], offs[1])
	}
	if size := numel * int64(dt.Size()); offs[1]-offs[0] != size {
		return fail("%s%v needs %d bytes but data_offsets [%d,%d] span %d", *raw.DType, shape, size, offs[0], offs[1], offs[1]-offs[0])
	}
	return SafetensorsEntry{Name: name, DType: dt, Shape: shape, Begin: offs[0], End: offs[1]}, nil
}

// checkLayout sorts entries by offset and checks that they tile the data
// section exactly.
func (h *SafetensorsHeader) checkLayout() error {
	sort.SliceStable(h.Entries, func(i, j int) bool {
		a, b := h.Entries[i], h.Entries[j]
		if a.Begin != b.Begin {
			return a.Begin < b.Begin
		}
		return a.End < b.End
	})
	var pos int64
	for i, e := range h.Entries {
		h.index[e.Name] = i
		switch {
		case e.End > h.DataSize:
			return fmt.Errorf("safetensors: tensor %q: data_offsets [%d,%d] run past the end of the %d-byte data section (truncated file?)", e.Name, e.Begin, e.End, h.DataSize)
		case e.Begin < pos:
			return fmt.Errorf("safetensors: tensor %q: data_offsets [%d,%d] overlap the previous tensor %q", e.Name, e.Begin, e.End, h.Entries[i-1].Name)
		case e.Begin > pos:
			return fmt.Errorf("safetensors: tensor %q: data_offsets [%d,%d] leave a gap after byte %d", e.Name, e.Begin, e.End, pos)
		}
		pos = e.End
	}
	if pos != h.DataSize {
		return fmt.Errorf("safetensors: tensors cover %d bytes but the data section has %d (trailing bytes)", pos, h.DataSize)
	}
	return nil
}

// EncodeSafetensorsHeader lays out tensors of the given types exactly as the
// Rust safetensors writer does (by descending dtype alignment, then by name)
// and returns the file prefix: the 8-byte little-endian header length and
// the JSON header padded with spaces to a multiple of 8 bytes. entries gives
// each tensor's data range, in the order the data must follow the prefix.
// Metadata keys are written sorted; an empty or nil map is omitted.
func EncodeSafetensorsHeader(types map[string]ir.Type, metadata map[string]string) (prefix []byte, entries []SafetensorsEntry, err error) {
	names := make([]string, 0, len(types))
	for name, ty := range types {
		if name == metadataKey {
			return nil, nil, fmt.Errorf("safetensors: %q cannot be a tensor name", metadataKey)
		}
		if _, ok := alignRank[ty.DType]; !ok {
			return nil, nil, fmt.Errorf("safetensors: tensor %q: invalid dtype %v", name, ty.DType)
		}
		if _, err := byteSize(ty.DType, ty.Shape); err != nil {
			return nil, nil, fmt.Errorf("safetensors: tensor %q: %v", name, err)
		}
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := alignRank[types[names[i]].DType], alignRank[types[names[j]].DType]
		if ri != rj {
			return ri > rj
		}
		return names[i] < names[j]
	})
	var b bytes.Buffer
	b.WriteString("{")
	if len(metadata) > 0 {
		keys := make([]string, 0, len(metadata))
		for k := range metadata {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		writeJSONString(&b, metadataKey)
		b.WriteString(":{")
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, k)
			b.WriteByte(':')
			writeJSONString(&b, metadata[k])
		}
		b.WriteString("}")
	}
	var off int64
	for i, name := range names {
		ty := types[name]
		size := int64(ty.Shape.NumElements() * ty.DType.Size())
		e := SafetensorsEntry{Name: name, DType: ty.DType, Shape: ty.Shape.Clone(), Begin: off, End: off + size}
		off += size
		entries = append(entries, e)
		if i > 0 || len(metadata) > 0 {
			b.WriteByte(',')
		}
		dtName, _ := SafetensorsDTypeName(ty.DType)
		writeJSONString(&b, name)
		fmt.Fprintf(&b, `:{"dtype":"%s","shape":[`, dtName)
		for j, d := range ty.Shape {
			if j > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, d)
		}
		fmt.Fprintf(&b, `],"data_offsets":[%d,%d]}`, e.Begin, e.End)
	}
	b.WriteString("}")
	for b.Len()%8 != 0 {
		b.WriteByte(' ')
	}
	prefix = make([]byte, 8, 8+b.Len())
	binary.LittleEndian.PutUint64(prefix, uint64(b.Len()))
	return append(prefix, b.Bytes()...), entries, nil
}

// writeJSONString escapes s the way serde_json does (only '"', '\\' and
// control characters), so headers are byte-identical to the Rust writer's.
func writeJSONString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

// typesOf validates tensors and collects their types.
func typesOf(tensors map[string]*Tensor) (map[string]ir.Type, error) {
	types := make(map[string]ir.Type, len(tensors))
	for name, t := range tensors {
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("safetensors: tensor %q: bad header JSON entry: %v", name, err)
		}
		if !utf8.ValidString(name) {
			return nil, fmt.Errorf("safetensors: tensor name %q is not valid UTF-8", name)
		}
		types[name] = ir.Type{DType: t.DType, Shape: t.Shape}
	}
	return types, nil
}

// WriteSafetensors writes tensors and metadata to w as one safetensors file,
// byte-identical to what the Rust safetensors library writes for the same
// tensors (layout by descending alignment then name, header padded with
// spaces to 8 bytes). It returns an error for an invalid tensor, a name
// that is not UTF-8 or is "__metadata__", or a write error.
func WriteSafetensors(w io.Writer, tensors map[string]*Tensor, metadata map[string]string) error {
	for k, v := range metadata {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			return fmt.Errorf("safetensors: metadata %q is not valid UTF-8", k)
		}
	}
	types, err := typesOf(tensors)
	if err != nil {
		return err
	}
	prefix, entries, err := EncodeSafetensorsHeader(types, metadata)
	if err != nil {
		return err
	}
	if _, err := w.Write(prefix); err != nil {
		return err
	}
	for _, e := range entries {
		if _, err := w.Write(tensors[e.Name].Data); err != nil {
			return err
		}
	}
	return nil
}

// DecodeSafetensors parses a whole safetensors file held in buf. The
// returned tensors alias buf (no copy); they are valid as long as buf is.
// Metadata is nil when the file has none.
func DecodeSafetensors(buf []byte) (map[string]*Tensor, map[string]string, error) {
	h, err := ReadSafetensorsHeader(bytes.NewReader(buf), int64(len(buf)))
	if err != nil {
		return nil, nil, err
	}
	out := make(map[string]*Tensor, len(h.Entries))
	data := buf[h.DataOffset:]
	for _, e := range h.Entries {
		out[e.Name] = &Tensor{DType: e.DType, Shape: e.Shape, Data: data[e.Begin:e.End:e.End]}
	}
	return out, h.Metadata, nil
}
