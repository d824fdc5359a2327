package llvm

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"
)

// toolchain is the set of external programs the backend drives, with the
// per-backend settings of how it uses them.
type toolchain struct {
	llc, opt, cc string // opt may be "" (then llc alone optimizes)
	ld           string // the system linker, "" if not found (cc links then)
	version      string // llc --version first lines, part of the cache key
	triple, cpu  string
	attrs        string // -mattr (only when the CPU is not known to llc)
	cacheDir     string
	log          *slog.Logger // module keys and tool timings (Debug)
	keepText     bool         // Options.Trace: module text beside the library
}

// toolKey identifies a toolchain search: the options that change it.
type toolKey struct{ llc, cpu string }

type toolResult struct {
	t   *toolchain
	err error
}

var (
	toolsMu sync.Mutex
	tools   = map[toolKey]*toolResult{} // searches done, once per key per process
)

// toolchainFor returns the toolchain of o: the programs are searched for
// once per process per (LLC, CPU); the cache directory (cacheDir if set,
// else o.CacheDir, else the user cache directory), logger and trace
// setting are o's.
func toolchainFor(o *Options, cacheDir string) (*toolchain, error) {
	k := toolKey{o.LLC, o.CPU}
	toolsMu.Lock()
	r := tools[k]
	if r == nil {
		r = &toolResult{}
		r.t, r.err = findToolchain(o.LLC, o.CPU)
		tools[k] = r
	}
	toolsMu.Unlock()
	if r.err != nil {
		return nil, r.err
	}
	t := *r.t
	t.log, t.keepText = o.logger(), o.Trace
	switch {
	case cacheDir != "":
		t.cacheDir = cacheDir
	case o.CacheDir != "":
		t.cacheDir = o.CacheDir
	default:
		d, err := os.UserCacheDir()
		if err != nil {
			d = os.TempDir()
		}
		t.cacheDir = filepath.Join(d, "kiln", "llvm")
	}
	return &t, nil
}

const installHint = "install LLVM (Debian/Ubuntu: apt-get install llvm-14) and a C compiler, or set Options.LLC (KILN_LLC)"

// findToolchain looks for llc (the one named, else the first on PATH),
// opt beside it and a C compiler and linker, and asks llc for the target
// and, unless cpu is set, the host CPU.
func findToolchain(llc, cpu string) (*toolchain, error) {
	t := &toolchain{}
	var err error
	if llc != "" {
		if t.llc, err = exec.LookPath(llc); err != nil {
			return nil, fmt.Errorf("llvm: Options.LLC (KILN_LLC) %q: %v", llc, err)
		}
	} else if t.llc = lookFirst("llc", "llc-14", "llc-15", "llc-16", "llc-17", "llc-18"); t.llc == "" {
		return nil, fmt.Errorf("llvm: llc not found on PATH (%s)", installHint)
	}
	out, err := exec.Command(t.llc, "--version").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("llvm: %s --version: %v: %s", t.llc, err, bytes.TrimSpace(out))
	}
	t.version = string(out)
	if m := regexp.MustCompile(`Default target:\s*(\S+)`).FindStringSubmatch(t.version); m != nil {
		t.triple = m[1]
	} else {
		return nil, fmt.Errorf("llvm: cannot read the default target from %s --version", t.llc)
	}
	if !strings.HasPrefix(t.triple, "x86_64") {
		return nil, fmt.Errorf("llvm: target %s is not supported (x86_64 only)", t.triple)
	}
	t.cpu = cpu
	if t.cpu == "" {
		if m := regexp.MustCompile(`Host CPU:\s*(\S+)`).FindStringSubmatch(t.version); m != nil {
			t.cpu = m[1]
		}
		if t.cpu == "" || t.cpu == "generic" || strings.Contains(t.cpu, "unknown") {
			// A CPU this LLVM does not know: a baseline model plus the
			// vector features the kernel reports.
			t.cpu = "x86-64"
			t.attrs = hostFeatures()
		}
	}
	// opt from the same directory and version as llc, if present.
	dir, base := filepath.Split(t.llc)
	optName := strings.Replace(base, "llc", "opt", 1)
	if p, err := exec.LookPath(filepath.Join(dir, optName)); err == nil {
		t.opt = p
	}
	if t.cc = lookFirst("cc", "gcc", "clang"); t.cc == "" {
		return nil, fmt.Errorf("llvm: no C compiler (cc, gcc, clang) on PATH to link shared libraries (%s)", installHint)
	}
	t.ld = lookFirst("ld")
	return t, nil
}

func lookFirst(names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// key is the cache key of a module: its text, the target and the tools.
func (t *toolchain) key(kind string, text []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "kiln-llvm v3\x00%s\x00%s\x00%s\x00%s\x00%s\x00%v\x00", kind, t.triple, t.cpu, t.attrs, t.version, t.opt != "")
	h.Write(text)
	return hex.EncodeToString(h.Sum(nil))[:40]
}

// library returns the path of the shared library built from the LLVM
// module text (kind "ll") or C source (kind "c"), compiling it unless a
// valid cached copy exists. It is safe under concurrent processes: builds
// of one key are serialized by a file lock and published by rename.
// The second result tells whether the library came from the cache.
func (t *toolchain) library(kind string, text []byte) (string, bool, error) {
	k := t.key(kind, text)
	if err := os.MkdirAll(t.cacheDir, 0o755); err != nil {
		return "", false, fmt.Errorf("llvm: cache directory: %w", err)
	}
	so := filepath.Join(t.cacheDir, k+".so")
	if t.keepText {
		os.WriteFile(filepath.Join(t.cacheDir, k+"."+strings.SplitN(kind, "-", 2)[0]), text, 0o644)
	}
	t.log.Debug("llvm module", "key", k, "kind", kind, "bytes", len(text))
	if validEntry(so) {
		return so, true, nil
	}
	lk := flock.New(filepath.Join(t.cacheDir, k+".lock"))
	if err := lk.Lock(); err != nil {
		return "", false, fmt.Errorf("llvm: lock %s: %w", lk.Path(), err)
	}
	defer lk.Unlock()
	if validEntry(so) { // another process built it while we waited
		return so, true, nil
	}
	os.Remove(so)
	os.Remove(so + ".sum")
	tmp, err := os.MkdirTemp(t.cacheDir, "build-")
	if err != nil {
		return "", false, fmt.Errorf("llvm: %w", err)
	}
	defer os.RemoveAll(tmp)
	built := filepath.Join(tmp, "lib.so")
	if kind == "c" {
		err = t.buildC(tmp, text, built)
	} else {
		err = t.buildLL(tmp, text, built, kind)
	}
	if err != nil {
		return "", false, err
	}
	data, err := os.ReadFile(built)
	if err != nil {
		return "", false, fmt.Errorf("llvm: %w", err)
	}
	sum := sha256.Sum256(data)
	if err := os.WriteFile(filepath.Join(tmp, "sum"), []byte(hex.EncodeToString(sum[:])), 0o644); err != nil {
		return "", false, fmt.Errorf("llvm: %w", err)
	}
	// The library first, then its checksum: an entry without a valid
	// checksum is rebuilt.
	if err := os.Rename(built, so); err != nil {
		return "", false, fmt.Errorf("llvm: publish %s: %w", so, err)
	}
	if err := os.Rename(filepath.Join(tmp, "sum"), so+".sum"); err != nil {
		return "", false, fmt.Errorf("llvm: publish %s: %w", so, err)
	}
	return so, false, nil
}

// validEntry reports whether so exists and matches its recorded checksum.
func validEntry(so string) bool {
	want, err := os.ReadFile(so + ".sum")
	if err != nil {
		return false
	}
	data, err := os.ReadFile(so)
	if err != nil {
		return false
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]) == strings.TrimSpace(string(want))
}

func (t *toolchain) buildLL(dir string, text []byte, out string, kind string) error {
	ll := filepath.Join(dir, "m.ll")
	if err := os.WriteFile(ll, text, 0o644); err != nil {
		return fmt.Errorf("llvm: %w", err)
	}
	in := ll
	if t.opt != "" && kind == "ll" {
		bc := filepath.Join(dir, "m.bc")
		if err := t.run(t.opt, append([]string{"-O3", "-mtriple=" + t.triple, "-mcpu=" + t.cpu}, append(t.attrFlag(), ll, "-o", bc)...)...); err != nil {
			return err
		}
		in = bc
	}
	obj := filepath.Join(dir, "m.o")
	level := "-O3"
	if kind == "ll-tiny" {
		level = "-O0"
	}
	if err := t.run(t.llc, append([]string{level, "-mtriple=" + t.triple, "-mcpu=" + t.cpu, "-relocation-model=pic", "-filetype=obj"}, append(t.attrFlag(), in, "-o", obj)...)...); err != nil {
		return err
	}
	if t.ld != "" {
		// The linker directly: the modules need no C runtime objects, and
		// this saves the compiler driver's start-up on every module.
		if err := t.run(t.ld, "-shared", "-o", out, obj, "-lm"); err == nil {
			return nil
		}
	}
	return t.run(t.cc, "-shared", "-o", out, obj, "-lm")
}

func (t *toolchain) buildC(dir string, text []byte, out string) error {
	src := filepath.Join(dir, "rt.c")
	if err := os.WriteFile(src, text, 0o644); err != nil {
		return fmt.Errorf("llvm: %w", err)
	}
	return t.run(t.cc, "-O2", "-fPIC", "-shared", "-pthread", "-o", out, src, "-lm")
}

// run executes a tool, returning its output in the error on failure.
func (t *toolchain) run(name string, args ...string) error {
	start := time.Now()
	cmd := exec.Command(name, args...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	t.log.Debug("llvm tool", "tool", filepath.Base(name), "took", time.Since(start).Round(time.Millisecond))
	if err != nil {
		msg := strings.TrimSpace(buf.String())
		if len(msg) > 4000 {
			msg = msg[:4000] + "..."
		}
		return fmt.Errorf("llvm: %s failed after %v: %v\n%s", filepath.Base(name), time.Since(start).Round(time.Millisecond), err, msg)
	}
	return nil
}

// evict removes a cache entry that failed to load.
func (t *toolchain) evict(so string) {
	os.Remove(so + ".sum")
	os.Remove(so)
}

func (t *toolchain) attrFlag() []string {
	if t.attrs == "" {
		return nil
	}
	return []string{"-mattr=" + t.attrs}
}

// hostFeatures turns the flags of /proc/cpuinfo into an -mattr list of the
// vector features the kernels use.
func hostFeatures() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	flags := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "flags") {
			if i := strings.IndexByte(line, ':'); i > 0 {
				for _, f := range strings.Fields(line[i+1:]) {
					flags[f] = true
				}
			}
			break
		}
	}
	var attrs []string
	for _, f := range [][2]string{{"sse4_1", "sse4.1"}, {"sse4_2", "sse4.2"}, {"avx", "avx"}, {"avx2", "avx2"}, {"fma", "fma"}, {"f16c", "f16c"}, {"bmi2", "bmi2"}, {"popcnt", "popcnt"}} {
		if flags[f[0]] {
			attrs = append(attrs, "+"+f[1])
		}
	}
	return strings.Join(attrs, ",")
}
