// Package bench will hold kiln's benchmark harness: each workload is
// measured side by side with its peer (OpenBLAS, ONNX Runtime, Hugging Face
// on the GPU machine) or the machine's measured limit in the same run, and
// reported as JSON ratios (`kiln bench --suite cpu|gpu --json`).
//
// Status: not yet implemented (see the LLVM and XLA backend issues).
package bench
