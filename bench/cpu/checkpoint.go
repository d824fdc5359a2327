package cpu

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// writeTrainCheckpoint writes a model.safetensors of random float32
// weights for cfg into dir (N(0, 0.02) as randomFloat32 draws them; norm
// weights 1, as a fresh model has them) and opens it. It returns the
// model, its program for spec and the checkpoint.
//
// The weights are generated while they are written, a chunk at a time,
// so that a base of several GiB (the Llama-shaped LoRA workload's) never
// sits in this process's memory; the values are the ones randomFloat32
// gives drawing the tensors in the program's parameter order from seed 6
// (TestStreamedCheckpointValues).
func writeTrainCheckpoint(dir string, cfg map[string]any, spec models.Spec) (models.Model, *ir.Func, *weights.Checkpoint, error) {
	m, err := newModel(cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	f, err := frontend.Build("train_"+m.Arch(), func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) })
	if err != nil {
		return nil, nil, nil, err
	}
	path := filepath.Join(dir, "model.safetensors")
	if err := writeRandomWeights(path, f.Params, rand.New(rand.NewSource(6))); err != nil {
		return nil, nil, nil, fmt.Errorf("writing %s: %w", path, err)
	}
	ckpt, err := weights.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	return m, f, ckpt, nil
}

// isNormWeight reports whether a weight is a normalisation layer's scale
// (GPT-2's ln_1/ln_2/ln_f, Llama's input_layernorm, post_attention_layernorm
// and model.norm), which a fresh model initialises to ones.
func isNormWeight(p *ir.Value) bool {
	return p.Type.Shape.Rank() == 1 && strings.HasSuffix(p.Name, ".weight") &&
		(strings.Contains(p.Name, "ln_") || strings.Contains(p.Name, "norm"))
}

// randomSource is how one weight's values are made: ones (a norm's
// scale) or randomFloat32's sequence from offset off, times 0.02.
type randomSource struct {
	ones bool
	off  int
}

// value is element i of the weight.
func (s randomSource) value(i int) float32 {
	if s.ones {
		return 1
	}
	return normals[(s.off+i*7)&(len(normals)-1)] * 0.02
}

// writeRandomWeights writes the float32 weights among params (the
// program's parameters less its inputs) to path as safetensors (metadata
// format "pt"), drawing one offset from r per random weight in params'
// order, as randomFloat32 does, and streaming the values 1 MiB at a time.
func writeRandomWeights(path string, params []*ir.Value, r *rand.Rand) error {
	types := map[string]ir.Type{}
	srcs := map[string]randomSource{}
	for _, p := range params {
		if models.IsInputName(p.Name) {
			continue
		}
		if p.Type.DType != ir.Float32 {
			return fmt.Errorf("weight %s is %s, want float32", p.Name, p.Type)
		}
		types[p.Name] = p.Type
		if isNormWeight(p) {
			srcs[p.Name] = randomSource{ones: true}
			continue
		}
		srcs[p.Name] = randomSource{off: r.Intn(len(normals))}
	}
	prefix, entries, err := tensor.EncodeSafetensorsHeader(types, map[string]string{"format": "pt"})
	if err != nil {
		return err
	}
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(file, 1<<20)
	if _, err := w.Write(prefix); err != nil {
		file.Close()
		return err
	}
	chunk := make([]byte, 1<<20)
	for _, e := range entries {
		src, n := srcs[e.Name], e.Shape.NumElements()
		for start := 0; start < n; start += len(chunk) / 4 {
			k := min(n-start, len(chunk)/4)
			for i := range k {
				binary.LittleEndian.PutUint32(chunk[4*i:], math.Float32bits(src.value(start+i)))
			}
			if _, err := w.Write(chunk[:4*k]); err != nil {
				file.Close()
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}
