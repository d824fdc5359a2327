// Package xla is kiln's accelerator backend: IR -> StableHLO (built with
// github.com/gomlx/go-xla/pkg/stablehlo) -> a PJRT plugin (pkg/pjrt).
//
// Lowering (Emit, no plugin needed): the function is cloned, run through
// the backend's Pipeline — passes.Standard with the backend's
// capabilities (every primitive op; the composites — softmax, norms,
// activations, attention, rng — are decomposed and XLA fuses the
// expansions) and constant folding on interp —, then each primitive becomes
// StableHLO. Semantics the IR defines beyond StableHLO's are made
// explicit: total integer division and remainder, saturating float->int
// conversion, x->bool as x != 0, int->f16/bf16 through f32, clamped
// gather (tf.gather with batch dims), skipped out-of-range scatter
// indices, first-index-wins argmax/argmin with NaN as the extreme, f32
// and f64 dots at HIGHEST precision (no TF32), 16-bit float sums
// accumulated in f32. A result that is a dynamic_update_slice chain on a
// parameter of the same type (a KV cache) is aliased to it
// (tf.aliasing_output), so a donated cache is updated in place.
//
// Execution: the plugin is found by FindPlugin (KILN_PJRT_PLUGIN, then
// PJRT_PLUGIN_LIBRARY_PATH, then JAX's jax_plugins/xla_cuda*/
// xla_cuda_plugin.so in the python site-packages, then a go-xla CPU
// plugin) and loads on first use. Without one, Available says how to get
// one and the backend is skipped by backends.Default. Buffers live on the
// device; executables are cached by the hash of their StableHLO, so a
// Runner compiles each program once and a decode step is one executable
// reused for every token (Backend.Compiles counts PJRT compilations).
//
// Importing the package registers "xla" with Priority 20 (above interp).
// docs/xla.md has the status, the measured numbers and the analysis.
package xla
