// Package kiln holds, embedded, the tiny random-weight Qwen2 checkpoint of
// testdata/models/qwen2-tiny (config.json, generation_config.json,
// model.safetensors: under 1 MB), so that `kiln demo` runs a real Hugging
// Face checkpoint from any working directory. The library itself lives in
// the subpackages; see docs/ and README.md.
package kiln

import (
	"embed"
	"io/fs"
)

//go:embed testdata/models/qwen2-tiny/config.json testdata/models/qwen2-tiny/generation_config.json testdata/models/qwen2-tiny/model.safetensors
var demoFiles embed.FS

// DemoModel is the files of the tiny Qwen2 checkpoint, at its root.
func DemoModel() fs.FS {
	sub, err := fs.Sub(demoFiles, "testdata/models/qwen2-tiny")
	if err != nil {
		panic(err) // the path is a constant of this file
	}
	return sub
}
