// Package models will hold one readable file per model family (GPT-2, the
// Llama family as one decoder with per-family deltas, BERT, ...), using
// Hugging Face config field names and weight names, with typed outputs that
// mirror transformers' ModelOutput classes. models/auto maps config.json's
// model_type and architectures to a family; user code registers its own
// architectures the same way.
//
// Status: not yet implemented (see the models issue).
package models
