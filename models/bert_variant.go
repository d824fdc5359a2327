package models

import (
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
)

// bertKind is the family a BertConfig was parsed for.
type bertKind int

const (
	kindBert       bertKind = iota // model_type "bert"
	kindRoberta                    // "roberta" and "xlm-roberta" (same modules, same weight names)
	kindDistilBert                 // "distilbert"
)

// bertVariant is what a BERT-like family changes in the shared encoder
// (bert.go): the weight names, how positions are numbered, whether token
// types exist, and the names of the masked-LM head.
type bertVariant struct {
	prefix string // base model scope: "bert", "roberta", "distilbert"
	layers string // the layer list under prefix: "encoder.layer", "transformer.layer"
	names  bertLayerNames
	// tokenTypes: the model declares token_type_ids (BERT and RoBERTa;
	// DistilBERT has no token_type_embeddings).
	tokenTypes bool
	// paddingPositions: RoBERTa's position ids, counted over the non-pad
	// tokens from pad_token_id + 1 (pads get pad_token_id).
	paddingPositions bool
	// attnOutDropout: dropout after the attention output projection (BERT,
	// RoBERTa; DistilBERT drops only the attention probabilities).
	attnOutDropout bool
	mlm            mlmNames
}

// bertLayerNames are one encoder layer's weight scopes, relative to the
// layer: q, k, v, out projections; attnNorm after the attention residual;
// fc1, fc2 of the feed-forward block; outNorm after its residual.
type bertLayerNames struct {
	q, k, v, out, attnNorm, fc1, fc2, outNorm string
}

// mlmNames are the masked-LM head's weights: dense -> act -> norm ->
// decoder (tied to the word embeddings unless tie_word_embeddings is
// false) + bias. decoderBias is where transformers 4 checkpoints may
// store the bias instead (an alias).
type mlmNames struct {
	dense, norm, decoder, bias, decoderBias string
	// gelu: the transform's activation is always the exact GELU
	// (RobertaLMHead) instead of the config's activation.
	gelu bool
}

var (
	bertVariantTable = bertVariant{
		prefix: "bert", layers: "encoder.layer", tokenTypes: true, attnOutDropout: true,
		names: bertLayerNames{q: "attention.self.query", k: "attention.self.key", v: "attention.self.value",
			out: "attention.output.dense", attnNorm: "attention.output.LayerNorm", fc1: "intermediate.dense",
			fc2: "output.dense", outNorm: "output.LayerNorm"},
		mlm: mlmNames{dense: "cls.predictions.transform.dense", norm: "cls.predictions.transform.LayerNorm",
			decoder: "cls.predictions.decoder.weight", bias: "cls.predictions.bias", decoderBias: "cls.predictions.decoder.bias"},
	}
	robertaVariantTable = bertVariant{
		prefix: "roberta", layers: "encoder.layer", tokenTypes: true, paddingPositions: true, attnOutDropout: true,
		names: bertVariantTable.names,
		mlm: mlmNames{dense: "lm_head.dense", norm: "lm_head.layer_norm", decoder: "lm_head.decoder.weight",
			bias: "lm_head.bias", decoderBias: "lm_head.decoder.bias", gelu: true},
	}
	distilBertVariantTable = bertVariant{
		prefix: "distilbert", layers: "transformer.layer",
		names: bertLayerNames{q: "attention.q_lin", k: "attention.k_lin", v: "attention.v_lin", out: "attention.out_lin",
			attnNorm: "sa_layer_norm", fc1: "ffn.lin1", fc2: "ffn.lin2", outNorm: "output_layer_norm"},
		mlm: mlmNames{dense: "vocab_transform", norm: "vocab_layer_norm", decoder: "vocab_projector.weight",
			bias: "vocab_projector.bias", decoderBias: "vocab_projector.bias"},
	}
)

// variant returns the family's table.
func (c *BertConfig) variant() *bertVariant {
	switch c.kind {
	case kindRoberta:
		return &robertaVariantTable
	case kindDistilBert:
		return &distilBertVariantTable
	}
	return &bertVariantTable
}

// paddingOffsetPositions is transformers' create_position_ids_from_input_ids
// (RoBERTa): for ids (B, T), cumsum(ids != pad) * (ids != pad) + pad, so
// the first real token is at pad + 1 wherever the pads are and every pad
// gets position pad. The cumulative sum is an integer reduction over a
// lower-triangular (T, T) mask: exact, and O(B T^2) integer work, small
// beside the attention.
func paddingOffsetPositions(g *frontend.Graph, ids *frontend.Tensor, pad int) *frontend.Tensor {
	b, t := ids.Dim(0), ids.Dim(1)
	real := ids.Ne(g.ConstScalarInt(ir.Int64, int64(pad)).BroadcastTo(b, t)).AsType(ir.Int64) // (B, T) 1 = real token
	tri := g.Iota(ir.Int64, 0, t, t).Le(g.Iota(ir.Int64, 1, t, t)).AsType(ir.Int64)           // (T, T) [i <= j]
	cum := real.Unsqueeze(2).BroadcastTo(b, t, t).Mul(tri.Unsqueeze(0).BroadcastTo(b, t, t)).Sum(1)
	return cum.Mul(real).Add(g.ConstScalarInt(ir.Int64, int64(pad)).BroadcastTo(b, t)) // (B, T)
}
