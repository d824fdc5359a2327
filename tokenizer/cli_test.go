package tokenizer

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestTokenizeAllShape(t *testing.T) {
	tk, err := FromFile("testdata/bert/tokenizer.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	res, err := tk.TokenizeAll([]string{"world!", ""}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	want := `[{"ids":[101,11108,29612,102],"tokens":["[CLS]","world","!","[SEP]"],"offsets":[[0,0],[0,5],[5,6],[0,0]]},{"ids":[101,102],"tokens":["[CLS]","[SEP]"],"offsets":[[0,0],[0,0]]}]`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	res, _ = tk.TokenizeAll([]string{""}, false, false)
	b, _ = json.Marshal(res)
	if string(b) != `[{"ids":[],"tokens":[]}]` {
		t.Errorf("empty without specials: %s", b)
	}
}

func TestParseIDLists(t *testing.T) {
	cases := []struct {
		in   string
		want [][]int
		err  string
	}{
		{`[[1,2],[]]`, [][]int{{1, 2}, {}}, ""},
		{`[{"ids":[3],"tokens":["x"]}]`, [][]int{{3}}, ""},
		{`[[1,"a"]]`, nil, "[0]"},
		{`{"ids":[1]}`, nil, "expected a JSON array"},
	}
	for _, c := range cases {
		got, err := ParseIDLists([]byte(c.in))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, %v", c.in, got, err)
		}
	}
}
