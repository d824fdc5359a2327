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

// put stores a copy of key (which may point into a larger text) if its
// slot is free. Filling only free slots keeps the words seen first, which
// under a skewed word distribution are mostly the frequent ones, and
// avoids churn when more words than slots compete.
func (c *wordCache) put(key string, toks []cachedTok) {
	slot := &c.slots[maphash.String(c.seed, key)&c.mask]
	if slot.Load() != nil {
		return
	}
	slot.CompareAndSwap(nil, &cacheEntry{key: string(append([]byte(nil), key...)), toks: toks})
}

// getBytes is get for a key held in a byte slice, without converting it.
func (c *wordCache) getBytes(key []byte) ([]cachedTok, bool) {
	e := c.slots[maphash.Bytes(c.seed, key)&c.mask].Load()
	if e != nil && e.key == string(key) {
		return e.toks, true
	}
	return nil, false
}
