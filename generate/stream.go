package generate

import (
	"strings"
	"unicode/utf8"

	"github.com/kiln-ml/kiln/tokenizer"
)

// Streamer receives tokens while they are generated (transformers'
// BaseStreamer). Put gets one token per row after every step; finished[i]
// is true when row i had already finished, so its token is padding. End is
// called once after the last step. An error from either stops generation.
type Streamer interface {
	Put(tokens []int, finished []bool) error
	End() error
}

// TokenFunc adapts a function to Streamer (End does nothing).
type TokenFunc func(tokens []int, finished []bool) error

// Put calls f.
func (f TokenFunc) Put(tokens []int, finished []bool) error { return f(tokens, finished) }

// End does nothing.
func (TokenFunc) End() error { return nil }

// TextStreamer turns streamed tokens into text per row. It decodes each
// row's new tokens together and emits only the text added since the last
// call, holding back while the text ends in an incomplete character (a
// multi-byte UTF-8 character split across byte-level tokens decodes to
// U+FFFD until its last byte arrives), so the concatenation of everything
// emitted for a row equals the decoding of its tokens.
type TextStreamer struct {
	tok         *tokenizer.Tokenizer
	skipSpecial bool
	fn          func(row int, text string) error
	ids         [][]int
	emitted     []string
}

// NewTextStreamer calls fn(row, text) with each new piece of text;
// skipSpecial leaves special tokens (EOS...) out of the text.
func NewTextStreamer(tok *tokenizer.Tokenizer, skipSpecial bool, fn func(row int, text string) error) *TextStreamer {
	return &TextStreamer{tok: tok, skipSpecial: skipSpecial, fn: fn}
}

func (t *TextStreamer) grow(n int) {
	for len(t.ids) < n {
		t.ids = append(t.ids, nil)
		t.emitted = append(t.emitted, "")
	}
}

// Put implements Streamer.
func (t *TextStreamer) Put(tokens []int, finished []bool) error {
	t.grow(len(tokens))
	for r, id := range tokens {
		if r < len(finished) && finished[r] {
			continue
		}
		t.ids[r] = append(t.ids[r], id)
		if err := t.flush(r, false); err != nil {
			return err
		}
	}
	return nil
}

// flush emits the stable new text of row r (all of it when final).
func (t *TextStreamer) flush(r int, final bool) error {
	text := t.tok.Decode(t.ids[r], t.skipSpecial)
	if !final && strings.HasSuffix(text, string(utf8.RuneError)) {
		return nil
	}
	// Text already emitted cannot be taken back: if decoding more tokens
	// rewrote it (rare normaliser effects), wait until it extends it again.
	if len(text) <= len(t.emitted[r]) || !strings.HasPrefix(text, t.emitted[r]) {
		return nil
	}
	piece := text[len(t.emitted[r]):]
	t.emitted[r] = text
	return t.fn(r, piece)
}

// End emits whatever text was held back.
func (t *TextStreamer) End() error {
	for r := range t.ids {
		if err := t.flush(r, true); err != nil {
			return err
		}
	}
	return nil
}

// Event is one streamed token of one row, with the text it completed
// (empty while a character is incomplete or without a tokenizer).
type Event struct {
	Row   int
	Token int
	Text  string
}

// ChannelStreamer sends an Event per row and step on C, and closes C at
// the end. Generation blocks while C is full: read it from another
// goroutine.
type ChannelStreamer struct {
	C    chan Event
	text *TextStreamer
	cur  []string
}

// NewChannelStreamer returns a streamer whose channel holds buf events;
// tok may be nil (no text).
func NewChannelStreamer(tok *tokenizer.Tokenizer, skipSpecial bool, buf int) *ChannelStreamer {
	c := &ChannelStreamer{C: make(chan Event, buf)}
	if tok != nil {
		c.text = NewTextStreamer(tok, skipSpecial, func(row int, text string) error {
			c.cur[row] += text
			return nil
		})
	}
	return c
}

// Put implements Streamer.
func (c *ChannelStreamer) Put(tokens []int, finished []bool) error {
	c.cur = make([]string, len(tokens))
	if c.text != nil {
		if err := c.text.Put(tokens, finished); err != nil {
			return err
		}
	}
	for r, id := range tokens {
		if r < len(finished) && finished[r] {
			continue
		}
		c.C <- Event{Row: r, Token: id, Text: c.cur[r]}
	}
	return nil
}

// End sends any held-back text (as events with Token -1) and closes C.
func (c *ChannelStreamer) End() error {
	defer close(c.C)
	if c.text == nil {
		return nil
	}
	c.cur = make([]string, len(c.text.ids))
	if err := c.text.End(); err != nil {
		return err
	}
	for r, s := range c.cur {
		if s != "" {
			c.C <- Event{Row: r, Token: -1, Text: s}
		}
	}
	return nil
}

// endsWithStopString reports whether the decoded new tokens contain a stop
// string that the last token completed (transformers' StopStringCriteria:
// the stop string ends the text, though the last token may overhang it).
func endsWithStopString(tok *tokenizer.Tokenizer, newTokens []int, stops []string) bool {
	if len(newTokens) == 0 {
		return false
	}
	longest := 0
	for _, s := range stops {
		longest = max(longest, len(s))
	}
	// A stop string of n bytes spans at most n tokens (plus the overhang).
	from := max(0, len(newTokens)-longest-1)
	ids := newTokens[from:]
	text := tok.Decode(ids, false)
	prev := tok.Decode(ids[:len(ids)-1], false)
	for _, s := range stops {
		if s != "" && strings.Contains(text, s) && !strings.Contains(prev, s) {
			return true
		}
	}
	return false
}
