package cuda

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// The module cache: NVRTC output (cubins) on disk, as llvm caches its
// shared objects. An entry's key is the SHA-256 of the module source, the
// target architecture, the driver version, the NVRTC version and the
// compile options, so a new driver or compiler never reuses an old
// binary. An entry is the 32-byte SHA-256 of the cubin followed by the
// cubin; it is written to a temporary file in the cache directory and
// renamed into place (atomic: readers see a whole entry or none), and an
// entry whose checksum does not match is ignored and rewritten.

// cacheKey is the hex key of a module for one target.
func cacheKey(source, arch string, driverVersion, nvrtcMajor, nvrtcMinor int) string {
	h := sha256.New()
	fmt.Fprintf(h, "kiln-cuda-v1\x00%s\x00driver %d\x00nvrtc %d.%d\x00", arch, driverVersion, nvrtcMajor, nvrtcMinor)
	for _, o := range nvrtcOptions(arch) {
		fmt.Fprintf(h, "%s\x00", o)
	}
	h.Write([]byte(source))
	return hex.EncodeToString(h.Sum(nil))
}

// defaultCacheDir is $KILN_CUDA_CACHE, else os.UserCacheDir()/kiln/cuda.
func defaultCacheDir() string {
	if d := os.Getenv("KILN_CUDA_CACHE"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "kiln-cuda-cache")
	}
	return filepath.Join(d, "kiln", "cuda")
}

// cacheLoad returns the cached cubin of key in dir, or nil when there is
// none or it is damaged.
func cacheLoad(dir, key string) []byte {
	b, err := os.ReadFile(filepath.Join(dir, key+".cubin"))
	if err != nil || len(b) <= sha256.Size {
		return nil
	}
	sum := sha256.Sum256(b[sha256.Size:])
	if !bytes.Equal(sum[:], b[:sha256.Size]) {
		return nil
	}
	return b[sha256.Size:]
}

// cacheStore publishes cubin under key in dir atomically.
func cacheStore(dir, key string, cubin []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cuda: module cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, key+".tmp*")
	if err != nil {
		return fmt.Errorf("cuda: module cache: %w", err)
	}
	sum := sha256.Sum256(cubin)
	_, werr := tmp.Write(append(sum[:], cubin...))
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), filepath.Join(dir, key+".cubin"))
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cuda: module cache: %w", werr)
	}
	return nil
}

// cachedCompile returns the cubin of key from dir, or compiles it and
// stores it; cached reports a hit. A failure to store is not an error
// (the module is still usable).
func cachedCompile(dir, key string, compile func() ([]byte, error)) (cubin []byte, cached bool, err error) {
	if dir != "" {
		if b := cacheLoad(dir, key); b != nil {
			return b, true, nil
		}
	}
	cubin, err = compile()
	if err != nil {
		return nil, false, err
	}
	if dir != "" {
		_ = cacheStore(dir, key, cubin)
	}
	return cubin, false, nil
}
