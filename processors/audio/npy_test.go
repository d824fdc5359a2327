package audio

import "github.com/kiln-ml/kiln/internal/fixture"

// readNpyFloat32 reads a float32 .npy file, gzipped or not (see
// fixture.ReadNpyFloat32).
func readNpyFloat32(path string) ([]float32, []int, error) { return fixture.ReadNpyFloat32(path) }
