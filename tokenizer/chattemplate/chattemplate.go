// Package chattemplate renders Hugging Face chat templates (Jinja, from
// tokenizer_config.json's chat_template) the way transformers'
// apply_chat_template(tokenize=False) does: trim_blocks and lstrip_blocks
// on, loop controls, the {% generation %} block, a tojson filter formatted
// like Python's json.dumps, and the raise_exception and strftime_now
// globals.
package chattemplate

import (
	"fmt"
	"io"
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
// Go maps have no key order, so a template that iterates a Message or
// passes it to tojson sees its keys sorted; use RenderJSON or Object values
// where the order matters.
type Message map[string]any

// Options are the apply_chat_template arguments.
type Options struct {
	// AddGenerationPrompt appends the assistant header (template permitting).
	AddGenerationPrompt bool
	// Tools and Documents are passed as the tools / documents variables
	// (nil passes None). Elements may be json.RawMessage or Object to keep
	// JSON key order, or any Go value (maps are seen with sorted keys,
	// structs in their JSON form).
	Tools     []any
	Documents []any
	// Vars are extra template variables (e.g. enable_thinking), converted
	// like Tools; functions are passed unchanged.
	Vars map[string]any
}

// Template is a compiled chat template with the tokenizer's special tokens.
// It is safe for concurrent use.
type Template struct {
	tmpl     *exec.Template
	specials map[string]any
}

// noLoader refuses every template name: chat templates cannot include or
// import files (transformers' environment has no loader either).
type noLoader struct{}

func (noLoader) Read(path string) (io.Reader, error) {
	return nil, fmt.Errorf("chat templates cannot load %q", path)
}
func (noLoader) Resolve(path string) (string, error) {
	return "", fmt.Errorf("chat templates cannot load %q", path)
}
func (noLoader) Inherit(string) (loaders.Loader, error) { return noLoader{}, nil }

// New compiles src. specials maps names such as "bos_token" to their text;
// they are visible to the template like in transformers. A syntax error is
// returned as an error, never a panic.
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
	cfg.AutoEscape = false
	root := "chat_template"
	shifted, err := loaders.NewShiftedLoader(root, strings.NewReader(prepareSource(src)), noLoader{})
	if err != nil {
		return nil, err
	}
	filters, err := filterSet()
	if err != nil {
		return nil, err
	}
	tests, err := testSet()
	if err != nil {
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
		Tests:             tests,
		ControlStructures: controls,
		Methods:           methods(),
	}
	t, err := exec.NewTemplate(root, cfg, shifted, env)
	if err != nil {
		return nil, fmt.Errorf("chat template: %v", err)
	}
	rewriteTemplate(t.Root())
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
// optional count, str.split/rsplit, strip/lstrip/rstrip, count and
// partition/rpartition following Python (maxsplit, no separator or chars), and dict methods that keep key
// order.
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
	str["split"], str["rsplit"] = splitMethod(false), splitMethod(true)
	str["upper"], str["lower"] = caseMethod(upperCaser), caseMethod(lowerCaser)
	str["count"], str["partition"], str["rpartition"] = countMethod, partitionMethod(false), partitionMethod(true)
	str["strip"], str["lstrip"], str["rstrip"] = stripMethod("strip", true, true), stripMethod("lstrip", true, false), stripMethod("rstrip", false, true)
	m.Str = exec.NewMethodSet(str)
	m.Dict = dictMethods()
	return m
}

// errRaised carries raise_exception's message out of the template.
type errRaised struct{ msg string }

// Error carries the template's message.
func (e *errRaised) Error() string { return "chat template raised: " + e.msg }

// Render renders the messages. A raise_exception call in the template
// becomes an error carrying its message.
func (t *Template) Render(messages []Message, o Options) (string, error) {
	msgs := make([]any, len(messages))
	for i, m := range messages {
		msgs[i] = map[string]any(m)
	}
	return t.render(msgs, o)
}

// RenderJSON renders messages given as a JSON array of message objects,
// keeping every object's key order as Python's json.loads would (for
// tool_calls arguments and the like passed to tojson or iterated).
func (t *Template) RenderJSON(messages []byte, o Options) (string, error) {
	v, err := ParseJSON(messages)
	if err != nil {
		return "", fmt.Errorf("messages: %w", err)
	}
	list, ok := v.([]any)
	if !ok {
		return "", fmt.Errorf("messages: want a JSON array of message objects")
	}
	for i, m := range list {
		if _, ok := m.(Object); !ok {
			return "", fmt.Errorf("messages[%d]: want a JSON object", i)
		}
	}
	return t.render(list, o)
}

func (t *Template) render(messages []any, o Options) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("chat template: %v", r)
		}
	}()
	data := map[string]any{}
	for k, v := range t.specials {
		data[k] = v
	}
	data["none"] = none
	if data["messages"], err = convert(messages, 0); err != nil {
		return "", fmt.Errorf("messages%w", wrapPath(err))
	}
	data["add_generation_prompt"] = o.AddGenerationPrompt
	data["tools"], data["documents"] = none, none
	if o.Tools != nil {
		if data["tools"], err = convert(o.Tools, 0); err != nil {
			return "", fmt.Errorf("tools%w", wrapPath(err))
		}
	}
	if o.Documents != nil {
		if data["documents"], err = convert(o.Documents, 0); err != nil {
			return "", fmt.Errorf("documents%w", wrapPath(err))
		}
	}
	for k, v := range o.Vars {
		if data[k], err = convert(v, 0); err != nil {
			return "", fmt.Errorf("vars[%q]%w", k, wrapPath(err))
		}
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

// wrapPath formats a conversion error after the variable's name: paths
// ("[2]: …") attach directly, other messages after ": ".
func wrapPath(err error) error {
	if strings.HasPrefix(err.Error(), "[") {
		return err
	}
	return fmt.Errorf(": %w", err)
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
