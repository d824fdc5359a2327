package models

import (
	"fmt"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// PositionIDs computes HF generate's position ids from an attention mask
// (batch, n): cumsum(mask) - 1, clamped at 0, so left padding does not
// shift positions.
func PositionIDs[T int | int64](mask []T, batch, n int) []T {
	out := make([]T, batch*n)
	for b := 0; b < batch; b++ {
		var c T
		for j := 0; j < n; j++ {
			c += mask[b*n+j]
			p := c - 1
			if p < 0 {
				p = 0
			}
			out[b*n+j] = p
		}
	}
	return out
}

// CompleteInputs checks the given host inputs against spec and fills the
// defaults (see Runner.Forward). The returned map holds int64 tensors and,
// for encoder-decoder models, the encoder's float input (checked against
// EncoderInput; the encoder stage takes nothing else) and any
// cross-attention keys and values given.
func CompleteInputs(m Model, spec Spec, in map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	if err := spec.validate(); err != nil {
		return nil, err
	}
	if err := checkLabels(m, spec); err != nil {
		return nil, err
	}
	if im, ok := m.(ImageModel); ok {
		return completeImageInputs(im, spec, in)
	}
	if itm, ok := m.(ImageTextModel); ok {
		return completeImageTextInputs(itm, spec, in)
	}
	vl, _ := m.(VisionLanguageModel)
	var pixels *tensor.Tensor
	if vl != nil {
		var err error
		if in, pixels, err = splitPixels(vl, spec, in); err != nil {
			return nil, err
		}
	} else if spec.Images > 0 {
		return nil, fmt.Errorf("%s takes no images (spec %s)", m.Arch(), spec)
	}
	out := make(map[string]*tensor.Tensor, len(in)+3)
	for n, t := range in {
		if t == nil {
			return nil, fmt.Errorf("input %q is nil", n)
		}
		if !IsInputName(n) {
			return nil, fmt.Errorf("unknown input %q", n)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("input %q: %w", n, err)
		}
		if n == InputLabels && !spec.Labels {
			return nil, fmt.Errorf("input %s needs a Spec with Labels set (spec %s)", n, spec)
		}
		if n != InputCachePosition && t.DType.IsInt() && t.DType != ir.Int64 || t.DType == ir.Bool {
			c, err := t.Convert(ir.Int64)
			if err != nil {
				return nil, fmt.Errorf("input %q: %w", n, err)
			}
			t = c
		}
		out[n] = t
	}
	want := func(name string, dims ...int) error {
		t, ok := out[name]
		if !ok {
			return nil
		}
		if !t.Shape.Equal(ir.Shape(dims)) || t.DType != ir.Int64 {
			return fmt.Errorf("input %s is %s, want i64%v", name, t.Type(), ir.Shape(dims))
		}
		return nil
	}
	if ted, ok := m.(TextEncoderDecoder); ok {
		if err := completeSourceInputs(ted, spec, out); err != nil {
			return nil, err
		}
		if spec.Stage == StageEncoder {
			return out, nil
		}
	} else if spec.Source != 0 {
		return nil, fmt.Errorf("%s does not read encoder tokens: spec %s has Source %d, want 0", m.Arch(), spec, spec.Source)
	} else if ed, ok := m.(EncoderDecoder); ok && spec.Stage != StageDecoder {
		name, row := ed.EncoderInput()
		t, ok := out[name]
		if !ok {
			return nil, fmt.Errorf("input %s is required: %s runs its encoder in stage %s", name, m.Arch(), spec.Stage)
		}
		want := append(ir.Shape{spec.Batch}, row...)
		if !t.DType.IsFloat() || !t.Shape.Equal(want) {
			return nil, fmt.Errorf("input %s is %s, want a float %v", name, t.Type(), want)
		}
		if spec.Stage == StageEncoder {
			return out, nil
		}
	} else if err := checkStage(m, spec); err != nil {
		return nil, err
	}
	if _, ok := out[InputIDs]; !ok {
		return nil, fmt.Errorf("input %s is required", InputIDs)
	}
	if _, ok := out[InputLabels]; spec.Labels && !ok {
		return nil, fmt.Errorf("input %s is required: spec %s computes the loss", InputLabels, spec)
	}
	if err := want(InputIDs, spec.Batch, spec.Seq); err != nil {
		return nil, err
	}
	if spec.NoPadding {
		// The program takes no mask; one given must be all ones.
		if t, ok := out[InputAttentionMask]; ok {
			if err := want(InputAttentionMask, spec.Batch, spec.Keys()); err != nil {
				return nil, err
			}
			for _, v := range t.Int64s() {
				if v != 1 {
					return nil, fmt.Errorf("input %s has padding (a 0), but spec %s has none", InputAttentionMask, spec)
				}
			}
		}
		ones := make([]int64, spec.Batch*spec.Keys())
		for i := range ones {
			ones[i] = 1
		}
		out[InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Keys()}, ones)
	}
	if _, ok := out[InputAttentionMask]; !ok {
		ones := make([]int64, spec.Batch*spec.Keys())
		for i := range ones {
			ones[i] = 1
		}
		out[InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Keys()}, ones)
	}
	if err := want(InputAttentionMask, spec.Batch, spec.Keys()); err != nil {
		return nil, err
	}
	if _, ok := m.(Decoder); ok {
		if _, ok := out[InputPositionIDs]; !ok {
			if spec.Cache > 0 {
				return nil, fmt.Errorf("input %s is required with a KV cache", InputPositionIDs)
			}
			pos := PositionIDs(out[InputAttentionMask].Int64s(), spec.Batch, spec.Seq)
			out[InputPositionIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, pos)
		}
		if err := want(InputPositionIDs, spec.Batch, spec.Seq); err != nil {
			return nil, err
		}
	} else if _, ok := out[InputTokenTypeIDs]; !ok {
		out[InputTokenTypeIDs], _ = tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, make([]int64, spec.Batch*spec.Seq))
	}
	if spec.NoPadding {
		delete(out, InputAttentionMask) // the positions above read it
	}
	if pixels != nil {
		if err := checkImageTokens(vl, spec, out[InputIDs]); err != nil {
			return nil, err
		}
		out[InputPixelValues] = pixels
	}
	return out, nil
}

// splitPixels takes pixel_values out of the inputs of a vision-language
// model: required, a float (Images, channels, height, width), when
// spec.Images > 0, refused otherwise.
func splitPixels(m VisionLanguageModel, spec Spec, in map[string]*tensor.Tensor) (map[string]*tensor.Tensor, *tensor.Tensor, error) {
	pixels, ok := in[InputPixelValues]
	if !ok {
		if spec.Images > 0 {
			return nil, nil, fmt.Errorf("input %s is required: spec %s has %d images", InputPixelValues, spec, spec.Images)
		}
		return in, nil, nil
	}
	if spec.Images == 0 {
		return nil, nil, fmt.Errorf("input %s: spec %s has no images (set Spec.Images)", InputPixelValues, spec)
	}
	if pixels == nil {
		return nil, nil, fmt.Errorf("input %q is nil", InputPixelValues)
	}
	if err := pixels.Validate(); err != nil {
		return nil, nil, fmt.Errorf("input %q: %w", InputPixelValues, err)
	}
	c, h, w := m.PixelShape()
	if want := (ir.Shape{spec.Images, c, h, w}); !pixels.DType.IsFloat() || !pixels.Shape.Equal(want) {
		return nil, nil, fmt.Errorf("input %s is %s, want a float %v", InputPixelValues, pixels.Type(), want)
	}
	rest := make(map[string]*tensor.Tensor, len(in)-1)
	for n, t := range in {
		if n != InputPixelValues {
			rest[n] = t
		}
	}
	return rest, pixels, nil
}

// checkImageTokens checks, as transformers' "Image features and image
// tokens do not match", that ids hold one image token per image feature
// row: spec.Images * TokensPerImage() of them. (Without images, transformers
// embeds the token as any other, and so does kiln.)
func checkImageTokens(m VisionLanguageModel, spec Spec, ids *tensor.Tensor) error {
	n := 0
	for _, id := range ids.Int64s() {
		if id == int64(m.ImageTokenID()) {
			n++
		}
	}
	if want := spec.Images * m.TokensPerImage(); n != want {
		return fmt.Errorf("%s: image features and image tokens do not match: input_ids hold %d image tokens (id %d), %d images give %d features (%d each)",
			m.Arch(), n, m.ImageTokenID(), spec.Images, want, m.TokensPerImage())
	}
	return nil
}

// completeSourceInputs checks the encoder inputs of a text
// encoder-decoder in out (already int64): encoder_input_ids (Batch,
// Source) in the stages that run the encoder, and encoder_attention_mask
// (Batch, Source), ones when absent, in every stage.
func completeSourceInputs(m TextEncoderDecoder, spec Spec, out map[string]*tensor.Tensor) error {
	if spec.Source < 1 {
		return fmt.Errorf("%s reads encoder tokens: spec %s needs Source >= 1 (the encoder's length)", m.Arch(), spec)
	}
	if max := m.MaxSource(); max > 0 && spec.Source > max {
		return fmt.Errorf("%s: an encoder input of %d tokens does not fit the model's %d positions (config.json max_position_embeddings)", m.Arch(), spec.Source, max)
	}
	want := ir.Shape{spec.Batch, spec.Source}
	if spec.Stage != StageDecoder {
		t, ok := out[InputEncoderIDs]
		if !ok {
			return fmt.Errorf("input %s is required: %s runs its encoder in stage %s", InputEncoderIDs, m.Arch(), spec.Stage)
		}
		if t.DType != ir.Int64 || !t.Shape.Equal(want) {
			return fmt.Errorf("input %s is %s, want i64%v", InputEncoderIDs, t.Type(), want)
		}
	} else if _, ok := out[InputEncoderIDs]; ok {
		return fmt.Errorf("input %s: the decoder stage takes the encoder's keys and values, not its tokens", InputEncoderIDs)
	}
	mask, ok := out[InputEncoderAttentionMask]
	if !ok {
		ones := make([]int64, spec.Batch*spec.Source)
		for i := range ones {
			ones[i] = 1
		}
		mask, _ = tensor.FromInt64(ir.Int64, want, ones)
		out[InputEncoderAttentionMask] = mask
	}
	if mask.DType != ir.Int64 || !mask.Shape.Equal(want) {
		return fmt.Errorf("input %s is %s, want i64%v", InputEncoderAttentionMask, mask.Type(), want)
	}
	return nil
}

// checkStage refuses encoder or decoder stages for a model that is not an
// encoder-decoder (its programs have a single stage).
func checkStage(m Model, spec Spec) error {
	if _, ok := m.(EncoderDecoder); !ok && spec.Stage != StageFull {
		return fmt.Errorf("%s is not an encoder-decoder: it has no %s stage (spec %s)", m.Arch(), spec.Stage, spec)
	}
	return nil
}

// checkLabels refuses labels for a model without a head to score them.
func checkLabels(m Model, spec Spec) error {
	if spec.Labels && m.Task() == TaskBase {
		return fmt.Errorf("%s has no head: it computes no loss (spec %s asks for labels)", m.Arch(), spec)
	}
	return nil
}

// completeImageInputs checks the inputs of an image model: pixel_values
// (batch, channels, height, width), a float tensor of the model's image
// size (converted to the compute dtype by the Runner), and labels with
// spec.Labels. Token inputs are refused.
func completeImageInputs(m ImageModel, spec Spec, in map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	if spec.Images > 0 {
		return nil, fmt.Errorf("%s takes images only: its spec counts them in Batch, not Images (spec %s; see ImageSpec)", m.Arch(), spec)
	}
	out := make(map[string]*tensor.Tensor, len(in))
	for n, t := range in {
		if t == nil {
			return nil, fmt.Errorf("input %q is nil", n)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("input %q: %w", n, err)
		}
		switch n {
		case InputPixelValues:
		case InputLabels:
			if !spec.Labels {
				return nil, fmt.Errorf("input %s needs a Spec with Labels set (spec %s)", n, spec)
			}
			if t.DType.IsInt() && t.DType != ir.Int64 || t.DType == ir.Bool {
				c, err := t.Convert(ir.Int64)
				if err != nil {
					return nil, fmt.Errorf("input %q: %w", n, err)
				}
				t = c
			}
		default:
			return nil, fmt.Errorf("%s takes %s, not input %q", m.Arch(), InputPixelValues, n)
		}
		out[n] = t
	}
	pv, ok := out[InputPixelValues]
	if !ok {
		return nil, fmt.Errorf("input %s is required by %s", InputPixelValues, m.Arch())
	}
	ch, h, w := m.PixelShape()
	if want := (ir.Shape{spec.Batch, ch, h, w}); !pv.Shape.Equal(want) || !pv.DType.IsFloat() {
		return nil, fmt.Errorf("input %s is %s, want a float tensor of shape %v (batch %d, %d channels, the model's %dx%d image size)", InputPixelValues, pv.Type(), want, spec.Batch, ch, h, w)
	}
	if _, ok := out[InputLabels]; spec.Labels && !ok {
		return nil, fmt.Errorf("input %s is required: spec %s computes the loss", InputLabels, spec)
	}
	return out, nil
}

// completeImageTextInputs checks the inputs of an ImageTextModel:
// input_ids (Batch, Seq), attention_mask (Batch, Seq, default ones) and
// pixel_values (Images, channels, height, width), a float tensor of the
// model's image size. Other inputs are refused.
func completeImageTextInputs(m ImageTextModel, spec Spec, in map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	if spec.Images < 1 {
		return nil, fmt.Errorf("%s scores texts against images: spec %s has no images (set Spec.Images)", m.Arch(), spec)
	}
	if spec.Labels {
		return nil, fmt.Errorf("%s computes no loss here (spec %s asks for labels)", m.Arch(), spec)
	}
	out := make(map[string]*tensor.Tensor, len(in)+1)
	for n, t := range in {
		if t == nil {
			return nil, fmt.Errorf("input %q is nil", n)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("input %q: %w", n, err)
		}
		switch n {
		case InputIDs, InputAttentionMask:
			if !t.DType.IsInt() && t.DType != ir.Bool {
				return nil, fmt.Errorf("input %s is %s, want integers", n, t.Type())
			}
			if t.DType != ir.Int64 {
				c, err := t.Convert(ir.Int64)
				if err != nil {
					return nil, fmt.Errorf("input %q: %w", n, err)
				}
				t = c
			}
			if want := (ir.Shape{spec.Batch, spec.Seq}); !t.Shape.Equal(want) {
				return nil, fmt.Errorf("input %s is %s, want i64%v (spec %s)", n, t.Type(), want, spec)
			}
		case InputPixelValues:
			ch, h, w := m.PixelShape()
			if want := (ir.Shape{spec.Images, ch, h, w}); !t.Shape.Equal(want) || !t.DType.IsFloat() {
				return nil, fmt.Errorf("input %s is %s, want a float tensor of shape %v (%d images, %d channels, the model's %dx%d image size)", n, t.Type(), want, spec.Images, ch, h, w)
			}
		default:
			return nil, fmt.Errorf("%s takes %s, %s and %s, not input %q", m.Arch(), InputIDs, InputAttentionMask, InputPixelValues, n)
		}
		out[n] = t
	}
	for _, n := range []string{InputIDs, InputPixelValues} {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("input %s is required by %s", n, m.Arch())
		}
	}
	if _, ok := out[InputAttentionMask]; !ok {
		ones := make([]int64, spec.Batch*spec.Seq)
		for i := range ones {
			ones[i] = 1
		}
		out[InputAttentionMask], _ = tensor.FromInt64(ir.Int64, ir.Shape{spec.Batch, spec.Seq}, ones)
	}
	return out, nil
}
