package train

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// tokenizerFiles are the files save_model writes when the Trainer has a
// tokenizer (and generation_config.json, which save_pretrained writes for
// generative models); SaveModel copies those the model directory has.
var tokenizerFiles = []string{
	"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
	"vocab.txt", "vocab.json", "merges.txt", "tokenizer.model", "spiece.model", "sentencepiece.bpe.model",
	"chat_template.jinja", "chat_template.json", "generation_config.json",
}

// SaveModel writes the trained model to dir in the Hugging Face layout,
// as Trainer.save_model does:
//
//   - model.safetensors: every tensor of the input checkpoint (one file or
//     shards, safetensors or pytorch_model.bin) under its original name,
//     trained parameters replaced by their trained values, float tensors
//     as float32; metadata {"format": "pt"}.
//   - config.json: the input config with dtype (and torch_dtype when the
//     file has it) set to float32, keys sorted, indent 2.
//   - the tokenizer files and generation_config.json the model directory
//     has, copied.
//
// Every file is written under a temporary name in dir and renamed into
// place only when all of them are written: on an error nothing new is left
// in dir. The whole checkpoint is held in memory while writing.
func (t *Trainer) SaveModel(dir string) error { return t.save(dir, false) }

// Save writes the model as SaveModel does and trainer_state.json beside
// it, all or nothing: the files are renamed into dir only when every one
// of them is written.
func (t *Trainer) Save(dir string) error { return t.save(dir, true) }

func (t *Trainer) save(dir string, state bool) error {
	if err := t.checkSavable(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	stage, err := os.MkdirTemp(dir, ".kiln-save-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage)
	files, err := t.stageModel(stage)
	if err != nil {
		return err
	}
	if state {
		if err := os.WriteFile(filepath.Join(stage, "trainer_state.json"), t.State.JSON(), 0o644); err != nil {
			return err
		}
		files = append(files, "trainer_state.json")
	}
	for _, name := range files {
		if err := os.Rename(filepath.Join(stage, name), filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("save model: %w", err)
		}
	}
	return nil
}

// checkSavable reports why the model cannot be saved yet.
func (t *Trainer) checkSavable() error {
	if t.opts.ModelDir == "" {
		return fmt.Errorf("save model: TrainerOptions.ModelDir is empty: kiln needs the source checkpoint and config.json")
	}
	if len(t.steps) == 0 {
		return fmt.Errorf("save model: no training step ran")
	}
	return nil
}

// stageModel writes model.safetensors, config.json and the model
// directory's tokenizer files into stage and returns their names.
func (t *Trainer) stageModel(stage string) ([]string, error) {
	var files []string
	if t.adapter != nil {
		// A PeftModel saves the adapter (save_pretrained), no base weights
		// nor config.json; the tokenizer files as for any model.
		fs, err := t.stageAdapter(stage)
		if err != nil {
			return nil, err
		}
		fs2, err := t.copyTokenizer(stage)
		return append(fs, fs2...), err
	}
	if err := t.writeWeights(filepath.Join(stage, "model.safetensors")); err != nil {
		return nil, err
	}
	files = append(files, "model.safetensors")
	cfg, err := float32Config(filepath.Join(t.opts.ModelDir, "config.json"))
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(stage, "config.json"), cfg, 0o644); err != nil {
		return nil, err
	}
	files = append(files, "config.json")
	fs, err := t.copyTokenizer(stage)
	return append(files, fs...), err
}

// copyTokenizer copies the model directory's tokenizer files into stage
// and returns their names.
func (t *Trainer) copyTokenizer(stage string) ([]string, error) {
	var files []string
	for _, name := range tokenizerFiles {
		src := filepath.Join(t.opts.ModelDir, name)
		if _, err := os.Stat(src); errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err := copyFile(src, filepath.Join(stage, name)); err != nil {
			return nil, err
		}
		files = append(files, name)
	}
	return files, nil
}

// writeWeights writes every checkpoint tensor, trained ones from the
// session, to path.
func (t *Trainer) writeWeights(path string) error {
	ck, err := weights.Open(t.opts.ModelDir)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	defer ck.Close()
	trained, err := t.trainedSources(ck)
	if err != nil {
		return err
	}
	out := map[string]*tensor.Tensor{}
	for _, name := range ck.Names() {
		var x *tensor.Tensor
		if p, ok := trained[name]; ok {
			x, err = t.weight(p)
			if err != nil {
				return fmt.Errorf("save model: parameter %s: %w", p, err)
			}
		} else if x, err = ck.Tensor(name); err != nil {
			return fmt.Errorf("save model: checkpoint %s: tensor %s: %w", ck.Path(), name, err)
		}
		if x.DType.IsFloat() && x.DType != ir.Float32 {
			if x, err = x.Convert(ir.Float32); err != nil {
				return fmt.Errorf("save model: tensor %s: %w", name, err)
			}
		}
		out[name] = x
	}
	if err := tensor.WriteSafetensorsFile(path, out, map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// trainedSources maps each checkpoint tensor that holds a trained
// parameter to that parameter's session name: the Runner's record of
// which checkpoint tensor it bound to which buffer (Runner.WeightSources).
func (t *Trainer) trainedSources(ck *weights.Checkpoint) (map[string]string, error) {
	bySource := t.runner.WeightSources()
	holds := make(map[string]string, len(bySource)) // parameter -> checkpoint tensor
	for src, p := range bySource {
		holds[p] = src
	}
	out := map[string]string{}
	for _, s := range t.steps {
		for _, p := range s.Params() {
			src, ok := holds[p.Name]
			if !ok {
				return nil, fmt.Errorf("save model: trained parameter %s has no tensor in %s", p.Name, ck.Path())
			}
			out[src] = p.Name
		}
	}
	return out, nil
}

// float32Config returns config.json with dtype (and torch_dtype, when
// present) set to "float32", as transformers writes it: keys sorted,
// indent 2, numbers as the file had them.
func float32Config(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("save model: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var cfg map[string]any
	if err := dec.Decode(&cfg); err != nil || cfg == nil {
		return nil, fmt.Errorf("save model: %s: want a JSON object: %v", path, err)
	}
	cfg["dtype"] = "float32"
	if _, ok := cfg["torch_dtype"]; ok {
		cfg["torch_dtype"] = "float32"
	}
	var b bytes.Buffer
	writePyJSON(&b, rawNumbers(cfg), 0)
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// rawNumbers turns json.Number values into pyRaw (written verbatim).
func rawNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		return pyRaw(x)
	case map[string]any:
		for k, e := range x {
			x[k] = rawNumbers(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = rawNumbers(e)
		}
		return x
	}
	return v
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s: %w", src, err)
	}
	return out.Close()
}
