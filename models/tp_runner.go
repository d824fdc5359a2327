package models

import (
	"fmt"
	"strings"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// NewTPRunner is NewRunner for an n-way tensor-parallel run on a mesh of
// n virtual CPU devices (package mesh, interp on each device; see
// NewTPRunnerOn for llvm): the model
// is sharded with ShardTP, each weight is cut into its per-device blocks
// as it is loaded, and the programs (prefill and decode alike) run SPMD
// on the mesh. Logits and hidden states come back whole (replicated after
// the row-parallel all_reduce); a present key/value downloaded from the
// Runner is joined back along its heads. Forward, RunBuffers and the
// generate loop use it as any Runner. GPUs need the XLA/NCCL lowering of
// the collectives, which is not built (docs/distributed.md).
func NewTPRunner(m Model, ckpt *weights.Checkpoint, n int, dt ir.DType, opts CompileOptions) (*Runner, error) {
	return NewTPRunnerOn(m, ckpt, nil, n, dt, opts)
}

// NewTPRunnerOn is NewTPRunner with each device's computation compiled on
// inner, a backend that runs one device (llvm; nil or interp: interp on
// the whole program): the programs are cut at their collectives into
// stages (mesh.NewBackendOn).
func NewTPRunnerOn(m Model, ckpt *weights.Checkpoint, inner backends.Backend, n int, dt ir.DType, opts CompileOptions) (*Runner, error) {
	sm, err := ShardTP(m, n)
	if err != nil {
		return nil, err
	}
	msh, err := mesh.New([]string{"tp"}, []int{n})
	if err != nil {
		return nil, err
	}
	split := sm.(TensorParallel).CacheSplit()
	b := mesh.NewBackendOn(msh, inner, func(name string) (int, bool) {
		// Present keys and values are (B, Hkv/n, K, D) per device when
		// the attention is split.
		return 1, split && strings.HasPrefix(name, "present.")
	})
	return NewRunner(sm, ckpt, b, dt, opts)
}

// shardUploader is a backend that holds a different block per device.
type shardUploader interface {
	UploadShards(axis int, parts []*tensor.Tensor) (backends.Buffer, error)
}

// shardAxis is the axis parameter p's checkpoint tensor is split along
// and the number of blocks; -1 for a whole tensor.
func (r *Runner) shardAxis(p string) (axis, n int) {
	tp, ok := r.model.(TensorParallel)
	if !ok || tp.TPSize() == 1 {
		return -1, 1
	}
	return tp.ShardAxis(p), tp.TPSize()
}

// bindShardLocked reads checkpoint tensor src (shape full) for parameter
// p (one device's type), splits it into n blocks along axis and uploads
// block d to device d. A shape that does not fit comes back as msg.
func (r *Runner) bindShardLocked(p string, typ ir.Type, src string, full ir.Shape, axis, n int) (msg string, err error) {
	want := typ.Shape.Clone()
	want[axis] *= n
	if !full.Equal(want) {
		return fmt.Sprintf("%s is %s, the model needs %s (split in %d along axis %d)", src, full, want, n, axis), nil
	}
	up, ok := r.Backend().(shardUploader)
	if !ok {
		return "", fmt.Errorf("parameter %s is sharded over %d devices, but backend %s holds one tensor per buffer: run a tensor-parallel model with NewTPRunner", p, n, r.Backend().Name())
	}
	t, err := r.ckpt.TensorAs(src, typ.DType)
	if err != nil {
		return "", fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
	}
	parts, err := mesh.Split(t, axis, n)
	if err != nil {
		return "", fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
	}
	r.ckpt.DropPages(t)
	buf, err := up.UploadShards(axis, parts)
	if err != nil {
		return "", fmt.Errorf("checkpoint %s: tensor %s: %w", r.ckpt.Path(), src, err)
	}
	if err := r.sess.Adopt(p, buf); err != nil {
		buf.Free()
		return "", err
	}
	r.bySource[src] = p
	r.used[src] = true
	return "", nil
}

// uploadInput uploads host input t of parameter type typ. A tensor-parallel
// Runner takes whole past keys/values (B, Hkv, K, D) and gives each
// device its heads; every other input is replicated.
func (r *Runner) uploadInput(name string, t *tensor.Tensor, typ ir.Type) (backends.Buffer, error) {
	_, n := r.shardAxis("")
	up, ok := r.Backend().(shardUploader)
	tp, _ := r.model.(TensorParallel)
	if n == 1 || !ok || tp == nil || !tp.CacheSplit() || !strings.HasPrefix(name, "past_key_values.") {
		return r.Backend().Upload(t)
	}
	if t.Shape.Rank() != 4 || t.Shape[1] != typ.Shape[1]*n {
		return nil, fmt.Errorf("is %s, want the whole cache %s with %d heads (split over %d devices)", t.Shape, typ.Shape, typ.Shape[1]*n, n)
	}
	parts, err := mesh.Split(t, 1, n)
	if err != nil {
		return nil, err
	}
	return up.UploadShards(1, parts)
}
