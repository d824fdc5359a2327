// Package llvm will be kiln's default CPU backend: IR -> LLVM IR (with
// github.com/llir/llvm) -> llc -O3 for the host CPU -> shared object ->
// loaded at run time. Fusion groups become loop nests; GEMM is a packed,
// register-blocked AVX2/FMA kernel; work is split across cores by a
// persistent worker pool. Compiled objects are cached on disk.
//
// Status: not yet implemented (see the LLVM backend issue). Until then the
// interp backend serves CPU runs.
package llvm
