// Package cuda is kiln's own GPU backend: generated CUDA C compiled at run
// time by NVRTC, GEMMs through cuBLASLt, everything loaded through the CUDA
// driver API by dlopen (github.com/ebitengine/purego, no cgo), so the
// package builds and its tests run — skipping with a one-line reason — on
// machines without CUDA.
//
// Compile runs the backend's Pipeline (passes.Standard with its
// capabilities: every primitive op of the table is native, composites
// such as softmax, the norms, GELU, SiLU and attention are decomposed,
// except the attentions the fused kernels take and the decode-sized
// quant_matmul / quant_matmul_codebook the quantized GEMV takes,
// emit_quant.go),
// then the shared fusion plan (passes.Fuse) and buffer plan
// (passes.PlanBuffers), and generates one CUDA C module: one kernel per
// stored value or row group (elementwise chains, broadcasts, transposes
// and slices are computed inside the kernel that reads them; a softmax or
// a norm is one block per row), one cuBLASLt call per GEMM-shaped dot
// (f32, f16, bf16; strided batches; a bias added after it as cuBLASLt's
// epilogue), a naive kernel for the other dots.
// Identical kernels are emitted once. The module is compiled for the
// device's architecture (sm_90a on H100) and cached on disk (see
// cache.go), keyed by source, architecture, driver and NVRTC versions.
//
// Run launches the steps in order on one stream and waits. Semantics are
// interp's (docs/ir.md): f16/bf16 computed in float and rounded where
// produced, reductions and naive dots accumulated in double, integers
// wrapping, the op table's NaN, signed-zero, division and shift rules.
// cuBLASLt GEMMs accumulate in float32 (no TF32).
//
// Library search order (libs.go): $KILN_CUDA_PATH, /usr/local/cuda/lib64,
// the loader's path, NVIDIA Python wheels. $KILN_CUDA_DEVICE picks the
// device ordinal; $KILN_CUDA_CACHE the module cache directory.
//
// Importing the package registers "cuda" with Priority 15 (below xla,
// above llvm). docs/cuda.md has the status: what exists, what does not
// yet (fused attention, CUDA graphs for decode, epilogues beyond a bias,
// training kernels), and how to run the GPU checks. The tests run the
// generated kernels on the CPU too (testdata/host_shim.h), so code
// generation is checked without a GPU.
package cuda
