package tokenizer

import (
	"strings"
	"testing"
)

func TestDecodeStream(t *testing.T) {
	texts := []string{"Hello world! 😀 中文 — done", "Emoji: 👨‍👩‍👧‍👦 🇫🇷 ❤️ and é"}
	for _, name := range []string{"llama2", "llama3", "gpt2"} {
		tk := fixtureTokenizers(t)[name]
		for _, text := range texts {
			e, err := tk.Encode(text, WithoutSpecialTokens())
			if err != nil {
				t.Fatal(err)
			}
			ds := tk.NewDecodeStream(false)
			var sb strings.Builder
			for _, id := range e.IDs {
				s, ok, err := ds.Step(id)
				if err != nil {
					t.Fatal(err)
				}
				if ok && strings.Contains(s, "\uFFFD") {
					t.Errorf("%s: partial character emitted: %q", name, s)
				}
				sb.WriteString(s)
			}
			if want := tk.Decode(e.IDs, false); sb.String() != want {
				t.Errorf("%s: stream %q, decode %q", name, sb.String(), want)
			}
		}
	}
}

func TestCleanUpAndDefaultPadding(t *testing.T) {
	if got := CleanUpTokenizationSpaces("a , b . do n't it 's"); got != "a, b. don't it's" {
		t.Errorf("clean-up: %q", got)
	}
	tk := bertCopy(t)
	if tk.DefaultPadding() != nil {
		t.Error("no config and no padding: want nil")
	}
	tk.Config = &Config{PADToken: "[PAD]", PaddingSide: "left", CleanUpTokenizationSpaces: true}
	p := tk.DefaultPadding()
	if p == nil || p.PadID != 0 || p.Side != Left {
		t.Fatalf("DefaultPadding = %+v", p)
	}
	if got := tk.DecodeText([]int{11108, 29612}, false); got != "world!" {
		t.Errorf("DecodeText = %q", got)
	}
}

func TestConfigTokenIDs(t *testing.T) {
	tk, err := FromDir(copyToDir(t, "llama2/tokenizer.json.gz", "llama2/tokenizer_config.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	bos, ok1 := tk.BOSTokenID()
	eos, ok2 := tk.EOSTokenID()
	_, ok3 := tk.PadTokenID()
	if !ok1 || !ok2 || ok3 || bos != 1 || eos != 2 {
		t.Errorf("bos %d %v eos %d %v pad %v", bos, ok1, eos, ok2, ok3)
	}
	if _, ok := bertCopy(t).EOSTokenID(); ok {
		t.Error("no config: want false")
	}
}
