package backendtest

import (
	"fmt"
	"os"
	"strings"
)

// EnvParityBackends names the environment variable that replaces the
// backends the Hugging Face parity tests (models, generate) run on: a
// comma-separated list of registered backend names, e.g. "xla" on the GPU
// machine or "interp,llvm,xla". Unset or empty: the tests' defaults.
const EnvParityBackends = "KILN_PARITY_BACKENDS"

// ParityBackends returns the backend names the parity tests run on: the
// names in $KILN_PARITY_BACKENDS when it is set, else defaults. Names are
// trimmed; empty entries are dropped. A name that is not registered is the
// test's error (backends.Get names it), so a typo never passes silently.
func ParityBackends(defaults ...string) []string {
	v := strings.TrimSpace(os.Getenv(EnvParityBackends))
	if v == "" {
		return defaults
	}
	var out []string
	for _, n := range strings.Split(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		panic(fmt.Sprintf("%s=%q names no backend", EnvParityBackends, v))
	}
	return out
}
