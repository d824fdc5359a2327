package tokenizer

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// pbWriter builds protobuf messages for tests.
type pbWriter []byte

func (w *pbWriter) varint(v uint64) {
	for v >= 0x80 {
		*w = append(*w, byte(v)|0x80)
		v >>= 7
	}
	*w = append(*w, byte(v))
}
func (w *pbWriter) key(num, wt int) { w.varint(uint64(num<<3 | wt)) }
func (w *pbWriter) bytes(num int, b []byte) {
	w.key(num, 2)
	w.varint(uint64(len(b)))
	*w = append(*w, b...)
}
func (w *pbWriter) uint(num int, v uint64) { w.key(num, 0); w.varint(v) }
func (w *pbWriter) float(num int, f float32) {
	w.key(num, 5)
	*w = binary.LittleEndian.AppendUint32(*w, math.Float32bits(f))
}

type testPiece struct {
	piece string
	score float32
	typ   int
}

func buildSPModel(pieces []testPiece, modelType int, byteFallback bool, charsmap []byte) []byte {
	var m pbWriter
	for _, p := range pieces {
		var pw pbWriter
		pw.bytes(1, []byte(p.piece))
		pw.float(2, p.score)
		if p.typ != 1 {
			pw.uint(3, uint64(p.typ))
		}
		m.bytes(1, pw)
	}
	var ts pbWriter
	ts.uint(3, uint64(modelType))
	if byteFallback {
		ts.uint(35, 1)
	}
	ts.uint(40, 0)
	m.bytes(2, ts)
	var ns pbWriter
	if charsmap != nil {
		ns.bytes(2, charsmap)
	}
	m.bytes(3, ns)
	return m
}

// llama2Pieces turns the llama2 tokenizer.json vocabulary into
// SentencePiece pieces. Scores follow the rank of the first merge that
// builds each piece (as in Llama's model, where scores order the merges);
// pieces no merge builds score below all of them.
func llama2Pieces(t *testing.T) []testPiece {
	var doc struct {
		Model struct {
			Vocab  map[string]int `json:"vocab"`
			Merges []string       `json:"merges"`
		} `json:"model"`
	}
	readGzJSON(t, "testdata/llama2/tokenizer.json.gz", &doc)
	rank := map[string]int{}
	for i, m := range doc.Model.Merges {
		l, r, _ := strings.Cut(m, " ")
		if _, ok := rank[l+r]; !ok {
			rank[l+r] = i
		}
	}
	pieces := make([]testPiece, len(doc.Model.Vocab))
	for p, id := range doc.Model.Vocab {
		typ := 1
		switch {
		case id == 0:
			typ = 2
		case id <= 2:
			typ = 3
		case len(p) == 6 && strings.HasPrefix(p, "<0x"):
			typ = 6
		}
		score := float32(-1e6 - float64(id))
		if r, ok := rank[p]; ok {
			score = float32(-r)
		}
		if typ != 1 {
			score = 0
		}
		pieces[id] = testPiece{p, score, typ}
	}
	return pieces
}

func TestSentencePieceBPEParity(t *testing.T) {
	model := buildSPModel(llama2Pieces(t), 2, true, nil)
	tk, err := FromSentencePiece(model, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkParity(t, tk, loadExpected(t, "llama2"))
}

func TestSentencePieceUnigram(t *testing.T) {
	pieces := []testPiece{{"<unk>", 0, 2}, {"<s>", 0, 3}, {"</s>", 0, 3},
		{"▁", -2, 1}, {"▁hello", -3, 1}, {"▁he", -2, 1}, {"llo", -2, 1}, {"▁world", -4, 1},
		{"h", -5, 1}, {"e", -5, 1}, {"l", -5, 1}, {"o", -5, 1}, {"<0xC3>", 0, 6}, {"<0xA9>", 0, 6}}
	tk, err := FromSentencePiece(buildSPModel(pieces, 1, true, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	e, err := tk.Encode("hello  world é")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal([]any{e.Tokens, e.Offsets})
	// "▁hello" (-3) beats "▁he"+"llo" (-4); the double space collapses
	// into one "▁" aligned to the second space (HF's replace rule); é falls
	// back to bytes that both point at its first byte.
	want := `[["▁hello","▁world","▁","\u003c0xC3\u003e","\u003c0xA9\u003e"],[[0,5],[6,12],[12,13],[13,14],[13,14]]]`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if d := tk.Decode(e.IDs, false); d != "hello world é" {
		t.Errorf("decode = %q", d)
	}
}

func TestSentencePieceBadInput(t *testing.T) {
	good := buildSPModel([]testPiece{{"<unk>", 0, 2}, {"a", -1, 1}}, 1, false, nil)
	cases := map[string][]byte{
		"empty":        {},
		"truncated":    good[:len(good)-3],
		"bad wiretype": {0x0f},
		"long length":  {0x0a, 0xff, 0xff, 0x03},
		"bpe bad type": buildSPModel([]testPiece{{"<unk>", 0, 2}}, 7, false, nil),
	}
	for name, b := range cases {
		if _, err := FromSentencePiece(b, nil); err == nil {
			t.Errorf("%s: expected an error", name)
		}
	}
	if _, err := FromSentencePiece(good, nil); err != nil {
		t.Errorf("good model: %v", err)
	}
}

func FuzzSentencePiece(f *testing.F) {
	f.Add(buildSPModel([]testPiece{{"<unk>", 0, 2}, {"▁a", -1, 1}, {"a", -2, 1}}, 1, false, nil))
	f.Add(buildSPModel([]testPiece{{"<unk>", 0, 2}, {"▁", -1, 1}, {"a", -2, 1}, {"▁a", -3, 1}}, 2, true, nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := FromSentencePiece(b, nil)
		if err != nil {
			return
		}
		e, err := tk.Encode("a ab\xff")
		if err == nil {
			tk.Decode(e.IDs, true)
		}
	})
}
