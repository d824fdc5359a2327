package models

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// Tensor parallelism as transformers' tp_plan does it (issue #19,
// docs/distributed.md). A decoder sharded N ways builds one device's
// program of an SPMD run: column-parallel q/k/v and gate/up projections
// hold out/N rows of their weight (this device's heads, this device's
// intermediate slice), row-parallel o/down projections hold in/N columns
// and all_reduce-sum their partial products (bias added once, after the
// sum); norms, the embedding and the LM head are replicated. Attention
// runs on num_attention_heads/N query heads and num_key_value_heads/N KV
// heads, so the KV cache is sharded by heads (CacheLayout is one
// device's). The Runner cuts each checkpoint tensor into its per-device
// blocks at load (ShardAxis); the virtual CPU mesh runs the program.

// TPStyle is a tensor-parallel style kiln implements.
type TPStyle int

const (
	// TPReplicate: every device holds the whole module.
	TPReplicate TPStyle = iota
	// TPColwise: the weight's output rows (and bias) are split; the
	// output stays sharded on its last axis.
	TPColwise
	// TPRowwise: the weight's input columns are split; the partial
	// outputs are all_reduce-summed, then the bias is added.
	TPRowwise
)

// tpStyles maps transformers' style names to what kiln builds. Names
// transformers has and kiln does not build map to -1 (refused by name).
var tpStyles = map[string]TPStyle{
	"colwise":                        TPColwise,
	"local_colwise":                  TPColwise, // the local output is what kiln's program holds anyway
	"rowwise":                        TPRowwise,
	"replicate":                      TPReplicate,
	"replicated_with_grad_allreduce": TPReplicate, // its gradient all_reduce is a training matter
	"local":                          TPReplicate,
}

// tpKnownUnbuilt are transformers' styles kiln recognises and refuses.
var tpKnownUnbuilt = []string{
	"colwise_rep", "rowwise_rep", "local_rowwise", "local_packed_rowwise", "packed_colwise", "packed_rowwise",
	"sequence_parallel", "gather", "isolated", "embedding_rowwise", "colwise_gather_output", "rowwise_split_input",
	"ep_router", "grouped_gemm", "moe_tp_experts", "local_colwise_rep",
}

// defaultTPPlans are transformers' base_model_tp_plan class attributes of
// the families kiln shards when config.json carries no plan (config.json
// usually does not: transformers keeps it on the config class).
var defaultTPPlans = map[string]map[string]string{}

func init() {
	llama := map[string]string{
		"layers.*.self_attn.q_proj": "colwise",
		"layers.*.self_attn.k_proj": "colwise",
		"layers.*.self_attn.v_proj": "colwise",
		"layers.*.self_attn.o_proj": "rowwise",
		"layers.*.mlp.gate_proj":    "colwise",
		"layers.*.mlp.up_proj":      "colwise",
		"layers.*.mlp.down_proj":    "rowwise",
	}
	for _, t := range []string{"llama", "mistral", "qwen2"} {
		defaultTPPlans[t] = llama
	}
	qwen3 := maps.Clone(llama)
	qwen3["layers.*.self_attn.q_norm"] = "replicated_with_grad_allreduce"
	qwen3["layers.*.self_attn.k_norm"] = "replicated_with_grad_allreduce"
	defaultTPPlans["qwen3"] = qwen3
}

// TensorParallel is implemented by a model built for one device of an
// N-way tensor-parallel run (ShardTP).
type TensorParallel interface {
	// TPSize is N.
	TPSize() int
	// ShardAxis is the axis of the checkpoint tensor of parameter param
	// that is split into N equal blocks, block d on device d; -1 when
	// every device holds it whole.
	ShardAxis(param string) int
	// CacheSplit reports whether the KV cache is split by heads (the
	// attention is sharded); false: every device holds it whole.
	CacheSplit() bool
}

// tpLayout is a decoder's resolved plan.
type tpLayout struct {
	n        int
	replicas frontend.Replicas
	// styles by generic module name ("layers.*.mlp.up_proj").
	styles map[string]TPStyle
	// attn / mlp: whether the attention heads / the MLP are split.
	attn, mlp bool
}

var layerIndex = regexp.MustCompile(`(^|\.)[0-9]+(\.|$)`)

// genericModule turns a module path under the base model
// ("model.layers.3.mlp.up_proj") into its plan key ("layers.*.mlp.up_proj"),
// as transformers replaces layer indices by *.
func (m *decoder) genericModule(path string) string {
	path = strings.TrimPrefix(path, m.cfg.Layout.modelPath()+".")
	for layerIndex.MatchString(path) {
		path = layerIndex.ReplaceAllString(path, "$1*$2")
	}
	return path
}

// ShardTP returns m built for one device of an n-way tensor-parallel run
// over consecutive devices 0..n-1 (a mesh with one axis of n devices),
// with the config's base_model_tp_plan or, when it has none, the family's
// default plan (transformers'). It fails, naming the module, field or
// style, for a model that is not a shared-layout decoder (q/k/v and
// gate/up/down as separate Linear layers, no experts), a plan entry kiln
// does not build, a plan that splits part of an attention or MLP block
// only, or head counts / intermediate_size not divisible by n.
func ShardTP(model Model, n int) (Model, error) {
	if n < 1 {
		return nil, fmt.Errorf("tensor parallel: %d devices, want >= 1", n)
	}
	d, ok := model.(*decoder)
	if !ok || d.merger != nil {
		return nil, fmt.Errorf("tensor parallel: %s (%T) has no tensor-parallel plan in kiln (decoders of the Llama layout only: llama, mistral, qwen2, qwen3)", model.Arch(), model)
	}
	c := d.cfg
	switch {
	case c.Layout.QKV != QKVSeparate:
		return nil, fmt.Errorf("tensor parallel: %s: fused q/k/v projection (packed_colwise) is not implemented", model.Arch())
	case c.Layout.MLP != MLPGated:
		return nil, fmt.Errorf("tensor parallel: %s: the MLP is not gate_proj/up_proj/down_proj (packed or plain MLPs are not implemented)", model.Arch())
	case c.MoE != nil:
		return nil, fmt.Errorf("tensor parallel: %s: mixture-of-experts layers (expert parallelism) are not implemented", model.Arch())
	}
	plan, source := c.TPPlan, "config.json base_model_tp_plan"
	if plan == nil {
		if plan = defaultTPPlans[c.ModelType]; plan == nil {
			return nil, fmt.Errorf("tensor parallel: model_type %q has no base_model_tp_plan in config.json and kiln has no default plan for it (defaults: %s)", c.ModelType, strings.Join(sortedKeys(defaultTPPlans), ", "))
		}
		source = "the default " + c.ModelType + " plan"
	}
	l := &tpLayout{n: n, replicas: frontend.Replicas{Size: n}, styles: map[string]TPStyle{}}
	names := c.Layout.names()
	attnMods := []string{"q_proj", "k_proj", "v_proj", names.Out}
	mlpMods := []string{"gate_proj", "up_proj", "down_proj"}
	known := map[string]bool{}
	for _, a := range append(attnMods, "q_norm", "k_norm") {
		known["layers.*."+names.Attn+"."+a] = true
	}
	for _, a := range mlpMods {
		known["layers.*.mlp."+a] = true
	}
	for _, k := range []string{"input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm", "post_feedforward_layernorm"} {
		known["layers.*."+k] = true
	}
	for _, key := range sortedKeys(plan) {
		style := plan[key]
		st, ok := tpStyles[style]
		if !ok {
			if slices.Contains(tpKnownUnbuilt, style) {
				return nil, fmt.Errorf("tensor parallel: %s: module %s: style %q is not implemented (kiln builds colwise, rowwise, replicate)", source, key, style)
			}
			return nil, fmt.Errorf("tensor parallel: %s: module %s: unknown style %q", source, key, style)
		}
		if !known[key] && st != TPReplicate {
			return nil, fmt.Errorf("tensor parallel: %s: module %s: style %q on a module kiln does not shard (kiln replicates the embedding, the norms and the LM head)", source, key, style)
		}
		l.styles[key] = st
	}
	group := func(what string, mods []string, prefix string, want []TPStyle) (bool, error) {
		got := make([]TPStyle, len(mods))
		all := true
		for i, mod := range mods {
			got[i] = l.styles[prefix+mod]
			all = all && got[i] == TPReplicate
		}
		if all {
			return false, nil
		}
		if !slices.Equal(got, want) {
			var desc []string
			for i, mod := range mods {
				desc = append(desc, fmt.Sprintf("%s=%s", prefix+mod, styleName(got[i])))
			}
			return false, fmt.Errorf("tensor parallel: %s: the %s must be split whole (column-parallel inputs, a row-parallel output) or not at all; got %s", source, what, strings.Join(desc, ", "))
		}
		return true, nil
	}
	var err error
	if l.attn, err = group("attention", attnMods, "layers.*."+names.Attn+".", []TPStyle{TPColwise, TPColwise, TPColwise, TPRowwise}); err != nil {
		return nil, err
	}
	if l.mlp, err = group("MLP", mlpMods, "layers.*.mlp.", []TPStyle{TPColwise, TPColwise, TPRowwise}); err != nil {
		return nil, err
	}
	if l.attn {
		for _, f := range []intField{{"num_attention_heads", c.Heads}, {"num_key_value_heads", c.KVHeads}} {
			if f.v%n != 0 {
				return nil, fmt.Errorf("tensor parallel: %s %d does not divide over %d devices (each device holds whole heads; the KV cache is split by key/value heads)", f.name, f.v, n)
			}
		}
	}
	if l.mlp && c.Intermediate%n != 0 {
		return nil, fmt.Errorf("tensor parallel: intermediate_size %d does not divide over %d devices", c.Intermediate, n)
	}
	out := *d
	out.tp = l
	return &out, nil
}

func styleName(s TPStyle) string {
	return [...]string{"replicate", "colwise", "rowwise"}[s]
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TPSize implements TensorParallel (1 for a whole model).
func (m *decoder) TPSize() int {
	if m.tp == nil {
		return 1
	}
	return m.tp.n
}

// ShardAxis implements TensorParallel: colwise weights and biases split
// their rows (axis 0), rowwise weights their columns (axis 1); a rowwise
// bias and everything else are whole.
func (m *decoder) ShardAxis(param string) int {
	if m.tp == nil {
		return -1
	}
	i := strings.LastIndexByte(param, '.')
	if i < 0 {
		return -1
	}
	module, leaf := param[:i], param[i+1:]
	switch m.tp.styles[m.genericModule(module)] {
	case TPColwise:
		if leaf == "weight" || leaf == "bias" {
			return 0
		}
	case TPRowwise:
		if leaf == "weight" {
			return 1
		}
	}
	return -1
}

// CacheSplit implements TensorParallel.
func (m *decoder) CacheSplit() bool { return m.tp != nil && m.tp.attn && m.tp.n > 1 }

// heads and kvHeads are this device's query and key/value head counts.
func (m *decoder) heads() int {
	if m.tp != nil && m.tp.attn {
		return m.cfg.Heads / m.tp.n
	}
	return m.cfg.Heads
}

func (m *decoder) kvHeads() int {
	if m.tp != nil && m.tp.attn {
		return m.cfg.KVHeads / m.tp.n
	}
	return m.cfg.KVHeads
}

// linear is the Linear layer of scope s (in -> out features) applied to x,
// as this device holds it under the plan: whole, column-parallel (out/N
// outputs) or row-parallel (in/N inputs, partial sums all_reduced over the
// tensor-parallel group, the bias added once after the sum).
func (m *decoder) linear(s *nn.Scope, in, out int, bias bool, x *frontend.Tensor) *frontend.Tensor {
	if m.tp == nil {
		return nn.NewLinear(s, in, out, bias).Forward(x)
	}
	n := m.tp.n
	switch m.tp.styles[m.genericModule(s.Prefix())] {
	case TPColwise:
		return nn.NewLinear(s, in, out/n, bias).Forward(x)
	case TPRowwise:
		y := nn.NewLinear(s, in/n, out, false).Forward(x).AllReduce(ir.ReduceSum, m.tp.replicas)
		if bias {
			b := s.Param("bias", out)
			if dt := y.DType(); dt == ir.Float16 || dt == ir.BFloat16 {
				return y.AsType(ir.Float32).Add(b.AsType(ir.Float32)).AsType(dt)
			}
			y = y.Add(b)
		}
		return y
	}
	return nn.NewLinear(s, in, out, bias).Forward(x)
}
