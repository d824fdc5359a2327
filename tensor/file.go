package tensor

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/kiln-ml/kiln/internal/atomicfile"
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
	return atomicfile.Write(path, func(f io.Writer) error {
		w := bufio.NewWriterSize(f, 1<<20)
		if err := WriteSafetensors(w, tensors, metadata); err != nil {
			return err
		}
		return w.Flush()
	})
}
