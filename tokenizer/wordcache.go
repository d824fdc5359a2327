package tokenizer

import (
	"hash/maphash"
	"sync/atomic"
)

// wordCache is a small direct-mapped cache from a word to its tokens. It
// sits in front of the models' larger caches: word frequencies are very
// skewed, so most lookups hit a table that fits in the CPU cache. Slots
// are replaced atomically, so concurrent use is safe; a collision only
// costs a recomputation.
type wordCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[cacheEntry]
	mask  uint64
}

type cacheEntry struct {
	key  string
	toks []cachedTok
}

func newWordCache(bits uint) *wordCache {
	n := 1 << bits
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[cacheEntry], n), mask: uint64(n - 1)}
}

func (c *wordCache) get(key string) ([]cachedTok, bool) {
	e := c.slots[maphash.String(c.seed, key)&c.mask].Load()
	if e != nil && e.key == key {
		return e.toks, true
	}
	return nil, false
}

// put stores a copy of key (which may point into a larger text).
func (c *wordCache) put(key string, toks []cachedTok) {
	c.slots[maphash.String(c.seed, key)&c.mask].Store(&cacheEntry{key: string(append([]byte(nil), key...)), toks: toks})
}
