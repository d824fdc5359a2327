package models

import (
	"fmt"
	"math"

	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/frontend/nn"
	"github.com/kiln-ml/kiln/ir"
)

// T5RelativeBucket is transformers' T5Attention._relative_position_bucket
// for one relative position rp = key - query: bidirectional (encoder)
// buckets give half of numBuckets to each sign; causal (decoder) buckets
// see only -min(rp, 0). Distances under half of the (signed) bucket count
// have a bucket each; longer ones share logarithmically wider buckets up
// to maxDistance, past which all fall in the last bucket. The logarithm is
// taken as torch takes it, in float32 (rp.float() / max_exact, log,
// divided by float32(log(maxDistance / max_exact)), times the number of
// log buckets, truncated), with every step rounded to float32 so that
// bucket edges fall where transformers' do.
func T5RelativeBucket(rp int, bidirectional bool, numBuckets, maxDistance int) int {
	bucket := 0
	n := numBuckets
	if bidirectional {
		n /= 2
		if rp > 0 {
			bucket += n
		}
		if rp < 0 {
			rp = -rp
		}
	} else {
		rp = -min(rp, 0)
	}
	exact := n / 2
	if rp < exact {
		return bucket + rp
	}
	ratio := float32(float32(rp) / float32(exact))
	logRatio := float32(math.Log(float64(ratio)))
	denom := float32(math.Log(float64(maxDistance) / float64(exact)))
	scaled := float32(float32(logRatio/denom) * float32(n-exact))
	large := exact + int(scaled)
	return bucket + min(large, n-1)
}

// positionBias is T5Attention.compute_bias: the bias (1, H, T, K) that
// block s's relative_attention_bias (buckets, H) adds to the scores of
// queries at positions qpos (T) i64, each in [0, K), over keys 0..K-1.
// Buckets are looked up in a table over every relative position a query
// in range can have (-(K-1)..K-1), computed here (T5RelativeBucket), so
// that the program only gathers: no logarithm runs on the backend.
func (c *T5Config) positionBias(s *nn.Scope, bidirectional bool, qpos *frontend.Tensor, k int) *frontend.Tensor {
	g := qpos.Graph()
	t := qpos.Dim(0)
	weight := s.Sub("relative_attention_bias").Param("weight", c.RelativeBuckets, c.NumHeads) // (buckets, H)
	lut := make([]int64, 2*k-1)
	for i := range lut {
		lut[i] = int64(T5RelativeBucket(i-(k-1), bidirectional, c.RelativeBuckets, c.RelativeMaxDistance))
	}
	table := g.ConstInts(ir.Int64, []int{len(lut)}, lut)
	rel := g.Iota(ir.Int64, 1, t, k).Sub(qpos.Reshape(t, 1).BroadcastTo(t, k)) // (T, K): key - query
	idx := rel.Add(g.ConstScalarInt(ir.Int64, int64(k-1)).BroadcastTo(t, k))   // (T, K) in [0, 2K-2]
	buckets := table.Take(idx.Reshape(t*k), 0)                                 // (T*K)
	bias := weight.Take(buckets, 0)                                            // (T*K, H)
	return bias.Reshape(t, k, c.NumHeads).Transpose(2, 0, 1).Reshape(1, c.NumHeads, t, k)
}

// t5Encoder is T5EncoderModel: the encoder stack alone, a plain encoder
// whose program takes input_ids and attention_mask (B, T) and returns
// last_hidden_state (B, T, C).
type t5Encoder struct {
	cfg  *T5Config
	arch string
}

func newT5Encoder(arch string) func(Config) (Model, error) {
	return func(c Config) (Model, error) {
		tc, ok := c.(*T5Config)
		if !ok {
			return nil, fmt.Errorf("%s: config is %T, want *models.T5Config", arch, c)
		}
		return &t5Encoder{cfg: tc, arch: arch}, nil
	}
}

func (m *t5Encoder) Arch() string   { return m.arch }
func (m *t5Encoder) Config() Config { return m.cfg }
func (m *t5Encoder) Task() Task     { return TaskBase }

// WeightAliases: the encoder's embed_tokens is the shared table.
func (m *t5Encoder) WeightAliases() map[string][]string {
	return map[string][]string{"shared.weight": {"encoder.embed_tokens.weight"}}
}

// Build emits the encoder over input_ids (B, T) under attention_mask.
func (m *t5Encoder) Build(g *frontend.Graph, spec Spec, dt ir.DType) error {
	if err := spec.validate(); err != nil {
		return err
	}
	if err := checkStage(m, spec); err != nil {
		return err
	}
	if spec.Cache > 0 || spec.Labels || spec.Dropout || spec.HiddenStates || spec.Images > 0 || spec.Source > 0 {
		return fmt.Errorf("%s: spec %s asks for what an encoder program does not have (cache, labels, dropout, hidden states, images, source)", m.arch, spec)
	}
	c := m.cfg
	root := nn.NewScope(g, dt)
	shared := root.Sub("shared").Param("weight", c.VocabSize, c.DModel) // (V, C)
	ids := g.Param(InputIDs, ir.Int64, spec.Batch, spec.Seq)            // (B, T)
	var mask *frontend.Tensor
	if spec.NoPadding {
		mask = g.Ones(ir.Int64, spec.Batch, spec.Seq)
	} else {
		mask = g.Param(InputAttentionMask, ir.Int64, spec.Batch, spec.Seq)
	}
	h := c.encoder(root.Sub("encoder"), shared, ids, mask) // (B, T, C)
	g.Return(frontend.Out(OutputLastHidden, h))
	return nil
}
