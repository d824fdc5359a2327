package gpu

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	_ "github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/generate"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models/auto"
)

// TestSuiteOnInterp runs the whole suite on a tiny llama shape on the
// interpreter (no GPU, no peers): checkpoint writing, loading, prefill,
// the cached greedy decode loop and the report.
func TestSuiteOnInterp(t *testing.T) {
	Configs["llama-test"] = llama(32, 64, 2, 4, 2, 8, true)
	Configs["llama-test"]["vocab_size"] = 97
	defer delete(Configs, "llama-test")
	var log bytes.Buffer
	rep, err := RunGPUSuite(context.Background(), Options{
		Models: []string{"llama-test"}, Backend: "interp", PrefillTokens: 16, PromptTokens: 4, NewTokens: 5,
		BandwidthElems: 1 << 10, Log: &log, WorkDir: t.TempDir(),
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	got := map[string]Result{}
	for _, r := range rep.Results {
		got[r.Workload] = r
	}
	for _, w := range []string{"llama-test-decode", "llama-test-prefill-2048", "llama-test-ttft-128", "llama-test-compile-cold"} {
		if _, ok := got[w]; !ok {
			t.Errorf("no %s result", w)
		}
	}
	if d := got["llama-test-decode"]; d.Kiln <= 0 || d.Limit <= 0 {
		t.Errorf("decode result %+v has no speed or limit", d)
	}
	k := rep.Details["kiln-interp/llama-test"].(*kilnNumbers)
	if k.DecodeCompiles != 0 {
		t.Errorf("the timed generation compiled %d programs, want 0 (both were compiled by the warm-up)", k.DecodeCompiles)
	}
	if k.Params != 32*97+2*(32+32*32+2*16*32+32*32+32+3*32*64)+32 {
		t.Errorf("params = %d", k.Params)
	}
	b, err := json.Marshal(rep)
	if err != nil || !strings.Contains(string(b), `"suite":"gpu"`) {
		t.Errorf("json: %v %s", err, b)
	}
	var tab bytes.Buffer
	if err := rep.WriteTable(&tab); err != nil || !strings.Contains(tab.String(), "llama-test-decode") {
		t.Errorf("table: %v\n%s", err, tab.String())
	}
}

func TestUnknownModel(t *testing.T) {
	_, err := RunGPUSuite(context.Background(), Options{Models: []string{"gpt5"}, Backend: "interp"})
	if err == nil || !strings.Contains(err.Error(), "gpt5") {
		t.Fatalf("got %v, want an error naming the model", err)
	}
}

// TestDeviceLoopMatchesGenerate: the device-resident greedy loop yields
// the generate package's greedy tokens.
func TestDeviceLoopMatchesGenerate(t *testing.T) {
	Configs["llama-test"] = llama(32, 64, 2, 4, 2, 8, true)
	Configs["llama-test"]["vocab_size"] = 97
	defer delete(Configs, "llama-test")
	dir := t.TempDir()
	if _, err := writeModel(dir, "llama-test", 3); err != nil {
		t.Fatal(err)
	}
	m, err := auto.Load(context.Background(), dir, auto.Options{Backend: "interp", DType: ir.Float32})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	o := Options{PromptTokens: 6, NewTokens: 7}
	got, err := generateGreedy(context.Background(), m, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	prompt := make([]int, o.PromptTokens)
	for i := range prompt {
		prompt[i] = (i*104729 + 7) % 97
	}
	g, err := generate.New(m.Runner, generate.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out, err := g.Generate(context.Background(), [][]int{prompt}, generate.Greedy(),
		generate.MaxNewTokens(o.NewTokens), generate.MinNewTokens(o.NewTokens))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(out.NewTokens()[0]) != fmt.Sprint(got) {
		t.Fatalf("device loop %v, generate %v", got, out.NewTokens()[0])
	}
}
