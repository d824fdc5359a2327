package xla

import (
	"strings"
	"testing"
)

func TestMemoryFractionFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  string
		want float32
		bad  bool
	}{{"", 0, false}, {"0.125", 0.125, false}, {" 1 ", 1, false}, {"0", 0, true}, {"1.5", 0, true}, {"half", 0, true}} {
		t.Setenv(EnvMemoryFraction, c.env)
		got, err := memoryFractionFromEnv()
		if c.bad {
			if err == nil || !strings.Contains(err.Error(), EnvMemoryFraction) {
				t.Errorf("%q: error %v, want one naming %s", c.env, err, EnvMemoryFraction)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%q: got %v, %v; want %v", c.env, got, err, c.want)
		}
	}
}
