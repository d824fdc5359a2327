package ir

import "testing"

func TestAttentionOptionalArgs(t *testing.T) {
	for _, c := range []struct {
		a                AttentionAttrs
		mask, pos, sinks int
	}{
		{AttentionAttrs{}, -1, -1, -1},
		{AttentionAttrs{HasMask: true}, 3, -1, -1},
		{AttentionAttrs{HasPositions: true}, -1, 3, -1},
		{AttentionAttrs{HasSinks: true}, -1, -1, 3},
		{AttentionAttrs{HasMask: true, HasSinks: true}, 3, -1, 4},
		{AttentionAttrs{HasMask: true, HasPositions: true, HasSinks: true}, 3, 4, 5},
	} {
		m, p, s := c.a.OptionalArgs()
		if m != c.mask || p != c.pos || s != c.sinks {
			t.Errorf("%+v: got %d %d %d, want %d %d %d", c.a, m, p, s, c.mask, c.pos, c.sinks)
		}
	}
}
