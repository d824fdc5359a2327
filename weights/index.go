package weights

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// maxIndexSize bounds an index file; real ones are a few hundred kilobytes.
const maxIndexSize = 64 << 20

// shardIndex is a parsed model.safetensors.index.json or
// pytorch_model.bin.index.json.
type shardIndex struct {
	metadata  map[string]string
	weightMap map[string]string // tensor name -> shard file name
	order     []string          // shard file names in first-use order
}

// parseIndex parses and checks an index: a JSON object with a non-empty
// "weight_map" object of string values naming plain files in the same
// directory, no tensor listed twice, and an optional "metadata" object.
func parseIndex(data []byte) (*shardIndex, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("index is not a JSON object: %v", err)
	}
	raw, ok := top["weight_map"]
	if !ok {
		return nil, errors.New(`index has no "weight_map"`)
	}
	idx := &shardIndex{weightMap: map[string]string{}}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New(`"weight_map" is not a JSON object`)
	}
	seenShard := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf(`"weight_map": %v`, err)
		}
		name := tok.(string)
		var file string
		if err := dec.Decode(&file); err != nil {
			return nil, fmt.Errorf(`"weight_map": tensor %q: shard must be a file name string`, name)
		}
		if prev, dup := idx.weightMap[name]; dup {
			return nil, fmt.Errorf(`"weight_map" lists tensor %q twice (%s and %s)`, name, prev, file)
		}
		if file == "" || file == "." || file == ".." || strings.ContainsAny(file, `/\`) || filepath.IsAbs(file) {
			return nil, fmt.Errorf(`"weight_map": tensor %q: shard %q must be a plain file name in the index's directory`, name, file)
		}
		idx.weightMap[name] = file
		if !seenShard[file] {
			seenShard[file] = true
			idx.order = append(idx.order, file)
		}
	}
	if len(idx.weightMap) == 0 {
		return nil, errors.New(`"weight_map" is empty`)
	}
	if m, ok := top["metadata"]; ok && string(m) != "null" {
		var meta map[string]json.RawMessage
		if err := json.Unmarshal(m, &meta); err != nil {
			return nil, fmt.Errorf(`"metadata" is not a JSON object: %v`, err)
		}
		idx.metadata = map[string]string{}
		for k, v := range meta {
			var s string
			if json.Unmarshal(v, &s) == nil {
				idx.metadata[k] = s
			} else {
				idx.metadata[k] = string(v)
			}
		}
	}
	return idx, nil
}

// openIndex opens a sharded checkpoint and checks every shard against the
// index. Shards are safetensors files if the index is
// *.safetensors.index.json, torch.save archives otherwise.
func openIndex(indexPath string) (*Checkpoint, error) {
	data, err := os.ReadFile(indexPath)
	if err != nil {
		return nil, err
	}
	if len(data) > maxIndexSize {
		return nil, fmt.Errorf("%s: index is %d bytes, over the %d-byte limit", indexPath, len(data), maxIndexSize)
	}
	idx, err := parseIndex(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", indexPath, err)
	}
	isST := strings.HasSuffix(indexPath, ".safetensors.index.json")
	format := "pytorch-sharded"
	if isST {
		format = "safetensors-sharded"
	}
	c := &Checkpoint{format: format, where: map[string]shard{}, metadata: idx.metadata}
	fail := func(err error) (*Checkpoint, error) {
		c.Close()
		return nil, err
	}
	dir := filepath.Dir(indexPath)
	byFile := map[string]shard{}
	for _, file := range idx.order {
		p := filepath.Join(dir, file)
		var s shard
		if _, err := os.Stat(p); err != nil {
			return fail(fmt.Errorf("%s: shard %s is missing (it holds %q, among others): %w", indexPath, file, firstTensorOf(idx, file), err))
		}
		if isST {
			s, err = openSafetensors(p)
		} else {
			s, err = openBin(p)
		}
		if err != nil {
			return fail(err)
		}
		c.shards = append(c.shards, s)
		byFile[file] = s
		for _, name := range s.names() {
			if other, dup := c.where[name]; dup {
				return fail(fmt.Errorf("%s: tensor %q is in two shards, %s and %s", indexPath, name, other.file(), p))
			}
			c.where[name] = s
		}
	}
	for _, name := range sortedKeys(idx.weightMap) {
		file := idx.weightMap[name]
		s, ok := c.where[name]
		if !ok {
			return fail(fmt.Errorf("%s: the index maps tensor %q to %s, which does not contain it", indexPath, name, file))
		}
		if s != byFile[file] {
			return fail(fmt.Errorf("%s: the index maps tensor %q to %s, but it is in %s", indexPath, name, file, s.file()))
		}
	}
	for _, name := range sortedKeys(c.where) {
		if _, ok := idx.weightMap[name]; !ok {
			return fail(fmt.Errorf("%s: shard %s holds tensor %q, which the index does not list", indexPath, c.where[name].file(), name))
		}
	}
	c.names = sortedKeys(c.where)
	return c, nil
}

// firstTensorOf names one tensor the index assigns to file, for errors.
func firstTensorOf(idx *shardIndex, file string) string {
	for _, name := range sortedKeys(idx.weightMap) {
		if idx.weightMap[name] == file {
			return name
		}
	}
	return ""
}
