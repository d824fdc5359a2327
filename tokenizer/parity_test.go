package tokenizer

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

type expectedCase struct {
	Text               string   `json:"text"`
	IDs                []int    `json:"ids"`
	Tokens             []string `json:"tokens"`
	Offsets            [][2]int `json:"offsets"`
	IDsNoSpecial       []int    `json:"ids_no_special"`
	Decoded            string   `json:"decoded"`
	DecodedSkipSpecial string   `json:"decoded_skip_special"`
}

func readGzJSON(t testing.TB, path string, v any) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewDecoder(zr).Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func loadExpected(t testing.TB, name string) []expectedCase {
	var doc struct {
		Cases []expectedCase `json:"cases"`
	}
	readGzJSON(t, "testdata/"+name+"/expected_shared.json.gz", &doc)
	if len(doc.Cases) < 200 {
		t.Fatalf("%s: only %d cases", name, len(doc.Cases))
	}
	return doc.Cases
}

// checkParity compares every field of every fixture case.
func checkParity(t *testing.T, tk *Tokenizer, cases []expectedCase) {
	t.Helper()
	bad := 0
	for i, c := range cases {
		e, err := tk.Encode(c.Text)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		ns, err := tk.Encode(c.Text, WithoutSpecialTokens())
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		fail := func(what string, got, want any) {
			bad++
			if bad <= 8 {
				t.Errorf("case %d %q: %s\n got %v\nwant %v", i, trunc(c.Text), what, got, want)
			}
		}
		if !sameInts(e.IDs, c.IDs) {
			fail("ids", e.IDs, c.IDs)
			continue
		}
		if len(e.Tokens)+len(c.Tokens) > 0 && !reflect.DeepEqual(e.Tokens, c.Tokens) {
			fail("tokens", e.Tokens, c.Tokens)
		}
		if len(e.Offsets)+len(c.Offsets) > 0 && !reflect.DeepEqual(e.Offsets, c.Offsets) {
			fail("offsets", e.Offsets, c.Offsets)
		}
		if !sameInts(ns.IDs, c.IDsNoSpecial) {
			fail("ids_no_special", ns.IDs, c.IDsNoSpecial)
		}
		if d := tk.Decode(c.IDs, false); d != c.Decoded {
			fail("decoded", d, c.Decoded)
		}
		if d := tk.Decode(c.IDs, true); d != c.DecodedSkipSpecial {
			fail("decoded_skip_special", d, c.DecodedSkipSpecial)
		}
	}
	if bad > 0 {
		t.Errorf("%d mismatches over %d cases", bad, len(cases))
	}
}

func trunc(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

func TestParityTokenizerJSON(t *testing.T) {
	for _, name := range []string{"llama2", "llama3", "qwen3", "gpt2", "bert"} {
		t.Run(name, func(t *testing.T) {
			tk, err := FromFile("testdata/" + name + "/tokenizer.json.gz")
			if err != nil {
				t.Fatal(err)
			}
			checkParity(t, tk, loadExpected(t, name))
		})
	}
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// copyToDir copies testdata files into a fresh directory, so FromDir sees
// only the slow files.
func copyToDir(t *testing.T, files ...string) string {
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		name := f[strings.LastIndex(f, "/")+1:]
		if err := os.WriteFile(dir+"/"+name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestParitySlowFiles(t *testing.T) {
	for _, c := range []struct {
		name  string
		files []string
	}{
		{"gpt2", []string{"gpt2/vocab.json.gz", "gpt2/merges.txt.gz"}},
		{"bert", []string{"bert/vocab.txt.gz"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tk, err := FromDir(copyToDir(t, c.files...))
			if err != nil {
				t.Fatal(err)
			}
			checkParity(t, tk, loadExpected(t, c.name))
		})
	}
}
