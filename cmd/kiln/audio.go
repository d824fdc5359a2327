package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/processors/audio"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
)

// audioFeatures turns --audio into the input_features of m (an
// encoder-decoder speech model), one copy per row: the model directory's
// preprocessor_config.json, processors/audio's decoding, resampling and
// feature extraction. A clip over chunk_length is truncated (short-form
// only) with a warning on warn.
func audioFeatures(m *auto.Model, path string, rows int, warn io.Writer) (*tensor.Tensor, error) {
	ed, ok := m.Model().(models.EncoderDecoder)
	if !ok {
		return nil, fmt.Errorf("--audio: %s is not an encoder-decoder speech model", m.Model().Arch())
	}
	name, row := ed.EncoderInput()
	in, err := audio.LoadWhisperInput(path, m.Dir)
	if err != nil {
		return nil, fmt.Errorf("--audio: %w", err)
	}
	if in.Truncated {
		fmt.Fprintf(warn, "kiln: warning: --audio %s is %.1f s long: only its first %d frames of features are used (long-form transcription is not implemented)\n", path, in.Seconds, row[len(row)-1])
	}
	if !in.Features.Shape[1:].Equal(ir.Shape(row)) {
		return nil, fmt.Errorf("--audio: preprocessor_config.json gives %s of shape %v per clip, but %s takes %v (config.json num_mel_bins / max_source_positions)",
			name, in.Features.Shape[1:], m.Model().Arch(), row)
	}
	if rows == 1 {
		return in.Features, nil
	}
	one := in.Features.Float32s()
	all := make([]float32, 0, rows*len(one))
	for i := 0; i < rows; i++ {
		all = append(all, one...)
	}
	return tensor.FromFloat32(append(ir.Shape{rows}, row...), all)
}

// decoderPrompts parses --decoder-ids; empty means the model's default
// prompt (generate.Config.DecoderPrompt), one row.
func decoderPrompts(s string, g *generate.Generator) ([][]int, error) {
	if s == "" {
		p, err := g.Config.DecoderPrompt()
		if err != nil {
			return nil, fmt.Errorf("no --decoder-ids: %w", err)
		}
		return [][]int{p}, nil
	}
	return parseIDRows(s, "--decoder-ids")
}

// runForwardAudio is `kiln forward --audio`: the whole encoder-decoder
// on the clip's features and --decoder-ids (rows of equal length, each
// with the clip), writing logits, encoder_last_hidden_state, the decoder's
// last_hidden_state and the processed input_features as float32.
func runForwardAudio(ctx context.Context, model, backend, arch, adapter, audioPath, decoderIDs, out string, bnb *quant.BnBOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if decoderIDs == "" {
		return fmt.Errorf("--audio needs --decoder-ids (the decoder_input_ids, e.g. \"50258,50259,50359,50363\")")
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, Arch: arch, Adapter: adapter, BnB: bnb, Logger: noticeLogger(os.Stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	ids, err := models.ParseRows(decoderIDs, "--decoder-ids")
	if err != nil {
		return err
	}
	idT, err := models.RowsTensor(ids, "--decoder-ids")
	if err != nil {
		return err
	}
	feats, err := audioFeatures(m, audioPath, len(ids), os.Stderr)
	if err != nil {
		return err
	}
	spec := models.Spec{Batch: len(ids), Seq: len(ids[0])}
	res, err := m.Forward(ctx, spec, map[string]*tensor.Tensor{models.InputFeatures: feats, models.InputIDs: idT})
	if err != nil {
		return err
	}
	res[models.InputFeatures] = feats
	save := map[string]*tensor.Tensor{}
	for _, n := range []string{models.OutputLogits, models.OutputEncoderLastHidden, models.OutputLastHidden, models.InputFeatures} {
		if t, ok := res[n]; ok {
			f32, err := t.Convert(ir.Float32)
			if err != nil {
				return err
			}
			save[n] = f32
		}
	}
	if err := tensor.WriteSafetensorsFile(out, save, map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "kiln: wrote %d tensors to %s (backend %s)\n", len(save), out, m.Backend().Name())
	return nil
}

// runGenerateAudio is `kiln generate --audio`: the encoder runs once on
// the clip (one copy per decoder prompt row) and the decoder generates
// from --decoder-ids; output as for decoders.
func runGenerateAudio(ctx context.Context, cmd *cobra.Command, o generateFlags, m *auto.Model, g *generate.Generator, opts []generate.Option) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	prompts, err := decoderPrompts(o.decoderIDs, g)
	if err != nil {
		return err
	}
	feats, err := audioFeatures(m, o.audio, len(prompts), stderr)
	if err != nil {
		return err
	}
	if !cmd.Flags().Changed("max-new-tokens") && g.Config.MaxNewTokens == 0 {
		if pl, ok := m.Config.(models.PositionLimited); ok && m.Config.Common().ModelType == "whisper" {
			opts = append(opts, generate.MaxLength(g.Config.WhisperMaxLength(len(prompts[0]), pl.PositionTable().Max)))
		}
	}
	start := time.Now()
	out, err := g.GenerateWithEncoder(ctx, map[string]*tensor.Tensor{models.InputFeatures: feats}, prompts, opts...)
	if err != nil {
		return err
	}
	return writeGenerated(stdout, stderr, m, g, out, o.asJSON, "", start)
}
