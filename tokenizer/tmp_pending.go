package tokenizer

import "errors"

func parsePrecompiled(j jv) (normalizer, error) { return nil, j.errf("Precompiled: pending") }
func parseUnigram(j jv) (model, error)          { return nil, errors.New("pending") }

type unicodeScriptsPre struct{}

func (unicodeScriptsPre) preTokenize(p *preTokenized) error { return nil }

type fastPath struct{}

func newFastPath(t *Tokenizer) *fastPath                                        { return nil }
func (f *fastPath) encode(t *Tokenizer, s string, typeID int) (*Encoding, bool) { return nil, false }

func fromSentencePieceFile(p string, c *Config) (*Tokenizer, error) {
	return nil, errors.New("pending")
}

func scannerFor(src string) scanner { return nil }
