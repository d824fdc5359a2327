// Package generate runs text generation the way transformers'
// model.generate does, with the same tokens for the same inputs.
//
// A Generator wraps a models.Runner of a causal-LM decoder. Each call pads
// ragged prompts on the left (an attention mask over the whole cache marks
// the padding; position ids follow transformers' cumsum(mask)-1 rule),
// runs one prefill program Spec{Batch, promptLen, Capacity}, then ONE
// compiled decode program Spec{Batch, 1, Capacity} for every further token.
// The KV cache stays on the backend as buffers that are donated to each
// run, so backends update it in place; Capacity is prompt+max_new_tokens
// rounded up to a bucket (64), so later calls of similar length reuse both
// programs.
//
// Strategies: greedy, multinomial sampling (reproducible with a seed, see
// Sampler), beam search and beam sampling with transformers' algorithm and
// scores (num_beams, length_penalty, early_stopping true/false/"never",
// num_return_sequences). Logits processors run in transformers' order
// (Processors); stopping criteria are max_new_tokens/max_length, EOS ids,
// stop strings, max_time and context cancellation. Streamers receive
// tokens and text as they are produced; the green-list watermark and its
// detector are in watermark.go.
//
// Encoder-decoders (Whisper, T5, BART) generate through
// GenerateWithEncoder (text models also GenerateFromTokens): the encoder
// program runs once and returns every decoder layer's cross-attention
// keys and values, which stay on the backend (with a text model's encoder
// mask) as inputs of the same prefill/decode loop (encdec.go).
//
// Token ids are Go ints ([]int, [][]int), as tokenizer.Encoding.IDs is;
// generate depends on models and tokenizer only (Load takes the Runner and
// the model directory, so it needs neither models/auto nor hub).
//
// Configuration follows transformers' precedence: call options win over
// generation_config.json, which wins over the global defaults; bos, eos and
// pad fall back to config.json.
package generate
