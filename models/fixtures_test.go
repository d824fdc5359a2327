package models_test

import (
	"encoding/json"
	"github.com/kiln-ml/kiln/internal/fixture"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/backends/interp"
	"github.com/kiln-ml/kiln/frontend"
	"github.com/kiln-ml/kiln/ir"
	"github.com/kiln-ml/kiln/models"
	"github.com/kiln-ml/kiln/passes"
	"github.com/kiln-ml/kiln/tensor"
	"github.com/kiln-ml/kiln/weights"
)

// fixtureDir is where the Hugging Face reference models are copied.
func fixtureDir(name string) string { return filepath.Join("..", "testdata", "models", name) }

// readJSON reads a fixture JSON file, gzipped or not, into v.
func readJSON(t testing.TB, path string, v any) { t.Helper(); fixture.ReadJSON(t, path, v) }

// readReference reads the reference.json of fixture name as an R.
func readReference[R any](t testing.TB, name string) R {
	t.Helper()
	var ref R
	readJSON(t, fixtureDir(name)+"/reference.json", &ref)
	return ref
}

// logitsRef is a stored logits tensor: either full, or a fingerprint of
// each position (vocabularies over 2000).
type logitsRef struct {
	Full        json.RawMessage `json:"full"`
	First256    json.RawMessage `json:"first256"`
	Top16IDs    json.RawMessage `json:"top16_ids"`
	Top16Values json.RawMessage `json:"top16_values"`
	LogSumExp   json.RawMessage `json:"logsumexp"`
	Shape       []int           `json:"shape"`
}

// rows flattens a nested JSON array of numbers to rows of its last axis.
func rows(t testing.TB, raw json.RawMessage) [][]float64 {
	t.Helper()
	var any0 any
	if err := json.Unmarshal(raw, &any0); err != nil {
		t.Fatal(err)
	}
	var out [][]float64
	var walk func(v any)
	walk = func(v any) {
		xs := v.([]any)
		if len(xs) > 0 {
			if _, leaf := xs[0].(float64); leaf {
				r := make([]float64, len(xs))
				for i, x := range xs {
					r[i] = x.(float64)
				}
				out = append(out, r)
				return
			}
		}
		for _, x := range xs {
			walk(x)
		}
	}
	walk(any0)
	return out
}

// scalars flattens a nested JSON array of numbers.
func scalars(t testing.TB, raw json.RawMessage) []float64 {
	var out []float64
	for _, r := range rows(t, raw) {
		out = append(out, r...)
	}
	return out
}

const tol = 1e-4

// compareLogits checks got (positions, vocab) against ref at the positions
// where keep is true (nil: all).
func compareLogits(t *testing.T, what string, got [][]float64, ref logitsRef, keep []bool) {
	t.Helper()
	bad := 0
	report := func(format string, args ...any) {
		bad++
		if bad <= 5 {
			t.Errorf(what+": "+format, args...)
		}
	}
	if ref.Full != nil {
		want := rows(t, ref.Full)
		if len(want) != len(got) {
			t.Fatalf("%s: %d positions, want %d", what, len(got), len(want))
		}
		for p := range want {
			if keep != nil && !keep[p] {
				continue
			}
			for j, w := range want[p] {
				if d := math.Abs(got[p][j] - w); d > tol {
					report("position %d logit %d = %.6f, want %.6f", p, j, got[p][j], w)
				}
			}
		}
		return
	}
	first := rows(t, ref.First256)
	ids := rows(t, ref.Top16IDs)
	vals := rows(t, ref.Top16Values)
	lse := scalars(t, ref.LogSumExp)
	if len(first) != len(got) {
		t.Fatalf("%s: %d positions, want %d", what, len(got), len(first))
	}
	for p := range first {
		if keep != nil && !keep[p] {
			continue
		}
		for j, w := range first[p] {
			if d := math.Abs(got[p][j] - w); d > tol {
				report("position %d logit %d = %.6f, want %.6f", p, j, got[p][j], w)
			}
		}
		for j := range ids[p] {
			id := int(ids[p][j])
			if d := math.Abs(got[p][id] - vals[p][j]); d > tol {
				report("position %d top logit id %d = %.6f, want %.6f", p, id, got[p][id], vals[p][j])
			}
		}
		m := math.Inf(-1)
		for _, x := range got[p] {
			m = math.Max(m, x)
		}
		s := 0.0
		for _, x := range got[p] {
			s += math.Exp(x - m)
		}
		if d := math.Abs(m + math.Log(s) - lse[p]); d > tol {
			report("position %d logsumexp %.6f, want %.6f", p, m+math.Log(s), lse[p])
		}
	}
}

// positionsOf splits a (B, T, V) tensor into B lists of T rows.
func positionsOf(t *testing.T, x *tensor.Tensor) [][][]float64 {
	t.Helper()
	if x.Shape.Rank() != 3 {
		t.Fatalf("logits shape %s, want rank 3", x.Shape)
	}
	b, n, v := x.Shape[0], x.Shape[1], x.Shape[2]
	all := x.Float64s()
	out := make([][][]float64, b)
	for i := range out {
		out[i] = make([][]float64, n)
		for p := range out[i] {
			out[i][p] = all[(i*n+p)*v : (i*n+p+1)*v]
		}
	}
	return out
}

// int64Tensor is models.RowsTensor of equal-length rows, failing t on error.
func int64Tensor(t testing.TB, rows [][]int64) *tensor.Tensor {
	t.Helper()
	x, err := models.RowsTensor(rows, "test rows")
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// openRunner loads a fixture model on the given backend in float32.
func openRunner(t testing.TB, name string, b backends.Backend) *models.Runner {
	t.Helper()
	dir := fixtureDir(name)
	r, _ := newRunner(t, loadModel(t, dir, ""), dir, b, backends.CompileOptions{Options: passes.Options{Verify: true}})
	return r
}

// loadModel builds architecture arch ("" for the config's default) of the
// model whose config.json is in dir.
func loadModel(t testing.TB, dir, arch string) models.Model {
	t.Helper()
	cfg, err := models.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := models.New(cfg, arch)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// newRunner opens the checkpoint at path and binds m to it on b in
// float32; the runner and the checkpoint are closed when t ends.
func newRunner(t testing.TB, m models.Model, path string, b backends.Backend, opts backends.CompileOptions) (*models.Runner, *weights.Checkpoint) {
	t.Helper()
	ck, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ck.Close() })
	r, err := models.NewRunner(m, ck, b, ir.Float32, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, ck
}

// parseAs parses config.json text js as if read from ckpt/config.json,
// and fails t when it parses to a config other than a C.
func parseAs[C models.Config](t *testing.T, js string) (C, error) {
	t.Helper()
	var zero C
	c, err := models.ParseConfig([]byte(js), "ckpt/config.json")
	if err != nil {
		return zero, err
	}
	cc, ok := c.(C)
	if !ok {
		t.Fatalf("config is %T, want %T", c, zero)
	}
	return cc, nil
}

// configError is a bad config.json text and the field its error must name.
type configError struct{ js, field string }

// checkConfigErrors checks that every case fails to parse as a C with an
// error naming ckpt/config.json and the case's field.
func checkConfigErrors[C models.Config](t *testing.T, cases []configError) {
	t.Helper()
	for _, tc := range cases {
		_, err := parseAs[C](t, tc.js)
		if err == nil {
			t.Errorf("%s: parsed without error", tc.js)
			continue
		}
		if !strings.Contains(err.Error(), "ckpt/config.json") || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: error %q does not name config.json and %s", tc.js, err, tc.field)
		}
	}
}

// fuzzParse parses fuzz input data as config.json, failing t when an
// error does not name the file; ok is false on an error or a config other
// than a C.
func fuzzParse[C models.Config](t *testing.T, data []byte) (c C, ok bool) {
	t.Helper()
	mc, err := models.ParseConfig(data, "config.json")
	if err != nil {
		if !strings.Contains(err.Error(), "config.json") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return c, false
	}
	c, ok = mc.(C)
	return c, ok
}

// buildArchs builds each of archs of c for spec in float32, failing t on
// any error.
func buildArchs(t *testing.T, c models.Config, spec models.Spec, archs ...string) {
	t.Helper()
	for _, arch := range archs {
		m, err := models.New(c, arch)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := frontend.Build("fuzz", func(g *frontend.Graph) error { return m.Build(g, spec, ir.Float32) }); err != nil {
			t.Fatalf("%s: %v", arch, err)
		}
	}
}

func referenceBackend() backends.Backend { return interp.New() }

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type jsonRaw = json.RawMessage

func unmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
