package models

import "fmt"

// PositionTable says how far a model's positions reach: the config.json
// field that sets it, its value, and whether positions past it are an
// error (a learned table, as GPT-2's wpe or BERT's position_embeddings,
// has no row for them) or only past what the model was trained on (rotary
// embeddings compute any position).
type PositionTable struct {
	Field string // config.json field: n_positions, max_position_embeddings
	Max   int    // positions 0..Max-1 are covered
	// Learned is true when the table is a weight with Max rows: longer
	// sequences cannot run (transformers fails with an index error).
	Learned bool
	// Extends is true when the rotary scaling stretches itself to longer
	// sequences (rope_type "dynamic"), so going past Max is expected.
	Extends bool
}

// PositionLimited is implemented by configs whose positions are bounded
// by a config field; every built-in family implements it.
type PositionLimited interface {
	PositionTable() PositionTable
}

// PositionTable implements PositionLimited: wpe has n_positions rows.
func (c *GPT2Config) PositionTable() PositionTable {
	return PositionTable{Field: "n_positions", Max: c.NPositions, Learned: true}
}

// PositionTable implements PositionLimited: position_embeddings has
// max_position_embeddings rows. RoBERTa's positions start at
// pad_token_id + 1, so pad_token_id + 1 rows fewer are left for tokens
// (514 rows with pad 1: 512 tokens).
func (c *BertConfig) PositionTable() PositionTable {
	if c.kind == kindRoberta {
		return PositionTable{Field: "max_position_embeddings (less pad_token_id + 1)", Max: c.MaxPositions - c.Pad(1) - 1, Learned: true}
	}
	return PositionTable{Field: "max_position_embeddings", Max: c.MaxPositions, Learned: true}
}

// PositionTable implements PositionLimited: rotary positions are computed,
// so max_position_embeddings is the trained length, not a hard limit
// (0 when config.json does not set it).
func (c *DecoderConfig) PositionTable() PositionTable {
	return PositionTable{Field: "max_position_embeddings", Max: c.MaxPositions, Extends: c.Rope.Type == "dynamic"}
}

// CheckPositions checks that a sequence of n positions (prompt plus new
// tokens when generating) fits cfg's position table. It returns an error
// naming the config field and both numbers when the table is a learned
// weight that n overruns, and a warning (an empty one when there is
// nothing to say) when n only exceeds the trained length of rotary
// positions, where transformers runs on and quality may drop. Configs
// that do not implement PositionLimited pass.
func CheckPositions(cfg Config, n int) (warning string, err error) {
	pl, ok := cfg.(PositionLimited)
	if !ok {
		return "", nil
	}
	t := pl.PositionTable()
	if t.Max <= 0 || n <= t.Max {
		return "", nil
	}
	if t.Learned {
		return "", fmt.Errorf("a sequence of %d positions does not fit the model's position table: config.json %s = %d (positions 0..%d); shorten the prompt or lower max_new_tokens",
			n, t.Field, t.Max, t.Max-1)
	}
	if t.Extends {
		return "", nil
	}
	return fmt.Sprintf("a sequence of %d positions exceeds the length the model was trained for (config.json %s = %d); its rotary positions run on, but the output may degrade",
		n, t.Field, t.Max), nil
}
