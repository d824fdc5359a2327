// Package chattemplate renders Hugging Face chat templates (Jinja, from
// tokenizer_config.json's chat_template) the way transformers'
// apply_chat_template(tokenize=False) does: trim_blocks and lstrip_blocks
// on, loop controls, the {% generation %} block, a tojson filter formatted
// like Python's json.dumps, and the raise_exception and strftime_now
// globals.
package chattemplate

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nikolalohinski/gonja/v2/builtins"
	"github.com/nikolalohinski/gonja/v2/config"
	"github.com/nikolalohinski/gonja/v2/exec"
	"github.com/nikolalohinski/gonja/v2/loaders"
	"github.com/nikolalohinski/gonja/v2/parser"
)

// Message is one chat message: at least "role" and "content"; any other
// keys (tool_calls, name, reasoning_content, …) are passed to the template.
type Message map[string]any

// Options are the apply_chat_template arguments.
type Options struct {
	// AddGenerationPrompt appends the assistant header (template permitting).
	AddGenerationPrompt bool
	// Tools and Documents are passed as the tools / documents variables
	// (nil passes None).
	Tools     []any
	Documents []any
	// Vars are extra template variables (e.g. enable_thinking).
	Vars map[string]any
}

// Template is a compiled chat template with the tokenizer's special tokens.
type Template struct {
	tmpl     *exec.Template
	specials map[string]any
}

// New compiles src. specials maps names such as "bos_token" to their text;
// they are visible to the template like in transformers.
func New(src string, specials map[string]string) (tmpl *Template, err error) {
	defer func() {
		if r := recover(); r != nil {
			tmpl, err = nil, fmt.Errorf("chat template: %v", r)
		}
	}()
	cfg := config.New()
	cfg.TrimBlocks = true
	cfg.LeftStripBlocks = true
	cfg.KeepTrailingNewline = false
	loader, err := loaders.NewFileSystemLoader("")
	if err != nil {
		return nil, err
	}
	root := "chat_template"
	shifted, err := loaders.NewShiftedLoader(root, strings.NewReader(src), loader)
	if err != nil {
		return nil, err
	}
	filters := exec.NewFilterSet(map[string]exec.FilterFunction{})
	filters.Update(builtins.Filters)
	if err := filters.Replace("tojson", filterToJSON); err != nil {
		return nil, err
	}
	controls := exec.NewControlStructureSet(map[string]parser.ControlStructureParser{})
	controls.Update(builtins.ControlStructures)
	if err := controls.Register("generation", generationParser); err != nil {
		return nil, err
	}
	env := &exec.Environment{
		Context:           exec.EmptyContext().Update(builtins.GlobalFunctions).Update(builtins.GlobalVariables),
		Filters:           filters,
		Tests:             builtins.Tests,
		ControlStructures: controls,
		Methods:           methods(),
	}
	t, err := exec.NewTemplate(root, cfg, shifted, env)
	if err != nil {
		return nil, fmt.Errorf("chat template: %v", err)
	}
	sp := map[string]any{}
	for k, v := range specials {
		sp[k] = v
	}
	return &Template{tmpl: t, specials: sp}, nil
}

// pyStrMethods are the Python str methods gonja provides.
var pyStrMethods = []string{"capitalize", "capwords", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find",
	"format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
	"islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
	"partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
	"rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill"}

// methods is gonja's method table with str.replace fixed to take an
// optional count, as in Python.
func methods() exec.Methods {
	m := builtins.Methods
	str := map[string]exec.Method[string]{}
	for _, name := range pyStrMethods {
		if f, ok := m.Str.Get(name); ok {
			str[name] = f
		}
	}
	str["replace"] = func(self string, _ *exec.Value, args *exec.VarArgs) (any, error) {
		if len(args.Args) < 2 || len(args.Args) > 3 || len(args.KwArgs) > 0 {
			return nil, fmt.Errorf("replace(old, new[, count]) takes 2 or 3 positional arguments")
		}
		count := -1
		if len(args.Args) == 3 {
			if !args.Args[2].IsInteger() {
				return nil, fmt.Errorf("replace: count must be an integer")
			}
			count = args.Args[2].Integer()
		}
		return strings.Replace(self, args.Args[0].String(), args.Args[1].String(), count), nil
	}
	m.Str = exec.NewMethodSet(str)
	return m
}

// errRaised carries raise_exception's message out of the template.
type errRaised struct{ msg string }

// Error carries the template's message.
func (e *errRaised) Error() string { return "chat template raised: " + e.msg }

// Render renders the messages. A raise_exception call in the template
// becomes an error carrying its message.
func (t *Template) Render(messages []Message, o Options) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("chat template: %v", r)
		}
	}()
	data := map[string]any{}
	for k, v := range t.specials {
		data[k] = v
	}
	msgs := make([]any, len(messages))
	for i, m := range messages {
		msgs[i] = map[string]any(m)
	}
	data["messages"] = msgs
	data["add_generation_prompt"] = o.AddGenerationPrompt
	if o.Tools != nil {
		data["tools"] = o.Tools
	} else {
		data["tools"] = nil
	}
	if o.Documents != nil {
		data["documents"] = o.Documents
	} else {
		data["documents"] = nil
	}
	for k, v := range o.Vars {
		data[k] = v
	}
	var raised *errRaised
	data["raise_exception"] = func(msg string) (string, error) {
		raised = &errRaised{msg}
		return "", raised
	}
	data["strftime_now"] = func(format string) string { return strftime(time.Now(), format) }
	s, err := t.tmpl.ExecuteToString(exec.NewContext(data))
	if raised != nil {
		return "", raised
	}
	if err != nil {
		return "", fmt.Errorf("chat template: %v", err)
	}
	return s, nil
}

// strftime formats t with the common Python strftime directives.
func strftime(t time.Time, f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%04d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case '-':
			if i+1 < len(f) {
				i++
				switch f[i] {
				case 'd':
					fmt.Fprintf(&b, "%d", t.Day())
				case 'm':
					fmt.Fprintf(&b, "%d", int(t.Month()))
				default:
					b.WriteString("%-" + string(f[i]))
				}
			}
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'B':
			b.WriteString(t.Month().String())
		case 'b':
			b.WriteString(t.Month().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

var errNotJSON = errors.New("value cannot be converted to JSON")
