package train

import (
	"fmt"
	"slices"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/tensor"
)

// ShardMode is how a Step spreads its model over the data-parallel axis
// of a mesh (TrainingArguments.fsdp, see ParseFSDP).
type ShardMode int

const (
	// ShardNone is data parallelism (torch DDP, FSDP's "no_shard"): every
	// device holds the whole weights and optimizer state, runs its rows of
	// the batch, the gradients are all_reduce-summed over the axis and the
	// update runs replicated.
	ShardNone ShardMode = iota
	// ShardFull is FSDP's "full_shard" (ZeRO-3): every trained parameter,
	// its gradient, its gradient accumulator and its optimizer state are
	// held as dim-0 blocks (rows zero-padded to a multiple of the device
	// count), one block per device; the forward all_gathers a parameter
	// before use, autodiff turns that all_gather into a reduce_scatter of
	// the gradient, and each device updates its block only.
	ShardFull
)

func (m ShardMode) String() string {
	switch m {
	case ShardNone:
		return "no_shard"
	case ShardFull:
		return "full_shard"
	}
	return fmt.Sprintf("ShardMode(%d)", int(m))
}

// DPAxis is the mesh axis a ShardConfig reduces over when it names none.
const DPAxis = "dp"

// ShardConfig spreads a Step over the devices of one mesh axis: the
// Runner's backend must be a *mesh.Backend (mesh.NewBackend or
// NewBackendOn) whose mesh has that axis, every other axis of size 1.
// The Step's spec.Batch is then the GLOBAL batch (per-device rows times
// the device count); every micro-batch given to Run holds the global
// rows, and device d takes rows [d*B/n, (d+1)*B/n).
//
// Guarantees: the loss, the gradient norm and the updated weights are
// those of the one-device step over the whole batch, up to float32
// summation order (the loss is normalised by the global token count, as
// the one-device step does; it is not an average of per-device means).
// Dropout masks and NEFTune noise are drawn per device and differ from
// the one-device step's. Frozen weights (a LoRA base) stay replicated.
type ShardConfig struct {
	Mode ShardMode
	// Axis is the mesh axis of the data-parallel devices ("" is DPAxis).
	Axis string
}

// rowMeanLosses are the architectures whose loss is a mean over rows (or
// over rows times labels): equal per-device row counts make the mean of
// the per-device means the global mean, exactly.
var rowMeanLosses = map[string]bool{"BertForSequenceClassification": true}

// shardPlan is a Step's resolved ShardConfig.
type shardPlan struct {
	mode ShardMode
	axis string
	n    int
	rep  frontend.Replicas
	up   *mesh.Backend
	// whole holds each sharded parameter's whole type (ShardFull).
	whole map[string]ir.Type
}

// newShardPlan checks cfg against the Runner and the global spec.
func newShardPlan(r *models.Runner, spec models.Spec, plan lossPlan, cfg *ShardConfig) (*shardPlan, error) {
	if cfg.Mode != ShardNone && cfg.Mode != ShardFull {
		return nil, fmt.Errorf("fsdp: unknown shard mode %v", cfg.Mode)
	}
	axis := cfg.Axis
	if axis == "" {
		axis = DPAxis
	}
	b, ok := r.Backend().(*mesh.Backend)
	if !ok {
		return nil, fmt.Errorf("fsdp %s: the runner's backend is %s; sharded training runs on a mesh (mesh.NewBackend)", cfg.Mode, r.Backend().Name())
	}
	m := b.Mesh()
	i := slices.Index(m.Axes(), axis)
	if i < 0 {
		return nil, fmt.Errorf("fsdp %s: the mesh has no axis %q (axes %v)", cfg.Mode, axis, m.Axes())
	}
	n := m.Shape()[i]
	if n != m.Size() {
		return nil, fmt.Errorf("fsdp %s: mesh %v%v: sharded training over axis %q alone is built, every other axis must have size 1", cfg.Mode, m.Axes(), m.Shape(), axis)
	}
	if tp, ok := r.Model().(models.TensorParallel); ok && tp.TPSize() > 1 {
		return nil, fmt.Errorf("fsdp %s: the model is tensor-parallel over %d devices; training a tensor-parallel model is not built", cfg.Mode, tp.TPSize())
	}
	if spec.Batch%n != 0 {
		return nil, fmt.Errorf("fsdp %s: a batch of %d rows does not split evenly over the %d devices of axis %q (each device takes per_device_train_batch_size rows: the batch must be a multiple of %d)", cfg.Mode, spec.Batch, n, axis, n)
	}
	if !plan.numItems && !rowMeanLosses[r.Model().Arch()] {
		return nil, fmt.Errorf("fsdp %s: %s's loss is a mean over labelled tokens whose count differs per device, so the devices' means do not combine into the one-device loss; sharded training is built for losses normalised by num_items_in_batch (causal LMs with the Trainer's normalisation) and row means (sequence classification)", cfg.Mode, r.Model().Arch())
	}
	rep, err := m.Replicas(axis)
	if err != nil {
		return nil, err
	}
	return &shardPlan{mode: cfg.Mode, axis: axis, n: n, rep: rep, up: b}, nil
}

// shardRows is the per-device row count of a parameter of rows rows.
func (sp *shardPlan) shardRows(rows int) int { return (rows + sp.n - 1) / sp.n }

// shardParams rewrites f so that each parameter in params (trained, by
// name) is declared as one device's zero-padded dim-0 block and
// all_gathered (then cut to its rows) where the whole one was used; it
// sets params' types to the block types and records the whole types.
// Parameters stay in their calling order.
func (sp *shardPlan) shardParams(f *ir.Func, params []OptimParam, opt OptimizerConfig) error {
	sp.whole = map[string]ir.Type{}
	idx := map[string]int{}
	for i, p := range params {
		idx[p.Name] = i
	}
	start := len(f.Values)
	old := slices.Clone(f.Params)
	repl := map[*ir.Value]*ir.Value{}
	newParam := map[*ir.Value]*ir.Value{}
	g := frontend.Wrap(f, f)
	err := g.Do(func(g *frontend.Graph) error {
		for _, p := range old {
			i, ok := idx[p.Name]
			if !ok {
				continue
			}
			if p.Type.Shape.Rank() == 0 {
				return fmt.Errorf("parameter %s is a scalar: full_shard splits dim 0", p.Name)
			}
			for _, st := range opt.States(p.Type) {
				if !st.Type.Shape.Equal(p.Type.Shape) {
					return fmt.Errorf("optimizer %s keeps state %s of %s for %s (%s): full_shard shards states shaped as their parameter only", opt.Rule, st.Suffix, st.Type.Shape, p.Name, p.Type.Shape)
				}
			}
			rows := p.Type.Shape[0]
			sh := p.Type.Shape.Clone()
			sh[0] = sp.shardRows(rows)
			np := f.Param(p.Name, ir.Type{DType: p.Type.DType, Shape: sh})
			x := g.Lift(np).AllGather(0, sp.rep)
			if sh[0]*sp.n != rows {
				x = x.SliceAxis(0, 0, rows)
			}
			repl[p], newParam[p] = x.Value(), np
			sp.whole[p.Name] = p.Type
			params[i].Type = np.Type
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("full_shard: %w", err)
	}
	var ps, gathers, rest []*ir.Value
	for _, p := range old {
		if np, ok := newParam[p]; ok {
			p = np
		}
		ps = append(ps, p)
	}
	for _, v := range f.Values[start:] {
		if v.Op != ir.OpParameter {
			gathers = append(gathers, v)
		}
	}
	for _, v := range f.Values[:start] {
		if v.Op == ir.OpParameter {
			continue
		}
		for i, a := range v.Args {
			if r, ok := repl[a]; ok {
				v.Args[i] = r
			}
		}
		rest = append(rest, v)
	}
	for i, r := range f.Results {
		if x, ok := repl[r]; ok {
			f.Results[i] = x
		}
	}
	f.Params = ps
	f.Values = slices.Concat(ps, gathers, rest)
	if err := ir.Check(f); err != nil {
		return fmt.Errorf("full_shard: %w", err)
	}
	return nil
}

// shardBuffers puts each sharded parameter's blocks in the session where
// its whole buffer was (one block per device, zero-padded); a buffer a
// Step of the same Runner already sharded is kept.
func (s *Step) shardBuffers() error {
	for _, p := range s.params {
		whole, ok := s.shard.whole[p.Name]
		if !ok {
			continue
		}
		buf, err := s.sess.Buffer(p.Name)
		if err != nil {
			return fmt.Errorf("full_shard: parameter %s: %w", p.Name, err)
		}
		switch t := buf.Type(); {
		case t.Equal(p.Type):
			continue // sharded by an earlier Step
		case !t.Equal(whole):
			return fmt.Errorf("full_shard: parameter %s: the session holds %s, want %s or its block %s", p.Name, t, whole, p.Type)
		}
		x, err := s.sess.Download(p.Name)
		if err != nil {
			return fmt.Errorf("full_shard: parameter %s: %w", p.Name, err)
		}
		if err := s.scatter(p.Name, x); err != nil {
			return err
		}
	}
	return nil
}

// scatter pads whole tensor x of sharded parameter (or state) name to a
// multiple of the device count along dim 0, splits it and swaps the
// blocks in as name's session buffer.
func (s *Step) scatter(name string, x *tensor.Tensor) error {
	rows := x.Shape[0]
	per := s.shard.shardRows(rows)
	sh := x.Shape.Clone()
	sh[0] = per * s.shard.n
	padded, err := tensor.New(x.DType, sh)
	if err != nil {
		return fmt.Errorf("full_shard: %s: %w", name, err)
	}
	copy(padded.Data, x.Data)
	parts, err := mesh.Split(padded, 0, s.shard.n)
	if err != nil {
		return fmt.Errorf("full_shard: %s: %w", name, err)
	}
	buf, err := s.shard.up.UploadShards(0, parts)
	if err != nil {
		return fmt.Errorf("full_shard: %s: %w", name, err)
	}
	if err := s.sess.Swap(name, buf); err != nil {
		buf.Free()
		return fmt.Errorf("full_shard: %s: %w", name, err)
	}
	return nil
}

// gather joins the devices' blocks of session buffer name and cuts the
// padding off: the whole tensor of type whole (downloaded as is when the
// buffer holds it whole again, after Unshard).
func (s *Step) gather(name string, whole ir.Type) (*tensor.Tensor, error) {
	buf, err := s.sess.Buffer(name)
	if err != nil {
		return nil, err
	}
	if buf.Type().Equal(whole) {
		return buf.Download()
	}
	mb, ok := buf.(*mesh.Buffer)
	if !ok {
		return nil, fmt.Errorf("full_shard: %s is a %T, not a mesh buffer", name, buf)
	}
	parts, err := mb.Parts() // gathered from other processes, if any
	if err != nil {
		return nil, fmt.Errorf("full_shard: %s: %w", name, err)
	}
	for d := range parts {
		if parts[d] == nil {
			return nil, fmt.Errorf("full_shard: %s: device %d holds no block", name, d)
		}
	}
	j, err := mesh.Join(0, parts...)
	if err != nil {
		return nil, fmt.Errorf("full_shard: %s: %w", name, err)
	}
	out, err := tensor.New(whole.DType, whole.Shape)
	if err != nil {
		return nil, err
	}
	copy(out.Data, j.Data)
	return out, nil
}

// Weight returns the whole value of weight name (a trained, tied or frozen
// parameter of the step's model): under full_shard a trained one is
// gathered from the devices' blocks, else it is downloaded. What a
// checkpoint saves.
func (s *Step) Weight(name string) (*tensor.Tensor, error) {
	if h, ok := s.tiedFrom[name]; ok {
		name = h
	}
	if s.shard != nil {
		if whole, ok := s.shard.whole[name]; ok {
			return s.gather(name, whole)
		}
	}
	return s.sess.Download(name)
}

// Unshard puts every parameter full_shard split back in the session
// whole and replicated (gathered from the devices' blocks), so that the
// Runner's own programs (a forward, evaluation, generation) read the
// trained weights again; the optimizer state stays in blocks. A Run
// after Unshard fails on the parameters' types (a new Step shards them
// again). No-op for data parallelism or one device.
func (s *Step) Unshard() error {
	if s.shard == nil {
		return nil
	}
	for _, p := range s.params {
		whole, ok := s.shard.whole[p.Name]
		if !ok {
			continue
		}
		x, err := s.gather(p.Name, whole)
		if err != nil {
			return fmt.Errorf("unshard %s: %w", p.Name, err)
		}
		buf, err := s.shard.up.Upload(x)
		if err != nil {
			return fmt.Errorf("unshard %s: %w", p.Name, err)
		}
		if err := s.sess.Swap(p.Name, buf); err != nil {
			buf.Free()
			return fmt.Errorf("unshard %s: %w", p.Name, err)
		}
	}
	return nil
}

// ShardTypes maps each parameter full_shard splits to the type of one
// device's block of it (nil for data parallelism or one device): what
// each device holds of it, of its gradient and of each optimizer state.
func (s *Step) ShardTypes() map[string]ir.Type {
	if s.shard == nil || s.shard.mode != ShardFull {
		return nil
	}
	out := map[string]ir.Type{}
	for _, p := range s.params {
		out[p.Name] = p.Type
	}
	return out
}

// wholeType is parameter p's whole type (its block's type is p.Type under
// full_shard).
func (s *Step) wholeType(p OptimParam) ir.Type {
	if s.shard != nil {
		if t, ok := s.shard.whole[p.Name]; ok {
			return t
		}
	}
	return p.Type
}

// splitInput uploads host input x (the global batch) as each device's
// rows.
func (s *Step) splitInput(name string, x *tensor.Tensor) (*mesh.Buffer, error) {
	parts, err := mesh.Split(x, 0, s.shard.n)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	buf, err := s.shard.up.UploadShards(0, parts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return buf.(*mesh.Buffer), nil
}

// reduce completes the step's loss and gradients over the devices: the
// loss is all_reduce-summed (each device's is its rows' share of the
// global loss), and under data parallelism each gradient too (full_shard's
// gradients come reduce_scattered out of autodiff).
func (sp *shardPlan) reduce(loss *frontend.Tensor, grads []*frontend.Tensor) (*frontend.Tensor, []*frontend.Tensor) {
	loss = loss.AllReduce(ir.ReduceSum, sp.rep)
	if sp.mode == ShardNone {
		for i, g := range grads {
			grads[i] = g.AllReduce(ir.ReduceSum, sp.rep)
		}
	}
	return loss, grads
}

// globalNorm is GlobalNorm of the whole gradients: under full_shard each
// gradient's squared sum is all_reduced over the blocks (padding rows
// have zero gradient), then the norm of the norms as GlobalNorm takes it.
func (sp *shardPlan) globalNorm(grads []*frontend.Tensor) (*frontend.Tensor, error) {
	if sp.mode == ShardNone {
		return GlobalNorm(grads)
	}
	if len(grads) == 0 {
		return nil, fmt.Errorf("global norm: no gradients")
	}
	sq := make([]*frontend.Tensor, len(grads))
	for i, g := range grads {
		sq[i] = g.Mul(g).Sum()
	}
	norms := frontend.Stack(0, sq...).AllReduce(ir.ReduceSum, sp.rep).Sqrt()
	return norms.Mul(norms).Sum().Sqrt(), nil
}

// checkShardedBatch reports a micro-batch whose rows do not split over the
// devices, naming per_device_train_batch_size.
func (s *Step) checkShardedBatch(m map[string]*tensor.Tensor) error {
	for _, p := range s.inputs {
		x := m[p.Name]
		if x == nil || x.Shape.Rank() == 0 {
			continue
		}
		if rows := x.Shape[0]; rows%s.shard.n != 0 {
			return fmt.Errorf("input %q has %d rows, which do not split evenly over the %d devices of axis %q (per_device_train_batch_size rows each)", p.Name, rows, s.shard.n, s.shard.axis)
		}
	}
	return nil
}
