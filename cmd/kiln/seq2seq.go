package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/models/auto"
	"github.com/kiln-ml/kiln/quant"
	"github.com/kiln-ml/kiln/tensor"
)

// Text encoder-decoders (T5, BART) on the command line: --ids (or
// --prompt) is the encoder's input, as transformers' input_ids of those
// models, and --decoder-ids the decoder's.

// sourceBatch turns --ids rows and an optional --attention-mask into the
// encoder inputs of a text encoder-decoder: without a mask, ragged rows
// are padded on the right with pad (as T5's and BART's tokenizers pad);
// with one, rows must have equal length.
func sourceBatch(idsArg, maskArg string, pad int64) (map[string]*tensor.Tensor, error) {
	batch, err := textBatch(idsArg, maskArg, "", "", pad, false)
	if err != nil {
		return nil, err
	}
	ids, err := models.RowsTensor(batch.IDs, "--ids")
	if err != nil {
		return nil, err
	}
	mask, err := models.RowsTensor(batch.Mask, "--attention-mask")
	if err != nil {
		return nil, err
	}
	return map[string]*tensor.Tensor{models.InputEncoderIDs: ids, models.InputEncoderAttentionMask: mask}, nil
}

// runForwardSeq2Seq is `kiln forward --ids ... --decoder-ids ...` for a
// text encoder-decoder: the whole model on the encoder rows (every row
// with its decoder row), writing logits (with an LM head),
// encoder_last_hidden_state and the decoder's last_hidden_state as
// float32.
func runForwardSeq2Seq(ctx context.Context, model, backend, arch, adapter, idsArg, maskArg, decoderIDs, out string, bnb *quant.BnBOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	m, err := auto.Load(ctx, model, auto.Options{Backend: backend, Arch: arch, Adapter: adapter, BnB: bnb, Logger: noticeLogger(os.Stderr), Hub: hubOptions(), Compile: compileOptions()})
	if err != nil {
		return err
	}
	defer m.Close()
	if _, ok := m.Model().(models.TextEncoderDecoder); !ok {
		return fmt.Errorf("--decoder-ids: %s is not a text encoder-decoder (T5, BART); speech models take --audio", m.Model().Arch())
	}
	in, err := sourceBatch(idsArg, maskArg, int64(m.Config.Common().Pad(0)))
	if err != nil {
		return err
	}
	dec, err := models.ParseRows(decoderIDs, "--decoder-ids")
	if err != nil {
		return err
	}
	if in[models.InputIDs], err = models.RowsTensor(dec, "--decoder-ids"); err != nil {
		return err
	}
	src := in[models.InputEncoderIDs].Shape
	if len(dec) != src[0] {
		return fmt.Errorf("--decoder-ids has %d rows, --ids has %d", len(dec), src[0])
	}
	res, err := m.Forward(ctx, models.Spec{Batch: src[0], Seq: len(dec[0]), Source: src[1]}, in)
	if err != nil {
		return err
	}
	save := map[string]*tensor.Tensor{}
	for _, n := range []string{models.OutputLogits, models.OutputEncoderLastHidden, models.OutputLastHidden} {
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

// runGenerateSeq2Seq is `kiln generate` for a text encoder-decoder: the
// encoder runs once on --ids (or the --prompt text, encoded with the
// model's tokenizer and its special tokens) and the decoder generates from
// --decoder-ids (default: decoder_start_token_id). Without
// --max-new-tokens, generation_config.json's limits apply (else
// max_length 20, counting the decoder start token, as transformers).
func runGenerateSeq2Seq(ctx context.Context, cmd *cobra.Command, o generateFlags, m *auto.Model, g *generate.Generator, opts []generate.Option) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	idsArg := o.ids
	if cmd.Flags().Changed("prompt") {
		if g.Tokenizer == nil {
			return fmt.Errorf("--prompt: %s has no tokenizer; pass token ids with --ids", m.Dir)
		}
		enc, err := g.Tokenizer.Encode(o.prompt)
		if err != nil {
			return fmt.Errorf("--prompt: %w", err)
		}
		if enc.Len() == 0 {
			return fmt.Errorf("--prompt %q encodes to no tokens", o.prompt)
		}
		idsArg = joinInts(enc.IDs)
	}
	if o.mask != "" && cmd.Flags().Changed("prompt") {
		return fmt.Errorf("--attention-mask goes with --ids, not --prompt")
	}
	in, err := sourceBatch(idsArg, o.mask, int64(m.Config.Common().Pad(0)))
	if err != nil {
		return err
	}
	var prompts [][]int
	if o.decoderIDs != "" {
		if prompts, err = parseIDRows(o.decoderIDs, "--decoder-ids"); err != nil {
			return err
		}
	}
	start := time.Now()
	out, err := g.GenerateWithEncoder(ctx, in, prompts, opts...)
	if err != nil {
		return err
	}
	return writeGenerated(stdout, stderr, m, g, out, o.asJSON, "", start)
}

// joinInts writes ids as one --ids row ("1,2,3").
func joinInts(ids []int) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.Itoa(id)
	}
	return strings.Join(s, ",")
}
