package tokenizer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// TokenizeResult is one element of `kiln tokenize` output.
type TokenizeResult struct {
	IDs     []int    `json:"ids"`
	Tokens  []string `json:"tokens"`
	Offsets [][2]int `json:"offsets,omitempty"`
}

// ReadStringsFile reads a JSON array of strings (the --input of
// `kiln tokenize`).
func ReadStringsFile(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("%s: expected a JSON array of strings: %v", path, err)
	}
	return out, nil
}

// TokenizeAll encodes texts (in parallel) into the `kiln tokenize` shape;
// offsets are included when withOffsets is set.
func (t *Tokenizer) TokenizeAll(texts []string, addSpecial, withOffsets bool) ([]TokenizeResult, error) {
	encs, err := t.EncodeBatch(texts, AddSpecialTokens(addSpecial))
	if err != nil {
		return nil, err
	}
	out := make([]TokenizeResult, len(encs))
	for i, e := range encs {
		out[i] = TokenizeResult{IDs: nonNil(e.IDs), Tokens: e.Tokens}
		if out[i].Tokens == nil {
			out[i].Tokens = []string{}
		}
		if withOffsets {
			out[i].Offsets = e.Offsets
			if out[i].Offsets == nil {
				out[i].Offsets = [][2]int{}
			}
		}
	}
	return out, nil
}

func nonNil(x []int) []int {
	if x == nil {
		return []int{}
	}
	return x
}

// ReadIDsFile reads the --input of `kiln detokenize`: a JSON array whose
// elements are arrays of ids or objects with an "ids" field (so the
// output of `kiln tokenize` can be fed back).
func ReadIDsFile(path string) ([][]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out, err := ParseIDLists(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// ParseIDLists parses a JSON array of id arrays or {"ids": [...]} objects.
func ParseIDLists(data []byte) ([][]int, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("expected a JSON array: %v", err)
	}
	out := make([][]int, len(raw))
	for i, r := range raw {
		r = bytes.TrimSpace(r)
		if len(r) > 0 && r[0] == '{' {
			var o struct {
				IDs []int `json:"ids"`
			}
			if err := json.Unmarshal(r, &o); err != nil {
				return nil, fmt.Errorf("[%d]: %v", i, err)
			}
			out[i] = o.IDs
			continue
		}
		if err := json.Unmarshal(r, &out[i]); err != nil {
			return nil, fmt.Errorf("[%d]: expected an array of integer ids or an object with \"ids\": %v", i, err)
		}
	}
	return out, nil
}

// CheckIDs reports the first id that the tokenizer does not know.
func (t *Tokenizer) CheckIDs(ids []int) error {
	for i, id := range ids {
		if _, ok := t.IDToToken(id); !ok {
			return fmt.Errorf("id %d at position %d is not in the vocabulary", id, i)
		}
	}
	return nil
}

// WriteJSON writes v as JSON without HTML escaping, then a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
