// Package xla will lower kiln IR to StableHLO (github.com/gomlx/go-xla
// pkg/stablehlo) and run it through a PJRT plugin (pkg/pjrt), found through
// KILN_PJRT_PLUGIN, then PJRT_PLUGIN_LIBRARY_PATH, then JAX's installed
// jax_plugins/xla_cuda*/xla_cuda_plugin.so. XLA fuses by itself, so its pass
// pipeline is short. Without a plugin the backend reports itself
// unavailable with how to get one.
//
// Status: not yet implemented (see the XLA backend issue).
package xla
