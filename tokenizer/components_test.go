package tokenizer

import (
	"fmt"
	"strings"
	"testing"
)

// splitsOf runs a pre-tokenizer JSON config on s and renders the splits
// as "text(start,end)" with original byte offsets.
func splitsOf(t *testing.T, cfg, s string) string {
	t.Helper()
	pre, err := parsePreTokenizer(mustJV(t, cfg))
	if err != nil {
		t.Fatal(err)
	}
	p := &preTokenized{splits: []split{{n: newNormStr(s, 0)}}}
	if err := pre.preTokenize(p); err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, sp := range p.splits {
		parts = append(parts, fmt.Sprintf("%s(%d,%d)", sp.n.s, sp.n.oStart, sp.n.oEnd))
	}
	return strings.Join(parts, " ")
}

func mustJV(t testing.TB, s string) jv {
	t.Helper()
	tk := []byte(`{"x":` + s + `}`)
	var root any
	if err := jsonUnmarshal(tk, &root); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return jv{root, ""}.key("x")
}

// Expected splits come from the Hugging Face tokenizers unit tests.
func TestPreTokenizers(t *testing.T) {
	const q = "How are you doing?"
	split := func(b string) string {
		return `{"type":"Split","pattern":{"Regex":"\\w+|[^\\w\\s]+"},"behavior":"` + b + `","invert":true}`
	}
	cases := []struct{ name, cfg, in, want string }{
		{"split removed", split("Removed"), q, "How(0,3) are(4,7) you(8,11) doing(12,17) ?(17,18)"},
		{"split isolated", split("Isolated"), q, "How(0,3)  (3,4) are(4,7)  (7,8) you(8,11)  (11,12) doing(12,17) ?(17,18)"},
		{"split merged prev", split("MergedWithPrevious"), q, "How (0,4) are (4,8) you (8,12) doing(12,17) ?(17,18)"},
		{"split merged next", split("MergedWithNext"), q, "How(0,3)  are(3,7)  you(7,11)  doing(11,17) ?(17,18)"},
		{"split contiguous", split("Contiguous"), q, "How(0,3)  (3,4) are(4,7)  (7,8) you(8,11)  (11,12) doing?(12,18)"},
		{"split line end", `{"type":"Split","pattern":{"Regex":"\\s+$"},"behavior":"Isolated","invert":false}`, "a  \nb ", "a(0,1)   (1,3) \nb(3,5)  (5,6)"}, // $ is a line end, as in Oniguruma
		{"split string", `{"type":"Split","pattern":{"String":" "},"behavior":"Removed","invert":false}`, "Hey, man!", "Hey,(0,4) man!(5,9)"},
		{"bytelevel", `{"type":"ByteLevel","add_prefix_space":false,"trim_offsets":true,"use_regex":true}`, "Hello my friend, how is your day going?",
			"Hello(0,5) Ġmy(5,8) Ġfriend(8,15) ,(15,16) Ġhow(16,20) Ġis(20,23) Ġyour(23,28) Ġday(28,32) Ġgoing(32,38) ?(38,39)"},
		{"bytelevel no regex", `{"type":"ByteLevel","add_prefix_space":true,"use_regex":false}`, "Hello my friend", "ĠHelloĠmyĠfriend(0,15)"},
		{"bert", `{"type":"BertPreTokenizer"}`, "Hey friend!     How are you?!?", "Hey(0,3) friend(4,10) !(10,11) How(16,19) are(20,23) you(24,27) ?(27,28) !(28,29) ?(29,30)"},
		{"digits", `{"type":"Digits","individual_digits":false}`, "Hey 123 friend!", "Hey (0,4) 123(4,7)  friend!(7,15)"},
		{"digits individual", `{"type":"Digits","individual_digits":true}`, "Hey 123 friend!", "Hey (0,4) 1(4,5) 2(5,6) 3(6,7)  friend!(7,15)"},
		{"whitespace", `{"type":"Whitespace"}`, q, "How(0,3) are(4,7) you(8,11) doing(12,17) ?(17,18)"},
		{"whitespace newline", `{"type":"Whitespace"}`, "\n", ""},
		{"whitespace split", `{"type":"WhitespaceSplit"}`, "Hey, man, Good?", "Hey,(0,4) man,(5,9) Good?(10,15)"},
		{"punctuation", `{"type":"Punctuation","behavior":"Isolated"}`, "Hey friend!     How are you?!?", "Hey friend(0,10) !(10,11)      How are you(11,27) ?(27,28) !(28,29) ?(29,30)"},
		{"metaspace", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"always","split":true}`, "Hey friend!", "▁Hey(0,3) ▁friend!(3,11)"},
		{"metaspace spaces", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"always","split":true}`, "Hey   friend!", "▁Hey(0,3) ▁(3,4) ▁(4,5) ▁friend!(5,13)"},
		{"metaspace never", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"never","split":false}`, "Hey friend", "Hey▁friend(0,10)"},
		{"unicode scripts", `{"type":"UnicodeScripts"}`, "どこで生れ。Yes", "どこで生れ(0,15) 。(15,18) Yes(18,21)"},
		{"sequence", `{"type":"Sequence","pretokenizers":[{"type":"WhitespaceSplit"},{"type":"Digits","individual_digits":true}]}`, "a12 b", "a(0,1) 1(1,2) 2(2,3) b(4,5)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := splitsOf(t, c.cfg, c.in); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// normOf normalizes s and renders the result and each rune's original
// byte range.
func normOf(t *testing.T, cfg, s string) string {
	t.Helper()
	nz, err := parseNormalizer(mustJV(t, cfg))
	if err != nil {
		t.Fatal(err)
	}
	n := newNormStr(s, 0)
	if err := nz.normalize(n); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(string(n.s))
	for i := range string(n.s) {
		fmt.Fprintf(&b, " %d-%d", n.align[i].s, n.align[i].e)
	}
	return b.String()
}

func TestNormalizers(t *testing.T) {
	cases := []struct{ name, cfg, in, want string }{
		{"lowercase", `{"type":"Lowercase"}`, "Abİ", "abi̇ 0-1 1-2 2-4 2-4"},
		{"strip", `{"type":"Strip","strip_left":true,"strip_right":true}`, "  ab ", "ab 2-3 3-4"},
		{"strip right", `{"type":"Strip","strip_left":false,"strip_right":true}`, " a ", " a 0-1 1-2"},
		{"nfd", `{"type":"NFD"}`, "\u00e9", "e\u0301 0-2 0-2"},
		{"nfc", `{"type":"NFC"}`, "e\u0301a", "\u00e9a 0-1 3-4"},
		{"nfkc", `{"type":"NFKC"}`, "ﬁx", "fix 0-3 0-3 3-4"},
		{"strip accents", `{"type":"Sequence","normalizers":[{"type":"NFD"},{"type":"StripAccents"}]}`, "\u00e9a", "ea 0-2 2-3"},
		{"replace", `{"type":"Replace","pattern":{"String":" "},"content":"▁"}`, "a b", "a▁b 0-1 1-2 2-3"},
		{"replace regex", `{"type":"Replace","pattern":{"Regex":" {2,}"},"content":"_"}`, "a   b", "a_b 0-1 3-4 4-5"},
		{"prepend", `{"type":"Prepend","prepend":"▁"}`, "ab", "▁ab 0-1 0-1 1-2"},
		{"prepend empty", `{"type":"Prepend","prepend":"▁"}`, "", ""},
		{"bert", `{"type":"BertNormalizer","clean_text":true,"handle_chinese_chars":true,"strip_accents":null,"lowercase":true}`, "Hé\t野\x00!", "he  野 ! 0-1 1-3 3-4 4-7 4-7 4-7 8-9"},
		{"bert keep case", `{"type":"BertNormalizer","lowercase":false}`, "Hé", "Hé 0-1 1-3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := normOf(t, c.cfg, c.in); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestDecoders(t *testing.T) {
	cases := []struct {
		name, cfg string
		toks      []string
		want      string
	}{
		{"bytelevel", `{"type":"ByteLevel"}`, []string{"Hello", "Ġwor", "ld", "ĠðŁĺ", "Ģ"}, "Hello world 😀"},
		{"bytelevel invalid", `{"type":"ByteLevel"}`, []string{"ðŁĺ", "a"}, "\uFFFDa"},
		{"wordpiece", `{"type":"WordPiece","prefix":"##","cleanup":true}`, []string{"hel", "##lo", "world", "!", "do", "n't"}, "hello world! don't"},
		{"wordpiece no cleanup", `{"type":"WordPiece","prefix":"##","cleanup":false}`, []string{"a", "!"}, "a !"},
		{"metaspace", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"always"}`, []string{"▁Hey", "▁friend", "!"}, "Hey friend!"},
		{"metaspace first token", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"first"}`, []string{"▁▁a▁b", "▁c"}, "ab c"},
		{"metaspace never", `{"type":"Metaspace","replacement":"▁","prepend_scheme":"never"}`, []string{"▁a", "▁b"}, " a b"},
		{"llama", `{"type":"Sequence","decoders":[{"type":"Replace","pattern":{"String":"▁"},"content":" "},{"type":"ByteFallback"},{"type":"Fuse"},{"type":"Strip","content":" ","start":1,"stop":0}]}`,
			[]string{"▁Hi", "▁", "<0xF0>", "<0x9F>", "<0x98>", "<0x80>", "!", "<0xF0>", "<0xFF>"}, "Hi 😀!\uFFFD\uFFFD"},
		{"replace regex", `{"type":"Replace","pattern":{"Regex":"_+"},"content":" "}`, []string{"a__b", "_c"}, "a b c"},
		{"bpe", `{"type":"BPEDecoder","suffix":"</w>"}`, []string{"hel", "lo</w>", "you</w>"}, "hello you"},
		{"ctc", `{"type":"CTC","pad_token":"<pad>","word_delimiter_token":"|","cleanup":true}`, []string{"<pad>", "h", "h", "e", "|", "y", "<pad>"}, "he y"},
		{"strip", `{"type":"Strip","content":"x","start":2,"stop":1}`, []string{"xxxax"}, "xa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := parseDecoder(mustJV(t, c.cfg))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(d.decodeChain(c.toks), ""); got != c.want {
				t.Errorf("got %q want %q", got, c.want)
			}
		})
	}
}
