package generate_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/tokenizer"
)

func gpt2Tokenizer(t testing.TB) *tokenizer.Tokenizer {
	t.Helper()
	tok, err := tokenizer.FromDir(fixtureDir("gpt2-tiny")) // vocab.json + merges.txt
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestTextStreamerMultiByte streams a text whose CJK and emoji characters
// are split across GPT-2's byte-level tokens: no piece may contain a
// replacement character, and the pieces must add up to the decoded text.
func TestTextStreamerMultiByte(t *testing.T) {
	tok := gpt2Tokenizer(t)
	text := "héllo 世界 🎉 ok"
	enc, err := tok.Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	split := false
	for i := range enc.IDs {
		split = split || strings.HasSuffix(tok.Decode(enc.IDs[:i+1], false), string(utf8.RuneError))
	}
	if !split {
		t.Fatal("test text does not split a character across tokens")
	}
	var pieces []string
	s := generate.NewTextStreamer(tok, false, func(row int, piece string) error {
		if row != 0 {
			t.Errorf("row %d", row)
		}
		pieces = append(pieces, piece)
		return nil
	})
	for _, id := range enc.IDs {
		if err := s.Put([]int{int(id)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.End(); err != nil {
		t.Fatal(err)
	}
	for _, p := range pieces {
		if strings.ContainsRune(p, utf8.RuneError) {
			t.Errorf("piece %q has a replacement character (pieces %q)", p, pieces)
		}
	}
	if got := strings.Join(pieces, ""); got != text {
		t.Errorf("streamed %q, want %q", got, text)
	}
}

// TestStreamingGeneration streams a gpt2-tiny generation through a
// channel: the tokens and text received equal the returned output.
func TestStreamingGeneration(t *testing.T) {
	ref := readReference(t, "gpt2-tiny")
	g := loadGenerator(t, "gpt2-tiny")
	g.Tokenizer = gpt2Tokenizer(t)
	ch := generate.NewChannelStreamer(g.Tokenizer, true, 4)
	var tokens []int
	var text strings.Builder
	done := make(chan struct{})
	go func() {
		for ev := range ch.C {
			if ev.Token >= 0 {
				tokens = append(tokens, ev.Token)
			}
			text.WriteString(ev.Text)
		}
		close(done)
	}()
	out, err := g.Generate(context.Background(), ref.Prompts[:1], generate.MaxNewTokens(6), generate.Stream(ch))
	<-done
	if err != nil {
		t.Fatal(err)
	}
	got := out.NewTokens()[0]
	if !slices.Equal(tokens, got) || !slices.Equal(got, ref.Greedy.IDs[0][:6]) {
		t.Errorf("streamed %v, returned %v, reference %v", tokens, got, ref.Greedy.IDs[0][:6])
	}
	ids := make([]int, len(got))
	for i, id := range got {
		ids[i] = int(id)
	}
	if want := g.Tokenizer.Decode(ids, true); text.String() != want {
		t.Errorf("streamed text %q, want %q", text.String(), want)
	}
}

// TestStopStrings stops gpt2-tiny's greedy generation at the first step
// whose decoded text contains a stop string spanning two tokens.
func TestStopStrings(t *testing.T) {
	ref := readReference(t, "gpt2-tiny")
	g := loadGenerator(t, "gpt2-tiny")
	g.Tokenizer = nil
	if _, err := g.Generate(context.Background(), ref.Prompts[:1], generate.MaxNewTokens(3), generate.StopStrings("x")); err == nil {
		t.Fatal("stop strings without a tokenizer were accepted")
	}
	g.Tokenizer = gpt2Tokenizer(t)
	want := ref.Greedy.IDs[0]
	dec := func(n int) string {
		ids := make([]int, n)
		for i := range ids {
			ids[i] = int(want[i])
		}
		return g.Tokenizer.Decode(ids, false)
	}
	// The last 3 bytes of the first token and the first 3 of the second.
	first, two := dec(1), dec(2)
	stop := two[len(first)-3 : len(first)+3]
	if strings.Contains(first, stop) {
		t.Fatalf("stop string %q already in the first token %q", stop, first)
	}
	out, err := g.Generate(context.Background(), ref.Prompts[:1], generate.MaxNewTokens(8), generate.StopStrings("never there", stop))
	if err != nil {
		t.Fatal(err)
	}
	if got := out.NewTokens()[0]; !slices.Equal(got, want[:2]) {
		t.Errorf("stop string %q: generated %v, want %v", stop, got, want[:2])
	}
}
