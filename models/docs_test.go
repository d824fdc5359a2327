package models

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// TestDocsListEveryArchitecture checks that docs/models.md's list of
// supported architectures names every class a built-in family registers,
// by its Hugging Face architectures name, and nothing that is not.
func TestDocsListEveryArchitecture(t *testing.T) {
	doc, err := os.ReadFile("../docs/models.md")
	if err != nil {
		t.Fatal(err)
	}
	const head = "Supported architectures (config.json `architectures`):"
	_, rest, ok := strings.Cut(string(doc), head)
	if !ok {
		t.Fatalf("docs/models.md has no line %q", head)
	}
	line, _, _ := strings.Cut(strings.TrimSpace(rest), "\n\n")
	listed := map[string]bool{}
	for _, f := range strings.Split(line, ",") {
		listed[strings.Trim(strings.TrimSpace(f), "`.")] = true
	}
	regMu.RLock()
	var missing []string
	registered := map[string]bool{}
	for _, f := range families {
		for a := range f.Architectures {
			registered[a] = true
			if !listed[a] {
				missing = append(missing, a)
			}
		}
	}
	regMu.RUnlock()
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("docs/models.md does not list %s", strings.Join(missing, ", "))
	}
	for a := range listed {
		if !registered[a] {
			t.Errorf("docs/models.md lists %s, which no family registers", a)
		}
	}
}
