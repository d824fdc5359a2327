// Package models holds kiln's model families, one readable file each, with
// Hugging Face config field names and weight names: GPT-2 (gpt2.go), BERT
// (bert.go: BertModel, BertForMaskedLM, BertForSequenceClassification) and
// the Llama family as one shared decoder (decoder.go) with per-family
// deltas (llama.go, mistral.go, qwen.go: Llama, Mistral, Qwen2, Qwen3).
// Outputs mirror transformers' ModelOutput classes (outputs.go), loss
// included when a Spec asks for labels (loss.go).
//
// A family registers its model_type with Register; models/auto maps
// config.json's model_type and architectures to it, and user code adds
// its own architectures the same way. A Model only builds programs; a
// Runner (runner.go) binds it to a checkpoint's weights on a backend and
// compiles one program per Spec (batch, length, cache capacity, labels)
// through package session, the layer a Trainer shares. Token ids are int64
// only here, where they become tensors: callers pass Go ints (RowsTensor
// converts).
//
// Configs say what they imply about the checkpoint and the inputs:
// CheckWeightDims names the config field that disagrees with a tensor's
// shape, and CheckPositions refuses sequences longer than a learned
// position table (GPT-2's n_positions, BERT's max_position_embeddings) and
// warns past the trained length of rotary models.
//
// Whisper (whisper.go) is the first encoder-decoder: its layers are the
// BART family's shared ones (encdec.go), and its programs come in stages
// (Spec.Stage: the whole model, the encoder with every decoder layer's
// cross-attention keys and values, the decoder over those), so that
// generation runs the encoder once. T5 (t5.go, t5_position.go) and BART
// (bart.go, on encdec.go's layers) are text encoder-decoders
// (TextEncoderDecoder): their encoder reads encoder_input_ids of
// Spec.Source tokens under encoder_attention_mask.
//
// LLaVA (llava.go) is the vision-language model (VisionLanguageModel): a
// CLIP or SigLIP vision tower (clip.go) and a projector whose outputs
// replace the image tokens' embeddings of a decoder from the registry,
// in the prefill programs (Spec.Images); the decode steps are the
// decoder's.
//
// Every family is tested against transformers' outputs on tiny fixtures in
// testdata/models (BART's wait for scripts/seq2seq_fixture.py's).
package models
