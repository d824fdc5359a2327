package quant

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// Suffixes that mark a quantized module's tensors.
const (
	qweightSuffix = ".qweight"
	scbSuffix     = ".SCB"
	stateInfix    = ".weight.quant_state.bitsandbytes__"
)

// LoadConfig reads dir's config.json and returns its quantization_config,
// or nil when the model is not quantized.
func LoadConfig(dir string) (*Config, error) {
	path := filepath.Join(dir, "config.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfigJSON(data, path)
}

// Dequantize returns a checkpoint that shows ck with every quantized
// Linear of cfg's format replaced by its float32 "<module>.weight"
// ([out_features, in_features], as an unquantized checkpoint stores it)
// and the packed tensors hidden; biases and unquantized tensors are
// unchanged. Nothing is dequantized until a weight is read, and then only
// that weight (each read dequantizes again: the Runner reads each once).
//
// Every quantized module is validated now, from tensor types alone: a
// config that promises a format the tensors do not have (no packed
// tensors, or another method's), group sizes that disagree with the
// scales, and truncated packed tensors are errors naming the tensor and
// the field. The returned checkpoint owns ck (closing it closes ck).
func Dequantize(ck *weights.Checkpoint, cfg *Config) (*weights.Checkpoint, error) {
	if cfg == nil {
		return nil, fmt.Errorf("quant: nil config")
	}
	names := ck.Names()
	var qweights, scbs, states []string
	for _, n := range names {
		switch {
		case strings.HasSuffix(n, qweightSuffix):
			qweights = append(qweights, n)
		case strings.HasSuffix(n, scbSuffix):
			scbs = append(scbs, n)
		case strings.Contains(n, stateInfix):
			states = append(states, n)
		}
	}
	pre := fmt.Sprintf("quant: %s: quantization_config.quant_method = %s", ck.Path(), cfg.Method)
	var lins []linear
	var err error
	switch cfg.Method {
	case GPTQ, AWQ:
		if len(scbs)+len(states) > 0 {
			return nil, fmt.Errorf("%s, but the checkpoint holds bitsandbytes tensors (%s)", pre, first(scbs, states))
		}
		if len(qweights) == 0 {
			return nil, fmt.Errorf("%s, but the checkpoint has no packed weights (no *%s tensor)", pre, qweightSuffix)
		}
		for _, qw := range qweights {
			prefix := strings.TrimSuffix(qw, qweightSuffix)
			var l linear
			if cfg.Method == GPTQ {
				var g *gptqLinear
				if g, err = planGPTQ(prefix, *cfg.GPTQ, ck.Info); err == nil {
					l = linear{prefix: prefix, out: g.out, in: g.in, load: g.dequantize}
					l.hide = []string{prefix + ".qweight", prefix + ".qzeros", prefix + ".scales", prefix + ".g_idx"}
				}
			} else {
				var a *awqLinear
				if a, err = planAWQ(prefix, *cfg.AWQ, ck.Info); err == nil {
					l = linear{prefix: prefix, out: a.out, in: a.in, load: a.dequantize}
					l.hide = []string{prefix + ".qweight", prefix + ".qzeros", prefix + ".scales"}
				}
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", pre, err)
			}
			lins = append(lins, l)
		}
	case BitsAndBytes:
		if len(qweights) > 0 {
			return nil, fmt.Errorf("%s, but the checkpoint holds GPTQ/AWQ packed tensors (%s)", pre, qweights[0])
		}
		if cfg.BNB.LoadIn8bit {
			if len(states) > 0 {
				return nil, fmt.Errorf("%s with load_in_8bit, but the checkpoint holds 4-bit quant_state %s", pre, states[0])
			}
			if len(scbs) == 0 {
				return nil, fmt.Errorf("%s with load_in_8bit, but the checkpoint has no int8 weights (no *%s tensor)", pre, scbSuffix)
			}
			for _, s := range scbs {
				prefix := strings.TrimSuffix(s, scbSuffix)
				b, err := planBNB8(prefix, ck.Info)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", pre, err)
				}
				has := func(n string) bool { _, ok := ck.Info(n); return ok }
				lins = append(lins, linear{prefix: prefix, out: b.out, in: b.in,
					load: func(get getter) (*tensor.Tensor, error) { return b.dequantize(get, has) },
					hide: []string{prefix + ".weight", prefix + ".SCB", prefix + ".weight_format"}})
			}
		} else {
			if len(scbs) > 0 {
				return nil, fmt.Errorf("%s with load_in_4bit, but the checkpoint holds int8 row scales %s", pre, scbs[0])
			}
			if len(states) == 0 {
				return nil, fmt.Errorf("%s with load_in_4bit, but the checkpoint has no 4-bit weights (no *%s<nf4|fp4> tensor)", pre, stateInfix)
			}
			for _, s := range states {
				i := strings.Index(s, stateInfix)
				prefix, kind := s[:i], s[i+len(stateInfix):]
				st, err := ck.Tensor(s)
				if err != nil {
					return nil, err
				}
				if st.DType != ir.Uint8 || len(st.Shape) != 1 {
					return nil, fmt.Errorf("%s: %s: %s%v, want uint8 JSON bytes", pre, s, st.DType, st.Shape)
				}
				qs, err := ParseQuantState(st.Data, s)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", pre, err)
				}
				if qs.QuantType != kind {
					return nil, fmt.Errorf("%s: %s: quant_type %q disagrees with the tensor's name", pre, s, qs.QuantType)
				}
				b, err := planBNB4(prefix, qs, cfg.BNB, ck.Info)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", pre, err)
				}
				lins = append(lins, linear{prefix: prefix, out: qs.Shape[0], in: qs.Shape[1], load: b.dequantize, hide: b.hidden()})
			}
		}
	default:
		return nil, fmt.Errorf("%s is not supported", pre)
	}
	return derive(ck, lins, cfg.Method != BitsAndBytes)
}

// getter reads a checkpoint tensor.
type getter = func(string) (*tensor.Tensor, error)

// linear is one quantized module: its packed tensors (hide) become
// prefix.weight [out, in], computed by load.
type linear struct {
	prefix  string
	out, in int
	hide    []string
	load    func(getter) (*tensor.Tensor, error)
}

func derive(ck *weights.Checkpoint, lins []linear, weightMustBeAbsent bool) (*weights.Checkpoint, error) {
	var hide []string
	add := map[string]weights.Computed{}
	for _, l := range lins {
		w := l.prefix + ".weight"
		if _, ok := ck.Info(w); ok && weightMustBeAbsent {
			return nil, fmt.Errorf("quant: %s: %s is stored beside %s.qweight: a module is either packed or not", ck.Path(), w, l.prefix)
		}
		hide = append(hide, l.hide...)
		l := l
		add[w] = weights.Computed{Type: ir.Type{DType: ir.Float32, Shape: ir.Shape{l.out, l.in}},
			Load: func() (*tensor.Tensor, error) { return l.load(ck.Tensor) }}
	}
	// Packed tensors of a module that has no qweight/SCB/quant_state are
	// orphans: the checkpoint is not what the config says.
	hidden := map[string]bool{}
	for _, h := range hide {
		hidden[h] = true
	}
	var orphans []string
	for _, n := range ck.Names() {
		for _, s := range []string{".qzeros", ".scales", ".g_idx", ".SCB", ".absmax", ".nested_absmax", ".quant_map"} {
			if strings.HasSuffix(n, s) && !hidden[n] {
				orphans = append(orphans, n)
			}
		}
	}
	if len(orphans) > 0 {
		sort.Strings(orphans)
		return nil, fmt.Errorf("quant: %s: packed tensors without their module's weight: %s", ck.Path(), strings.Join(orphans, ", "))
	}
	return weights.Derive(ck, hide, add)
}

func first(a, b []string) string {
	if len(a) > 0 {
		return a[0]
	}
	return b[0]
}
