// Package cuda is the place of kiln's own GPU backend: generated CUDA C
// compiled by NVRTC, GEMMs through cuBLAS(Lt), everything loaded through
// the CUDA driver API by dlopen (no cgo link dependency), CUDA graphs for
// decode steps.
//
// Status: empty today; it registers no backend. It is planned in issue
// #17. GPUs run through the xla backend (PJRT) meanwhile.
package cuda
