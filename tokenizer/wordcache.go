package tokenizer

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// tokCache is the BPE and WordPiece models' word cache: a wordCache (hot)
// for short words in front of a sync.Map that keeps up to bpeCacheMax
// words. Safe for concurrent use.
type tokCache struct {
	hot *wordCache
	all sync.Map // word -> []cachedTok
	n   atomic.Int64
}

func newTokCache() tokCache { return tokCache{hot: newWordCache(12)} }

// get returns the tokens cached for s; a short word found only in the map
// is copied into hot.
func (c *tokCache) get(s string) ([]cachedTok, bool) {
	if v, ok := c.hot.get(s); ok {
		return v, true
	}
	v, ok := c.all.Load(s)
	if !ok {
		return nil, false
	}
	if len(s) < 64 {
		c.hot.put(s, v.([]cachedTok))
	}
	return v.([]cachedTok), true
}

// full reports whether the map holds bpeCacheMax words; callers then skip
// building an entry (put would still store it).
func (c *tokCache) full() bool { return c.n.Load() >= bpeCacheMax }

// put stores toks for a copy of s, and in hot too when s is short.
func (c *tokCache) put(s string, toks []cachedTok) {
	if _, loaded := c.all.LoadOrStore(strings.Clone(s), toks); !loaded {
		c.n.Add(1)
	}
	if len(s) < 64 {
		c.hot.put(s, toks)
	}
}

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
