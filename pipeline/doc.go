// Package pipeline will provide transformers-style task pipelines
// (text-generation, fill-mask, text-classification, feature-extraction):
// preprocess -> forward -> postprocess with typed results.
//
// Status: not yet implemented (see the generation and pipelines issue).
package pipeline
