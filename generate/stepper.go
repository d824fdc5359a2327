package generate

import (
	"context"
	"fmt"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/session"
	"github.com/kiln-ml/kiln/tensor"
)

// stepper runs the model for the decode loop and returns the last
// position's logits of each row (float32, one row per sequence).
type stepper interface {
	// prefill runs the padded prompts (rows of equal length with their
	// attention mask).
	prefill(ctx context.Context, ids, mask [][]int) ([][]float32, error)
	// step feeds one new token per row.
	step(ctx context.Context, tokens []int) ([][]float32, error)
	// reorder makes row i continue from row src[i] (beam search).
	reorder(ctx context.Context, src []int) error
	// setImages gives the prefill of a vision-language model its
	// pixel_values (images of them, in the compute dtype; nil for none).
	setImages(pixels *tensor.Tensor, images int)
	close()
}

// lastLogits splits a (B, T, V) logits tensor into the rows of the last
// position, as float32.
func lastLogits(t *tensor.Tensor) ([][]float32, error) {
	if t == nil || t.Shape.Rank() != 3 {
		return nil, fmt.Errorf("model returned no (batch, seq, vocab) logits")
	}
	b, n, v := t.Shape[0], t.Shape[1], t.Shape[2]
	var all []float32
	if t.DType == ir.Float32 {
		all = t.Float32s()
	} else {
		f, err := t.Convert(ir.Float32)
		if err != nil {
			return nil, err
		}
		all = f.Float32s()
	}
	out := make([][]float32, b)
	for i := range out {
		off := (i*n + n - 1) * v
		out[i] = append([]float32(nil), all[off:off+v]...)
	}
	return out, nil
}

// maxCacheBytes bounds the KV cache one generation may allocate, so that
// an absurd max_new_tokens is an error rather than an out-of-memory crash.
const maxCacheBytes = 64 << 30

// cachedStepper keeps a static KV cache of Capacity slots on the backend:
// one prefill program (Spec{B, promptLen, Capacity}) and one decode
// program (Spec{B, 1, Capacity}) reused for every token. The cache buffers
// are donated to each run, so backends update them in place.
type cachedStepper struct {
	r        *models.Runner
	capacity int
	layers   int
	kvHeads  int
	headDim  int
	batch    int
	cache    map[string]backends.Buffer // past_key_values.* by name
	donate   []string
	mask     [][]int               // (B, capacity): 1 where a real token sits in the cache
	ones     []int                 // real tokens per row so far (position of the next = ones)
	slot     int                   // next cache slot to write
	helpers  *session.Session[any] // the Generator's helper programs
	// cross holds an encoder-decoder's cross-attention keys and values
	// (models.CrossKey/CrossValue), passed to every run and never
	// donated; nil for a decoder. Beam reorders leave them alone: beams
	// only continue beams of their own prompt, whose rows are equal.
	cross map[string]backends.Buffer
	// source is a text encoder-decoder's encoder length, the Source of
	// its decoder-stage Specs (0 otherwise).
	source int
	// pixels and images are a vision-language prefill's images (nil, 0:
	// none); only the prefill program takes them.
	pixels *tensor.Tensor
	images int
	// sampleOn, when set, picks the next ids from each run's logits on
	// the backend (a backends.DeviceSampler, sampleOnDevice): run stores
	// them in sampled and returns no host logits.
	sampleOn func(logits backends.Buffer) ([]int, error)
	sampled  []int
}

func (s *cachedStepper) setImages(pixels *tensor.Tensor, images int) {
	s.pixels, s.images = pixels, images
}

// stage is the program stage the stepper runs: the decoder alone for an
// encoder-decoder, else the whole model.
func (s *cachedStepper) stage() models.Stage {
	if s.cross != nil {
		return models.StageDecoder
	}
	return models.StageFull
}

func newCachedStepper(r *models.Runner, dec models.Decoder, capacity int, g *Generator) *cachedStepper {
	l, h, d := dec.CacheLayout()
	s := &cachedStepper{r: r, capacity: capacity, layers: l, kvHeads: h, headDim: d, helpers: g.helperSession()}
	for i := 0; i < l; i++ {
		s.donate = append(s.donate, models.PastKey(i), models.PastValue(i))
	}
	return s
}

func (s *cachedStepper) upload(name string, t *tensor.Tensor, bufs map[string]backends.Buffer) error {
	b, err := s.r.Backend().Upload(t)
	if err != nil {
		return fmt.Errorf("uploading %s: %w", name, err)
	}
	bufs[name] = b
	return nil
}

// run executes spec with the host inputs plus the cache, keeps the updated
// cache and returns the last-position logits.
func (s *cachedStepper) run(ctx context.Context, spec models.Spec, ids, pos []int, pixels *tensor.Tensor) ([][]float32, error) {
	bufs := map[string]backends.Buffer{}
	defer func() {
		for n, b := range bufs {
			if s.cache[n] != b {
				b.Free()
			}
		}
	}()
	idT, _ := tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, int64s(ids))
	posT, _ := tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, int64s(pos))
	maskT, err := models.RowsTensor(s.mask, "attention mask")
	if err != nil {
		return nil, err
	}
	cp, _ := tensor.ScalarInt64(ir.Int64, int64(s.slot))
	for _, in := range []struct {
		n string
		t *tensor.Tensor
	}{{models.InputIDs, idT}, {models.InputPositionIDs, posT}, {models.InputAttentionMask, maskT}, {models.InputCachePosition, cp}} {
		if err := s.upload(in.n, in.t, bufs); err != nil {
			return nil, err
		}
	}
	if pixels != nil {
		if err := s.upload(models.InputPixelValues, pixels, bufs); err != nil {
			return nil, err
		}
	}
	for n, b := range s.cache {
		bufs[n] = b
	}
	out, err := s.r.RunBuffers(ctx, spec, withCross(bufs, s.cross), s.donate)
	if err != nil {
		return nil, err
	}
	// The donated buffers are gone; the presents are the new cache.
	kept := make(map[backends.Buffer]bool, 2*s.layers+1)
	for i := 0; i < s.layers; i++ {
		k, v := out[models.PresentKey(i)], out[models.PresentValue(i)]
		if k == nil || v == nil {
			for _, b := range out {
				b.Free()
			}
			return nil, fmt.Errorf("%s returned no %s/%s", s.r.Model().Arch(), models.PresentKey(i), models.PresentValue(i))
		}
		s.cache[models.PastKey(i)] = k
		s.cache[models.PastValue(i)] = v
		kept[k], kept[v] = true, true
	}
	lb := out[models.OutputLogits]
	if lb == nil {
		return nil, fmt.Errorf("%s returned no logits", s.r.Model().Arch())
	}
	// Other outputs (a decoder's last_hidden_state) are not needed: free
	// them now rather than leave their device memory to no one.
	kept[lb] = true
	for _, b := range out {
		if !kept[b] {
			b.Free()
		}
	}
	s.slot += spec.Seq
	if s.sampleOn != nil {
		defer lb.Free()
		ids, err := s.sampleOn(lb)
		if err == nil && len(ids) != spec.Batch {
			err = fmt.Errorf("the device sampler returned %d ids for %d rows", len(ids), spec.Batch)
		}
		s.sampled = ids
		return nil, err
	}
	return s.lastLogitsOnBackend(ctx, lb)
}

func (s *cachedStepper) prefill(ctx context.Context, ids, mask [][]int) ([][]float32, error) {
	s.batch = len(ids)
	p := len(ids[0])
	if p > s.capacity {
		return nil, fmt.Errorf("prompt of %d tokens exceeds the cache capacity %d", p, s.capacity)
	}
	bytes := int64(s.batch) * int64(s.kvHeads) * int64(s.capacity) * int64(s.headDim) * int64(s.r.DType().Size()) * int64(len(s.donate))
	if bytes > maxCacheBytes || bytes < 0 {
		return nil, fmt.Errorf("a KV cache of %d rows x %d positions needs %d bytes, over kiln's limit of %d (lower max_new_tokens or the batch)", s.batch, s.capacity, bytes, int64(maxCacheBytes))
	}
	s.cache = map[string]backends.Buffer{}
	zero, err := tensor.New(s.r.DType(), ir.Shape{s.batch, s.kvHeads, s.capacity, s.headDim})
	if err != nil {
		return nil, err
	}
	for _, n := range s.donate {
		if err := s.upload(n, zero, s.cache); err != nil {
			s.close()
			return nil, err
		}
	}
	s.mask = make([][]int, s.batch)
	s.ones = make([]int, s.batch)
	var flatIDs, flatMask []int
	for i := range ids {
		s.mask[i] = make([]int, s.capacity)
		copy(s.mask[i], mask[i])
		for _, m := range mask[i] {
			s.ones[i] += m
		}
		flatIDs = append(flatIDs, ids[i]...)
		flatMask = append(flatMask, mask[i]...)
	}
	s.slot = 0
	pos := models.PositionIDs(flatMask, s.batch, p)
	return s.run(ctx, models.Spec{Batch: s.batch, Seq: p, Cache: s.capacity, Stage: s.stage(), Source: s.source, Images: s.images}, flatIDs, pos, s.pixels)
}

func (s *cachedStepper) step(ctx context.Context, tokens []int) ([][]float32, error) {
	if s.slot >= s.capacity {
		return nil, fmt.Errorf("KV cache capacity %d exhausted", s.capacity)
	}
	pos := make([]int, s.batch)
	for i := range pos {
		s.mask[i][s.slot] = 1
		pos[i] = s.ones[i]
		s.ones[i]++
	}
	return s.run(ctx, models.Spec{Batch: s.batch, Seq: 1, Cache: s.capacity, Stage: s.stage(), Source: s.source}, tokens, pos, nil)
}

// reorder gathers the cache rows on the backend with a compiled gather
// program (the cache is donated to it); the attention mask rows are
// permuted alike (beams of one prompt share it anyway).
func (s *cachedStepper) reorder(ctx context.Context, src []int) error {
	identity := true
	for i, j := range src {
		identity = identity && i == j
	}
	if identity {
		return nil
	}
	if err := s.reorderOnBackend(ctx, src); err != nil {
		return err
	}
	mask := make([][]int, s.batch)
	ones := make([]int, s.batch)
	for i, j := range src {
		mask[i] = append([]int(nil), s.mask[j]...)
		ones[i] = s.ones[j]
	}
	s.mask, s.ones = mask, ones
	return nil
}

func (s *cachedStepper) close() {
	for _, b := range s.cache {
		b.Free()
	}
	s.cache = nil
}

// fullStepper recomputes the whole sequence every step without a cache
// (use_cache=false): one program per length. It is the reference the
// cached loop is tested against.
type fullStepper struct {
	r         *models.Runner
	ids, mask [][]int
	cross     map[string]backends.Buffer // as cachedStepper.cross
	source    int                        // as cachedStepper.source
	pixels    *tensor.Tensor             // as cachedStepper.pixels, passed to every step
	images    int
}

func (s *fullStepper) setImages(pixels *tensor.Tensor, images int) {
	s.pixels, s.images = pixels, images
}

func (s *fullStepper) forward(ctx context.Context) ([][]float32, error) {
	idT, err := models.RowsTensor(s.ids, "input ids")
	if err != nil {
		return nil, err
	}
	maskT, err := models.RowsTensor(s.mask, "attention mask")
	if err != nil {
		return nil, err
	}
	spec := models.Spec{Batch: len(s.ids), Seq: len(s.ids[0])}
	if s.cross == nil {
		in := map[string]*tensor.Tensor{models.InputIDs: idT, models.InputAttentionMask: maskT}
		if s.pixels != nil {
			in[models.InputPixelValues], spec.Images = s.pixels, s.images
		}
		out, err := s.r.Forward(ctx, spec, in)
		if err != nil {
			return nil, err
		}
		return lastLogits(out[models.OutputLogits])
	}
	// An encoder-decoder's decoder stage over the cross-attention buffers.
	spec.Stage, spec.Source = models.StageDecoder, s.source
	var flatMask []int
	for _, m := range s.mask {
		flatMask = append(flatMask, m...)
	}
	posT, _ := tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, int64s(models.PositionIDs(flatMask, spec.Batch, spec.Seq)))
	bufs := map[string]backends.Buffer{}
	defer func() {
		for _, b := range bufs {
			b.Free()
		}
	}()
	for n, t := range map[string]*tensor.Tensor{models.InputIDs: idT, models.InputAttentionMask: maskT, models.InputPositionIDs: posT} {
		b, err := s.r.Backend().Upload(t)
		if err != nil {
			return nil, fmt.Errorf("uploading %s: %w", n, err)
		}
		bufs[n] = b
	}
	out, err := s.r.RunBuffers(ctx, spec, withCross(bufs, s.cross), nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, b := range out {
			b.Free()
		}
	}()
	lb := out[models.OutputLogits]
	if lb == nil {
		return nil, fmt.Errorf("%s returned no logits", s.r.Model().Arch())
	}
	t, err := lb.Download()
	if err != nil {
		return nil, err
	}
	return lastLogits(t)
}

// withCross returns the inputs of one run: bufs plus the cross-attention
// buffers (a new map, so that cleanup of bufs never frees them).
func withCross(bufs, cross map[string]backends.Buffer) map[string]backends.Buffer {
	if cross == nil {
		return bufs
	}
	all := make(map[string]backends.Buffer, len(bufs)+len(cross))
	for n, b := range bufs {
		all[n] = b
	}
	for n, b := range cross {
		all[n] = b
	}
	return all
}

func (s *fullStepper) prefill(ctx context.Context, ids, mask [][]int) ([][]float32, error) {
	s.ids, s.mask = nil, nil
	for i := range ids {
		s.ids = append(s.ids, append([]int(nil), ids[i]...))
		s.mask = append(s.mask, append([]int(nil), mask[i]...))
	}
	return s.forward(ctx)
}

func (s *fullStepper) step(ctx context.Context, tokens []int) ([][]float32, error) {
	for i, t := range tokens {
		s.ids[i] = append(s.ids[i], t)
		s.mask[i] = append(s.mask[i], 1)
	}
	return s.forward(ctx)
}

func (s *fullStepper) reorder(_ context.Context, src []int) error {
	ids := make([][]int, len(src))
	mask := make([][]int, len(src))
	for i, j := range src {
		ids[i] = append([]int(nil), s.ids[j]...)
		mask[i] = append([]int(nil), s.mask[j]...)
	}
	s.ids, s.mask = ids, mask
	return nil
}

func (s *fullStepper) close() {}

// int64s converts token ids (Go ints everywhere in generate) to the
// programs' int64 at the tensor boundary.
func int64s(xs []int) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = int64(x)
	}
	return out
}
