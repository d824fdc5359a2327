package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/mesh"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
)

func init() {
	var o struct {
		model, backend, ids, mask, types, positions, out, arch, adapter string
		bnb                                                             bnbFlags
		images                                                          []string
		audio, decoderIDs                                               string
		tp                                                              int
		procs                                                           procFlags
	}
	cmd := &cobra.Command{
		Use:   "forward",
		Short: "Run a model's forward pass on token ids and write its outputs as safetensors",
		Long: `forward runs one forward pass of the model in --model (a directory or a Hub repo id) and
writes float32 tensors under Hugging Face names to --out: "logits" when the architecture has a
head ("start_logits" and "end_logits" for ...ForQuestionAnswering), and "last_hidden_state" of
the base model.

For image models (ViT, CLIPVisionModel), --image replaces --ids: each file (PNG, JPEG, GIF, WebP)
is preprocessed by the model's preprocessor_config.json, and --out holds every output of the model
by Hugging Face name ("logits" for ViTForImageClassification; "last_hidden_state" and
"pooler_output" for ViTModel) and the processed "pixel_values". Models of text and images
(CLIPModel, SiglipModel) take both --image and --ids (with --attention-mask) and write
"logits_per_image", "logits_per_text", "text_embeds", "image_embeds", the towers' outputs as
"text_model_output.*" and "vision_model_output.*", and "pixel_values".

Rows of --ids are separated by ';'. Without --attention-mask, ragged rows are padded with the
model's pad id (0 if it has none): on the left for decoders, on the right for encoders. With
--attention-mask, rows must have equal length. Position ids default to cumsum(mask) - 1,
clamped at 0 (what transformers' generate passes).

A vision-language model (LLaVA) takes --image and --ids whose image tokens are already expanded
(one per image feature row: the processor's count) and writes "logits" and "pixel_values".

An image model takes --image (every output and the processed pixel_values are written).

A speech encoder-decoder (Whisper) takes --audio (a WAV or FLAC file, decoded, mixed to mono,
resampled and turned into log-mel features by the model directory's preprocessor_config.json, as
transformers' pipeline does) and --decoder-ids (the decoder_input_ids); it writes "logits",
"encoder_last_hidden_state", the decoder's "last_hidden_state" and the processed "input_features".
Clips over 30 s are truncated to their first 30 s (short-form, with a warning).

A text encoder-decoder (T5, BART) takes --ids (with --attention-mask; ragged rows are padded on the
right) as the encoder's input_ids and --decoder-ids as the decoder_input_ids; it writes "logits",
"encoder_last_hidden_state" and the decoder's "last_hidden_state".`,
		Example: `  kiln forward --model testdata/models/llama-tiny --ids "1,2,3;4,5" --out logits.safetensors
  kiln forward --model testdata/models/vit-tiny --image testdata/models/vit-tiny/image.png --out vit.safetensors
  kiln forward --model testdata/models/t5-tiny --ids "100,200,300,400,500,1;600,700,800,1" --decoder-ids "0,55,66;0,77,88" --out t5.safetensors
  kiln forward --model testdata/models/whisper-tiny --audio testdata/models/whisper-tiny/audio.wav --decoder-ids "50258,50259,50359,50363" --out out.safetensors

  kiln forward --model testdata/models/clip-tiny --image testdata/models/clip-tiny/image.png --ids "49406,320,1125,539,320,2368,49407;49406,320,1125,539,49407,49407,49407" --attention-mask "1,1,1,1,1,1,1;1,1,1,1,1,0,0" --out clip.safetensors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			if o.tp > 1 && (len(o.images) > 0 || o.audio != "" || o.decoderIDs != "") {
				return errTPDecodersOnly
			}
			procs, err := o.procs.join(cmd.Context(), cmd, "--tp", "tp", o.tp)
			if err != nil {
				return err
			}
			defer leave(cmd, procs, &err)
			bnb, err := o.bnb.options()
			if err != nil {
				return err
			}
			if len(o.images) > 0 && o.audio != "" {
				return fmt.Errorf("--image and --audio do not go together")
			}
			if len(o.images) > 0 {
				if o.types != "" || o.positions != "" || o.adapter != "" || o.decoderIDs != "" {
					return fmt.Errorf("--image runs an image model: --token-type-ids, --position-ids, --decoder-ids and --adapter do not apply")
				}
				return runForwardImages(cmd.Context(), o.model, o.backend, o.arch, o.images, o.ids, o.mask, o.out, bnb)
			}
			if o.audio != "" {
				return runForwardAudio(cmd.Context(), o.model, o.backend, o.arch, o.adapter, o.audio, o.decoderIDs, o.out, bnb)
			}
			if o.ids == "" {
				return fmt.Errorf("one of --ids, --image or --audio is required")
			}
			if o.decoderIDs != "" {
				if o.types != "" || o.positions != "" {
					return fmt.Errorf("--decoder-ids runs a text encoder-decoder: --token-type-ids and --position-ids do not apply")
				}
				return runForwardSeq2Seq(cmd.Context(), o.model, o.backend, o.arch, o.adapter, o.ids, o.mask, o.decoderIDs, o.out, bnb)
			}
			return runForward(cmd.Context(), o.model, o.backend, o.arch, o.adapter, o.ids, o.mask, o.types, o.positions, o.out, o.tp, bnb, procs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.model, "model", "", "model directory or Hub repo id (required)")
	f.StringVar(&o.backend, "backend", "", "backend name (default: the best available)")
	f.StringVar(&o.arch, "arch", "", "architecture class to build (default: config.json's)")
	tpFlag(f, &o.tp)
	o.procs.register(f, "--tp")
	f.StringVar(&o.adapter, "adapter", "", "PEFT LoRA adapter directory or Hub repo id, applied unmerged")
	f.StringVar(&o.ids, "ids", "", `token ids, rows separated by ';' ("1,2,3;4,5") (required)`)
	f.StringVar(&o.mask, "attention-mask", "", "attention mask rows (1 = token, 0 = padding)")
	f.StringVar(&o.types, "token-type-ids", "", "token type (segment) ids rows")
	f.StringVar(&o.positions, "position-ids", "", "position ids rows")
	f.StringArrayVar(&o.images, "image", nil, "image file for an image model (repeat for a batch)")
	f.StringVar(&o.out, "out", "", "output .safetensors file (required)")
	f.StringVar(&o.audio, "audio", "", "audio file (WAV or FLAC) for a speech encoder-decoder (Whisper), instead of --ids")
	f.StringVar(&o.decoderIDs, "decoder-ids", "", `decoder input ids of an encoder-decoder (with --audio, or with --ids for T5/BART), rows separated by ';'`)
	for _, n := range []string{"model", "out"} {
		_ = cmd.MarkFlagRequired(n)
	}
	o.bnb.register(f)
	cmd.MarkFlagsOneRequired("ids", "image", "audio")
	for _, n := range []string{"ids", "image", "attention-mask", "token-type-ids", "position-ids"} {
		cmd.MarkFlagsMutuallyExclusive("audio", n)
	}
	addCommand(cmd)
}

// With procs (several processes running the --tp mesh), every process
// runs the forward and only process 0 writes out.
func runForward(ctx context.Context, model, backend, arch, adapter, idsArg, maskArg, typesArg, posArg, out string, tp int, bnb *quant.BnBOptions, procs *mesh.ProcessGroup) error {
	if ctx == nil {
		ctx = context.Background()
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, TP: tp, Processes: procs, Arch: arch, Adapter: adapter, BnB: bnb, Logger: noticeLogger(os.Stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	if _, ok := m.Model().(models.TextEncoderDecoder); ok {
		return fmt.Errorf("%s is an encoder-decoder: give the decoder's input ids with --decoder-ids (--ids is the encoder's)", m.Model().Arch())
	}
	_, isDecoder := m.Model().(models.Decoder)
	batch, err := textBatch(idsArg, maskArg, typesArg, posArg, int64(m.Config.Common().Pad(0)), isDecoder)
	if err != nil {
		return err
	}
	inputs := map[string]*tensor.Tensor{}
	for _, in := range []struct {
		name string
		rows [][]int64
		flag string
	}{{models.InputIDs, batch.IDs, "--ids"}, {models.InputAttentionMask, batch.Mask, "--attention-mask"},
		{models.InputTokenTypeIDs, batch.TokenTypes, "--token-type-ids"}, {models.InputPositionIDs, batch.Positions, "--position-ids"}} {
		if in.rows == nil {
			continue
		}
		t, err := models.RowsTensor(in.rows, in.flag)
		if err != nil {
			return err
		}
		inputs[in.name] = t
	}
	if _, ok := inputs[models.InputTokenTypeIDs]; ok && isDecoder {
		return fmt.Errorf("--token-type-ids: %s takes no token type ids", m.Model().Arch())
	}
	if _, ok := inputs[models.InputPositionIDs]; ok && !isDecoder {
		return fmt.Errorf("--position-ids: %s uses absolute positions 0..n-1 and takes no position ids", m.Model().Arch())
	}
	spec := models.Spec{Batch: len(batch.IDs), Seq: len(batch.IDs[0])}
	// Learned position tables refuse longer rows when the program is
	// built; rotary positions run on, with transformers' caveat.
	if w, _ := models.CheckPositions(m.Config, spec.Seq); w != "" {
		fmt.Fprintln(os.Stderr, "kiln: warning:", w)
	}
	res, err := m.Forward(ctx, spec, inputs)
	if err != nil {
		return err
	}
	save := map[string]*tensor.Tensor{}
	for _, n := range []string{models.OutputLogits, models.OutputLastHidden, models.OutputStartLogits, models.OutputEndLogits} { // the last two: question-answering heads
		if t, ok := res[n]; ok {
			f32, err := t.Convert(ir.Float32)
			if err != nil {
				return err
			}
			save[n] = f32
		}
	}
	if procs != nil && procs.ProcessID() != 0 {
		return nil // process 0 writes the results
	}
	if err := tensor.WriteSafetensorsFile(out, save, map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "kiln: wrote %d tensors to %s (backend %s%s%s)\n", len(save), out, m.Backend().Name(), tpNote(tp), procsNote(procs))
	return nil
}

// textBatch parses --ids and the optional --attention-mask,
// --token-type-ids and --position-ids rows. Without a mask, ragged rows
// are padded with pad, on the left for decoders (left) and on the right
// otherwise; with one, every row must have the same length.
func textBatch(idsArg, maskArg, typesArg, posArg string, pad int64, left bool) (*models.Batch, error) {
	ids, err := models.ParseRows(idsArg, "--ids")
	if err != nil {
		return nil, err
	}
	optRows := func(s, what string) ([][]int64, error) {
		if s == "" {
			return nil, nil
		}
		return models.ParseRows(s, what)
	}
	types, err := optRows(typesArg, "--token-type-ids")
	if err != nil {
		return nil, err
	}
	positions, err := optRows(posArg, "--position-ids")
	if err != nil {
		return nil, err
	}
	if maskArg == "" {
		return models.PadRows(ids, types, positions, pad, left)
	}
	mask, err := optRows(maskArg, "--attention-mask")
	if err != nil {
		return nil, err
	}
	if len(mask) != len(ids) {
		return nil, fmt.Errorf("--attention-mask has %d rows, --ids has %d", len(mask), len(ids))
	}
	for i := range ids {
		if len(mask[i]) != len(ids[i]) || len(ids[i]) != len(ids[0]) {
			return nil, fmt.Errorf("with --attention-mask, every row of --ids and --attention-mask must have the same length (row %d: %d ids, %d mask)", i, len(ids[i]), len(mask[i]))
		}
	}
	return &models.Batch{IDs: ids, Mask: mask, TokenTypes: types, Positions: positions}, nil
}
