package tensor

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// ReadSafetensors reads a whole safetensors file into memory and returns its
// tensors (owned, writable) and metadata (nil if none). Errors name the
// file. For large checkpoints use the weights package, which memory-maps
// the file and reads tensors lazily.
func ReadSafetensors(path string) (map[string]*Tensor, map[string]string, error) {
	buf, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	tensors, meta, err := DecodeSafetensors(buf)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return tensors, meta, nil
}

// WriteSafetensorsFile writes tensors and metadata to the file at path
// (created or truncated) with WriteSafetensors. The file is written to a
// temporary name in the same directory and renamed into place, so a reader
// never sees a half-written file. Errors name the file.
func WriteSafetensorsFile(path string, tensors map[string]*Tensor, metadata map[string]string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*.safetensors")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	w := bufio.NewWriterSize(f, 1<<20)
	if err := WriteSafetensors(w, tensors, metadata); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
