package peft

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kiln-ml/kiln/internal/atomicfile"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// MergeCheckpoint merges adapter a into the checkpoint of the model in
// baseDir and writes a Hugging Face model directory to outDir, as PEFT's
// merge_and_unload followed by save_pretrained (DoRA modules merged by
// MergeDoRA): model.safetensors with
// every base tensor under its name and in its stored dtype (the merged
// ones rounded as MergeWeight documents; modules_to_save replaced by the
// adapter's copies), and the base's config, generation and tokenizer
// files copied. A module's layout (Linear or Conv1D) is read from the
// shapes, falling back to fan_in_fan_out when the weight is square.
// With dt float32, floating-point base tensors are converted to float32
// before merging (PEFT on a model loaded in float32); ir.Invalid keeps
// the stored dtypes. Every tensor is held in memory while writing.
func MergeCheckpoint(baseDir string, a *Adapter, outDir string, dt ir.DType) error {
	if dt != ir.Invalid && dt != ir.Float32 {
		return fmt.Errorf("merge: dtype %s: only float32 or the stored dtype", dt)
	}
	ck, err := weights.Open(baseDir)
	if err != nil {
		return err
	}
	defer ck.Close()
	out := map[string]*tensor.Tensor{}
	for _, n := range ck.Names() {
		t, err := ck.Tensor(n)
		if err != nil {
			return fmt.Errorf("checkpoint %s: tensor %s: %w", baseDir, n, err)
		}
		if dt == ir.Float32 && t.DType.IsFloat() && t.DType != ir.Float32 {
			if t, err = t.Convert(ir.Float32); err != nil {
				return fmt.Errorf("checkpoint %s: tensor %s: %w", baseDir, n, err)
			}
		}
		out[n] = t
	}
	var missing []string
	for _, mod := range a.LoRAModules() {
		wName := baseName(ck, mod+".weight")
		if wName == "" {
			missing = append(missing, mod)
			continue
		}
		if !a.Config.Targets(mod) {
			return fmt.Errorf("adapter %s: has weights for %s, which %s does not target", a.Dir, mod, ConfigFile)
		}
		w := out[wName]
		A, _ := a.Tensor(KeyPrefix + mod + ".lora_A.weight")
		B, _ := a.Tensor(KeyPrefix + mod + ".lora_B.weight")
		fifo, err := layout(w, A, B, a.Config.FanInFanOut)
		if err != nil {
			return fmt.Errorf("adapter %s does not fit %s: module %s: %w", a.Dir, baseDir, mod, err)
		}
		var merged *tensor.Tensor
		if a.Config.UseDoRA {
			m, _ := a.Tensor(KeyPrefix + mod + "." + magnitudePart)
			merged, err = MergeDoRA(w, A, B, m, a.Config.Scaling(mod), fifo)
		} else {
			merged, err = Merge(w, A, B, a.Config.Scaling(mod), fifo)
		}
		if err != nil {
			return fmt.Errorf("adapter %s: module %s: %w", a.Dir, mod, err)
		}
		out[wName] = merged
	}
	for p, key := range a.Overrides() {
		n := baseName(ck, p)
		if n == "" {
			missing = append(missing, p)
			continue
		}
		t, _ := a.Tensor(key)
		if !t.Shape.Equal(out[n].Shape) {
			return fmt.Errorf("adapter %s does not fit %s: %s is %v, the base's %s is %v", a.Dir, baseDir, key, t.Shape, n, out[n].Shape)
		}
		ct, err := t.Convert(out[n].DType)
		if err != nil {
			return err
		}
		out[n] = ct
	}
	if len(missing) > 0 {
		return fmt.Errorf("adapter %s does not fit %s: the base has no modules %s", a.Dir, baseDir, strings.Join(missing, ", "))
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	if err := copyModelFiles(baseDir, outDir); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(outDir, "model.safetensors"), func(w io.Writer) error {
		return tensor.WriteSafetensors(w, out, map[string]string{"format": "pt"})
	})
}

// baseName finds name in the checkpoint, also without its first
// component (a base-model checkpoint has no "model." prefix).
func baseName(ck *weights.Checkpoint, name string) string {
	if _, ok := ck.Info(name); ok {
		return name
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		if _, ok := ck.Info(name[i+1:]); ok {
			return name[i+1:]
		}
	}
	return ""
}

// layout decides whether w is stored (in, out) (Conv1D) for A (r, in)
// and B (out, r), or refuses shapes that fit neither.
func layout(w, a, b *tensor.Tensor, fanInFanOut bool) (bool, error) {
	if len(w.Shape) != 2 {
		return false, fmt.Errorf("base weight is %v, not a matrix", w.Shape)
	}
	in, out := a.Shape[1], b.Shape[0]
	linear := w.Shape[0] == out && w.Shape[1] == in
	conv := w.Shape[0] == in && w.Shape[1] == out
	switch {
	case linear && conv:
		return fanInFanOut, nil
	case linear:
		return false, nil
	case conv:
		return true, nil
	}
	return false, fmt.Errorf("base weight is %v but lora_A is %v and lora_B %v", w.Shape, a.Shape, b.Shape)
}

// copyModelFiles copies the top-level JSON, text and tokenizer files of
// the base model (not its weights or weight index).
func copyModelFiles(from, to string) error {
	ents, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || n == "model.safetensors.index.json" || n == "pytorch_model.bin.index.json" {
			continue
		}
		ext := filepath.Ext(n)
		if ext != ".json" && ext != ".txt" && ext != ".model" && ext != ".jinja" && ext != ".tiktoken" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, n))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, n), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
