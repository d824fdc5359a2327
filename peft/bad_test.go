package peft_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/internal/fixture"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/peft"
	"github.com/kiln-ml/kiln/tensor"
)

// writeAdapter writes a copy of the fixture adapter to a temp dir with
// its config edited by cfg and its tensors by edit.
func writeAdapter(t *testing.T, cfg func(string) string, edit func(map[string]*tensor.Tensor)) string {
	t.Helper()
	src := fixture.ModelDir("llama-tiny-lora")
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(src, "adapter_config.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "adapter_config.json"), []byte(cfg(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, _, err := tensor.ReadSafetensors(filepath.Join(src, "adapter_model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	edit(ts)
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "adapter_model.safetensors"), ts, nil); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runWith(t *testing.T, dir string) error {
	t.Helper()
	a, err := peft.Load(dir)
	if err != nil {
		return err
	}
	r := fixture.Runner(t, fixture.ModelDir("llama-tiny"), interp.New())
	if err := r.SetAdapter(a); err != nil {
		return err
	}
	_, err = r.Program(context.Background(), models.Spec{Batch: 1, Seq: 3})
	return err
}

func TestBadAdapters(t *testing.T) {
	same := func(s string) string { return s }
	none := func(map[string]*tensor.Tensor) {}
	q := "base_model.model.model.layers.0.self_attn.q_proj."
	cases := []struct {
		name  string
		dir   func(t *testing.T) string
		wants []string
	}{
		{"another base (shape mismatch names the module)", func(t *testing.T) string {
			return writeAdapter(t, same, func(ts map[string]*tensor.Tensor) {
				a, _ := tensor.New(ir.Float32, ir.Shape{4, 32})
				ts[q+"lora_A.weight"] = a
			})
		}, []string{"model.layers.0.self_attn.q_proj.lora_A.weight", "[4,32]", "wrong shapes"}},
		{"unknown target modules are listed", func(t *testing.T) string {
			return writeAdapter(t, func(s string) string { return strings.Replace(s, `"q_proj",`, `"q_proj", "w_pack",`, 1) },
				func(ts map[string]*tensor.Tensor) {
					a, _ := tensor.New(ir.Float32, ir.Shape{4, 64})
					b, _ := tensor.New(ir.Float32, ir.Shape{64, 4})
					ts["base_model.model.model.layers.0.self_attn.w_pack.lora_A.weight"] = a
					ts["base_model.model.model.layers.0.self_attn.w_pack.lora_B.weight"] = b
				})
		}, []string{"model.layers.0.self_attn.w_pack.lora_A.weight", "does not have"}},
		{"targets matching nothing", func(t *testing.T) string {
			return writeAdapter(t, func(s string) string {
				i, j := strings.Index(s, `"target_modules": [`), strings.Index(s, `"target_parameters"`)
				return s[:i] + `"target_modules": ["w_pack"],` + "\n  " + s[j:]
			}, func(ts map[string]*tensor.Tensor) {
				for k := range ts {
					delete(ts, k)
				}
			})
		}, []string{"w_pack", "match no module"}},
		{"rank disagreeing with the config", func(t *testing.T) string {
			return writeAdapter(t, func(s string) string { return strings.Replace(s, `"r": 4`, `"r": 8`, 1) }, none)
		}, []string{"rank 4", "rank 8"}},
		{"DoRA without magnitude vectors", func(t *testing.T) string {
			return writeAdapter(t, func(s string) string { return strings.Replace(s, `"use_dora": false`, `"use_dora": true`, 1) }, none)
		}, []string{"use_dora", "lora_magnitude_vector"}},
		{"magnitude vectors without use_dora", func(t *testing.T) string {
			return writeAdapter(t, same, func(ts map[string]*tensor.Tensor) {
				m, _ := tensor.New(ir.Float32, ir.Shape{64})
				ts[q+"lora_magnitude_vector"] = m
			})
		}, []string{"use_dora", q + "lora_magnitude_vector"}},
		{"unsupported field at a non-default value", func(t *testing.T) string {
			return writeAdapter(t, func(s string) string { return strings.Replace(s, `"lora_bias": false`, `"lora_bias": true`, 1) }, none)
		}, []string{"lora_bias"}},
		{"corrupted weights file", func(t *testing.T) string {
			dir := writeAdapter(t, same, none)
			p := filepath.Join(dir, "adapter_model.safetensors")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, data[:len(data)/2], 0o644)
			return dir
		}, []string{"adapter_model.safetensors"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := runWith(t, c.dir(t))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

// TestMergeCheckpoint writes a merged float32 checkpoint and runs it as a
// plain model against PEFT's merge_and_unload logits.
func TestMergeCheckpoint(t *testing.T) {
	a, ref := loadFixture(t)
	out := t.TempDir()
	if err := peft.MergeCheckpoint(fixture.ModelDir("llama-tiny"), a, out, ir.Float32); err != nil {
		t.Fatal(err)
	}
	r := fixture.Runner(t, out, interp.New())
	compare(t, "merged checkpoint", forward(t, r, ref.InputIDs), ref.Merged)
}
