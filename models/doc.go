// Package models holds one readable file per model family (GPT-2, the
// Llama family as one decoder with per-family deltas, BERT), using Hugging
// Face config field names and weight names, with typed outputs that mirror
// transformers' ModelOutput classes (loss included when a Spec asks for
// labels). models/auto maps config.json's model_type and architectures to a
// family; user code registers its own architectures the same way.
//
// A Model only builds programs; a Runner compiles them once per Spec and
// runs them with a checkpoint's weights, through package session (the
// layer a Trainer shares). Token ids are int64 only here, where they
// become tensors: callers pass Go ints (RowsTensor converts).
package models
