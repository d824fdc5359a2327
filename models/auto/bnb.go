package auto

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/hub"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// Quantized is a float checkpoint quantized as BitsAndBytesConfig asks
// (QuantizeBnB): the bitsandbytes tensors a transformers state dict holds,
// and the quantization_config that describes them.
type Quantized struct {
	Dir string // the float model's directory
	// Checkpoint shows the quantized Linears' bitsandbytes tensors in place
	// of their float weights, and every other tensor unchanged. The caller
	// closes it.
	Checkpoint *weights.Checkpoint
	Options    quant.BnBOptions // with defaults filled in
	Modules    []string         // the quantized Linears, sorted
}

// QuantizeBnB opens the float model nameOrDir and quantizes its Linears
// as transformers does with opts.BnB (a BitsAndBytesConfig): every
// nn.Linear the model's forward program declares except those
// llm_int8_skip_modules keeps (default: lm_head) and tied weights (an
// output head that reads the input embedding stays float). transformers'
// Conv1D modules (GPT-2) are refused. A checkpoint that is already
// quantized is refused.
func QuantizeBnB(ctx context.Context, nameOrDir string, opts Options) (*Quantized, error) {
	if !opts.BnB.Enabled() {
		return nil, fmt.Errorf("quantize: neither load_in_8bit (--load-in-8bit) nor load_in_4bit (--load-in-4bit) is set")
	}
	dir, err := hub.ResolveModelPath(ctx, nameOrDir, opts.Hub)
	if err != nil {
		return nil, err
	}
	cfgPath := filepath.Join(dir, "config.json")
	cfg, err := models.LoadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	m, err := models.New(cfg, opts.Arch)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfgPath, err)
	}
	ck, err := weights.Open(dir)
	if err != nil {
		return nil, err
	}
	q, err := quantizeOpened(ck, m, cfgPath, *opts.BnB)
	if err != nil {
		ck.Close()
		return nil, err
	}
	q.Dir = dir
	return q, nil
}

// quantizeOpened quantizes ck (of model m) with o; on success the result
// owns ck.
func quantizeOpened(ck *weights.Checkpoint, m models.Model, cfgPath string, o quant.BnBOptions) (*Quantized, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil, err
	}
	if qc, err := quant.ParseConfigJSON(data, cfgPath); err != nil {
		return nil, err
	} else if qc != nil {
		return nil, fmt.Errorf("%s: quantization_config: the checkpoint is already quantized (%s); --load-in-8bit/--load-in-4bit quantize a float checkpoint", cfgPath, qc.Method)
	}
	lins, params, err := linearModules(m)
	if err != nil {
		return nil, err
	}
	var mods []string
	names := quantizable(ck, m, lins, params)
	for _, l := range lins {
		name, ok := names[l.Path]
		if !ok {
			continue // absent, or tied to another parameter's weight
		}
		if l.FanInFanOut {
			return nil, fmt.Errorf("%s: %s is a transformers Conv1D (weight stored [in, out]); quantizing it at load is not implemented", ck.Path(), l.Path)
		}
		if o.Converts(name) {
			mods = append(mods, name)
		}
	}
	qck, err := quant.QuantizeBnB(ck, mods, o)
	if err != nil {
		return nil, err
	}
	sort.Strings(mods)
	return &Quantized{Checkpoint: qck, Options: o, Modules: mods}, nil
}

// checkpointName is the checkpoint tensor the Runner reads parameter p
// from: p itself, one of the model's aliases for it (a checkpoint of
// another transformers layout, or a tied weight), or p without the base
// model's prefix (a bare LlamaModel checkpoint); "" when none is stored.
func checkpointName(ck *weights.Checkpoint, m models.Model, p string) string {
	cands := append([]string{p}, m.WeightAliases()[p]...)
	if i := strings.IndexByte(p, '.'); i > 0 {
		cands = append(cands, p[i+1:])
	}
	for _, c := range cands {
		if _, ok := ck.Info(c); ok {
			return c
		}
	}
	return ""
}

// quantizable maps each Linear of lins to the checkpoint module holding
// its weight, leaving out Linears whose weight is absent or is read by
// another parameter of the programs too (tied weights: an output head
// reading the input embedding stays float, as in transformers).
func quantizable(ck *weights.Checkpoint, m models.Model, lins []nn.Module, params map[string]bool) map[string]string {
	readers := map[string]int{} // checkpoint tensor -> parameters reading it
	for p := range params {
		if n := checkpointName(ck, m, p); n != "" {
			readers[n]++
		}
	}
	out := map[string]string{}
	for _, l := range lins {
		n := checkpointName(ck, m, l.Path+".weight")
		if n == "" || readers[n] > 1 || !strings.HasSuffix(n, ".weight") {
			continue
		}
		out[l.Path] = strings.TrimSuffix(n, ".weight")
	}
	return out
}

// LinearModules lists the Linear (and Conv1D) layers m declares, by
// building m's programs with a recorder in place of an adapter: the
// modules transformers' bitsandbytes integration replaces (before its skip
// list). The programs are those that together declare every module: one
// short text row, and for the models that have them the encoder-decoder's
// source, an image of an image model, of a text-image model and of a
// vision-language model (whose text-only program has no vision tower).
func LinearModules(m models.Model) ([]nn.Module, error) {
	lins, _, err := linearModules(m)
	return lins, err
}

// linearModules is LinearModules, plus the names of every parameter the
// programs declare.
func linearModules(m models.Model) ([]nn.Module, map[string]bool, error) {
	specs := []models.Spec{{Batch: 1, Seq: 2}}
	if _, ok := m.(models.TextEncoderDecoder); ok {
		specs[0].Source = 2
	}
	if _, ok := m.(models.ImageTextModel); ok {
		specs[0].Images = 1
	}
	if im, ok := m.(models.ImageModel); ok {
		specs[0].Seq = im.ImageTokens()
	}
	if vl, ok := m.(models.VisionLanguageModel); ok {
		specs = append(specs, models.Spec{Batch: 1, Seq: vl.TokensPerImage() + 1, Images: 1})
	}
	rec := &linearRecorder{seen: map[string]nn.Module{}}
	params := map[string]bool{}
	for _, spec := range specs {
		f, err := frontend.Build("linear_modules", func(g *frontend.Graph) error {
			nn.WithAdapters(g, rec)
			return m.Build(g, spec, ir.Float32)
		})
		if err != nil {
			return nil, nil, fmt.Errorf("listing %s's Linear modules (program %s): %w", m.Arch(), spec, err)
		}
		for _, p := range f.Params {
			params[p.Name] = true
		}
	}
	out := make([]nn.Module, 0, len(rec.seen))
	for _, l := range rec.seen {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, params, nil
}

// linearRecorder is an nn.Adapters that adapts nothing and remembers every
// module it was asked about.
type linearRecorder struct {
	mu   sync.Mutex
	seen map[string]nn.Module
}

func (r *linearRecorder) LoRA(m nn.Module) *nn.LoRA {
	r.mu.Lock()
	r.seen[m.Path] = m
	r.mu.Unlock()
	return nil
}

// Save writes q as transformers' save_pretrained writes a bitsandbytes
// model: outDir/model.safetensors (every tensor of q.Checkpoint, metadata
// format "pt"), outDir/config.json (the float model's, plus
// quantization_config as BitsAndBytesConfig.to_dict gives it, keys sorted,
// indented by 2) and a copy of every other top-level file of the model's
// directory (tokenizer, generation config) except weight files. outDir is
// created; existing files in it are overwritten.
func (q *Quantized) Save(outDir string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	if same, _ := sameDir(q.Dir, outDir); same {
		return fmt.Errorf("quantize: --out %s is the model's own directory", outDir)
	}
	ts := map[string]*tensor.Tensor{}
	for _, n := range q.Checkpoint.Names() {
		t, err := q.Checkpoint.Tensor(n)
		if err != nil {
			return err
		}
		ts[n] = t
	}
	if err := tensor.WriteSafetensorsFile(filepath.Join(outDir, "model.safetensors"), ts, map[string]string{"format": "pt"}); err != nil {
		return err
	}
	cfgPath := filepath.Join(q.Dir, "config.json")
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	var cfg map[string]json.RawMessage
	if err := json.Unmarshal(data, &cfg); err != nil {
		return fmt.Errorf("%s: %w", cfgPath, err)
	}
	qc, err := json.Marshal(q.Options.ConfigJSON())
	if err != nil {
		return err
	}
	cfg["quantization_config"] = qc
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(outDir, "config.json"), append(out, '\n'), 0o644); err != nil {
		return err
	}
	entries, err := os.ReadDir(q.Dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || e.Name() == "config.json" || isWeightFile(e.Name()) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(q.Dir, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// isWeightFile reports checkpoint files Save replaces rather than copies.
func isWeightFile(name string) bool {
	for _, suf := range []string{".safetensors", ".safetensors.index.json", ".bin", ".bin.index.json", ".pt", ".pth", ".ckpt", ".h5", ".msgpack", ".gguf"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

func sameDir(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
}
