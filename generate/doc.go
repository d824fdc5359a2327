// Package generate will run text generation the way transformers'
// model.generate does: a prefill program, then one compiled decode step with
// a static, donated KV cache; greedy, beam search and sampling; logits
// processors; stopping criteria; streaming; watermarking.
//
// Status: not yet implemented (see the generation issue).
package generate
