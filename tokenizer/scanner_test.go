package tokenizer

import (
	"fmt"
	"testing"
)

func scannerPatterns(t testing.TB) map[string]*regexPattern {
	out := map[string]*regexPattern{}
	for name, src := range map[string]string{"gpt2": gpt2Pattern, "llama3": llama3Pattern, "qwen": qwenPattern} {
		p, err := compileRegex(src)
		if err != nil {
			t.Fatal(err)
		}
		if p.fast == nil {
			t.Fatalf("%s: no scanner", name)
		}
		out[name] = p
	}
	return out
}

func compareScanner(t *testing.T, p *regexPattern, s string) {
	t.Helper()
	fast, _ := p.findMatches(s)
	slow, err := p.slowMatches(s)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(fast) != fmt.Sprint(slow) && !(len(s) == 0) {
		t.Fatalf("pattern %q on %q:\nscanner %v\nregexp2 %v", p.src, s, fast, slow)
	}
}

var scannerSeeds = []string{
	"Hello world! How's it going? I'M fine, they'LL see'd", "  leading   spaces\t\ttabs \n\n\r\n x",
	"12345 1234567 3.14 ٣٤٥ ½", "'s'S 'Re 've'", " 'hello", "(word [x] \"q\"", "a\u00a0b\u3000c\u2028d\u0085e",
	"e\u0301 \u0301x", "end with space ", "\n", " ", "x\r\ny\r", "!!!\n\n?? ..\r\n", "中文测试：我爱。", "😀 👍🏽 🇫🇷",
	"\v\f x", "  \n  y", "a  \u2003 b",
}

func TestScannersMatchRegexp2(t *testing.T) {
	var corpus []string
	readGzJSON(t, "testdata/corpus_shared.json.gz", &corpus)
	for _, p := range scannerPatterns(t) {
		for _, s := range append(corpus, scannerSeeds...) {
			compareScanner(t, p, s)
		}
	}
}

func FuzzScanners(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add(s)
	}
	ps := scannerPatterns(f)
	f.Fuzz(func(t *testing.T, s string) {
		s = sanitize(s)
		for _, p := range ps {
			compareScanner(t, p, s)
		}
	})
}
