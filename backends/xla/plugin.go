package xla

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Environment variables read by plugin discovery.
const (
	// EnvPlugin names a PJRT plugin .so to use; it takes precedence.
	EnvPlugin = "KILN_PJRT_PLUGIN"
	// EnvPluginPath is go-xla's plugin search path: a .so file or
	// ":"-separated directories holding pjrt_c_api_*_plugin.so files.
	EnvPluginPath = "PJRT_PLUGIN_LIBRARY_PATH"
)

// howToGetPlugin is the advice Available gives when no plugin is found.
const howToGetPlugin = "no PJRT plugin found: install JAX's CUDA plugin (pip install -U \"jax[cuda13]\"; kiln finds " +
	"jax_plugins/xla_cuda*/xla_cuda_plugin.so in the python site-packages), or set " + EnvPlugin +
	" to a PJRT plugin .so (a CPU plugin: github.com/gomlx/pjrt-cpu-binaries), or " + EnvPluginPath +
	" to a directory holding pjrt_c_api_<platform>_plugin.so"

// sitePackagesGlobs are the python site directories searched for JAX's
// CUDA plugin, in order.
var sitePackagesGlobs = []string{
	"$VIRTUAL_ENV/lib/python3*/site-packages",
	"/opt/torch/.venv/lib/python3*/site-packages",
	"/opt/*/.venv/lib/python3*/site-packages",
	"$HOME/.local/lib/python3*/site-packages",
	"/usr/local/lib/python3*/dist-packages",
	"/usr/local/lib/python3*/site-packages",
	"/usr/lib/python3/dist-packages",
	"/usr/lib/python3*/site-packages",
	"/opt/conda/lib/python3*/site-packages",
}

// cpuPluginDirs are where go-xla's installer puts a PJRT CPU plugin.
var cpuPluginDirs = []string{"$HOME/.local/lib/go-xla", "/usr/local/lib/go-xla", "$HOME/.local/lib/gomlx/pjrt", "/usr/local/lib/gomlx/pjrt"}

// FindPlugin returns the path of the PJRT plugin the backend would load:
// KILN_PJRT_PLUGIN, then PJRT_PLUGIN_LIBRARY_PATH (a file, or directories
// searched for a CUDA then any pjrt_c_api_*_plugin.so), then JAX's CUDA
// plugin in the python site-packages, then a PJRT CPU plugin installed by
// go-xla's installer. The error says how to get a plugin.
func FindPlugin() (string, error) {
	if p := os.Getenv(EnvPlugin); p != "" {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			return "", fmt.Errorf("%s=%q is not a plugin file", EnvPlugin, p)
		}
		return p, nil
	}
	if env := os.Getenv(EnvPluginPath); env != "" {
		for _, d := range filepath.SplitList(env) {
			if fi, err := os.Stat(d); err == nil && !fi.IsDir() {
				return d, nil
			}
		}
		for _, pat := range []string{"pjrt_c_api_cuda*_plugin.so", "pjrt_c_api_*_plugin.so", "xla_cuda_plugin.so"} {
			for _, d := range filepath.SplitList(env) {
				if m := globSorted(filepath.Join(d, pat)); len(m) > 0 {
					return m[0], nil
				}
			}
		}
	}
	for _, g := range sitePackagesGlobs {
		for _, site := range globSorted(os.ExpandEnv(g)) {
			if m := globSorted(filepath.Join(site, "jax_plugins", "xla_cuda*", "xla_cuda_plugin.so")); len(m) > 0 {
				return m[len(m)-1], nil // the newest CUDA major version
			}
		}
	}
	for _, d := range cpuPluginDirs {
		if m := globSorted(filepath.Join(os.ExpandEnv(d), "pjrt_c_api_cpu*_plugin.so")); len(m) > 0 {
			return m[0], nil
		}
	}
	return "", errors.New(howToGetPlugin)
}

// globSorted is filepath.Glob, sorted, ignoring malformed patterns.
func globSorted(pat string) []string {
	m, err := filepath.Glob(pat)
	if err != nil {
		return nil
	}
	sort.Strings(m)
	return m
}

// isCUDAPlugin guesses from the path whether a plugin drives NVIDIA GPUs.
func isCUDAPlugin(path string) bool {
	return strings.Contains(strings.ToLower(filepath.Base(path)), "cuda")
}
