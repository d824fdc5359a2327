// Package weights opens Hugging Face checkpoints: safetensors files
// (memory-mapped, lazy: opening reads only headers, and a tensor's bytes are
// read from disk only when used), sharded checkpoints through their
// *.index.json, and legacy PyTorch pytorch_model.bin files through a
// restricted unpickler that executes nothing. Every file is treated as
// hostile: malformed input is an error naming the file and the tensor.
package weights

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// shard is one checkpoint file of either format.
type shard interface {
	file() string
	names() []string
	info(name string) (ir.Type, bool)
	tensor(name string) (*tensor.Tensor, error)
	metadata() map[string]string
	close() error
	// mapping is the shard's file mapping once made (nil before, and for
	// shards read another way): DropPages checks views against it.
	mapping() []byte
}

// Checkpoint is an opened checkpoint: one file or a set of shards. Its
// methods are safe for concurrent use.
type Checkpoint struct {
	path     string
	format   string
	names    []string
	where    map[string]shard
	shards   []shard
	metadata map[string]string
	// base is the checkpoint a Derive'd one shows (nil otherwise): Close
	// closes it, and its shards, instead of closing them directly.
	base *Checkpoint

	mu     sync.RWMutex
	closed bool
}

// The file names Open looks for in a directory, in order of preference
// (safetensors first, as transformers does).
var dirCandidates = []string{
	"model.safetensors",
	"model.safetensors.index.json",
	"pytorch_model.bin",
	"pytorch_model.bin.index.json",
}

// Open opens a checkpoint. path is either a directory, in which Open uses
// the first of model.safetensors, model.safetensors.index.json,
// pytorch_model.bin and pytorch_model.bin.index.json that exists, or a file:
// *.index.json is a sharded index, *.safetensors a safetensors file, and
// anything else (pytorch_model.bin, *.pt) a torch.save zip archive.
//
// Opening costs the headers only: the safetensors header of each file
// (validated completely: dtypes, shapes, offsets in range, non-overlapping
// and covering the data), or the pickle of a .bin (which holds no tensor
// data). For a sharded checkpoint every shard's header is read so that the
// index can be checked against the shards: a missing shard, a tensor the
// index names that its shard lacks, a tensor a shard holds that the index
// does not list, and a name held by two shards are all errors naming the
// file and the tensor. Files are memory-mapped lazily, on the first tensor
// read from them.
//
// The files must not be modified while the checkpoint is open: tensors are
// views of the mapped files.
func Open(path string) (*Checkpoint, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	file := path
	if st.IsDir() {
		file = ""
		for _, name := range dirCandidates {
			if fi, err := os.Stat(filepath.Join(path, name)); err == nil && !fi.IsDir() {
				file = filepath.Join(path, name)
				break
			}
		}
		if file == "" {
			return nil, fmt.Errorf("weights: no checkpoint in %s (looked for %s)", path, strings.Join(dirCandidates, ", "))
		}
	}
	c, err := openFile(file)
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	c.path = path
	return c, nil
}

// openFile dispatches on the file name.
func openFile(file string) (*Checkpoint, error) {
	switch {
	case strings.HasSuffix(file, ".index.json"):
		return openIndex(file)
	case strings.HasSuffix(file, ".safetensors"):
		s, err := openSafetensors(file)
		if err != nil {
			return nil, err
		}
		return single("safetensors", s), nil
	default:
		b, err := openBin(file)
		if err != nil {
			return nil, err
		}
		return single("pytorch", b), nil
	}
}

// single wraps one shard as a checkpoint.
func single(format string, s shard) *Checkpoint {
	c := &Checkpoint{format: format, names: s.names(), where: map[string]shard{}, shards: []shard{s}, metadata: s.metadata()}
	for _, n := range c.names {
		c.where[n] = s
	}
	return c
}

// Format is "safetensors" or "pytorch", with "-sharded" appended for a
// sharded checkpoint.
func (c *Checkpoint) Format() string { return c.format }

// Path is the path given to Open.
func (c *Checkpoint) Path() string { return c.path }

// Names returns every tensor name, sorted. The slice is a copy.
func (c *Checkpoint) Names() []string { return append([]string(nil), c.names...) }

// Info returns a tensor's dtype and shape without reading its data, and
// false if the checkpoint has no such tensor.
func (c *Checkpoint) Info(name string) (ir.Type, bool) {
	s, ok := c.where[name]
	if !ok {
		return ir.Type{}, false
	}
	return s.info(name)
}

// Metadata returns the checkpoint's metadata: a safetensors file's
// "__metadata__", or the "metadata" object of a sharded index (non-string
// values such as total_size as their JSON text); nil if there is none. The
// map is a copy.
func (c *Checkpoint) Metadata() map[string]string {
	if c.metadata == nil {
		return nil
	}
	out := make(map[string]string, len(c.metadata))
	for k, v := range c.metadata {
		out[k] = v
	}
	return out
}

// Tensor returns a tensor in its stored dtype. For safetensors it is a
// zero-copy view into the read-only mapped file: do not write to its Data,
// and do not use it after Close (Clone it, or use TensorAs, to keep it).
// For a .bin it is a view of the mapped storage when the stored tensor is
// contiguous, otherwise a dense row-major copy. Only this tensor's pages are
// read from disk.
func (c *Checkpoint) Tensor(name string) (*tensor.Tensor, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.closed {
		return nil, fmt.Errorf("weights: %s: checkpoint is closed", c.path)
	}
	s, ok := c.where[name]
	if !ok {
		return nil, fmt.Errorf("weights: %s: no tensor named %q", c.path, name)
	}
	t, err := s.tensor(name)
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	return t, nil
}

// TensorAs returns an owned, writable copy of a tensor converted to dtype
// dt by the tensor package's rules (round to nearest-even between floats,
// as PyTorch's .to(dtype)). The copy stays valid after Close.
func (c *Checkpoint) TensorAs(name string, dt ir.DType) (*tensor.Tensor, error) {
	t, err := c.Tensor(name)
	if err != nil {
		return nil, err
	}
	out, err := t.Convert(dt)
	if err != nil {
		return nil, fmt.Errorf("weights: %s: tensor %q: %w", c.path, name, err)
	}
	return out, nil
}

// Close unmaps every file. Tensors returned by Tensor that alias the
// mappings become invalid (reading them faults); copies from TensorAs or
// Clone stay valid. Close is idempotent.
func (c *Checkpoint) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	if c.base != nil {
		return c.base.Close()
	}
	var errs []error
	for _, s := range c.shards {
		if err := s.close(); err != nil {
			errs = append(errs, fmt.Errorf("weights: closing %s: %w", s.file(), err))
		}
	}
	return errors.Join(errs...)
}

// sortedKeys returns the keys of a map, sorted.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
