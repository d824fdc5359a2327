package interp

import "testing"

// Published SplitMix64 outputs (seed 0: 0xE220A8397B1DCDAF; seed 1234567:
// 6457827717110365317, 3203168211198807973, ...): the generator's n-th
// output is splitmix64(seed + (n-1)*0x9E3779B97F4A7C15).
func TestSplitMix64KnownAnswers(t *testing.T) {
	gamma := uint64(0x9E3779B97F4A7C15) // a variable: the sums below wrap
	for _, c := range []struct{ in, want uint64 }{
		{0, 0xE220A8397B1DCDAF},
		{1234567, 6457827717110365317},
		{1234567 + gamma, 3203168211198807973},
		{1234567 + 2*gamma, 9817491932198370423},
		{1234567 + 3*gamma, 4593380528125082431},
	} {
		if got := splitmix64(c.in); got != c.want {
			t.Errorf("splitmix64(%d) = %d, want %d", c.in, got, c.want)
		}
	}
}
