package weights

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/tensor"
)

// TestDerive: hidden names disappear, computed ones appear (replacing a
// stored one of the same name), Info needs no computation, a computed
// tensor of the wrong type is an error, and closing the view closes base.
func TestDerive(t *testing.T) {
	dir := t.TempDir()
	mk := func(v ...float32) *tensor.Tensor { x, _ := tensor.FromFloat32(ir.Shape{len(v)}, v); return x }
	if err := tensor.WriteSafetensorsFile(filepath.Join(dir, "model.safetensors"), map[string]*tensor.Tensor{
		"a": mk(1, 2), "b": mk(3), "packed": mk(4, 5, 6)}, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	base, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	d, err := Derive(base, []string{"packed"}, map[string]Computed{
		"b":   {Type: ir.Type{DType: ir.Float32, Shape: ir.Shape{1}}, Load: func() (*tensor.Tensor, error) { calls++; return mk(30), nil }},
		"w":   {Type: ir.Type{DType: ir.Float32, Shape: ir.Shape{2}}, Load: func() (*tensor.Tensor, error) { calls++; return mk(7, 8), nil }},
		"bad": {Type: ir.Type{DType: ir.Float32, Shape: ir.Shape{3}}, Load: func() (*tensor.Tensor, error) { return mk(1), nil }},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Names(), ","); got != "a,b,bad,w" {
		t.Fatalf("names %s", got)
	}
	if ty, ok := d.Info("w"); !ok || !ty.Shape.Equal(ir.Shape{2}) || calls != 0 {
		t.Fatalf("Info(w) = %v %v after %d loads", ty, ok, calls)
	}
	if _, ok := d.Info("packed"); ok {
		t.Fatal("packed is still shown")
	}
	for name, want := range map[string][]float32{"a": {1, 2}, "b": {30}, "w": {7, 8}} {
		x, err := d.Tensor(name)
		if err != nil {
			t.Fatal(err)
		}
		if g := x.Float32s(); len(g) != len(want) || g[0] != want[0] {
			t.Fatalf("%s = %v, want %v", name, g, want)
		}
	}
	if _, err := d.Tensor("bad"); err == nil || !strings.Contains(err.Error(), `"bad": computed f32[1], declared f32[3]`) {
		t.Fatalf("bad: %v", err)
	}
	if d.Format() != "safetensors" || d.Metadata()["format"] != "pt" || d.Path() != dir {
		t.Fatalf("format %s, metadata %v, path %s", d.Format(), d.Metadata(), d.Path())
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := base.Tensor("a"); err == nil {
		t.Fatal("base still open after closing the derived checkpoint")
	}
}
