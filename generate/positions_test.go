package generate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kiln-ml/kiln/generate"
)

// TestGenerateRefusesToRunPastThePositionTable: gpt2-tiny's wpe has 256
// rows; 250 prompt tokens and 10 new ones are refused before any program
// is compiled, naming n_positions, where transformers fails on the
// embedding lookup.
func TestGenerateRefusesToRunPastThePositionTable(t *testing.T) {
	g := loadGenerator(t, "gpt2-tiny")
	prompt := make([]int, 250)
	for i := range prompt {
		prompt[i] = 11
	}
	_, err := g.Generate(context.Background(), [][]int{prompt}, generate.MaxNewTokens(10))
	if err == nil || !strings.Contains(err.Error(), "n_positions = 256") || !strings.Contains(err.Error(), "260 positions") {
		t.Fatalf("250 + 10 tokens on 256 positions: %v", err)
	}
	if n := g.Runner.Compiles(); n != 0 {
		t.Errorf("%d programs were compiled before the length was refused", n)
	}
}
