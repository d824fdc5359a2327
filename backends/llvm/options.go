package llvm

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
)

// Options configure the LLVM backend. The zero value is the default: the
// host's llc, opt and C compiler, the host CPU, the user cache directory,
// one worker thread per CPU, every optimisation on, no logging, no dumps.
// OptionsFromEnv fills them from the environment:
//
//	variable                        field                     meaning
//	KILN_LLC                        LLC                       llc to run (opt is taken from its directory); default llc, llc-14..18 on PATH
//	KILN_CPU                        CPU                       -mcpu for opt and llc (also keeps the AVX2 GEMM block); default the host CPU llc reports
//	KILN_LLVM_CACHE                 CacheDir                  library cache directory; default os.UserCacheDir()/kiln/llvm
//	KILN_THREADS                    Threads                   worker threads of the process-wide pool; default runtime.NumCPU()
//	KILN_LLVM_OPT=always|never      Opt                       always or never run opt -O3; default only for modules with enough work
//	KILN_LLVM_TRACE=1               Trace, Logger             keep each module's text beside its library; log tool timings to stderr
//	KILN_DUMP_FUSION=1|ir           DumpFusion, DumpFusionIR  print each function's fusion plan (ir: and the function) to stderr
//	KILN_LLVM_NAIVE_DOT=1           NaiveDot                  no GEMM kernels: every dot is the float64 naive loop
//	KILN_LLVM_NO_EPILOGUE=1         NoEpilogue                no GEMM epilogue fusion
//	KILN_LLVM_NO_ROWFUSION=1        NoRowFusion               no row groups (layernorm, softmax as separate kernels)
//	KILN_LLVM_NO_PREFETCH=1         NoPrefetch                no prefetch of the next B panels in the streamed GEMM
//	KILN_LLVM_NO_PREPACK=1          NoPrepack                 no packed copies of weight parameters: every GEMM packs its B per call
//	KILN_LLVM_PREPACK_LIMIT_MIB=N   PrepackLimitMiB           budget of packed weight copies per process in MiB; default 1024
//	KILN_LLVM_NO_GEMM_GROUPS=1      NoGemmGroups              consecutive streamed GEMMs of one A (Q, K, V) as separate jobs
//	KILN_LLVM_NO_HUGEPAGES=1        NoHugePages               no transparent huge pages for buffers from 4 MiB
//	KILN_LLVM_NO_AVX512=1           NoAVX512                  the AVX2 GEMM block even where the CPU has AVX-512F
//	KILN_LLVM_DECOMPOSE_ATTENTION=1 DecomposeAttention        prefill attention as GEMMs + softmax loops
//	KILN_LLVM_SHARED_PACK=1         SharedPackScratch         GEMM packing buffers shared by all GEMMs, live for the whole run
//
// Boolean variables take the values strconv.ParseBool accepts ("1",
// "true", "0", "false", ...); unset or empty is false. The switches from
// NaiveDot on are for debugging and comparison: every setting computes
// the same function (the GEMM kernels accumulate in float32 where the
// naive loop uses float64; see docs/llvm.md).
//
// The worker pool and the runtime library are process-wide: the first
// backend to need them starts the pool with its Threads (SetThreads
// changes the count in use later).
type Options struct {
	LLC      string // path or name of llc ("" = llc, llc-14..llc-18 on PATH)
	CPU      string // -mcpu ("" = the host CPU llc reports)
	CacheDir string // compiled-library cache ("" = os.UserCacheDir()/kiln/llvm)
	Threads  int    // pool threads when this backend starts the pool (0 = runtime.NumCPU())
	// Opt is "always" (opt -O3 + llc -O3 for every module), "never" (llc
	// -O3 alone) or "" (opt -O3 + llc -O3 for modules with enough work,
	// llc -O0 for tiny ones).
	Opt string

	// Logger receives the backend's diagnostics at slog.LevelDebug: the
	// cache key and size of every module and the duration of every tool
	// run. nil discards them. The backend never writes to stderr itself.
	Logger *slog.Logger
	// Trace keeps each module's LLVM IR text next to its library in the
	// cache directory (<key>.ll).
	Trace bool
	// DumpFusion, when not nil, receives the fusion plan of every compiled
	// function (passes.FusionPlan.String); with DumpFusionIR also the
	// function after the pipeline.
	DumpFusion   io.Writer
	DumpFusionIR bool

	NaiveDot    bool // every dot_general as the naive float64 loop (also drops widen-half-dots' effect)
	NoEpilogue  bool // no GEMM epilogue fusion
	NoRowFusion bool // no row groups
	NoPrefetch  bool // no prefetch of B's next panels in the streamed GEMM
	NoPrepack   bool // no packed copies of weight arguments (the GEMMs pack B on every call)
	// PrepackLimitMiB bounds the packed copies of weight arguments that
	// the process holds at once (0: DefaultPrepackLimit, 1 GiB); past it
	// the GEMMs pack B per call.
	PrepackLimitMiB    int
	NoGemmGroups       bool // sibling streamed GEMMs (one A) as one job each, not one job for all
	NoHugePages        bool // no madvise(MADV_HUGEPAGE) for host buffers
	NoAVX512           bool // the AVX2 GEMM block even on AVX-512F hosts
	DecomposeAttention bool // Attention with more than 8 queries expanded into GEMMs + softmax loops
	// SharedPackScratch gives all GEMMs two packing buffers (B and A)
	// sized for the largest and live for the whole run, as before the
	// per-GEMM scratch (packSlot): for comparison of the workspace.
	SharedPackScratch bool
}

// Environment variables read by OptionsFromEnv.
const (
	EnvLLC                = "KILN_LLC"
	EnvCPU                = "KILN_CPU"
	EnvCache              = "KILN_LLVM_CACHE"
	EnvThreads            = "KILN_THREADS"
	EnvOpt                = "KILN_LLVM_OPT"
	EnvTrace              = "KILN_LLVM_TRACE"
	EnvDumpFusion         = "KILN_DUMP_FUSION"
	EnvNaiveDot           = "KILN_LLVM_NAIVE_DOT"
	EnvNoEpilogue         = "KILN_LLVM_NO_EPILOGUE"
	EnvNoRowFusion        = "KILN_LLVM_NO_ROWFUSION"
	EnvNoPrefetch         = "KILN_LLVM_NO_PREFETCH"
	EnvNoPrepack          = "KILN_LLVM_NO_PREPACK"
	EnvNoGemmGroups       = "KILN_LLVM_NO_GEMM_GROUPS"
	EnvPrepackLimit       = "KILN_LLVM_PREPACK_LIMIT_MIB"
	EnvNoHugePages        = "KILN_LLVM_NO_HUGEPAGES"
	EnvNoAVX512           = "KILN_LLVM_NO_AVX512"
	EnvDecomposeAttention = "KILN_LLVM_DECOMPOSE_ATTENTION"
	EnvSharedPackScratch  = "KILN_LLVM_SHARED_PACK"
)

// OptionsFromEnv reads Options from the environment variables in the
// table of Options; it is the only place the backend reads the
// environment. A trace (KILN_LLVM_TRACE) logs to os.Stderr and fusion
// dumps (KILN_DUMP_FUSION) go to os.Stderr, since the user asked for them.
// A value that does not parse is an error naming the variable.
func OptionsFromEnv() (Options, error) {
	o := Options{
		LLC:      os.Getenv(EnvLLC),
		CPU:      os.Getenv(EnvCPU),
		CacheDir: os.Getenv(EnvCache),
		Opt:      os.Getenv(EnvOpt),
	}
	if s := os.Getenv(EnvThreads); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return Options{}, fmt.Errorf("llvm: %s=%q: want a positive integer", EnvThreads, s)
		}
		o.Threads = n
	}
	if s := os.Getenv(EnvPrepackLimit); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return Options{}, fmt.Errorf("llvm: %s=%q: want a positive number of MiB (%s=1 turns packed copies off)", EnvPrepackLimit, s, EnvNoPrepack)
		}
		o.PrepackLimitMiB = n
	}
	switch s := os.Getenv(EnvDumpFusion); s {
	case "":
	case "ir":
		o.DumpFusion, o.DumpFusionIR = os.Stderr, true
	default:
		on, err := strconv.ParseBool(s)
		if err != nil {
			return Options{}, fmt.Errorf("llvm: %s=%q: want 1, 0 or ir", EnvDumpFusion, s)
		}
		if on {
			o.DumpFusion = os.Stderr
		}
	}
	for _, b := range []struct {
		env string
		to  *bool
	}{
		{EnvTrace, &o.Trace},
		{EnvNaiveDot, &o.NaiveDot},
		{EnvNoEpilogue, &o.NoEpilogue},
		{EnvNoRowFusion, &o.NoRowFusion},
		{EnvNoPrefetch, &o.NoPrefetch},
		{EnvNoPrepack, &o.NoPrepack},
		{EnvNoGemmGroups, &o.NoGemmGroups},
		{EnvNoHugePages, &o.NoHugePages},
		{EnvNoAVX512, &o.NoAVX512},
		{EnvDecomposeAttention, &o.DecomposeAttention},
		{EnvSharedPackScratch, &o.SharedPackScratch},
	} {
		s := os.Getenv(b.env)
		if s == "" {
			continue
		}
		v, err := strconv.ParseBool(s)
		if err != nil {
			return Options{}, fmt.Errorf("llvm: %s=%q: want 1 or 0", b.env, s)
		}
		*b.to = v
	}
	if o.Trace {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if err := o.validate(); err != nil {
		return Options{}, err
	}
	return o, nil
}

// validate reports the first field that holds an impossible value.
func (o *Options) validate() error {
	switch o.Opt {
	case "", "always", "never":
	default:
		return fmt.Errorf("llvm: Options.Opt (%s) is %q; want \"always\", \"never\" or \"\"", EnvOpt, o.Opt)
	}
	if o.Threads < 0 {
		return fmt.Errorf("llvm: Options.Threads (%s) is %d; want 0 (one per CPU) or more", EnvThreads, o.Threads)
	}
	return nil
}

// logger returns o.Logger or one that discards everything.
func (o *Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// prepackLimit is the budget of packed weight copies in bytes.
func (o *Options) prepackLimit() int64 {
	if o.PrepackLimitMiB > 0 {
		return int64(o.PrepackLimitMiB) << 20
	}
	return DefaultPrepackLimit
}
