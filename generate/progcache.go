package generate

import (
	"fmt"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
)

// programCache compiles small helper programs (beam reorder, last-position
// slice) once per key and backend, for the life of a Generator.
type programCache[K comparable] struct {
	mu   sync.Mutex
	exes map[programKey[K]]backends.Executable
}

type programKey[K comparable] struct {
	backend string
	key     K
}

// compile returns the cached executable for k or builds and compiles it.
func (c *programCache[K]) compile(b backends.Backend, k K, build func() (*ir.Func, error)) (backends.Executable, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pk := programKey[K]{b.Name(), k}
	if e, ok := c.exes[pk]; ok {
		return e, nil
	}
	f, err := build()
	if err != nil {
		return nil, err
	}
	e, err := b.Compile(f, backends.CompileOptions{})
	if err != nil {
		return nil, fmt.Errorf("compiling %s on %s: %w", f.Name, b.Name(), err)
	}
	if c.exes == nil {
		c.exes = map[programKey[K]]backends.Executable{}
	}
	c.exes[pk] = e
	return e, nil
}
