package weights

import (
	"fmt"
	"os"
	"sync"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// stShard is one safetensors file. Opening reads and validates only the
// header (tensor.ReadSafetensorsHeader); the file is memory-mapped on the
// first tensor request, and tensors are views into the mapping, so pages of
// tensors nobody asks for are never read.
type stShard struct {
	path   string
	f      *os.File
	size   int64
	header *tensor.SafetensorsHeader

	once    sync.Once
	data    []byte
	release func() error
	mapErr  error
}

// openSafetensors opens a file and validates its header. Errors name the file.
func openSafetensors(p string) (*stShard, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	h, err := tensor.ReadSafetensorsHeader(f, st.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return &stShard{path: p, f: f, size: st.Size(), header: h}, nil
}

// mapped maps the file once; the descriptor is closed afterwards since the
// mapping stays valid without it.
func (s *stShard) mapped() ([]byte, error) {
	s.once.Do(func() {
		// Mapping past the end of a file that shrank since Open would fault
		// on access; refuse instead.
		if st, err := s.f.Stat(); err != nil || st.Size() != s.size {
			s.mapErr = fmt.Errorf("%s: file changed size since it was opened", s.path)
			s.f.Close()
			s.f = nil
			return
		}
		s.data, s.release, s.mapErr = mapFile(s.f, s.size)
		s.f.Close()
		s.f = nil
		if s.mapErr != nil {
			s.mapErr = fmt.Errorf("%s: mapping: %w", s.path, s.mapErr)
		}
	})
	return s.data, s.mapErr
}

func (s *stShard) file() string { return s.path }

// mapping is the mapped file (nil if mapping failed or the shard was
// closed before any tensor was read).
func (s *stShard) mapping() []byte {
	data, err := s.mapped()
	if err != nil {
		return nil
	}
	return data
}

func (s *stShard) names() []string { return s.header.Names() }

func (s *stShard) info(name string) (ir.Type, bool) {
	e, ok := s.header.Lookup(name)
	if !ok {
		return ir.Type{}, false
	}
	return e.Type(), true
}

func (s *stShard) tensor(name string) (*tensor.Tensor, error) {
	e, ok := s.header.Lookup(name)
	if !ok {
		return nil, fmt.Errorf("%s: no tensor %q", s.path, name)
	}
	data, err := s.mapped()
	if err != nil {
		return nil, err
	}
	begin, end := s.header.DataOffset+e.Begin, s.header.DataOffset+e.End
	if end > int64(len(data)) { // the file shrank after the header was read
		return nil, fmt.Errorf("%s: tensor %q: data ends at byte %d but the file has %d", s.path, name, end, len(data))
	}
	return &tensor.Tensor{DType: e.DType, Shape: e.Shape.Clone(), Data: data[begin:end:end]}, nil
}

func (s *stShard) metadata() map[string]string { return s.header.Metadata }

func (s *stShard) close() error {
	s.once.Do(func() { s.mapErr = fmt.Errorf("%s: closed", s.path) }) // never map after close
	var err error
	if s.f != nil {
		err = s.f.Close()
		s.f = nil
	}
	if s.release != nil {
		if e := s.release(); err == nil {
			err = e
		}
		s.release = nil
	}
	return err
}
