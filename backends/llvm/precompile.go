package llvm

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/kiln-ml/kiln/backends"
	"github.com/kiln-ml/kiln/ir"
	lir "github.com/llir/llvm/ir"
)

// precompileBatch is the most modules one batch library holds: large
// enough that llc's start-up (about 0.08 CPU-seconds, most of what a tiny
// module costs) is paid rarely, small enough that a batch's checksum is
// cheap to verify on every load and that a batch that fails to build
// loses little.
const precompileBatch = 64

// batchAliasHeader starts every alias file of the cache.
const batchAliasHeader = "kiln-llvm batch alias v1"

// Precompile implements backends.Precompiler. It lowers every function of
// fs with opts exactly as Compile does; those Compile would build with llc
// -O0 alone ("ll-tiny": small programs, such as the conformance suite's
// hundreds) and that are not cached yet are built in batches: their
// modules, with every defined symbol renamed apart (m<i>_kiln_main,
// m<i>_k1, ...) and each declaration kept once, form one module, compiled
// by one llc -O0 and linked by one ld with the same flags as a single
// module. Each member's cache key (its own module text, unchanged) then
// names the batch library and its renamed entry point (an alias file,
// "<key>.alias"), so a later Compile of the same function with the same
// options loads it from there instead of running llc and ld again. The
// code of each function is the same as when it is built alone; only the
// symbol names and the library it lives in differ.
//
// Functions that fail to lower, need opt, or are cached already are left
// to Compile; a batch that fails to build is dropped, and its functions
// compile one by one (reporting their own errors). The error lists the
// dropped batches, for logging.
func (b *Backend) Precompile(fs []*ir.Func, opts backends.CompileOptions) error {
	_, err := b.precompile(fs, opts)
	return err
}

// precompile is Precompile, also returning how many functions it built.
func (b *Backend) precompile(fs []*ir.Func, opts backends.CompileOptions) (int, error) {
	o, t, err := b.setup()
	if err != nil {
		return 0, err
	}
	var todo []*module
	seen := map[string]bool{}
	for _, f := range fs {
		_, m, err := lower(f, opts, o, t.triple, b.Profile)
		if err != nil || buildKind(m, o) != "ll-tiny" {
			continue
		}
		k := t.key("ll-tiny", m.text)
		if seen[k] || validEntry(filepath.Join(t.cacheDir, k+".so")) {
			continue
		}
		if _, _, ok := t.batchEntry("ll-tiny", m.text, "kiln_main"); ok {
			continue
		}
		seen[k] = true
		todo = append(todo, m)
	}
	var (
		mu    sync.Mutex
		built int
		errs  []error
		wg    sync.WaitGroup
		slots = make(chan struct{}, max(1, min(4, runtime.NumCPU())))
	)
	for lo := 0; lo < len(todo); lo += precompileBatch {
		batch := todo[lo:min(lo+precompileBatch, len(todo))]
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			err := t.buildBatch(batch)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			built += len(batch)
		}()
	}
	wg.Wait()
	return built, errors.Join(errs...)
}

// buildBatch merges the modules into one library and writes an alias file
// for each.
func (t *toolchain) buildBatch(mods []*module) error {
	text, syms := mergeModules(mods)
	so, _, err := t.library("ll-tiny", text)
	if err != nil {
		return fmt.Errorf("llvm: precompile batch of %d modules: %w", len(mods), err)
	}
	for i, m := range mods {
		k := t.key("ll-tiny", m.text)
		body := fmt.Sprintf("%s\n%s\n%s\n", batchAliasHeader, filepath.Base(so), syms[i])
		if err := writeFileAtomic(filepath.Join(t.cacheDir, k+".alias"), []byte(body)); err != nil {
			return fmt.Errorf("llvm: precompile: %w", err)
		}
	}
	return nil
}

// mergeModules returns one module holding every module of mods (whose
// LLVM IR it renames: they are not usable afterwards) and the name of each
// one's kiln_main in it. Defined functions and globals of module i get the
// prefix "m<i>_"; declarations (runtime functions, intrinsics) are kept
// once, by name.
func mergeModules(mods []*module) ([]byte, []string) {
	out := lir.NewModule()
	declared := map[string]bool{}
	syms := make([]string, len(mods))
	for i, m := range mods {
		prefix := fmt.Sprintf("m%d_", i)
		out.TargetTriple = m.lm.TargetTriple
		for _, g := range m.lm.Globals {
			g.SetName(prefix + g.Name())
			out.Globals = append(out.Globals, g)
		}
		for _, f := range m.lm.Funcs {
			if len(f.Blocks) == 0 {
				if !declared[f.Name()] {
					declared[f.Name()] = true
					out.Funcs = append(out.Funcs, f)
				}
				continue
			}
			if f.Name() == "kiln_main" {
				syms[i] = prefix + "kiln_main"
			}
			f.SetName(prefix + f.Name())
			out.Funcs = append(out.Funcs, f)
		}
	}
	return []byte(out.String()), syms
}

// batchEntry returns the batch library and symbol that Precompile recorded
// for the module text of this kind, if any and the library is intact.
func (t *toolchain) batchEntry(kind string, text []byte, symbol string) (so, sym string, ok bool) {
	if kind != "ll-tiny" || symbol != "kiln_main" {
		return "", "", false
	}
	data, err := os.ReadFile(filepath.Join(t.cacheDir, t.key(kind, text)+".alias"))
	if err != nil {
		return "", "", false
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != 3 || lines[0] != batchAliasHeader || lines[1] != filepath.Base(lines[1]) || !strings.HasSuffix(lines[2], "_kiln_main") {
		return "", "", false
	}
	so = filepath.Join(t.cacheDir, lines[1])
	if !validEntry(so) {
		return "", "", false
	}
	return so, lines[2], true
}

// writeFileAtomic writes data to path by rename, so that concurrent
// readers see the old file or the whole new one.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
