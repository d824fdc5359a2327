// Package cuda will be kiln's own GPU backend: generated CUDA C compiled by
// NVRTC, GEMMs through cuBLAS(Lt), everything loaded through the CUDA driver
// API by dlopen (no cgo link dependency), CUDA graphs for decode steps.
//
// Status: not yet implemented.
package cuda
