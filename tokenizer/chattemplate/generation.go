package chattemplate

import (
	"fmt"

	"github.com/nikolalohinski/gonja/v2/exec"
	"github.com/nikolalohinski/gonja/v2/nodes"
	"github.com/nikolalohinski/gonja/v2/parser"
	"github.com/nikolalohinski/gonja/v2/tokens"
)

// generationBlock is transformers' {% generation %} … {% endgeneration %}
// (its AssistantTracker extension): it marks assistant text for
// return_assistant_tokens_mask and renders its body unchanged.
type generationBlock struct {
	wrapper *nodes.Wrapper
}

// Position is where the block starts (gonja's nodes.ControlStructure).
func (g *generationBlock) Position() *tokens.Token { return g.wrapper.Position() }

// String describes the block for gonja's debug output.
func (g *generationBlock) String() string {
	t := g.Position()
	return fmt.Sprintf("generationBlock(Line=%d Col=%d)", t.Line, t.Col)
}

// Execute renders the body unchanged.
func (g *generationBlock) Execute(r *exec.Renderer, _ *nodes.ControlStructureBlock) error {
	return r.Inherit().ExecuteWrapper(g.wrapper)
}

func generationParser(p *parser.Parser, args *parser.Parser) (nodes.ControlStructure, error) {
	wrapper, _, err := p.WrapUntil("endgeneration")
	if err != nil {
		return nil, err
	}
	if !args.Stream().End() {
		return nil, args.Error("generation takes no arguments", nil)
	}
	return &generationBlock{wrapper: wrapper}, nil
}
