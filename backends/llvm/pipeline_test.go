package llvm_test

import (
	"bytes"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/llvm"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/passes"
)

// halfDotFunc is x (16,32) . w (32,24) in bf16 with a bf16 result: a
// GEMM-sized dot that widen-half-dots turns into a float32 GEMM.
func halfDotFunc(t *testing.T) *ir.Func {
	t.Helper()
	f := ir.NewFunc("halfdot")
	x := f.Param("x", ir.T(ir.BFloat16, 16, 32))
	w := f.Param("w", ir.T(ir.BFloat16, 32, 24))
	y, err := f.Emit(ir.OpDotGeneral, &ir.DotAttrs{LhsContract: []int{1}, RhsContract: []int{0}, Out: ir.BFloat16}, ir.Pos{}, x, w)
	if err != nil {
		t.Fatal(err)
	}
	f.SetResults([]*ir.Value{y}, []string{"y"})
	return f
}

// dumps splits a DumpAfter output into the IR printed after each pass.
func dumps(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, part := range strings.Split(out, "// IR of ")[1:] {
		head, body, _ := strings.Cut(part, "\n")
		_, pass, ok := strings.Cut(head, " after pass ")
		if !ok {
			t.Fatalf("dump header %q", head)
		}
		pass, _, _ = strings.Cut(pass, " (pipeline llvm)")
		m[pass] = body
	}
	return m
}

func TestPipelineNames(t *testing.T) {
	got := strings.Join(llvm.Default().Pipeline().Names(), ",")
	if got != "decompose-long-attention,decompose-expert-matmul,decompose-quant-matmul,attnmask,decompose,constfold,simplify,cse,deadcode,widen-half-dots" {
		t.Fatalf("llvm pipeline %s", got)
	}
	if err := passes.Check(llvm.New(llvm.Options{}).Pipeline()); err != nil {
		t.Fatal(err)
	}
}

// TestDumpShowsWidenHalfDots: with DumpAfter "all" the IR is printed after
// every pass of Pipeline(), llvm's own rewrites included: after
// widen-half-dots the bf16 dot is a float32 dot of widened operands,
// converted back to bf16.
func TestDumpShowsWidenHalfDots(t *testing.T) {
	be := llvm.Default()
	if err := be.Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	var buf bytes.Buffer
	opts := backends.CompileOptions{Options: passes.Options{DumpAfter: []string{"all"}, DumpTo: &buf, Verify: true}}
	if _, err := be.Compile(halfDotFunc(t), opts); err != nil {
		t.Fatal(err)
	}
	d := dumps(t, buf.String())
	for _, n := range be.Pipeline().Names() {
		if _, ok := d[n]; !ok {
			t.Errorf("no dump after pass %s", n)
		}
	}
	before, after := d["deadcode"], d["widen-half-dots"]
	if !strings.Contains(before, "dot_general") || strings.Contains(before, "convert") {
		t.Errorf("before widen-half-dots, want the bf16 dot alone:\n%s", before)
	}
	if strings.Count(after, "convert") != 3 || !strings.Contains(after, "f32[16,24]") || !strings.Contains(after, "dot_general") {
		t.Errorf("after widen-half-dots, want two widening converts, a float32 dot and a convert back:\n%s", after)
	}
}

// TestOptionalLLVMPasses: widen-half-dots can be disabled (the bf16 dot
// then stays as it is) and does nothing with NaiveDot; the long-attention
// decomposition runs only with DecomposeAttention.
func TestOptionalLLVMPasses(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	afterWiden := func(be *llvm.Backend, extra passes.Options) string {
		var buf bytes.Buffer
		extra.DumpAfter, extra.DumpTo = []string{"widen-half-dots"}, &buf
		if _, err := be.Compile(halfDotFunc(t), backends.CompileOptions{Options: extra}); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	if got := afterWiden(llvm.New(llvm.Options{NaiveDot: true}), passes.Options{}); strings.Contains(got, "convert") {
		t.Errorf("NaiveDot: widen-half-dots changed the dot:\n%s", got)
	}
	var buf bytes.Buffer
	opts := backends.CompileOptions{Options: passes.Options{Disable: []string{"widen-half-dots"}, DumpAfter: []string{"deadcode"}, DumpTo: &buf}}
	if _, err := llvm.Default().Compile(halfDotFunc(t), opts); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "convert") {
		t.Errorf("disabled widen-half-dots ran:\n%s", buf.String())
	}

	attn := func() *ir.Func {
		f := ir.NewFunc("attn")
		q := f.Param("q", ir.T(ir.Float32, 1, 2, 16, 8))
		k := f.Param("k", ir.T(ir.Float32, 1, 2, 16, 8))
		v := f.Param("v", ir.T(ir.Float32, 1, 2, 16, 8))
		a, err := f.Emit(ir.OpAttention, &ir.AttentionAttrs{Scale: 0.35, Causal: true}, ir.Pos{}, q, k, v)
		if err != nil {
			t.Fatal(err)
		}
		f.SetResults([]*ir.Value{a}, nil)
		return f
	}
	for _, decompose := range []bool{false, true} {
		var buf bytes.Buffer
		opts := backends.CompileOptions{Options: passes.Options{DumpAfter: []string{"decompose-long-attention"}, DumpTo: &buf}}
		if _, err := llvm.New(llvm.Options{DecomposeAttention: decompose}).Compile(attn(), opts); err != nil {
			t.Fatal(err)
		}
		if hasAttn := strings.Contains(buf.String(), "= attention "); hasAttn == decompose {
			t.Errorf("DecomposeAttention=%v: IR after decompose-long-attention:\n%s", decompose, buf.String())
		}
	}
}

// TestLoggerAndFusionDump: diagnostics go to Options.Logger and the fusion
// plan to Options.DumpFusion, nothing to stderr.
func TestLoggerAndFusionDump(t *testing.T) {
	if err := llvm.Default().Available(); err != nil {
		t.Skip("llvm backend not available: ", err)
	}
	var logBuf, dump bytes.Buffer
	o := llvm.Options{
		CacheDir:     t.TempDir(), // a miss: the tools run and are logged
		Logger:       slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug})),
		DumpFusion:   &dump,
		DumpFusionIR: true,
	}
	if _, err := llvm.New(o).Compile(halfDotFunc(t), backends.CompileOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logBuf.String(), "llvm module") || !strings.Contains(logBuf.String(), "tool=llc") {
		t.Errorf("log:\n%s", logBuf.String())
	}
	if !strings.Contains(dump.String(), "fusion plan of halfdot") || !strings.Contains(dump.String(), "func @halfdot") {
		t.Errorf("fusion dump:\n%s", dump.String())
	}
}

func TestOptionsFromEnv(t *testing.T) {
	env := map[string]string{
		llvm.EnvLLC: "llc-x", llvm.EnvCPU: "znver3", llvm.EnvCache: "/tmp/c", llvm.EnvThreads: "3", llvm.EnvOpt: "never",
		llvm.EnvTrace: "1", llvm.EnvDumpFusion: "ir", llvm.EnvNaiveDot: "1", llvm.EnvNoEpilogue: "true", llvm.EnvNoRowFusion: "1",
		llvm.EnvNoPrefetch: "1", llvm.EnvNoHugePages: "1", llvm.EnvNoAVX512: "1", llvm.EnvDecomposeAttention: "1",
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	o, err := llvm.OptionsFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if o.LLC != "llc-x" || o.CPU != "znver3" || o.CacheDir != "/tmp/c" || o.Threads != 3 || o.Opt != "never" ||
		!o.Trace || o.Logger == nil || o.DumpFusion != os.Stderr || !o.DumpFusionIR || !o.NaiveDot || !o.NoEpilogue ||
		!o.NoRowFusion || !o.NoPrefetch || !o.NoHugePages || !o.NoAVX512 || !o.DecomposeAttention {
		t.Fatalf("got %+v", o)
	}
	for k := range env {
		t.Setenv(k, "")
	}
	if o, err = llvm.OptionsFromEnv(); err != nil || o.Logger != nil || o.DumpFusion != nil || o.Threads != 0 || o.NaiveDot {
		t.Fatalf("unset environment: got %+v, %v", o, err)
	}
	for _, bad := range [][2]string{{llvm.EnvThreads, "0"}, {llvm.EnvThreads, "many"}, {llvm.EnvOpt, "sometimes"},
		{llvm.EnvNoEpilogue, "yes please"}, {llvm.EnvDumpFusion, "plan"}} {
		t.Setenv(bad[0], bad[1])
		if _, err := llvm.OptionsFromEnv(); err == nil || !strings.Contains(err.Error(), bad[0]) {
			t.Errorf("%s=%s: got %v, want an error naming the variable", bad[0], bad[1], err)
		}
		t.Setenv(bad[0], "")
	}
	if err := llvm.New(llvm.Options{Opt: "sometimes"}).Available(); err == nil || !strings.Contains(err.Error(), "Options.Opt") {
		t.Errorf("invalid Options.Opt: got %v", err)
	}
}
