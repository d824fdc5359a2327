package session

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/tensor"
)

// ErrClosed is returned by every call on a closed Session.
var ErrClosed = errors.New("session is closed")

// Session owns the compiled programs and the named buffers of one backend.
// K is the signature a program is cached by (a model Spec, a training
// step's shape, ...). A Session is safe for concurrent use.
type Session[K comparable] struct {
	backend backends.Backend
	opts    backends.CompileOptions

	// exec orders runs against buffer replacement: runs that only read
	// named buffers hold it shared, anything that replaces or frees a named
	// buffer (updating runs, Delete, Close) holds it exclusively, so no
	// buffer is freed while an executable reads it.
	exec sync.RWMutex

	mu       sync.Mutex // guards everything below
	closed   bool
	names    map[string]*slot
	held     map[backends.Buffer]*slot // the slot holding each named buffer
	programs map[K]*entry
	stats    Stats
}

// slot is one named buffer; tied names point at the same slot, so a
// replacement is seen through all of them.
type slot struct {
	buf   backends.Buffer
	names []string
}

// Stats counts program cache traffic.
type Stats struct {
	// Compiles counts backend compilations (one per key, barring failures).
	Compiles int
	// Hits counts Program calls served by an already compiled program.
	Hits int
}

// New returns a Session compiling on b with opts for every program.
func New[K comparable](b backends.Backend, opts backends.CompileOptions) *Session[K] {
	return &Session[K]{backend: b, opts: opts, names: map[string]*slot{}, held: map[backends.Buffer]*slot{}, programs: map[K]*entry{}}
}

// Backend is the backend programs are compiled for and buffers live on.
func (s *Session[K]) Backend() backends.Backend { return s.backend }

// Stats returns the program cache counters so far.
func (s *Session[K]) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Upload copies t to the backend and names the buffer. A name is uploaded
// once: uploading an existing name is an error (replace buffers with a
// Run's Updates, or Delete first).
func (s *Session[K]) Upload(name string, t *tensor.Tensor) error {
	if err := s.checkNew(name); err != nil {
		return err
	}
	buf, err := s.backend.Upload(t)
	if err != nil {
		return fmt.Errorf("uploading %s: %w", name, err)
	}
	if err := s.Adopt(name, buf); err != nil {
		buf.Free()
		return err
	}
	return nil
}

// checkNew reports whether name may be added.
func (s *Session[K]) checkNew(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if name == "" {
		return errors.New("session: a buffer needs a name")
	}
	if _, ok := s.names[name]; ok {
		return fmt.Errorf("session: buffer %q exists", name)
	}
	return nil
}

// Adopt names buf, which must live on the Session's backend; the Session
// owns it from now on and frees it when it is replaced, deleted or the
// Session is closed. A buffer already held under another name is refused:
// use Tie, so that replacing one name cannot leave the other dangling.
func (s *Session[K]) Adopt(name string, buf backends.Buffer) error {
	if buf == nil {
		return fmt.Errorf("session: buffer %q is nil", name)
	}
	if err := checkComparable(buf); err != nil {
		return fmt.Errorf("session: buffer %q: %w", name, err)
	}
	if err := s.checkNew(name); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.names[name]; ok { // raced with another Adopt of name
		return fmt.Errorf("session: buffer %q exists", name)
	}
	if other := s.held[buf]; other != nil {
		return fmt.Errorf("session: buffer for %q is already held as %q (use Tie)", name, other.names[0])
	}
	sl := &slot{buf: buf, names: []string{name}}
	s.names[name] = sl
	s.held[buf] = sl
	return nil
}

// checkComparable refuses Buffer implementations that cannot be told
// apart by identity (the session compares buffers; backends use pointers).
func checkComparable(buf backends.Buffer) error {
	if !reflect.TypeOf(buf).Comparable() {
		return fmt.Errorf("a %T cannot be compared by identity (implement Buffer with a pointer type)", buf)
	}
	return nil
}

// Tie makes name another name of target's buffer (tied weights: the LM
// head and the embedding). Programs binding either name read the same
// buffer, and an update through either replaces it for both.
func (s *Session[K]) Tie(name, target string) error {
	if err := s.checkNew(name); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sl, ok := s.names[target]
	if !ok {
		return fmt.Errorf("session: cannot tie %q to %q: no such buffer", name, target)
	}
	if _, ok := s.names[name]; ok {
		return fmt.Errorf("session: buffer %q exists", name)
	}
	sl.names = append(sl.names, name)
	s.names[name] = sl
	return nil
}

// Has reports whether name is a buffer of the Session.
func (s *Session[K]) Has(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.names[name]
	return ok
}

// Buffer returns the buffer named name. It stays valid until a Run
// replaces it, Delete removes it or the Session closes; the caller must
// not Free or donate it.
func (s *Session[K]) Buffer(name string) (backends.Buffer, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	sl, ok := s.names[name]
	if !ok {
		return nil, fmt.Errorf("session: no buffer %q", name)
	}
	return sl.buf, nil
}

// Download copies the named buffer to the host.
func (s *Session[K]) Download(name string) (*tensor.Tensor, error) {
	s.exec.RLock()
	defer s.exec.RUnlock()
	buf, err := s.Buffer(name)
	if err != nil {
		return nil, err
	}
	t, err := buf.Download()
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", name, err)
	}
	return t, nil
}

// Replace uploads t as the new contents of the existing buffer name, which
// must have t's exact type (dtype and shape); every name tied to it reads
// the new buffer, and the old one is freed. On an error the buffer is left
// as it was.
func (s *Session[K]) Replace(name string, t *tensor.Tensor) error {
	s.exec.Lock()
	defer s.exec.Unlock()
	s.mu.Lock()
	sl, ok := s.names[name]
	closed := s.closed
	s.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if !ok {
		return fmt.Errorf("session: no buffer %q", name)
	}
	if want := sl.buf.Type(); !t.Type().Equal(want) {
		return fmt.Errorf("session: replacing %s: new value is %s, the buffer is %s", name, t.Type(), want)
	}
	buf, err := s.backend.Upload(t)
	if err != nil {
		return fmt.Errorf("uploading %s: %w", name, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.held, sl.buf)
	sl.buf.Free()
	sl.buf = buf
	s.held[buf] = sl
	return nil
}

// Swap makes buf (a buffer of the Session's backend, not held under any
// name yet) the buffer of name and of every name tied to it, and frees the
// old one. Unlike Replace, buf may be of another type: a sharded training
// step puts one device's block of a weight where the whole weight was, so
// programs compiled for the old type refuse it at their next call (the
// signature check names the parameter). On an error nothing changes and
// the caller still owns buf.
func (s *Session[K]) Swap(name string, buf backends.Buffer) error {
	if buf == nil {
		return fmt.Errorf("session: swapping %s: nil buffer", name)
	}
	if err := checkComparable(buf); err != nil {
		return fmt.Errorf("session: swapping %s: %w", name, err)
	}
	s.exec.Lock()
	defer s.exec.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	sl, ok := s.names[name]
	if !ok {
		return fmt.Errorf("session: no buffer %q", name)
	}
	if other := s.held[buf]; other != nil {
		return fmt.Errorf("session: swapping %s: the buffer is already held as %q", name, other.names[0])
	}
	delete(s.held, sl.buf)
	sl.buf.Free()
	sl.buf = buf
	s.held[buf] = sl
	return nil
}

// Names lists the buffer names, sorted (tied names included).
func (s *Session[K]) Names() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.names))
	for n := range s.names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Delete removes name; the buffer is freed when no tied name is left.
func (s *Session[K]) Delete(name string) error {
	s.exec.Lock()
	defer s.exec.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	sl, ok := s.names[name]
	if !ok {
		return fmt.Errorf("session: no buffer %q", name)
	}
	delete(s.names, name)
	for i, n := range sl.names {
		if n == name {
			sl.names = append(sl.names[:i], sl.names[i+1:]...)
			break
		}
	}
	if len(sl.names) == 0 {
		delete(s.held, sl.buf)
		sl.buf.Free()
	}
	return nil
}

// Close frees every named buffer (each once, however many names it has)
// and forgets the compiled programs. Later calls return ErrClosed; closing
// again is a no-op.
func (s *Session[K]) Close() error {
	s.exec.Lock()
	defer s.exec.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	freed := map[*slot]bool{}
	for _, sl := range s.names {
		if !freed[sl] {
			freed[sl] = true
			sl.buf.Free()
		}
	}
	s.names = nil
	s.held = nil
	s.programs = nil
	return nil
}
