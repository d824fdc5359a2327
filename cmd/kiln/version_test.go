package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionString(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}
	for _, c := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{nil, false, kilnVersion},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true, kilnVersion + " (go1.26.8)"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261207031400-0123456789ab"}, Settings: vcs}, true,
			kilnVersion + " (commit 0123456789ab+dirty, go1.26.8)"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.2.0"}}, true, "0.2.0 (go1.26.8)"},
	} {
		if got := versionString(c.bi, c.ok); got != c.want {
			t.Errorf("versionString(%+v) = %q, want %q", c.bi, got, c.want)
		}
	}
	if plural(1, "program") != "1 program" || plural(0, "row") != "0 rows" || plural(2, "new token") != "2 new tokens" {
		t.Error("plural")
	}
}
