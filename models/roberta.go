package models

import "fmt"

// RoBERTa and XLM-RoBERTa: BERT (bert.go) with the weights under
// "roberta.", position ids counted from pad_token_id + 1 over the non-pad
// tokens (paddingOffsetPositions), token types kept (type_vocab_size is 1
// in the released checkpoints: token_type_ids are zeros), no pooler under
// the heads, the lm_head masked-LM head (dense, exact GELU, layer_norm,
// tied decoder + bias) and RobertaClassificationHead (dense, tanh,
// out_proj on <s>). XLM-RoBERTa's modules and weight names are RoBERTa's;
// only the class names differ.
func init() {
	for _, f := range []struct{ modelType, class string }{{"roberta", "Roberta"}, {"xlm-roberta", "XLMRoberta"}} {
		modelType := f.modelType
		mustRegister(Family{
			ModelType: modelType,
			ParseConfig: func(data []byte, file string) (Config, error) {
				return parseBertLike(data, file, kindRoberta, map[string]int{"roberta": 50265, "xlm-roberta": 30522}[modelType])
			},
			Architectures: bertHeads(f.class),
			DefaultArch:   f.class + "Model",
		})
	}
}

// bertHeads maps class's architecture names (prefix "Bert", "Roberta",
// ...) to the base model and every head.
func bertHeads(class string) map[string]func(Config) (Model, error) {
	m := map[string]func(Config) (Model, error){}
	for suffix, task := range map[string]Task{
		"Model": TaskBase, "ForMaskedLM": TaskMaskedLM, "ForSequenceClassification": TaskSequenceClassification,
		"ForTokenClassification": TaskTokenClassification, "ForQuestionAnswering": TaskQuestionAnswering,
	} {
		m[class+suffix] = newBert(class+suffix, task)
	}
	return m
}

// checkRoberta checks what RoBERTa's positions need: a pad_token_id
// (default 1, RobertaConfig's) and room in position_embeddings past it.
// It does nothing for other families.
func (c *BertConfig) checkRoberta(file string) error {
	if c.kind != kindRoberta {
		return nil
	}
	if c.PadTokenID == nil {
		one := 1
		c.PadTokenID = &one
	}
	if p := *c.PadTokenID; p < 0 || p+1 >= c.MaxPositions {
		return fmt.Errorf("%s: field pad_token_id %d: RoBERTa numbers positions from pad_token_id + 1, which needs 0 <= pad_token_id < max_position_embeddings - 1 = %d",
			file, p, c.MaxPositions-1)
	}
	return nil
}
