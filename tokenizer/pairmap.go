package tokenizer

// pairMap is an open-addressing hash table from a merge pair
// (left<<32|right) to (rank<<32|newID). Merge lookups dominate BPE time
// and this is several times faster than a Go map for uint64 keys.
type pairMap struct {
	keys  []uint64
	vals  []uint64
	used  []bool
	shift uint
	n     int
}

func newPairMap(capacity int) *pairMap {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	shift := uint(64)
	for s := size; s > 1; s >>= 1 {
		shift--
	}
	return &pairMap{keys: make([]uint64, size), vals: make([]uint64, size), used: make([]bool, size), shift: shift}
}

func (m *pairMap) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> m.shift }

// get returns the value for k.
func (m *pairMap) get(k uint64) (uint64, bool) {
	mask := uint64(len(m.keys) - 1)
	for i := m.slot(k); ; i = (i + 1) & mask {
		if !m.used[i] {
			return 0, false
		}
		if m.keys[i] == k {
			return m.vals[i], true
		}
	}
}

// putIfAbsent stores v under k unless k is present; it reports whether it
// stored. The table never fills: it is sized for twice the capacity and
// grows if needed.
func (m *pairMap) putIfAbsent(k, v uint64) bool {
	if (m.n+1)*2 > len(m.keys) {
		m.grow()
	}
	mask := uint64(len(m.keys) - 1)
	for i := m.slot(k); ; i = (i + 1) & mask {
		if !m.used[i] {
			m.used[i], m.keys[i], m.vals[i] = true, k, v
			m.n++
			return true
		}
		if m.keys[i] == k {
			return false
		}
	}
}

func (m *pairMap) grow() {
	old := *m
	*m = *newPairMap(len(old.keys))
	for i, u := range old.used {
		if u {
			m.putIfAbsent(old.keys[i], old.vals[i])
		}
	}
}

// len is the number of entries.
func (m *pairMap) len() int { return m.n }
