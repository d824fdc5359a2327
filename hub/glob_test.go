package hub

import (
	"regexp"
	"strings"
	"testing"
)

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*.json", "config.json", true},
		{"*.json", "onnx/config.json", true}, // fnmatch's * crosses "/"
		{"*.json", "config.json.bak", false},
		{"config.json", "config.json", true},
		{"config.json", "Config.json", false}, // fnmatchcase: case-sensitive
		{"model-?????-of-?????.safetensors", "model-00001-of-00002.safetensors", true},
		{"model-?????-of-?????.safetensors", "model-0001-of-00002.safetensors", false},
		{"[abc].txt", "b.txt", true},
		{"[!abc].txt", "b.txt", false},
		{"[!abc].txt", "d.txt", true},
		{"[a-c]x", "bx", true},
		{"[c-a]x", "bx", false}, // reversed range matches nothing
		{"[]]", "]", true},
		{"[!]]", "a", true},
		{"[", "[", true}, // unclosed: literal
		{"a[b", "a[b", true},
		{"*", "", true},
		{"", "", true},
		{"", "a", false},
		{"**", "a/b/c", true},
		{"a*b*c", "aXXbYYc", true},
		{"a*b*c", "aXXbYY", false},
		{"onnx/*", "onnx/model.onnx", true},
		{"*/", "dir/", true},
		{"é*", "été", true},
		{"?", "é", true}, // one character, not one byte
	}
	for _, tc := range tests {
		if got := MatchGlob(tc.pattern, tc.name); got != tc.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}

func TestMatchPatternsDirectories(t *testing.T) {
	if !matchPatterns("onnx/model.onnx", []string{"onnx/"}, nil) {
		t.Error(`"onnx/" does not select files under onnx/`)
	}
	if matchPatterns("onnx/model.onnx", nil, []string{"onnx/"}) {
		t.Error(`"onnx/" does not exclude files under onnx/`)
	}
	if !matchPatterns("a.bin", nil, nil) {
		t.Error("no patterns must select everything")
	}
}

// globRegexp is an independent oracle: Python's fnmatch.translate for
// patterns without brackets (the class syntax differs between the engines).
func globRegexp(pattern string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}

func FuzzMatchGlob(f *testing.F) {
	for _, s := range [][2]string{{"*.json", "a/b.json"}, {"a*b?c", "axxbyc"}, {"[!a-z]*", "Q1"}, {"**a", "aaa"}, {"[", "["}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, name string) {
		if len(pattern) > 64 || len(name) > 256 {
			return
		}
		got := MatchGlob(pattern, name)
		if !strings.ContainsAny(pattern, "[]") && strings.ToValidUTF8(pattern, "") == pattern && strings.ToValidUTF8(name, "") == name {
			if want := globRegexp(pattern).MatchString(name); got != want {
				t.Fatalf("MatchGlob(%q, %q) = %v, regexp oracle says %v", pattern, name, got, want)
			}
		}
		if !strings.ContainsAny(name, "*?[") && !MatchGlob(name, name) {
			t.Fatalf("%q does not match itself", name)
		}
	})
}
