package main

import (
	"fmt"
	"regexp"
	"runtime/debug"
	"strings"
)

// pseudoVersion matches the timestamp-and-hash tail of a Go module
// pseudo-version (v0.0.0-20261207031400-abcdef123456), which says nothing
// a commit id does not say better.
var pseudoVersion = regexp.MustCompile(`\d{14}-[0-9a-f]{12}`)

// kilnVersion is the release this source tree is; a build from a tagged
// module (go install ...@vX) reports the module version instead.
const kilnVersion = "0.1.0-dev"

func init() {
	rootCmd.Version = versionString(debug.ReadBuildInfo())
	rootCmd.SetVersionTemplate("kiln {{.Version}}\n")
}

// versionString is kilnVersion (or the module version of a tagged build),
// then the VCS revision and Go version the binary was built from, when
// the build recorded them.
func versionString(bi *debug.BuildInfo, ok bool) string {
	v := kilnVersion
	if !ok || bi == nil {
		return v
	}
	if mv := bi.Main.Version; mv != "" && mv != "(devel)" && !pseudoVersion.MatchString(mv) {
		v = strings.TrimPrefix(mv, "v")
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	var extra []string
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if modified == "true" {
			rev += "+dirty"
		}
		extra = append(extra, "commit "+rev)
	}
	if bi.GoVersion != "" {
		extra = append(extra, bi.GoVersion)
	}
	if len(extra) > 0 {
		v += fmt.Sprintf(" (%s)", strings.Join(extra, ", "))
	}
	return v
}

// plural is "1 program" or "2 programs".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
